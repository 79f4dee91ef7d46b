// Section 3: audited desk actions per second. Each thread is an agent's desk of its own (its own
// session and connection): one verified call about an account of its own, then temporary-password
// reissues (HelpdeskService::reissue, an audited write) for a fixed time. Then the proof that
// nothing was lost: audit events written = answers acknowledged, the audit trail verifies after
// one sequencer pass (AuditSealer), and no account has two live temporary passwords. Each count of
// desks runs twice: through the model, then the same transaction's statements sent through the
// engine's C API (RawDb, one connection per desk), on the same verified calls: the engine's own
// pace on this machine, which the model's is compared to.
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
#include <memory>
#include <mutex>
#include <string>

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
    std::map<std::string, qint64> refusals; // error code name → count
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

// The statements of HelpdeskService::reissue with an idempotency key (what the model sends, in the
// same order: agent, call, key, account, e-mail change, mail, supersede, account, call, audit, key),
// prepared once per desk's connection. The clock is the database's, in the INSERT, as AuditLog's.
struct RawReissue
{
    explicit RawReissue(RawDb& db) : raw(db)
    {
        const std::string clock = db.isPostgreSql() ? "date_trunc('milliseconds', clock_timestamp())"
                                                    : "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";
        agent = db.prepare("SELECT active FROM agents WHERE id = ?");
        call = db.prepare("SELECT id, agent_id, workstation, reason, person_id, account_id, seen_account_version,"
                          " started_at, ended_at, outcome, note, verified_at, verification_failures FROM calls"
                          " WHERE id = ?");
        request = db.prepare("SELECT agent_id, action, call_id, account_id, result FROM operation_requests WHERE"
                             " idempotency_key = ?");
        account = db.prepare("SELECT id, person_id, email, status, failed_attempts, last_failed_at, locked_at,"
                             " temp_password_issued_at, temp_password_expires_at, temp_password_used_at,"
                             " password_changed_at, secret_question, pending_email, email_code_expires_at,"
                             " email_code_attempts, version, desk_version, created_at, has_email_code,"
                             " has_password, has_temp_password FROM accounts WHERE id = ?");
        change = db.prepare("SELECT id, account_id, previous_email, new_email, changed_at, waiting_until, agent_id,"
                            " call_id, notice_mail_id, refusal_attempts, refused_at FROM email_changes WHERE"
                            " account_id = ? ORDER BY id DESC LIMIT 1");
        enqueue = db.prepare("INSERT INTO mail_outbox (account_id, kind, recipient, language, payload) VALUES (?,"
                             " 'temporary_password', ?, 'fr', NULL) RETURNING id");
        supersede = db.prepare("UPDATE mail_outbox SET status = 'dead', superseded_by = ?, last_error = 'superseded"
                               " by a newer request', payload = NULL, claimed_until = NULL WHERE account_id = ? AND"
                               " kind = 'temporary_password' AND status = 'queued' AND id < ?");
        save = db.prepare("UPDATE accounts SET email = ?, status = ?, version = version + 1, desk_version = ?,"
                          " updated_at = "
                          + clock + " WHERE id = ? AND version = ?");
        seen = db.prepare("UPDATE calls SET seen_account_version = ? WHERE id = ?");
        audit = db.prepare("INSERT INTO audit_events (occurred_at, agent_id, agent_login, agent_role, workstation,"
                           " action, account_id, call_id, reason, outcome, app_version, prev_hash, hash) VALUES ("
                           + clock + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', '', '') RETURNING id");
        remember = db.prepare("INSERT INTO operation_requests (idempotency_key, agent_id, action, call_id,"
                              " account_id, result) VALUES (?, ?, ?, ?, ?, '{}')");
        for (int handle : {agent, call, request, account, change, enqueue, supersede, save, seen, audit, remember}) {
            if (handle < 0)
                fail(QStringLiteral("raw prepare: ") + QString::fromStdString(db.error()));
        }
    }

    // One reissue in its transaction; false (rolled back) when a statement failed or found nothing.
    bool run(const AgentSession& session, qint64 callId, const std::string& key, const std::string& action,
             const std::string& outcome)
    {
        if (!raw.exec(raw.isPostgreSql() ? "BEGIN" : "BEGIN IMMEDIATE"))
            return false;
        if (!runInTransaction(session, callId, key, action, outcome) || !raw.exec("COMMIT")) {
            raw.exec("ROLLBACK");
            return false;
        }
        return true;
    }

    RawDb& raw;
    int agent, call, request, account, change, enqueue, supersede, save, seen, audit, remember;

private:
    bool runInTransaction(const AgentSession& session, qint64 callId, const std::string& key, const std::string& action,
                          const std::string& outcome)
    {
        RawDb::Row callRow;
        RawDb::Row accountRow;
        RawDb::Value first;
        if (raw.run(agent, {std::int64_t(session.agentId)}) != 1
            || raw.run(call, {std::int64_t(callId)}, nullptr, &callRow) != 1 || !callRow.at(5))
            return false;
        const std::int64_t accountId = std::stoll(*callRow[5]);
        if (raw.run(request, {key}) != 0 || raw.run(account, {accountId}, nullptr, &accountRow) != 1
            || raw.run(change, {accountId}) < 0)
            return false;
        const std::string email = accountRow.at(2).value_or(std::string());
        const std::string status = accountRow.at(3).value_or(std::string());
        const std::int64_t version = std::stoll(accountRow.at(15).value_or("0"));
        const std::int64_t deskVersion = std::stoll(accountRow.at(16).value_or("0")) + 1;
        if (raw.run(enqueue, {accountId, email}, &first) != 1)
            return false;
        const auto* number = std::get_if<std::int64_t>(&first);
        const auto* text = std::get_if<std::string>(&first);
        const std::int64_t mailId = number ? *number : (text ? std::stoll(*text) : 0);
        if (raw.run(supersede, {mailId, accountId, mailId}) < 0
            || raw.run(save, {email, status, deskVersion, accountId, version}) < 0
            || raw.run(seen, {deskVersion, std::int64_t(callId)}) < 0)
            return false;
        const std::vector<RawDb::Value> event{std::int64_t(session.agentId),
                                              session.login.toStdString(),
                                              Agent::roleName(session.role).toStdString(),
                                              session.workstation.toStdString(),
                                              action,
                                              accountId,
                                              std::int64_t(callId),
                                              std::string("bench: the caller lost it"),
                                              outcome};
        return raw.run(audit, event) == 1
            && raw.run(remember, {key, std::int64_t(session.agentId), action, std::int64_t(callId), accountId}) >= 0;
    }
};

enum class Path { Model, Raw };

// The sequencer's passes until nothing is left (as guichetctl audit sequencer run --once).
qint64 sealEverything(AuditSealer& sealer)
{
    qint64 sealed = 0;
    for (;;) {
        const Result<AuditSealer::Pass> pass = sealer.sealPending(5000);
        if (!pass)
            fail(QStringLiteral("sequencer: ") + pass.error().detail());
        sealed += pass->sealed;
        if (pass->sealed == 0)
            return sealed;
    }
}

QJsonObject run(Engine& engine, const Options& options, Path path, int threads, const QList<AgentSession>& sessions,
                const QStringList& nirs, std::atomic<int>& next, AuditSealer& sealer, const QByteArray& key)
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
            [&engine, &desk, &nirs, &next, &arrivals, &ready, &gate, &startLine, &go, &deadline, &clock, path] {
                arrivals.acquire();
                const bool opened = openCall(engine, desk, nirs, next);
                std::unique_ptr<RawDb> raw;
                std::unique_ptr<RawReissue> statements;
                if (opened && path == Path::Raw) {
                    engine.database->closeThreadConnection(); // one connection per desk, as the model's
                    std::string error;
                    raw = RawDb::open(engine.url.toStdString(), &error);
                    if (!raw)
                        fail(QStringLiteral("raw connection: ") + QString::fromStdString(error));
                    statements = std::make_unique<RawReissue>(*raw);
                }
                arrivals.release();
                ready.fetch_add(1);
                {
                    std::unique_lock<std::mutex> lock(gate);
                    startLine.wait(lock, [&go] { return go; });
                }
                HelpdeskService helpdesk(*engine.database);
                const std::string rawAction = AuditActions::code(AuditAction::Reissue).toStdString();
                const std::string rawOk = AuditActions::code(AuditOutcome::Ok).toStdString();
                while (opened && clock.elapsed() < deadline.load()) {
                    // With an idempotency key, as the desk sends every action.
                    const QString requestKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
                    if (statements) {
                        if (statements->run(desk.session, desk.callId, requestKey.toStdString(), rawAction, rawOk))
                            ++desk.acknowledged;
                        else
                            ++desk.refusals["raw: " + raw->error()];
                        continue;
                    }
                    const Result<ActionAnswer> answer = helpdesk.reissue(
                        desk.session, desk.callId, QStringLiteral("bench: the caller lost it"), requestKey);
                    if (answer)
                        ++desk.acknowledged;
                    else
                        ++desk.refusals[answer.error().codeName().toStdString()];
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
    std::fprintf(stderr, "   %d desks acting for %.1f s (%s)\n", threads, options.seconds,
                 path == Path::Raw ? "raw" : "model");
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
            refusals.insert(QString::fromStdString(code),
                            refusals.value(QString::fromStdString(code)).toInteger() + count);
    }
    const qint64 written = scalar(
        db,
        QStringLiteral("SELECT COUNT(*) AS n FROM audit_events WHERE id > :last AND action ="
                       " :action AND outcome = :ok"),
        {{QStringLiteral(":last"), lastEventBefore}, {QStringLiteral(":action"), action}, {QStringLiteral(":ok"), ok}});
    // The sequencer, once (as guichetctl audit sequencer run --once: passes until nothing is left).
    const qint64 sealed = sealEverything(sealer);
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
    // Every run (each count of desks, model then raw) starts on accounts of its own, as new callers.
    int desks = 0;
    for (int t : threads)
        desks += 2 * t;
    const QStringList nirs = candidates(engine, desks + desks / 4 + 10);
    std::atomic<int> next{0};
    const QByteArray key = AuditSealer::generateKey(); // the sequencer's, for every run
    // One sequencer for the section, as in production. It seals only between runs, when no desk
    // has a transaction open, so its floor may follow it at once (no grace): nothing can commit
    // below it later.
    AuditSealer sealer(*engine.database, key, 0);
    // The seeder's events first (its import leaves them to the sequencer), outside every run.
    QElapsedTimer sealing;
    sealing.start();
    const qint64 seeded = sealEverything(sealer);
    const double sealingSeconds = static_cast<double>(sealing.nsecsElapsed()) / 1e9;
    std::fprintf(stderr, "   the seeded trail: %lld events sealed in %.1f s\n", static_cast<long long>(seeded),
                 sealingSeconds);

    QJsonArray runs;
    bool proof = true;
    bool allDesks = true;
    for (int t : threads) {
        QJsonObject one = run(engine, options, Path::Model, t, sessions, nirs, next, sealer, key);
        const QJsonObject raw = run(engine, options, Path::Raw, t, sessions, nirs, next, sealer, key);
        for (const QJsonObject& path : {one, raw}) {
            proof = proof && path.value(QStringLiteral("no_loss")).toBool();
            allDesks = allDesks && path.value(QStringLiteral("desks_not_set_up")).toInt() == 0;
        }
        std::fprintf(stderr, "   %d desks: %.0f actions/s (raw %.0f), no loss: %s\n", t,
                     one.value(QStringLiteral("actions_per_second")).toDouble(),
                     raw.value(QStringLiteral("actions_per_second")).toDouble(),
                     one.value(QStringLiteral("no_loss")).toBool() && raw.value(QStringLiteral("no_loss")).toBool()
                         ? "yes"
                         : "NO");
        one.insert(QStringLiteral("raw"), raw);
        runs.append(one);
    }
    return QJsonObject{{QStringLiteral("ok"), true},
                       {QStringLiteral("action"),
                        QStringLiteral("HelpdeskService::reissue in a verified call, with an idempotency key;"
                                       " raw: the same statements through the engine's C API")},
                       {QStringLiteral("seeded_events_sealed"), seeded},
                       {QStringLiteral("seeded_events_sealing_seconds"), sealingSeconds},
                       {QStringLiteral("runs"), runs},
                       {QStringLiteral("no_loss"), proof},
                       {QStringLiteral("all_desks_set_up"), allDesks},
                       {QStringLiteral("target_per_second_at_50_threads"), 1000}};
}

} // namespace Bench
