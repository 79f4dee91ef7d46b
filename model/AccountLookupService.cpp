#include "AccountLookupService.h"

#include "AccountRepository.h"
#include "Database.h"
#include "Masking.h"
#include "PersonRepository.h"

AccountLookupService::AccountLookupService(Database& database) : m_database(database)
{ }

Result<AccountSummary> AccountLookupService::lookup(const Nir& nir) const
{
    if (nir.isNull())
        return Error(ErrorCode::InvalidInput, QStringLiteral("null NIR"));
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();

    const Result<Person> person = PersonRepository(db.value()).findByNir(nir);
    if (!person)
        return person.error();

    AccountSummary summary;
    summary.personId = person->id;
    summary.nir = person->nir;
    summary.provisionalNir = person->nir.isProvisional();
    summary.certified = person->certified;
    summary.displayName
        = Masking::name(person->civilStatus.firstNames + QLatin1Char(' ') + person->civilStatus.lastName);

    const Result<Account> account = AccountRepository(db.value()).findByPersonId(person->id);
    if (!account) {
        if (account.error().code() != ErrorCode::NotFound)
            return account.error();
        return summary;
    }
    summary.accountId = account->id;
    summary.state = account->state(QDateTime::currentDateTimeUtc());
    summary.displayEmail = Masking::email(account->email);
    summary.failedAttempts = account->failedAttempts;
    summary.lastFailedAt = account->lastFailedAt;
    summary.lockedAt = account->lockedAt;
    summary.temporaryIssuedAt = account->tempPasswordIssuedAt;
    summary.temporaryExpiresAt = account->tempPasswordExpiresAt;
    summary.temporaryUsed = account->tempPasswordUsedAt.isValid();
    summary.accountVersion = account->version;
    return summary;
}
