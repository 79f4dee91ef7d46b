#include "db/Migrator.h"
#include "mail/SmtpClient.h"
#include "mail/SmtpSettings.h"
#include "profiles/ConnectionTester.h"
#include "support/SmtpTestServer.h"
#include "support/TestDatabases.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// ConnectionTester: the database half on SQLite and PostgreSQL (TestDatabase), the SMTP half
// against real aiosmtpd servers (tests/smtp_server.py through SmtpTestServer) with a throwaway
// certificate made by openssl (SmtpTestTools). Without aiosmtpd or openssl the SMTP server cases skip,
// or fail when CI or GUICHET_REQUIRE_POSTGRESQL is set.

namespace {

const QString Sender = QStringLiteral("robot@guichet.invalid");
const QString AuthUser = QStringLiteral("relay-user");
const QString AuthPassword = QStringLiteral("s3cret-relay-pw");

SmtpSettings settingsFor(const QString& url, const QString& caFile = {})
{
    SmtpSettings settings = SmtpSettings::parse(url);
    settings.setTrustedCaFile(caFile);
    settings.setTimeoutMs(10000);
    settings.setSender(Sender);
    return settings;
}

} // namespace

#define REQUIRE_SMTP_TOOLS() GUICHET_REQUIRE_SMTP_TOOLS(m_toolsReady, m_tools.why())

#define START_SERVER(server, ...)                                                                                      \
    REQUIRE_SMTP_TOOLS();                                                                                              \
    SmtpTestServer server;                                                                                             \
    QVERIFY2(server.start(QStringList{__VA_ARGS__}), "smtp_server.py did not start")

class TestConnectionTester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void databaseAnswers_data();
    void databaseAnswers();
    void unreachablePostgreSql();
    void unwritableSqlitePath();
    void invalidUrl();
    void smtpPlain();
    void smtpStartTlsWithAuth();
    void smtpWrongPasswordNamesAuth();
    void smtpNothingListening();

private:
    SmtpTestTools m_tools;
    bool m_toolsReady = false;
};

void TestConnectionTester::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_toolsReady = m_tools.prepare();
}

void TestConnectionTester::databaseAnswers_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<bool>("migrated");
    for (const QString& engine : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
        QTest::addRow("%s empty", qPrintable(engine)) << engine << false;
        QTest::addRow("%s migrated", qPrintable(engine)) << engine << true;
    }
}

void TestConnectionTester::databaseAnswers()
{
    QFETCH(QString, engine);
    QFETCH(bool, migrated);
    GUICHET_TEST_DATABASE(db, engine);
    if (migrated)
        QVERIFY2(db.migrate(), qPrintable(db.errorString()));

    const ConnectionTester::DatabaseResult result = ConnectionTester::testDatabase(db.url());
    QVERIFY2(result.ok(), qPrintable(result.error.detail()));
    QCOMPARE(result.engine, db.url().engine());
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+(\\.\\d+)*$")).match(result.serverVersion).hasMatch(),
             qPrintable(result.serverVersion));
    QCOMPARE(result.latestSchemaVersion, Migrator::latestVersion());
    QCOMPARE(result.hasSchema, migrated);
    QCOMPARE(result.schemaVersion, migrated ? Migrator::latestVersion() : 0);
    QVERIFY(!result.schemaTooNew());

    // The test leaves nothing behind: an empty database stays without a schema.
    if (!migrated)
        QCOMPARE(Migrator(db.database()).currentVersion().value(), 0);
}

void TestConnectionTester::unreachablePostgreSql()
{
    const quint16 port = SmtpTestServer::freePort();
    QVERIFY(port != 0);
    const DatabaseUrl url = DatabaseUrl::parse(QStringLiteral("postgresql://guichet@127.0.0.1:%1/guichet").arg(port));
    QVERIFY(url.isValid());
    QElapsedTimer timer;
    timer.start();
    const ConnectionTester::DatabaseResult result = ConnectionTester::testDatabase(url);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.code(), ErrorCode::DatabaseUnreachable); // not a login or certificate problem
    QCOMPARE(result.engine, DatabaseUrl::Engine::PostgreSql);
    QVERIFY(!result.error.detail().isEmpty());
    QVERIFY(!result.hasSchema);
    QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
}

