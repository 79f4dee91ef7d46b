#pragma once

#include <QString>

// A sanity check of an e-mail address as typed at a desk or on the portal: one @, a local part,
// a domain with a dot, no spaces or control characters, at most 254 characters. Deliverability is
// proven by the confirmation code, not here.
class EmailAddress
{
public:
    static bool isValid(const QString& address);
    // Trimmed, domain in lower case.
    static QString normalized(const QString& address);
};
