#include "HelpdeskService.h"

#include "AuditLog.h"
#include "CallRepository.h"
#include "CallService.h"
#include "Database.h"
#include "EmailAddress.h"
#include "IdempotencyStore.h"
#include "LockoutRepository.h"
#include "Logging.h"
#include "MailOutbox.h"
#include "PasswordHasher.h"
#include "PersonRepository.h"
#include "PortalPolicy.h"

namespace {

Error conflictError(QSqlDatabase& db, qint64 accountId)
{
    Error error(ErrorCode::Conflict, QStringLiteral("account changed since lookup"));
    const Result<std::optional<AuditLog::Change>> change = AuditLog(db).lastAccountChange(accountId);
    if (change && change.value()) {
        error.withContext(QStringLiteral("changed_by"), change.value()->agentLogin);
        error.withContext(QStringLiteral("changed_action"), change.value()->action);
        error.withContext(QStringLiteral("changed_at"), change.value()->occurredAt.toString(Qt::ISODateWithMs));
    } else {
        error.withContext(QStringLiteral("changed_by"), QStringLiteral("portal"));
    }
    return error;
}

bool validReason(const QString& reason)
{
    const QString trimmed = reason.trimmed();
    return !trimmed.isEmpty() && trimmed.size() <= 500;
}

bool validKey(const QString& key)
{
    return key.isEmpty() || (key.size() >= 8 && key.size() <= 128);
}

} // namespace

HelpdeskService::HelpdeskService(Database& database) : m_database(database)
{ }

void HelpdeskService::auditRefusal(const AgentSession& session, qint64 callId, const QString& action,
                                   const Error& error)
{
    // Database failures are not refusals: there is nothing to tell a supervisor about them.
    if (!error || Error::isDatabaseFailure(error.code()) || !session.isValid())
        return;
    const Error audit = m_database.write([&](QSqlDatabase& db) -> Error {
        qint64 accountId = 0;
        if (const Result<Call> call = CallRepository(db).find(callId); call && call->agentId == session.agentId)
            accountId = call->accountId;
        return AuditLog(db).append(session.auditEntry(action, callId, accountId, error.codeName())).error();
    });
    if (audit)
        qCWarning(lcSql) << "could not audit a refusal:" << audit.codeName();
}

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

Result<QJsonObject> HelpdeskService::perform(const AgentSession& session, qint64 callId, const QString& action,
                                             const QString& reason, const QString& idempotencyKey, const QDateTime& now,
                                             const Body& body)
{
    if (!session.can(AgentSession::Permission::TakeCalls)) {
        auditRefusal(session, callId, action, Error(ErrorCode::Forbidden));
        return Error(ErrorCode::Forbidden);
    }
    if (!validKey(idempotencyKey))
        return Error(ErrorCode::InvalidInput, QStringLiteral("idempotency key of 8 to 128 characters"));

    QJsonObject answer;
    const Error error = m_database.write([&](QSqlDatabase& db) -> Error {
        answer = QJsonObject();
        if (!idempotencyKey.isEmpty()) {
            const Result<std::optional<QJsonObject>> stored
                = IdempotencyStore(db).find(idempotencyKey, session.agentId, action);
            if (!stored)
                return stored.error();
            if (stored.value()) {
                answer = *stored.value();
                answer.insert(QStringLiteral("replayed"), true);
                return {};
            }
        }
        const Result<Call> call = CallService::requireVerifiedCall(db, session, callId, now);
        if (!call)
            return call.error();
        if (call->accountId == 0)
            return Error(ErrorCode::NoAccount);
        AccountRepository accounts(db);
        Result<Account> account = accounts.findById(call->accountId);
        if (!account)
            return account.error();
        if (account->version != call->seenAccountVersion)
            return conflictError(db, account->id);

        if (Error e = body(db, account.value(), answer))
            return e;
        if (Error e = accounts.save(account.value()))
            return e.code() == ErrorCode::Conflict ? conflictError(db, account->id) : e;
        if (Error e = CallRepository(db).setSeenVersion(callId, account->version))
            return e;
        if (Error e
            = AuditLog(db)
                  .append(session.auditEntry(action, callId, account->id, QStringLiteral("ok"), reason.trimmed()))
                  .error())
            return e;
        answer.insert(QStringLiteral("action"), action);
        answer.insert(QStringLiteral("account_id"), account->id);
        answer.insert(QStringLiteral("version"), account->version);
        if (!idempotencyKey.isEmpty())
            return IdempotencyStore(db).remember(idempotencyKey, session.agentId, action, account->id, answer);
        return {};
    });
    if (error) {
        auditRefusal(session, callId, action, error);
        return error;
    }
    return answer;
}

Result<QJsonObject> HelpdeskService::unlock(const AgentSession& session, qint64 callId, const QString& reason,
                                            const QString& idempotencyKey, const QDateTime& now)
{
    if (!validReason(reason))
        return Error(ErrorCode::InvalidInput, QStringLiteral("a reason is required"));
    return perform(session, callId, QStringLiteral("unlock"), reason, idempotencyKey, now,
                   [&](QSqlDatabase& db, Account& account, QJsonObject& answer) -> Error {
                       if (Error e = applyUnlock(db, account, session, callId, reason, now))
                           return e;
                       answer.insert(QStringLiteral("status"), Account::statusName(account.status));
                       return {};
                   });
}

