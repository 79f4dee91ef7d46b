#include "MailSender.h"

#include "EmailAddress.h"

#include <algorithm>

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
    if (!nameOk || !EmailAddress::isValid(sender.address) || sender.address.contains(QLatin1Char('<'))
        || sender.address.contains(QLatin1Char('>')))
        return std::nullopt;
    return sender;
}

QString MailSender::toString() const
{
    return name.isEmpty() ? address : name + QStringLiteral(" <") + address + QLatin1Char('>');
}
