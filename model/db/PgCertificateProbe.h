#pragma once

#include <QString>
#include <QStringList>

// The names a PostgreSQL server's certificate holds, read without trusting it: the protocol's
// SSLRequest, then a TLS handshake that only looks at the certificate and sends nothing else.
// For messages only ("the certificate names localhost"), never for a decision: libpq verifies.
//
// BLOCKING, at most timeoutMs: call it where a failed connection is already being reported.
class PgCertificateProbe
{
public:
    // The certificate's subjectAltName DNS names and addresses, else its common name; empty when
    // the server cannot be reached, offers no TLS, or does not answer in time.
    static QStringList names(const QString& host, int port, int timeoutMs = 3000);
};
