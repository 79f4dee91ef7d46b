// The count axis of the supervisor's charts (issue G, item 7): whole ticks at 1, 2, 5 × 10^k,
// the top a multiple of the step, every label on a grid line and none twice; and how many day
// labels fit under the bars.
#include "supervision/AxisTicks.h"

#include <QSet>
#include <QTest>

class TestAxisTicks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forMaximum_data();
    void forMaximum();
    void labelEvery_data();
    void labelEvery();
};

void TestAxisTicks::forMaximum_data()
{
    QTest::addColumn<qint64>("maximum");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<qint64>("top");
    QTest::newRow("0") << qint64(0) << qint64(1) << qint64(1);
    QTest::newRow("negative") << qint64(-3) << qint64(1) << qint64(1);
    QTest::newRow("1") << qint64(1) << qint64(1) << qint64(1);
    QTest::newRow("2") << qint64(2) << qint64(1) << qint64(2);
    QTest::newRow("3") << qint64(3) << qint64(1) << qint64(3);
    QTest::newRow("6") << qint64(6) << qint64(1) << qint64(6);
    QTest::newRow("7") << qint64(7) << qint64(2) << qint64(8);
    QTest::newRow("10") << qint64(10) << qint64(2) << qint64(10);
    QTest::newRow("38") << qint64(38) << qint64(10) << qint64(40);
    QTest::newRow("115") << qint64(115) << qint64(20) << qint64(120);
    QTest::newRow("1000") << qint64(1000) << qint64(200) << qint64(1000);
    QTest::newRow("12345") << qint64(12345) << qint64(5000) << qint64(15000);
}

void TestAxisTicks::forMaximum()
{
    QFETCH(qint64, maximum);
    QFETCH(qint64, step);
    QFETCH(qint64, top);
    const AxisTicks ticks = AxisTicks::forMaximum(maximum);
    QCOMPARE(ticks.step(), step);
    QCOMPARE(ticks.top(), top);
    // Every bar fits under the top; the top is on a grid line; a few intervals, at least one.
    QVERIFY(ticks.top() >= maximum);
    QCOMPARE(ticks.top() % ticks.step(), 0);
    QCOMPARE(ticks.tickCount(), int(top / step) + 1);
    QVERIFY(ticks.tickCount() >= 2 && ticks.tickCount() <= AxisTicks::MaxIntervals + 1);
    // The labels an axis of range [0, top] with tickCount ticks writes ("%d" of each tick's
    // value) are whole numbers, each a multiple of the step, no two the same.
    QSet<qint64> labels;
    for (int i = 0; i < ticks.tickCount(); ++i) {
        const double value = double(ticks.top()) * i / (ticks.tickCount() - 1);
        QCOMPARE(value, double(qint64(value)));
        QCOMPARE(qint64(value) % ticks.step(), 0);
        labels.insert(qint64(value));
    }
    QCOMPARE(labels.size(), ticks.tickCount());
    // The step is 1, 2 or 5 times a power of ten.
    qint64 mantissa = ticks.step();
    while (mantissa % 10 == 0)
        mantissa /= 10;
    QVERIFY2(mantissa == 1 || mantissa == 2 || mantissa == 5, qPrintable(QString::number(ticks.step())));
}

void TestAxisTicks::labelEvery_data()
{
    QTest::addColumn<int>("categories");
    QTest::addColumn<double>("plotWidth");
    QTest::addColumn<double>("labelWidth");
    QTest::addColumn<int>("every");
    QTest::newRow("nothing yet") << 30 << 0.0 << 20.0 << 1;
    QTest::newRow("one bar") << 1 << 10.0 << 20.0 << 1;
    QTest::newRow("a week, wide") << 7 << 500.0 << 20.0 << 1;
    QTest::newRow("a month, wide") << 30 << 900.0 << 22.0 << 1;
    QTest::newRow("a month, 1280 px half") << 30 << 520.0 << 22.0 << 2;
    QTest::newRow("a month, narrow") << 31 << 300.0 << 22.0 << 3;
    QTest::newRow("too narrow for any") << 10 << 10.0 << 22.0 << 10;
}

void TestAxisTicks::labelEvery()
{
    QFETCH(int, categories);
    QFETCH(double, plotWidth);
    QFETCH(double, labelWidth);
    QFETCH(int, every);
    QCOMPARE(AxisTicks::labelEvery(categories, plotWidth, labelWidth), every);
    // Unless nothing is known, the labels shown have their room.
    if (plotWidth > 0 && every < categories)
        QVERIFY(plotWidth / categories * every >= labelWidth);
}

QTEST_GUILESS_MAIN(TestAxisTicks)
#include "tst_axisticks.moc"
