#pragma once

#include <QString>

// The digest of a short code (the 6-digit e-mail confirmation code) in a form the database itself
// can check, so that a desk asks "does this code match?" without reading it:
//     sha256$<16-byte salt, hex>$<SHA-256 of salt || UTF-8 code, hex>
// PostgreSQL checks it with its own sha256() (guichet_email_code_matches, migration 013), SQLite's
// single desk here. A 6-digit code has a million values: its digest is only as secret as the column
// that holds it, which no desk group may read (only the mail service, which made the code, and the
// portal); hashing it slowly would protect nothing more and the server could not check it.
class CodeDigest
{
public:
    static QString make(const QString& code);
    static bool matches(const QString& digest, const QString& code);
};
