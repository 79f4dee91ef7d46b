#include "EmailAddress.h"

#include <QRegularExpression>

bool EmailAddress::isValid(const QString& address)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s\\x{0}-\\x{1f}\\x{7f}]{1,64}@[^@\\s\\x{0}-\\x{1f}\\x{7f}.][^@\\s\\x{0}-\\x{1f}\\x{7f}]*"
                       "\\.[^@\\s\\x{0}-\\x{1f}\\x{7f}.]{2,}$"));
    const QString trimmed = address.trimmed();
    return trimmed.size() <= 254 && pattern.match(trimmed).hasMatch() && !trimmed.contains(QLatin1String(".."));
}

QString EmailAddress::normalized(const QString& address)
{
    const QString trimmed = address.trimmed();
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return trimmed;
    return trimmed.left(at + 1) + trimmed.mid(at + 1).toLower();
}
