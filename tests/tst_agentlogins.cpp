// Each agent's own PostgreSQL login (migration 013, AgentLogins): agent add creates it in the group
// of the agent's role, the server checks its password (SCRAM) and the desk's sign-in is that
// check; a desk's profile names only a gate login, which reads no hash, so no password succeeds
// through it, and every refusal is counted and audited as before. A disabled agent's login stops
// authenticating at the server; an agent's login has its group's privileges and nothing more;
// guichetctl's commands with --agent run as the agent's login too.
//
// PostgreSQL only (SQLite, the single-desk mode, has no logins). Needs resources/scripts/
// with-postgresql.sh: its group roles (roles.sql) and its TLS + SCRAM line for members of
// GUICHET_TEST_POSTGRESQL_TLS_GROUP (every other login of the test server is trusted, so the
// agents' logins are put in that group to have their passwords checked).
#include "agents/AgentAuthService.h"
#include "agents/AgentLogins.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "support/AgentLoginsFixture.h"
#include "support/CtlRunner.h"
#include "support/TestDatabases.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace {

const QString adminPassword = QStringLiteral("Admin-Guichet-13");
const QString agentPassword = QStringLiteral("Agent-Guichet-13");

} // namespace

class TestAgentLogins : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void agentAddCreatesTheLogin();
    void modeIsTheProfileLogins();
    void signInIsTheServerAuthentication();
    void refusalsGoThroughTheGate_data();
    void refusalsGoThroughTheGate();
    void agentLoginHasItsGroupOnly_data();
    void agentLoginHasItsGroupOnly();
    void disabledAgentIsRefusedByTheServer();
    void commandLineRunsAsTheAgent();

private:
    DatabaseUrl urlOf(const QString& role, const QString& password = {}) const
    {
        return m_fixture->urlOf(role, password);
    }
    // The SQLSTATE of statement run as url's login ("00000": it succeeded).
    static QString sqlStateAs(const DatabaseUrl& url, const QString& statement);
    // The db_user and outcome of the newest audit event of action.
    QStringList lastEvent(const QString& action);
    int failedLogins(const QString& login);
    Result<AgentSession> signIn(const QString& login, const QString& password, DatabaseUrl* agentUrl = nullptr);
    QString roleOf(const QString& login) const { return m_fixture->roleOf(login); }

    std::unique_ptr<AgentLoginsFixture> m_fixture;
    TestDatabase* m_test = nullptr; // the fixture's, as the superuser
    QString m_gate;
    std::unique_ptr<Database> m_gateDb;
    std::unique_ptr<AgentAuthService> m_gateAuth;
    AgentSession m_admin;
    DatabaseUrl m_adminUrl;
};

QString TestAgentLogins::sqlStateAs(const DatabaseUrl& url, const QString& statement)
{
    Database database(url, Database::Creation::MustExist);
    QString state;
    {
        const Result<QSqlDatabase> db = database.connection();
        if (!db)
            return QStringLiteral("connect:") + db.error().codeName();
        QSqlQuery query(db.value());
        state = query.exec(statement) ? QStringLiteral("00000") : query.lastError().nativeErrorCode();
    }
    database.closeThreadConnection();
    return state;
}

QStringList TestAgentLogins::lastEvent(const QString& action)
{
    Result<QSqlDatabase> db = m_test->database().connection();
    if (!db)
        return {};
    SqlQuery query(db.value());
    if (query.prepare(QStringLiteral("SELECT db_user, outcome FROM audit_events WHERE action = :action"
                                     " ORDER BY id DESC LIMIT 1")))
        return {};
    query.bind(QStringLiteral(":action"), action);
    if (query.exec() || !query.next())
        return {};
    return {query.value(QStringLiteral("db_user")).toString(), query.value(QStringLiteral("outcome")).toString()};
}

int TestAgentLogins::failedLogins(const QString& login)
{
    Result<QSqlDatabase> db = m_test->database().connection();
    if (!db)
        return -1;
    SqlQuery query(db.value());
    if (query.prepare(QStringLiteral("SELECT failed_logins FROM agents WHERE login = :login")))
        return -1;
    query.bind(QStringLiteral(":login"), login);
    if (query.exec() || !query.next())
        return -1;
    return query.value(QStringLiteral("failed_logins")).toInt();
}

Result<AgentSession> TestAgentLogins::signIn(const QString& login, const QString& password, DatabaseUrl* agentUrl)
{
    return AgentLogins::signIn(*m_gateAuth, m_gateDb->url(), login, password, QStringLiteral("poste-13"), agentUrl);
}

