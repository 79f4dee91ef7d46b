#pragma once

// What tst_nir and tst_nirvalue share: readable QCOMPARE failures for Nir and Nir::Error, the key and
// the month rule written independently of Nir, every error.
#include "identity/Nir.h"
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <utility>

Q_DECLARE_METATYPE(Nir::Error)

// Readable QCOMPARE failures (found by argument-dependent lookup, so at global scope).
inline char* toString(const Nir::Error& error)
{
    return QTest::toString(Nir::errorCode(error));
}

inline char* toString(const Nir& nir)
{
    return QTest::toString(nir.isNull() ? QStringLiteral("<null Nir>") : nir.digits());
}

namespace NirTesting {

constexpr qsizetype NoPosition = -1;

inline QString twoDigits(int value)
{
    return QString::number(value).rightJustified(2, u'0');
}

// The key computed independently of Nir::computeKey (which reads the body as one 64-bit number and subtracts
// 1,000,000 for 2A or 2,000,000 for 2B): the text 2A is replaced by 19 and 2B by 18, then the number is
// divided by 97 one digit at a time, as on paper. -1 if it is not 13 canonical characters.
inline int referenceKey(QString body)
{
    if (body.size() != 13)
        return -1;
    if (body.mid(5, 2) == QLatin1String("2A"))
        body.replace(5, 2, QStringLiteral("19"));
    else if (body.mid(5, 2) == QLatin1String("2B"))
        body.replace(5, 2, QStringLiteral("18"));
    int remainder = 0;
    for (const QChar c : std::as_const(body)) {
        if (c < u'0' || c > u'9')
            return -1;
        remainder = (remainder * 10 + (c.unicode() - u'0')) % 97;
    }
    return 97 - remainder;
}

// The month rule written as the list of its ranges.
inline bool isValidMonth(int month)
{
    static const QList<std::pair<int, int>> ranges{{1, 12}, {20, 20}, {30, 42}, {50, 99}};
    for (const auto& [first, last] : ranges) {
        if (month >= first && month <= last)
            return true;
    }
    return false;
}

const QList<Nir::Error>& allErrors()
{
    static const QList<Nir::Error> errors{
        Nir::Error::None,           Nir::Error::Empty,        Nir::Error::InvalidCharacter,  Nir::Error::WrongLength,
        Nir::Error::InvalidSex,     Nir::Error::InvalidMonth, Nir::Error::InvalidDepartment, Nir::Error::InvalidCommune,
        Nir::Error::InvalidCountry, Nir::Error::InvalidOrder, Nir::Error::InvalidKey,        Nir::Error::KeyMismatch,
    };
    return errors;
}

} // namespace NirTesting
