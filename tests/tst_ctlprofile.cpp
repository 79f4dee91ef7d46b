// guichetctl's connection profiles, through the real executable: `profile …` commands, --profile
// and GUICHET_PROFILE, the passwords in the real OS keychain, and `mailer run` over a profile's
// relay. CTest runs this executable through tests/run-with-keyring.sh (a private D-Bus session and
// gnome-keyring in a temporary HOME); the child processes inherit that session, and each test
// points XDG_CONFIG_HOME at a temporary folder, so the settings file is a throwaway one too.
// Without the keyring, aiosmtpd or openssl those cases skip, and fail when CI or
// GUICHET_REQUIRE_POSTGRESQL is set.
#include "profiles/ConnectionProfile.h"
#include "secrets/KeychainSecretStore.h"
#include "support/CtlRunner.h"
#include "support/SmtpTestServer.h"
#include "support/TestDatabases.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using Run = CtlRunner::Run;

const QString AuthUser = QStringLiteral("relay-user");
// Secrets that must appear in no output, log line or settings file.
const QString DatabaseSecret = QStringLiteral("Db-Secret-du-profil-9431");
const QString SmtpSecret = QStringLiteral("Smtp-Secret-du-relais-5526");
const QString nir = QStringLiteral("260121305532168");

bool required()
{
    return !qEnvironmentVariableIsEmpty("CI") || !qEnvironmentVariableIsEmpty("GUICHET_REQUIRE_POSTGRESQL");
}

bool skipOrFail(const QString& why, const char* file, int line)
{
    if (required())
        QTest::qFail(qPrintable(why), file, line);
    else
        QTest::qSkip(qPrintable(why), file, line);
    return false;
}

#define REQUIRE_KEYRING()                                                                                              \
    do {                                                                                                               \
        if (qEnvironmentVariable("GUICHET_TEST_KEYRING") != QLatin1String("1")) {                                      \
            skipOrFail(QStringLiteral("no private keyring (run through ctest, tests/run-with-keyring.sh) ")            \
                           + qEnvironmentVariable("GUICHET_TEST_KEYRING_MISSING"),                                     \
                       __FILE__, __LINE__);                                                                            \
            return;                                                                                                    \
        }                                                                                                              \
    } while (false)

QStringList args(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* item : list)
        result << QString::fromUtf8(item);
    return result;
}

QStringList civil()
{
    return {QStringLiteral("--nir"),         nir,
            QStringLiteral("--last-name"),   QStringLiteral("Lefèvre-d'Arc"),
            QStringLiteral("--first-names"), QStringLiteral("Marie Hélène"),
            QStringLiteral("--birth-date"),  QStringLiteral("1960-12-24"),
            QStringLiteral("--birth-place"), QStringLiteral("Marseille")};
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCtlProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void setListShowDefaultRemove();
    void refusedInputChangesNothing_data();
    void refusedInputChangesNothing();
    void passwordGoesToTheKeychainOnly();
    void passwordRefusals();
    void initWithProfile();
    void unknownProfile_data();
    void unknownProfile();
    void keychainUnreachable();
    void postgresqlProfile();
    void mailerDeliversThroughProfile();
    void auditKeyInTheKeychain();

private:
    // A guichetctl run with this test's settings folder, no GUICHET_* variables inherited.
    CtlRunner ctl() const;
    Run setProfile(const QString& name, const QStringList& options) const;
    QString settingsFile() const { return m_config->filePath(QStringLiteral("Guichet/Guichet.conf")); }
    // Every byte guichetctl printed so far in this test, and the settings file: none may hold a secret.
    void verifyNoSecretIn(const QByteArray& bytes, const char* where) const;

    std::unique_ptr<QTemporaryDir> m_config;
    QTemporaryDir m_work;
    mutable QByteArray m_outputs;
};

void TestCtlProfile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_work.isValid());
}

void TestCtlProfile::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    m_outputs.clear();
}

