// ConnectionChoice: which database the desk and guichetctl open, the one order for both — the
// command line beats the environment, and at each level a database beats a profile; then the
// profile used last, then the local file.
#include "profiles/ConnectionChoice.h"

#include <QStandardPaths>
#include <QTest>

Q_DECLARE_METATYPE(ConnectionChoice::Source)

class TestConnectionChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void order_data();
    void order();
    void namedProfile();
};

void TestConnectionChoice::order_data()
{
    using Source = ConnectionChoice::Source;
    QTest::addColumn<QString>("databaseOption");
    QTest::addColumn<QString>("profileOption");
    QTest::addColumn<QString>("databaseEnvironment");
    QTest::addColumn<QString>("profileEnvironment");
    QTest::addColumn<QString>("lastProfile");
    QTest::addColumn<Source>("source");
    QTest::addColumn<QString>("chosen"); // a profile's name, or the URL's canonical form

    const QString a = QStringLiteral("sqlite:/srv/a.sqlite");
    const QString b = QStringLiteral("sqlite:/srv/b.sqlite");
    const QString none;
    QTest::newRow("everything") << a << QStringLiteral("p") << b << QStringLiteral("q") << QStringLiteral("last")
                                << Source::DatabaseOption << a;
    QTest::newRow("--profile beats the environment's database")
        << none << QStringLiteral("p") << b << QStringLiteral("q") << QStringLiteral("last") << Source::ProfileOption
        << QStringLiteral("p");
    QTest::newRow("GUICHET_DATABASE beats GUICHET_PROFILE")
        << none << none << b << QStringLiteral("q") << QStringLiteral("last") << Source::DatabaseEnvironment << b;
    QTest::newRow("GUICHET_PROFILE beats the last profile")
        << none << none << none << QStringLiteral("q") << QStringLiteral("last") << Source::ProfileEnvironment
        << QStringLiteral("q");
    QTest::newRow("the last profile") << none << none << none << none << QStringLiteral("last") << Source::LastProfile
                                      << QStringLiteral("last");
    QTest::newRow("nothing") << none << none << none << none << none << Source::DefaultFile
                             << DatabaseUrl::defaultUrl().toString();
    QTest::newRow("--database beats GUICHET_PROFILE")
        << a << none << none << QStringLiteral("q") << none << Source::DatabaseOption << a;
}

void TestConnectionChoice::order()
{
    QFETCH(QString, databaseOption);
    QFETCH(QString, profileOption);
    QFETCH(QString, databaseEnvironment);
    QFETCH(QString, profileEnvironment);
    QFETCH(QString, lastProfile);
    QFETCH(ConnectionChoice::Source, source);
    QFETCH(QString, chosen);
    const ConnectionChoice choice = ConnectionChoice::choose(
        {databaseOption, profileOption, databaseEnvironment, profileEnvironment, lastProfile});
    QCOMPARE(choice.source(), source);
    QCOMPARE(choice.isProfile(), !choice.profile().isEmpty());
    QCOMPARE(choice.isProfile() ? choice.profile() : choice.url().toString(), chosen);
    if (!choice.isProfile())
        QVERIFY(choice.url().isValid());
}

void TestConnectionChoice::namedProfile()
{
    qputenv("GUICHET_PROFILE", "from-environment");
    qputenv("GUICHET_DATABASE", "sqlite:/srv/env.sqlite");
    const ConnectionChoice::Request request = ConnectionChoice::Request::fromEnvironment({}, {});
    QCOMPARE(request.profileEnvironment, QStringLiteral("from-environment"));
    QCOMPARE(request.namedProfile(), QStringLiteral("from-environment"));
    QCOMPARE(ConnectionChoice::choose(request).source(), ConnectionChoice::Source::DatabaseEnvironment);
    QCOMPARE(ConnectionChoice::Request::fromEnvironment({}, QStringLiteral("given")).namedProfile(),
             QStringLiteral("given"));
    // A database address that is not one: the choice says where it came from and why.
    qputenv("GUICHET_DATABASE", "mysql://nowhere");
    const ConnectionChoice bad = ConnectionChoice::choose(ConnectionChoice::Request::fromEnvironment({}, {}));
    QVERIFY(!bad.url().isValid());
    QCOMPARE(bad.parseError(), DatabaseUrl::ParseError::UnknownScheme);
    QCOMPARE(bad.sourceName(), QStringLiteral("GUICHET_DATABASE"));
    qunsetenv("GUICHET_PROFILE");
    qunsetenv("GUICHET_DATABASE");
}

QTEST_GUILESS_MAIN(TestConnectionChoice)
#include "tst_connectionchoice.moc"
