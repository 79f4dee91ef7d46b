#pragma once

#include <QString>

// The portal's rule for personal passwords, at least CNIL deliberation 2022-100 case 2: at least
// 8 characters from at least 3 of the 4 classes (lower case, upper case, digits, others),
// together with the 5-attempt lock. The numbers live here and nowhere else.
class PasswordPolicy
{
public:
    static constexpr int MinimumLength = 8;
    static constexpr int MaximumLength = 128;
    static constexpr int MinimumClasses = 3;

    enum class Weakness { None, TooShort, TooLong, TooFewClasses };

    static Weakness check(const QString& password);
    static int classCount(const QString& password);
    static QString weaknessCode(Weakness weakness); // "too_short"…
};
