#pragma once

#include <QString>

#include <optional>

// Who the outbox's mail comes from, as an administrator writes it: a bare address
// ("no-reply@hotline.example") or a display name and an address ("Assurance retraite
// <no-reply@hotline.example>", the name optionally in double quotes). The header From shows both
// (the name as an RFC 2047 encoded-word when it is not ASCII, MailComposer), the envelope sender
// (MAIL FROM) is the address, and the Message-ID's domain is the address's domain. Reply-To takes
// the same form.
struct MailSender
{
    QString name; // may be empty
    QString address;

    // nullopt when the address is not well formed (EmailAddress::isWellFormed, in ASCII), or the
    // name holds a control character, '<', '>' or '"' (nothing that could start another header or
    // address). Not EmailAddress's public rule for callers: the sender is the hotline's own domain.
    static std::optional<MailSender> parse(const QString& text);
    static bool isValid(const QString& text) { return parse(text).has_value(); }
    // "Name <address>", or the bare address when there is no name.
    QString toString() const;
};