CtlRunner TestCtlProfile::ctl() const
{
    CtlRunner runner;
    runner.setEnvironment(QStringLiteral("XDG_CONFIG_HOME"), m_config->path());
    runner.setEnvironment(QStringLiteral("XDG_DATA_HOME"), m_config->filePath(QStringLiteral("data")));
    for (const char* name : {"GUICHET_PROFILE", "GUICHET_SMTP_PASSWORD", "PGPASSWORD"})
        runner.unsetEnvironment(QString::fromLatin1(name));
    return runner;
}

Run TestCtlProfile::setProfile(const QString& name, const QStringList& options) const
{
    const Run run = ctl().run(QStringList{QStringLiteral("profile"), QStringLiteral("set"), name} + options);
    m_outputs += run.stdoutText + run.stderrText;
    return run;
}

void TestCtlProfile::verifyNoSecretIn(const QByteArray& bytes, const char* where) const
{
    for (const QString& secret : {DatabaseSecret, SmtpSecret})
        QVERIFY2(!bytes.contains(secret.toUtf8()), where);
}

void TestCtlProfile::setListShowDefaultRemove()
{
    const QString sqlitePath = m_work.filePath(QStringLiteral("lyon.sqlite"));
    Run run = setProfile(
        QStringLiteral("Hotline Lyon"),
        {QStringLiteral("--database"), QStringLiteral("postgresql://guichet@db.example.fr:5433/hotline"),
         QStringLiteral("--smtp"), QStringLiteral("smtp://mailer@relay.example.fr"), QStringLiteral("--smtp-sender"),
         QStringLiteral("no-reply@example.org"), QStringLiteral("--mail-delivery"), QStringLiteral("shared_service")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value(QStringLiteral("created")).toBool(), true);
    QCOMPARE(run.json.value(QStringLiteral("database")).toString(),
             QStringLiteral("postgresql://guichet@db.example.fr:5433/hotline"));
    run = setProfile(QStringLiteral("demo"), {QStringLiteral("--database"), QStringLiteral("sqlite:") + sqlitePath});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFile::exists(settingsFile()));

    run = ctl().run(args({"profile", "list"}));
    QCOMPARE(run.exitCode, 0);
    const QJsonArray profiles = run.json.value(QStringLiteral("profiles")).toArray();
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("demo"));
    QCOMPARE(profiles.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Hotline Lyon"));
    QVERIFY(run.json.value(QStringLiteral("default")).isNull());

    run = ctl().run(args({"profile", "show", "Hotline Lyon"}));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value(QStringLiteral("smtp")).toString(), QStringLiteral("smtp://mailer@relay.example.fr:587"));
    QCOMPARE(run.json.value(QStringLiteral("smtp_sender")).toString(), QStringLiteral("no-reply@example.org"));
    QCOMPARE(run.json.value(QStringLiteral("mail_delivery")).toString(), QStringLiteral("shared_service"));
    QCOMPARE(run.json.value(QStringLiteral("default")).toBool(), false);

    run = ctl().run(args({"profile", "default", "Hotline Lyon"}));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(ctl().run(args({"profile", "list"})).json.value(QStringLiteral("default")).toString(),
             QStringLiteral("Hotline Lyon"));
    QCOMPARE(ctl().run(args({"profile", "show", "Hotline Lyon"})).json.value(QStringLiteral("default")).toBool(), true);

    // Replacing: what the new command does not give is gone.
    run = setProfile(QStringLiteral("Hotline Lyon"),
                     {QStringLiteral("--database"), QStringLiteral("postgresql://guichet@db.example.fr/hotline")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value(QStringLiteral("created")).toBool(), false);
    run = ctl().run(args({"profile", "show", "Hotline Lyon"}));
    QVERIFY(run.json.value(QStringLiteral("smtp")).isNull());
    QCOMPARE(run.json.value(QStringLiteral("mail_delivery")).toString(), QStringLiteral("embedded"));

    if (qEnvironmentVariable("GUICHET_TEST_KEYRING") == QLatin1String("1")) { // remove talks to the keychain
        run = ctl().run(args({"profile", "remove", "Hotline Lyon"}));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(ctl().run(args({"profile", "list"})).json.value(QStringLiteral("profiles")).toArray().size(), 1);
        QVERIFY(ctl().run(args({"profile", "list"})).json.value(QStringLiteral("default")).isNull());
        run = ctl().run(args({"profile", "show", "Hotline Lyon"}));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.json.value(QStringLiteral("error")).toString(), QStringLiteral("unknown_profile"));
        QCOMPARE(ctl().run(args({"profile", "remove", "Hotline Lyon"})).exitCode, 2);
    }
    QCOMPARE(ctl().run(args({"profile", "default", "nobody"})).exitCode, 2);
    QCOMPARE(ctl().run(args({"profile", "frobnicate"})).exitCode, 2);
}

