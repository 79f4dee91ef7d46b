#pragma once

#include "supervision/CallStatistics.h"

#include <QWidget>

class QBarSet;
class QChartView;
class QLabel;
class QProgressBar;
class QSplitter;
class QTableView;
class ReasonStatisticsTableModel;

// The calls of the period: per reason (calls, outcomes, mean duration), per hour of the day as a
// bar chart, and the totals. The SupervisorWindow computes the report once per period (on the
// DatabaseWorker) and gives it to this panel and to the lockouts' charts.
class CallStatisticsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CallStatisticsPanel(QWidget* parent = nullptr);
    ~CallStatisticsPanel() override;
    Q_DISABLE_COPY_MOVE(CallStatisticsPanel)

    ReasonStatisticsTableModel* model() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    QLabel* totalsLabel() const { return m_totals; }
    QLabel* messageLabel() const { return m_message; }
    QSplitter* splitter() const { return m_splitter; }
    QBarSet* hourBarSet() const { return m_hours; }
    bool isBusy() const { return m_loading; }

public Q_SLOTS:
    // The period's statistics are being computed (busy until showStatistics()).
    void setLoading();
    void showStatistics(const Result<CallStatistics::Report>& report);

private:
    void showReport(const CallStatistics::Report& report);

    bool m_loading = false;
    ReasonStatisticsTableModel* m_model;
    QProgressBar* m_busy;
    QLabel* m_message;
    QLabel* m_totals;
    QTableView* m_table;
    QChartView* m_chart;
    QSplitter* m_splitter;
    QBarSet* m_hours = nullptr;
};
