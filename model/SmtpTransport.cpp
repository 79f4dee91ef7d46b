#include "SmtpTransport.h"

#include "Logging.h"
#include "MailComposer.h"
#include "SmtpClient.h"

SmtpTransport::SmtpTransport(SmtpSettings settings) : m_settings(std::move(settings))
{
    if (m_settings.sender().isEmpty())
        m_settings.setSender(SmtpSettings::envelopeAddress(MailComposer::defaultSender()));
}

Error SmtpTransport::deliver(const QByteArray& mimeMessage, const QString& recipient, const QString& messageId)
{
    SmtpClient client(m_settings);
    if (client.send(mimeMessage, recipient)) {
        qCInfo(lcMail).noquote() << "smtp: message accepted by" << m_settings.hostName() << "id" << messageId;
        return {};
    }
    const SmtpClient::Failure failure = client.failure();
    const QString detail = QStringLiteral("smtp: ") + failure.describe();
    qCWarning(lcMail).noquote() << "smtp: delivery of" << messageId << (failure.permanent ? "refused:" : "failed:")
                                << detail;
    return Error(failure.permanent ? ErrorCode::InvalidInput : ErrorCode::Busy, detail);
}
