#pragma once

#include "agents/AgentAuthService.h"
#include "agents/AgentSession.h"
#include "core/Error.h"

#include <QTimer>
#include <QWidget>

#include <chrono>

class DatabaseWorker;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// The page that covers the desk when the agent steps away: after PortalPolicy::ScreenLockIdleMinutes
// without input (an event filter on the application watches keys, mouse and wheel) or on request
// (Ctrl+Shift+L). It shows nothing about the caller; the agent resumes with their password, checked
// by AgentAuthService::checkScreenUnlock on the worker's thread. The call in progress stays open
// meanwhile. Wrong passwords here do not count toward the login's limit; after
// PortalPolicy::ScreenLockMaxAttempts of them the lock screen asks the desk to sign the agent out.
class ScreenLock : public QWidget
{
    Q_OBJECT

public:
    ScreenLock(AgentAuthService& auth, DatabaseWorker& worker, const AgentSession& session, QWidget* parent = nullptr);
    ~ScreenLock() override;
    Q_DISABLE_COPY_MOVE(ScreenLock)

    bool isLocked() const { return m_locked; }
    // Wrong passwords typed on this lock screen since it locked.
    int failedAttempts() const { return m_failures; }
    std::chrono::milliseconds idleTimeout() const { return m_idleTimeout; }
    // For tests, and for a site that wants another delay.
    void setIdleTimeout(std::chrono::milliseconds timeout);

Q_SIGNALS:
    void lockedChanged(bool locked);
    // The password was wrong PortalPolicy::ScreenLockMaxAttempts times: the call in progress must end
    // as interrupted and the agent sign in again.
    void signOutRequested();

public Q_SLOTS:
    void lock();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private Q_SLOTS:
    void resume();

private:
    void onCheckFinished(const Result<ScreenUnlock>& result);

    AgentAuthService& m_auth;
    DatabaseWorker& m_worker;
    AgentSession m_session;
    std::chrono::milliseconds m_idleTimeout;
    QTimer m_idleTimer;
    QLineEdit* m_passwordLineEdit;
    QPushButton* m_resumePushButton;
    QLabel* m_errorLabel;
    QProgressBar* m_busyProgressBar;
    bool m_locked = false;
    bool m_checking = false;
    int m_failures = 0;
};
