#include "core/PasswordHasher.h"

#include "core/Logging.h"

#include <sodium.h>

namespace {

struct Limits
{
    unsigned long long ops;
    size_t mem;
};

Limits limitsFor(PasswordHasher::Strength strength)
{
    if (strength == PasswordHasher::Strength::Moderate)
        return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

// Copies a secret into memory that is wiped when it goes away.
class SecretBytes
{
public:
    explicit SecretBytes(const QString& text) : m_bytes(text.toUtf8()) { }
    ~SecretBytes() { sodium_memzero(m_bytes.data(), static_cast<size_t>(m_bytes.size())); }
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    const char* data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

} // namespace

bool PasswordHasher::initialize()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

QString PasswordHasher::hash(const QString& password, Strength strength)
{
    if (!initialize())
        return {};
    const Limits limits = limitsFor(strength);
    const SecretBytes secret(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, secret.data(), secret.size(), limits.ops, limits.mem, crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        qCWarning(lcCrypto) << "Argon2id hashing failed (out of memory?)";
        return {};
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& phcString, const QString& password)
{
    if (!initialize() || !phcString.startsWith(QLatin1String("$argon2id$")))
        return false;
    const QByteArray stored = phcString.toLatin1();
    const SecretBytes secret(password);
    return crypto_pwhash_str_verify(stored.constData(), secret.data(), secret.size()) == 0;
}

bool PasswordHasher::needsRehash(const QString& phcString, Strength strength)
{
    if (!initialize())
        return true;
    const Limits limits = limitsFor(strength);
    const QByteArray stored = phcString.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), limits.ops, limits.mem) != 0;
}
