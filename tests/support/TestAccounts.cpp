#include "support/TestAccounts.h"

#include "db/Database.h"
#include "identity/CivilStatus.h"
#include "identity/Nir.h"
#include "identity/PersonRepository.h"

qint64 TestAccounts::addAccount(Database& database, int n, const std::function<void(Account&)>& shape)
{
    const Nir nir = Nir::parse(QStringLiteral("1800175056%1").arg(n, 3, 10, QLatin1Char('0')));
    const CivilStatus civil{QStringLiteral("Durand"), QStringLiteral("Paul"), QDate(1980, 1, 5),
                            QStringLiteral("Paris")};
    qint64 accountId = 0;
    const Error error = database.write([&](QSqlDatabase& db) -> Error {
        const Result<qint64> person = PersonRepository(db).add(nir, civil, true);
        if (!person)
            return person.error();
        Account account;
        account.personId = person.value();
        account.email = QStringLiteral("holder%1@example.org").arg(n);
        account.status = Account::Status::Active;
        account.passwordHash = FakeHash;
        if (shape)
            shape(account);
        const Result<qint64> id = AccountRepository(db).add(account);
        if (!id)
            return id.error();
        accountId = id.value();
        return {};
    });
    return error ? 0 : accountId;
}
