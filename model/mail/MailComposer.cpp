#include "mail/MailComposer.h"

#include "core/SecretGenerator.h"
#include "core/TextLimits.h"

#include <QFile>
#include <QLocale>
#include <QStringView>
#include <QTimeZone>

#include <sodium.h>

namespace {

constexpr qsizetype EncodedWordBytes = 36; // 48 base64 characters: each encoded-word stays under 76

Result<QString> readTemplate(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, QStringLiteral("mail template %1 is missing").arg(path));
    QString text = QString::fromUtf8(file.readAll());
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return text;
}

// Keeps the text between {{#name}} and {{/name}} when values has name, drops it otherwise; the
// markers go, each with the line end that follows it (a marker stands on a line of its own in a
// .txt template). Templates only: values are never scanned.
Result<QString> sections(const QString& text, const QHash<QString, QString>& values, const QString& templateFile)
{
    QString out;
    qsizetype position = 0;
    auto skipLineEnd = [&text](qsizetype at) {
        return at < text.size() && text.at(at) == QLatin1Char('\n') ? at + 1 : at;
    };
    for (;;) {
        const qsizetype open = text.indexOf(QLatin1String("{{#"), position);
        if (open < 0) {
            out.append(QStringView(text).mid(position));
            return out;
        }
        const qsizetype openEnd = text.indexOf(QLatin1String("}}"), open + 3);
        if (openEnd < 0)
            return Error(ErrorCode::InvalidInput,
                         QStringLiteral("mail template %1: unterminated section").arg(templateFile));
        const QString name = text.mid(open + 3, openEnd - open - 3).trimmed();
        const QString closing = QStringLiteral("{{/%1}}").arg(name);
        const qsizetype close = text.indexOf(closing, openEnd + 2);
        if (close < 0)
            return Error(ErrorCode::InvalidInput,
                         QStringLiteral("mail template %1: section %2 not closed").arg(templateFile, name));
        out.append(QStringView(text).mid(position, open - position));
        if (values.contains(name)) {
            const qsizetype inner = skipLineEnd(openEnd + 2);
            out.append(QStringView(text).mid(inner, close - inner));
        }
        position = skipLineEnd(close + closing.size());
    }
}

// Replaces each {{name}} by its value, in one pass (a value is never scanned again).
Result<QString> substitute(const QString& text, const QHash<QString, QString>& values, bool html,
                           const QString& templateFile)
{
    qsizetype room = text.size() + 16;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        room += it.value().size() * 6; // worst case of HTML escaping ("&quot;")
    QString out;
    out.reserve(room); // no reallocation leaves a copy of a secret behind
    qsizetype position = 0;
    for (;;) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), position);
        if (open < 0) {
            out.append(QStringView(text).mid(position));
            return out;
        }
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0) {
            MailComposer::wipe(out);
            return Error(ErrorCode::InvalidInput,
                         QStringLiteral("mail template %1: unterminated placeholder").arg(templateFile));
        }
        const QString name = text.mid(open + 2, close - open - 2).trimmed();
        const auto value = values.constFind(name);
        if (value == values.cend()) {
            MailComposer::wipe(out);
            return Error(ErrorCode::InvalidInput,
                         QStringLiteral("mail template %1: unknown placeholder %2").arg(templateFile, name));
        }
        out.append(QStringView(text).mid(position, open - position));
        if (html) {
            QString escaped = value->toHtmlEscaped();
            out.append(escaped);
            MailComposer::wipe(escaped);
        } else {
            out.append(*value);
        }
        position = close + 2;
    }
}

bool isPlainAscii(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return !text.contains(QLatin1String("=?"));
}

// One plain address: no display name, no list, nothing that could start another header.
bool isPlainAddress(const QString& address)
{
    if (address.isEmpty() || address.size() > TextLimits::EmailAddress || address.count(QLatin1Char('@')) != 1)
        return false;
    for (const QChar c : address) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7f || c == QLatin1Char('<') || c == QLatin1Char('>')
            || c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('"') || c == QLatin1Char('(')
            || c == QLatin1Char(')') || c == QLatin1Char('\\'))
            return false;
    }
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    return at > 0 && at < address.size() - 1;
}

// "Name <address>" → its parts; a bare address has no name.
void splitSender(const QString& sender, QString* name, QString* address)
{
    const QString trimmed = sender.trimmed();
    const qsizetype open = trimmed.lastIndexOf(QLatin1Char('<'));
    if (open >= 0 && trimmed.endsWith(QLatin1Char('>'))) {
        *name = trimmed.left(open).trimmed();
        if (name->size() >= 2 && name->startsWith(QLatin1Char('"')) && name->endsWith(QLatin1Char('"')))
            *name = name->mid(1, name->size() - 2);
        *address = trimmed.mid(open + 1, trimmed.size() - open - 2).trimmed();
    } else {
        name->clear();
        *address = trimmed;
    }
}

