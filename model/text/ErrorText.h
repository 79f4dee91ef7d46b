#pragma once

#include "core/EmailAddress.h"
#include "core/Error.h"
#include "db/DatabaseUrl.h"
#include "identity/CivilStatus.h"
#include "identity/Nir.h"

#include <QCoreApplication>
#include <QString>

// The translated sentence for each error code of the model, shared by the desk and guichetctl.
// Codes stay the contract; these words are for people.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString nir(Nir::Error error);
    static QString error(const Error& error);
    static QString databaseUrl(DatabaseUrl::ParseError error);
    static QString civilStatus(CivilStatus::Problem problem);
    static QString emailAddress(EmailAddress::Problem problem);
    // The sentence for an InvalidInput's "problem" context (EmailAddress::problemName, "reason",
    // "code_format", "idempotency_key", "email_same_address"); empty when unknown.
    static QString problem(const QString& name);
    // Who changed the account and how, from a Conflict's context (changed_by, changed_by_kind,
    // changed_action, account_status); one sentence that ends with "nothing was done".
    static QString conflict(const Error& error);

private:
    // DatabaseCertificateInvalid, naming the expected host and the certificate's names when known.
    static QString certificate(const Error& error);
    // The context "path" of a DatabaseFile… error, with the platform's separators.
    static QString filePath(const Error& error);
};
