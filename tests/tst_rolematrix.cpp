// Every service operation that takes an AgentSession, tried by each role (agent, supervisor,
// admin, a disabled agent, nobody signed in) on both engines: allowed, or refused with its exact
// code, and each refusal audited exactly once (RefusalAudit: the action asked, outcome = the
// code's name, no reason). Plus guichetctl's audit list, which went around all of it.
#include "agents/AgentAuthService.h"
#include "agents/AgentRepository.h"
#include "db/SqlQuery.h"
#include "desk/CallCatalog.h"
#include "desk/CallService.h"
#include "desk/CertificationService.h"
#include "desk/HelpdeskService.h"
#include "desk/ReissueApprovalService.h"
#include "supervision/AuditTrail.h"
#include "supervision/CallStatistics.h"
#include "supervision/LockoutHistory.h"
#include "supervision/RetentionService.h"
#include "supervision/SupervisionFlags.h"
#include "support/CtlRunner.h"
#include "support/TestAccounts.h"
#include "support/TestAgents.h"
#include "support/TestDatabases.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <functional>

namespace {

const Nir holderNir = Nir::parse(QStringLiteral("1800175056001")); // TestAccounts::addAccount(…, 1)

struct Desk
{
    Database& database;
    AgentSession session; // the role's (invalid: nobody)
    AgentSession alice; // an agent with a call of her own, for the calls of nobody
    qint64 lockoutEvent = 0;
};

// Runs before the counting starts: the call the operation acts in (0: none needed).
enum class CallNeed { None, Started, LookedUp };

struct Operation
{
    const char* name;
    const char* action; // the audit action of its refusal
    CallNeed call;
    std::function<Error(Desk&, qint64 callId)> run;
};

template <typename T> Error errorOf(const Result<T>& result)
{
    return result ? Error() : result.error();
}

const QDateTime periodStart = QDateTime::currentDateTimeUtc().addDays(-7);
const QDateTime periodEnd = QDateTime::currentDateTimeUtc().addDays(1);

const QList<Operation>& operations()
{
    static const QList<Operation> all{
        {"CallService::startCall", "call_start", CallNeed::None,
         [](Desk& d, qint64) {
             return errorOf(CallService(d.database).startCall(d.session, CallCatalog::reasons().first()));
         }},
        {"CallService::lookup", "lookup", CallNeed::Started,
         [](Desk& d, qint64 call) {
             return errorOf(CallService(d.database).lookup(d.session, call, holderNir));
         }},
        {"CallService::verify", "verify", CallNeed::LookedUp,
         [](Desk& d, qint64 call) {
             return errorOf(CallService(d.database).verify(d.session, call, CivilStatus()));
         }},
        {"CallService::endCall", "call_end", CallNeed::Started,
         [](Desk& d, qint64 call) {
             return CallService(d.database).endCall(d.session, call, CallCatalog::outcomes().first(), {});
         }},
        {"HelpdeskService::unlock", "unlock", CallNeed::LookedUp,
         [](Desk& d, qint64 call) {
             return errorOf(HelpdeskService(d.database).unlock(d.session, call, QStringLiteral("caller asked")));
         }},
        {"HelpdeskService::reissue", "reissue", CallNeed::LookedUp,
         [](Desk& d, qint64 call) {
             return errorOf(HelpdeskService(d.database).reissue(d.session, call, QStringLiteral("caller asked")));
         }},
        {"HelpdeskService::changeEmail", "email_change", CallNeed::LookedUp,
         [](Desk& d, qint64 call) {
             return errorOf(
                 HelpdeskService(d.database).changeEmail(d.session, call, QStringLiteral("new@example.org")));
         }},
        {"HelpdeskService::confirmEmail", "email_confirm", CallNeed::LookedUp,
         [](Desk& d, qint64 call) {
             return errorOf(HelpdeskService(d.database).confirmEmail(d.session, call, QStringLiteral("123456")));
         }},
        {"HelpdeskService::unlockBulk", "unlock_bulk", CallNeed::None,
         [](Desk& d, qint64) {
             return errorOf(HelpdeskService(d.database)
                                .unlockBulk(d.session, {holderNir.digits()}, QStringLiteral("incident 42")));
         }},
        {"CertificationService::certify", "certify", CallNeed::LookedUp,
         [](Desk& d, qint64 call) {
             return errorOf(CertificationService(d.database).certify(d.session, call));
         }},
        {"LockoutHistory::page", "history_list", CallNeed::None,
         [](Desk& d, qint64) {
             return errorOf(LockoutHistory(d.database).page(d.session, {}, {}, std::nullopt, 10));
         }},
        {"LockoutHistory::detail", "history_detail", CallNeed::None,
         [](Desk& d, qint64) {
             return errorOf(LockoutHistory(d.database).detail(d.session, d.lockoutEvent));
         }},
        {"RetentionService::purge", "purge", CallNeed::None,
         [](Desk& d, qint64) {
             return errorOf(RetentionService(d.database).purge(d.session, 365));
         }},
        {"AuditTrail::page", "audit_list", CallNeed::None,
         [](Desk& d, qint64) {
             return errorOf(AuditTrail(d.database).page(d.session, {}));
         }},
        {"AuditTrail::verifyChain", "audit_verify", CallNeed::None,
         [](Desk& d, qint64) {
             return errorOf(AuditTrail(d.database).verifyChain(d.session));
         }},
        {"CallStatistics::compute", "statistics", CallNeed::None,
         [](Desk& d, qint64) {
             return errorOf(CallStatistics(d.database).compute(d.session, periodStart, periodEnd));
         }},
        {"SupervisionFlags::repeatedLockouts", "supervision_flags", CallNeed::None,
         [](Desk& d, qint64) {
             return errorOf(SupervisionFlags(d.database).repeatedLockouts(d.session));
         }},
        {"SupervisionFlags::outliers", "supervision_flags", CallNeed::None,
         [](Desk& d, qint64) {
             return errorOf(SupervisionFlags(d.database).outliers(d.session, periodStart, periodEnd));
         }},
        {"SupervisionFlags::unusedTemporaryPasswords", "supervision_flags", CallNeed::None,
         [](Desk& d, qint64) {
             return errorOf(SupervisionFlags(d.database).unusedTemporaryPasswords(d.session, periodStart, periodEnd));
         }},
        {"SupervisionFlags::changedAddressReissues", "supervision_flags", CallNeed::None,
         [](Desk& d, qint64) {
             return errorOf(SupervisionFlags(d.database).changedAddressReissues(d.session, periodStart, periodEnd));
         }},
        {"ReissueApprovalService::request", "reissue_approval_requested", CallNeed::LookedUp,
         [](Desk& d, qint64 call) {
             return errorOf(
                 ReissueApprovalService(d.database).request(d.session, call, QStringLiteral("caller asked")));
         }},
        {"ReissueApprovalService::approve", "reissue_approval_granted", CallNeed::None,
         [](Desk& d, qint64) {
             return errorOf(ReissueApprovalService(d.database).approve(d.session, 999999));
         }},
        {"ReissueApprovalService::pending", "reissue_approval_granted", CallNeed::None,
         [](Desk& d, qint64) {
             return errorOf(ReissueApprovalService(d.database).pending(d.session));
         }},
        {"AgentAuthService::checkScreenUnlock", "screen_unlock", CallNeed::None,
         [](Desk& d, qint64) {
             return errorOf(AgentAuthService(d.database).checkScreenUnlock(d.session, QStringLiteral("wrong"), 0));
         }},
        {"AgentAuthService::addAgent", "agent_add", CallNeed::None,
         [](Desk& d, qint64) {
             return errorOf(AgentAuthService(d.database)
                                .addAgent(d.session, QStringLiteral("newbie"), QStringLiteral("New Bie"),
                                          Agent::Role::Agent, QStringLiteral("Correct-Horse-42")));
         }},
        {"AgentAuthService::setAgentActive", "agent_disable", CallNeed::None,
         [](Desk& d, qint64) {
             return AgentAuthService(d.database).setAgentActive(d.session, QStringLiteral("zoe"), false);
         }},
    };
    return all;
}

// What each role gets. None: allowed. For the desk's actions on a call looked up but not verified,
// an allowed role gets the call's own refusal (NotVerified), audited the same way.
ErrorCode expected(const QString& operation, const QString& role)
{
    const bool nobody = role == QLatin1String("none") || role == QLatin1String("disabled");
    const bool reviewer = role == QLatin1String("supervisor") || role == QLatin1String("admin");
    const bool admin = role == QLatin1String("admin");
    const QString service = operation.section(QLatin1String("::"), 0, 0);
    const QString method = operation.section(QLatin1String("::"), 1);
    if (operation == QLatin1String("CallService::startCall"))
        return nobody ? ErrorCode::Forbidden : ErrorCode::None;
    if (service == QLatin1String("CallService"))
        return nobody ? ErrorCode::Unauthenticated : ErrorCode::None;
    if (operation == QLatin1String("HelpdeskService::unlockBulk"))
        return reviewer ? ErrorCode::None : ErrorCode::Forbidden;
    if (service == QLatin1String("HelpdeskService"))
        return nobody ? ErrorCode::Forbidden : ErrorCode::NotVerified;
    if (operation == QLatin1String("ReissueApprovalService::request"))
        return nobody ? ErrorCode::Forbidden : ErrorCode::NotVerified;
    if (operation == QLatin1String("ReissueApprovalService::approve")) // an unknown request
        return reviewer ? ErrorCode::NotFound : ErrorCode::Forbidden;
    if (service == QLatin1String("CertificationService"))
        return reviewer ? ErrorCode::NotVerified : ErrorCode::Forbidden;
    if (service == QLatin1String("RetentionService"))
        return admin ? ErrorCode::None : ErrorCode::Forbidden;
    if (method == QLatin1String("checkScreenUnlock"))
        return nobody ? ErrorCode::Unauthenticated : ErrorCode::None;
    if (service == QLatin1String("AgentAuthService")) // nobody: guichetctl's bootstrap, with the database's rights
        return (admin || nobody) ? ErrorCode::None : ErrorCode::Forbidden;
    // The supervisor's reads: lockout history, audit trail, statistics, flags.
    return reviewer ? ErrorCode::None : ErrorCode::Forbidden;
}

qint64 auditCount(Database& database)
{
    SqlQuery query(database.connection().value());
    if (query.exec(QStringLiteral("SELECT COUNT(*) AS n FROM audit_events")) || !query.next())
        return -1;
    return query.value(QStringLiteral("n")).toLongLong();
}

} // namespace

class TestRoleMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void matrix_data();
    void matrix();
    void ctlAuditList_data() { TestDatabase::addEngineRows(); }
    void ctlAuditList();
    void ctlAgentNeedsAnAdmin_data() { TestDatabase::addEngineRows(); }
    void ctlAgentNeedsAnAdmin();
};

void TestRoleMatrix::matrix_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("role");
    // The engines of TestDatabase::addEngineRows, crossed with the operations and the roles.
    for (const char* engine : {"sqlite", "postgresql"}) {
        for (const Operation& operation : operations()) {
            for (const char* role : {"agent", "supervisor", "admin", "disabled", "none"})
                QTest::addRow("%s: %s by %s", engine, operation.name, role)
                    << QString::fromLatin1(engine) << QString::fromLatin1(operation.name) << QString::fromLatin1(role);
        }
    }
}

void TestRoleMatrix::matrix()
{
    QFETCH(QString, engine);
    QFETCH(QString, operation);
    QFETCH(QString, role);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const qint64 account = TestAccounts::addAccount(database, 1);
    QVERIFY(account > 0);
    QVERIFY(TestAgents::addAgent(database, QStringLiteral("zoe"), Agent::Role::Agent).isValid());
    Desk desk{database, {}, TestAgents::addAgent(database, QStringLiteral("alice"), Agent::Role::Agent)};
    if (role == QLatin1String("agent"))
        desk.session = TestAgents::addAgent(database, QStringLiteral("andre"), Agent::Role::Agent);
    else if (role == QLatin1String("supervisor"))
        desk.session = TestAgents::addAgent(database, QStringLiteral("sophie"), Agent::Role::Supervisor);
    else if (role == QLatin1String("admin"))
        desk.session = TestAgents::addAgent(database, QStringLiteral("adam"), Agent::Role::Admin);
    else if (role == QLatin1String("disabled")) {
        // A disabled agent gets no session: the sign-in refuses (with a wrong password, the one answer
        // of an unknown login), and whatever they try is tried by nobody.
        const AgentSession dora = TestAgents::addAgent(database, QStringLiteral("dora"), Agent::Role::Supervisor);
        QVERIFY(!AgentAuthService(database).setAgentActive(AgentSession(), QStringLiteral("dora"), false));
        const Result<AgentSession> signedIn = AgentAuthService(database).signIn(
            QStringLiteral("dora"), QStringLiteral("anything"), QStringLiteral("ws"));
        QVERIFY(!signedIn);
        QCOMPARE(signedIn.error().code(), ErrorCode::Unauthenticated);
        QVERIFY(dora.isValid());
    }
    QVERIFY(desk.alice.isValid());

    SqlQuery lockout(database.connection().value());
    QVERIFY(!lockout.prepare(QStringLiteral("INSERT INTO lockout_events (account_id, locked_at, failed_attempts)"
                                            " VALUES (:a, :t, 5)")));
    lockout.bind(QStringLiteral(":a"), account);
    lockout.bind(QStringLiteral(":t"), database.dialect().toSql(QDateTime::currentDateTimeUtc().addDays(-1)));
    QVERIFY(!lockout.exec());
    SqlQuery lockoutId(database.connection().value());
    QVERIFY(!lockoutId.exec(QStringLiteral("SELECT MAX(id) AS n FROM lockout_events")) && lockoutId.next());
    desk.lockoutEvent = lockoutId.value(QStringLiteral("n")).toLongLong();

    const auto found = std::find_if(operations().cbegin(), operations().cend(), [&](const Operation& candidate) {
        return operation == QLatin1String(candidate.name);
    });
    QVERIFY(found != operations().cend());
    qint64 callId = 0;
    if (found->call != CallNeed::None) {
        // The role's own call; nobody's request names alice's.
        const AgentSession& caller = desk.session.isValid() ? desk.session : desk.alice;
        CallService calls(database);
        const Result<qint64> started = calls.startCall(caller, CallCatalog::reasons().first());
        QVERIFY(started);
        callId = started.value();
        if (found->call == CallNeed::LookedUp)
            QVERIFY(calls.lookup(caller, callId, holderNir));
    }

    const qint64 before = auditCount(database);
    const Error error = found->run(desk, callId);
    const qint64 after = auditCount(database);
    const ErrorCode want = expected(operation, role);
    QCOMPARE(Error::codeName(error.code()), Error::codeName(want));
    if (want == ErrorCode::None)
        return;
    QCOMPARE(after - before, 1); // the refusal, once
    SqlQuery last(database.connection().value());
    QVERIFY(!last.exec(QStringLiteral("SELECT agent_login, action, outcome, reason FROM audit_events"
                                      " ORDER BY id DESC LIMIT 1")));
    QVERIFY(last.next());
    QCOMPARE(last.value(QStringLiteral("action")).toString(), QString::fromLatin1(found->action));
    QCOMPARE(last.value(QStringLiteral("outcome")).toString(), Error::codeName(want));
    QVERIFY(last.value(QStringLiteral("reason")).toString().isEmpty());
    QCOMPARE(last.value(QStringLiteral("agent_login")).toString(), desk.session.login);
}

