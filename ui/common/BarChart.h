#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class QBarSet;
class QChart;

// The supervisor's bar charts: one category axis, a value axis of whole numbers at round steps
// (AxisTicks: labels on the grid lines), the counts on the bars while they fit, a legend when
// there are several sets (colours only tell sets apart).
class BarChart
{
    Q_DECLARE_TR_FUNCTIONS(BarChart)

public:
    // The chart takes the sets.
    static QChart* make(const QString& title, const QStringList& categories, const QList<QBarSet*>& sets,
                        const QString& categoryTitle = {});
    // One bar per day (days are consecutive): the axis names the period ("Days (1–30 Nov 2026)")
    // and labels the bars by day number, every n-th day when the bars are narrower than their
    // labels (worked out again whenever the plot area changes size).
    static QChart* makeDaily(const QString& title, const QList<QDate>& days, QBarSet* set);
    // "Days (1–30 Nov 2026)", in the application's locale.
    static QString dayAxisTitle(const QDate& first, const QDate& last);
    // The labels of days: day numbers, with the month when the days cross one.
    static QStringList dayLabels(const QList<QDate>& days);
};
