#include "desk/DeskController.h"

#include "agents/AgentAuthService.h"
#include "core/Logging.h"
#include "core/PortalPolicy.h"
#include "core/SecretGenerator.h"
#include "db/DatabaseWorker.h"
#include "desk/CallCatalog.h"
#include "desk/CallService.h"
#include "desk/CertificationService.h"
#include "desk/HelpdeskService.h"
#include "text/ErrorText.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>

#include <tuple>

namespace {

Q_LOGGING_CATEGORY(lcDesk, "guichet.ui.desk", QtInfoMsg)

// Errors after which the same action may be tried again with the same idempotency key: the
// operation may or may not have happened.
bool isTransient(const Error& error)
{
    return error.code() == ErrorCode::DatabaseUnavailable || error.code() == ErrorCode::Busy
        || error.code() == ErrorCode::DatabaseError;
}

// Errors after which the action's idempotency key is kept for a retry even though the message does
// not invite one: the connection was lost around the action (its outcome may be unknown). A retry
// with the same key is answered by the stored result if the first run committed, never done twice.
bool keepsKey(const Error& error)
{
    return isTransient(error) || error.code() == ErrorCode::ConnectionLost || error.code() == ErrorCode::OutcomeUnknown;
}

} // namespace

DeskController::DeskController(const DeskServices& services, const AgentSession& session, QObject* parent)
    : QObject(parent), m_services(services), m_session(session)
{
    m_passExpiryTimer.setSingleShot(true);
    connect(&m_passExpiryTimer, &QTimer::timeout, this, &DeskController::reload);
}

DeskController::~DeskController() = default;

template <typename T, typename Job, typename Done> void DeskController::submit(Job job, Done done)
{
    setBusy(true);
    // The worker's thread reports to this desk only while this desk's job runs.
    auto observed = [job = std::move(job), observer = progressObserver()]() -> T {
        const Database::ProgressObserver previous = Database::setThreadProgressObserver(observer);
        T result = job();
        Database::setThreadProgressObserver(previous);
        return result;
    };
    m_services.worker.submit(this, std::move(observed), [this, done](const T& result) {
        setBusy(false);
        done(result);
    });
}

Database::ProgressObserver DeskController::progressObserver()
{
    // Called on the worker's thread: queued to the application object (it outlives every desk), and
    // from there to this controller if it still exists (QPointer, read on the UI thread only).
    return [self = QPointer<DeskController>(this)](Database::Progress progress) {
        if (!QCoreApplication::instance())
            return;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, progress] {
                if (!self)
                    return;
                //: An action's answer was lost with the database connection: the desk checks whether
                //: it was done (it is never done twice).
                const QString checking = tr("Checking the outcome…");
                //: The database dropped the connection: the desk opens a new one.
                const QString reconnecting = tr("Reconnecting to the database…");
                Q_EMIT self->databaseProgress(progress == Database::Progress::ResolvingOutcome ? checking
                                                                                               : reconnecting);
            },
            Qt::QueuedConnection);
    };
}

qint64 DeskController::callElapsedSeconds() const
{
    return inCall() && m_callTimer.isValid() ? m_callTimer.elapsed() / 1000 : 0;
}

bool DeskController::passIsFresh() const
{
    return CallService::passIsFresh(m_passedAt, now());
}

QDateTime DeskController::passExpiresAt() const
{
    return CallService::passExpiresAt(m_passedAt);
}

QString DeskController::proposedOutcome() const
{
    return CallCatalog::proposedOutcome(m_actionSucceeded, m_checkPassed, m_checkFailed);
}

QString DeskController::whyNot(Action action) const
{
    if (action == Action::Certify && !mayCertify())
        return tr("Only supervisors can certify a social-security number.");
    if (!inCall())
        return tr("Start a call first: nothing about a caller can be done outside a call.");
    if (!m_summary)
        return tr("Look the caller up first.");
    if (verificationExhausted())
        return tr("Three identity checks failed in this call: no action is possible. End the call.");
    if (m_checksLimited && !passIsFresh())
        return ErrorText::error(Error(ErrorCode::IdentityChecksLimited));
    if (!passIsFresh()) {
        if (m_passedAt.isValid())
            return tr("The identity check is more than %n minute(s) old: verify the caller again.", nullptr,
                      PortalPolicy::VerificationValidityMinutes);
        return tr("Verify the caller's identity first.");
    }
    if (isBusy())
        return tr("Wait for the operation under way to finish.");
    const AccountSummary& summary = *m_summary;
    switch (action) {
    case Action::Unlock:
        if (!summary.hasAccount())
            return tr("This person has no portal account.");
        if (summary.state != Account::State::Locked)
            return tr("The account is not locked.");
        break;
    case Action::Reissue:
    case Action::ChangeEmail:
        if (!summary.hasAccount())
            return tr("This person has no portal account.");
        break;
    case Action::ConfirmEmail:
        if (!summary.emailChangePending)
            return tr("No change of address is waiting for its code.");
        break;
    case Action::Certify:
        if (summary.provisionalNir)
            return tr("A provisional number cannot be certified: the caller must contact their pension fund (3960).");
        if (summary.certified)
            return tr("The number is already certified.");
        break;
    }
    return {};
}

