#include "mail/MailSender.h"

#include "core/EmailAddress.h"

#include <algorithm>

namespace {

// The service's own address: EmailAddress's syntax (any top-level domain, since the hotline's own
// domain may be an internal one), in ASCII as the envelope needs it.
bool isAddress(const QString& address)
{
    return EmailAddress::isWellFormed(address)
        && std::all_of(address.cbegin(), address.cend(), [](QChar c) { return c.unicode() < 0x7f; });
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
