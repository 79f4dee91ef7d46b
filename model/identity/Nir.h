#pragma once

#include <QString>
#include <QStringView>

// A French social-security number (NIR, "numéro de sécurité sociale"): 13 characters that
// describe the person (sex, year and month of birth, department, commune or country, order)
// followed by a 2-digit control key. A default-constructed Nir is null.
class Nir
{
public:
    // Why an input is not a valid NIR. The first failing part wins, from left to right.
    enum class Error {
        None,
        Empty, // nothing but separators
        InvalidCharacter, // something other than a digit, a space, a dot, or A/B after a 2 in the department
        WrongLength, // not 13 or 15 characters once separators are removed
        InvalidSex, // not 1, 2, 3, 4, 7 or 8
        InvalidMonth, // not 01–12, 20, 30–42 or 50–99
        InvalidDepartment, // not 01–95, 2A, 2B, 20, 96, 971–989 or 99
        InvalidCommune, // commune 000 (or 00 overseas)
        InvalidCountry, // born abroad (99) with country code 000
        InvalidOrder, // order 000
        InvalidKey, // key outside 01–97
        KeyMismatch, // key does not match the 13 first characters
    };

    Nir() = default;

    // Parses what a person types or pastes: spaces (any Unicode space) and dots are ignored,
    // 2a/2b are accepted in lower case, a 13-character input gets its key computed.
    // Returns a null Nir and sets *error and *position on failure: *position is the 0-based index
    // (in UTF-16 code units) in the input of the offending character for InvalidCharacter, of the
    // first character of the offending part for InvalidSex … InvalidOrder and InvalidKey (e.g. the
    // month for InvalidMonth, the commune or country for InvalidCommune/InvalidCountry), and -1 for
    // Empty, WrongLength and KeyMismatch. On success *error is None and *position -1.
    static Nir parse(QStringView input, Error* error = nullptr, qsizetype* position = nullptr);

    // The control key of 13 canonical characters (2A→19, 2B→18), or -1 if they are not 13 digits
    // (upper-case 2A/2B allowed at 5–6). Only the characters are checked, not the parts.
    static int computeKey(QStringView body);

    // A stable machine-readable name for an error ("invalid_month"), used in JSON and logs.
    static QString errorCode(Error error);

    bool isNull() const { return m_digits.isEmpty(); }

    // On a null Nir the int accessors return -1, the string ones an empty string.

    QString digits() const { return m_digits; } // 15 characters, "185037510604292"
    QString formatted() const; // "1 85 03 75 106 042 92"
    int sex() const; // 1, 2, 3, 4, 7 or 8
    int birthYear() const; // 0–99
    int birthMonth() const; // 1–99 (see the month rule)
    QString department() const; // "75", "2A", "971", "99"
    QString commune() const; // "106"; 2 digits overseas; the country code when born abroad
    QString order() const; // "042"
    int key() const; // 1–97
    bool isProvisional() const; // sex 3, 4, 7 or 8
    bool isBornAbroad() const { return department() == QLatin1String("99"); }

    friend bool operator==(const Nir& a, const Nir& b) { return a.m_digits == b.m_digits; }
    friend bool operator!=(const Nir& a, const Nir& b) { return !(a == b); }

private:
    explicit Nir(QString digits) : m_digits(std::move(digits)) { }

    QString m_digits;
};
