#include "identity/RegisterRepository.h"

#include "db/SqlQuery.h"

#include <QRandomGenerator>

RegisterRepository::RegisterRepository(const QSqlDatabase& db) : m_db(db)
{ }

QString RegisterRepository::newReference()
{
    return QStringLiteral("RN-%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0')).toUpper();
}

Result<qint64> RegisterRepository::add(const Nir& nir, const CivilStatus& civilStatus, const QString& reference)
{
    if (nir.isNull() || !civilStatus.isComplete())
        return Error(ErrorCode::InvalidInput, QStringLiteral("incomplete register entry"));
    const CivilStatus civil = civilStatus.normalized();
    SqlQuery insert(m_db);
    if (Error error = insert.prepare(QStringLiteral(
            "INSERT INTO national_register (nir, sex, last_name, first_names, birth_date, birth_place, reference)"
            " VALUES (:nir, :sex, :last_name, :first_names, :birth_date, :birth_place, :reference) RETURNING id")))
        return error;
    insert.bind(QStringLiteral(":nir"), nir.digits());
    insert.bind(QStringLiteral(":sex"), nir.sex());
    insert.bind(QStringLiteral(":last_name"), civil.lastName);
    insert.bind(QStringLiteral(":first_names"), civil.firstNames);
    insert.bind(QStringLiteral(":birth_date"), SqlQuery::dialectOf(m_db).toSql(civil.birthDate));
    insert.bind(QStringLiteral(":birth_place"), civil.birthPlace);
    insert.bind(QStringLiteral(":reference"), reference.isEmpty() ? newReference() : reference);
    if (Error error = insert.exec())
        return error;
    if (!insert.next())
        return Error(ErrorCode::DatabaseError, QStringLiteral("INSERT RETURNING gave no id"));
    return insert.value(QStringLiteral("id")).toLongLong();
}

Result<RegisterEntry> RegisterRepository::findByNir(const Nir& nir) const
{
    SqlQuery query(m_db);
    if (Error error = query.prepare(QStringLiteral("SELECT id, nir, last_name, first_names, birth_date, birth_place,"
                                                   " reference FROM national_register WHERE nir = :nir")))
        return error;
    query.bind(QStringLiteral(":nir"), nir.digits());
    if (Error error = query.exec())
        return error;
    if (!query.next())
        return Error(ErrorCode::NotFound);
    RegisterEntry entry;
    entry.id = query.value(QStringLiteral("id")).toLongLong();
    entry.nir = Nir::parse(query.value(QStringLiteral("nir")).toString());
    entry.civilStatus.lastName = query.value(QStringLiteral("last_name")).toString();
    entry.civilStatus.firstNames = query.value(QStringLiteral("first_names")).toString();
    entry.civilStatus.birthDate = SqlDialect::toDate(query.value(QStringLiteral("birth_date")));
    entry.civilStatus.birthPlace = query.value(QStringLiteral("birth_place")).toString();
    entry.reference = query.value(QStringLiteral("reference")).toString();
    return entry;
}