// guichetctl audit list: nobody without --agent (a usage error, nothing read), an agent-role login
// refused (Forbidden, audited once), a supervisor reads the whole trail, audited.
void TestRoleMatrix::ctlAuditList()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    const CtlRunner ctl(db.urlString());
    const QByteArray password = QByteArrayLiteral("Correct-Horse-42\n");
    // root, the first admin, adds the others (--agent root).
    CtlRunner admin = ctl;
    admin.setEnvironment(QStringLiteral("GUICHET_AGENT_PASSWORD"), QString::fromLatin1(password.trimmed()));
    QCOMPARE(ctl.run({QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("root"), QStringLiteral("--role"),
                      QStringLiteral("admin")},
                     password)
                 .exitCode,
             0);
    for (const char* login : {"alice", "sophie"}) {
        const CtlRunner::Run added
            = admin.run({QStringLiteral("agent"), QStringLiteral("add"), QString::fromLatin1(login),
                         QStringLiteral("--role"), QString::fromLatin1(login[0] == 'a' ? "agent" : "supervisor"),
                         QStringLiteral("--agent"), QStringLiteral("root")},
                        password);
        QVERIFY2(added.exitCode == 0, added.stdoutText.constData());
    }
    Database& database = db.database();
    const QStringList list{QStringLiteral("audit"), QStringLiteral("list")};

    qint64 before = auditCount(database);
    const CtlRunner::Run anonymous = ctl.run(list);
    QCOMPARE(anonymous.exitCode, 2);
    QCOMPARE(auditCount(database), before);

    before = auditCount(database);
    const CtlRunner::Run agent
        = ctl.run(list + QStringList{QStringLiteral("--agent"), QStringLiteral("alice")}, password);
    QCOMPARE(agent.exitCode, 1);
    QCOMPARE(agent.json.value(QStringLiteral("error")).toString(), QStringLiteral("forbidden"));
    // The sign-in and the refusal.
    QCOMPARE(auditCount(database), before + 2);

    const CtlRunner::Run supervisor
        = ctl.run(list + QStringList{QStringLiteral("--agent"), QStringLiteral("sophie")}, password);
    QVERIFY2(supervisor.exitCode == 0, supervisor.stdoutText.constData());
    const QJsonArray events = supervisor.json.value(QStringLiteral("events")).toArray();
    QVERIFY(!events.isEmpty()); // the whole trail, not only sophie's
    bool refusalListed = false;
    for (const QJsonValue& event : events) {
        const QJsonObject object = event.toObject();
        if (object.value(QStringLiteral("agent")).toString() == QLatin1String("alice")
            && object.value(QStringLiteral("action")).toString() == QLatin1String("audit_list"))
            refusalListed = object.value(QStringLiteral("outcome")).toString() == QLatin1String("forbidden");
    }
    QVERIFY(refusalListed);
    SqlQuery last(database.connection().value());
    QVERIFY(
        !last.exec(QStringLiteral("SELECT agent_login, action, outcome FROM audit_events ORDER BY id DESC LIMIT 1")));
    QVERIFY(last.next());
    QCOMPARE(last.value(QStringLiteral("agent_login")).toString(), QStringLiteral("sophie"));
    QCOMPARE(last.value(QStringLiteral("action")).toString(), QStringLiteral("audit_list"));
    QCOMPARE(last.value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
}

