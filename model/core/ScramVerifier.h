#pragma once

#include <QByteArray>
#include <QString>

// The SCRAM-SHA-256 verifier that PostgreSQL stores for a password (RFC 5802, RFC 7677):
//     SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>
// computed here, so that a login's password can be set (CREATE ROLE … PASSWORD '<verifier>')
// without the password itself ever being in a statement's text, a server log or the network.
// The server then authenticates the login with SCRAM as if it had hashed the password itself.
class ScramVerifier
{
public:
    static constexpr int Iterations = 4096; // PostgreSQL's scram_iterations default
    static constexpr int SaltBytes = 16; // as PostgreSQL makes them

    // A verifier with a fresh random salt (libsodium); an empty string for an empty password.
    static QString make(const QString& password);
    // The same with the given salt and iterations (tests, and RFC 7677's example).
    static QString make(const QString& password, const QByteArray& salt, int iterations);
    // Whether text has the verifier's shape (what the server would accept as one).
    static bool isVerifier(const QString& text);

private:
    // PostgreSQL runs SASLprep on a password that is valid UTF-8; NFKC normalisation is its core
    // (ASCII passwords are unchanged). Prohibited characters are left to the password policy.
    static QByteArray prepared(const QString& password);
};
