// Sections 1 and 2: the desk's account lookup (read-only) and the whole desk path (start a call,
// look the caller up, with its consultation and audit), each against the same SQL through the
// engine's C API, interleaved in one process.
#include "Bench.h"

#include "audit/AuditAction.h"
#include "core/BuildInfo.h"
#include "desk/AccountLookupService.h"
#include "desk/CallService.h"
#include "identity/Nir.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>

namespace Bench {

namespace {

const char* const PersonByNir = "SELECT id, nir, last_name, first_names, birth_date, birth_place, certified,"
                                " certification_ref, certified_at, version FROM persons WHERE nir = ?";
const char* const AccountByPerson
    = "SELECT id, person_id, email, status, failed_attempts, last_failed_at, locked_at,"
      " temp_password_issued_at, temp_password_expires_at, temp_password_used_at,"
      " password_changed_at, secret_question, pending_email, email_code_hash,"
      " email_code_expires_at, email_code_attempts, version, desk_version, created_at, "
      "TRUE AS withheld, has_password, has_temp_password FROM accounts WHERE person_id = ?";
const char* const LatestMail = "SELECT id, account_id, kind, recipient, language, payload, status, attempts,"
                               " next_attempt_at, claimed_until, last_error, created_at, sent_at FROM mail_outbox"
                               " WHERE account_id = ? ORDER BY created_at DESC, id DESC LIMIT 1";
const char* const LatestMailOfKind = "SELECT id, account_id, kind, recipient, language, payload, status, attempts,"
                                     " next_attempt_at, claimed_until, last_error, created_at, sent_at FROM"
                                     " mail_outbox WHERE account_id = ? AND kind = ? ORDER BY created_at DESC, id"
                                     " DESC LIMIT 1";
const char* const MailPause = "SELECT paused_since, paused_reason, resume_at FROM mail_service_state WHERE id = 1";
const char* const CallById = "SELECT id, agent_id, workstation, reason, person_id, account_id, seen_account_version,"
                             " started_at, ended_at, outcome, note, verified_at, verification_failures FROM calls"
                             " WHERE id = ?";
const char* const InsertCall
    = "INSERT INTO calls (agent_id, workstation, reason, started_at) VALUES (?, ?, ?, ?) RETURNING id";
const char* const EarlierCalls
    = "SELECT c.id, c.started_at, c.reason, c.outcome, a.login FROM calls c JOIN agents a ON a.id = c.agent_id"
      " WHERE c.person_id = ? AND c.id <> ? ORDER BY c.started_at DESC, c.id DESC LIMIT ?";
const char* const SetSubject = "UPDATE calls SET person_id = ?, account_id = ?, seen_account_version = ?,"
                               " verified_at = CASE WHEN ? THEN verified_at ELSE NULL END WHERE id = ?";
const char* const InsertConsultation = "INSERT INTO consultations (agent_id, call_id, person_id, consulted_at,"
                                       " workstation) VALUES (?, ?, ?, ?, ?) RETURNING id";
const char* const InsertAudit
    = "INSERT INTO audit_events (occurred_at, agent_id, agent_login, agent_role, workstation, action,"
      " account_id, call_id, reason, outcome, app_version, prev_hash, hash)"
      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";

std::int64_t toInt(const RawDb::Value& value)
{
    if (const auto* i = std::get_if<std::int64_t>(&value))
        return *i;
    if (const auto* s = std::get_if<std::string>(&value))
        return std::stoll(*s);
    return 0;
}

std::string text(const QString& s)
{
    return s.toStdString();
}

RawDb::Value nullableId(qint64 id)
{
    return id > 0 ? RawDb::Value(std::int64_t(id)) : RawDb::Value();
}

// The statements of the desk's lookup, prepared once.
struct RawLookup
{
    explicit RawLookup(RawDb& raw)
        : db(raw)
        , person(prepare(PersonByNir))
        , account(prepare(AccountByPerson))
        , mail(prepare(LatestMail))
        , mailOfKind(prepare(LatestMailOfKind))
        , pause(prepare(MailPause))
    { }

    int prepare(const char* sql)
    {
        const int statement = db.prepare(sql);
        if (statement < 0)
            fail(QStringLiteral("prepare: ") + QString::fromStdString(db.error()));
        return statement;
    }

