// PostgreSQL as a hotline's IT runs it: the schema belongs to an owner login, the desks connect
// with a login that holds only the grants of resources/sql/grants/groups.sql, over TLS with
// sslmode=verify-full and scram-sha-256. Every desk command runs there through the real
// guichetctl; each way a connection or a privilege can fail has its own code.
//
// Needs the server of resources/scripts/with-postgresql.sh (GUICHET_TEST_POSTGRESQL and the
// GUICHET_TEST_POSTGRESQL_TLS_* variables). Without it the suite is skipped, except in CI (CI or
// GUICHET_REQUIRE_POSTGRESQL set), where it fails.
#include "db/Database.h"
#include "db/Migrator.h"
#include "db/SqlQuery.h"
#include "profiles/ConnectionTester.h"
#include "support/CtlRunner.h"
#include "support/TestDatabases.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVariantMap>

#include <memory>

namespace {

const QString deskPassword = QStringLiteral("Desk-Login-2026!");
const QString agentPassword = QStringLiteral("Guichet-Agent-1");
const QString lockedNir = QStringLiteral("260121305532168");
const QString uncertifiedNir = QStringLiteral("185037510604292");

QStringList civil(const QString& nir)
{
    if (nir == lockedNir)
        return {QStringLiteral("--nir"),         nir,
                QStringLiteral("--last-name"),   QStringLiteral("Lefèvre-d'Arc"),
                QStringLiteral("--first-names"), QStringLiteral("Marie Hélène"),
                QStringLiteral("--birth-date"),  QStringLiteral("1960-12-24"),
                QStringLiteral("--birth-place"), QStringLiteral("Marseille")};
    return {QStringLiteral("--nir"),         nir,
            QStringLiteral("--last-name"),   QStringLiteral("Dupont"),
            QStringLiteral("--first-names"), QStringLiteral("Marc"),
            QStringLiteral("--birth-date"),  QStringLiteral("1985-03-02"),
            QStringLiteral("--birth-place"), QStringLiteral("Paris")};
}

// The value after "label : " in the newest .eml of folder that has one (files are named after
// their outbox id; base64 parts decoded).
QString fromNewestMail(const QString& folder, const QString& label)
{
    static const QRegularExpression outboxId(QStringLiteral("outbox-(\\d+)"));
    static const QRegularExpression base64Part(
        QStringLiteral("Content-Transfer-Encoding: base64\\r?\\n(?:[^\\r\\n]+\\r?\\n)*\\r?\\n([A-Za-z0-9+/=\\r\\n]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression line(QStringLiteral("^%1 ?: ?(\\S+)\\s*$").arg(QRegularExpression::escape(label)),
                                  QRegularExpression::MultilineOption);
    QString value;
    qint64 newest = -1;
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.eml")}, QDir::Files);
    for (const QString& name : files) {
        QFile file(QDir(folder).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QString text = QString::fromUtf8(file.readAll());
        QRegularExpressionMatchIterator parts = base64Part.globalMatch(text);
        while (parts.hasNext())
            text += QLatin1Char('\n') + QString::fromUtf8(QByteArray::fromBase64(parts.next().captured(1).toLatin1()));
        text.replace(QLatin1String("=\r\n"), QString());
        const QRegularExpressionMatch found = line.match(text);
        const qint64 id = outboxId.match(name).captured(1).toLongLong();
        if (found.hasMatch() && id > newest) {
            newest = id;
            value = found.captured(1);
        }
    }
    return value;
}

QString errorOf(const CtlRunner::Run& run)
{
    return run.json.value(QStringLiteral("error")).toString();
}

} // namespace

class TestPgRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyTableIsGranted();
    void deskCommandsWithDocumentedGrants();
    void openingRunsNoDdl();
    void wrongPassword();
    void certificateForAnotherName();
    void untrustedCertificate();
    void missingCaFile();
    void databaseMissing();
    void unreachableServer();
    void refusedPrivilege();
    void schemaBehind();
    void settingsTestSaysWhy();

private:
    // DDL takes no parameters (role and database names are this test's own identifiers); data
    // statements bind their values.
    bool runAsSuperuser(const QString& statement, const QVariantMap& values = {});
    // A desk URL on this test's database: localhost, verify-full, the given CA.
    QString deskUrl(const QString& host = QStringLiteral("localhost"), const QString& ca = {},
                    const QString& database = {}) const;
    CtlRunner deskCtl(const QString& url) const;
    QStringList desk(const QString& agent) const { return {QStringLiteral("desk"), QStringLiteral("--agent"), agent}; }
    qint64 verifiedCall(const CtlRunner& ctl, const QString& agent, const QString& nir);

    bool m_ready = false;
    std::unique_ptr<TestDatabase> m_db;
    DatabaseUrl m_server;
    QString m_owner;
    QString m_deskLogin;
    QString m_ca;
    QString m_otherCa;
    QTemporaryDir m_mail;
};

void TestPgRoles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QStringList needed{
        QStringLiteral("GUICHET_TEST_POSTGRESQL"), QStringLiteral("GUICHET_TEST_POSTGRESQL_TLS_CA"),
        QStringLiteral("GUICHET_TEST_POSTGRESQL_TLS_OTHER_CA"), QStringLiteral("GUICHET_TEST_POSTGRESQL_TLS_GROUP")};
    for (const QString& name : needed) {
        if (!qEnvironmentVariableIsEmpty(qPrintable(name)))
            continue;
        const QString why = name
            + QStringLiteral(" is not set: run the tests through resources/scripts/with-postgresql.sh (a server with "
                             "TLS and scram-sha-256)");
        if (!qEnvironmentVariableIsEmpty("CI") || !qEnvironmentVariableIsEmpty("GUICHET_REQUIRE_POSTGRESQL"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    m_ca = qEnvironmentVariable("GUICHET_TEST_POSTGRESQL_TLS_CA");
    m_otherCa = qEnvironmentVariable("GUICHET_TEST_POSTGRESQL_TLS_OTHER_CA");
    m_server = DatabaseUrl::parse(qEnvironmentVariable("GUICHET_TEST_POSTGRESQL"));
    QVERIFY(m_server.isValid());
    QVERIFY(QFile::exists(m_ca));

    // A fresh database owned by a login that is no superuser; a desk login in the group role the
    // grants name (guichet_desk) and in the group that must use TLS and SCRAM.
    m_db = std::make_unique<TestDatabase>(QStringLiteral("postgresql"));
    QVERIFY2(m_db->isReady(), qPrintable(m_db->errorString()));
    const QString pid = QString::number(QCoreApplication::applicationPid());
    m_owner = QStringLiteral("guichet_owner_") + pid;
    m_deskLogin = QStringLiteral("guichet_desk_") + pid;
    const QString group = qEnvironmentVariable("GUICHET_TEST_POSTGRESQL_TLS_GROUP");
    QVERIFY(runAsSuperuser(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                                          "'guichet_desk') THEN CREATE ROLE guichet_desk NOLOGIN; END IF; END $$")));
    QVERIFY(runAsSuperuser(QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE").arg(m_owner)));
    QVERIFY(runAsSuperuser(QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(m_db->url().databaseName(), m_owner)));
    QVERIFY(runAsSuperuser(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE guichet_desk, %3")
                               .arg(m_deskLogin, deskPassword, group)));
    m_db->database().closeThreadConnection();

    // The owner creates the schema, the reference data and the agents, then grants.
    CtlRunner owner(QStringLiteral("postgresql://%1@%2:%3/%4")
                        .arg(m_owner, m_server.hostName())
                        .arg(m_server.port())
                        .arg(m_db->url().databaseName()));
    const CtlRunner::Run init = owner.run({QStringLiteral("init")});
    QVERIFY2(init.exitCode == 0, init.stdoutText.constData());
    for (const QString& nir : {lockedNir, uncertifiedNir}) {
        QCOMPARE(owner.run(QStringList{QStringLiteral("register"), QStringLiteral("add")} + civil(nir)).exitCode, 0);
        QStringList identity = QStringList{QStringLiteral("identity"), QStringLiteral("add")} + civil(nir);
        if (nir == uncertifiedNir)
            identity << QStringLiteral("--uncertified");
        QCOMPARE(owner.run(identity).exitCode, 0);
    }
    // adam, the first admin, adds the others (--agent adam).
    owner.setEnvironment(QStringLiteral("GUICHET_AGENT_PASSWORD"), agentPassword);
    for (const auto& [login, role] :
         {std::pair{"adam", "admin"}, std::pair{"alice", "agent"}, std::pair{"sophie", "supervisor"}}) {
        QStringList add{QStringLiteral("agent"), QStringLiteral("add"), QString::fromLatin1(login),
                        QStringLiteral("--role"), QString::fromLatin1(role)};
        if (QLatin1String(role) != QLatin1String("admin"))
            add << QStringLiteral("--agent") << QStringLiteral("adam");
        const CtlRunner::Run added = owner.run(add, agentPassword.toUtf8() + '\n');
        QVERIFY2(added.exitCode == 0, added.stdoutText.constData());
    }
    QFile grants(QStringLiteral(GUICHET_DESK_GRANTS));
    QVERIFY(grants.open(QIODevice::ReadOnly));
    {
        DatabaseUrl ownerUrl = DatabaseUrl::parse(QStringLiteral("postgresql://%1@%2:%3/%4")
                                                      .arg(m_owner, m_server.hostName())
                                                      .arg(m_server.port())
                                                      .arg(m_db->url().databaseName()));
        Database database(ownerUrl);
        const QStringList statements = Migrator::splitStatements(QString::fromUtf8(grants.readAll()));
        const Error error = database.write([&statements](QSqlDatabase& connection) -> Error {
            for (const QString& statement : statements) {
                if (Error failed = SqlQuery(connection).exec(statement))
                    return Error(failed.code(), statement + QLatin1String(": ") + failed.detail());
            }
            return {};
        });
        QVERIFY2(!error, qPrintable(error.detail()));
        database.closeThreadConnection();
    }
    m_ready = true;
}

void TestPgRoles::cleanupTestCase()
{
    if (!m_db)
        return;
    const QString owner = m_owner;
    const QString login = m_deskLogin;
    m_db.reset(); // drops the database, and with it every grant on its objects
    // The roles are the cluster's: remove them through the maintenance database.
    TestDatabase maintenance(QStringLiteral("postgresql"));
    if (!maintenance.isReady())
        return;
    for (const QString& role : {login, owner}) {
        const Error error = maintenance.database().write([&role](QSqlDatabase& connection) {
            return SqlQuery(connection).exec(QStringLiteral("DROP ROLE IF EXISTS ") + role);
        });
        if (error)
            qWarning("%s", qPrintable(error.detail()));
    }
}

bool TestPgRoles::runAsSuperuser(const QString& statement, const QVariantMap& values)
{
    Result<QSqlDatabase> connection = m_db->database().connection();
    if (!connection)
        return false;
    SqlQuery query(connection.value());
    Error error;
    if (values.isEmpty()) {
        error = query.exec(statement);
    } else {
        error = query.prepare(statement);
        for (auto it = values.cbegin(); !error && it != values.cend(); ++it)
            query.bind(it.key(), it.value());
        if (!error)
            error = query.exec();
    }
    if (error)
        qWarning("%s: %s", qPrintable(statement), qPrintable(error.detail()));
    return !error;
}

QString TestPgRoles::deskUrl(const QString& host, const QString& ca, const QString& database) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=verify-full&sslrootcert=%5")
        .arg(m_deskLogin, host)
        .arg(m_server.port())
        .arg(database.isEmpty() ? m_db->url().databaseName() : database, ca.isEmpty() ? m_ca : ca);
}

CtlRunner TestPgRoles::deskCtl(const QString& url) const
{
    CtlRunner ctl(url);
    ctl.setEnvironment(QStringLiteral("PGPASSWORD"), deskPassword);
    ctl.setEnvironment(QStringLiteral("GUICHET_AGENT_PASSWORD"), agentPassword);
    ctl.unsetEnvironment(QStringLiteral("PGSSLROOTCERT"));
    return ctl;
}

qint64 TestPgRoles::verifiedCall(const CtlRunner& ctl, const QString& agent, const QString& nir)
{
    const CtlRunner::Run start = ctl.run(desk(agent) + QStringList{QStringLiteral("call-start")});
    const qint64 call = start.json.value(QStringLiteral("call_id")).toInteger();
    if (call <= 0) {
        qWarning("call-start: %s", start.stdoutText.constData());
        return 0;
    }
    const QString id = QString::number(call);
    const CtlRunner::Run lookup
        = ctl.run(desk(agent) + QStringList{QStringLiteral("lookup"), QStringLiteral("--call"), id, nir});
    if (lookup.exitCode != 0) {
        qWarning("lookup: %s", lookup.stdoutText.constData());
        return 0;
    }
    const CtlRunner::Run verify = ctl.run(
        desk(agent) + QStringList{QStringLiteral("verify"), QStringLiteral("--call"), id} + civil(nir).mid(2));
    if (!verify.json.value(QStringLiteral("verified")).toBool())
        qWarning("verify: %s", verify.stdoutText.constData());
    return verify.json.value(QStringLiteral("verified")).toBool() ? call : 0;
}

// Every table of the latest schema is named in the grants file: a new migration's table cannot
// be forgotten there (the desks would meet "permission denied" in production only).
void TestPgRoles::everyTableIsGranted()
{
    QFile grants(QStringLiteral(GUICHET_DESK_GRANTS));
    QVERIFY(grants.open(QIODevice::ReadOnly));
    QString granted;
    for (const QString& line : QString::fromUtf8(grants.readAll()).split(QLatin1Char('\n'))) {
        if (!line.trimmed().startsWith(QLatin1String("--")))
            granted += line + QLatin1Char(' ');
    }
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY(db.migrate());
    const QStringList tables = db.database().connection().value().tables();
    QVERIFY(tables.contains(QStringLiteral("accounts")));
    for (const QString& table : tables) {
        if (table.startsWith(QLatin1String("sqlite_")))
            continue;
        const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(table));
        QVERIFY2(word.match(granted).hasMatch(), qPrintable(table + QStringLiteral(" is not in groups.sql")));
    }
}

void TestPgRoles::deskCommandsWithDocumentedGrants()
{
    QVERIFY(m_ready);
    const CtlRunner ctl = deskCtl(deskUrl());
    const QString mail = m_mail.path();
    const QStringList deliver{QStringLiteral("mailer"), QStringLiteral("run"), QStringLiteral("--once"),
                              QStringLiteral("--deliver-to-dir"), mail};

    // The portal's side (registration, five wrong passwords) so that there is a lock to lift.
    const CtlRunner::Run registration
        = ctl.run(QStringList{QStringLiteral("portal"), QStringLiteral("register")} + civil(lockedNir)
                  + QStringList{QStringLiteral("--email"), QStringLiteral("marie@example.org"),
                                QStringLiteral("--secret-question"), QStringLiteral("Chien ?"),
                                QStringLiteral("--secret-answer"), QStringLiteral("Médor")});
    QVERIFY2(registration.json.value(QStringLiteral("outcome")).toString() == QLatin1String("registered"),
             registration.stdoutText.constData());
    const CtlRunner::Run firstMail = ctl.run(deliver);
    QVERIFY2(firstMail.exitCode == 0, firstMail.stdoutText.constData());
    for (int i = 0; i < 5; ++i)
        ctl.run({QStringLiteral("portal"), QStringLiteral("login"), lockedNir, QStringLiteral("Wrong-Pass-99")});

    // An agent's call: lookup, verify, unlock, reissue, change of address with its code, end.
    const qint64 call = verifiedCall(ctl, QStringLiteral("alice"), lockedNir);
    QVERIFY(call > 0);
    const QString id = QString::number(call);
    const QStringList alice = desk(QStringLiteral("alice"));
    const QStringList withCall{QStringLiteral("--call"), id};
    const CtlRunner::Run unlock = ctl.run(alice + QStringList{QStringLiteral("unlock")} + withCall
                                          + QStringList{QStringLiteral("--reason"), QStringLiteral("locked out")});
    QVERIFY2(unlock.exitCode == 0, unlock.stdoutText.constData());
    const CtlRunner::Run reissue = ctl.run(alice + QStringList{QStringLiteral("reissue")} + withCall
                                           + QStringList{QStringLiteral("--reason"), QStringLiteral("lost it")});
    QVERIFY2(reissue.exitCode == 0, reissue.stdoutText.constData());
    const CtlRunner::Run sent = ctl.run(deliver);
    QVERIFY2(sent.exitCode == 0 && sent.json.value(QStringLiteral("sent")).toInt() == 1, sent.stdoutText.constData());
    const CtlRunner::Run relook
        = ctl.run(alice + QStringList{QStringLiteral("lookup")} + withCall + QStringList{lockedNir});
    QVERIFY2(relook.exitCode == 0, relook.stdoutText.constData());
    const CtlRunner::Run email = ctl.run(alice + QStringList{QStringLiteral("email")} + withCall
                                         + QStringList{QStringLiteral("marie.h@example.org")});
    QVERIFY2(email.exitCode == 0, email.stdoutText.constData());
    QCOMPARE(ctl.run(deliver).exitCode, 0);
    const QString code = fromNewestMail(mail, QStringLiteral("Code de confirmation"));
    QCOMPARE(code.size(), 6);
    QCOMPARE(ctl.run(alice + QStringList{QStringLiteral("lookup")} + withCall + QStringList{lockedNir}).exitCode, 0);
    const CtlRunner::Run confirm
        = ctl.run(alice + QStringList{QStringLiteral("email-confirm")} + withCall + QStringList{code});
    QVERIFY2(confirm.exitCode == 0, confirm.stdoutText.constData());
    const CtlRunner::Run end = ctl.run(alice + QStringList{QStringLiteral("call-end")} + withCall
                                       + QStringList{QStringLiteral("--outcome"), QStringLiteral("resolved")});
    QVERIFY2(end.exitCode == 0, end.stdoutText.constData());

    // A supervisor: certification, a bulk unlock, the lockout history, the audit trail.
    const qint64 second = verifiedCall(ctl, QStringLiteral("sophie"), uncertifiedNir);
    QVERIFY(second > 0);
    const CtlRunner::Run certify
        = ctl.run(desk(QStringLiteral("sophie"))
                  + QStringList{QStringLiteral("certify"), QStringLiteral("--call"), QString::number(second)});
    QVERIFY2(certify.exitCode == 0, certify.stdoutText.constData());
    const QString csv = m_mail.filePath(QStringLiteral("bulk.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(lockedNir.toLatin1() + '\n');
    }
    const CtlRunner::Run bulk = ctl.run(desk(QStringLiteral("sophie"))
                                        + QStringList{QStringLiteral("unlock-bulk"), QStringLiteral("--file"), csv,
                                                      QStringLiteral("--reason"), QStringLiteral("incident")});
    QVERIFY2(bulk.exitCode == 0, bulk.stdoutText.constData());
    const CtlRunner::Run history
        = ctl.run({QStringLiteral("history"), QStringLiteral("lockouts"), QStringLiteral("--agent"),
                   QStringLiteral("sophie"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(history.exitCode == 0, history.stderrText.constData());
    const CtlRunner::Run audit = ctl.run(
        {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--agent"), QStringLiteral("sophie")});
    QVERIFY2(audit.exitCode == 0 && audit.json.value(QStringLiteral("intact")).toBool(), audit.stdoutText.constData());
    QCOMPARE(ctl.run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--agent"),
                      QStringLiteral("sophie"), QStringLiteral("--limit"), QStringLiteral("5")})
                 .exitCode,
             0);
    const CtlRunner::Run purge = ctl.run({QStringLiteral("purge"), QStringLiteral("--agent"), QStringLiteral("adam")});
    QVERIFY2(purge.exitCode == 0, purge.stdoutText.constData());
}

// With the schema current, opening runs no DDL: PostgreSQL prints no NOTICE and a login without
// any DDL right works (the commands above); init by the owner is idempotent and quiet too.
void TestPgRoles::openingRunsNoDdl()
{
    QVERIFY(m_ready);
    const CtlRunner ctl = deskCtl(deskUrl());
    const CtlRunner::Run run = ctl.run(desk(QStringLiteral("alice")) + QStringList{QStringLiteral("call-start")});
    QVERIFY2(run.exitCode == 0, run.stdoutText.constData());
    QVERIFY2(!run.stderrText.contains("NOTICE"), run.stderrText.constData());
    QVERIFY2(!run.stderrText.contains("already exists"), run.stderrText.constData());
    // The desk login on a current schema: nothing to migrate, it says so without trying.
    const CtlRunner::Run migrate = ctl.run({QStringLiteral("migrate")});
    QVERIFY2(migrate.exitCode == 0, migrate.stdoutText.constData());
    QCOMPARE(migrate.json.value(QStringLiteral("schema_version")).toInt(), Migrator::latestVersion());
    QVERIFY2(!migrate.stderrText.contains("NOTICE"), migrate.stderrText.constData());
}

void TestPgRoles::wrongPassword()
{
    QVERIFY(m_ready);
    CtlRunner ctl = deskCtl(deskUrl());
    ctl.setEnvironment(QStringLiteral("PGPASSWORD"), QStringLiteral("not-the-password"));
    const CtlRunner::Run run = ctl.run(desk(QStringLiteral("alice")) + QStringList{QStringLiteral("call-start")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(errorOf(run), QStringLiteral("database_authentication_failed"));
    QVERIFY(
        run.json.value(QStringLiteral("detail")).toString().contains(QLatin1String("password authentication failed")));
    QVERIFY(run.json.value(QStringLiteral("message")).toString().contains(QLatin1String("password")));
}

// verify-full to 127.0.0.1 with a certificate made for localhost: refused, and the answer names
// the host that was asked for and the name the certificate holds.
void TestPgRoles::certificateForAnotherName()
{
    QVERIFY(m_ready);
    const CtlRunner ctl = deskCtl(deskUrl(QStringLiteral("127.0.0.1")));
    const CtlRunner::Run run = ctl.run(desk(QStringLiteral("alice")) + QStringList{QStringLiteral("call-start")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(errorOf(run), QStringLiteral("database_certificate_invalid"));
    QCOMPARE(run.json.value(QStringLiteral("expected_host")).toString(), QStringLiteral("127.0.0.1"));
    // Read from the certificate itself (libpq's message names one name and counts the others).
    QCOMPARE(run.json.value(QStringLiteral("certificate_names")).toString(), QStringLiteral("localhost"));
    QCOMPARE(run.json.value(QStringLiteral("reason")).toString(), QStringLiteral("host_name"));
    const QString message = run.json.value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QLatin1String("127.0.0.1")) && message.contains(QLatin1String("localhost")),
             qPrintable(message));
}

void TestPgRoles::untrustedCertificate()
{
    QVERIFY(m_ready);
    const CtlRunner ctl = deskCtl(deskUrl(QStringLiteral("localhost"), m_otherCa));
    const CtlRunner::Run run = ctl.run(desk(QStringLiteral("alice")) + QStringList{QStringLiteral("call-start")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(errorOf(run), QStringLiteral("database_certificate_invalid"));
    QCOMPARE(run.json.value(QStringLiteral("expected_host")).toString(), QStringLiteral("localhost"));
    QCOMPARE(run.json.value(QStringLiteral("certificate_names")).toString(), QStringLiteral("localhost"));
    QCOMPARE(run.json.value(QStringLiteral("reason")).toString(), QStringLiteral("not_trusted"));
    QVERIFY(run.json.value(QStringLiteral("message")).toString().contains(QLatin1String("sslrootcert")));
}

void TestPgRoles::missingCaFile()
{
    QVERIFY(m_ready);
    const CtlRunner ctl = deskCtl(deskUrl(QStringLiteral("localhost"), m_mail.filePath(QStringLiteral("none.crt"))));
    const CtlRunner::Run run = ctl.run(desk(QStringLiteral("alice")) + QStringList{QStringLiteral("call-start")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(errorOf(run), QStringLiteral("database_bad_option"));
}

void TestPgRoles::databaseMissing()
{
    QVERIFY(m_ready);
    const CtlRunner ctl = deskCtl(deskUrl(QStringLiteral("localhost"), {}, QStringLiteral("no_such_database")));
    const CtlRunner::Run run = ctl.run(desk(QStringLiteral("alice")) + QStringList{QStringLiteral("call-start")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(errorOf(run), QStringLiteral("database_missing"));
}

void TestPgRoles::unreachableServer()
{
    QVERIFY(m_ready);
    // Port 1 on this machine: nothing listens there.
    const CtlRunner ctl
        = deskCtl(QStringLiteral("postgresql://%1@127.0.0.1:1/%2").arg(m_deskLogin, m_db->url().databaseName()));
    const CtlRunner::Run run = ctl.run(desk(QStringLiteral("alice")) + QStringList{QStringLiteral("call-start")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(errorOf(run), QStringLiteral("database_unreachable"));
}

// What the grants do not give is refused by the server, and said so: the register is the owner's.
void TestPgRoles::refusedPrivilege()
{
    QVERIFY(m_ready);
    const CtlRunner ctl = deskCtl(deskUrl());
    const CtlRunner::Run run = ctl.run(QStringList{QStringLiteral("register"), QStringLiteral("add")}
                                       + civil(QStringLiteral("185037510604391")));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(errorOf(run), QStringLiteral("database_permission_denied"));
    QVERIFY2(run.json.value(QStringLiteral("detail")).toString().contains(QLatin1String("permission denied")),
             run.stdoutText.constData());
}

// A schema behind this build: the desk login's commands say an administrator must upgrade it,
// its own init and migrate are refused (not the owner); once the version is back, it works.
void TestPgRoles::schemaBehind()
{
    QVERIFY(m_ready);
    const int latest = Migrator::latestVersion();
    QVERIFY(runAsSuperuser(QStringLiteral("DELETE FROM schema_version WHERE version = :version"),
                           {{QStringLiteral(":version"), latest}}));
    m_db->database().closeThreadConnection();

    const CtlRunner ctl = deskCtl(deskUrl());
    const CtlRunner::Run run = ctl.run(desk(QStringLiteral("alice")) + QStringList{QStringLiteral("call-start")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(errorOf(run), QStringLiteral("schema_upgrade_needed"));
    // The migration before the last (numbers may skip: each branch has its own).
    const QList<Migrator::Migration> migrations = Migrator::available();
    QVERIFY(migrations.size() > 1);
    QCOMPARE(run.json.value(QStringLiteral("schema_version")).toInt(), migrations.at(migrations.size() - 2).version);
    QVERIFY(!run.json.value(QStringLiteral("message")).toString().isEmpty());

    for (const QString& command : {QStringLiteral("migrate"), QStringLiteral("init")}) {
        const CtlRunner::Run refused = ctl.run({command});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(errorOf(refused), QStringLiteral("schema_owner_required"));
    }
    // Put the record back as the owner would have it (the objects of the last migration exist).
    QVERIFY(
        runAsSuperuser(QStringLiteral("INSERT INTO schema_version (version, description) VALUES (:version, :what)"),
                       {{QStringLiteral(":version"), latest}, {QStringLiteral(":what"), QStringLiteral("restored")}}));
    m_db->database().closeThreadConnection();
    QCOMPARE(ctl.run(desk(QStringLiteral("alice")) + QStringList{QStringLiteral("call-start")}).exitCode, 0);
}

// The settings dialog's "Test the database connection" (ConnectionTester) tells the same causes.
void TestPgRoles::settingsTestSaysWhy()
{
    QVERIFY(m_ready);
    DatabaseUrl good = DatabaseUrl::parse(deskUrl());
    QVERIFY(good.isValid());
    good.setPassword(deskPassword);
    const ConnectionTester::DatabaseResult ok = ConnectionTester::testDatabase(good);
    QVERIFY2(ok.ok(), qPrintable(ok.error.detail()));
    QCOMPARE(ok.schemaVersion, Migrator::latestVersion());

    DatabaseUrl otherName = DatabaseUrl::parse(deskUrl(QStringLiteral("127.0.0.1")));
    otherName.setPassword(deskPassword);
    const ConnectionTester::DatabaseResult mismatch = ConnectionTester::testDatabase(otherName);
    QCOMPARE(mismatch.error.code(), ErrorCode::DatabaseCertificateInvalid);
    const QString text = ConnectionTester::describe(mismatch, otherName);
    QVERIFY2(text.contains(QLatin1String("127.0.0.1")) && text.contains(QLatin1String("localhost")), qPrintable(text));

    DatabaseUrl wrongPassword = DatabaseUrl::parse(deskUrl());
    wrongPassword.setPassword(QStringLiteral("not-the-password"));
    QCOMPARE(ConnectionTester::testDatabase(wrongPassword).error.code(), ErrorCode::DatabaseAuthenticationFailed);
}

QTEST_GUILESS_MAIN(TestPgRoles)
#include "tst_pgroles.moc"
