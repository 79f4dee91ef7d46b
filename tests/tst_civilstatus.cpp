// CivilStatus::matches / differingFields: the one comparison of what a caller says with a record,
// used by the desk's identity check, the portal's registration and the certification.
#include "identity/CivilStatus.h"

#include <QTest>

Q_DECLARE_METATYPE(CivilStatus)

class TestCivilStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compare_data();
    void compare();
};

void TestCivilStatus::compare_data()
{
    QTest::addColumn<CivilStatus>("typed");
    QTest::addColumn<QStringList>("differing");
    const QDate born(1960, 12, 24);
    QTest::newRow("same") << CivilStatus{QStringLiteral("Lefèvre-d'Arc"), QStringLiteral("Marie Hélène"), born,
                                         QStringLiteral("Marseille")}
                          << QStringList();
    QTest::newRow("case, accents, hyphens, apostrophes, spaces")
        << CivilStatus{QStringLiteral("LEFEVRE D ARC"), QStringLiteral(" marie-helene "), born,
                       QStringLiteral("MARSEILLE")}
        << QStringList();
    QTest::newRow("last name") << CivilStatus{QStringLiteral("Lefèvre"), QStringLiteral("Marie Hélène"), born,
                                              QStringLiteral("Marseille")}
                               << QStringList{QStringLiteral("last_name")};
    QTest::newRow("one first name missing")
        << CivilStatus{QStringLiteral("Lefèvre-d'Arc"), QStringLiteral("Marie"), born, QStringLiteral("Marseille")}
        << QStringList{QStringLiteral("first_names")};
    QTest::newRow("a day off") << CivilStatus{QStringLiteral("Lefèvre-d'Arc"), QStringLiteral("Marie Hélène"),
                                              born.addDays(1), QStringLiteral("Marseille")}
                               << QStringList{QStringLiteral("birth_date")};
    QTest::newRow("all but the name") << CivilStatus{QStringLiteral("Lefevre d'Arc"), QStringLiteral("Marie"),
                                                     QDate(1960, 12, 25), QStringLiteral("Aix-en-Provence")}
                                      << QStringList{QStringLiteral("first_names"), QStringLiteral("birth_date"),
                                                     QStringLiteral("birth_place")};
}

void TestCivilStatus::compare()
{
    QFETCH(CivilStatus, typed);
    QFETCH(QStringList, differing);
    const CivilStatus record{QStringLiteral("Lefèvre-d'Arc"), QStringLiteral("Marie Hélène"), QDate(1960, 12, 24),
                             QStringLiteral("Marseille")};
    QCOMPARE(record.differingFields(typed), differing);
    QCOMPARE(record.matches(typed), differing.isEmpty());
    QCOMPARE(typed.matches(record), differing.isEmpty());
}

QTEST_GUILESS_MAIN(TestCivilStatus)
#include "tst_civilstatus.moc"
