#include "core/SecretGenerator.h"

#include "core/PasswordHasher.h"

#include <sodium.h>

#include <algorithm>

namespace {

quint32 uniform(quint32 bound)
{
    PasswordHasher::initialize();
    return randombytes_uniform(bound);
}

} // namespace

QString SecretGenerator::unambiguousAlphabet()
{
    return QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789");
}

QString SecretGenerator::temporaryPassword(int length)
{
    const QString alphabet = unambiguousAlphabet();
    const int size = int(alphabet.size());
    length = std::max(length, 12);
    for (;;) {
        QString password;
        password.reserve(length);
        for (int i = 0; i < length; ++i)
            password.append(alphabet.at(int(uniform(quint32(size)))));
        const bool upper = std::any_of(password.cbegin(), password.cend(), [](QChar c) { return c.isUpper(); });
        const bool lower = std::any_of(password.cbegin(), password.cend(), [](QChar c) { return c.isLower(); });
        const bool digit = std::any_of(password.cbegin(), password.cend(), [](QChar c) { return c.isDigit(); });
        if (upper && lower && digit)
            return password; // rejection sampling keeps the distribution uniform over valid passwords
    }
}

QString SecretGenerator::confirmationCode()
{
    return QStringLiteral("%1").arg(uniform(1000000), 6, 10, QLatin1Char('0'));
}

QString SecretGenerator::randomToken()
{
    PasswordHasher::initialize();
    unsigned char bytes[16];
    randombytes_buf(bytes, sizeof bytes);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(bytes), sizeof bytes).toHex());
}
