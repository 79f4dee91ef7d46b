#pragma once

#include "AccountSummary.h"
#include "Error.h"
#include "Nir.h"

class Database;

// Finds a person and their portal account by NIR for the desk. Synchronous: call it from a
// DatabaseWorker job, never from the UI thread.
class AccountLookupService
{
public:
    explicit AccountLookupService(Database& database);

    // NotFound when nobody has this NIR. Personal fields come masked (verification arrives with
    // the call workflow).
    Result<AccountSummary> lookup(const Nir& nir) const;

private:
    Database& m_database;
};
