#include "BarChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>
#include <numeric>

QChart* BarChart::make(const QString& title, const QStringList& categories, const QList<QBarSet*>& sets,
                       const QString& categoryTitle)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto* series = new QBarSeries(chart);
    qreal maximum = 0;
    for (QBarSet* set : sets) {
        series->append(set);
        for (int i = 0; i < set->count(); ++i)
            maximum = std::max(maximum, set->at(i));
    }
    chart->addSeries(series);
    // The counts are written on the bars: the colours only tell the sets apart, with the legend.
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    // Beyond two weeks of bars the counts no longer fit on them: the value axis tells.
    series->setLabelsVisible(categories.size() <= 14);
    auto* x = new QBarCategoryAxis(chart);
    x->append(categories);
    x->setTitleText(categoryTitle);
    const qsizetype longest = std::accumulate(categories.cbegin(), categories.cend(), qsizetype(0),
                                              [](qsizetype n, const QString& c) { return std::max(n, c.size()); });
    if (categories.size() > 12 && longest > 2)
        x->setLabelsAngle(-90);
    auto* y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%d"));
    const int top = std::max(4, int(maximum) + 1 + int(maximum) / 5);
    y->setRange(0, top);
    y->setTickCount(std::min(top, 4) + 1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(sets.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}
