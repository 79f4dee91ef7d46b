#pragma once

#include "core/Error.h"
#include "mail/MailOutbox.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Whether the mail service is paused, and why (the table mail_service_state, one row).
struct MailPause
{
    bool paused = false;
    QDateTime since;
    QString reason; // the relay's reply or the step that failed, never an address or a secret
    QDateTime resumeAt; // when one message is tried again

    bool holds(const QDateTime& now) const { return paused && (!resumeAt.isValid() || now < resumeAt); }
};

// What the delivery to a relay keeps besides the outbox rows: the pause of the whole service when
// the relay refuses the service itself (MailDispatcher), the relay's queue id of each sent
// message, and the requeue of waiting or dead mail (`guichetctl mailer requeue`). Works on the
// connection it is given, inside the caller's transaction.
class MailDeliveryState
{
public:
    struct Requeued
    {
        qint64 id = 0;
        qint64 accountId = 0;
        OutboxMessage::Kind kind = OutboxMessage::Kind::TemporaryPassword;
        bool wasDead = false;
    };

    explicit MailDeliveryState(const QSqlDatabase& db);

    Result<MailPause> pause() const;
    // Pauses (keeping the first pause's time when already paused).
    Error setPaused(const QDateTime& now, const QString& reason, const QDateTime& resumeAt);
    Error clearPause();

    // Puts a claimed (sending) message back in the queue without counting the attempt its claim
    // counted; reason, when not empty, becomes its last error.
    Error release(qint64 id, const QString& reason = {});
    // The number of queued messages due at now.
    Result<int> countDue(const QDateTime& now) const;

    Error setRelayQueueId(qint64 id, const QString& queueId);
    Result<QString> relayQueueId(qint64 id) const;

    // Makes every queued message (of one account when accountId is set) due at now; with
    // includeDead, dead messages are queued again too, their attempts counted from zero (never one
    // that a newer request superseded: its mail must not go out). Returns
    // what was requeued (for the audit). Does not lift the pause: clearPause() does.
    Result<QList<Requeued>> requeue(const QDateTime& now, bool includeDead, std::optional<qint64> accountId);

private:
    QSqlDatabase m_db;
};
