#pragma once

#include "agents/AgentSession.h"
#include "common/AboutDialog.h"
#include "desk/DeskServices.h"
#include "desk/ShortcutsDialog.h"

#include <QMainWindow>
#include <QPointer>

class ActionsPanel;
class CallBar;
class CallerPanel;
class DeskController;
class QLabel;
class QSplitter;
class QStackedWidget;
class ScreenLock;
class ScriptPanel;

class VerificationPanel;

// The desk's main window. It only assembles the panels around one DeskController: the call bar on
// top; the caller (number and account), the identity check with the actions, and the guided script
// side by side; the agent's name and role in the status bar; the screen lock over everything.
class DeskWindow : public QMainWindow
{
    Q_OBJECT

public:
    // services must outlive the window; session comes from SignInDialog.
    DeskWindow(const DeskServices& services, const AgentSession& session, QWidget* parent = nullptr);
    ~DeskWindow() override;
    Q_DISABLE_COPY_MOVE(DeskWindow)

    DeskController* controller() const { return m_controller; }
    CallBar* callBar() const { return m_callBar; }
    CallerPanel* callerPanel() const { return m_callerPanel; }
    VerificationPanel* verificationPanel() const { return m_verificationPanel; }
    ActionsPanel* actionsPanel() const { return m_actionsPanel; }
    ScriptPanel* scriptPanel() const { return m_scriptPanel; }
    ScreenLock* screenLock() const { return m_screenLock; }
    ShortcutsDialog* shortcutsDialog() const { return m_shortcutsDialog; }
    AboutDialog* aboutDialog() const { return m_aboutDialog; }
    // The database's schema version that Help → About shows (DeskBackend::openSchema); 0: unknown.
    void setSchemaVersion(int version) { m_schemaVersion = version; }

Q_SIGNALS:
    // Tools → Connection settings (admins only): the application opens the settings dialog.
    void settingsRequested();
    // Supervision → Open the supervisor's desk (supervisors and admins).
    void supervisionRequested();
    // The lock screen's password was wrong too many times: the call in progress has ended as
    // interrupted and the window closes; the application shows the sign-in again.
    void signedOut();
    // The model refused the session (an administrator disabled the agent after the sign-in): the
    // call in progress has ended as interrupted and the window closes; the application shows the
    // sign-in again with message.
    void sessionRefused(const QString& message);

public Q_SLOTS:
    void showShortcuts();
    // Help → About.
    void showAbout();
    // The session ends without the agent (logout, shutdown, SIGTERM): the call in progress ends as
    // interrupted and the window closes, locked or not, without asking.
    void endSession();

protected:
    void closeEvent(QCloseEvent* event) override;

private Q_SLOTS:
    void onLockedChanged(bool locked);
    void onSignOutRequested();
    void onSessionEnded(const QString& message);

private:
    void createMenus();
    void restoreSettings();
    void saveSettings() const;
    void askToQuit();

    DeskController* m_controller;
    QStackedWidget* m_stack;
    QWidget* m_content;
    CallBar* m_callBar;
    CallerPanel* m_callerPanel;
    VerificationPanel* m_verificationPanel;
    ActionsPanel* m_actionsPanel;
    ScriptPanel* m_scriptPanel;
    QSplitter* m_splitter;
    ScreenLock* m_screenLock;
    QLabel* m_agentLabel;
    QList<QAction*> m_lockableActions;
    QPointer<ShortcutsDialog> m_shortcutsDialog;
    QPointer<AboutDialog> m_aboutDialog;
    int m_schemaVersion = 0;
    bool m_quitConfirmed = false; // the agent said yes to quitting during a call
    bool m_asking = false;
};
