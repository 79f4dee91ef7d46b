// How names, addresses and numbers are shown before the caller is verified (issue I.4: no initial
// of a name, no letter of an address; before, issue G.9 kept each name part's initial).
#include "core/Masking.h"

#include <QTest>

namespace {

const QString d = QStringLiteral("\u2022\u2022\u2022");

// Whether masked shows any letter or digit of value.
bool leaksALetter(const QString& masked, const QString& value)
{
    for (const QChar c : masked) {
        if (c.isLetterOrNumber() && value.contains(c, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

class TestMasking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullName_data();
    void fullName();
    void email_data();
    void email();
    void nir();
};

void TestMasking::fullName_data()
{
    QTest::addColumn<QString>("firstNames");
    QTest::addColumn<QString>("lastName");
    QTest::addColumn<QString>("masked");
    const QString both = d + QLatin1Char(' ') + d;
    QTest::newRow("simple") << QStringLiteral("Jean") << QStringLiteral("Martin") << both;
    QTest::newRow("compound first name") << QStringLiteral("Jean-Pierre") << QStringLiteral("Martin") << both;
    QTest::newRow("two first names") << QStringLiteral("Marie Hélène") << QStringLiteral("Lefèvre-d'Arc") << both;
    QTest::newRow("three first names") << QStringLiteral("Anne Marie Louise") << QStringLiteral("Roux") << both;
    QTest::newRow("apostrophe first") << QStringLiteral("Éloïse") << QStringLiteral("'t Hooft") << both;
    QTest::newRow("one letter") << QStringLiteral("A") << QStringLiteral("B") << both;
}

void TestMasking::fullName()
{
    QFETCH(QString, firstNames);
    QFETCH(QString, lastName);
    QFETCH(QString, masked);
    QCOMPARE(Masking::fullName(firstNames, lastName), masked);
    // No letter of the names, not even an initial, and the same length whatever the names.
    QVERIFY(!leaksALetter(Masking::fullName(firstNames, lastName), firstNames + lastName));
    QCOMPARE(Masking::name(firstNames), d);
    QCOMPARE(Masking::name(lastName), d);
}

void TestMasking::email_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("masked");
    const QString address = d + QLatin1Char('@') + d;
    QTest::newRow("plain") << QStringLiteral("jean.dupont@laposte.fr") << address;
    QTest::newRow("subdomain") << QStringLiteral("m@mail.caisse.gouv.fr") << address;
    QTest::newRow("digits") << QStringLiteral("j.martin1960@orange.fr") << address;
    QTest::newRow("no at") << QStringLiteral("nothing") << d;
}

void TestMasking::email()
{
    QFETCH(QString, address);
    QFETCH(QString, masked);
    QCOMPARE(Masking::email(address), masked);
    QVERIFY(!leaksALetter(Masking::email(address), address));
}

void TestMasking::nir()
{
    // The number the agent typed: its first three digits say the case (sex, year), never more.
    QCOMPARE(Masking::nir(QStringLiteral("185037510604292")),
             QStringLiteral("1 85 \u2022\u2022 \u2022\u2022 \u2022\u2022\u2022 \u2022\u2022\u2022 \u2022\u2022"));
    QCOMPARE(Masking::nir(QStringLiteral("1")), d);
}

QTEST_GUILESS_MAIN(TestMasking)
#include "tst_masking.moc"