void TestAgentLogins::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!TestDatabase::requireEngine(QStringLiteral("postgresql")))
        return;
    m_fixture = std::make_unique<AgentLoginsFixture>();
    QVERIFY2(m_fixture->isReady(), qPrintable(m_fixture->errorString()));
    m_test = &m_fixture->test();
    m_gate = m_fixture->gate();

    // The owner adds the first admin: its login is created.
    {
        Database owner(m_fixture->ownerUrl(), Database::Creation::MustExist);
        const Result<qint64> adam = AgentAuthService(owner).addFirstAdmin(
            QStringLiteral("adam"), QStringLiteral("Adam"), Agent::Role::Admin, adminPassword);
        QVERIFY2(adam, qPrintable(adam ? QString() : adam.error().detail()));
        owner.closeThreadConnection();
    }
    QCOMPARE(m_fixture->checkPasswordOf(QStringLiteral("adam")), QString());

    m_gateDb = std::make_unique<Database>(m_fixture->gateUrl(), Database::Creation::MustExist);
    m_gateAuth = std::make_unique<AgentAuthService>(*m_gateDb);

    // The admin signs in as their own login and adds an agent: the agent's login is created too.
    const Result<AgentSession> admin = signIn(QStringLiteral("adam"), adminPassword, &m_adminUrl);
    QVERIFY2(admin, qPrintable(admin ? QString() : admin.error().codeName()));
    m_admin = admin.value();
    QCOMPARE(m_adminUrl.userName(), roleOf(QStringLiteral("adam")));
    {
        Database adminDb(m_adminUrl, Database::Creation::MustExist);
        const Result<qint64> alice = AgentAuthService(adminDb).addAgent(
            m_admin, QStringLiteral("alice"), QStringLiteral("Alice"), Agent::Role::Agent, agentPassword);
        QVERIFY2(alice, qPrintable(alice ? QString() : alice.error().detail()));
        adminDb.closeThreadConnection();
    }
    QCOMPARE(m_fixture->checkPasswordOf(QStringLiteral("alice")), QString());
}

void TestAgentLogins::cleanupTestCase()
{
    m_gateAuth.reset();
    m_gateDb.reset();
    m_fixture.reset(); // the database, then the logins
}

// Each agent added on PostgreSQL has a login of their own, "<login>@<database>", in their group.
void TestAgentLogins::agentAddCreatesTheLogin()
{
    QVERIFY(m_gateDb);
    Result<QSqlDatabase> db = m_test->database().connection();
    QVERIFY(db);
    SqlQuery query(db.value());
    QVERIFY(!query.prepare(QStringLiteral("SELECT pg_has_role(:role, 'guichet_admin', 'MEMBER') AS admin,"
                                          " pg_has_role(:role, 'guichet_agent', 'MEMBER') AS agent,"
                                          " r.rolcanlogin AS can_login, r.rolsuper AS super, r.rolcreaterole AS creates"
                                          " FROM pg_roles r WHERE r.rolname = :role")));
    const auto findRole = [&](const QString& login) {
        query.bind(QStringLiteral(":role"), roleOf(login));
        return !query.exec() && query.next();
    };
    QVERIFY(findRole(QStringLiteral("alice")));
    QCOMPARE(query.value(QStringLiteral("can_login")).toBool(), true);
    QCOMPARE(query.value(QStringLiteral("agent")).toBool(), true);
    QCOMPARE(query.value(QStringLiteral("admin")).toBool(), false);
    QCOMPARE(query.value(QStringLiteral("super")).toBool(), false);
    QCOMPARE(query.value(QStringLiteral("creates")).toBool(), false);
    QVERIFY(findRole(QStringLiteral("adam")));
    QCOMPARE(query.value(QStringLiteral("admin")).toBool(), true);

    // The server checks the password itself (SCRAM): the right one in, another one out.
    const QString alice = roleOf(QStringLiteral("alice"));
    QCOMPARE(sqlStateAs(urlOf(alice, agentPassword), QStringLiteral("SELECT 1")), QStringLiteral("00000"));
    QCOMPARE(sqlStateAs(urlOf(alice, agentPassword + QLatin1Char('x')), QStringLiteral("SELECT 1")),
             QStringLiteral("connect:database_authentication_failed"));
}

void TestAgentLogins::modeIsTheProfileLogins()
{
    QVERIFY(m_gateDb);
    const Result<AgentLogins::Mode> gate = AgentLogins::mode(*m_gateDb);
    QVERIFY(gate);
    QCOMPARE(gate.value(), AgentLogins::Mode::AgentLogins);
    // The superuser (as the owner or the legacy shared login): every agent through it.
    const Result<AgentLogins::Mode> shared = AgentLogins::mode(m_test->database());
    QVERIFY(shared);
    QCOMPARE(shared.value(), AgentLogins::Mode::SharedLogin);
}

