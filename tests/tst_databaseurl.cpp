#include "db/DatabaseFailure.h"
#include "db/DatabaseUrl.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void parse_data();
    void parse();
    void defaultIsSqliteInDataFolder();
    void roundTrip_data();
    void roundTrip();
    void withDatabaseName();
    void tlsFiles();
    void connectOptions();
    void connectFailures_data();
    void connectFailures();
};

void TestDatabaseUrl::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("engine");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");

    const int none = int(DatabaseUrl::ParseError::None);
    const int sqlite = int(DatabaseUrl::Engine::Sqlite);
    const int pg = int(DatabaseUrl::Engine::PostgreSql);
    QTest::newRow("sqlite absolute") << "sqlite:/tmp/g.sqlite" << none << sqlite << "" << 5432 << ""
                                     << "";
    QTest::newRow("sqlite triple slash") << "sqlite:///tmp/g.sqlite" << none << sqlite << "" << 5432 << ""
                                         << "";
    QTest::newRow("sqlite relative") << "sqlite:g.sqlite" << none << sqlite << "" << 5432 << ""
                                     << "";
    QTest::newRow("pg full") << "postgresql://guichet@db.example:6543/desk" << none << pg << "db.example" << 6543
                             << "desk"
                             << "guichet";
    QTest::newRow("pg default port") << "postgresql://guichet@127.0.0.1/desk" << none << pg << "127.0.0.1" << 5432
                                     << "desk"
                                     << "guichet";
    QTest::newRow("postgres alias") << "postgres://u@h:1/d" << none << pg << "h" << 1 << "d"
                                    << "u";
    QTest::newRow("socket folder") << "postgresql://u@localhost:5432/d?host=/run/pg" << none << pg << "/run/pg" << 5432
                                   << "d"
                                   << "u";
    QTest::newRow("sslmode") << "postgresql://u@h:5432/d?sslmode=verify-full" << none << pg << "h" << 5432 << "d"
                             << "u";
    QTest::newRow("empty") << "  " << int(DatabaseUrl::ParseError::Empty) << 0 << "" << 0 << ""
                           << "";
    QTest::newRow("mysql") << "mysql://u@h/d" << int(DatabaseUrl::ParseError::UnknownScheme) << 0 << "" << 0 << ""
                           << "";
    QTest::newRow("bare path") << "/tmp/x.sqlite" << int(DatabaseUrl::ParseError::UnknownScheme) << 0 << "" << 0 << ""
                               << "";
    QTest::newRow("sqlite no path") << "sqlite:" << int(DatabaseUrl::ParseError::MissingPath) << 0 << "" << 0 << ""
                                    << "";
    // Found by tests/fuzz/fuzz_databaseurl: white space is no path.
    QTest::newRow("sqlite blank path") << "sqlite:\t//" << int(DatabaseUrl::ParseError::MissingPath) << 0 << "" << 0
                                       << ""
                                       << "";
    QTest::newRow("password") << "postgresql://u:secret@h/d" << int(DatabaseUrl::ParseError::PasswordInUrl) << 0 << ""
                              << 0 << ""
                              << "";
    QTest::newRow("no database") << "postgresql://u@h:5432/" << int(DatabaseUrl::ParseError::MissingDatabase) << 0 << ""
                                 << 0 << ""
                                 << "";
    QTest::newRow("no host") << "postgresql:///d" << int(DatabaseUrl::ParseError::MissingHost) << 0 << "" << 0 << ""
                             << "";
    QTest::newRow("unknown option") << "postgresql://u@h/d?password=x" << int(DatabaseUrl::ParseError::UnknownOption)
                                    << 0 << "" << 0 << ""
                                    << "";
    QTest::newRow("tls files")
        << "postgresql://u@h/d?sslmode=verify-full&sslrootcert=/etc/ca.crt&sslcert=/c.crt&sslkey=/c.key" << none << pg
        << "h" << 5432 << "d"
        << "u";
    QTest::newRow("unknown sslmode") << "postgresql://u@h/d?sslmode=verify"
                                     << int(DatabaseUrl::ParseError::InvalidOptionValue) << 0 << "" << 0 << ""
                                     << "";
    QTest::newRow("semicolon in file") << "postgresql://u@h/d?sslrootcert=/a;b"
                                       << int(DatabaseUrl::ParseError::InvalidOptionValue) << 0 << "" << 0 << ""
                                       << "";
    // U+3FFFF, a noncharacter: QUrl does not give it back as it was (fuzz_databaseurl).
    QTest::newRow("noncharacter") << "postgresql://u@h/d?sslcert=/a\xf0\xbf\xbf\xbf"
                                  << int(DatabaseUrl::ParseError::InvalidOptionValue) << 0 << "" << 0 << ""
                                  << "";
}