Result<QJsonObject> HelpdeskService::reissue(const AgentSession& session, qint64 callId, const QString& reason,
                                             const QString& idempotencyKey, const QDateTime& now)
{
    if (!validReason(reason))
        return Error(ErrorCode::InvalidInput, QStringLiteral("a reason is required"));
    return perform(session, callId, QStringLiteral("reissue"), reason, idempotencyKey, now,
                   [&](QSqlDatabase& db, Account& account, QJsonObject& answer) -> Error {
                       const Result<qint64> queued
                           = MailOutbox(db).enqueue(account.id, OutboxMessage::Kind::TemporaryPassword, account.email);
                       if (!queued)
                           return queued.error();
                       answer.insert(QStringLiteral("mail_id"), queued.value());
                       answer.insert(QStringLiteral("account_locked"), account.status == Account::Status::Locked);
                       return {};
                   });
}

Result<QJsonObject> HelpdeskService::changeEmail(const AgentSession& session, qint64 callId, const QString& newAddress,
                                                 const QString& idempotencyKey, const QDateTime& now)
{
    if (!EmailAddress::isValid(newAddress))
        return Error(ErrorCode::InvalidInput, QStringLiteral("invalid e-mail address"));
    const QString address = EmailAddress::normalized(newAddress);
    return perform(session, callId, QStringLiteral("email_change"), {}, idempotencyKey, now,
                   [&](QSqlDatabase& db, Account& account, QJsonObject& answer) -> Error {
                       if (address.compare(account.email, Qt::CaseInsensitive) == 0)
                           return Error(ErrorCode::InvalidInput, QStringLiteral("same address"));
                       account.pendingEmail = address;
                       account.emailCodeHash.clear(); // the code is made at delivery time
                       account.emailCodeExpiresAt = QDateTime();
                       account.emailCodeAttempts = 0;
                       const Result<qint64> queued
                           = MailOutbox(db).enqueue(account.id, OutboxMessage::Kind::EmailConfirmation, address);
                       if (!queued)
                           return queued.error();
                       answer.insert(QStringLiteral("mail_id"), queued.value());
                       return {};
                   });
}

Result<QJsonObject> HelpdeskService::confirmEmail(const AgentSession& session, qint64 callId, const QString& code,
                                                  const QString& idempotencyKey, const QDateTime& now)
{
    const QString trimmed = code.trimmed();
    if (trimmed.size() != 6 || !std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isDigit(); }))
        return Error(ErrorCode::InvalidInput, QStringLiteral("a code has 6 digits"));

    // A wrong code must be counted even though the operation is refused: the count is committed
    // in its own transaction below, after perform() rolled back.
    int remaining = -1;
    Result<QJsonObject> result
        = perform(session, callId, QStringLiteral("email_confirm"), {}, idempotencyKey, now,
                  [&](QSqlDatabase& db, Account& account, QJsonObject& answer) -> Error {
                      if (account.pendingEmail.isEmpty())
                          return Error(ErrorCode::NoPendingChange);
                      if (account.emailCodeHash.isEmpty())
                          return Error(ErrorCode::CodeNotSent);
                      if (account.emailCodeAttempts >= PortalPolicy::EmailCodeMaxAttempts)
                          return Error(ErrorCode::CodeAttemptsExhausted);
                      if (!account.emailCodeExpiresAt.isValid() || account.emailCodeExpiresAt <= now)
                          return Error(ErrorCode::CodeExpired);
                      if (!PasswordHasher::verify(account.emailCodeHash, trimmed)) {
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
                      answer.insert(QStringLiteral("notice_mail_id"), notice.value());
                      return {};
                  });
    if (result || result.error().code() != ErrorCode::WrongCode)
        return result;

    const Error counted = m_database.write([&](QSqlDatabase& db) -> Error {
        const Result<Call> call = CallRepository(db).find(callId);
        if (!call)
            return call.error();
        AccountRepository accounts(db);
        Result<Account> account = accounts.findById(call->accountId);
        if (!account)
            return account.error();
        ++account.value().emailCodeAttempts;
        if (Error e = accounts.save(account.value()))
            return e;
        return CallRepository(db).setSeenVersion(callId, account->version);
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
    if (!session.can(AgentSession::Permission::BulkUnlock)) {
        auditRefusal(session, 0, QStringLiteral("unlock_bulk"), Error(ErrorCode::Forbidden));
        return Error(ErrorCode::Forbidden);
    }
    if (!validReason(reason))
        return Error(ErrorCode::InvalidInput, QStringLiteral("a reason is required"));
    BulkSummary summary;
    for (const QString& text : nirs) {
        const Nir nir = Nir::parse(text);
        if (nir.isNull()) {
            ++summary.invalid;
            continue;
        }
        const Error error = m_database.write([&](QSqlDatabase& db) -> Error {
            const Result<Person> person = PersonRepository(db).findByNir(nir);
            if (!person)
                return person.error();
            AccountRepository accounts(db);
            Result<Account> account = accounts.findByPersonId(person->id);
            if (!account)
                return account.error();
            if (Error e = applyUnlock(db, account.value(), session, 0, reason, now))
                return e;
            if (Error e = accounts.save(account.value()))
                return e;
            return AuditLog(db)
                .append(session.auditEntry(QStringLiteral("unlock_bulk"), 0, account->id, QStringLiteral("ok"),
                                           reason.trimmed()))
                .error();
        });
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