// guichetctl agent add, disable, enable (issue I, finding 1): an admin signs in (--agent); only the
// first agent of an empty database is added without one, and only as an admin. Every refusal is
// audited, and changes nothing.
void TestRoleMatrix::ctlAgentNeedsAnAdmin()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    CtlRunner ctl(db.urlString());
    const QString password = QStringLiteral("Correct-Horse-42");
    ctl.setEnvironment(QStringLiteral("GUICHET_PASSWORD"), password);
    ctl.setEnvironment(QStringLiteral("GUICHET_AGENT_PASSWORD"), password);
    const auto add = [](const char* login, const char* role, const char* by) {
        QStringList arguments{QStringLiteral("agent"), QStringLiteral("add"), QString::fromLatin1(login),
                              QStringLiteral("--role"), QString::fromLatin1(role)};
        if (by)
            arguments << QStringLiteral("--agent") << QString::fromLatin1(by);
        return arguments;
    };
    const auto agents = [&database]() {
        SqlQuery count(database.connection().value());
        return !count.exec(QStringLiteral("SELECT count(*) AS n FROM agents")) && count.next()
            ? count.value(QStringLiteral("n")).toInt()
            : -1;
    };

    // An empty database: its first agent must be an admin.
    qint64 before = auditCount(database);
    const CtlRunner::Run notAdmin = ctl.run(add("mallory", "agent", nullptr));
    QCOMPARE(notAdmin.exitCode, 1);
    QCOMPARE(notAdmin.json.value(QStringLiteral("error")).toString(), QStringLiteral("forbidden"));
    QCOMPARE(agents(), 0);
    QCOMPARE(auditCount(database), before + 1);
    QCOMPARE(ctl.run(add("root", "admin", nullptr)).exitCode, 0);

    // Then nobody is added, disabled or enabled without an admin signed in.
    const QList<QStringList> unsigned_{add("mallory", "admin", nullptr),
                                       {QStringLiteral("agent"), QStringLiteral("disable"), QStringLiteral("root")},
                                       {QStringLiteral("agent"), QStringLiteral("enable"), QStringLiteral("root")}};
    for (const QStringList& arguments : unsigned_) {
        before = auditCount(database);
        const CtlRunner::Run run = ctl.run(arguments);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json.value(QStringLiteral("error")).toString(), QStringLiteral("forbidden"));
        QVERIFY2(run.json.value(QStringLiteral("message")).toString().contains(QLatin1String("--agent")),
                 run.stdoutText.constData());
        QCOMPARE(auditCount(database), before + 1); // the refusal, signed by nobody
    }
    QCOMPARE(agents(), 1);

    // An agent or a supervisor signed in is refused too (the sign-in and the refusal audited).
    QCOMPARE(ctl.run(add("alice", "agent", "root")).exitCode, 0);
    QCOMPARE(ctl.run(add("sophie", "supervisor", "root")).exitCode, 0);
    for (const char* who : {"alice", "sophie"}) {
        before = auditCount(database);
        const CtlRunner::Run run = ctl.run(add("mallory", "admin", who));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json.value(QStringLiteral("error")).toString(), QStringLiteral("forbidden"));
        QCOMPARE(auditCount(database), before + 2);
        const CtlRunner::Run disable
            = ctl.run({QStringLiteral("agent"), QStringLiteral("disable"), QStringLiteral("root"),
                       QStringLiteral("--agent"), QString::fromLatin1(who)});
        QCOMPARE(disable.json.value(QStringLiteral("error")).toString(), QStringLiteral("forbidden"));
    }
    QCOMPARE(agents(), 3);

    // The admin disables and enables.
    for (const char* sub : {"disable", "enable"}) {
        const CtlRunner::Run run = ctl.run({QStringLiteral("agent"), QString::fromLatin1(sub), QStringLiteral("alice"),
                                            QStringLiteral("--agent"), QStringLiteral("root")});
        QVERIFY2(run.exitCode == 0, run.stdoutText.constData());
    }
}

QTEST_GUILESS_MAIN(TestRoleMatrix)
#include "tst_rolematrix.moc"
