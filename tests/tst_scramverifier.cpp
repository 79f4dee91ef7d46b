// The SCRAM-SHA-256 verifier Guichet computes for a PostgreSQL login's password, so that the
// password itself never travels in a statement: RFC 7677's example, its shape, and a real server
// (the private one of resources/scripts/with-postgresql.sh, whose guichet_tls group authenticates
// with scram-sha-256 over TLS) accepting the password and refusing another.
#include "core/ScramVerifier.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "support/TestDatabases.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTest>

class TestScramVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void rfc7677Example();
    void freshSalt();
    void shape_data();
    void shape();
    void serverAcceptsThePassword_data();
    void serverAcceptsThePassword();
};

// RFC 7677 section 3: user "user", password "pencil", salt W22ZaJ0SNY7soEsUEjb6gQ==, 4096
// iterations. The stored and server keys below give the RFC's ServerSignature
// (6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=) for its AuthMessage.
void TestScramVerifier::rfc7677Example()
{
    const QByteArray salt = QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ==");
    QCOMPARE(ScramVerifier::make(QStringLiteral("pencil"), salt, 4096),
             QStringLiteral("SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:"
                            "wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU="));
    QVERIFY(ScramVerifier::make(QString(), salt, 4096).isEmpty());
    QVERIFY(ScramVerifier::make(QStringLiteral("pencil"), QByteArray(), 4096).isEmpty());
}

void TestScramVerifier::freshSalt()
{
    const QString first = ScramVerifier::make(QStringLiteral("Guichet-Agent-1"));
    const QString second = ScramVerifier::make(QStringLiteral("Guichet-Agent-1"));
    QVERIFY(ScramVerifier::isVerifier(first));
    QVERIFY(ScramVerifier::isVerifier(second));
    QVERIFY(first != second); // a new salt each time
    QVERIFY(!first.contains(QLatin1String("Guichet-Agent-1")));
    QVERIFY(ScramVerifier::make(QString()).isEmpty());
}

void TestScramVerifier::shape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("verifier");
    const QString good = ScramVerifier::make(QStringLiteral("pencil"), QByteArray(16, 'x'), 4096);
    QTest::newRow("computed") << good << true;
    QTest::newRow("a password") << QStringLiteral("pencil") << false;
    QTest::newRow("md5") << QStringLiteral("md5c4ca4238a0b923820dcc509a6f75849b") << false;
    QTest::newRow("no server key") << good.section(QLatin1Char(':'), 0, 1) << false;
    QTest::newRow("another hash") << QString(good).replace(QLatin1String("SHA-256"), QLatin1String("SHA-1")) << false;
    QTest::newRow("quote inside") << QString(good).replace(0, 1, QLatin1Char('\'')) << false;
    QTest::newRow("zero iterations") << QString(good).replace(QLatin1String("$4096:"), QLatin1String("$0:")) << false;
}

void TestScramVerifier::shape()
{
    QFETCH(QString, text);
    QFETCH(bool, verifier);
    QCOMPARE(ScramVerifier::isVerifier(text), verifier);
}

void TestScramVerifier::serverAcceptsThePassword_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("ascii") << QStringLiteral("Guichet-Agent-1");
    QTest::newRow("accents") << QStringLiteral("Élodie-à-l'accueil-2026");
}

// The server, given only the verifier, lets the login in with its password and refuses another.
void TestScramVerifier::serverAcceptsThePassword()
{
    QFETCH(QString, password);
    const QString engine = QStringLiteral("postgresql");
    GUICHET_TEST_DATABASE(test, engine);
    const QString group = qEnvironmentVariable("GUICHET_TEST_POSTGRESQL_TLS_GROUP");
    const QString ca = qEnvironmentVariable("GUICHET_TEST_POSTGRESQL_TLS_CA");
    if (group.isEmpty() || ca.isEmpty())
        QFAIL("GUICHET_TEST_POSTGRESQL_TLS_GROUP and _CA: run through resources/scripts/with-postgresql.sh");

    const QString verifier = ScramVerifier::make(password);
    QVERIFY(ScramVerifier::isVerifier(verifier));
    const QString login = QStringLiteral("scram_%1_%2")
                              .arg(QCoreApplication::applicationPid())
                              .arg(QString::fromLatin1(QTest::currentDataTag()).left(5));
    Result<QSqlDatabase> admin = test.database().connection();
    QVERIFY(admin);
    {
        // CREATE ROLE takes no bound values: the verifier (checked above: base64, '$' and ':' only)
        // is the statement's one literal, and no password is in it.
        SqlQuery create(admin.value());
        const Error created
            = create.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE %3").arg(login, verifier, group));
        QVERIFY2(!created, qPrintable(created.detail()));
    }
    const auto connectAs = [&](const QString& typed) {
        DatabaseUrl url
            = DatabaseUrl::parse(QStringLiteral("postgresql://%1@localhost:%2/%3?sslmode=verify-full&sslrootcert=%4")
                                     .arg(login)
                                     .arg(test.url().port())
                                     .arg(test.url().databaseName(), ca));
        url.setPassword(typed);
        Database database(url);
        const Result<QSqlDatabase> db = database.connection();
        const ErrorCode code = db ? ErrorCode::None : db.error().code();
        database.closeThreadConnection();
        return code;
    };
    QCOMPARE(connectAs(password), ErrorCode::None);
    QCOMPARE(connectAs(password + QLatin1Char('x')), ErrorCode::DatabaseAuthenticationFailed);

    SqlQuery drop(admin.value());
    QVERIFY(!drop.exec(QStringLiteral("DROP ROLE %1").arg(login)));
}

QTEST_GUILESS_MAIN(TestScramVerifier)
#include "tst_scramverifier.moc"
