// How names, addresses and numbers are shown before the caller is verified (issue G.9: each name
// part keeps its own initial).
#include "core/Masking.h"

#include <QTest>

class TestMasking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullName_data();
    void fullName();
    void email_data();
    void email();
};

void TestMasking::fullName_data()
{
    QTest::addColumn<QString>("firstNames");
    QTest::addColumn<QString>("lastName");
    QTest::addColumn<QString>("masked");
    const QString d = QStringLiteral("\u2022\u2022\u2022");
    QTest::newRow("simple") << QStringLiteral("Jean") << QStringLiteral("Martin") << QStringLiteral("J%1 M%1").arg(d);
    QTest::newRow("compound first name") << QStringLiteral("Jean-Pierre") << QStringLiteral("Martin")
                                         << QStringLiteral("J%1 P%1 M%1").arg(d);
    QTest::newRow("two first names") << QStringLiteral("Marie Hélène") << QStringLiteral("Lefèvre-d'Arc")
                                     << QStringLiteral("M%1 H%1 L%1 d%1").arg(d);
    QTest::newRow("three first names") << QStringLiteral("Anne Marie Louise") << QStringLiteral("Roux")
                                       << QStringLiteral("A%1 M%1 R%1").arg(d);
    QTest::newRow("apostrophe first") << QStringLiteral("Éloïse") << QStringLiteral("'t Hooft")
                                      << QStringLiteral("É%1 t%1 H%1").arg(d);
}

void TestMasking::fullName()
{
    QFETCH(QString, firstNames);
    QFETCH(QString, lastName);
    QFETCH(QString, masked);
    QCOMPARE(Masking::fullName(firstNames, lastName), masked);
    // Nothing of the name but initials: no letter after the first of each word.
    QVERIFY(!Masking::fullName(firstNames, lastName).contains(lastName.right(2)));
}

void TestMasking::email_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("masked");
    const QString d = QStringLiteral("\u2022\u2022\u2022");
    QTest::newRow("plain") << QStringLiteral("jean.dupont@laposte.fr") << QStringLiteral("j%1@l%1.fr").arg(d);
    QTest::newRow("subdomain") << QStringLiteral("m@mail.caisse.gouv.fr") << QStringLiteral("m%1@m%1.fr").arg(d);
    QTest::newRow("no at") << QStringLiteral("nothing") << d;
}

void TestMasking::email()
{
    QFETCH(QString, address);
    QFETCH(QString, masked);
    QCOMPARE(Masking::email(address), masked);
}

QTEST_GUILESS_MAIN(TestMasking)
#include "tst_masking.moc"
