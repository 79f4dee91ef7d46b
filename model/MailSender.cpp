#include "MailSender.h"

#include <algorithm>

namespace {

// The service's own address, checked for its form only (one @, a local part, a domain with a dot,
// nothing that could end the address or start another one). What callers may type is
// EmailAddress's rule; a sender is the hotline's own domain, which may be an internal one.
bool isAddress(const QString& address)
{
    if (address.isEmpty() || address.size() > 254 || address.count(QLatin1Char('@')) != 1)
        return false;
    const bool clean = std::none_of(address.cbegin(), address.cend(), [](QChar c) {
        return c.unicode() <= 0x20 || c.unicode() >= 0x7f || c == QLatin1Char('<') || c == QLatin1Char('>')
            || c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('"') || c == QLatin1Char('(')
            || c == QLatin1Char(')') || c == QLatin1Char('\\') || c == QLatin1Char('[') || c == QLatin1Char(']');
    });
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    const QString domain = address.mid(at + 1);
    return clean && at > 0 && domain.contains(QLatin1Char('.')) && !domain.startsWith(QLatin1Char('.'))
        && !domain.endsWith(QLatin1Char('.')) && !domain.contains(QLatin1String(".."));
}

} // namespace

std::optional<MailSender> MailSender::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    MailSender sender;
    const qsizetype open = trimmed.lastIndexOf(QLatin1Char('<'));
    if (open >= 0 && trimmed.endsWith(QLatin1Char('>'))) {
        sender.name = trimmed.left(open).trimmed();
        if (sender.name.size() >= 2 && sender.name.startsWith(QLatin1Char('"'))
            && sender.name.endsWith(QLatin1Char('"')))
            sender.name = sender.name.mid(1, sender.name.size() - 2).trimmed();
        sender.address = trimmed.mid(open + 1, trimmed.size() - open - 2).trimmed();
    } else {
        sender.address = trimmed;
    }
    const bool nameOk
        = sender.name.size() <= 100 && std::none_of(sender.name.cbegin(), sender.name.cend(), [](QChar c) {
              return c.unicode() < 0x20 || c.unicode() == 0x7f || c == QLatin1Char('<') || c == QLatin1Char('>')
                  || c == QLatin1Char('"');
          });
    if (!nameOk || !isAddress(sender.address))
        return std::nullopt;
    return sender;
}

QString MailSender::toString() const
{
    return name.isEmpty() ? address : name + QStringLiteral(" <") + address + QLatin1Char('>');
}
