#include "core/CodeDigest.h"

#include <QCryptographicHash>
#include <QStringList>

#include <sodium.h>

namespace {

const QString Scheme = QStringLiteral("sha256");

QByteArray digestOf(const QByteArray& salt, const QString& code)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(salt);
    hash.addData(code.toUtf8());
    return hash.result();
}

} // namespace

QString CodeDigest::make(const QString& code)
{
    if (code.isEmpty() || sodium_init() < 0)
        return {};
    QByteArray salt(16, '\0');
    randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
    return Scheme + QLatin1Char('$') + QString::fromLatin1(salt.toHex()) + QLatin1Char('$')
        + QString::fromLatin1(digestOf(salt, code).toHex());
}

bool CodeDigest::matches(const QString& digest, const QString& code)
{
    const QStringList parts = digest.split(QLatin1Char('$'));
    if (parts.size() != 3 || parts.at(0) != Scheme || code.isEmpty())
        return false;
    const QByteArray salt = QByteArray::fromHex(parts.at(1).toLatin1());
    const QByteArray expected = QByteArray::fromHex(parts.at(2).toLatin1());
    const QByteArray actual = digestOf(salt, code);
    return salt.size() == 16 && expected.size() == actual.size()
        && sodium_memcmp(expected.constData(), actual.constData(), static_cast<size_t>(actual.size())) == 0;
}
