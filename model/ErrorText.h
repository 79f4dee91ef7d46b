#pragma once

#include "CivilStatus.h"
#include "DatabaseUrl.h"
#include "Error.h"
#include "Nir.h"

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

private:
    // DatabaseCertificateInvalid, naming the expected host and the certificate's names when known.
    static QString certificate(const Error& error);
};
