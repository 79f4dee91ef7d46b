#pragma once

#include "core/Error.h"
#include "identity/CivilStatus.h"
#include "identity/Nir.h"

#include <QSqlDatabase>

// One entry of the national-register stand-in: the civil-status reference that certification
// matches against.
struct RegisterEntry
{
    qint64 id = 0;
    Nir nir;
    CivilStatus civilStatus;
    QString reference;
};

class RegisterRepository
{
public:
    explicit RegisterRepository(const QSqlDatabase& db);

    // An empty reference gets a fresh random one ("RN-" + 16 hex digits). Duplicate when the NIR
    // or the reference is already there.
    Result<qint64> add(const Nir& nir, const CivilStatus& civilStatus, const QString& reference = {});
    Result<RegisterEntry> findByNir(const Nir& nir) const;

    static QString newReference();

private:
    QSqlDatabase m_db;
};
