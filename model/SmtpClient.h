#pragma once

#include "SmtpSettings.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QString>
#include <QStringList>

#include <memory>

class QSslSocket;

// One SMTP session that delivers one message to one recipient, on a QSslSocket driven
// synchronously (waitForConnected/waitForEncrypted/waitForReadyRead/waitForBytesWritten).
//
// BLOCKING: send() returns only when the session is over, after at most one timeout per step.
// Call it on a worker thread or in guichetctl, never on the UI thread; it needs no event loop and
// starts none. The socket lives and dies inside send(), on the calling thread.
//
// The session: connect (TLS first for SMTPS) -> greeting (220) -> EHLO, HELO when EHLO is refused
// -> STARTTLS when the settings ask for it (the server must offer it; nothing the server sent
// before the handshake is kept) -> EHLO again -> AUTH PLAIN, else LOGIN, when a user is set (only
// over TLS) -> MAIL FROM (BODY=8BITMIME when the message has 8-bit bytes and the server offers it)
// -> RCPT TO -> DATA with CRLF line ends and dot-stuffing -> QUIT. Replies may span several lines
// ("250-…"). Certificates are verified (system CAs plus the settings' CA file) and so is the
// server's name.
//
// What failed is kept in failure(): the step, the server's reply code and text (e-mail addresses
// in it replaced by "<address>"), never the message, the recipient or a credential.
class SmtpClient
{
public:
    enum class Step { None, Connect, Greeting, Ehlo, StartTls, Tls, Auth, MailFrom, RcptTo, Data, EndOfData };

    struct Failure
    {
        Step step = Step::None;
        int replyCode = 0; // 0: no reply (a local check, the network, a timeout, TLS)
        QString text; // the server's reply text, or what went wrong locally
        // The message can never be delivered as it is: a 5xx reply to RCPT TO, DATA or the end of
        // the data, or a recipient this client cannot send to.
        bool permanent = false;

        // "AUTH: 535 5.7.8 Authentication credentials invalid", "greeting: no reply within 30 s".
        QString describe() const;
    };

    explicit SmtpClient(SmtpSettings settings);
    ~SmtpClient();
    Q_DISABLE_COPY_MOVE(SmtpClient)

    // Delivers message (RFC 5322; any line ends) to recipient. True once the server accepted it.
    bool send(const QByteArray& message, const QString& recipient);
    // Checks the relay without sending anything: connect, greeting, EHLO, STARTTLS when the
    // settings ask for it, AUTH when a user is set, then QUIT. True when every step passed;
    // failure() and the accessors below report as for send(). BLOCKING, like send().
    bool probe();

    Failure failure() const { return m_failure; }
    // What the last session learnt: the EHLO keywords (upper case, "STARTTLS", "AUTH"…), whether
    // HELO was used, whether the session was encrypted, the AUTH mechanism used ("" when none).
    QStringList extensions() const { return m_extensions; }
    bool usedHelo() const { return m_usedHelo; }
    bool wasEncrypted() const { return m_encrypted; }
    QString authMechanism() const { return m_authMechanism; }

    static QString stepName(Step step);
    // The DATA payload: CR, LF and CRLF made CRLF, lines starting with '.' doubled, a final CRLF
    // when missing, then the ".\r\n" terminator.
    static QByteArray dataBlock(const QByteArray& message);

private:
    struct Reply
    {
        int code = 0;
        QStringList lines;
    };

    void resetSession();
    bool session(const QByteArray& message, const QString& recipient);
    // Connect, greeting, EHLO, STARTTLS when asked for, AUTH when a user is set.
    bool openSession();
    bool connectSocket();
    bool ehlo();
    bool startTls();
    bool authenticate();
    bool encryptNow(QDeadlineTimer deadline);
    void quit();

    bool writeAll(Step step, const QByteArray& bytes, QDeadlineTimer deadline);
    bool readReply(Step step, Reply* reply, QDeadlineTimer deadline);
    // Writes line + CRLF and reads the reply, which must be expectedCode (or in its class when
    // expectedCode is 2 or 3). Logs only the step and the reply code.
    bool command(Step step, const QByteArray& line, int expectedCode, Reply* reply = nullptr);

    bool fail(Step step, const QString& text, int replyCode = 0, bool permanent = false);
    bool failReply(Step step, const Reply& reply);
    bool failSocket(Step step, QDeadlineTimer deadline, const QString& waitingFor);
    QDeadlineTimer stepDeadline() const { return QDeadlineTimer(m_settings.timeoutMs()); }

    SmtpSettings m_settings;
    std::unique_ptr<QSslSocket> m_socket;
    Failure m_failure;
    QStringList m_extensions;
    QStringList m_authMechanisms;
    bool m_usedHelo = false;
    bool m_encrypted = false;
    QString m_authMechanism;
};
