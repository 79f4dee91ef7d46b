#pragma once

#include "core/Error.h"
#include "desk/AccountSummary.h"
#include "identity/Nir.h"
#include "identity/PersonRepository.h"

#include <QSqlDatabase>

// What the desk shows of a person and their portal account, found by NIR. The one way to it is a
// call (CallService::lookup), which audits the consultation: this builds the summary inside that
// transaction. Synchronous: from a DatabaseWorker job, never from the UI thread.
class AccountLookupService
{
public:
    // Builds the summary on a given connection (inside the caller's transaction). Civil status and
    // e-mail are masked unless verified is true.
    static Result<AccountSummary> summarize(QSqlDatabase& db, const Nir& nir, bool verified);
    // The same for a person the caller has just read (CallService::lookup): no second read.
    static Result<AccountSummary> summarize(QSqlDatabase& db, const Person& person, bool verified);
};
