#pragma once

#include "core/Error.h"
#include "mail/MailOutbox.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

// A message ready for a MailTransport.
struct ComposedMail
{
    QByteArray mime; // the whole RFC 5322 message, CRLF line ends
    QString messageId; // without angle brackets: "outbox-42.<random>@guichet.invalid"
    QString subject; // decoded, for logs and tests
};

// Builds the messages of the outbox from the templates :/mail/<kind>.<fr|en>.{txt,html}.
//
// A .txt template starts with a "Subject: …" line and a blank line, then the plain-text body; the
// .html template is the whole HTML document. Both use {{name}} placeholders, replaced in one pass
// by the values given (HTML-escaped in the HTML part); an unknown placeholder is an error. A section
// {{#name}}…{{/name}} is kept only when a value named name is given (the address change notice's
// refusal code: a notice queued before migration 010 has none).
//
// The message is multipart/alternative: text/plain; charset=utf-8 in quoted-printable (7-bit safe
// for any SMTP server) and text/html; charset=utf-8 in base64. Quoted-printable leaves a line of
// printable ASCII shorter than 76 characters and free of '=' as it is, so the fixed lines of the
// text part ("Mot de passe provisoire : SECRET", "Code de confirmation : 123456", "Temporary
// password: SECRET", "Confirmation code: 123456", "Code de refus : 123456", "Refusal code:
// 123456") stay greppable in the raw message. The subject is an RFC 2047 UTF-8 B encoded-word when
// it is not plain ASCII.
class MailComposer
{
public:
    explicit MailComposer(QString sender = defaultSender());

    // "Assurance retraite <no-reply@guichet.invalid>"
    static QString defaultSender();
    QString sender() const { return m_sender; }
    // "Name <address>" or a bare address. The Message-ID's domain is the address's.
    void setSender(const QString& sender) { m_sender = sender; }
    // An optional Reply-To ("Name <address>" or an address); empty: no Reply-To header.
    QString replyTo() const { return m_replyTo; }
    void setReplyTo(const QString& replyTo) { m_replyTo = replyTo; }

    // InvalidInput when the recipient is not one plain address (no header injection), NotFound
    // when a template is missing, InvalidInput when a template uses a placeholder not in values.
    // The error details name the template and the placeholder, never a value. date: the Date
    // header (now when invalid).
    Result<ComposedMail> compose(OutboxMessage::Kind kind, const QString& language, const QString& recipient,
                                 qint64 outboxId, const QHash<QString, QString>& values, const QDateTime& date) const;

    static QString templateName(OutboxMessage::Kind kind); // "temporary_password"…
    static QString normalizedLanguage(const QString& language); // "en" for en, en-GB…; "fr" otherwise
    // An instant as the holder reads it (Paris time), in the language of the message.
    static QString formatInstant(const QDateTime& instant, const QString& language);

    // The encodings, public for tests.
    static QByteArray encodeHeader(const QString& text); // RFC 2047 when needed, folded
    static QByteArray quotedPrintable(const QByteArray& utf8); // LF or CRLF in, CRLF out
    static QByteArray base64Lines(const QByteArray& data); // 76-character lines, CRLF
    static QByteArray rfc5322Date(const QDateTime& instant); // "Tue, 03 Jun 2025 14:05:00 +0000"

    // Overwrites the buffer before it is released, when this object is its only owner.
    static void wipe(QString& text);
    static void wipe(QByteArray& bytes);

private:
    QString m_sender;
    QString m_replyTo;
};
