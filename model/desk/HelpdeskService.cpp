#include "desk/HelpdeskService.h"

#include "accounts/EmailChangeRepository.h"
#include "accounts/LockoutRepository.h"
#include "agents/CallRepository.h"
#include "agents/RefusalAudit.h"
#include "audit/AuditLog.h"
#include "core/EmailAddress.h"
#include "core/PortalPolicy.h"
#include "core/TextLimits.h"
#include "db/Database.h"
#include "desk/CallService.h"
#include "desk/IdempotencyStore.h"
#include "desk/ReissueApprovalService.h"
#include "identity/PersonRepository.h"
#include "mail/MailOutbox.h"

namespace {

// What moved the account since this call looked it up, named for the agent: another desk's action
// (changed_by: its login, changed_action), else the portal (changed_by "portal"; account_status
// says what the account is now, e.g. locked by the holder's wrong passwords).
Error conflictError(QSqlDatabase& db, const Call& call, const Account& account)
{
    Error error(ErrorCode::Conflict, QStringLiteral("account changed since lookup"));
    const Result<std::optional<AuditLog::Change>> change
        = AuditLog(db).lastDeskAction(account.id, call.startedAt, call.id);
    if (change && change.value()) {
        error.withContext(QStringLiteral("changed_by"), change.value()->agentLogin);
        error.withContext(QStringLiteral("changed_by_kind"), QStringLiteral("desk"));
        error.withContext(QStringLiteral("changed_action"), change.value()->action);
        error.withContext(QStringLiteral("changed_at"), change.value()->occurredAt.toString(Qt::ISODateWithMs));
    } else {
        error.withContext(QStringLiteral("changed_by"), QStringLiteral("portal"));
        error.withContext(QStringLiteral("changed_by_kind"), QStringLiteral("portal"));
    }
    error.withContext(QStringLiteral("account_status"), Account::statusName(account.status));
    return error;
}

// The row moved between this transaction's read and its write (the holder's try on the portal,
// the mail service): not a conflict for the desk, whose check is on deskVersion. Busy makes
// Database::write run the whole transaction again on a fresh read.
Error retriedOnRowChange(const Error& error)
{
    if (error.code() == ErrorCode::Conflict)
        return Error(ErrorCode::Busy, QStringLiteral("account row changed during the action"));
    return error;
}

// A refusal of bad input: problem is the stable name that ErrorText turns into one sentence in the
// UI's language (the detail stays for logs).
Error invalid(const QString& detail, const QString& problem)
{
    return Error(ErrorCode::InvalidInput, detail).withContext(QStringLiteral("problem"), problem);
}

// Queues a request and supersedes the older ones of its kind still queued for the account (two
// reissues in a row send one mail, whose password is the one that works).
Result<qint64> enqueueReplacing(QSqlDatabase& db, qint64 accountId, OutboxMessage::Kind kind, const QString& recipient,
                                ActionAnswer& answer)
{
    MailOutbox outbox(db);
    const Result<qint64> queued = outbox.enqueue(accountId, kind, recipient);
    if (!queued)
        return queued;
    const Result<int> superseded = outbox.supersedeQueued(accountId, kind, queued.value());
    if (!superseded)
        return superseded.error();
    answer.mailId = queued.value();
    answer.supersededMail = superseded.value();
    return queued;
}

bool validReason(const QString& reason)
{
    const QString trimmed = reason.trimmed();
    return !trimmed.isEmpty() && trimmed.size() <= TextLimits::Reason;
}

// What the idempotency key of this request is bound to: the agent, the action, the call and the
// account the call is about now (a call that is not found binds nothing: the key is then refused
// or the call check that follows refuses the request).
IdempotencyStore::Request idempotencyRequest(const AgentSession& session, const QString& key, AuditAction action,
                                             qint64 callId, const Result<Call>& call)
{
    IdempotencyStore::Request request{key, session.agentId, AuditActions::code(action), callId, 0};
    if (!key.isEmpty() && call)
        request.accountId = call->accountId;
    return request;
}

// The takeover path (issue I, finding 3): the civil status the identity check asks is printed in the
// NIR, so a caller who changed the address at the desk must not get a temporary password sent there
// on the civil status alone. While the account's newest desk change is under review
// (PortalPolicy::EmailChangeReviewDays) and the address on file is its new one: nothing before the
// waiting period has passed with the notice sent to the previous address (ChangeWaitingPeriod,
// context "until"), then nothing without a supervisor's approval (ApprovalRequired). A change the
// holder refused: ChangeRefusedByOwner until its waiting period ends. *change: the change that
// gated the reissue, if any.
Error changedAddressGate(QSqlDatabase& db, const Account& account, const QDateTime& now,
                         std::optional<EmailChange>* gating)
{
    const Result<std::optional<EmailChange>> latest = EmailChangeRepository(db).latest(account.id);
    if (!latest)
        return latest.error();
    if (!latest.value() || !latest.value()->underReview(now))
        return {};
    const EmailChange& change = *latest.value();
    if (change.refused()) {
        if (now >= change.waitingUntil)
            return {};
        *gating = change;
        return Error(ErrorCode::ChangeRefusedByOwner)
            .withContext(QStringLiteral("refused_at"), change.refusedAt.toUTC().toString(Qt::ISODateWithMs));
    }
    if (account.email.compare(change.newEmail, Qt::CaseInsensitive) != 0)
        return {};
    *gating = change;
    if (now < change.waitingUntil || !change.noticeSent()) {
        Error error(ErrorCode::ChangeWaitingPeriod);
        error.withContext(QStringLiteral("until"), change.waitingUntil.toUTC().toString(Qt::ISODateWithMs));
        if (!change.noticeSent())
            error.withContext(QStringLiteral("notice_sent"), false);
        return error;
    }
    const Result<bool> approved = ReissueApprovalService::approvedIn(db, change.id);
    if (!approved)
        return approved.error();
    if (!approved.value())
        return Error(ErrorCode::ApprovalRequired);
    return {};
}

bool validKey(const QString& key)
{
    return key.isEmpty() || (key.size() >= 8 && key.size() <= 128);
}

} // namespace

