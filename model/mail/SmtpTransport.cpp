#include "mail/SmtpTransport.h"

#include "core/Logging.h"
#include "mail/MailComposer.h"
#include "mail/SmtpClient.h"

SmtpTransport::SmtpTransport(SmtpSettings settings) : m_settings(std::move(settings))
{
    if (m_settings.sender().isEmpty())
        m_settings.setSender(MailComposer::defaultSender());
    m_client = std::make_unique<SmtpClient>(m_settings);
}

SmtpTransport::~SmtpTransport() = default;

int SmtpTransport::sessionsOpened() const
{
    return m_client->sessionsOpened();
}

void SmtpTransport::endRun()
{
    m_client->close();
}

Error SmtpTransport::deliver(const QByteArray& mimeMessage, const QString& recipient, const QString& messageId)
{
    m_queueId.clear();
    if (m_client->deliver(mimeMessage, recipient)) {
        m_queueId = m_client->queueId();
        qCInfo(lcMail).noquote() << "smtp: message accepted by" << m_settings.hostName() << "id" << messageId
                                 << (m_queueId.isEmpty() ? QString() : QStringLiteral("queued as ") + m_queueId);
        return {};
    }
    const SmtpClient::Failure failure = m_client->failure();
    const QString detail = QStringLiteral("smtp: ") + failure.describe();
    ErrorCode code = ErrorCode::Busy;
    if (failure.kind == SmtpClient::Failure::Kind::Recipient)
        code = ErrorCode::InvalidInput;
    else if (failure.kind == SmtpClient::Failure::Kind::Configuration)
        code = ErrorCode::MailRelayRefused;
    qCWarning(lcMail).noquote() << "smtp: delivery of" << messageId
                                << (code == ErrorCode::InvalidInput           ? "refused:"
                                        : code == ErrorCode::MailRelayRefused ? "refused the service:"
                                                                              : "failed:")
                                << detail;
    return Error(code, detail);
}
