#pragma once

#include "AccountSummary.h"
#include "Error.h"
#include "Nir.h"

#include <QSqlDatabase>

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

    // Builds the summary on a given connection (inside the caller's transaction). Civil status and
    // e-mail are masked unless verified is true.
    static Result<AccountSummary> summarize(QSqlDatabase& db, const Nir& nir, bool verified);

private:
    Database& m_database;
};