// The right password: the agent's session, over the agent's own connection, audited as that login.
void TestAgentLogins::signInIsTheServerAuthentication()
{
    QVERIFY(m_gateDb);
    DatabaseUrl url;
    const Result<AgentSession> session = signIn(QStringLiteral("alice"), agentPassword, &url);
    QVERIFY2(session, qPrintable(session ? QString() : session.error().codeName()));
    QCOMPARE(session->login, QStringLiteral("alice"));
    QCOMPARE(session->role, Agent::Role::Agent);
    const QString alice = roleOf(QStringLiteral("alice"));
    QCOMPARE(url.userName(), alice);
    QCOMPARE(lastEvent(QStringLiteral("agent_sign_in")), (QStringList{alice, QStringLiteral("ok")}));
    QCOMPARE(failedLogins(QStringLiteral("alice")), 0);
}

void TestAgentLogins::refusalsGoThroughTheGate_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("counted"); // failed_logins of the login afterwards (-1: no such agent)
    QTest::newRow("wrong password") << QStringLiteral("alice") << QStringLiteral("Not-Her-Password-1")
                                    << QStringLiteral("wrong_password") << 1;
    QTest::newRow("unknown login") << QStringLiteral("mallory") << agentPassword << QStringLiteral("unknown_login")
                                   << -1;
    // The gate reads no hash: even the right password fails through it.
    QTest::newRow("right password, through the gate only")
        << QStringLiteral("adam") << QStringLiteral("x") << QStringLiteral("wrong_password") << 1;
}

// The server refuses; the attempt is made through the gate, where it fails, counts and is audited
// as the gate's login, with the one answer for all of them.
void TestAgentLogins::refusalsGoThroughTheGate()
{
    QVERIFY(m_gateDb);
    QFETCH(QString, login);
    QFETCH(QString, password);
    QFETCH(QString, outcome);
    QFETCH(int, counted);
    DatabaseUrl url;
    const Result<AgentSession> session = signIn(login, password, &url);
    QVERIFY(!session);
    QCOMPARE(session.error().code(), ErrorCode::Unauthenticated);
    QVERIFY(!url.isValid());
    QCOMPARE(lastEvent(QStringLiteral("agent_sign_in")), (QStringList{m_gate, outcome}));
    QCOMPARE(failedLogins(login), counted);
    // The gate itself cannot sign anyone in: its connection reads no hash.
    const Result<AgentSession> direct = m_gateAuth->signIn(QStringLiteral("alice"), agentPassword, QString());
    QVERIFY(!direct);
    QCOMPARE(m_fixture->asSuperuser(QStringLiteral("UPDATE agents SET failed_logins = 0, first_failed_at = NULL")),
             QString());
}

void TestAgentLogins::agentLoginHasItsGroupOnly_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("state");
    const QString denied = QStringLiteral("42501");
    QTest::newRow("agent: read the hashes") << "alice" << QStringLiteral("SELECT password_hash FROM agents") << denied;
    QTest::newRow("agent: become admin") << "alice" << QStringLiteral("UPDATE agents SET role = 'admin'") << denied;
    QTest::newRow("agent: create a login")
        << "alice" << QStringLiteral("SELECT guichet_create_agent_login('alice', 'SCRAM-SHA-256$4096:x$y:z')")
        << denied;
    QTest::newRow("agent: create a role") << "alice" << QStringLiteral("CREATE ROLE mallory LOGIN") << denied;
    QTest::newRow("agent: read the audit") << "alice" << QStringLiteral("SELECT reason FROM audit_events") << denied;
    QTest::newRow("agent: its own calls") << "alice" << QStringLiteral("SELECT count(*) FROM calls") << "00000";
    QTest::newRow("gate: read an account") << "gate" << QStringLiteral("SELECT email FROM accounts") << denied;
    QTest::newRow("gate: read the hashes") << "gate" << QStringLiteral("SELECT password_hash FROM agents") << denied;
    QTest::newRow("gate: start a call") << "gate"
                                        << QStringLiteral("INSERT INTO calls (agent_id, started_at) VALUES (1, now())")
                                        << denied;
    QTest::newRow("agent: read the e-mail codes")
        << "alice" << QStringLiteral("SELECT email_code_hash FROM accounts") << denied;
    QTest::newRow("agent: read the refusal codes")
        << "alice" << QStringLiteral("SELECT refusal_code_hash FROM email_changes") << denied;
    QTest::newRow("agent: write an e-mail code")
        << "alice" << QStringLiteral("UPDATE accounts SET email_code_hash = NULL") << denied;
    QTest::newRow("agent: whether a code was sent")
        << "alice" << QStringLiteral("SELECT has_email_code FROM accounts") << "00000";
    QTest::newRow("agent: empty the audit") << "alice" << QStringLiteral("TRUNCATE audit_events CASCADE") << denied;
    QTest::newRow("agent: delete an event") << "alice" << QStringLiteral("DELETE FROM audit_events") << denied;
    QTest::newRow("agent: disable the triggers")
        << "alice" << QStringLiteral("ALTER TABLE audit_events DISABLE TRIGGER ALL") << "42501";
    QTest::newRow("gate: become admin") << "gate" << QStringLiteral("UPDATE agents SET role = 'admin'") << denied;
    QTest::newRow("gate: change an address")
        << "gate" << QStringLiteral("UPDATE accounts SET email = 'm@x.example'") << denied;
    QTest::newRow("gate: empty the audit") << "gate" << QStringLiteral("TRUNCATE audit_events CASCADE") << denied;
    QTest::newRow("gate: disable the triggers")
        << "gate" << QStringLiteral("ALTER TABLE audit_events DISABLE TRIGGER ALL") << "42501";
    QTest::newRow("gate: add an agent")
        << "gate"
        << QStringLiteral(
               "INSERT INTO agents (login, display_name, role, password_hash) VALUES ('m', 'M', 'admin', 'x')")
        << denied;
    QTest::newRow("gate: the schema's version")
        << "gate" << QStringLiteral("SELECT version FROM schema_version") << "00000";
}