    void check(int rows) const
    {
        if (rows < 0)
            fail(QStringLiteral("raw statement: ") + QString::fromStdString(db.error()));
    }

    // AccountLookupService::summarize's statements. Returns the person's id; the account's id and
    // desk version in *accountId, *deskVersion.
    std::int64_t summarize(const std::string& nir, std::int64_t* accountId, std::int64_t* deskVersion)
    {
        RawDb::Value personId;
        check(db.run(person, {nir}, &personId));
        RawDb::Row row;
        RawDb::Value id;
        check(db.run(account, {toInt(personId)}, &id, &row));
        *accountId = toInt(id);
        *deskVersion = row.size() > 17 && row[17] ? std::stoll(*row[17]) : 0;
        RawDb::Row last;
        check(db.run(mail, {*accountId}, nullptr, &last));
        if (last.size() > 6 && last[6] && (*last[6] == "queued" || *last[6] == "sending"))
            check(db.run(pause, {}));
        check(db.run(mailOfKind, {*accountId, std::string("temporary_password")}));
        return toInt(personId);
    }

    RawDb& db;
    int person, account, mail, mailOfKind, pause;
};

// The statements of the desk path: CallService::startCall, then CallService::lookup.
struct RawDesk : RawLookup
{
    explicit RawDesk(RawDb& raw)
        : RawLookup(raw)
        , agent(prepare(
              ("SELECT " + sqlAgentColumns(raw.isPostgreSql()).toStdString() + " FROM agents WHERE id = ?").c_str()))
        , call(prepare(CallById))
        , insertCall(prepare(InsertCall))
        , earlier(prepare(EarlierCalls))
        , subject(prepare(SetSubject))
        , consultation(prepare(InsertConsultation))
        , clock(prepare(raw.isPostgreSql() ? "SELECT clock_timestamp() AS now"
                                           : "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS now"))
        , audit(prepare(InsertAudit))
    { }

    void append(const AuditEntry& entry)
    {
        RawDb::Value now;
        check(db.run(clock, {}, &now));
        check(
            db.run(audit,
                   {now, nullableId(entry.agentId), text(entry.agentLogin), text(entry.agentRole),
                    text(entry.workstation), text(entry.action), nullableId(entry.accountId), nullableId(entry.callId),
                    entry.reason.isNull() ? RawDb::Value() : RawDb::Value(text(entry.reason)), text(entry.outcome),
                    BuildInfo::version().toStdString(), std::string(), std::string()}));
    }

    void transaction(const std::function<void()>& work)
    {
        if (!db.exec(db.isPostgreSql() ? "BEGIN" : "BEGIN IMMEDIATE"))
            fail(QString::fromStdString(db.error()));
        work();
        if (!db.exec("COMMIT"))
            fail(QString::fromStdString(db.error()));
    }

