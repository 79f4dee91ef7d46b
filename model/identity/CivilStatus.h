#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

class Nir;

// What identifies a person besides the NIR: names, date and place of birth.
struct CivilStatus
{
    QString lastName;
    QString firstNames;
    QDate birthDate;
    QString birthPlace;

    // What is wrong with a civil status typed at a desk or a command line; the first problem wins.
    enum class Problem {
        None,
        MissingLastName,
        InvalidLastName, // digits, control characters, no letter, over 200 characters
        MissingFirstNames,
        InvalidFirstNames,
        InvalidBirthDate, // not a date, before 1880, or in the future
        BirthDateMismatch, // year or month differs from what the NIR says
        MissingBirthPlace,
        InvalidBirthPlace,
        AmbiguousBirthDate, // typed so that it reads two ways (12/24/1960, 10/01/60, 1960/10/01): refused, never
                            // compared
    };

    // Empty fields or an invalid date make a civil status incomplete.
    bool isComplete() const;
    // Checks each field, and the birth date against the NIR's year and month (when the NIR holds
    // a real month, 01–12) if nir is not null.
    Problem validate(const Nir& nir, const QDate& today = QDate::currentDate()) const;
    static QString problemCode(Problem problem); // "invalid_birth_date"
    // The problem a code names (problemCode's inverse); false for any other text.
    static bool parseProblemCode(const QString& code, Problem* problem);
    // A date as a person types it, the one rule for the desk and guichetctl: day/month/year with
    // a four-digit year in every language (24/12/1960, 24.12.1960, 24-12-1960, 1/2/1960), or ISO
    // 1960-12-24. What could be read two ways is AmbiguousBirthDate: a two-digit year, month
    // before day (12/24/1960), year first with slashes or dots. Anything else that is not a real
    // date is InvalidBirthDate. Whether the date is in the past is validate()'s business.
    struct TypedDate
    {
        QDate date;
        Problem problem = Problem::None;
    };
    static TypedDate readDate(const QString& text);
    // readDate(text).date: an invalid QDate when the text is not one unambiguous date.
    static QDate parseDate(const QString& text);
    // Trims and collapses inner spaces; keeps case and accents as typed.
    CivilStatus normalized() const;

    // The one comparison of a civil status with a record (the desk's identity check, the portal's
    // registration, the certification against the register): each name and the place folded
    // (fold()), the date exact. The codes of the fields that differ, in this order: "last_name",
    // "first_names", "birth_date", "birth_place".
    QStringList differingFields(const CivilStatus& other) const;
    bool matches(const CivilStatus& other) const { return differingFields(other).isEmpty(); }

    // The form used to compare what a caller says with a record: case, accents, spaces,
    // hyphens and apostrophes folded away ("Lefèvre-d'Arc" == "LEFEVRE D ARC").
    static QString fold(const QString& text);
};