void TestDatabaseUrl::parse()
{
    QFETCH(QString, input);
    QFETCH(int, error);
    QFETCH(int, engine);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);

    DatabaseUrl::ParseError actual = DatabaseUrl::ParseError::Empty;
    const DatabaseUrl url = DatabaseUrl::parse(input, &actual);
    QCOMPARE(int(actual), error);
    QCOMPARE(url.isValid(), error == int(DatabaseUrl::ParseError::None));
    if (!url.isValid())
        return;
    QCOMPARE(int(url.engine()), engine);
    if (url.engine() == DatabaseUrl::Engine::Sqlite) {
        QVERIFY(QDir::isAbsolutePath(url.path()));
        QVERIFY(url.path().endsWith(QLatin1String("g.sqlite")));
        return;
    }
    QCOMPARE(url.hostName(), host);
    QCOMPARE(url.port(), port);
    QCOMPARE(url.databaseName(), database);
    QCOMPARE(url.userName(), user);
}

void TestDatabaseUrl::defaultIsSqliteInDataFolder()
{
    const DatabaseUrl url = DatabaseUrl::defaultUrl();
    QVERIFY(url.isValid());
    QCOMPARE(url.engine(), DatabaseUrl::Engine::Sqlite);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QCOMPARE(url.path(), QDir(folder).filePath(QStringLiteral("guichet.sqlite")));
#ifndef Q_OS_WIN
    // The move to the local folder (for Windows' roaming profiles) leaves Linux desks' database
    // where it was: nothing to migrate.
    QCOMPARE(folder, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
#endif
}

void TestDatabaseUrl::roundTrip_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("sqlite") << "sqlite:/var/lib/guichet/desk.sqlite";
    QTest::newRow("pg") << "postgresql://guichet@db:5433/desk";
    QTest::newRow("pg ssl") << "postgresql://guichet@db:5432/desk?sslmode=require";
    QTest::newRow("pg socket") << "postgresql://guichet@localhost:5432/desk?host=/run/postgresql";
    // Found by tests/fuzz/fuzz_databaseurl: a host= option that is no URL host came back unparsable.
    QTest::newRow("pg host option not a URL host") << "postgres://guichet@localhost/guichet?host=ichet?hostresql";
    // Found by tests/fuzz/fuzz_databaseurl: a path whose last name ends in white space.
    QTest::newRow("sqlite trailing space") << "sqlite:/tmp/a.sqlite /";
    QTest::newRow("pg host option upper case") << "postgresql://guichet@localhost/desk?host=DB.example";
    QTest::newRow("pg verify-full") << "postgresql://guichet@db:5432/desk?sslmode=verify-full&sslrootcert=/etc/ca%20"
                                       "files/root.crt&sslcert=/home/a/c%26d.crt&sslkey=/home/a/c.key";
}

void TestDatabaseUrl::roundTrip()
{
    QFETCH(QString, input);
    const DatabaseUrl url = DatabaseUrl::parse(input);
    QVERIFY(url.isValid());
    const DatabaseUrl again = DatabaseUrl::parse(url.toString());
    QVERIFY(again.isValid());
    QCOMPARE(again.toString(), url.toString());
    QCOMPARE(again.path(), url.path());
    QCOMPARE(again.hostName(), url.hostName());
    QCOMPARE(again.sslMode(), url.sslMode());
    QCOMPARE(again.sslRootCert(), url.sslRootCert());
    QCOMPARE(again.sslCert(), url.sslCert());
    QCOMPARE(again.sslKey(), url.sslKey());
}

void TestDatabaseUrl::tlsFiles()
{
    const DatabaseUrl url = DatabaseUrl::parse(
        QStringLiteral("postgresql://u@h/d?sslmode=verify-full&sslrootcert=/etc/guichet/root.crt&sslcert=/c.crt"
                       "&sslkey=/c.key"));
    QVERIFY(url.isValid());
    QCOMPARE(url.sslMode(), QStringLiteral("verify-full"));
    QCOMPARE(url.sslRootCert(), QStringLiteral("/etc/guichet/root.crt"));
    QCOMPARE(url.sslCert(), QStringLiteral("/c.crt"));
    QCOMPARE(url.sslKey(), QStringLiteral("/c.key"));
    // A relative file is taken from the working folder, as the SQLite path is.
    const DatabaseUrl relative = DatabaseUrl::parse(QStringLiteral("postgresql://u@h/d?sslrootcert=ca.crt"));
    QCOMPARE(relative.sslRootCert(), QDir::current().absoluteFilePath(QStringLiteral("ca.crt")));
}