void DeskController::startCall(const QString& reason)
{
    if (inCall())
        return;
    CallService* calls = &m_services.calls;
    const AgentSession session = m_session;
    const QDateTime at = now();
    submit<Result<qint64>>([calls, session, reason, at] { return calls->startCall(session, reason, at); },
                           [this, reason](const Result<qint64>& result) {
                               if (!result) {
                                   if (endsSession(result.error()))
                                       return;
                                   Q_EMIT callError(ErrorText::error(result.error()));
                                   return;
                               }
                               m_callId = result.value();
                               m_reason = reason;
                               m_callTimer.start();
                               m_remainingAttempts = PortalPolicy::VerificationMaxFailures;
                               m_passedAt = {};
                               m_pendingKeys.clear();
                               m_actionSucceeded = m_checkPassed = m_checkFailed = false;
                               Q_EMIT callChanged();
                               Q_EMIT verificationChanged();
                           });
}

void DeskController::endCall(const QString& outcome, const QString& note)
{
    if (!inCall())
        return;
    CallService* calls = &m_services.calls;
    const AgentSession session = m_session;
    const qint64 callId = m_callId;
    const QDateTime at = now();
    submit<Error>(
        [calls, session, callId, outcome, note, at] { return calls->endCall(session, callId, outcome, note, at); },
        [this](const Error& error) {
            if (endsSession(error))
                return;
            if (error && error.code() != ErrorCode::CallNotOpen) {
                Q_EMIT callError(ErrorText::error(error));
                return;
            }
            m_callId = 0;
            m_reason.clear();
            m_callTimer.invalidate();
            m_passExpiryTimer.stop();
            m_pendingKeys.clear();
            forgetCaller();
            Q_EMIT callChanged();
        });
}

void DeskController::interruptCall()
{
    if (!inCall())
        return;
    CallService* calls = &m_services.calls;
    const AgentSession session = m_session;
    const qint64 callId = m_callId;
    const QDateTime at = now();
    // Queued, not awaited: nobody is left to read the answer (the window is going), and the worker
    // runs its jobs in order and finishes every one before it is destroyed, after the windows.
    std::ignore = m_services.worker.run([calls, session, callId, at] {
        const Error error = calls->endCall(session, callId, QStringLiteral("interrupted"), QString(), at);
        if (error && error.code() != ErrorCode::CallNotOpen)
            qCWarning(lcSql) << "the interrupted call could not be closed:" << error.codeName();
    });
    m_callId = 0;
    m_reason.clear();
    m_callTimer.invalidate();
    m_passExpiryTimer.stop();
    m_pendingKeys.clear();
    forgetCaller();
    Q_EMIT callChanged();
}

void DeskController::lookUp(const Nir& nir)
{
    if (!inCall() || nir.isNull())
        return;
    if (nir != m_nir) {
        m_passedAt = {}; // a new person: the pass was for someone else
        m_checksLimited = false; // and the limit was theirs (the model says again if this one has it)
    }
    if (nir != m_keysNir) {
        // A key kept for a retry belongs to an action on the caller it was made for: another
        // caller's action gets a key of its own (the same caller looked up again keeps it).
        m_pendingKeys.clear();
        m_keysNir = nir;
    }
    m_nir = nir;
    const quint64 sequence = ++m_lookupSequence;
    m_lookingUp = true;
    Q_EMIT lookupStarted();
    CallService* calls = &m_services.calls;
    const AgentSession session = m_session;
    const qint64 callId = m_callId;
    const QDateTime at = now();
    submit<Result<AccountSummary>>(
        [calls, session, callId, nir, at] { return calls->lookup(session, callId, nir, at); },
        [this, sequence](const Result<AccountSummary>& result) {
            if (sequence != m_lookupSequence)
                return; // the agent has moved on to another number
            m_lookingUp = false;
            if (result) {
                m_summary = result.value();
                if (!m_summary->verified && passIsFresh())
                    m_passedAt = {};
                Q_EMIT summaryChanged();
                Q_EMIT verificationChanged();
                Q_EMIT lookupFinished({}, {});
                return;
            }
            m_summary.reset();
            Q_EMIT summaryChanged();
            Q_EMIT verificationChanged();
            if (endsSession(result.error()))
                return;
            if (result.error().code() == ErrorCode::NotFound)
                Q_EMIT lookupFinished(tr("No insured person has this number."),
                                      tr("Read the number back to the caller and check each digit."));
            else
                Q_EMIT lookupFinished(ErrorText::error(result.error()),
                                      tr("The number stays in the field: press Enter to try again."));
        });
}

