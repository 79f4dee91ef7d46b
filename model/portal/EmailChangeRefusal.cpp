#include "portal/EmailChangeRefusal.h"

#include "accounts/AccountRepository.h"
#include "accounts/EmailChangeRepository.h"
#include "audit/AuditAction.h"
#include "audit/AuditLog.h"
#include "core/PasswordHasher.h"
#include "core/PortalPolicy.h"
#include "db/Database.h"
#include "identity/PersonRepository.h"
#include "mail/MailOutbox.h"
#include "portal/PortalService.h"

#include <QSysInfo>

#include <map>

namespace {

// The account of the person holding nir; NotFound when there is no such person or no account.
Result<Account> findAccount(const QSqlDatabase& db, const Nir& nir)
{
    const Result<Person> person = PersonRepository(db).findByNir(nir);
    if (!person)
        return person.error();
    return AccountRepository(db).findByPersonId(person->id);
}

} // namespace

EmailChangeRefusal::EmailChangeRefusal(Database& database) : m_database(database)
{ }

QString EmailChangeRefusal::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::WrongCode:
        return QStringLiteral("wrong_code");
    case Outcome::NoChange:
        return QStringLiteral("no_change");
    case Outcome::AttemptsExhausted:
        return QStringLiteral("attempts_exhausted");
    }
    return {};
}

Result<EmailChangeRefusal::Outcome> EmailChangeRefusal::refuse(const Nir& nir, const QString& code, const QDateTime& at)
{
    const QString trimmed = code.trimmed();
    if (nir.isNull() || !at.isValid() || trimmed.isEmpty() || trimmed.size() > 64)
        return Error(ErrorCode::InvalidInput, QStringLiteral("a NIR, a code and a valid time"));
    // The code's Argon2id check, done once: before the transaction, then reused inside it.
    std::map<QString, bool> verified;
    const auto matches = [&verified, &trimmed](const QString& phcString) {
        const auto found = verified.find(phcString);
        if (found != verified.end())
            return found->second;
        const bool match = PasswordHasher::verify(phcString, trimmed);
        verified.emplace(phcString, match);
        return match;
    };
    Outcome outcome = Outcome::NoChange;
    // Decides on what db holds; with write, applies. The Argon2id check is cached by the first pass.
    const auto work = [&](QSqlDatabase& db, bool write) -> Error {
        Result<Account> account = findAccount(db, nir);
        if (!account)
            return account.error();
        EmailChangeRepository changes(db, EmailChangeRepository::Reader::Service);
        const Result<std::optional<EmailChange>> latest = changes.latest(account->id);
        if (!latest)
            return latest.error();
        if (!latest.value() || latest.value()->refused() || !latest.value()->underReview(at)
            || !latest.value()->noticeSent()) {
            outcome = Outcome::NoChange;
            return {};
        }
        const EmailChange& change = *latest.value();
        if (change.refusalAttempts >= PortalPolicy::EmailRefusalMaxAttempts) {
            outcome = Outcome::AttemptsExhausted;
            return {};
        }
        const bool right = matches(change.refusalCodeHash);
        outcome = right ? Outcome::Refused : Outcome::WrongCode;
        if (!write)
            return {};
        if (!right) {
            if (change.refusalAttempts + 1 >= PortalPolicy::EmailRefusalMaxAttempts)
                outcome = Outcome::AttemptsExhausted;
            return changes.countRefusalAttempt(change.id);
        }
        Account& holder = account.value();
        if (holder.email.compare(change.newEmail, Qt::CaseInsensitive) == 0)
            holder.email = change.previousEmail;
        holder.pendingEmail.clear();
        holder.emailCodeHash.clear();
        holder.emailCodeExpiresAt = QDateTime();
        holder.emailCodeAttempts = 0;
        if (Error error = AccountRepository(db).save(holder, AccountRepository::Writer::Portal))
            return error;
        if (Error error = changes.markRefused(change.id, at))
            return error;
        if (Error error = changes.cancelApprovals(change.id, at))
            return error;
        // A temporary password still queued for the new address never leaves.
        MailOutbox outbox(db);
        const Result<std::optional<OutboxMessage>> queued
            = outbox.latestForAccount(holder.id, OutboxMessage::Kind::TemporaryPassword);
        if (!queued)
            return queued.error();
        if (queued.value() && queued.value()->status == OutboxMessage::Status::Queued
            && queued.value()->recipient.compare(change.newEmail, Qt::CaseInsensitive) == 0) {
            if (Error error
                = outbox.markFailed(queued.value()->id,
                                    QStringLiteral("superseded: the holder refused the change of address"), at, true))
                return error;
        }
        AuditEntry entry;
        entry.agentLogin = QStringLiteral("portal");
        entry.agentRole = QStringLiteral("system");
        entry.workstation = QSysInfo::machineHostName();
        entry.action = AuditActions::code(AuditAction::EmailChangeRefused);
        entry.accountId = holder.id;
        entry.reason = QStringLiteral("change=%1").arg(change.id);
        entry.outcome = AuditActions::code(AuditOutcome::Ok);
        return AuditLog(db).append(entry).error();
    };
    {
        Result<QSqlDatabase> db = m_database.connection();
        if (!db)
            return db.error();
        if (Error error = work(db.value(), false))
            return error;
        if (outcome == Outcome::NoChange || outcome == Outcome::AttemptsExhausted)
            return outcome;
    }
    Error last;
    for (int attempt = 0; attempt < PortalService::MaxConcurrentRetries; ++attempt) {
        last = m_database.write([&](QSqlDatabase& db) { return work(db, true); });
        if (last.code() != ErrorCode::Conflict)
            break;
    }
    if (last)
        return last;
    return outcome;
}
