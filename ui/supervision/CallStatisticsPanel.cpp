#include "supervision/CallStatisticsPanel.h"

#include "common/BarChart.h"

#include "supervision/ReasonStatisticsTableModel.h"
#include "text/ErrorText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

CallStatisticsPanel::CallStatisticsPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new ReasonStatisticsTableModel(this))
    , m_busy(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_table(new QTableView(this))
    , m_chart(new QChartView(new QChart, this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("callStatisticsPanel"));
    m_busy->setObjectName(QStringLiteral("statisticsBusyProgressBar"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->setVisible(false);
    m_message->setObjectName(QStringLiteral("statisticsMessageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("reasonTableView"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    // Outcome labels are long: their headings wrap over two or three lines rather than widen the table.
    m_table->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    m_table->horizontalHeader()->setMinimumHeight(5 * fontMetrics().lineSpacing() + 10);
    m_table->horizontalHeader()->setAccessibleName(tr("Columns of the calls per reason"));
    m_table->setAccessibleName(tr("Calls per reason"));
    m_table->setAccessibleDescription(
        tr("One row per call reason: calls, calls still open, each outcome, and the mean duration; the last row "
           "adds them up."));
    m_chart->setObjectName(QStringLiteral("callsPerHourChartView"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_chart->setAccessibleName(tr("Calls per hour of the day"));

    m_splitter->setObjectName(QStringLiteral("statisticsSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_chart);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_message->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* status = new QHBoxLayout;
    status->addWidget(m_totals, 2);
    status->addWidget(m_busy);
    status->addWidget(m_message, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(status);
    layout->addWidget(m_splitter, 1);
}

CallStatisticsPanel::~CallStatisticsPanel() = default;

void CallStatisticsPanel::setLoading()
{
    m_loading = true;
    m_busy->setVisible(true);
    m_message->clear();
}

void CallStatisticsPanel::showStatistics(const Result<CallStatistics::Report>& report)
{
    m_loading = false;
    m_busy->setVisible(false);
    if (!report) {
        m_model->clear();
        m_totals->clear();
        m_message->setText(ErrorText::error(report.error()));
        return;
    }
    showReport(report.value());
}

void CallStatisticsPanel::showReport(const CallStatistics::Report& report)
{
    m_model->setReport(report);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // Long headings wrap rather than widen their column; the cells never get cut ("none ended").
    for (int column = 1; column < m_model->columnCount(); ++column)
        m_table->setColumnWidth(
            column,
            std::max(static_cast<QAbstractItemView*>(m_table)->sizeHintForColumn(column),
                     std::min(m_table->columnWidth(column), 10 * fontMetrics().averageCharWidth() + 24)));
    qint64 ended = 0;
    qint64 durationMs = 0;
    qint64 open = 0;
    for (const CallStatistics::ReasonRow& row : report.reasons) {
        ended += row.endedCalls;
        durationMs += row.totalDurationMs;
        open += row.open;
    }
    //: Totals of the period: %1 calls, %2 still open, %3 the mean duration (m:ss).
    m_totals->setText(
        tr("%n call(s) in the period, %1 still open; mean duration of the ended calls: %2.", nullptr,
           int(report.totalCalls))
            .arg(open)
            .arg(ended > 0 ? ReasonStatisticsTableModel::formatDuration(double(durationMs) / 1000.0 / double(ended))
                           : tr("none ended")));

    m_hours = new QBarSet(tr("Calls"));
    QStringList hours;
    QStringList spoken;
    int busiest = -1;
    for (int hour = 0; hour < 24; ++hour) {
        const qint64 count = report.callsPerHour.at(std::size_t(hour));
        *m_hours << qreal(count);
        hours << QString::number(hour);
        if (count > 0)
            //: %1 is an hour of the day (0–23).
            spoken << tr("%1 h: %n call(s)", nullptr, int(count)).arg(hour);
        if (count > 0 && (busiest < 0 || count > report.callsPerHour.at(std::size_t(busiest))))
            busiest = hour;
    }
    QChart* chart = BarChart::make(tr("Calls per hour of the day (start of the call)"), hours, {m_hours}, tr("Hour"));
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    if (busiest < 0) {
        m_chart->setAccessibleDescription(tr("No call in this period."));
        return;
    }
    //: A chart's summary: %1 the busiest hour of the day (0–23), %2 its number of calls.
    const QString summary
        = tr("%n call(s) in the period; the busiest hour: %1 h (%2).", nullptr, int(report.totalCalls))
              .arg(busiest)
              .arg(report.callsPerHour.at(std::size_t(busiest)));
    m_chart->setAccessibleDescription(summary + u' ' + spoken.join(QStringLiteral("; ")));
}