QByteArray encodeDisplayName(const QString& name)
{
    if (!isPlainAscii(name))
        return MailComposer::encodeHeader(name);
    static const QString specials = QStringLiteral("()<>[]:;@\\,.\"");
    bool needsQuotes = false;
    for (const QChar c : name)
        needsQuotes = needsQuotes || specials.contains(c);
    if (!needsQuotes)
        return name.toLatin1();
    QString quoted = name;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    quoted.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return '"' + quoted.toLatin1() + '"';
}

} // namespace

MailComposer::MailComposer(QString sender) : m_sender(std::move(sender))
{ }

QString MailComposer::defaultSender()
{
    return QStringLiteral("Assurance retraite <no-reply@guichet.invalid>");
}

QString MailComposer::templateName(OutboxMessage::Kind kind)
{
    return OutboxMessage::kindName(kind);
}

QString MailComposer::normalizedLanguage(const QString& language)
{
    return language.trimmed().left(2).compare(QLatin1String("en"), Qt::CaseInsensitive) == 0 ? QStringLiteral("en")
                                                                                             : QStringLiteral("fr");
}

QString MailComposer::formatInstant(const QDateTime& instant, const QString& language)
{
    const QTimeZone paris(QByteArrayLiteral("Europe/Paris"));
    const bool english = normalizedLanguage(language) == QLatin1String("en");
    if (!paris.isValid()) {
        const QDateTime utc = instant.toUTC();
        return english ? QLocale(QLocale::English).toString(utc, QStringLiteral("d MMMM yyyy 'at' HH:mm 'UTC'"))
                       : QLocale(QLocale::French).toString(utc, QStringLiteral("dd/MM/yyyy 'à' HH:mm 'UTC'"));
    }
    const QDateTime local = instant.toTimeZone(paris);
    return english
        ? QLocale(QLocale::English).toString(local, QStringLiteral("d MMMM yyyy 'at' HH:mm '(Paris time)'"))
        : QLocale(QLocale::French).toString(local, QStringLiteral("dd/MM/yyyy 'à' HH:mm '(heure de Paris)'"));
}

QByteArray MailComposer::encodeHeader(const QString& text)
{
    if (isPlainAscii(text))
        return text.toLatin1();
    // UTF-8 B encoded-words, cut between code points, folded onto continuation lines.
    QByteArray out;
    QByteArray chunk;
    auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    const QList<uint> codePoints = text.toUcs4();
    for (const uint codePoint : codePoints) {
        const char32_t one[1] = {char32_t(codePoint)};
        const QByteArray bytes = QString::fromUcs4(one, 1).toUtf8();
        if (chunk.size() + bytes.size() > EncodedWordBytes)
            flush();
        chunk += bytes;
    }
    flush();
    return out;
}

QByteArray MailComposer::quotedPrintable(const QByteArray& utf8)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(utf8.size() * 3 + utf8.size() / 25 + 8);
    const QList<QByteArray> lines = utf8.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QByteArray line = lines.at(n);
        if (line.endsWith('\r'))
            line.chop(1);
        if (n == lines.size() - 1 && line.isEmpty())
            break; // the text ended with a line end
        int column = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const uchar c = uchar(line.at(i));
            const bool last = i == line.size() - 1;
            char token[3];
            int length = 1;
            const bool literal
                = (c >= 33 && c <= 126 && c != '=' && !(c == '.' && column == 0)) || ((c == ' ' || c == '\t') && !last);
            if (literal) {
                token[0] = char(c);
            } else {
                token[0] = '=';
                token[1] = hex[c >> 4];
                token[2] = hex[c & 0x0f];
                length = 3;
            }
            if (column + length > 75) { // room for the '=' of a soft line break
                out += "=\r\n";
                column = 0;
            }
            out.append(token, length);
            column += length;
        }
        out += "\r\n";
        MailComposer::wipe(line);
    }
    return out;
}

QByteArray MailComposer::base64Lines(const QByteArray& data)
{
    QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / 38 + 4);
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    wipe(encoded);
    return out;
}

