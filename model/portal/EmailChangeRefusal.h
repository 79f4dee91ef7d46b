#pragma once

#include "core/Error.h"
#include "identity/Nir.h"

#include <QDateTime>
#include <QString>

class Database;

// The portal's side of a change of e-mail address made at the desk (issue I, the takeover path):
// the notice sent to the previous address carries a refusal code, and the holder refuses the change
// with it. One write transaction, its audit event inside; the code's Argon2id check is done before
// it. Time is the caller's, like PortalService's.
class EmailChangeRefusal
{
public:
    enum class Outcome { Refused, WrongCode, NoChange, AttemptsExhausted };

    explicit EmailChangeRefusal(Database& database);

    // The holder refuses, with the code of the notice sent to the previous address, the change of
    // e-mail address made at the desk (while it is under review, PortalPolicy::EmailChangeReviewDays):
    // the previous address is restored, the reissue approval request cancelled, a temporary password
    // still queued for the new address given up; audited (email_change_refused). NoChange: no
    // change to refuse (none, already refused, too old, or its notice not sent yet). WrongCode is
    // counted; after PortalPolicy::EmailRefusalMaxAttempts, AttemptsExhausted. NotFound when the
    // NIR has no account.
    Result<Outcome> refuse(const Nir& nir, const QString& code, const QDateTime& at);

    // Stable names for JSON: "refused", "wrong_code", "no_change", "attempts_exhausted".
    static QString outcomeName(Outcome outcome);

private:
    Database& m_database;
};