void TestCtlProfile::refusedInputChangesNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("code");
    const QStringList sqlite{QStringLiteral("--database"), QStringLiteral("sqlite:/tmp/guichet-profile.sqlite")};
    const QString smtp = QStringLiteral("--smtp");
    QTest::newRow("name with slash") << "lyon/1" << sqlite << "invalid_name";
    QTest::newRow("name with leading space") << " lyon" << sqlite << "invalid_name";
    QTest::newRow("name too long") << QString(41, QLatin1Char('a')) << sqlite << "invalid_name";
    QTest::newRow("name with colon") << "lyon:1" << sqlite << "invalid_name";
    QTest::newRow("no database") << "base" << QStringList{} << "usage";
    QTest::newRow("database password") << "base" << args({"--database", "postgresql://u:secret@db.example.fr/d"})
                                       << "invalid_database";
    QTest::newRow("database scheme") << "base" << args({"--database", "mysql://u@db.example.fr/d"})
                                     << "invalid_database";
    QTest::newRow("database no host") << "base" << args({"--database", "postgresql:///d"}) << "invalid_database";
    QTest::newRow("smtp password") << "base" << sqlite + QStringList{smtp, QStringLiteral("smtp://u:pw@relay.fr")}
                                   << "invalid_smtp";
    QTest::newRow("smtp scheme") << "base" << sqlite + QStringList{smtp, QStringLiteral("http://relay.fr")}
                                 << "invalid_smtp";
    QTest::newRow("smtp bad port") << "base" << sqlite + QStringList{smtp, QStringLiteral("smtp://relay.fr:0")}
                                   << "invalid_smtp";
    QTest::newRow("sender") << "base" << sqlite + args({"--smtp", "smtp://relay.fr", "--smtp-sender", "not an address"})
                            << "invalid_smtp_sender";
    QTest::newRow("sender without smtp") << "base" << sqlite + args({"--smtp-sender", "a@example.org"}) << "usage";
    QTest::newRow("missing ca") << "base"
                                << sqlite + args({"--smtp", "smtp://relay.fr", "--smtp-ca", "/nonexistent/ca.pem"})
                                << "invalid_smtp_ca";
    QTest::newRow("mail delivery") << "base" << sqlite + args({"--mail-delivery", "carrier-pigeon"})
                                   << "invalid_mail_delivery";
    QTest::newRow("replica beside sqlite")
        << "base" << sqlite + args({"--reads-database", "postgresql://u@standby.example.fr/d"})
        << "invalid_reads_database";
    QTest::newRow("sqlite replica") << "base"
                                    << args({"--database", "postgresql://u@db.example.fr/d", "--reads-database",
                                             "sqlite:/tmp/copy.sqlite"})
                                    << "invalid_reads_database";
    QTest::newRow("replica password") << "base"
                                      << args({"--database", "postgresql://u@db.example.fr/d", "--reads-database",
                                               "postgresql://u:secret@standby.example.fr/d"})
                                      << "invalid_reads_database";
}

void TestCtlProfile::refusedInputChangesNothing()
{
    QFETCH(QString, name);
    QFETCH(QStringList, options);
    QFETCH(QString, code);
    QCOMPARE(setProfile(QStringLiteral("base"),
                        {QStringLiteral("--database"), QStringLiteral("sqlite:/tmp/guichet-base.sqlite")})
                 .exitCode,
             0);
    const QByteArray before = readFile(settingsFile());
    QVERIFY(!before.isEmpty());

    const Run run = setProfile(name, options);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.json.value(QStringLiteral("error")).toString(), code);
    QVERIFY(!run.json.value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(readFile(settingsFile()), before);
    QVERIFY(!run.stdoutText.contains("secret@"));
}

