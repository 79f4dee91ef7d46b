#include "identity/Nir.h"

#include <array>
#include <utility>

namespace {

constexpr qsizetype BodyLength = 13;
constexpr qsizetype FullLength = 15;

// Where each part starts in the canonical 15 characters.
constexpr qsizetype SexAt = 0;
constexpr qsizetype MonthAt = 3;
constexpr qsizetype DepartmentAt = 5;
constexpr qsizetype OrderAt = 10;
constexpr qsizetype KeyAt = 13;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The value of `count` ASCII digits of `s` from `from`; the caller has checked that they are digits.
int number(QStringView s, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i)
        value = value * 10 + (s[i].unicode() - u'0');
    return value;
}

// Overseas departments (971–989) have 3 digits and their communes 2.
bool isOverseas(QStringView s)
{
    return s.size() > DepartmentAt + 1 && s[DepartmentAt] == u'9'
        && (s[DepartmentAt + 1] == u'7' || s[DepartmentAt + 1] == u'8');
}

qsizetype communeAt(QStringView s)
{
    return isOverseas(s) ? DepartmentAt + 3 : DepartmentAt + 2;
}

qsizetype communeLength(QStringView s)
{
    return isOverseas(s) ? 2 : 3;
}

struct PartError
{
    Nir::Error error = Nir::Error::None;
    qsizetype start = -1; // in the canonical characters
};

// Checks the parts of a 13-character body whose characters are known to be canonical.
PartError checkBody(QStringView body)
{
    switch (number(body, SexAt, 1)) {
    case 1:
    case 2:
    case 3:
    case 4:
    case 7:
    case 8:
        break;
    default:
        return {Nir::Error::InvalidSex, SexAt};
    }

    const int month = number(body, MonthAt, 2);
    const bool monthValid = (month >= 1 && month <= 12) || month == 20 || (month >= 30 && month <= 42) || month >= 50;
    if (!monthValid)
        return {Nir::Error::InvalidMonth, MonthAt};

    if (isOverseas(body)) {
        const int department = number(body, DepartmentAt, 3);
        if (department < 971 || department > 989)
            return {Nir::Error::InvalidDepartment, DepartmentAt};
    } else if (isAsciiDigit(body[DepartmentAt + 1])) {
        // 97 and 98 are overseas above, so what is left is 01–96 (20 included) and 99.
        const int department = number(body, DepartmentAt, 2);
        if (department < 1 || (department > 96 && department != 99))
            return {Nir::Error::InvalidDepartment, DepartmentAt};
    } // else 2A or 2B: the characters are canonical, so the department is valid.

    const qsizetype commune = communeAt(body);
    if (number(body, commune, communeLength(body)) == 0) {
        const bool abroad = body.sliced(DepartmentAt, 2) == QLatin1String("99");
        return {abroad ? Nir::Error::InvalidCountry : Nir::Error::InvalidCommune, commune};
    }

    if (number(body, OrderAt, 3) == 0)
        return {Nir::Error::InvalidOrder, OrderAt};

    return {};
}

} // namespace

Nir Nir::parse(QStringView input, Error* error, qsizetype* position)
{
    const auto fail = [error, position](Error why, qsizetype at) {
        if (error)
            *error = why;
        if (position)
            *position = at;
        return Nir();
    };

    // Keep digits (and 2A/2B), remember where each of the first 15 came from in the input.
    QString canonical;
    canonical.reserve(FullLength);
    std::array<qsizetype, FullLength> origin{};
    for (qsizetype i = 0; i < input.size(); ++i) {
        QChar c = input[i];
        if (c.isSpace() || c == u'.')
            continue;
        const qsizetype at = canonical.size();
        if (!isAsciiDigit(c)) {
            const bool corsica = at == DepartmentAt + 1 && canonical.at(DepartmentAt) == u'2'
                && (c == u'A' || c == u'a' || c == u'B' || c == u'b');
            if (!corsica)
                return fail(Error::InvalidCharacter, i);
            c = c.toUpper();
        }
        if (at < FullLength)
            origin[static_cast<std::size_t>(at)] = i;
        canonical.append(c);
    }

    if (canonical.isEmpty())
        return fail(Error::Empty, -1);
    if (canonical.size() != BodyLength && canonical.size() != FullLength)
        return fail(Error::WrongLength, -1);

    const QStringView body = QStringView(canonical).first(BodyLength);
    if (const PartError part = checkBody(body); part.error != Error::None)
        return fail(part.error, origin[static_cast<std::size_t>(part.start)]);

    const int expected = computeKey(body);
    if (canonical.size() == FullLength) {
        const int key = number(canonical, KeyAt, 2);
        if (key < 1 || key > 97)
            return fail(Error::InvalidKey, origin[static_cast<std::size_t>(KeyAt)]);
        if (key != expected)
            return fail(Error::KeyMismatch, -1);
    } else {
        canonical += QString::number(expected).rightJustified(2, u'0');
    }

    if (error)
        *error = Error::None;
    if (position)
        *position = -1;
    return Nir(std::move(canonical));
}

