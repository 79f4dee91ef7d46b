#pragma once

#include "MailTransport.h"
#include "SmtpSettings.h"

// Delivers each message over SMTP (SmtpClient): one session per message, to the recipient given.
//
// BLOCKING: deliver() drives the socket synchronously and may take up to one timeout per step
// (SmtpSettings::timeoutMs()). The dispatcher is synchronous too: call it on a worker thread or
// in guichetctl, never on the UI thread.
//
// The Error's detail is "smtp: <step>: <reply code> <reply text>" or "smtp: <step>: <what went
// wrong>" (no address, content or credential). Its code:
//   ErrorCode::InvalidInput  refused for good: a 5xx reply to RCPT TO, DATA or the end of the data,
//                            or a recipient address this client cannot send to;
//   ErrorCode::Busy          anything else, retried later: connection refused or lost, timeouts,
//                            TLS or certificate failures, STARTTLS missing, AUTH refused, 4xx
//                            replies, a 5xx reply before RCPT TO (a configuration problem that an
//                            administrator can fix).
// The envelope sender is the settings' sender, else the address of MailComposer::defaultSender().
class SmtpTransport : public MailTransport
{
public:
    explicit SmtpTransport(SmtpSettings settings);

    const SmtpSettings& settings() const { return m_settings; }

    Error deliver(const QByteArray& mimeMessage, const QString& recipient, const QString& messageId) override;

private:
    SmtpSettings m_settings;
};