QByteArray MailComposer::rfc5322Date(const QDateTime& instant)
{
    return QLocale::c().toString(instant.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " +0000";
}

void MailComposer::wipe(QString& text)
{
    if (!text.isEmpty() && text.isDetached())
        sodium_memzero(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

void MailComposer::wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

Result<ComposedMail> MailComposer::compose(OutboxMessage::Kind kind, const QString& language, const QString& recipient,
                                           qint64 outboxId, const QHash<QString, QString>& values,
                                           const QDateTime& date) const
{
    if (!isPlainAddress(recipient))
        return Error(ErrorCode::InvalidInput, QStringLiteral("the recipient is not one plain address"));
    QString senderName;
    QString senderAddress;
    splitSender(m_sender, &senderName, &senderAddress);
    if (!isPlainAddress(senderAddress))
        return Error(ErrorCode::InvalidInput, QStringLiteral("the sender is not a valid address"));
    QString replyToName;
    QString replyToAddress;
    splitSender(m_replyTo, &replyToName, &replyToAddress);
    if (!m_replyTo.trimmed().isEmpty() && !isPlainAddress(replyToAddress))
        return Error(ErrorCode::InvalidInput, QStringLiteral("the Reply-To is not a valid address"));

    const QString base
        = QStringLiteral(":/mail/") + templateName(kind) + QLatin1Char('.') + normalizedLanguage(language);
    const Result<QString> textFile = readTemplate(base + QLatin1String(".txt"));
    if (!textFile)
        return textFile.error();
    const Result<QString> htmlFile = readTemplate(base + QLatin1String(".html"));
    if (!htmlFile)
        return htmlFile.error();
    const Result<QString> textTemplate = sections(textFile.value(), values, base + QLatin1String(".txt"));
    if (!textTemplate)
        return textTemplate.error();
    const Result<QString> htmlTemplate = sections(htmlFile.value(), values, base + QLatin1String(".html"));
    if (!htmlTemplate)
        return htmlTemplate.error();
    if (!textTemplate->startsWith(QLatin1String("Subject:")) || !textTemplate->contains(QLatin1String("\n\n")))
        return Error(ErrorCode::InvalidInput,
                     QStringLiteral("mail template %1.txt: no \"Subject:\" line before a blank line").arg(base));
    const qsizetype headerEnd = textTemplate->indexOf(QLatin1String("\n\n"));
    const QString subjectTemplate = textTemplate->mid(8, headerEnd - 8).trimmed();

    Result<QString> subject = substitute(subjectTemplate, values, false, base + QLatin1String(".txt"));
    if (!subject)
        return subject.error();
    Result<QString> text = substitute(textTemplate->mid(headerEnd + 2), values, false, base + QLatin1String(".txt"));
    if (!text)
        return text.error();
    Result<QString> html = substitute(htmlTemplate.value(), values, true, base + QLatin1String(".html"));
    if (!html) {
        wipe(text.value());
        return html.error();
    }

    QString domain = senderAddress.mid(senderAddress.indexOf(QLatin1Char('@')) + 1);
    ComposedMail mail;
    mail.subject = subject.value();
    mail.messageId = QStringLiteral("outbox-%1.%2@%3").arg(outboxId).arg(SecretGenerator::randomToken(), domain);
    const QByteArray boundary = "=_guichet_" + SecretGenerator::randomToken().toLatin1();

    QByteArray textUtf8 = text->toUtf8();
    QByteArray htmlUtf8 = html->toUtf8();
    wipe(text.value());
    wipe(html.value());
    QByteArray textPart = quotedPrintable(textUtf8);
    QByteArray htmlPart = base64Lines(htmlUtf8);
    wipe(textUtf8);
    wipe(htmlUtf8);

    const QByteArray from = senderName.isEmpty() ? senderAddress.toUtf8()
                                                 : encodeDisplayName(senderName) + " <" + senderAddress.toUtf8() + '>';
    QByteArray mime;
    mime.reserve(textPart.size() + htmlPart.size() + 1024);
    mime += "From: " + from + "\r\n";
    if (!replyToAddress.isEmpty())
        mime += "Reply-To: "
            + (replyToName.isEmpty() ? replyToAddress.toUtf8()
                                     : encodeDisplayName(replyToName) + " <" + replyToAddress.toUtf8() + '>')
            + "\r\n";
    mime += "To: " + recipient.toUtf8() + "\r\n";
    mime += "Subject: " + encodeHeader(mail.subject) + "\r\n";
    mime += "Date: " + rfc5322Date(date.isValid() ? date : QDateTime::currentDateTimeUtc()) + "\r\n";
    mime += "Message-ID: <" + mail.messageId.toUtf8() + ">\r\n";
    mime += "MIME-Version: 1.0\r\n";
    mime += "Content-Language: " + normalizedLanguage(language).toLatin1() + "\r\n";
    mime += "Auto-Submitted: auto-generated\r\n"; // RFC 3834: no automatic replies to this
    mime += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n";
    mime += "\r\n";
    mime += "--" + boundary + "\r\n";
    mime += "Content-Type: text/plain; charset=utf-8\r\n";
    mime += "Content-Transfer-Encoding: quoted-printable\r\n";
    mime += "\r\n";
    mime += textPart;
    mime += "--" + boundary + "\r\n";
    mime += "Content-Type: text/html; charset=utf-8\r\n";
    mime += "Content-Transfer-Encoding: base64\r\n";
    mime += "\r\n";
    mime += htmlPart;
    mime += "--" + boundary + "--\r\n";
    wipe(textPart);
    wipe(htmlPart);
    mail.mime = std::move(mime);
    return mail;
}
