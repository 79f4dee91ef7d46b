#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QBarSet;
class QChart;

// The supervisor's bar charts: one category axis, a value axis of whole numbers, the counts on
// the bars while they fit, a legend when there are several sets (colours only tell sets apart).
class BarChart
{
public:
    // The chart takes the sets.
    static QChart* make(const QString& title, const QStringList& categories, const QList<QBarSet*>& sets,
                        const QString& categoryTitle = {});
};
