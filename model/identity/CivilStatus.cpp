#include "identity/CivilStatus.h"

#include "core/TextLimits.h"
#include "identity/Nir.h"

#include <QRegularExpression>

namespace {

// A name or place: at least one letter; letters, spaces, hyphens, apostrophes and dots only.
bool isValidNameText(const QString& text)
{
    if (text.size() > TextLimits::Name)
        return false;
    bool hasLetter = false;
    for (const QChar c : text) {
        if (c.isLetter() || c.isMark()) {
            hasLetter = true;
            continue;
        }
        if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('\'') || c == QChar(0x2019)
            || c == QLatin1Char('.'))
            continue;
        return false;
    }
    return hasLetter;
}

} // namespace

bool CivilStatus::isComplete() const
{
    return !lastName.trimmed().isEmpty() && !firstNames.trimmed().isEmpty() && birthDate.isValid()
        && !birthPlace.trimmed().isEmpty();
}

CivilStatus CivilStatus::normalized() const
{
    return {lastName.simplified(), firstNames.simplified(), birthDate, birthPlace.simplified()};
}

QString CivilStatus::fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            out.append(c.toCaseFolded());
        // Combining marks (accents), spaces, hyphens, apostrophes and other punctuation are dropped.
    }
    // Ligatures that NFKD leaves whole.
    out.replace(QChar(0x0153), QLatin1String("oe")); // œ
    out.replace(QChar(0x00E6), QLatin1String("ae")); // æ
    out.replace(QChar(0x00DF), QLatin1String("ss")); // ß
    return out;
}

CivilStatus::Problem CivilStatus::validate(const Nir& nir, const QDate& today) const
{
    const CivilStatus civil = normalized();
    if (civil.lastName.isEmpty())
        return Problem::MissingLastName;
    if (!isValidNameText(civil.lastName))
        return Problem::InvalidLastName;
    if (civil.firstNames.isEmpty())
        return Problem::MissingFirstNames;
    if (!isValidNameText(civil.firstNames))
        return Problem::InvalidFirstNames;
    if (!civil.birthDate.isValid() || civil.birthDate.year() < 1880 || civil.birthDate > today)
        return Problem::InvalidBirthDate;
    if (!nir.isNull()) {
        if (civil.birthDate.year() % 100 != nir.birthYear())
            return Problem::BirthDateMismatch;
        if (nir.birthMonth() >= 1 && nir.birthMonth() <= 12 && civil.birthDate.month() != nir.birthMonth())
            return Problem::BirthDateMismatch;
    }
    if (civil.birthPlace.isEmpty())
        return Problem::MissingBirthPlace;
    // Places may hold digits (arrondissements: "Paris 15e").
    static const QRegularExpression place(QStringLiteral("^[\\p{L}\\p{M}0-9 .'\u2019()-]+$"));
    if (civil.birthPlace.size() > TextLimits::Name || !place.match(civil.birthPlace).hasMatch())
        return Problem::InvalidBirthPlace;
    return Problem::None;
}

bool CivilStatus::parseProblemCode(const QString& code, Problem* problem)
{
    for (const Problem candidate :
         {Problem::None, Problem::MissingLastName, Problem::InvalidLastName, Problem::MissingFirstNames,
          Problem::InvalidFirstNames, Problem::InvalidBirthDate, Problem::BirthDateMismatch, Problem::MissingBirthPlace,
          Problem::InvalidBirthPlace, Problem::AmbiguousBirthDate}) {
        if (problemCode(candidate) == code) {
            *problem = candidate;
            return true;
        }
    }
    return false;
}

QString CivilStatus::problemCode(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return QStringLiteral("none");
    case Problem::MissingLastName:
        return QStringLiteral("missing_last_name");
    case Problem::InvalidLastName:
        return QStringLiteral("invalid_last_name");
    case Problem::MissingFirstNames:
        return QStringLiteral("missing_first_names");
    case Problem::InvalidFirstNames:
        return QStringLiteral("invalid_first_names");
    case Problem::InvalidBirthDate:
        return QStringLiteral("invalid_birth_date");
    case Problem::BirthDateMismatch:
        return QStringLiteral("birth_date_mismatch");
    case Problem::MissingBirthPlace:
        return QStringLiteral("missing_birth_place");
    case Problem::InvalidBirthPlace:
        return QStringLiteral("invalid_birth_place");
    case Problem::AmbiguousBirthDate:
        return QStringLiteral("ambiguous_birth_date");
    }
    return QStringLiteral("unknown");
}

CivilStatus::TypedDate CivilStatus::readDate(const QString& text)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression yearFirst(QStringLiteral("^\\d{4}[/.]\\d{1,2}[/.]\\d{1,2}$"));
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d+)$"));
    const QString trimmed = text.simplified().remove(QLatin1Char(' '));
    const auto dateOrInvalid = [](int year, int month, int day) {
        const QDate date(year, month, day);
        return date.isValid() ? TypedDate{date, Problem::None} : TypedDate{{}, Problem::InvalidBirthDate};
    };
    if (const QRegularExpressionMatch m = iso.match(trimmed); m.hasMatch())
        return dateOrInvalid(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (yearFirst.match(trimmed).hasMatch())
        return {{}, Problem::AmbiguousBirthDate}; // 1960/10/01: October or January?
    const QRegularExpressionMatch m = dayFirst.match(trimmed);
    if (!m.hasMatch())
        return {{}, Problem::InvalidBirthDate};
    const int day = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    const QString year = m.captured(3);
    if (year.size() == 2)
        return {{}, Problem::AmbiguousBirthDate}; // 24/12/60: 1960 or 2060?
    if (year.size() != 4)
        return {{}, Problem::InvalidBirthDate};
    if (month > 12 && month <= 31 && day >= 1 && day <= 12)
        return {{}, Problem::AmbiguousBirthDate}; // 12/24/1960: typed month first
    return dateOrInvalid(year.toInt(), month, day);
}

QDate CivilStatus::parseDate(const QString& text)
{
    return readDate(text).date;
}

QStringList CivilStatus::differingFields(const CivilStatus& other) const
{
    QStringList fields;
    if (fold(lastName) != fold(other.lastName))
        fields.append(QStringLiteral("last_name"));
    if (fold(firstNames) != fold(other.firstNames))
        fields.append(QStringLiteral("first_names"));
    if (birthDate != other.birthDate)
        fields.append(QStringLiteral("birth_date"));
    if (fold(birthPlace) != fold(other.birthPlace))
        fields.append(QStringLiteral("birth_place"));
    return fields;
}
