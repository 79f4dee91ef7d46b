#include "mail/MailOutbox.h"

#include "db/SqlQuery.h"

#include <algorithm>

namespace {

Result<OutboxMessage> readMessage(const SqlQuery& query)
{
    OutboxMessage message;
    message.id = query.value(QStringLiteral("id")).toLongLong();
    message.accountId = query.value(QStringLiteral("account_id")).toLongLong();
    if (!OutboxMessage::parseKind(query.value(QStringLiteral("kind")).toString(), &message.kind)
        || !OutboxMessage::parseStatus(query.value(QStringLiteral("status")).toString(), &message.status))
        return Error(ErrorCode::DatabaseError, QStringLiteral("unknown outbox kind or status"));
    message.recipient = query.value(QStringLiteral("recipient")).toString();
    message.language = query.value(QStringLiteral("language")).toString();
    message.payload = query.value(QStringLiteral("payload")).toString();
    message.attempts = query.value(QStringLiteral("attempts")).toInt();
    message.nextAttemptAt = SqlDialect::toDateTime(query.value(QStringLiteral("next_attempt_at")));
    message.claimedUntil = SqlDialect::toDateTime(query.value(QStringLiteral("claimed_until")));
    message.lastError = query.value(QStringLiteral("last_error")).toString();
    message.createdAt = SqlDialect::toDateTime(query.value(QStringLiteral("created_at")));
    message.sentAt = SqlDialect::toDateTime(query.value(QStringLiteral("sent_at")));
    return message;
}

} // namespace

QString OutboxMessage::kindName(Kind kind)
{
    switch (kind) {
    case Kind::TemporaryPassword:
        return QStringLiteral("temporary_password");
    case Kind::EmailConfirmation:
        return QStringLiteral("email_confirmation");
    case Kind::AddressChangeNotice:
        return QStringLiteral("address_change_notice");
    }
    return {};
}

QString OutboxMessage::statusName(Status status)
{
    switch (status) {
    case Status::Queued:
        return QStringLiteral("queued");
    case Status::Sending:
        return QStringLiteral("sending");
    case Status::Sent:
        return QStringLiteral("sent");
    case Status::Dead:
        return QStringLiteral("dead");
    }
    return {};
}