void TestDatabaseUrl::connectOptions()
{
    const DatabaseUrl url = DatabaseUrl::parse(
        QStringLiteral("postgresql://u@h/d?sslmode=verify-full&sslrootcert=/etc/it's%20here/root.crt"));
    QVERIFY(url.isValid());
    const QString options = url.connectOptions();
    QVERIFY(options.contains(QLatin1String("sslmode=verify-full")));
    QVERIFY2(options.contains(QLatin1String("sslrootcert='/etc/it\\'s here/root.crt'")), qPrintable(options));
    QVERIFY(!DatabaseUrl::parse(QStringLiteral("postgresql://u@h/d")).connectOptions().contains(QLatin1String("ssl")));
}

// libpq's words for each failure become their own code (a connection failure has no SQLSTATE).
void TestDatabaseUrl::connectFailures_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("code");
    QTest::newRow("password") << "connection to server at \"db\" (10.0.0.5), port 5432 failed: FATAL:  password "
                                 "authentication failed for user \"desk\""
                              << "database_authentication_failed";
    QTest::newRow("no password") << "connection to server at \"db\", port 5432 failed: fe_sendauth: no password "
                                    "supplied"
                                 << "database_authentication_failed";
    QTest::newRow("hba") << "connection to server at \"db\", port 5432 failed: FATAL:  pg_hba.conf rejects connection "
                            "for host \"10.0.0.9\", user \"desk\", database \"guichet\", no encryption"
                         << "database_authentication_failed";
    QTest::newRow("name") << "connection to server at \"127.0.0.1\", port 5432 failed: server certificate for "
                             "\"localhost\" (and 1 other name) does not match host name \"127.0.0.1\""
                          << "database_certificate_invalid";
    QTest::newRow("ca") << "connection to server at \"db\", port 5432 failed: SSL error: certificate verify failed"
                        << "database_certificate_invalid";
    QTest::newRow("refused") << "connection to server at \"127.0.0.1\", port 1 failed: Connection refused\n\tIs the "
                                "server running on that host and accepting TCP/IP connections?"
                             << "database_unreachable";
    QTest::newRow("dns") << "could not translate host name \"nowhere.invalid\" to address: Name or service not known"
                         << "database_unreachable";
    QTest::newRow("root file") << "connection to server at \"db\", port 5432 failed: root certificate file "
                                  "\"/x/root.crt\" does not exist\nEither provide the file or change sslmode."
                               << "database_bad_option";
    QTest::newRow("option") << "invalid connection option \"sslmodes\""
                            << "database_bad_option";
    QTest::newRow("database") << "connection to server at \"db\", port 5432 failed: FATAL:  database \"gui\" does "
                                 "not exist"
                              << "database_missing";
    QTest::newRow("connect privilege") << "connection to server at \"db\", port 5432 failed: FATAL:  permission "
                                          "denied for database \"guichet\""
                                       << "database_permission_denied";
    QTest::newRow("other words") << "la connexion au serveur a échoué"
                                 << "database_unavailable";
}

void TestDatabaseUrl::connectFailures()
{
    QFETCH(QString, message);
    QFETCH(QString, code);
    const DatabaseUrl url = DatabaseUrl::parse(QStringLiteral("postgresql://desk@127.0.0.1/guichet"));
    const Error error = DatabaseFailure::fromConnect(message, url);
    QCOMPARE(error.codeName(), code);
    QCOMPARE(error.detail(), message.section(QLatin1Char('\n'), 0, 0));
    if (error.code() == ErrorCode::DatabaseCertificateInvalid)
        QCOMPARE(error.context().value(QStringLiteral("expected_host")).toString(), QStringLiteral("127.0.0.1"));
    if (QTest::currentDataTag() == QByteArrayLiteral("name"))
        QCOMPARE(error.context().value(QStringLiteral("certificate_names")).toString(),
                 QStringLiteral("localhost (and 1 other name)"));
}

void TestDatabaseUrl::withDatabaseName()
{
    const DatabaseUrl url = DatabaseUrl::parse(QStringLiteral("postgresql://u@h:5433/postgres"));
    const DatabaseUrl other = url.withDatabaseName(QStringLiteral("desk"));
    QCOMPARE(other.databaseName(), QStringLiteral("desk"));
    QCOMPARE(other.port(), 5433);
    QCOMPARE(url.databaseName(), QStringLiteral("postgres"));
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
