#pragma once

#include "agents/AgentSession.h"
#include "core/Error.h"
#include "db/Database.h"
#include "desk/AccountSummary.h"
#include "desk/ActionAnswer.h"
#include "desk/DeskServices.h"
#include "identity/CivilStatus.h"
#include "identity/Nir.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

// The state of the desk during a call, shared by its panels: the agent's session, the open call,
// the caller looked up, the identity check, the operations under way. Every call to the model
// runs on the DatabaseWorker's thread; answers come back as signals on the UI thread. Panels show
// this state and ask it to act; they never call a service themselves.
class DeskController : public QObject
{
    Q_OBJECT

public:
    enum class Action { Unlock, Reissue, ChangeEmail, ConfirmEmail, Certify };
    Q_ENUM(Action)

    DeskController(const DeskServices& services, const AgentSession& session, QObject* parent = nullptr);
    ~DeskController() override;
    Q_DISABLE_COPY_MOVE(DeskController)

    const DeskServices& services() const { return m_services; }
    const AgentSession& session() const { return m_session; }

    bool inCall() const { return m_callId > 0; }
    qint64 callId() const { return m_callId; }
    QString callReason() const { return m_reason; }
    qint64 callElapsedSeconds() const;
    bool isBusy() const { return m_busy > 0; }
    bool isLookingUp() const { return m_lookingUp; }

    const std::optional<AccountSummary>& summary() const { return m_summary; }
    // The identity check of this call.
    bool passIsFresh() const;
    QDateTime passExpiresAt() const; // invalid without a pass
    int remainingAttempts() const { return m_remainingAttempts; }
    bool verificationExhausted() const { return m_remainingAttempts <= 0; }
    // The caller's identity checks are refused for now: too many failed across calls and agents
    // (PortalPolicy::IdentityCheckMaxFailuresPerPerson). Until another caller is looked up.
    bool identityChecksLimited() const { return m_checksLimited; }
    // What the end-of-call dialog proposes (CallCatalog::proposedOutcome from this call's checks
    // and actions).
    QString proposedOutcome() const;

    // Why an action cannot be done now, in words for a tooltip; empty when it can.
    QString whyNot(Action action) const;
    bool canDo(Action action) const { return whyNot(action).isEmpty(); }
    bool mayCertify() const { return m_session.can(AgentSession::Permission::CertifyNir); }
    // While the screen is locked the panels hold no personal data (a screen reader reads hidden
    // texts too): they empty themselves, and fill again from this controller on resume.
    bool isScreenLocked() const { return m_screenLocked; }

    // The idempotency key kept for a retry of action (after an answer that may or may not have been
    // done); empty when none. Kept for the same caller only.
    QString pendingKey(Action action) const { return m_pendingKeys.value(action); }

    // For tests: the clock the pass's validity is measured against.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

Q_SIGNALS:
    void callChanged(); // started or ended
    void callError(const QString& message);
    void busyChanged(bool busy);
    void lookupStarted();
    // message is empty when the summary is on screen; otherwise it says why not (not found…).
    void lookupFinished(const QString& message, const QString& hint);
    void summaryChanged();
    void verificationChanged();
    // passed: the answers matched; remaining: checks left; message: words for the agent.
    void verificationFinished(bool passed, int remaining, const QString& message);
    void actionStarted(DeskController::Action action);
    void actionFinished(DeskController::Action action, bool ok, const QString& message);
    // While a job waits on a dropped database connection: "Reconnecting to the database…", or
    // "Checking the outcome…" while an action's lost COMMIT is resolved by its key. The job's own
    // answer follows as usual.
    void databaseProgress(const QString& message);
    void screenLockedChanged(bool locked);
    // The model refused the session itself (an administrator disabled the agent after the sign-in):
    // the call in progress is interrupted and forgotten; the window should go as for an ended
    // session. message says why, in words.
    void sessionEnded(const QString& message);

public Q_SLOTS:
    void startCall(const QString& reason);
    void endCall(const QString& outcome, const QString& note);
    // Ends the open call as "interrupted" (the agent quits, the session ends, the lock screen signs
    // out): the desk forgets the call at once and the worker closes it in the database without the
    // UI thread waiting. The program may stop right after: the worker still runs the job before it
    // goes (DeskBackend destroys it after the windows), a failure is logged. Nothing outside a call.
    void interruptCall();
    void lookUp(const Nir& nir);
    void reload();
    // Drops what is on screen about a caller (the agent is typing another number).
    void forgetCaller();
    void setScreenLocked(bool locked);
    void verify(const CivilStatus& answers);
    // text: the reason (unlock, reissue), the new address (change e-mail) or the code (confirm).
    void perform(DeskController::Action action, const QString& text);

private:
    template <typename T, typename Job, typename Done> void submit(Job job, Done done);
    // What the worker's thread reports while a job of this desk runs (Database::Progress), sent to
    // this object's thread and shown as databaseProgress; dropped once this controller is gone.
    Database::ProgressObserver progressObserver();
    void setBusy(bool busy);
    void finishAction(Action action, const Result<ActionAnswer>& result);
    // AgentDisabled or Unauthenticated from an action: ends the session (sessionEnded) and says so.
    bool endsSession(const Error& error);
    void schedulePassExpiry();
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    DeskServices m_services;
    AgentSession m_session;
    std::function<QDateTime()> m_clock;
    qint64 m_callId = 0;
    QString m_reason;
    QElapsedTimer m_callTimer;
    Nir m_nir;
    std::optional<AccountSummary> m_summary;
    QDateTime m_passedAt;
    int m_remainingAttempts = 0;
    // What happened in this call, for the proposed outcome.
    bool m_actionSucceeded = false;
    bool m_checkPassed = false;
    bool m_checkFailed = false;
    bool m_checksLimited = false;
    int m_busy = 0;
    bool m_lookingUp = false;
    bool m_screenLocked = false;
    quint64 m_lookupSequence = 0;
    QTimer m_passExpiryTimer;
    // One idempotency key per user action, kept while the action may be retried (it timed out or
    // the database was unavailable) so that a retry cannot act twice.
    QMap<Action, QString> m_pendingKeys;
    Nir m_keysNir; // the caller the pending keys were made for
};
