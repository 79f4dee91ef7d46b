// Section 3: audited desk actions per second. Each thread is an agent's desk of its own (its own
// session and connection): one verified call about an account of its own, then temporary-password
// reissues (HelpdeskService::reissue, an audited write) for a fixed time. Then the proof that
// nothing was lost: audit events written = answers acknowledged, the audit trail verifies after
// one sequencer pass (AuditSealer), and no account has two live temporary passwords.
#include "Bench.h"

#include "audit/AuditAction.h"
#include "audit/AuditLog.h"
#include "audit/AuditSealer.h"
#include "db/SqlQuery.h"
#include "desk/CallService.h"
#include "desk/HelpdeskService.h"
#include "identity/PersonRepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSemaphore>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <map>
#include <mutex>

namespace Bench {

namespace {

qint64 scalar(QSqlDatabase& db, const QString& sql, const QVariantMap& values = {})
{
    SqlQuery query(db);
    if (Error e = query.prepare(sql))
        fail(sql + QLatin1Char(' ') + e.detail());
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bind(it.key(), it.value());
    if (Error e = query.exec())
        fail(sql + QLatin1Char(' ') + e.detail());
    return query.next() ? query.value(QStringLiteral("n")).toLongLong() : 0;
}

// NIRs of certified persons whose account is active, without an e-mail change under way.
QStringList candidates(Engine& engine, int count)
{
    QSqlDatabase db = engine.database->connection().value();
    SqlQuery query(db);
    if (Error e = query.prepare(QStringLiteral(
            "SELECT p.nir AS nir FROM accounts a JOIN persons p ON p.id = a.person_id WHERE a.status = 'active'"
            " AND p.certified AND a.pending_email IS NULL ORDER BY a.id LIMIT :n")))
        fail(e.detail());
    query.bind(QStringLiteral(":n"), count);
    if (Error e = query.exec())
        fail(e.detail());
    QStringList nirs;
    while (query.next())
        nirs << query.value(QStringLiteral("nir")).toString();
    return nirs;
}

struct Desk
{
    AgentSession session;
    qint64 callId = 0;
    qint64 acknowledged = 0;
    std::map<QString, qint64> refusals; // error code name → count
    QString setupError;
};

// A verified call about the next free candidate; false with desk.setupError when none works.
bool openCall(Engine& engine, Desk& desk, const QStringList& nirs, std::atomic<int>& next)
{
    CallService calls(*engine.database);
    HelpdeskService helpdesk(*engine.database);
    for (int attempt = 0; attempt < 3; ++attempt) {
        const int index = next.fetch_add(1);
        if (index >= nirs.size()) {
            desk.setupError = QStringLiteral("not enough candidate accounts");
            return false;
        }
        const Nir nir = Nir::parse(nirs.at(index));
        Result<QSqlDatabase> db = engine.database->connection();
        if (!db) {
            desk.setupError = db.error().detail();
            return false;
        }
        const Result<Person> person = PersonRepository(db.value()).findByNir(nir);
        const Result<qint64> call = calls.startCall(desk.session, QStringLiteral("password_not_received"));
        if (!person || !call) {
            desk.setupError = person ? call.error().detail() : person.error().detail();
            continue;
        }
        const Result<AccountSummary> summary = calls.lookup(desk.session, call.value(), nir);
        const Result<CallService::Verification> verified = summary
            ? calls.verify(desk.session, call.value(), person->civilStatus)
            : Result<CallService::Verification>(summary.error());
        if (verified && verified->verified) {
            desk.callId = call.value();
            return true;
        }
        desk.setupError = verified ? QStringLiteral("not verified") : verified.error().detail();
    }
    return false;
}

QJsonObject run(Engine& engine, const Options& options, int threads, const QList<AgentSession>& sessions,
                const QStringList& nirs, std::atomic<int>& next, const QByteArray& key)
{
    QSqlDatabase db = engine.database->connection().value();
    const QString action = AuditActions::code(AuditAction::Reissue);
    const QString ok = AuditActions::code(AuditOutcome::Ok);
    const qint64 lastEventBefore = scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) AS n FROM audit_events"));

    std::vector<Desk> desks(static_cast<std::size_t>(threads));
    // Desks come in at most eight at a time (a connection, a sign-in's call, a lookup): 200
    // connections opened in the same instant time out on a loaded 2-core machine, and no desk
    // room starts that way.
    QSemaphore arrivals(8);
    std::atomic<int> ready{0};
    std::mutex gate; // the start line: every desk waits on it, asleep
    std::condition_variable startLine;
    bool go = false;
    std::atomic<qint64> deadline{0};
    QElapsedTimer clock;
    clock.start();
    std::vector<QThread*> workers;
    for (int t = 0; t < threads; ++t) {
        Desk& desk = desks[static_cast<std::size_t>(t)];
        desk.session = sessions.at(t);
        workers.push_back(QThread::create(
            [&engine, &desk, &nirs, &next, &arrivals, &ready, &gate, &startLine, &go, &deadline, &clock] {
                arrivals.acquire();
                const bool opened = openCall(engine, desk, nirs, next);
                arrivals.release();
                ready.fetch_add(1);
                {
                    std::unique_lock<std::mutex> lock(gate);
                    startLine.wait(lock, [&go] { return go; });
                }
                HelpdeskService helpdesk(*engine.database);
                while (opened && clock.elapsed() < deadline.load()) {
                    // With an idempotency key, as the desk sends every action.
                    const Result<ActionAnswer> answer
                        = helpdesk.reissue(desk.session, desk.callId, QStringLiteral("bench: the caller lost it"),
                                           QUuid::createUuid().toString(QUuid::WithoutBraces));
                    if (answer)
                        ++desk.acknowledged;
                    else
                        ++desk.refusals[answer.error().codeName()];
                }
                engine.database->closeThreadConnection();
            }));
        workers.back()->start();
    }
    while (ready.load() < threads)
        QThread::msleep(5);
    const qint64 start = clock.elapsed();
    deadline.store(start + static_cast<qint64>(options.seconds * 1000));
    {
        const std::lock_guard<std::mutex> lock(gate);
        go = true;
    }
    startLine.notify_all();
    std::fprintf(stderr, "   %d desks acting for %.1f s\n", threads, options.seconds);
    for (QThread* worker : workers) {
        worker->wait();
        delete worker;
    }
    const double elapsed = static_cast<double>(clock.elapsed() - start) / 1000.0;

