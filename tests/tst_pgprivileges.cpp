// Each group role of resources/sql/grants/roles.sql, with exactly the grants of groups.sql, on
// PostgreSQL: every desk command works from the login of the agent who runs it (an agent's, a
// supervisor's, an admin's, the mail service's and the portal's own logins), and every attack of
// issue I is refused to the wrong role by the server itself (SQLSTATE 42501), the owner's and a
// superuser's cuts of the audit included (the triggers fire ALWAYS). A change typed in psql leaves
// an audit event naming the login that made it, and the audit chain still verifies.
//
// PostgreSQL only: SQLite has no roles (the single-desk mode, where the application alone enforces
// them). Needs the server of resources/scripts/with-postgresql.sh (GUICHET_TEST_POSTGRESQL, and the
// group roles it creates with roles.sql): without it the suite is skipped, except in CI (CI or
// GUICHET_REQUIRE_POSTGRESQL set), where it fails.
#include "audit/AuditLog.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "db/SqlQuery.h"
#include "support/CtlRunner.h"
#include "support/TestDatabases.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace {

const QString agentPassword = QStringLiteral("Guichet-Agent-1");
const QString lockedNir = QStringLiteral("260121305532168");
const QString refused = QStringLiteral("42501"); // insufficient_privilege
const QString accepted = QStringLiteral("00000");

QStringList civil()
{
    return {QStringLiteral("--nir"),         lockedNir,
            QStringLiteral("--last-name"),   QStringLiteral("Lefèvre-d'Arc"),
            QStringLiteral("--first-names"), QStringLiteral("Marie Hélène"),
            QStringLiteral("--birth-date"),  QStringLiteral("1960-12-24"),
            QStringLiteral("--birth-place"), QStringLiteral("Marseille")};
}

// The 6-digit code in the newest .eml of folder (base64 parts decoded).
QString newestCode(const QString& folder)
{
    static const QRegularExpression base64Part(
        QStringLiteral("Content-Transfer-Encoding: base64\\r?\\n(?:[^\\r\\n]+\\r?\\n)*\\r?\\n([A-Za-z0-9+/=\\r\\n]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression line(QStringLiteral("^Code de confirmation ?: ?(\\d{6})\\s*$"),
                                         QRegularExpression::MultilineOption);
    QDir dir(folder);
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.eml")}, QDir::Files, QDir::Time);
    for (const QFileInfo& info : files) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QString text = QString::fromUtf8(file.readAll());
        QRegularExpressionMatchIterator parts = base64Part.globalMatch(text);
        while (parts.hasNext())
            text += QLatin1Char('\n') + QString::fromUtf8(QByteArray::fromBase64(parts.next().captured(1).toLatin1()));
        text.replace(QLatin1String("=\r\n"), QString());
        const QRegularExpressionMatch found = line.match(text);
        if (found.hasMatch())
            return found.captured(1);
    }
    return {};
}

} // namespace

class TestPgPrivileges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void eachRoleDoesItsWork();
    void refusedToTheWrongRole_data();
    void refusedToTheWrongRole();
    void signInReadsOnlyItsOwnHash();
    void changeTypedInPsqlIsAudited_data();
    void changeTypedInPsqlIsAudited();
    void auditChainStillVerifies();

private:
    // The login of this test's "alice", "sophie", "adam", "mailer", "portal", "owner"; "postgres"
    // is the server's superuser.
    QString login(const QString& who) const
    {
        return who == QLatin1String("postgres") ? m_server.userName() : m_prefix + who;
    }
    // Runs statements in one session of who's login; the SQLSTATE of the last ("00000": it
    // succeeded). An earlier statement that fails gives "setup:<its SQLSTATE>".
    QString sqlState(const QString& who, const QStringList& statements, const QVariantMap& values = {});
    // The first column of the first row of query run as who (bound values), or an invalid QVariant.
    QVariant scalar(const QString& who, const QString& query, const QVariantMap& values = {});
    CtlRunner ctlAs(const QString& who) const;
    QStringList desk(const QString& who) const
    {
        return {QStringLiteral("desk"), QStringLiteral("--agent"), login(who)};
    }
    qint64 accountId();

    bool m_ready = false;
    std::unique_ptr<TestDatabase> m_db;
    DatabaseUrl m_server;
    QString m_prefix;
    QTemporaryDir m_mail;
};

