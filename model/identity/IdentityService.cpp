#include "identity/IdentityService.h"

#include "db/Database.h"
#include "identity/PersonRepository.h"
#include "identity/RegisterRepository.h"

IdentityService::IdentityService(Database& database) : m_database(database)
{ }

Result<qint64> IdentityService::addPerson(const Nir& nir, const CivilStatus& civilStatus, bool certified)
{
    if (nir.isNull() || civilStatus.validate(nir) != CivilStatus::Problem::None)
        return Error(ErrorCode::InvalidInput, QStringLiteral("person rejected by validation"));
    qint64 id = 0;
    const Error error = m_database.write([&](QSqlDatabase& db) -> Error {
        // A person certified at creation carries the register's reference when there is one.
        QString reference;
        if (certified) {
            const Result<RegisterEntry> entry = RegisterRepository(db).findByNir(nir);
            if (entry)
                reference = entry->reference;
            else if (entry.error().code() != ErrorCode::NotFound)
                return entry.error();
        }
        const Result<qint64> added = PersonRepository(db).add(nir, civilStatus, certified, reference);
        if (!added)
            return added.error();
        id = added.value();
        return {};
    });
    if (error)
        return error;
    return id;
}

Result<qint64> IdentityService::addRegisterEntry(const Nir& nir, const CivilStatus& civilStatus)
{
    if (nir.isNull() || civilStatus.validate(nir) != CivilStatus::Problem::None)
        return Error(ErrorCode::InvalidInput, QStringLiteral("register entry rejected by validation"));
    qint64 id = 0;
    const Error error = m_database.write([&](QSqlDatabase& db) -> Error {
        const Result<qint64> added = RegisterRepository(db).add(nir, civilStatus);
        if (!added)
            return added.error();
        id = added.value();
        return {};
    });
    if (error)
        return error;
    return id;
}