void TestCtlProfile::passwordGoesToTheKeychainOnly()
{
    REQUIRE_KEYRING();
    const QString name = QStringLiteral("Caisse Paris");
    QCOMPARE(setProfile(name,
                        {QStringLiteral("--database"), QStringLiteral("postgresql://guichet@db.example.fr/hotline"),
                         QStringLiteral("--smtp"), QStringLiteral("smtps://mailer@relay.example.fr")})
                 .exitCode,
             0);
    CtlRunner runner = ctl();
    for (const auto& [purpose, secret] : {std::pair{ConnectionProfile::DatabasePurpose, DatabaseSecret},
                                          std::pair{ConnectionProfile::SmtpPurpose, SmtpSecret}}) {
        const Run run = runner.run(QStringList{QStringLiteral("profile"), QStringLiteral("set-password"), name,
                                               QStringLiteral("--purpose"), purpose},
                                   secret.toUtf8() + "\nsecond line ignored\n");
        m_outputs += run.stdoutText + run.stderrText;
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json.value(QStringLiteral("saved")).toBool(), true);
    }

    KeychainSecretStore keychain;
    SecretStore::Result stored = keychain.readBlocking(name, ConnectionProfile::DatabasePurpose);
    QVERIFY2(stored.ok(), qPrintable(SecretStore::failureName(stored.failure)));
    QCOMPARE(stored.secret, DatabaseSecret);
    stored = keychain.readBlocking(name, ConnectionProfile::SmtpPurpose);
    QVERIFY2(stored.ok(), qPrintable(SecretStore::failureName(stored.failure)));
    QCOMPARE(stored.secret, SmtpSecret);

    for (const QStringList& command :
         {args({"profile", "list"}), QStringList{QStringLiteral("profile"), QStringLiteral("show"), name}}) {
        const Run run = runner.run(command);
        QCOMPARE(run.exitCode, 0);
        m_outputs += run.stdoutText + run.stderrText;
    }
    verifyNoSecretIn(m_outputs, "a command's output");
    verifyNoSecretIn(readFile(settingsFile()), "the settings file");

    // remove takes the keychain entries with it.
    const Run removed = runner.run(QStringList{QStringLiteral("profile"), QStringLiteral("remove"), name});
    QCOMPARE(removed.exitCode, 0);
    for (const QString& purpose : {ConnectionProfile::DatabasePurpose, ConnectionProfile::SmtpPurpose})
        QCOMPARE(keychain.readBlocking(name, purpose).failure, SecretStore::Failure::NotFound);
    QVERIFY(ctl().run(args({"profile", "list"})).json.value(QStringLiteral("profiles")).toArray().isEmpty());
}

void TestCtlProfile::passwordRefusals()
{
    REQUIRE_KEYRING();
    QCOMPARE(setProfile(QStringLiteral("pg"),
                        {QStringLiteral("--database"), QStringLiteral("postgresql://guichet@db.example.fr/hotline")})
                 .exitCode,
             0);
    QCOMPARE(setProfile(QStringLiteral("lite"), {QStringLiteral("--database"), QStringLiteral("sqlite:/tmp/x.sqlite")})
                 .exitCode,
             0);
    const QByteArray secret = DatabaseSecret.toUtf8() + '\n';
    struct Case
    {
        QStringList arguments;
        QByteArray input;
        const char* code;
    };
    const QList<Case> cases{
        {args({"profile", "set-password", "pg"}), secret, "invalid_purpose"},
        {args({"profile", "set-password", "pg", "--purpose", "ldap"}), secret, "invalid_purpose"},
        {args({"profile", "set-password", "pg", "--purpose", "database"}), "\n", "empty_password"},
        {args({"profile", "set-password", "pg", "--purpose", "database"}), {}, "empty_password"},
        {args({"profile", "set-password", "pg", "--purpose", "smtp"}), secret, "no_password_needed"},
        {args({"profile", "set-password", "lite", "--purpose", "database"}), secret, "no_password_needed"},
        {args({"profile", "set-password", "nobody", "--purpose", "database"}), secret, "unknown_profile"},
    };
    for (const Case& c : cases) {
        const Run run = ctl().run(c.arguments, c.input);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.json.value(QStringLiteral("error")).toString(), QString::fromLatin1(c.code));
        m_outputs += run.stdoutText + run.stderrText;
    }
    verifyNoSecretIn(m_outputs, "a refusal's output");
    KeychainSecretStore keychain;
    QCOMPARE(keychain.readBlocking(QStringLiteral("pg"), ConnectionProfile::DatabasePurpose).failure,
             SecretStore::Failure::NotFound);
}

