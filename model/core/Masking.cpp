#include "core/Masking.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

const QString dots = QStringLiteral("\u2022\u2022\u2022");

QString firstLetter(const QString& part)
{
    for (const QChar c : part) {
        if (c.isLetterOrNumber())
            return QString(c);
    }
    return QString();
}

} // namespace

QString Masking::name(const QString& name)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-']+"));
    QStringList parts;
    const QStringList words = name.split(separators, Qt::SkipEmptyParts);
    for (const QString& word : words) {
        const QString first = firstLetter(word);
        if (!first.isEmpty())
            parts.append(first + dots);
        if (parts.size() == 2)
            break;
    }
    return parts.isEmpty() ? dots : parts.join(QLatin1Char(' '));
}

QString Masking::fullName(const QString& firstNames, const QString& lastName)
{
    return name(firstNames) + QLatin1Char(' ') + name(lastName);
}

QString Masking::email(const QString& email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return dots;
    const QString local = email.left(at);
    const QString domain = email.mid(at + 1);
    const qsizetype dot = domain.lastIndexOf(QLatin1Char('.'));
    const QString tld = dot > 0 ? domain.mid(dot) : QString();
    return firstLetter(local) + dots + QLatin1Char('@') + firstLetter(domain) + dots + tld;
}

QString Masking::nir(const QString& digits)
{
    if (digits.size() < 3)
        return dots;
    return digits.left(1) + QLatin1Char(' ') + digits.mid(1, 2)
        + QStringLiteral(" \u2022\u2022 \u2022\u2022 \u2022\u2022\u2022 \u2022\u2022\u2022 \u2022\u2022");
}
