#pragma once

#include <QString>

// Where and how SmtpTransport delivers, from one URL:
//   smtp://[USER@]HOST[:PORT][?starttls=required|off]   port 587; STARTTLS required unless
//                                                        ?starttls=off (then plain text)
//   smtps://[USER@]HOST[:PORT]                           port 465; TLS from the first byte
// A password in the URL is refused: it comes from the OS keychain or GUICHET_SMTP_PASSWORD and is
// set with setPassword(). It lives in memory only: toString() and the error texts never show it.
//
// TLS always verifies the server's certificate against the system CAs and its name against HOST;
// setTrustedCaFile() adds the certificates of one PEM file (an internal relay's CA) to that list.
class SmtpSettings
{
public:
    enum class Security {
        StartTls, // plain connection upgraded with STARTTLS, which the server must offer
        Implicit, // SMTPS: TLS from the start
        None, // no TLS at all: only with an explicit ?starttls=off
    };

    enum class ParseError {
        None,
        Empty,
        UnknownScheme,
        MissingHost,
        InvalidPort,
        PasswordInUrl,
        UnknownOption,
        PathInUrl,
    };

    static constexpr int DefaultTimeoutMs = 30000;

    SmtpSettings() = default;

    static SmtpSettings parse(const QString& text, ParseError* error = nullptr);
    // Stable machine-readable name of a parse error ("password_in_url").
    static QString errorCode(ParseError error);
    // The bare address of a header sender: "Name <a@b.fr>" -> "a@b.fr", "a@b.fr" -> "a@b.fr".
    static QString envelopeAddress(const QString& headerSender);

    bool isValid() const { return m_valid; }
    QString hostName() const { return m_host; }
    int port() const { return m_port; }
    Security security() const { return m_security; }
    QString userName() const { return m_user; }

    QString password() const { return m_password; }
    void setPassword(const QString& password) { m_password = password; }

    // A PEM file whose certificates are trusted in addition to the system CAs; empty: none.
    QString trustedCaFile() const { return m_caFile; }
    void setTrustedCaFile(const QString& path) { m_caFile = path; }

    // The limit of each step (connect, greeting, TLS handshake, each command's reply), in ms.
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int milliseconds) { m_timeoutMs = milliseconds; }

    // The sender as configured: "Assurance retraite <no-reply@hotline.example>" or a bare address
    // (MailSender::parse checks it). The header From shows it; MAIL FROM takes its address.
    QString sender() const { return m_sender; }
    void setSender(const QString& sender) { m_sender = sender; }
    // The envelope sender (MAIL FROM): the bare address of sender().
    QString envelopeSender() const { return envelopeAddress(m_sender); }
    // An optional Reply-To for the messages (a bare address or "Name <address>"); empty: none.
    QString replyTo() const { return m_replyTo; }
    void setReplyTo(const QString& replyTo) { m_replyTo = replyTo; }

    // The URL in canonical form: never holds the password.
    QString toString() const;

private:
    bool m_valid = false;
    QString m_host;
    int m_port = 587;
    Security m_security = Security::StartTls;
    QString m_user;
    QString m_password;
    QString m_caFile;
    int m_timeoutMs = DefaultTimeoutMs;
    QString m_sender;
    QString m_replyTo;
};
