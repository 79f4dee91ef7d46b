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
class QTabWidget;
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
    ~SupervisorWindow() override;
    Q_DISABLE_COPY_MOVE(SupervisorWindow)

    PeriodSelector* periodSelector() const { return m_period; }
    QTabWidget* tabWidget() const { return m_tabs; }
    LockoutHistoryPanel* lockoutHistoryPanel() const { return m_lockouts; }
    CallStatisticsPanel* callStatisticsPanel() const { return m_statistics; }
    SupervisionFlagsPanel* supervisionFlagsPanel() const { return m_flags; }
    AuditTrailPanel* auditTrailPanel() const { return m_audit; }
    ReissueApprovalsPanel* reissueApprovalsPanel() const { return m_approvals; }
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

    Database& m_database;
    DatabaseWorker& m_worker;
    AgentSession m_session;
    quint64 m_statisticsSequence = 0;
    PeriodSelector* m_period;
    QTabWidget* m_tabs;
    LockoutHistoryPanel* m_lockouts;
    CallStatisticsPanel* m_statistics;
    SupervisionFlagsPanel* m_flags;
    AuditTrailPanel* m_audit;
    ReissueApprovalsPanel* m_approvals;
    QPointer<AboutDialog> m_aboutDialog;
    int m_schemaVersion = 0;
};
