#include "core/PasswordPolicy.h"

#include <QList>

int PasswordPolicy::classCount(const QString& password)
{
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool other = false;
    for (const QChar c : password) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    return int(lower) + int(upper) + int(digit) + int(other);
}

PasswordPolicy::Weakness PasswordPolicy::check(const QString& password)
{
    // Length in characters as a person counts them (code points), not UTF-16 units.
    const qsizetype length = password.toUcs4().size();
    if (length < MinimumLength)
        return Weakness::TooShort;
    if (length > MaximumLength)
        return Weakness::TooLong;
    if (classCount(password) < MinimumClasses)
        return Weakness::TooFewClasses;
    return Weakness::None;
}

QString PasswordPolicy::weaknessCode(Weakness weakness)
{
    switch (weakness) {
    case Weakness::None:
        return QStringLiteral("none");
    case Weakness::TooShort:
        return QStringLiteral("too_short");
    case Weakness::TooLong:
        return QStringLiteral("too_long");
    case Weakness::TooFewClasses:
        return QStringLiteral("too_few_classes");
    }
    return QStringLiteral("unknown");
}
