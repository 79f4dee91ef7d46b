#pragma once

#include "agents/AgentSession.h"
#include "common/AboutDialog.h"

#include <QMainWindow>
#include <QPointer>

class AuditTrailPanel;
class CallStatisticsPanel;
class Database;
class DatabaseWorker;
class LockoutHistoryPanel;
class PeriodSelector;
class QLabel;
class QTabWidget;
class ReadReplica;
class ReissueApprovalsPanel;
class SupervisionFlagsPanel;

// The supervisor's desk: one period (this month by default) shared by four tabs — the lockout
// history, the call statistics, the supervision flags and the audit trail — and a fifth, the
// reissues waiting for a supervisor's approval (four eyes, whatever the period). Opened from the desk
// (DeskWindow::supervisionRequested); the database and the worker must outlive it. Every database
// call runs on the worker; a session without the right to review sees the refusal in each tab.
class SupervisorWindow : public QMainWindow
{
    Q_OBJECT

public:
    SupervisorWindow(Database& database, DatabaseWorker& worker, const AgentSession& session,
                     QWidget* parent = nullptr);
    // With a streaming replica (the profile's reads URL): the lockout history's listings, the CSV
    // export and the statistics read from it (ReadReplica falls back to the primary when it cannot be
    // reached); the status bar's "readsLabel" says where the figures come from and how far behind
    // the replica is. Everything else, every write included, stays on database. replica may be null.
    SupervisorWindow(Database& database, DatabaseWorker& worker, ReadReplica* replica, const AgentSession& session,
                     QWidget* parent = nullptr);
    ~SupervisorWindow() override;
    Q_DISABLE_COPY_MOVE(SupervisorWindow)

    PeriodSelector* periodSelector() const { return m_period; }
    QTabWidget* tabWidget() const { return m_tabs; }
    LockoutHistoryPanel* lockoutHistoryPanel() const { return m_lockouts; }
    CallStatisticsPanel* callStatisticsPanel() const { return m_statistics; }
    SupervisionFlagsPanel* supervisionFlagsPanel() const { return m_flags; }
    AuditTrailPanel* auditTrailPanel() const { return m_audit; }
    ReissueApprovalsPanel* reissueApprovalsPanel() const { return m_approvals; }
    QLabel* readsLabel() const { return m_readsLabel; }
    AboutDialog* aboutDialog() const { return m_aboutDialog; }
    // The database's schema version that Help → About shows (DeskBackend::openSchema); 0: unknown.
    void setSchemaVersion(int version) { m_schemaVersion = version; }

public Q_SLOTS:
    // Reads every tab again for the current period.
    void reload();
    // Help → About.
    void showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    // Shows the tab at index, wrapping around at both ends.
    void showTab(int index);
    void nameUnnamedControls();
    void restoreSettings();
    void saveSettings() const;
    void checkReplica();
    void showReplicaStatus();

    Database& m_database;
    DatabaseWorker& m_worker;
    ReadReplica* m_replica;
    AgentSession m_session;
    quint64 m_statisticsSequence = 0;
    PeriodSelector* m_period;
    QTabWidget* m_tabs;
    LockoutHistoryPanel* m_lockouts;
    CallStatisticsPanel* m_statistics;
    SupervisionFlagsPanel* m_flags;
    AuditTrailPanel* m_audit;
    ReissueApprovalsPanel* m_approvals;
    QLabel* m_readsLabel = nullptr;
    QPointer<AboutDialog> m_aboutDialog;
    int m_schemaVersion = 0;
};
