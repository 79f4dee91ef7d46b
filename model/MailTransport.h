#pragma once

#include "Error.h"

#include <QByteArray>
#include <QString>

// Where the dispatcher hands a finished message: a folder of .eml files today, SMTP later. The
// dispatcher does not know which one it has.
//
// deliver() is synchronous and returns once the message is accepted (or refused). Its Error is
// stored in the outbox as the reason of the failure, so its detail names the step and the
// server's reply, never the message's content, a secret or an address. ErrorCode::InvalidInput
// means "this message can never be delivered" (a recipient refused for good): the dispatcher
// marks it dead at once; any other code is transient and retried with back-off.
class MailTransport
{
public:
    virtual ~MailTransport() = default;

    // mimeMessage: the complete RFC 5322 message, CRLF line ends. messageId: the Message-ID
    // without its angle brackets.
    virtual Error deliver(const QByteArray& mimeMessage, const QString& recipient, const QString& messageId) = 0;
};