HelpdeskService::HelpdeskService(Database& database) : m_database(database)
{ }

Error HelpdeskService::applyUnlock(QSqlDatabase& db, Account& account, const AgentSession& session, qint64 callId,
                                   const QString& reason, const QDateTime& now)
{
    if (account.status != Account::Status::Locked)
        return Error(ErrorCode::NotLocked);
    account.status = account.passwordHash.isEmpty() ? Account::Status::PendingActivation : Account::Status::Active;
    account.failedAttempts = 0;
    account.lockedAt = QDateTime();
    const Result<int> closed = LockoutRepository(db).close(account.id, session.agentId, reason.trimmed(), callId, now);
    return closed ? Error() : closed.error();
}

Result<ActionAnswer> HelpdeskService::perform(const AgentSession& session, qint64 callId, AuditAction action,
                                              const QString& reason, const QString& idempotencyKey,
                                              const QDateTime& now, const Body& body)
{
    if (!session.can(AgentSession::Permission::TakeCalls))
        return RefusalAudit::record(m_database, session, action, Error(ErrorCode::Forbidden), callId);
    if (!validKey(idempotencyKey))
        return invalid(QStringLiteral("idempotency key of 8 to 128 characters"), QStringLiteral("idempotency_key"));

    ActionAnswer answer;
    const Database::Work work = [&](QSqlDatabase& db) -> Error {
        answer = ActionAnswer{};
        answer.action = action;
        if (Error e = CallService::requireActiveAgent(db, session)) // before a stored answer too
            return e;
        const Result<Call> found = CallRepository(db).find(callId); // read once, for the key and the checks
        const IdempotencyStore::Request request = idempotencyRequest(session, idempotencyKey, action, callId, found);
        if (!idempotencyKey.isEmpty()) {
            const Result<std::optional<ActionAnswer>> stored = IdempotencyStore(db).find(request);
            if (!stored)
                return stored.error();
            if (stored.value()) {
                answer = *stored.value();
                return {};
            }
        }
        const Result<Call> call = CallService::verifiedCall(session, found, now);
        if (!call)
            return call.error();
        if (call->accountId == 0)
            return Error(ErrorCode::NoAccount);
        AccountRepository accounts(db, AccountRepository::Writer::Desk);
        Result<Account> account = accounts.findById(call->accountId);
        if (!account)
            return account.error();
        // Only what the action depends on counts (Account::DeskState and desk actions): the
        // holder's tries on the portal and the mail service's delivery of this call's own
        // requests do not send the agent back to a new lookup.
        if (account->deskVersion != call->seenAccountVersion)
            return conflictError(db, call.value(), account.value());

        if (Error e = body(db, account.value(), answer))
            return e;
        if (Error e = accounts.save(account.value(), AccountRepository::Writer::Desk))
            return retriedOnRowChange(e);
        if (Error e = CallRepository(db).setSeenVersion(callId, account->deskVersion))
            return e;
        if (Error e = AuditLog(db)
                          .append(session.auditEntry(action, callId, account->id, AuditActions::code(AuditOutcome::Ok),
                                                     reason.trimmed()))
                          .error())
            return e;
        answer.accountId = account->id;
        answer.version = account->version;
        if (!idempotencyKey.isEmpty())
            return IdempotencyStore(db).remember(request, answer);
        return {};
    };
    // A COMMIT lost with the connection is resolved by the key: run again, the work finds the stored
    // answer if the first run committed. Without a key nothing is retried blindly (OutcomeUnknown).
    const Error error
        = m_database.write(work, 8, idempotencyKey.isEmpty() ? Database::Replay::Never : Database::Replay::ByKey);
    if (error)
        return RefusalAudit::record(m_database, session, action, error, callId);
    return answer;
}

