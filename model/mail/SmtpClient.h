#pragma once

#include "mail/SmtpSettings.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QString>
#include <QStringList>

#include <memory>

class QSslSocket;

// An SMTP session that delivers messages, one recipient each, on a QSslSocket driven
// synchronously (waitForConnected/waitForEncrypted/waitForReadyRead/waitForBytesWritten).
//
// BLOCKING: send() and deliver() return only when the message is accepted or refused, after at
// most one timeout per step. Call them on a worker thread or in guichetctl, never on the UI
// thread; they need no event loop and start none. The socket lives on the calling thread.
//
// deliver() keeps the session open for the next message (one connection and one AUTH for a whole
// batch): the next deliver() sends RSET and goes on, or opens a new session when the server has
// closed the old one (idle timeout, 421). close() ends it with QUIT. send() is deliver() + close().
//
// The session: connect (TLS first for SMTPS) -> greeting (220) -> EHLO, HELO when EHLO is refused
// -> STARTTLS when the settings ask for it (the server must offer it; nothing the server sent
// before the handshake is kept) -> EHLO again -> AUTH PLAIN, else LOGIN, when a user is set (only
// over TLS) -> MAIL FROM (BODY=8BITMIME when the message has 8-bit bytes and the server offers it,
// SIZE=<bytes> when the server offers SIZE) -> RCPT TO -> DATA with CRLF line ends and
// dot-stuffing -> QUIT. Replies may span several lines
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
        // What the failure says about whom (SmtpClient::classify):
        //   Transient      try this message again later: a 4xx reply anywhere, 552 to RCPT TO
        //                  (RFC 5321 4.5.3.1.10), a timeout or a connection lost mid-session;
        //   Recipient      this one message can never be delivered: a 5xx reply to RCPT TO other
        //                  than 552, a 5xx to DATA or its end that is not a policy refusal (5.7.x),
        //                  a recipient this client cannot send to;
        //   Configuration  the relay refuses the service itself (no message is at fault): AUTH
        //                  refused (535, 534, 530…), a 5xx before RCPT TO (553 5.7.1 sender not
        //                  owned, 530 authentication required), a 5.7.x policy refusal of the
        //                  data, TLS or certificate failures, STARTTLS missing, invalid settings.
        // A relay that cannot be reached (unknown host, connection refused, timeouts) is Transient:
        // it is down more often than misconfigured, and the settings test names it.
        enum class Kind { Transient, Recipient, Configuration };
        Kind kind = Kind::Transient;
        // kind == Recipient (kept for the callers that only need "dead or not").
        bool permanent = false;

        // "AUTH: 535 5.7.8 Authentication credentials invalid", "greeting: no reply within 30 s".
        QString describe() const;
    };

    explicit SmtpClient(SmtpSettings settings);
    ~SmtpClient();
    Q_DISABLE_COPY_MOVE(SmtpClient)

    // Delivers message (RFC 5322; any line ends) to recipient in a session of its own. True once
    // the server accepted it.
    bool send(const QByteArray& message, const QString& recipient);
    // Delivers message to recipient in the open session (opened on first use, reopened when the
    // server closed it) and keeps the session open. A reply that refuses this message (4xx, 5xx
    // to RCPT TO…) keeps the session for the next one (after RSET); a lost connection, a 421 or a
    // Configuration failure ends it.
    bool deliver(const QByteArray& message, const QString& recipient);
    // Ends the open session, if any, with QUIT.
    void close();
    // Checks the relay without sending anything: connect, greeting, EHLO, STARTTLS when the
    // settings ask for it, AUTH when a user is set, MAIL FROM with the sender when one is set
    // (then RSET: the relay says whether it takes that sender from this login), then QUIT. True
    // when every step passed; failure() and the accessors below report as for send(). BLOCKING.
    bool probe();

    Failure failure() const { return m_failure; }
    // What the last session learnt: the EHLO keywords (upper case, "STARTTLS", "AUTH"…), whether
    // HELO was used, whether the session was encrypted, the AUTH mechanism used ("" when none).
    QStringList extensions() const { return m_extensions; }
    bool usedHelo() const { return m_usedHelo; }
    bool wasEncrypted() const { return m_encrypted; }
    QString authMechanism() const { return m_authMechanism; }
    // The relay's queue id of the last accepted message, from its reply to the end of the data
    // ("250 2.0.0 Ok: queued as 4F2A1B" -> "4F2A1B", Exim's "250 OK id=1abc-…"); empty if none.
    QString queueId() const { return m_queueId; }
    // How many sessions (connections) this client has opened so far.
    int sessionsOpened() const { return m_sessionsOpened; }

    // What a failure at step with this reply code and text means (see Failure::Kind). replyCode 0:
    // no reply (a local check, the network, TLS).
    static Failure::Kind classify(Step step, int replyCode, const QString& text);
    // The queue id in a reply to the end of the data, or empty.
    static QString parseQueueId(const QString& replyText);

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
    void dropSession();
    bool checkSettings();
    bool transaction(const QByteArray& message, const QString& recipient);
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

    bool fail(Step step, const QString& text, int replyCode = 0);
    bool failAs(Step step, const QString& text, Failure::Kind kind, int replyCode = 0);
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
    QString m_queueId;
    qint64 m_maxSize = 0; // the server's SIZE limit, 0 when none announced
    bool m_sessionOpen = false; // authenticated, ready for MAIL FROM
    bool m_transactionDone = false; // a MAIL FROM was sent in this session: RSET before the next
    int m_sessionsOpened = 0;
};