int Nir::computeKey(QStringView body)
{
    if (body.size() != BodyLength)
        return -1;

    // Corsica: A and B count as 0, then 2A subtracts 1,000,000 and 2B 2,000,000 (2A→19, 2B→18).
    qint64 value = 0;
    qint64 corsica = 0;
    for (qsizetype i = 0; i < BodyLength; ++i) {
        const QChar c = body[i];
        int digit = 0;
        if (isAsciiDigit(c)) {
            digit = c.unicode() - u'0';
        } else if (i == DepartmentAt + 1 && body[DepartmentAt] == u'2' && (c == u'A' || c == u'B')) {
            corsica = c == u'A' ? 1'000'000 : 2'000'000;
        } else {
            return -1;
        }
        value = value * 10 + digit;
    }
    value -= corsica;
    return 97 - static_cast<int>(value % 97);
}

QString Nir::errorCode(Error error)
{
    switch (error) {
    case Error::None:
        return QStringLiteral("none");
    case Error::Empty:
        return QStringLiteral("empty");
    case Error::InvalidCharacter:
        return QStringLiteral("invalid_character");
    case Error::WrongLength:
        return QStringLiteral("wrong_length");
    case Error::InvalidSex:
        return QStringLiteral("invalid_sex");
    case Error::InvalidMonth:
        return QStringLiteral("invalid_month");
    case Error::InvalidDepartment:
        return QStringLiteral("invalid_department");
    case Error::InvalidCommune:
        return QStringLiteral("invalid_commune");
    case Error::InvalidCountry:
        return QStringLiteral("invalid_country");
    case Error::InvalidOrder:
        return QStringLiteral("invalid_order");
    case Error::InvalidKey:
        return QStringLiteral("invalid_key");
    case Error::KeyMismatch:
        return QStringLiteral("key_mismatch");
    }
    return QStringLiteral("unknown");
}

QString Nir::formatted() const
{
    if (isNull())
        return {};
    // sex, year, month, department, commune, order, key
    static constexpr std::array<qsizetype, 7> Mainland{1, 2, 2, 2, 3, 3, 2};
    static constexpr std::array<qsizetype, 7> Overseas{1, 2, 2, 3, 2, 3, 2};
    const auto& widths = isOverseas(m_digits) ? Overseas : Mainland;

    QString result;
    result.reserve(FullLength + static_cast<qsizetype>(widths.size()) - 1);
    qsizetype at = 0;
    for (const qsizetype width : widths) {
        if (at > 0)
            result += u' ';
        result += QStringView(m_digits).sliced(at, width);
        at += width;
    }
    return result;
}

int Nir::sex() const
{
    return isNull() ? -1 : number(m_digits, SexAt, 1);
}

int Nir::birthYear() const
{
    return isNull() ? -1 : number(m_digits, SexAt + 1, 2);
}

int Nir::birthMonth() const
{
    return isNull() ? -1 : number(m_digits, MonthAt, 2);
}

QString Nir::department() const
{
    return isNull() ? QString() : m_digits.sliced(DepartmentAt, isOverseas(m_digits) ? 3 : 2);
}

QString Nir::commune() const
{
    return isNull() ? QString() : m_digits.sliced(communeAt(m_digits), communeLength(m_digits));
}

QString Nir::order() const
{
    return isNull() ? QString() : m_digits.sliced(OrderAt, 3);
}

int Nir::key() const
{
    return isNull() ? -1 : number(m_digits, KeyAt, 2);
}

bool Nir::isProvisional() const
{
    const int s = sex();
    return s == 3 || s == 4 || s == 7 || s == 8;
}