    void run(const AgentSession& session, const std::string& nir)
    {
        const std::string now
            = text(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
        const std::string reason = "password_not_received";
        std::int64_t callId = 0;
        transaction([&] {
            check(db.run(agent, {std::int64_t(session.agentId)}));
            RawDb::Value id;
            check(db.run(insertCall, {std::int64_t(session.agentId), text(session.workstation), reason, now}, &id));
            callId = toInt(id);
            append(session.auditEntry(AuditAction::CallStart, callId, 0, AuditActions::code(AuditOutcome::Ok),
                                      QString::fromStdString(reason)));
        });
        transaction([&] {
            check(db.run(agent, {std::int64_t(session.agentId)}));
            check(db.run(call, {callId}));
            RawDb::Value personId;
            check(db.run(person, {nir}, &personId));
            std::int64_t accountId = 0;
            std::int64_t version = 0;
            summarize(nir, &accountId, &version);
            check(db.run(earlier, {toInt(personId), callId, std::int64_t(10)}));
            check(db.run(subject, {toInt(personId), nullableId(accountId), version, db.boolean(false), callId}));
            check(db.run(consultation,
                         {std::int64_t(session.agentId), callId, toInt(personId), now, text(session.workstation)}));
            append(session.auditEntry(AuditAction::Lookup, callId, accountId, AuditActions::code(AuditOutcome::Ok)));
        });
    }

    int agent, call, insertCall, earlier, subject, consultation, clock, audit;
};

double micros(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1000.0;
}

QJsonObject compare(const std::vector<double>& model, const std::vector<double>& raw, int rounds)
{
    const Percentiles m = percentiles(model);
    const Percentiles r = percentiles(raw);
    return QJsonObject{{QStringLiteral("ok"), true},
                       {QStringLiteral("rounds"), rounds},
                       {QStringLiteral("model_p50_us"), m.p50},
                       {QStringLiteral("model_p95_us"), m.p95},
                       {QStringLiteral("raw_p50_us"), r.p50},
                       {QStringLiteral("raw_p95_us"), r.p95},
                       {QStringLiteral("ratio_p50"), r.p50 > 0 ? m.p50 / r.p50 : 0.0},
                       {QStringLiteral("ratio_p95"), r.p95 > 0 ? m.p95 / r.p95 : 0.0},
                       {QStringLiteral("target_ratio"), 1.5}};
}

// Even rounds the model first, odd rounds the raw engine first.
template <typename Model, typename Raw> void inTurn(int round, const Model& viaModel, const Raw& viaRaw)
{
    if (round % 2 == 0) {
        viaModel();
        viaRaw();
    } else {
        viaRaw();
        viaModel();
    }
}

} // namespace

QJsonObject lookup(Engine& engine, const Options& options)
{
    RawLookup raw(*engine.raw);
    Result<QSqlDatabase> connection = engine.database->connection();
    if (!connection)
        fail(connection.error().detail());
    std::vector<double> model, direct;
    QRandomGenerator rng(7);
    for (int round = 0; round < options.rounds; ++round) {
        const QString digits = engine.nirs.at(static_cast<int>(rng.bounded(engine.nirs.size())));
        const Nir nir = Nir::parse(digits);
        const std::string nirDigits = digits.toStdString();
        Result<AccountSummary> summary = Error(ErrorCode::DatabaseError, QStringLiteral("not run"));
        std::int64_t accountId = 0;
        std::int64_t version = 0;
        const auto viaModel = [&] {
            QElapsedTimer timer;
            timer.start();
            summary = AccountLookupService::summarize(connection.value(), nir, false);
            model.push_back(micros(timer));
        };
        const auto viaRaw = [&] {
            QElapsedTimer timer;
            timer.start();
            raw.summarize(nirDigits, &accountId, &version);
            direct.push_back(micros(timer));
        };
        // Whoever reads an account first pays for its pages (at 10M accounts they are not in the
        // server's buffers): each side goes first every other round.
        inTurn(round, viaModel, viaRaw);
        if (!summary)
            fail(QStringLiteral("lookup: ") + summary.error().detail());
        if (accountId != summary->accountId)
            fail(QStringLiteral("raw lookup found another account"));
    }
    return compare(model, direct, options.rounds);
}

QJsonObject desk(Engine& engine, const Options& options)
{
    const Result<AgentSession> session = signIn(engine, AgentLogin, 0);
    if (!session)
        fail(QStringLiteral("sign-in: ") + session.error().detail());
    RawDesk raw(*engine.raw);
    CallService calls(*engine.database);
    std::vector<double> model, direct;
    QRandomGenerator rng(11);
    const int rounds = std::max(1, options.rounds / 4); // each round writes two transactions per side
    for (int round = 0; round < rounds; ++round) {
        const QString digits = engine.nirs.at(static_cast<int>(rng.bounded(engine.nirs.size())));
        const std::string nir = digits.toStdString();
        const auto viaModel = [&] {
            QElapsedTimer timer;
            timer.start();
            const Result<qint64> call = calls.startCall(session.value(), QStringLiteral("password_not_received"));
            if (!call)
                fail(QStringLiteral("start call: ") + call.error().detail());
            const Result<AccountSummary> summary = calls.lookup(session.value(), call.value(), Nir::parse(digits));
            model.push_back(micros(timer));
            if (!summary)
                fail(QStringLiteral("desk lookup: ") + summary.error().detail());
        };
        const auto viaRaw = [&] {
            QElapsedTimer timer;
            timer.start();
            raw.run(session.value(), nir);
            direct.push_back(micros(timer));
        };
        inTurn(round, viaModel, viaRaw);
    }
    QJsonObject result = compare(model, direct, rounds);
    result.insert(QStringLiteral("path"), QStringLiteral("CallService::startCall + CallService::lookup"));
    return result;
}

} // namespace Bench