    qint64 acknowledged = 0;
    int setupFailures = 0;
    QJsonObject refusals;
    QString setupError;
    for (const Desk& desk : desks) {
        acknowledged += desk.acknowledged;
        if (desk.callId == 0) {
            ++setupFailures;
            setupError = desk.setupError;
        }
        for (const auto& [code, count] : desk.refusals)
            refusals.insert(code, refusals.value(code).toInteger() + count);
    }
    const qint64 written = scalar(
        db,
        QStringLiteral("SELECT COUNT(*) AS n FROM audit_events WHERE id > :last AND action ="
                       " :action AND outcome = :ok"),
        {{QStringLiteral(":last"), lastEventBefore}, {QStringLiteral(":action"), action}, {QStringLiteral(":ok"), ok}});
    // The sequencer, once (as guichetctl audit sequencer run --once: passes until nothing is left).
    AuditSealer sealer(*engine.database, key);
    qint64 sealed = 0;
    for (;;) {
        const Result<AuditSealer::Pass> pass = sealer.sealPending();
        if (!pass)
            fail(QStringLiteral("sequencer: ") + pass.error().detail());
        sealed += pass->sealed;
        if (pass->sealed == 0)
            break;
    }
    const Result<AuditLog::Verification> verification = AuditLog(db).verify(key);
    if (!verification)
        fail(QStringLiteral("audit verify: ") + verification.error().detail());
    const qint64 doubleLive
        = scalar(db,
                 QStringLiteral("SELECT COUNT(*) AS n FROM (SELECT account_id FROM mail_outbox WHERE kind ="
                                " 'temporary_password' AND status IN ('queued', 'sending') GROUP BY account_id"
                                " HAVING COUNT(*) > 1) twice"));
    const bool proof = written == acknowledged && verification->intact && doubleLive == 0;
    QJsonObject result{{QStringLiteral("threads"), threads},
                       {QStringLiteral("seconds"), elapsed},
                       {QStringLiteral("acknowledged"), acknowledged},
                       {QStringLiteral("actions_per_second"), elapsed > 0 ? acknowledged / elapsed : 0.0},
                       {QStringLiteral("audit_events_written"), written},
                       {QStringLiteral("refusals"), refusals},
                       {QStringLiteral("desks_not_set_up"), setupFailures},
                       {QStringLiteral("sealed_by_sequencer"), sealed},
                       {QStringLiteral("audit_verify_intact"), verification->intact},
                       {QStringLiteral("audit_events_in_trail"), verification->events},
                       {QStringLiteral("audit_events_unsealed"), verification->unsealed},
                       {QStringLiteral("accounts_with_two_live_temporary_passwords"), doubleLive},
                       {QStringLiteral("no_loss"), proof}};
    if (setupFailures > 0)
        result.insert(QStringLiteral("setup_error"), setupError);
    return result;
}

} // namespace

QJsonObject actions(Engine& engine, const Options& options, const QList<int>& threads)
{
    int most = 0;
    for (int t : threads)
        most = std::max(most, t);
    // The desks' sessions, signed in one after another (each sign-in costs an Argon2id check).
    QList<AgentSession> sessions;
    for (int t = 0; t < most; ++t) {
        const Result<AgentSession> session = signIn(engine, AgentLogin, t + 1);
        if (!session)
            fail(QStringLiteral("sign-in: ") + session.error().detail());
        sessions << session.value();
    }
    const QStringList nirs = candidates(engine, 3 * most + 10);
    const QByteArray key = AuditSealer::generateKey(); // the sequencer's, for every run

    QJsonArray runs;
    bool proof = true;
    bool allDesks = true;
    for (int t : threads) {
        std::atomic<int> next{0}; // every run takes the same accounts again
        const QJsonObject one = run(engine, options, t, sessions, nirs, next, key);
        proof = proof && one.value(QStringLiteral("no_loss")).toBool();
        allDesks = allDesks && one.value(QStringLiteral("desks_not_set_up")).toInt() == 0;
        runs.append(one);
    }
    return QJsonObject{{QStringLiteral("ok"), true},
                       {QStringLiteral("action"), QStringLiteral("HelpdeskService::reissue in a verified call")},
                       {QStringLiteral("runs"), runs},
                       {QStringLiteral("no_loss"), proof},
                       {QStringLiteral("all_desks_set_up"), allDesks},
                       {QStringLiteral("target_per_second_at_50_threads"), 1000}};
}

} // namespace Bench
