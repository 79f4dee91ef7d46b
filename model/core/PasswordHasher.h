#pragma once

#include <QByteArray>
#include <QString>

// Argon2id through libsodium, as PHC strings ("$argon2id$v=19$m=65536,t=2,p=1$…") so that any
// Argon2 implementation can verify them. Hashing costs ~0.1 s with the interactive limits: call it
// off the UI thread.
class PasswordHasher
{
public:
    enum class Strength { Interactive, Moderate };

    // Initialises libsodium; false if it cannot be (then nothing here works).
    static bool initialize();

    // An empty string when hashing failed (out of memory).
    static QString hash(const QString& password, Strength strength = Strength::Interactive);
    static bool verify(const QString& phcString, const QString& password);
    // True when the hash was made with weaker limits than asked for now.
    static bool needsRehash(const QString& phcString, Strength strength = Strength::Interactive);
};