void TestPgPrivileges::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("GUICHET_TEST_POSTGRESQL")) {
        const QString why = QStringLiteral("PostgreSQL only (SQLite has no roles: the application enforces them "
                                           "there); GUICHET_TEST_POSTGRESQL is not set: run the tests through "
                                           "resources/scripts/with-postgresql.sh");
        if (!qEnvironmentVariableIsEmpty("CI") || !qEnvironmentVariableIsEmpty("GUICHET_REQUIRE_POSTGRESQL"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    m_server = DatabaseUrl::parse(qEnvironmentVariable("GUICHET_TEST_POSTGRESQL"));
    QVERIFY(m_server.isValid());
    m_prefix = QStringLiteral("gp") + QString::number(QCoreApplication::applicationPid()) + QLatin1Char('_');

    // The groups of roles.sql exist (with-postgresql.sh ran it, as IT would once per cluster).
    m_db = std::make_unique<TestDatabase>(QStringLiteral("postgresql"));
    QVERIFY2(m_db->isReady(), qPrintable(m_db->errorString()));
    for (const char* group :
         {"guichet_agent", "guichet_supervisor", "guichet_admin", "guichet_mailer", "guichet_portal"})
        QVERIFY2(scalar(QStringLiteral("postgres"),
                        QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = :name"),
                        {{QStringLiteral(":name"), QString::fromLatin1(group)}})
                         .toInt()
                     == 1,
                 group);

    // A database owned by a login that is no superuser; one login per agent, in its group, named
    // after the agent (the sign-in gives a login its own hash only), and the services' logins.
    // DDL takes no parameters: the names are this test's own identifiers.
    const QStringList roles{
        QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE").arg(login(QStringLiteral("owner"))),
        QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(m_db->url().databaseName(), login(QStringLiteral("owner"))),
        QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE guichet_agent").arg(login(QStringLiteral("alice"))),
        QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE guichet_supervisor").arg(login(QStringLiteral("sophie"))),
        QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE guichet_admin").arg(login(QStringLiteral("adam"))),
        QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE guichet_mailer").arg(login(QStringLiteral("mailer"))),
        QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE guichet_portal").arg(login(QStringLiteral("portal")))};
    for (const QString& statement : roles)
        QCOMPARE(sqlState(QStringLiteral("postgres"), {statement}), accepted);
    m_db->database().closeThreadConnection();

    // The owner creates the schema, the reference data and the agents, then grants groups.sql.
    const CtlRunner owner = ctlAs(QStringLiteral("owner"));
    const QString adam = login(QStringLiteral("adam"));
    const CtlRunner::Run init = owner.run({QStringLiteral("init")});
    QVERIFY2(init.exitCode == 0, init.stdoutText.constData());
    QCOMPARE(owner.run(QStringList{QStringLiteral("register"), QStringLiteral("add")} + civil()).exitCode, 0);
    QCOMPARE(owner.run(QStringList{QStringLiteral("identity"), QStringLiteral("add")} + civil()).exitCode, 0);
    for (const auto& [who, role] :
         {std::pair{"adam", "admin"}, std::pair{"alice", "agent"}, std::pair{"sophie", "supervisor"}}) {
        const CtlRunner::Run added
            = owner.run(QStringList{QStringLiteral("agent"), QStringLiteral("add"), login(QString::fromLatin1(who)),
                                    QStringLiteral("--role"), QString::fromLatin1(role)}
                            + (login(QString::fromLatin1(who)) == adam ? QStringList()
                                                                       : QStringList{QStringLiteral("--agent"), adam}),
                        agentPassword.toUtf8() + '\n');
        QVERIFY2(added.exitCode == 0, added.stdoutText.constData());
    }
    QFile grants(QStringLiteral(GUICHET_GROUP_GRANTS));
    QVERIFY(grants.open(QIODevice::ReadOnly));
    QCOMPARE(sqlState(QStringLiteral("owner"), Migrator::splitStatements(QString::fromUtf8(grants.readAll()))),
             accepted);
    m_ready = true;
}

void TestPgPrivileges::cleanupTestCase()
{
    if (!m_db)
        return;
    const QStringList who{QStringLiteral("alice"),  QStringLiteral("sophie"), QStringLiteral("adam"),
                          QStringLiteral("mailer"), QStringLiteral("portal"), QStringLiteral("owner")};
    for (const QString& name : who)
        QSqlDatabase::removeDatabase(QStringLiteral("pgpriv-") + name);
    m_db.reset(); // drops the database, and with it every grant on its objects
    TestDatabase maintenance(QStringLiteral("postgresql"));
    if (!maintenance.isReady())
        return;
    for (const QString& name : who) {
        const QString role = login(name);
        const Error error = maintenance.database().write([&role](QSqlDatabase& connection) {
            return SqlQuery(connection).exec(QStringLiteral("DROP ROLE IF EXISTS ") + role);
        });
        if (error)
            qWarning("%s", qPrintable(error.detail()));
    }
}

QString TestPgPrivileges::sqlState(const QString& who, const QStringList& statements, const QVariantMap& values)
{
    const QString name = QStringLiteral("pgpriv-") + QUuid::createUuid().toString(QUuid::Id128);
    QString state = accepted;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_server.hostName());
        db.setPort(m_server.port());
        db.setDatabaseName(m_db->url().databaseName());
        db.setUserName(login(who));
        if (!db.open()) {
            state = QStringLiteral("connect:") + db.lastError().text();
        } else {
            for (int i = 0; i < statements.size(); ++i) {
                // SET, TRUNCATE and DDL cannot be prepared: those run as they are (they bind nothing).
                const QString& statement = statements.at(i);
                QSqlQuery query(db);
                bool ok = false;
                if (statement.contains(QLatin1Char(':'))) {
                    ok = query.prepare(statement);
                    for (auto it = values.cbegin(); ok && it != values.cend(); ++it) {
                        if (statement.contains(it.key()))
                            query.bindValue(it.key(), it.value());
                    }
                    ok = ok && query.exec();
                } else {
                    ok = query.exec(statement);
                }
                if (!ok) {
                    state = query.lastError().nativeErrorCode();
                    if (state.isEmpty())
                        state = query.lastError().text();
                    if (i + 1 < statements.size())
                        state = QStringLiteral("setup:") + state + QLatin1Char(' ') + query.lastError().text();
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return state;
}

QVariant TestPgPrivileges::scalar(const QString& who, const QString& statement, const QVariantMap& values)
{
    const QString name = QStringLiteral("pgpriv-") + QUuid::createUuid().toString(QUuid::Id128);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_server.hostName());
        db.setPort(m_server.port());
        db.setDatabaseName(m_db->url().databaseName());
        db.setUserName(login(who));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(statement);
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                query.bindValue(it.key(), it.value());
            if (query.exec() && query.next())
                value = query.value(0);
            else
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

CtlRunner TestPgPrivileges::ctlAs(const QString& who) const
{
    CtlRunner ctl(QStringLiteral("postgresql://%1@%2:%3/%4")
                      .arg(login(who), m_server.hostName())
                      .arg(m_server.port())
                      .arg(m_db->url().databaseName()));
    ctl.setEnvironment(QStringLiteral("GUICHET_AGENT_PASSWORD"), agentPassword);
    return ctl;
}

qint64 TestPgPrivileges::accountId()
{
    return scalar(QStringLiteral("postgres"),
                  QStringLiteral("SELECT a.id FROM accounts a JOIN persons p ON p.id = a.person_id WHERE p.nir = :nir"),
                  {{QStringLiteral(":nir"), lockedNir}})
        .toLongLong();
}

// The grants are enough: each role's commands, from its own login only.
void TestPgPrivileges::eachRoleDoesItsWork()
{
    QVERIFY(m_ready);
    const QString mail = m_mail.path();
    const QStringList deliver{QStringLiteral("mailer"), QStringLiteral("run"), QStringLiteral("--once"),
                              QStringLiteral("--deliver-to-dir"), mail};
    const CtlRunner portal = ctlAs(QStringLiteral("portal"));
    const CtlRunner mailer = ctlAs(QStringLiteral("mailer"));

    // The portal (its own login): registration, then five wrong passwords lock the account.
    const CtlRunner::Run registration
        = portal.run(QStringList{QStringLiteral("portal"), QStringLiteral("register")} + civil()
                     + QStringList{QStringLiteral("--email"), QStringLiteral("marie@example.org"),
                                   QStringLiteral("--secret-question"), QStringLiteral("Chien ?"),
                                   QStringLiteral("--secret-answer"), QStringLiteral("Médor")});
    QVERIFY2(registration.json.value(QStringLiteral("outcome")).toString() == QLatin1String("registered"),
             registration.stdoutText.constData());
    const CtlRunner::Run firstMail = mailer.run(deliver);
    QVERIFY2(firstMail.exitCode == 0, firstMail.stdoutText.constData());
    for (int i = 0; i < 5; ++i)
        portal.run({QStringLiteral("portal"), QStringLiteral("login"), lockedNir, QStringLiteral("Wrong-Pass-99")});

    // An agent's call, from alice's own login.
    const CtlRunner alice = ctlAs(QStringLiteral("alice"));
    const CtlRunner::Run start = alice.run(desk(QStringLiteral("alice")) + QStringList{QStringLiteral("call-start")});
    const qint64 call = start.json.value(QStringLiteral("call_id")).toInteger();
    QVERIFY2(call > 0, start.stdoutText.constData());
    const QStringList withCall{QStringLiteral("--call"), QString::number(call)};
    const QStringList asAlice = desk(QStringLiteral("alice"));
    const QList<QStringList> steps{
        QStringList{QStringLiteral("lookup")} + withCall + QStringList{lockedNir},
        QStringList{QStringLiteral("verify")} + withCall + civil().mid(2),
        QStringList{QStringLiteral("unlock")} + withCall + QStringList{QStringLiteral("--reason"), QStringLiteral("x")},
        QStringList{QStringLiteral("reissue")} + withCall
            + QStringList{QStringLiteral("--reason"), QStringLiteral("y")},
    };
    for (const QStringList& step : steps) {
        const CtlRunner::Run run = alice.run(asAlice + step);
        QVERIFY2(run.exitCode == 0, qPrintable(step.first() + QLatin1Char(' ') + QString::fromUtf8(run.stdoutText)));
    }
    QCOMPARE(mailer.run(deliver).exitCode, 0);
    QCOMPARE(alice.run(asAlice + QStringList{QStringLiteral("lookup")} + withCall + QStringList{lockedNir}).exitCode,
             0);
    const CtlRunner::Run email = alice.run(asAlice + QStringList{QStringLiteral("email")} + withCall
                                           + QStringList{QStringLiteral("m@example.org")});
    QVERIFY2(email.exitCode == 0, email.stdoutText.constData());
    QCOMPARE(mailer.run(deliver).exitCode, 0);
    const QString code = newestCode(mail);
    QCOMPARE(code.size(), 6);
    QCOMPARE(alice.run(asAlice + QStringList{QStringLiteral("lookup")} + withCall + QStringList{lockedNir}).exitCode,
             0);
    const CtlRunner::Run confirm
        = alice.run(asAlice + QStringList{QStringLiteral("email-confirm")} + withCall + QStringList{code});
    QVERIFY2(confirm.exitCode == 0, confirm.stdoutText.constData());
    const CtlRunner::Run end = alice.run(asAlice + QStringList{QStringLiteral("call-end")} + withCall
                                         + QStringList{QStringLiteral("--outcome"), QStringLiteral("resolved")});
    QVERIFY2(end.exitCode == 0, end.stdoutText.constData());
    // What an agent may not do, the model refuses before the database is asked (and audits it).
    const CtlRunner::Run history = alice.run({QStringLiteral("history"), QStringLiteral("lockouts"),
                                              QStringLiteral("--agent"), login(QStringLiteral("alice"))});
    QCOMPARE(history.exitCode, 1);

    // A supervisor, from sophie's login: the lockout history and the audit trail.
    const CtlRunner sophie = ctlAs(QStringLiteral("sophie"));
    const CtlRunner::Run lockouts
        = sophie.run({QStringLiteral("history"), QStringLiteral("lockouts"), QStringLiteral("--agent"),
                      login(QStringLiteral("sophie")), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(lockouts.exitCode == 0, lockouts.stderrText.constData());
    const CtlRunner::Run verify = sophie.run({QStringLiteral("audit"), QStringLiteral("verify"),
                                              QStringLiteral("--agent"), login(QStringLiteral("sophie"))});
    QVERIFY2(verify.exitCode == 0 && verify.json.value(QStringLiteral("intact")).toBool(),
             verify.stdoutText.constData());

    // An admin, from adam's login: the purge, and disabling then enabling an agent.
    const CtlRunner adam = ctlAs(QStringLiteral("adam"));
    const CtlRunner::Run purge
        = adam.run({QStringLiteral("purge"), QStringLiteral("--agent"), login(QStringLiteral("adam"))});
    QVERIFY2(purge.exitCode == 0, purge.stdoutText.constData());
    for (const QString& sub : {QStringLiteral("disable"), QStringLiteral("enable")}) {
        const CtlRunner::Run run = adam.run({QStringLiteral("agent"), sub, login(QStringLiteral("alice")),
                                             QStringLiteral("--agent"), login(QStringLiteral("adam"))});
        QVERIFY2(run.exitCode == 0, run.stdoutText.constData());
    }
}

void TestPgPrivileges::refusedToTheWrongRole_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QStringList>("statements");

    const auto row = [](const char* name, const char* who, const QStringList& statements) {
        QTest::newRow(name) << QString::fromLatin1(who) << statements;
    };
    // An agent's login, as typed in psql.
    row("agent: make itself admin", "alice", {QStringLiteral("UPDATE agents SET role = 'admin'")});
    row("agent: add an admin", "alice",
        {QStringLiteral("INSERT INTO agents (login, display_name, role, password_hash) VALUES ('mallory', 'M',"
                        " 'admin', 'x')")});
    row("agent: disable an agent", "alice", {QStringLiteral("UPDATE agents SET active = FALSE")});
    row("agent: read agents' hashes", "alice", {QStringLiteral("SELECT password_hash FROM agents")});
    row("agent: rewrite an agent's hash", "alice", {QStringLiteral("UPDATE agents SET password_hash = 'x'")});
    row("agent: read portal passwords", "alice", {QStringLiteral("SELECT password_hash FROM accounts")});
    row("agent: read temporary passwords", "alice", {QStringLiteral("SELECT temp_password_hash FROM accounts")});
    row("agent: read secret answers", "alice", {QStringLiteral("SELECT secret_answer_hash FROM accounts")});
    row("agent: read every column", "alice", {QStringLiteral("SELECT * FROM accounts")});
    row("agent: rewrite a portal password", "alice", {QStringLiteral("UPDATE accounts SET password_hash = 'x'")});
    row("agent: rewrite a temporary password", "alice",
        {QStringLiteral("UPDATE accounts SET temp_password_hash = NULL")});
    row("agent: rewrite a secret answer", "alice", {QStringLiteral("UPDATE accounts SET secret_answer_hash = 'x'")});
    row("agent: disable the audit triggers", "alice", {QStringLiteral("ALTER TABLE audit_events DISABLE TRIGGER ALL")});
    row("agent: disable the change trigger", "alice",
        {QStringLiteral("ALTER TABLE accounts DISABLE TRIGGER accounts_audit_change")});
    row("agent: truncate the audit", "alice", {QStringLiteral("TRUNCATE audit_events")});
    row("agent: delete audit events", "alice", {QStringLiteral("DELETE FROM audit_events")});
    row("agent: update audit events", "alice", {QStringLiteral("UPDATE audit_events SET outcome = 'ok'")});
    row("agent: replica session", "alice", {QStringLiteral("SET session_replication_role = replica")});
    row("agent: forge the database user", "alice",
        {QStringLiteral("INSERT INTO audit_events (agent_login, agent_role, action, outcome, app_version, prev_hash,"
                        " hash, db_user) VALUES ('a', 'agent', 'lookup', 'ok', '1', 'p', 'h', 'someone')")});
    row("agent: read the lockout history", "alice", {QStringLiteral("SELECT * FROM lockout_events")});
    row("agent: read the login attempts", "alice", {QStringLiteral("SELECT * FROM login_attempts")});
    row("agent: read audit reasons", "alice", {QStringLiteral("SELECT reason FROM audit_events")});
    row("agent: read the consultations", "alice", {QStringLiteral("SELECT * FROM consultations")});
    row("agent: create a table", "alice", {QStringLiteral("CREATE TABLE loot (id INTEGER)")});
    row("agent: drop a table", "alice", {QStringLiteral("DROP TABLE calls")});
    row("agent: write the register", "alice", {QStringLiteral("UPDATE national_register SET last_name = 'X'")});
    row("agent: certify", "alice", {QStringLiteral("UPDATE persons SET certified = TRUE")});
    row("agent: purge", "alice", {QStringLiteral("DELETE FROM login_attempts")});
    // A supervisor's and an admin's.
    row("supervisor: make itself admin", "sophie", {QStringLiteral("UPDATE agents SET role = 'admin'")});
    row("supervisor: disable an agent", "sophie", {QStringLiteral("UPDATE agents SET active = FALSE")});
    row("supervisor: read portal passwords", "sophie", {QStringLiteral("SELECT password_hash FROM accounts")});
    row("supervisor: purge", "sophie", {QStringLiteral("DELETE FROM consultations")});
    row("admin: change a role", "adam", {QStringLiteral("UPDATE agents SET role = 'agent'")});
    row("admin: rewrite an agent's hash", "adam", {QStringLiteral("UPDATE agents SET password_hash = 'x'")});
    row("admin: read agents' hashes", "adam", {QStringLiteral("SELECT password_hash FROM agents")});
    row("admin: read secret answers", "adam", {QStringLiteral("SELECT secret_answer_hash FROM accounts")});
    row("admin: truncate the audit", "adam", {QStringLiteral("TRUNCATE audit_events")});
    // The services.
    row("mailer: make an agent admin", "mailer", {QStringLiteral("UPDATE agents SET role = 'admin'")});
    row("mailer: delete audit events", "mailer", {QStringLiteral("DELETE FROM audit_events")});
    row("portal: read agents' hashes", "portal", {QStringLiteral("SELECT password_hash FROM agents")});
    // The owner may alter its tables, but the append-only triggers refuse it too.
    // CASCADE: the seals reference the events, so a plain TRUNCATE stops at the foreign key (0A000)
    // before any trigger; with CASCADE the append-only trigger itself refuses it.
    row("owner: truncate the audit", "owner", {QStringLiteral("TRUNCATE audit_events CASCADE")});
    row("owner: delete audit events", "owner", {QStringLiteral("DELETE FROM audit_events")});
    row("owner: update audit events", "owner", {QStringLiteral("UPDATE audit_events SET outcome = 'ok'")});
    row("owner: replica session", "owner", {QStringLiteral("SET session_replication_role = replica")});
    // A superuser in a replica session (which skips ordinary triggers): ALWAYS triggers still fire.
    const QString replica = QStringLiteral("SET session_replication_role = replica");
    row("superuser replica: truncate", "postgres", {replica, QStringLiteral("TRUNCATE audit_events CASCADE")});
    row("superuser replica: delete", "postgres", {replica, QStringLiteral("DELETE FROM audit_events")});
    row("superuser replica: update", "postgres", {replica, QStringLiteral("UPDATE audit_events SET outcome = 'ok'")});
}

void TestPgPrivileges::refusedToTheWrongRole()
{
    QVERIFY(m_ready);
    QFETCH(QString, who);
    QFETCH(QStringList, statements);
    const qint64 before
        = scalar(QStringLiteral("postgres"), QStringLiteral("SELECT count(*) FROM audit_events")).toLongLong();
    QVERIFY(before > 0);
    QCOMPARE(sqlState(who, statements), refused);
    QCOMPARE(scalar(QStringLiteral("postgres"), QStringLiteral("SELECT count(*) FROM audit_events")).toLongLong(),
             before);
    QCOMPARE(
        scalar(QStringLiteral("postgres"), QStringLiteral("SELECT count(*) FROM agents WHERE role = 'admin'")).toInt(),
        1);
}

// The sign-in gets the hash of its own login's agent, nobody else's.
void TestPgPrivileges::signInReadsOnlyItsOwnHash()
{
    QVERIFY(m_ready);
    const QString statement = QStringLiteral("SELECT guichet_agent_password_hash(:login) IS NOT NULL");
    QVERIFY(scalar(QStringLiteral("alice"), statement, {{QStringLiteral(":login"), login(QStringLiteral("alice"))}})
                .toBool());
    for (const char* other : {"sophie", "adam"})
        QVERIFY(
            !scalar(QStringLiteral("alice"), statement, {{QStringLiteral(":login"), login(QString::fromLatin1(other))}})
                 .toBool());
    QVERIFY(!scalar(QStringLiteral("adam"), statement, {{QStringLiteral(":login"), login(QStringLiteral("alice"))}})
                 .toBool());
    // The services may not even ask.
    QCOMPARE(sqlState(QStringLiteral("portal"), {QStringLiteral("SELECT guichet_agent_password_hash('x')")}), refused);
}

void TestPgPrivileges::changeTypedInPsqlIsAudited_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("reason");
    QTest::newRow("agent changes an address") << QStringLiteral("alice")
                                              << QStringLiteral("UPDATE accounts SET email = 'pirate@example.org'"
                                                                " WHERE id = :id")
                                              << QStringLiteral("table=accounts;columns=email");
    QTest::newRow("agent locks an account") << QStringLiteral("alice")
                                            << QStringLiteral("UPDATE accounts SET status = 'locked', locked_at ="
                                                              " CURRENT_TIMESTAMP WHERE id = :id")
                                            << QStringLiteral("table=accounts;columns=status,locked_at");
    QTest::newRow("agent unlocks it") << QStringLiteral("alice")
                                      << QStringLiteral("UPDATE accounts SET status = 'active', locked_at = NULL"
                                                        " WHERE id = :id")
                                      << QStringLiteral("table=accounts;columns=status,locked_at");
    QTest::newRow("portal changes an address") << QStringLiteral("portal")
                                               << QStringLiteral("UPDATE accounts SET email = 'marie@example.org'"
                                                                 " WHERE id = :id")
                                               << QStringLiteral("table=accounts;columns=email");
    QTest::newRow("owner makes an agent admin") << QStringLiteral("owner")
                                                << QStringLiteral("UPDATE agents SET role = 'admin' WHERE login ="
                                                                  " :login")
                                                << QStringLiteral("table=agents;agent=%1;columns=role");
    QTest::newRow("owner demotes it again")
        << QStringLiteral("owner") << QStringLiteral("UPDATE agents SET role = 'agent' WHERE login = :login")
        << QStringLiteral("table=agents;agent=%1;columns=role");
}

// A change of a risky row leaves an audit event that the database writes itself, naming the login
// that made it (session_user), whoever it is and however it was typed.
void TestPgPrivileges::changeTypedInPsqlIsAudited()
{
    QVERIFY(m_ready);
    QFETCH(QString, who);
    QFETCH(QString, statement);
    QFETCH(QString, reason);
    const qint64 account = accountId();
    QVERIFY(account > 0);
    const qint64 last
        = scalar(QStringLiteral("postgres"), QStringLiteral("SELECT max(id) FROM audit_events")).toLongLong();
    QCOMPARE(sqlState(who, {statement},
                      {{QStringLiteral(":id"), account}, {QStringLiteral(":login"), login(QStringLiteral("alice"))}}),
             accepted);
    const QString query = QStringLiteral("SELECT %1 FROM audit_events WHERE id > :last ORDER BY id");
    const QVariantMap after{{QStringLiteral(":last"), last}};
    QCOMPARE(
        scalar(QStringLiteral("postgres"), QStringLiteral("SELECT count(*) FROM audit_events WHERE id > :last"), after)
            .toInt(),
        1);
    QCOMPARE(scalar(QStringLiteral("postgres"), query.arg(QStringLiteral("action")), after).toString(),
             QStringLiteral("row_changed"));
    QCOMPARE(scalar(QStringLiteral("postgres"), query.arg(QStringLiteral("db_user")), after).toString(), login(who));
    QCOMPARE(scalar(QStringLiteral("postgres"), query.arg(QStringLiteral("agent_login")), after).toString(),
             login(who));
    QCOMPARE(scalar(QStringLiteral("postgres"), query.arg(QStringLiteral("reason")), after).toString(),
             reason.contains(QLatin1String("%1")) ? reason.arg(login(QStringLiteral("alice"))) : reason);
    if (reason.startsWith(QLatin1String("table=accounts")))
        QCOMPARE(scalar(QStringLiteral("postgres"), query.arg(QStringLiteral("account_id")), after).toLongLong(),
                 account);
}

// Every event carries the login that wrote it, and the events the database wrote are chained as
// the application's: the chain verifies.
void TestPgPrivileges::auditChainStillVerifies()
{
    QVERIFY(m_ready);
    QCOMPARE(
        scalar(QStringLiteral("postgres"), QStringLiteral("SELECT count(*) FROM audit_events WHERE db_user IS NULL"))
            .toInt(),
        0);
    QVERIFY(scalar(QStringLiteral("postgres"),
                   QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'row_changed'"))
                .toInt()
            >= 6);
    // The owner, the portal, the mail service, alice, sophie and adam each wrote some.
    QVERIFY(
        scalar(QStringLiteral("postgres"), QStringLiteral("SELECT count(DISTINCT db_user) FROM audit_events")).toInt()
        >= 6);
    Result<QSqlDatabase> connection = m_db->database().connection();
    QVERIFY(connection.ok());
    const Result<AuditLog::Verification> verification = AuditLog(connection.value()).verify();
    QVERIFY(verification.ok());
    QVERIFY2(verification->intact, qPrintable(QString::number(verification->firstBroken)));
    QVERIFY(verification->events > 20);
    m_db->database().closeThreadConnection();
}

QTEST_GUILESS_MAIN(TestPgPrivileges)
#include "tst_pgprivileges.moc"
