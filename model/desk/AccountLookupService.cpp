#include "desk/AccountLookupService.h"

#include "accounts/AccountRepository.h"
#include "core/Masking.h"
#include "identity/PersonRepository.h"
#include "mail/MailDeliveryState.h"
#include "mail/MailOutbox.h"

Result<AccountSummary> AccountLookupService::summarize(QSqlDatabase& db, const Nir& nir, bool verified)
{
    if (nir.isNull())
        return Error(ErrorCode::InvalidInput, QStringLiteral("null NIR"));
    const Result<Person> person = PersonRepository(db).findByNir(nir);
    if (!person)
        return person.error();
    return summarize(db, person.value(), verified);
}

Result<AccountSummary> AccountLookupService::summarize(QSqlDatabase& db, const Person& person, bool verified)
{
    AccountSummary summary;
    summary.personId = person.id;
    summary.nir = person.nir;
    summary.verified = verified;
    summary.provisionalNir = person.nir.isProvisional();
    summary.certified = person.certified;
    const QString fullName = person.civilStatus.firstNames + QLatin1Char(' ') + person.civilStatus.lastName;
    summary.displayName
        = verified ? fullName : Masking::fullName(person.civilStatus.firstNames, person.civilStatus.lastName);
    summary.displayLastName = verified ? person.civilStatus.lastName : Masking::name(person.civilStatus.lastName);
    summary.displayFirstNames = verified ? person.civilStatus.firstNames : Masking::name(person.civilStatus.firstNames);

    const Result<Account> account = AccountRepository(db, AccountRepository::Writer::Desk).findByPersonId(person.id);
    if (!account) {
        if (account.error().code() != ErrorCode::NotFound)
            return account.error();
        return summary;
    }
    summary.accountId = account->id;
    summary.state = account->state(QDateTime::currentDateTimeUtc());
    summary.displayEmail = verified ? account->email : Masking::email(account->email);
    summary.failedAttempts = account->failedAttempts;
    summary.lastFailedAt = account->lastFailedAt;
    summary.lockedAt = account->lockedAt;
    summary.temporaryIssuedAt = account->tempPasswordIssuedAt;
    summary.temporaryExpiresAt = account->tempPasswordExpiresAt;
    summary.temporaryUsed = account->tempPasswordUsedAt.isValid();
    summary.accountVersion = account->deskVersion;
    summary.emailChangePending = !account->pendingEmail.isEmpty();
    if (summary.emailChangePending)
        summary.displayPendingEmail = verified ? account->pendingEmail : Masking::email(account->pendingEmail);

    const Result<std::optional<OutboxMessage>> mail = MailOutbox(db).latestForAccount(account->id);
    if (!mail)
        return mail.error();
    summary.lastMail = mail.value();
    if (summary.lastMail) {
        summary.lastMail->payload.clear();
        if (!verified)
            summary.lastMail->recipient = Masking::email(summary.lastMail->recipient);
        if (summary.lastMail->status == OutboxMessage::Status::Queued
            || summary.lastMail->status == OutboxMessage::Status::Sending) {
            const Result<MailPause> pause = MailDeliveryState(db).pause();
            if (!pause)
                return pause.error();
            if (pause->paused)
                summary.mailPausedReason
                    = pause->reason.isEmpty() ? QStringLiteral("the relay refuses the service") : pause->reason;
        }
    }
    const Result<std::optional<OutboxMessage>> temporary
        = MailOutbox(db).latestForAccount(account->id, OutboxMessage::Kind::TemporaryPassword);
    if (!temporary)
        return temporary.error();
    summary.temporaryPasswordMail = temporary.value();
    if (summary.temporaryPasswordMail) {
        summary.temporaryPasswordMail->payload.clear();
        if (!verified)
            summary.temporaryPasswordMail->recipient = Masking::email(summary.temporaryPasswordMail->recipient);
    }
    return summary;
}