void TestAgentLogins::agentLoginHasItsGroupOnly()
{
    QVERIFY(m_gateDb);
    QFETCH(QString, who);
    QFETCH(QString, statement);
    QFETCH(QString, state);
    const DatabaseUrl url = who == QLatin1String("gate") ? m_gateDb->url() : urlOf(roleOf(who), agentPassword);
    QCOMPARE(sqlStateAs(url, statement), state);
}

// Disabled by an admin, the agent's login stops authenticating at the server (as a wrong password
// would: nothing tells it exists); enabled again, it signs in.
void TestAgentLogins::disabledAgentIsRefusedByTheServer()
{
    QVERIFY(m_gateDb);
    const QString alice = roleOf(QStringLiteral("alice"));
    Database adminDb(m_adminUrl, Database::Creation::MustExist);
    AgentAuthService admin(adminDb);
    QVERIFY(!admin.setAgentActive(m_admin, QStringLiteral("alice"), false));
    QCOMPARE(sqlStateAs(urlOf(alice, agentPassword), QStringLiteral("SELECT 1")),
             QStringLiteral("connect:database_authentication_failed"));
    const Result<AgentSession> refused = signIn(QStringLiteral("alice"), agentPassword);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::Unauthenticated);
    QCOMPARE(lastEvent(QStringLiteral("agent_sign_in")), (QStringList{m_gate, QStringLiteral("agent_disabled")}));

    QVERIFY(!admin.setAgentActive(m_admin, QStringLiteral("alice"), true));
    adminDb.closeThreadConnection();
    QCOMPARE(sqlStateAs(urlOf(alice, agentPassword), QStringLiteral("SELECT 1")), QStringLiteral("00000"));
    QVERIFY(signIn(QStringLiteral("alice"), agentPassword));
    QCOMPARE(m_fixture->asSuperuser(QStringLiteral("UPDATE agents SET failed_logins = 0, first_failed_at = NULL")),
             QString());
}

// guichetctl given the gate's URL and --agent: the command runs as the agent's own login.
void TestAgentLogins::commandLineRunsAsTheAgent()
{
    QVERIFY(m_gateDb);
    CtlRunner ctl(m_gateDb->url().toString());
    ctl.setEnvironment(QStringLiteral("GUICHET_AGENT_PASSWORD"), adminPassword);
    const CtlRunner::Run listed = ctl.run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--agent"),
                                           QStringLiteral("adam"), QStringLiteral("--limit"), QStringLiteral("1")});
    QVERIFY2(listed.exitCode == 0, listed.stdoutText.constData());
    const QString adam = roleOf(QStringLiteral("adam"));
    QCOMPARE(lastEvent(QStringLiteral("audit_list")), (QStringList{adam, QStringLiteral("ok")}));

    ctl.setEnvironment(QStringLiteral("GUICHET_AGENT_PASSWORD"), QStringLiteral("Not-The-Password-1"));
    const CtlRunner::Run refused = ctl.run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--agent"),
                                            QStringLiteral("adam"), QStringLiteral("--limit"), QStringLiteral("1")});
    QVERIFY(refused.exitCode != 0);
    QCOMPARE(lastEvent(QStringLiteral("agent_sign_in")), (QStringList{m_gate, QStringLiteral("wrong_password")}));
}

QTEST_GUILESS_MAIN(TestAgentLogins)
#include "tst_agentlogins.moc"