Result<ActionAnswer> HelpdeskService::unlock(const AgentSession& session, qint64 callId, const QString& reason,
                                             const QString& idempotencyKey, const QDateTime& now)
{
    if (!validReason(reason))
        return invalid(QStringLiteral("a reason is required"), QStringLiteral("reason"));
    return perform(session, callId, AuditAction::Unlock, reason, idempotencyKey, now,
                   [&](QSqlDatabase& db, Account& account, ActionAnswer& answer) -> Error {
                       if (Error e = applyUnlock(db, account, session, callId, reason, now))
                           return e;
                       answer.status = account.status;
                       return {};
                   });
}

Result<ActionAnswer> HelpdeskService::reissue(const AgentSession& session, qint64 callId, const QString& reason,
                                              const QString& idempotencyKey, const QDateTime& now)
{
    if (!validReason(reason))
        return invalid(QStringLiteral("a reason is required"), QStringLiteral("reason"));
    std::optional<EmailChange> gating;
    Result<ActionAnswer> result
        = perform(session, callId, AuditAction::Reissue, reason, idempotencyKey, now,
                  [&](QSqlDatabase& db, Account& account, ActionAnswer& answer) -> Error {
                      gating.reset();
                      if (Error e = changedAddressGate(db, account, now, &gating))
                          return e;
                      const Result<qint64> queued = enqueueReplacing(
                          db, account.id, OutboxMessage::Kind::TemporaryPassword, account.email, answer);
                      if (!queued)
                          return queued.error();
                      answer.accountLocked = account.status == Account::Status::Locked;
                      return {};
                  });
    const ErrorCode code = result ? ErrorCode::None : result.error().code();
    if ((code != ErrorCode::ChangeWaitingPeriod && code != ErrorCode::ApprovalRequired) || !gating)
        return result;
    // The refused reissue asks for the supervisor's approval itself (its own transaction: the
    // refusal rolled back), so that the agent can tell the caller a supervisor will look at it.
    Error refusal = result.error();
    qint64 requestId = 0;
    const Error requested = m_database.write([&](QSqlDatabase& db) -> Error {
        const Result<qint64> id = ReissueApprovalService::requestIn(db, session, callId, *gating, reason, now);
        if (!id)
            return id.error();
        requestId = id.value();
        return {};
    });
    if (requested)
        return requested;
    refusal.withContext(QStringLiteral("approval_request"), requestId);
    return refusal;
}

Result<ActionAnswer> HelpdeskService::changeEmail(const AgentSession& session, qint64 callId, const QString& newAddress,
                                                  const QString& idempotencyKey, const QDateTime& now)
{
    if (const EmailAddress::Problem problem = EmailAddress::check(newAddress); problem != EmailAddress::Problem::None)
        return invalid(QStringLiteral("invalid e-mail address"), EmailAddress::problemName(problem));
    const QString address = EmailAddress::normalized(newAddress);
    return perform(session, callId, AuditAction::EmailChange, {}, idempotencyKey, now,
                   [&](QSqlDatabase& db, Account& account, ActionAnswer& answer) -> Error {
                       if (address.compare(account.email, Qt::CaseInsensitive) == 0)
                           return invalid(QStringLiteral("same address"), QStringLiteral("email_same_address"));
                       account.pendingEmail = address;
                       account.emailCodeHash.clear(); // the code is made at delivery time
                       account.emailCodeExpiresAt = QDateTime();
                       account.emailCodeAttempts = 0;
                       const Result<qint64> queued
                           = enqueueReplacing(db, account.id, OutboxMessage::Kind::EmailConfirmation, address, answer);
                       if (!queued)
                           return queued.error();
                       return {};
                   });
}

