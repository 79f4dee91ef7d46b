#include "identity/PersonRepository.h"

#include "db/SqlQuery.h"

PersonRepository::PersonRepository(const QSqlDatabase& db) : m_db(db)
{ }

Result<qint64> PersonRepository::add(const Nir& nir, const CivilStatus& civilStatus, bool certified,
                                     const QString& certificationRef)
{
    if (nir.isNull() || !civilStatus.isComplete())
        return Error(ErrorCode::InvalidInput, QStringLiteral("incomplete person"));
    const SqlDialect dialect = SqlQuery::dialectOf(m_db);
    const CivilStatus civil = civilStatus.normalized();

    SqlQuery insert(m_db);
    if (Error error = insert.prepare(
            QStringLiteral("INSERT INTO persons (nir, sex, last_name, first_names, birth_date, birth_place, certified,"
                           " certification_ref, certified_at)"
                           " VALUES (:nir, :sex, :last_name, :first_names, :birth_date, :birth_place, :certified,"
                           " :certification_ref, :certified_at) RETURNING id")))
        return error;
    insert.bind(QStringLiteral(":nir"), nir.digits());
    insert.bind(QStringLiteral(":sex"), nir.sex());
    insert.bind(QStringLiteral(":last_name"), civil.lastName);
    insert.bind(QStringLiteral(":first_names"), civil.firstNames);
    insert.bind(QStringLiteral(":birth_date"), dialect.toSql(civil.birthDate));
    insert.bind(QStringLiteral(":birth_place"), civil.birthPlace);
    insert.bind(QStringLiteral(":certified"), certified);
    insert.bind(QStringLiteral(":certification_ref"),
                certificationRef.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(certificationRef));
    insert.bind(QStringLiteral(":certified_at"),
                certified ? dialect.toSql(QDateTime::currentDateTimeUtc()) : dialect.toSql(QDateTime()));
    if (Error error = insert.exec())
        return error;
    if (!insert.next())
        return Error(ErrorCode::DatabaseError, QStringLiteral("INSERT RETURNING gave no id"));
    const qint64 id = insert.value(QStringLiteral("id")).toLongLong();

    SqlQuery history(m_db);
    if (Error error = history.prepare(QStringLiteral(
            "INSERT INTO person_nir_history (person_id, nir, change_reason) VALUES (:person_id, :nir, :reason)")))
        return error;
    history.bind(QStringLiteral(":person_id"), id);
    history.bind(QStringLiteral(":nir"), nir.digits());
    history.bind(QStringLiteral(":reason"), QStringLiteral("created"));
    if (Error error = history.exec())
        return error;
    return id;
}

Result<Person> PersonRepository::findByNir(const Nir& nir) const
{
    if (nir.isNull())
        return Error(ErrorCode::InvalidInput, QStringLiteral("null NIR"));
    SqlQuery query(m_db);
    if (Error error
        = query.prepare(QStringLiteral("SELECT id, nir, last_name, first_names, birth_date, birth_place, certified,"
                                       " certification_ref, certified_at, version FROM persons WHERE nir = :nir")))
        return error;
    query.bind(QStringLiteral(":nir"), nir.digits());
    return readOne(query);
}

Result<Person> PersonRepository::findById(qint64 id) const
{
    SqlQuery query(m_db);
    if (Error error
        = query.prepare(QStringLiteral("SELECT id, nir, last_name, first_names, birth_date, birth_place, certified,"
                                       " certification_ref, certified_at, version FROM persons WHERE id = :id")))
        return error;
    query.bind(QStringLiteral(":id"), id);
    return readOne(query);
}

Result<Person> PersonRepository::readOne(SqlQuery& query)
{
    if (Error error = query.exec())
        return error;
    if (!query.next())
        return Error(ErrorCode::NotFound);

    Person person;
    person.id = query.value(QStringLiteral("id")).toLongLong();
    person.nir = Nir::parse(query.value(QStringLiteral("nir")).toString());
    person.civilStatus.lastName = query.value(QStringLiteral("last_name")).toString();
    person.civilStatus.firstNames = query.value(QStringLiteral("first_names")).toString();
    person.civilStatus.birthDate = SqlDialect::toDate(query.value(QStringLiteral("birth_date")));
    person.civilStatus.birthPlace = query.value(QStringLiteral("birth_place")).toString();
    person.certified = query.value(QStringLiteral("certified")).toBool();
    person.certificationRef = query.value(QStringLiteral("certification_ref")).toString();
    person.certifiedAt = SqlDialect::toDateTime(query.value(QStringLiteral("certified_at")));
    person.version = query.value(QStringLiteral("version")).toInt();
    return person;
}

Error PersonRepository::certify(qint64 id, const QString& reference, const QDateTime& now, int expectedVersion)
{
    SqlQuery update(m_db);
    if (Error error = update.prepare(QStringLiteral(
            "UPDATE persons SET certified = :certified, certification_ref = :reference, certified_at = :now,"
            " updated_at = :now2, version = version + 1 WHERE id = :id AND version = :version")))
        return error;
    const SqlDialect dialect = SqlQuery::dialectOf(m_db);
    update.bind(QStringLiteral(":certified"), true);
    update.bind(QStringLiteral(":reference"), reference);
    update.bind(QStringLiteral(":now"), dialect.toSql(now));
    update.bind(QStringLiteral(":now2"), dialect.toSql(now));
    update.bind(QStringLiteral(":id"), id);
    update.bind(QStringLiteral(":version"), expectedVersion);
    if (Error error = update.exec())
        return error;
    return update.numRowsAffected() == 1 ? Error() : Error(ErrorCode::Conflict, QStringLiteral("person changed"));
}
