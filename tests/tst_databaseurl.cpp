#include "DatabaseUrl.h"

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
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCOMPARE(url.path(), QDir(folder).filePath(QStringLiteral("guichet.sqlite")));
}

void TestDatabaseUrl::roundTrip_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("sqlite") << "sqlite:/var/lib/guichet/desk.sqlite";
    QTest::newRow("pg") << "postgresql://guichet@db:5433/desk";
    QTest::newRow("pg ssl") << "postgresql://guichet@db:5432/desk?sslmode=require";
    QTest::newRow("pg socket") << "postgresql://guichet@localhost:5432/desk?host=/run/postgresql";
}

void TestDatabaseUrl::roundTrip()
{
    QFETCH(QString, input);
    const DatabaseUrl url = DatabaseUrl::parse(input);
    QVERIFY(url.isValid());
    const DatabaseUrl again = DatabaseUrl::parse(url.toString());
    QVERIFY(again.isValid());
    QCOMPARE(again.toString(), url.toString());
    QCOMPARE(again.hostName(), url.hostName());
    QCOMPARE(again.sslMode(), url.sslMode());
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