Result<ActionAnswer> HelpdeskService::confirmEmail(const AgentSession& session, qint64 callId, const QString& code,
                                                   const QString& idempotencyKey, const QDateTime& now)
{
    const QString trimmed = code.trimmed();
    if (trimmed.size() != 6 || !std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isDigit(); }))
        return invalid(QStringLiteral("a code has 6 digits"), QStringLiteral("code_format"));

    // A wrong code must be counted even though the operation is refused: the count is committed
    // in its own transaction below, after perform() rolled back.
    int remaining = -1;
    Result<ActionAnswer> result = perform(
        session, callId, AuditAction::EmailConfirm, {}, idempotencyKey, now,
        [&](QSqlDatabase& db, Account& account, ActionAnswer& answer) -> Error {
            if (account.pendingEmail.isEmpty())
                return Error(ErrorCode::NoPendingChange);
            if (account.emailCodeHash.isEmpty())
                return Error(ErrorCode::CodeNotSent);
            if (account.emailCodeAttempts >= PortalPolicy::EmailCodeMaxAttempts)
                return Error(ErrorCode::CodeAttemptsExhausted);
            if (!account.emailCodeExpiresAt.isValid() || account.emailCodeExpiresAt <= now)
                return Error(ErrorCode::CodeExpired);
            const Result<bool> matches
                = AccountRepository(db, AccountRepository::Writer::Desk).emailCodeMatches(account.id, trimmed);
            if (!matches)
                return matches.error();
            if (!matches.value()) {
                remaining = PortalPolicy::EmailCodeMaxAttempts - account.emailCodeAttempts - 1;
                return Error(ErrorCode::WrongCode);
            }
            const QString previous = account.email;
            account.email = account.pendingEmail;
            account.pendingEmail.clear();
            account.emailCodeHash.clear();
            account.emailCodeExpiresAt = QDateTime();
            account.emailCodeAttempts = 0;
            const Result<qint64> notice
                = MailOutbox(db).enqueue(account.id, OutboxMessage::Kind::AddressChangeNotice, previous);
            if (!notice)
                return notice.error();
            answer.noticeMailId = notice.value();
            EmailChange change;
            change.accountId = account.id;
            change.previousEmail = previous;
            change.newEmail = account.email;
            change.changedAt = now;
            change.waitingUntil = EmailChange::waitingEnd(now);
            change.agentId = session.agentId;
            change.callId = callId;
            change.noticeMailId = notice.value();
            const Result<qint64> recorded = EmailChangeRepository(db).add(change);
            return recorded ? Error() : recorded.error();
        });
    if (result || result.error().code() != ErrorCode::WrongCode)
        return result;

    const Error counted = m_database.write([&](QSqlDatabase& db) -> Error {
        const Result<Call> call = CallRepository(db).find(callId);
        if (!call)
            return call.error();
        AccountRepository accounts(db, AccountRepository::Writer::Desk);
        Result<Account> account = accounts.findById(call->accountId);
        if (!account)
            return account.error();
        ++account.value().emailCodeAttempts;
        if (Error e = accounts.save(account.value(), AccountRepository::Writer::Desk))
            return retriedOnRowChange(e);
        return CallRepository(db).setSeenVersion(callId, account->deskVersion);
    });
    if (counted)
        return counted;
    Error wrong(ErrorCode::WrongCode);
    wrong.withContext(QStringLiteral("remaining_attempts"), std::max(0, remaining));
    return wrong;
}

Result<HelpdeskService::BulkSummary> HelpdeskService::unlockBulk(const AgentSession& session, const QStringList& nirs,
                                                                 const QString& reason, const QDateTime& now)
{
    if (!session.can(AgentSession::Permission::BulkUnlock))
        return RefusalAudit::record(m_database, session, AuditAction::UnlockBulk, Error(ErrorCode::Forbidden));
    if (!validReason(reason))
        return invalid(QStringLiteral("a reason is required"), QStringLiteral("reason"));
    BulkSummary summary;
    for (const QString& text : nirs) {
        const Nir nir = Nir::parse(text);
        if (nir.isNull()) {
            ++summary.invalid;
            continue;
        }
        const Error error = m_database.write([&](QSqlDatabase& db) -> Error {
            if (Error e = CallService::requireActiveAgent(db, session))
                return e;
            const Result<Person> person = PersonRepository(db).findByNir(nir);
            if (!person)
                return person.error();
            AccountRepository accounts(db, AccountRepository::Writer::Desk);
            Result<Account> account = accounts.findByPersonId(person->id);
            if (!account)
                return account.error();
            if (Error e = applyUnlock(db, account.value(), session, 0, reason, now))
                return e;
            if (Error e = accounts.save(account.value(), AccountRepository::Writer::Desk))
                return e;
            return AuditLog(db)
                .append(session.auditEntry(AuditAction::UnlockBulk, 0, account->id,
                                           AuditActions::code(AuditOutcome::Ok), reason.trimmed()))
                .error();
        });
        if (error.code() == ErrorCode::AgentDisabled || error.code() == ErrorCode::Unauthenticated)
            return RefusalAudit::record(m_database, session, AuditAction::UnlockBulk, error);
        if (!error)
            ++summary.unlocked;
        else if (error.code() == ErrorCode::NotLocked)
            ++summary.notLocked;
        else if (error.code() == ErrorCode::NotFound)
            ++summary.notFound;
        else
            ++summary.failed;
    }
    return summary;
}