void TestCtlProfile::initWithProfile()
{
    const QString profilePath = m_work.filePath(QStringLiteral("profile.sqlite"));
    const QString overridePath = m_work.filePath(QStringLiteral("override.sqlite"));
    const QString environmentPath = m_work.filePath(QStringLiteral("environment.sqlite"));
    QCOMPARE(setProfile(QStringLiteral("p"), {QStringLiteral("--database"), QStringLiteral("sqlite:") + profilePath})
                 .exitCode,
             0);

    // --database wins over --profile.
    Run run = ctl().run({QStringLiteral("--profile"), QStringLiteral("p"), QStringLiteral("--database"),
                         QStringLiteral("sqlite:") + overridePath, QStringLiteral("init")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFile::exists(overridePath));
    QVERIFY(!QFile::exists(profilePath));

    // The profile wins over GUICHET_DATABASE; an SQLite profile never asks the keychain, so a
    // session without one is no obstacle.
    CtlRunner runner = ctl();
    runner.setEnvironment(QStringLiteral("GUICHET_DATABASE"), QStringLiteral("sqlite:") + environmentPath);
    runner.setEnvironment(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    run = runner.run({QStringLiteral("init"), QStringLiteral("--profile"), QStringLiteral("p")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.json.value(QStringLiteral("schema_version")).toInt() > 0);
    QVERIFY(QFile::exists(profilePath));
    QVERIFY(!QFile::exists(environmentPath));
    QVERIFY(QFile::remove(profilePath));

    // In the environment, as on the command line, a database beats a profile (ConnectionChoice):
    // GUICHET_DATABASE wins over GUICHET_PROFILE, which is used when it is alone.
    runner.setEnvironment(QStringLiteral("GUICHET_PROFILE"), QStringLiteral("p"));
    run = runner.run({QStringLiteral("init")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFile::exists(environmentPath));
    QVERIFY(!QFile::exists(profilePath));
    runner.unsetEnvironment(QStringLiteral("GUICHET_DATABASE"));
    run = runner.run({QStringLiteral("init")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFile::exists(profilePath));
}

void TestCtlProfile::unknownProfile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("environment");
    QTest::newRow("option") << args({"--profile", "nobody", "init"}) << QString();
    QTest::newRow("environment") << args({"init"}) << "nobody";
    QTest::newRow("mailer") << args({"--profile", "nobody", "mailer", "run", "--once"}) << QString();
    QTest::newRow("invalid name") << args({"--profile", "a/b", "init"}) << QString();
}

void TestCtlProfile::unknownProfile()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, environment);
    CtlRunner runner = ctl();
    if (!environment.isEmpty())
        runner.setEnvironment(QStringLiteral("GUICHET_PROFILE"), environment);
    const Run run = runner.run(arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.json.value(QStringLiteral("error")).toString(), QStringLiteral("unknown_profile"));
    QVERIFY(!run.json.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(!QDir(m_config->filePath(QStringLiteral("data"))).exists()); // no default database either
}

void TestCtlProfile::keychainUnreachable()
{
    // A PostgreSQL profile needs the keychain's answer; without a session bus that is a clear error.
    QCOMPARE(setProfile(QStringLiteral("pg"),
                        {QStringLiteral("--database"), QStringLiteral("postgresql://guichet@127.0.0.1:1/hotline")})
                 .exitCode,
             0);
    CtlRunner runner = ctl();
    runner.setEnvironment(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    const Run run = runner.run(args({"--profile", "pg", "init"}));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json.value(QStringLiteral("error")).toString(), QStringLiteral("keychain_no_backend"));
    QVERIFY(!run.json.value(QStringLiteral("message")).toString().isEmpty());
}

void TestCtlProfile::postgresqlProfile()
{
    REQUIRE_KEYRING();
    GUICHET_TEST_DATABASE(db, QStringLiteral("postgresql"));
    QCOMPARE(setProfile(QStringLiteral("pg"), {QStringLiteral("--database"), db.urlString()}).exitCode, 0);
    // No password saved: NotFound, and libpq goes on without one (the test server trusts).
    Run run = ctl().run(args({"--profile", "pg", "init"}));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.json.value(QStringLiteral("schema_version")).toInt() > 0);
    // With one saved, it is read and handed to the connection.
    run = ctl().run(args({"profile", "set-password", "pg", "--purpose", "database"}), DatabaseSecret.toUtf8());
    QCOMPARE(run.exitCode, 0);
    run = ctl().run(args({"--profile", "pg", "init"}));
    QCOMPARE(run.exitCode, 0);
    m_outputs += run.stdoutText + run.stderrText;
    verifyNoSecretIn(m_outputs, "init's output");
    // A read replica: shown without a password, its own password in the keychain only.
    run = setProfile(QStringLiteral("pg"),
                     {QStringLiteral("--database"), db.urlString(), QStringLiteral("--reads-database"),
                      QStringLiteral("postgresql://guichet@standby.example.fr/guichet")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value(QStringLiteral("reads_database")).toString(),
             QStringLiteral("postgresql://guichet@standby.example.fr:5432/guichet"));
    run = ctl().run(args({"profile", "set-password", "pg", "--purpose", "database-reads"}), DatabaseSecret.toUtf8());
    QCOMPARE(run.exitCode, 0);
    m_outputs += run.stdoutText + run.stderrText;
    QFile settings(settingsFile());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray saved = settings.readAll();
    QVERIFY(saved.contains("standby.example.fr"));
    verifyNoSecretIn(saved, "the settings file");
    verifyNoSecretIn(m_outputs, "the replica's output");
    QCOMPARE(ctl().run(args({"profile", "remove", "pg"})).exitCode, 0);
}

void TestCtlProfile::mailerDeliversThroughProfile()
{
    REQUIRE_KEYRING();
    SmtpTestTools tools;
    if (!tools.prepare()) {
        skipOrFail(tools.why(), __FILE__, __LINE__);
        return;
    }
    const QString cert = tools.certificate();
    const QString key = tools.key();
    SmtpTestServer server;
    QVERIFY2(server.start({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key,
                           QStringLiteral("--auth-user"), AuthUser, QStringLiteral("--auth-password"), SmtpSecret}),
             "smtp_server.py did not start");

    const QString relay = QStringLiteral("smtp://%1@127.0.0.1:%2").arg(AuthUser).arg(server.port());
    const QString sender = QStringLiteral("robot@caisse.example.org");
    const QString database = QStringLiteral("sqlite:") + m_work.filePath(QStringLiteral("mail.sqlite"));
    Run run = setProfile(QStringLiteral("relay"),
                         {QStringLiteral("--database"), database, QStringLiteral("--smtp"), relay,
                          QStringLiteral("--smtp-sender"), sender, QStringLiteral("--smtp-ca"), cert});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value(QStringLiteral("smtp_ca")).toString(), cert);
    // An embedded profile still lets an admin drain the queue by hand.
    QCOMPARE(run.json.value(QStringLiteral("mail_delivery")).toString(), QStringLiteral("embedded"));

    // A registration on the portal queues its temporary password.
    CtlRunner runner = ctl();
    runner.setEnvironment(QStringLiteral("GUICHET_PROFILE"), QStringLiteral("relay"));
    QCOMPARE(runner.run(args({"init"})).exitCode, 0);
    QCOMPARE(runner.run(QStringList{QStringLiteral("register"), QStringLiteral("add")} + civil()).exitCode, 0);
    QCOMPARE(runner.run(QStringList{QStringLiteral("identity"), QStringLiteral("add")} + civil()).exitCode, 0);
    run = runner.run(
        QStringList{QStringLiteral("portal"), QStringLiteral("register")} + civil()
        + args({"--email", "marie@example.org", "--secret-question", "Chien ?", "--secret-answer", "Medor"}));
    QCOMPARE(run.json.value(QStringLiteral("outcome")).toString(), QStringLiteral("registered"));

    // The relay names a user and no password is saved yet: a usage error, nothing sent.
    run = ctl().run(args({"mailer", "run", "--once", "--profile", "relay"}));
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(server.count(), 0);

    run = ctl().run(args({"profile", "set-password", "relay", "--purpose", "smtp"}), SmtpSecret.toUtf8() + '\n');
    QCOMPARE(run.exitCode, 0);
    run = ctl().run(args({"mailer", "run", "--once", "--profile", "relay"}));
    m_outputs += run.stdoutText + run.stderrText;
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json,
             QJsonObject({{QStringLiteral("sent"), 1},
                          {QStringLiteral("failed"), 0},
                          {QStringLiteral("dead"), 0},
                          {QStringLiteral("held"), 0},
                          {QStringLiteral("paused"), false},
                          {QStringLiteral("relay_queue_ids"), QJsonArray{QStringLiteral("Q0001")}}}));
    QCOMPARE(server.count(), 1);
    const QList<QByteArray> envelope = server.envelope(1).split('\n');
    QCOMPARE(envelope.value(0), sender.toUtf8());
    QCOMPARE(envelope.value(1), QByteArray("marie@example.org"));
    verifyNoSecretIn(m_outputs, "mailer's output");
    verifyNoSecretIn(readFile(settingsFile()), "the settings file");
}

// The audit's sealing key: made once into the keychain (never printed), then the sequencer and a
// verification on this computer find it there; a second init never replaces it.
void TestCtlProfile::auditKeyInTheKeychain()
{
    REQUIRE_KEYRING();
    const QString path = m_work.filePath(QStringLiteral("sealed.sqlite"));
    QCOMPARE(
        setProfile(QStringLiteral("seal"), {QStringLiteral("--database"), QStringLiteral("sqlite:") + path}).exitCode,
        0);
    CtlRunner runner = ctl();
    runner.setEnvironment(QStringLiteral("GUICHET_PROFILE"), QStringLiteral("seal"));
    runner.setEnvironment(QStringLiteral("GUICHET_PASSWORD"), QStringLiteral("Superviseur-2026"));
    runner.setEnvironment(QStringLiteral("GUICHET_AGENT_PASSWORD"), QStringLiteral("Superviseur-2026"));
    QCOMPARE(runner.run({QStringLiteral("init")}).exitCode, 0);
    const Run created = runner.run({QStringLiteral("audit"), QStringLiteral("key"), QStringLiteral("init")});
    QVERIFY2(created.exitCode == 0, created.stdoutText.constData());
    QCOMPARE(created.json.value(QStringLiteral("keychain")).toString(), QStringLiteral("seal/audit-seal"));
    const Run again = runner.run({QStringLiteral("audit"), QStringLiteral("key"), QStringLiteral("init")});
    QCOMPARE(again.json.value(QStringLiteral("error")).toString(), QStringLiteral("audit_key_exists"));
    const KeychainSecretStore::Result kept
        = KeychainSecretStore().readBlocking(QStringLiteral("seal"), QStringLiteral("audit-seal"));
    QVERIFY(kept.ok());
    QVERIFY(!created.stdoutText.contains(kept.secret.toLatin1()));

    QCOMPARE(runner
                 .run({QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("sophie"),
                       QStringLiteral("--role"), QStringLiteral("admin")}) // the first agent: an admin
                 .exitCode,
             0);
    const Run sealed = runner.run(
        {QStringLiteral("audit"), QStringLiteral("sequencer"), QStringLiteral("run"), QStringLiteral("--once")});
    QVERIFY2(sealed.exitCode == 0, sealed.stdoutText.constData());
    QVERIFY(sealed.json.value(QStringLiteral("sealed")).toInt() >= 1);
    const Run verified = runner.run(
        {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--agent"), QStringLiteral("sophie")});
    QVERIFY2(verified.json.value(QStringLiteral("intact")).toBool(), verified.stdoutText.constData());
    QCOMPARE(verified.json.value(QStringLiteral("seals")).toString(), QStringLiteral("valid"));
}

QTEST_GUILESS_MAIN(TestCtlProfile)
#include "tst_ctlprofile.moc"
