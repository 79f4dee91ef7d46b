#include "common/BarChart.h"

#include "supervision/AxisTicks.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

// The room a label needs between its neighbours.
constexpr qreal LabelGap = 8;

QBarSeries* addSeries(QChart* chart, const QList<QBarSet*>& sets, int categories)
{
    auto* series = new QBarSeries(chart);
    for (QBarSet* set : sets)
        series->append(set);
    chart->addSeries(series);
    // The counts are written on the bars: the colours only tell the sets apart, with the legend.
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    // Beyond two weeks of bars the counts no longer fit on them: the value axis tells.
    series->setLabelsVisible(categories <= 14);
    return series;
}

QValueAxis* countAxis(QChart* chart, const QList<QBarSet*>& sets)
{
    qreal maximum = 0;
    for (QBarSet* set : sets) {
        for (int i = 0; i < set->count(); ++i)
            maximum = std::max(maximum, set->at(i));
    }
    const AxisTicks ticks = AxisTicks::forMaximum(qint64(std::ceil(maximum)));
    auto* y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setRange(0, qreal(ticks.top()));
    y->setTickType(QValueAxis::TicksFixed);
    y->setTickCount(ticks.tickCount());
    y->setMinorTickCount(0);
    return y;
}

void finish(QChart* chart, QBarSeries* series, QAbstractAxis* x, QValueAxis* y, qsizetype sets)
{
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(sets > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

// Shows every n-th label of x, n such that each has room on a plot that wide.
void labelDays(QCategoryAxis* x, const QStringList& labels, qreal plotWidth)
{
    const QFontMetricsF metrics(x->labelsFont());
    const qreal widest = std::accumulate(labels.cbegin(), labels.cend(), qreal(0), [&](qreal w, const QString& l) {
        return std::max(w, metrics.horizontalAdvance(l));
    });
    const int every = AxisTicks::labelEvery(int(labels.size()), plotWidth, widest + LabelGap);
    if (x->property("labelEvery").toInt() == every)
        return;
    x->setProperty("labelEvery", every);
    const QStringList old = x->categoriesLabels();
    for (const QString& label : old)
        x->remove(label);
    for (int i = 0; i < labels.size(); i += every)
        x->append(labels.at(i), i);
}

} // namespace

QChart* BarChart::make(const QString& title, const QStringList& categories, const QList<QBarSet*>& sets,
                       const QString& categoryTitle)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    QBarSeries* series = addSeries(chart, sets, int(categories.size()));
    auto* x = new QBarCategoryAxis(chart);
    x->append(categories);
    x->setTitleText(categoryTitle);
    const qsizetype longest = std::accumulate(categories.cbegin(), categories.cend(), qsizetype(0),
                                              [](qsizetype n, const QString& c) { return std::max(n, c.size()); });
    if (categories.size() > 12 && longest > 2)
        x->setLabelsAngle(-90);
    finish(chart, series, x, countAxis(chart, sets), sets.size());
    return chart;
}

QChart* BarChart::makeDaily(const QString& title, const QList<QDate>& days, QBarSet* set)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    QBarSeries* series = addSeries(chart, {set}, int(days.size()));
    auto* x = new QCategoryAxis(chart);
    x->setObjectName(QStringLiteral("dayAxis"));
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setStartValue(-0.5);
    x->setRange(-0.5, std::max(qreal(days.size()), qreal(1)) - 0.5);
    x->setGridLineVisible(false);
    if (!days.isEmpty())
        x->setTitleText(dayAxisTitle(days.first(), days.last()));
    const QStringList labels = dayLabels(days);
    labelDays(x, labels, 0);
    QObject::connect(chart, &QChart::plotAreaChanged, x,
                     [x, labels](const QRectF& area) { labelDays(x, labels, area.width()); });
    finish(chart, series, x, countAxis(chart, {set}), 1);
    return chart;
}

QString BarChart::dayAxisTitle(const QDate& first, const QDate& last)
{
    const QLocale locale;
    QString period;
    if (first == last)
        period = locale.toString(first, QStringLiteral("d MMM yyyy"));
    else if (first.year() == last.year() && first.month() == last.month())
        period = QStringLiteral("%1–%2").arg(first.day()).arg(locale.toString(last, QStringLiteral("d MMM yyyy")));
    else if (first.year() == last.year())
        period = QStringLiteral("%1 – %2").arg(locale.toString(first, QStringLiteral("d MMM")),
                                               locale.toString(last, QStringLiteral("d MMM yyyy")));
    else
        period = QStringLiteral("%1 – %2").arg(locale.toString(first, QStringLiteral("d MMM yyyy")),
                                               locale.toString(last, QStringLiteral("d MMM yyyy")));
    //: The title of a chart's axis of days; %1 is the period, e.g. "1–30 Nov 2026".
    return tr("Days (%1)").arg(period);
}

QStringList BarChart::dayLabels(const QList<QDate>& days)
{
    const bool oneMonth
        = days.isEmpty() || (days.first().year() == days.last().year() && days.first().month() == days.last().month());
    QStringList labels;
    for (const QDate& day : days)
        labels << (oneMonth ? QString::number(day.day()) : QStringLiteral("%1/%2").arg(day.day()).arg(day.month()));
    return labels;
}
