#pragma once

#include "core/Error.h"
#include "identity/CivilStatus.h"
#include "identity/Nir.h"

class Database;

// Creates insured persons and national-register entries, each in one transaction, after
// checking the civil status against the NIR. Synchronous: run it off the UI thread.
class IdentityService
{
public:
    explicit IdentityService(Database& database);

    // InvalidInput (see CivilStatus::validate) or Duplicate (the NIR is already someone's).
    Result<qint64> addPerson(const Nir& nir, const CivilStatus& civilStatus, bool certified);
    Result<qint64> addRegisterEntry(const Nir& nir, const CivilStatus& civilStatus);

private:
    Database& m_database;
};
