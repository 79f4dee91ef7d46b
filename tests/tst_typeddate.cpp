#include "identity/CivilStatus.h"

#include <QTest>

// CivilStatus::readDate: the one rule for a date an agent types, at the desk and in guichetctl.
class TestTypedDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readDate_data();
    void readDate();
};

void TestTypedDate::readDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("problem");
    const QDate none;
    const QString ok = QStringLiteral("none");
    const QString invalid = QStringLiteral("invalid_birth_date");
    const QString ambiguous = QStringLiteral("ambiguous_birth_date");
    QTest::newRow("day first") << QStringLiteral("24/12/1960") << QDate(1960, 12, 24) << ok;
    // The case: in English this used to be read as 1 October 2000.
    QTest::newRow("day first, both under 13") << QStringLiteral("10/01/2000") << QDate(2000, 1, 10) << ok;
    QTest::newRow("single digits") << QStringLiteral("1/2/1960") << QDate(1960, 2, 1) << ok;
    QTest::newRow("dots") << QStringLiteral("24.12.1960") << QDate(1960, 12, 24) << ok;
    QTest::newRow("dashes") << QStringLiteral("24-12-1960") << QDate(1960, 12, 24) << ok;
    QTest::newRow("spaces around") << QStringLiteral("  24 / 12 / 1960 ") << QDate(1960, 12, 24) << ok;
    QTest::newRow("iso") << QStringLiteral("1960-12-24") << QDate(1960, 12, 24) << ok;
    QTest::newRow("month first") << QStringLiteral("12/24/1960") << none << ambiguous;
    QTest::newRow("two-digit year") << QStringLiteral("24/12/60") << none << ambiguous;
    QTest::newRow("year first, slashes") << QStringLiteral("1960/10/01") << none << ambiguous;
    QTest::newRow("year first, dots") << QStringLiteral("1960.12.24") << none << ambiguous;
    QTest::newRow("not a day") << QStringLiteral("31/02/1960") << none << invalid;
    QTest::newRow("iso not a day") << QStringLiteral("1960-02-30") << none << invalid;
    QTest::newRow("month 13 and day 13") << QStringLiteral("13/13/1960") << none << invalid;
    QTest::newRow("three-digit year") << QStringLiteral("24/12/960") << none << invalid;
    QTest::newRow("words") << QStringLiteral("24 December 1960") << none << invalid;
    QTest::newRow("digits only") << QStringLiteral("24121960") << none << invalid;
    QTest::newRow("empty") << QString() << none << invalid;
}

void TestTypedDate::readDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QFETCH(QString, problem);
    const CivilStatus::TypedDate read = CivilStatus::readDate(text);
    QCOMPARE(CivilStatus::problemCode(read.problem), problem);
    QCOMPARE(read.date, date);
    QCOMPARE(CivilStatus::parseDate(text), date);
}

QTEST_GUILESS_MAIN(TestTypedDate)
#include "tst_typeddate.moc"