bool OutboxMessage::parseKind(const QString& name, Kind* kind)
{
    for (Kind candidate : {Kind::TemporaryPassword, Kind::EmailConfirmation, Kind::AddressChangeNotice}) {
        if (kindName(candidate) == name) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

bool OutboxMessage::parseStatus(const QString& name, Status* status)
{
    for (Status candidate : {Status::Queued, Status::Sending, Status::Sent, Status::Dead}) {
        if (statusName(candidate) == name) {
            *status = candidate;
            return true;
        }
    }
    return false;
}

MailOutbox::MailOutbox(const QSqlDatabase& db) : m_db(db)
{ }

Result<qint64> MailOutbox::enqueue(qint64 accountId, OutboxMessage::Kind kind, const QString& recipient,
                                   const QString& language, const QString& payload)
{
    SqlQuery insert(m_db);
    if (Error error
        = insert.prepare(QStringLiteral("INSERT INTO mail_outbox (account_id, kind, recipient, language, payload)"
                                        " VALUES (:account_id, :kind, :recipient, :language, :payload)"
                                        " RETURNING id")))
        return error;
    insert.bind(QStringLiteral(":account_id"), accountId);
    insert.bind(QStringLiteral(":kind"), OutboxMessage::kindName(kind));
    insert.bind(QStringLiteral(":recipient"), recipient);
    insert.bind(QStringLiteral(":language"), language);
    insert.bind(QStringLiteral(":payload"),
                payload.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(payload));
    if (Error error = insert.exec())
        return error;
    if (!insert.next())
        return Error(ErrorCode::DatabaseError, QStringLiteral("INSERT RETURNING gave no id"));
    return insert.value(QStringLiteral("id")).toLongLong();
}

Result<std::optional<OutboxMessage>> MailOutbox::latestForAccount(qint64 accountId) const
{
    SqlQuery query(m_db);
    if (Error error = query.prepare(QStringLiteral(
            "SELECT id, account_id, kind, recipient, language, payload, status, attempts, next_attempt_at,"
            " claimed_until, last_error, created_at, sent_at FROM mail_outbox WHERE account_id = :account_id"
            " ORDER BY created_at DESC, id DESC LIMIT 1")))
        return error;
    query.bind(QStringLiteral(":account_id"), accountId);
    if (Error error = query.exec())
        return error;
    if (!query.next())
        return std::optional<OutboxMessage>();
    const Result<OutboxMessage> message = readMessage(query);
    if (!message)
        return message.error();
    return std::optional<OutboxMessage>(message.value());
}

Result<std::optional<OutboxMessage>> MailOutbox::latestForAccount(qint64 accountId, OutboxMessage::Kind kind) const
{
    SqlQuery query(m_db);
    if (Error error = query.prepare(QStringLiteral(
            "SELECT id, account_id, kind, recipient, language, payload, status, attempts, next_attempt_at,"
            " claimed_until, last_error, created_at, sent_at FROM mail_outbox WHERE account_id = :account_id"
            " AND kind = :kind ORDER BY created_at DESC, id DESC LIMIT 1")))
        return error;
    query.bind(QStringLiteral(":account_id"), accountId);
    query.bind(QStringLiteral(":kind"), OutboxMessage::kindName(kind));
    if (Error error = query.exec())
        return error;
    if (!query.next())
        return std::optional<OutboxMessage>();
    const Result<OutboxMessage> message = readMessage(query);
    if (!message)
        return message.error();
    return std::optional<OutboxMessage>(message.value());
}

Result<OutboxMessage> MailOutbox::findById(qint64 id) const
{
    SqlQuery query(m_db);
    if (Error error = query.prepare(QStringLiteral(
            "SELECT id, account_id, kind, recipient, language, payload, status, attempts, next_attempt_at,"
            " claimed_until, last_error, created_at, sent_at FROM mail_outbox WHERE id = :id")))
        return error;
    query.bind(QStringLiteral(":id"), id);
    if (Error error = query.exec())
        return error;
    if (!query.next())
        return Error(ErrorCode::NotFound);
    return readMessage(query);
}

Result<QList<OutboxMessage>> MailOutbox::claimDue(const QDateTime& now, const QDateTime& leaseUntil, int limit)
{
    const SqlDialect dialect = SqlQuery::dialectOf(m_db);
    SqlQuery claim(m_db);
    const QString sql = dialect.isPostgreSql()
        ? QStringLiteral(
            "UPDATE mail_outbox SET status = 'sending', claimed_until = :lease, attempts = attempts + 1"
            " WHERE id IN (SELECT id FROM mail_outbox WHERE (status = 'queued' AND next_attempt_at <= :now)"
            " OR (status = 'sending' AND claimed_until < :now2) ORDER BY id LIMIT :limit"
            " FOR UPDATE SKIP LOCKED)"
            " RETURNING id, account_id, kind, recipient, language, payload, status, attempts,"
            " next_attempt_at, claimed_until, last_error, created_at, sent_at")
        : QStringLiteral(
            "UPDATE mail_outbox SET status = 'sending', claimed_until = :lease, attempts = attempts + 1"
            " WHERE id IN (SELECT id FROM mail_outbox WHERE (status = 'queued' AND next_attempt_at <= :now)"
            " OR (status = 'sending' AND claimed_until < :now2) ORDER BY id LIMIT :limit)"
            " RETURNING id, account_id, kind, recipient, language, payload, status, attempts,"
            " next_attempt_at, claimed_until, last_error, created_at, sent_at");
    if (Error error = claim.prepare(sql))
        return error;
    claim.bind(QStringLiteral(":lease"), dialect.toSql(leaseUntil));
    claim.bind(QStringLiteral(":now"), dialect.toSql(now));
    claim.bind(QStringLiteral(":now2"), dialect.toSql(now));
    claim.bind(QStringLiteral(":limit"), limit);
    if (Error error = claim.exec())
        return error;
    QList<OutboxMessage> messages;
    while (claim.next()) {
        const Result<OutboxMessage> message = readMessage(claim);
        if (!message)
            return message.error();
        messages.append(message.value());
    }
    std::sort(messages.begin(), messages.end(),
              [](const OutboxMessage& a, const OutboxMessage& b) { return a.id < b.id; });
    return messages;
}

Error MailOutbox::markSent(qint64 id, const QDateTime& sentAt)
{
    SqlQuery update(m_db);
    if (Error error = update.prepare(QStringLiteral("UPDATE mail_outbox SET status = 'sent', sent_at = :sent_at,"
                                                    " payload = NULL, claimed_until = NULL, last_error = NULL"
                                                    " WHERE id = :id")))
        return error;
    update.bind(QStringLiteral(":sent_at"), SqlQuery::dialectOf(m_db).toSql(sentAt));
    update.bind(QStringLiteral(":id"), id);
    return update.exec();
}

Error MailOutbox::markFailed(qint64 id, const QString& error, const QDateTime& nextAttemptAt, bool dead)
{
    SqlQuery update(m_db);
    if (Error prepareError = update.prepare(QStringLiteral(
            "UPDATE mail_outbox SET status = :status, last_error = :error, next_attempt_at = :next,"
            " claimed_until = NULL, payload = CASE WHEN :dead THEN NULL ELSE payload END WHERE id = :id")))
        return prepareError;
    update.bind(QStringLiteral(":status"),
                OutboxMessage::statusName(dead ? OutboxMessage::Status::Dead : OutboxMessage::Status::Queued));
    update.bind(QStringLiteral(":error"), error.left(500));
    update.bind(QStringLiteral(":next"), SqlQuery::dialectOf(m_db).toSql(nextAttemptAt));
    update.bind(QStringLiteral(":dead"), dead);
    update.bind(QStringLiteral(":id"), id);
    return update.exec();
}

Result<int> MailOutbox::supersedeQueued(qint64 accountId, OutboxMessage::Kind kind, qint64 newerId)
{
    SqlQuery update(m_db);
    if (Error error = update.prepare(
            QStringLiteral("UPDATE mail_outbox SET status = 'dead', superseded_by = :newer,"
                           " last_error = 'superseded by a newer request', payload = NULL, claimed_until = NULL"
                           " WHERE account_id = :account_id AND kind = :kind AND status = 'queued' AND id < :newer2")))
        return error;
    update.bind(QStringLiteral(":newer"), newerId);
    update.bind(QStringLiteral(":account_id"), accountId);
    update.bind(QStringLiteral(":kind"), OutboxMessage::kindName(kind));
    update.bind(QStringLiteral(":newer2"), newerId);
    if (Error error = update.exec())
        return error;
    return update.numRowsAffected();
}
