#pragma once

#include "AgentSession.h"
#include "CallStatistics.h"

#include <QWidget>

class Database;
class DatabaseWorker;
class QBarSet;
class QChartView;
class QLabel;
class QProgressBar;
class QSplitter;
class QTableView;
class ReasonStatisticsTableModel;

// The calls of the period: per reason (calls, outcomes, mean duration), per hour of the day as a
// bar chart, and the totals. Computed by CallStatistics on the DatabaseWorker.
class CallStatisticsPanel : public QWidget
{
    Q_OBJECT

public:
    CallStatisticsPanel(Database& database, DatabaseWorker& worker, const AgentSession& session,
                        QWidget* parent = nullptr);
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
    void setPeriod(const QDateTime& from, const QDateTime& to);
    void reload();

private:
    void showReport(const CallStatistics::Report& report);

    Database& m_database;
    DatabaseWorker& m_worker;
    AgentSession m_session;
    QDateTime m_from;
    QDateTime m_to;
    quint64 m_sequence = 0;
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