void TestConnectionTester::unwritableSqlitePath()
{
    // A folder that cannot be created, whoever runs the test: its parent is a regular file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const DatabaseUrl url
        = DatabaseUrl::parse(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("not-a-folder/guichet.sqlite")));
    QVERIFY(url.isValid());
    const ConnectionTester::DatabaseResult result = ConnectionTester::testDatabase(url);
    // A test never creates a file: no file there is said as such, before any folder is made.
    QCOMPARE(result.error.code(), ErrorCode::DatabaseFileMissing);
    QCOMPARE(result.engine, DatabaseUrl::Engine::Sqlite);
}

void TestConnectionTester::invalidUrl()
{
    const ConnectionTester::DatabaseResult result = ConnectionTester::testDatabase(DatabaseUrl());
    QCOMPARE(result.error.code(), ErrorCode::InvalidInput);
}

void TestConnectionTester::smtpPlain()
{
    START_SERVER(server);
    const SmtpSettings settings = settingsFor(server.url(QStringLiteral("smtp"), {}, QStringLiteral("?starttls=off")));
    const ConnectionTester::SmtpResult result = ConnectionTester::testSmtp(settings);
    QVERIFY2(result.ok, qPrintable(result.failure.describe()));
    QVERIFY(!result.encrypted);
    QVERIFY(result.authMechanism.isEmpty());
    QCOMPARE(result.failure.step, SmtpClient::Step::None);
    QCOMPARE(server.count(), 0);

    // The server does count what it receives: a real delivery shows up.
    SmtpClient client(settings);
    QVERIFY2(client.send("Subject: x\r\n\r\nx\r\n", QStringLiteral("marc.lefevre@example.org")),
             qPrintable(client.failure().describe()));
    QTRY_COMPARE(server.count(), 1);
}

void TestConnectionTester::smtpStartTlsWithAuth()
{
    START_SERVER(server, QStringLiteral("--tls-cert"), m_tools.certificate(), QStringLiteral("--tls-key"),
                 m_tools.key(), QStringLiteral("--auth-user"), AuthUser, QStringLiteral("--auth-password"),
                 AuthPassword);
    SmtpSettings settings = settingsFor(server.url(QStringLiteral("smtp"), AuthUser), m_tools.certificate());
    settings.setPassword(AuthPassword);
    const ConnectionTester::SmtpResult result = ConnectionTester::testSmtp(settings);
    QVERIFY2(result.ok, qPrintable(result.failure.describe()));
    QVERIFY(result.encrypted);
    QCOMPARE(result.authMechanism, QStringLiteral("PLAIN"));
    QCOMPARE(server.count(), 0);

    // The same relay without the throwaway certificate: refused at the TLS handshake.
    const ConnectionTester::SmtpResult untrusted
        = ConnectionTester::testSmtp(settingsFor(server.url(QStringLiteral("smtp"), AuthUser)));
    QVERIFY(!untrusted.ok);
    QCOMPARE(untrusted.failure.step, SmtpClient::Step::Tls);
    QCOMPARE(server.count(), 0);
}

void TestConnectionTester::smtpWrongPasswordNamesAuth()
{
    START_SERVER(server, QStringLiteral("--tls-cert"), m_tools.certificate(), QStringLiteral("--tls-key"),
                 m_tools.key(), QStringLiteral("--auth-user"), AuthUser, QStringLiteral("--auth-password"),
                 AuthPassword);
    SmtpSettings settings = settingsFor(server.url(QStringLiteral("smtp"), AuthUser), m_tools.certificate());
    settings.setPassword(QStringLiteral("not-the-password"));
    const ConnectionTester::SmtpResult result = ConnectionTester::testSmtp(settings);
    QVERIFY(!result.ok);
    QCOMPARE(result.failure.step, SmtpClient::Step::Auth);
    QCOMPARE(result.failure.replyCode, 535);
    QVERIFY2(result.failure.describe().startsWith(QStringLiteral("AUTH: 535 ")), qPrintable(result.failure.describe()));
    QVERIFY(!result.failure.describe().contains(QStringLiteral("not-the-password")));
    QVERIFY(result.encrypted);
    QCOMPARE(server.count(), 0);
}

void TestConnectionTester::smtpNothingListening()
{
    const quint16 port = SmtpTestServer::freePort();
    QVERIFY(port != 0);
    const ConnectionTester::SmtpResult result
        = ConnectionTester::testSmtp(settingsFor(QStringLiteral("smtp://127.0.0.1:%1?starttls=off").arg(port)));
    QVERIFY(!result.ok);
    QCOMPARE(result.failure.step, SmtpClient::Step::Connect);
    QVERIFY2(result.failure.describe().startsWith(QStringLiteral("connect: ")), qPrintable(result.failure.describe()));
}

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