void DeskController::reload()
{
    if (inCall() && !m_nir.isNull())
        lookUp(m_nir);
}

void DeskController::setScreenLocked(bool locked)
{
    if (locked == m_screenLocked)
        return;
    m_screenLocked = locked;
    Q_EMIT screenLockedChanged(locked);
}

void DeskController::forgetCaller()
{
    ++m_lookupSequence;
    m_lookingUp = false;
    m_nir = Nir();
    m_passedAt = {};
    m_checksLimited = false;
    m_passExpiryTimer.stop();
    const bool had = m_summary.has_value();
    m_summary.reset();
    if (had)
        Q_EMIT summaryChanged();
    Q_EMIT verificationChanged();
}

void DeskController::verify(const CivilStatus& answers)
{
    if (!inCall() || !m_summary || verificationExhausted())
        return;
    CallService* calls = &m_services.calls;
    const AgentSession session = m_session;
    const qint64 callId = m_callId;
    const QDateTime at = now();
    submit<Result<CallService::Verification>>(
        [calls, session, callId, answers, at] { return calls->verify(session, callId, answers, at); },
        [this, at](const Result<CallService::Verification>& result) {
            if (!result) {
                if (endsSession(result.error()))
                    return;
                if (result.error().code() == ErrorCode::VerificationExhausted) {
                    m_remainingAttempts = 0;
                    m_checkFailed = true;
                }
                if (result.error().code() == ErrorCode::IdentityChecksLimited)
                    m_checksLimited = true;
                Q_EMIT verificationChanged();
                Q_EMIT verificationFinished(false, m_remainingAttempts, ErrorText::error(result.error()));
                return;
            }
            m_remainingAttempts = result->remainingAttempts;
            QString message;
            m_checkPassed = m_checkPassed || result->verified;
            m_checkFailed = m_checkFailed || !result->verified;
            if (result->personLimitReached) {
                m_checksLimited = true;
                message = tr("The answers do not match the record.") + QLatin1Char(' ')
                    + ErrorText::error(Error(ErrorCode::IdentityChecksLimited));
            } else if (result->verified) {
                m_passedAt = at;
                schedulePassExpiry();
                //: %n is the validity of the identity check in minutes.
                message = tr("Identity verified. Actions are possible for %n minute(s).", nullptr,
                             PortalPolicy::VerificationValidityMinutes);
            } else if (m_remainingAttempts > 0) {
                message = tr("The answers do not match the record. %n check(s) left in this call.", nullptr,
                             m_remainingAttempts);
            } else {
                message = tr("The answers do not match the record, for the third time: no action is possible in this "
                             "call. End the call.");
            }
            Q_EMIT verificationChanged();
            Q_EMIT verificationFinished(result->verified, m_remainingAttempts, message);
            reload(); // unmasked after a pass; the state as the model sees it otherwise
        });
}

void DeskController::perform(Action action, const QString& text)
{
    if (!canDo(action))
        return;
    QString& key = m_pendingKeys[action];
    if (key.isEmpty())
        key = SecretGenerator::randomToken();
    const AgentSession session = m_session;
    const qint64 callId = m_callId;
    const QDateTime at = now();
    const QString idempotencyKey = key;
    HelpdeskService* helpdesk = &m_services.helpdesk;
    CertificationService* certification = &m_services.certification;
    Q_EMIT actionStarted(action);
    submit<Result<ActionAnswer>>(
        [action, text, session, callId, at, idempotencyKey, helpdesk, certification]() -> Result<ActionAnswer> {
            switch (action) {
            case Action::Unlock:
                return helpdesk->unlock(session, callId, text, idempotencyKey, at);
            case Action::Reissue:
                return helpdesk->reissue(session, callId, text, idempotencyKey, at);
            case Action::ChangeEmail:
                return helpdesk->changeEmail(session, callId, text, idempotencyKey, at);
            case Action::ConfirmEmail:
                return helpdesk->confirmEmail(session, callId, text, idempotencyKey, at);
            case Action::Certify:
                return certification->certify(session, callId, idempotencyKey, at, text);
            }
            return Error(ErrorCode::InvalidInput);
        },
        [this, action](const Result<ActionAnswer>& result) { finishAction(action, result); });
}

