#pragma once

#include "agents/AgentSession.h"
#include "core/Error.h"
#include "supervision/CallStatistics.h"
#include "supervision/LockoutHistory.h"

#include <QDate>
#include <QFileDialog>
#include <QMap>
#include <QPointer>
#include <QProgressDialog>
#include <QWidget>

#include <atomic>
#include <memory>

class Database;
class DatabaseWorker;
class LockoutHistoryModel;
class ReadReplica;
class NirLineEdit;
class QBarSet;
class QChartView;
class QCheckBox;
class QComboBox;

class QLabel;
class QProgressBar;

class QPushButton;
class QSplitter;
class QTableView;
class QTimer;
namespace Ui {
class LockoutHistoryPanel;
}

// The supervisor's lockout history: filters, the lazy table (a keyset page at a time as the view
// scrolls, sorted by the allow-listed columns), the detail of the selected lockout, the CSV export
// of the current filter, and two charts over the period (lockouts per day; unlocks and reissues
// per agent) whose bars filter the table. Every database call runs on the DatabaseWorker.
class LockoutHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    // Its widgets are found by object name: "lockoutTableView", "detailLabel", "messageLabel",
    // "lockoutSplitter", "chartSplitter", "stateComboBox", "dayComboBox" (the day a bar of the
    // lockouts per day chart chooses, by keyboard), "exportPushButton"…
    LockoutHistoryPanel(Database& database, DatabaseWorker& worker, const AgentSession& session,
                        QWidget* parent = nullptr);
    ~LockoutHistoryPanel() override;
    Q_DISABLE_COPY_MOVE(LockoutHistoryPanel)

    // The listings' pages and the export read from this streaming replica (on its own worker,
    // falling back to the primary when it cannot be reached); the detail and every audit event stay
    // on the primary. Null (the default): everything on the primary's worker. Set it before the
    // first setPeriod(); the replica must outlive the panel.
    void setReadReplica(ReadReplica* replica) { m_replica = replica; }

    LockoutHistoryModel* model() const { return m_model; }
    QProgressDialog* exportProgress() const { return m_progress; }
    // One bar per day of the period; one category per agent (unlocks, bulk unlocks, reissues).
    QBarSet* dayBarSet() const { return m_dayBars; }
    QList<QBarSet*> agentBarSets() const { return m_agentBars; }
    QList<QDate> chartDays() const { return m_days; }
    QList<CallStatistics::AgentActions> chartAgents() const { return m_agents; }
    // The filter the table shows (the period, narrowed to a day if a bar asked for it).
    LockoutHistory::Filter currentFilter() const;
    bool isBusy() const { return m_pending > 0; }
    bool isExporting() const { return m_exportCancel != nullptr; }

Q_SIGNALS:
    // The agents known for the period (from the statistics), for the other tabs' filters.
    void agentsChanged(const QList<CallStatistics::AgentActions>& agents);
    void busyChanged(bool busy);
    // ok: the file is complete; otherwise nothing was left at path.
    void exportFinished(bool ok, qint64 rows);
    // A read through the ReadReplica has finished (on the replica, or on the primary instead).
    void replicaReadFinished();

public Q_SLOTS:
    // [from, to): the shared period; reloads the table. The charts come from showStatistics().
    void setPeriod(const QDateTime& from, const QDateTime& to);
    // The period's statistics are being computed elsewhere (the SupervisorWindow, once for every
    // tab): busy until showStatistics().
    void expectStatistics();
    // The charts of the period (lockouts per day, actions per agent), or why there are none.
    void showStatistics(const Result<CallStatistics::Report>& report);
    // Narrows the table to one day of the period (what a click on a day bar does).
    void filterByDay(const QDate& day);
    // Shows the lockouts unlocked by this agent (what a click on an agent bar does).
    void filterByAgent(qint64 agentId);
    void showWholePeriod();
    // Asks where to write (a non-blocking file dialog), then exports.
    void chooseExportFile();
    // Streams the current filter into path, with a cancellable progress dialog.
    void exportTo(const QString& path);
    void cancelExport();

private:
    template <typename T, typename Job, typename Done> void submit(Job job, Done done);
    // job(Database& reads) on the replica's worker when there is one, else on the primary's.
    template <typename T, typename Job, typename ErrorOf, typename Done>
    void submitRead(Job job, ErrorOf errorOf, Done done);
    void setBusy(bool busy);
    void applyFilter();
    void loadDetail();
    void showReport(const CallStatistics::Report& report);
    void fillAgentCombo();
    void rememberAgents(int first, int last);
    void onSortChanged(int section, Qt::SortOrder order);
    void onNirChanged();
    void showError(const Error& error);
    // whole: the tooltip and accessible name when the line shows a shorter form (a file name for its path).
    void setMessage(const QString& text, const QString& whole = {});
    void elideMessage();
    void onDayActivated(int index);
    bool eventFilter(QObject* watched, QEvent* event) override;

    std::unique_ptr<Ui::LockoutHistoryPanel> m_ui;
    Database& m_database;
    DatabaseWorker& m_worker;
    ReadReplica* m_replica = nullptr;
    AgentSession m_session;
    QDateTime m_from;
    QDateTime m_to;
    QDate m_day; // invalid: the whole period
    LockoutHistory::Sort m_sort;
    QMap<qint64, QString> m_agentNames; // for the agent filter: id → name or login
    QList<QDate> m_days;
    QList<CallStatistics::AgentActions> m_agents;
    Error m_pageError;
    QString m_message; // whole, as the message label may show it elided
    int m_pending = 0;
    quint64 m_detailSequence = 0;
    bool m_awaitingStatistics = false;

    LockoutHistoryModel* m_model = nullptr;
    QBarSet* m_dayBars = nullptr;
    QList<QBarSet*> m_agentBars;
    QPointer<QFileDialog> m_fileDialog;
    QPointer<QProgressDialog> m_progress;
    QTimer* m_progressTimer;
    std::shared_ptr<std::atomic<bool>> m_exportCancel;
    std::shared_ptr<std::atomic<qint64>> m_exportRows;
};
