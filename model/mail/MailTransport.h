#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QString>

// Where the dispatcher hands a finished message: a folder of .eml files, or an SMTP relay. The
// dispatcher does not know which one it has.
//
// deliver() is synchronous and returns once the message is accepted (or refused). Its Error is
// stored in the outbox as the reason of the failure, so its detail names the step and the
// server's reply, never the message's content, a secret or an address. Its code says what
// happens next:
//   ErrorCode::InvalidInput      this message can never be delivered (this recipient refused for
//                                good): the dispatcher marks it dead at once;
//   ErrorCode::MailRelayRefused  the relay refuses the service itself (credentials, sender, TLS):
//                                the dispatcher pauses delivery, and no message loses an attempt;
//   any other code               transient: retried with back-off.
class MailTransport
{
public:
    virtual ~MailTransport() = default;

    // mimeMessage: the complete RFC 5322 message, CRLF line ends. messageId: the Message-ID
    // without its angle brackets.
    virtual Error deliver(const QByteArray& mimeMessage, const QString& recipient, const QString& messageId) = 0;

    // The relay's id of the message the last successful deliver() handed over, or empty.
    virtual QString lastQueueId() const { return {}; }
    // The dispatcher's run is over: a transport that keeps a session open closes it.
    virtual void endRun() { }
    // The From (and Reply-To) this transport's configuration asks for ("Name <address>" or an
    // address); empty: the composer's own.
    virtual QString sender() const { return {}; }
    virtual QString replyTo() const { return {}; }
};
