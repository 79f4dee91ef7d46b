#pragma once

#include "mail/MailTransport.h"
#include "mail/SmtpSettings.h"

#include <memory>

class SmtpClient;

// Delivers each message over SMTP (SmtpClient), one session for a whole run of the dispatcher:
// the first deliver() connects and authenticates, the next ones reuse the session (RSET between
// messages, a new session when the server closed it), endRun() ends it with QUIT.
//
// BLOCKING: deliver() drives the socket synchronously and may take up to one timeout per step
// (SmtpSettings::timeoutMs()). The dispatcher is synchronous too: call it on a worker thread or
// in guichetctl, never on the UI thread; deliver() and endRun() on the same thread.
//
// The Error's detail is "smtp: <step>: <reply code> <reply text>" or "smtp: <step>: <what went
// wrong>" (no address, content or credential). Its code follows SmtpClient::Failure::Kind:
//   ErrorCode::InvalidInput      Recipient: this recipient refused for good (5xx to RCPT TO but
//                                552, …);
//   ErrorCode::MailRelayRefused  Configuration: AUTH refused, 5xx before RCPT TO (sender not
//                                owned, authentication required), TLS or certificate failures,
//                                STARTTLS missing;
//   ErrorCode::Busy              Transient: 4xx replies, 552 to RCPT TO, the relay unreachable,
//                                timeouts, a lost connection.
// The sender (header From and envelope) is the settings' sender, else MailComposer::defaultSender().
class SmtpTransport : public MailTransport
{
public:
    explicit SmtpTransport(SmtpSettings settings);
    ~SmtpTransport() override;
    Q_DISABLE_COPY_MOVE(SmtpTransport)

    const SmtpSettings& settings() const { return m_settings; }

    Error deliver(const QByteArray& mimeMessage, const QString& recipient, const QString& messageId) override;
    QString lastQueueId() const override { return m_queueId; }
    void endRun() override;
    QString sender() const override { return m_settings.sender(); }
    QString replyTo() const override { return m_settings.replyTo(); }
    // Sessions opened so far (for tests: one per run).
    int sessionsOpened() const;

private:
    SmtpSettings m_settings;
    std::unique_ptr<SmtpClient> m_client;
    QString m_queueId;
};
