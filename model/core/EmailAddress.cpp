#include "core/EmailAddress.h"

#include "core/TextLimits.h"

#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace {

constexpr qsizetype MaxLocalPartLength = 64;
constexpr qsizetype MaxDomainLength = 253;
constexpr qsizetype MaxLabelLength = 63;

bool isAtext(QChar c)
{
    if (c.unicode() >= 0x80)
        return false;
    const char ascii = static_cast<char>(c.unicode());
    return (ascii >= 'a' && ascii <= 'z') || (ascii >= 'A' && ascii <= 'Z') || (ascii >= '0' && ascii <= '9')
        || QByteArrayView("!#$%&'*+/=?^_`{|}~-").contains(ascii);
}

bool validLocalPart(const QString& local)
{
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) || local.contains(QLatin1String("..")))
        return false;
    return std::all_of(local.cbegin(), local.cend(), [](QChar c) { return c == QLatin1Char('.') || isAtext(c); });
}

// The domain in its ASCII (IDNA) form, lower case; empty when it cannot have one.
QString asciiDomain(const QString& domain)
{
    const QByteArray ace = QUrl::toAce(domain);
    return QString::fromLatin1(ace).toLower();
}

bool validLabel(const QString& label)
{
    if (label.isEmpty() || label.size() > MaxLabelLength || label.startsWith(QLatin1Char('-'))
        || label.endsWith(QLatin1Char('-')))
        return false;
    return std::all_of(label.cbegin(), label.cend(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || c == QLatin1Char('-');
    });
}

// Syntax of both parts; the domain's public character is checked by the caller.
EmailAddress::Problem checkSyntax(const QString& trimmed, QStringList* labels)
{
    using Problem = EmailAddress::Problem;
    if (trimmed.isEmpty())
        return Problem::Empty;
    if (trimmed.size() > TextLimits::EmailAddress)
        return Problem::TooLong;
    if (trimmed.count(QLatin1Char('@')) != 1)
        return Problem::MissingAt;
    const qsizetype at = trimmed.indexOf(QLatin1Char('@'));
    const QString local = trimmed.left(at);
    const QString domain = trimmed.mid(at + 1);
    if (local.isEmpty())
        return Problem::MissingLocalPart;
    if (local.size() > MaxLocalPartLength)
        return Problem::LocalPartTooLong;
    if (!validLocalPart(local))
        return Problem::InvalidLocalPart;
    if (domain.isEmpty())
        return Problem::MissingDomain;
    if (domain.startsWith(QLatin1Char('[')))
        return Problem::DomainNotPublic; // an address literal: [192.0.2.1]
    const QString ascii = asciiDomain(domain);
    if (ascii.isEmpty() || ascii.size() > MaxDomainLength)
        return Problem::InvalidDomain;
    *labels = ascii.split(QLatin1Char('.'));
    if (!std::all_of(labels->cbegin(), labels->cend(), validLabel))
        return Problem::InvalidDomain;
    if (labels->size() < 2)
        return Problem::DomainWithoutDot;
    const QString& top = labels->constLast();
    const bool alphabetic = std::all_of(top.cbegin(), top.cend(), [](QChar c) { return c.isLetter(); });
    if (!alphabetic && !top.startsWith(QLatin1String("xn--")))
        return Problem::DomainNotPublic; // 192.0.2.1, or a numeric top-level domain
    if (top.size() < 2)
        return Problem::InvalidDomain;
    return Problem::None;
}

} // namespace

EmailAddress::Problem EmailAddress::check(const QString& address)
{
    QStringList labels;
    const Problem problem = checkSyntax(address.trimmed(), &labels);
    if (problem != Problem::None)
        return problem;
    static const QStringList specialUse = {
        QStringLiteral("localhost"), QStringLiteral("local"),   QStringLiteral("invalid"),
        QStringLiteral("test"),      QStringLiteral("example"), QStringLiteral("onion"),
        QStringLiteral("internal"),  QStringLiteral("lan"),     QStringLiteral("localdomain"),
    };
    if (specialUse.contains(labels.constLast()))
        return Problem::DomainNotPublic;
    if (labels.size() >= 2 && labels.at(labels.size() - 2) == QLatin1String("home")
        && labels.constLast() == QLatin1String("arpa"))
        return Problem::DomainNotPublic;
    return Problem::None;
}

bool EmailAddress::isWellFormed(const QString& address)
{
    QStringList labels;
    return checkSyntax(address.trimmed(), &labels) == Problem::None;
}

QString EmailAddress::problemName(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return QStringLiteral("email_empty");
    case Problem::TooLong:
        return QStringLiteral("email_too_long");
    case Problem::MissingAt:
        return QStringLiteral("email_missing_at");
    case Problem::MissingLocalPart:
        return QStringLiteral("email_missing_local_part");
    case Problem::LocalPartTooLong:
        return QStringLiteral("email_local_part_too_long");
    case Problem::InvalidLocalPart:
        return QStringLiteral("email_invalid_local_part");
    case Problem::MissingDomain:
        return QStringLiteral("email_missing_domain");
    case Problem::InvalidDomain:
        return QStringLiteral("email_invalid_domain");
    case Problem::DomainWithoutDot:
        return QStringLiteral("email_domain_without_dot");
    case Problem::DomainNotPublic:
        return QStringLiteral("email_domain_not_public");
    }
    return {};
}

bool EmailAddress::parseProblemName(const QString& name, Problem* problem)
{
    for (Problem candidate : {Problem::Empty, Problem::TooLong, Problem::MissingAt, Problem::MissingLocalPart,
                              Problem::LocalPartTooLong, Problem::InvalidLocalPart, Problem::MissingDomain,
                              Problem::InvalidDomain, Problem::DomainWithoutDot, Problem::DomainNotPublic}) {
        if (problemName(candidate) == name) {
            *problem = candidate;
            return true;
        }
    }
    return false;
}

QString EmailAddress::normalized(const QString& address)
{
    const QString trimmed = address.trimmed();
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return trimmed;
    const QString domain = trimmed.mid(at + 1);
    const QString ascii = asciiDomain(domain);
    return trimmed.left(at + 1) + (ascii.isEmpty() ? domain.toLower() : ascii);
}
