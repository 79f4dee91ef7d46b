#pragma once

#include <QString>

// Secrets from the operating system's CSPRNG (libsodium's randombytes).
class SecretGenerator
{
public:
    // Letters and digits that cannot be mistaken for one another when read aloud or typed from
    // a mail (no 0/O/o, 1/l/I/i).
    static QString unambiguousAlphabet();
    // At least 12 characters, with an upper-case letter, a lower-case letter and a digit.
    static QString temporaryPassword(int length = 14);
    // Six digits, zero-padded ("004217").
    static QString confirmationCode();
    // 128 random bits as 32 hexadecimal digits.
    static QString randomToken();
};
