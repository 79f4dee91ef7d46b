#pragma once

#include "core/Error.h"
#include "identity/CivilStatus.h"
#include "identity/Nir.h"

#include <QDateTime>
#include <QSqlDatabase>

class SqlQuery;

// An insured person as the fund knows them.
struct Person
{
    qint64 id = 0;
    Nir nir;
    CivilStatus civilStatus;
    bool certified = false;
    QString certificationRef;
    QDateTime certifiedAt;
    int version = 0;
};

// The insured persons table (and the history of their NIRs). Works on the connection it is
// given, inside the caller's transaction when there is one.
class PersonRepository
{
public:
    explicit PersonRepository(const QSqlDatabase& db);

    // Duplicate when the NIR is already someone's.
    Result<qint64> add(const Nir& nir, const CivilStatus& civilStatus, bool certified,
                       const QString& certificationRef = {});
    Result<Person> findByNir(const Nir& nir) const;
    Result<Person> findById(qint64 id) const;
    // Marks the person certified with the register's reference, if their version is still
    // expectedVersion (Conflict otherwise).
    Error certify(qint64 id, const QString& reference, const QDateTime& now, int expectedVersion);

private:
    static Result<Person> readOne(SqlQuery& query);

    QSqlDatabase m_db;
};