void DeskController::finishAction(Action action, const Result<ActionAnswer>& result)
{
    if (result) {
        m_pendingKeys.remove(action);
        // Sending a code is not yet a change: the address is corrected once the code is confirmed.
        if (action != Action::ChangeEmail)
            m_actionSucceeded = true;
        QString message;
        switch (action) {
        case Action::Unlock:
            message = tr("The account is unlocked: the holder can log in again.");
            break;
        case Action::Reissue:
            //: %n is the validity of a temporary password in days.
            message = tr("A new temporary password is on its way to the address on file. It works once, within %n "
                         "day(s).",
                         nullptr, PortalPolicy::TemporaryPasswordValidityDays);
            break;
        case Action::ChangeEmail:
            message
                = tr("A 6-digit code is on its way to the new address. Ask the caller to read it back, then type it "
                     "in the code field.");
            break;
        case Action::ConfirmEmail:
            message = tr("The new address is confirmed. The previous address receives a notice.");
            break;
        case Action::Certify:
            message = tr("The number is certified: the holder can now register on the portal.");
            break;
        }
        Q_EMIT actionFinished(action, true, message);
        reload();
        return;
    }

    const Error& error = result.error();
    if (endsSession(error))
        return;
    if (!keepsKey(error))
        m_pendingKeys.remove(action);
    QString message = ErrorText::error(error);
    if (error.code() == ErrorCode::Conflict) {
        //: %1 says who changed the account meanwhile and that nothing was done.
        message = tr("%1 The account was reloaded: check it and try again.").arg(ErrorText::conflict(error));
    } else if (error.code() == ErrorCode::RegisterMismatch) {
        // Which fields differ, in words: the supervisor tells the caller what to have corrected.
        QStringList fields;
        const QStringList codes = error.context().value(QStringLiteral("fields")).toStringList();
        for (const QString& field : codes) {
            if (field == QLatin1String("last_name"))
                fields << tr("last name");
            else if (field == QLatin1String("first_names"))
                fields << tr("first names");
            else if (field == QLatin1String("birth_date"))
                fields << tr("birth date");
            else if (field == QLatin1String("birth_place"))
                fields << tr("birth place");
        }
        if (!fields.isEmpty())
            //: %1 lists the civil-status fields that differ ("birth place", "last name, birth date").
            message = tr("The national register differs on: %1. The number was not certified; the caller must "
                         "contact their pension fund (3960).")
                          .arg(fields.join(QStringLiteral(", ")));
    } else if (error.code() == ErrorCode::WrongCode) {
        const int left = error.context().value(QStringLiteral("remaining_attempts")).toInt();
        message = tr("This is not the code that was sent. %n attempt(s) left.", nullptr, left);
    } else if (isTransient(error)) {
        message += QLatin1Char(' ') + tr("Try the same action again: it will not be done twice.");
    }
    qCInfo(lcDesk) << "operation refused:" << error.codeName();
    Q_EMIT actionFinished(action, false, message);
    if (!isTransient(error))
        reload();
}

bool DeskController::endsSession(const Error& error)
{
    if (error.code() != ErrorCode::AgentDisabled && error.code() != ErrorCode::Unauthenticated)
        return false;
    // As when the lock screen signs the agent out: the call ends as interrupted (the model lets a
    // disabled agent's call be closed, nothing more), nothing about the caller stays here.
    qCInfo(lcDesk) << "session refused by the model:" << error.codeName();
    interruptCall();
    forgetCaller();
    Q_EMIT sessionEnded(ErrorText::error(error));
    return true;
}

void DeskController::setBusy(bool busy)
{
    const bool was = isBusy();
    m_busy += busy ? 1 : -1;
    if (was != isBusy())
        Q_EMIT busyChanged(isBusy());
}

void DeskController::schedulePassExpiry()
{
    const qint64 left = now().msecsTo(passExpiresAt());
    m_passExpiryTimer.start(static_cast<int>(qMax<qint64>(0, left) + 500));
}
