#include "mail/MailDeliveryState.h"

#include "db/SqlQuery.h"

namespace {

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

MailDeliveryState::MailDeliveryState(const QSqlDatabase& db) : m_db(db)
{ }

Result<MailPause> MailDeliveryState::pause() const
{
    SqlQuery query(m_db);
    if (Error error = query.exec(
            QStringLiteral("SELECT paused_since, paused_reason, resume_at FROM mail_service_state WHERE id = 1")))
        return error;
    MailPause pause;
    if (!query.next())
        return pause;
    pause.since = SqlDialect::toDateTime(query.value(QStringLiteral("paused_since")));
    pause.paused = pause.since.isValid();
    pause.reason = query.value(QStringLiteral("paused_reason")).toString();
    pause.resumeAt = SqlDialect::toDateTime(query.value(QStringLiteral("resume_at")));
    return pause;
}

Error MailDeliveryState::setPaused(const QDateTime& now, const QString& reason, const QDateTime& resumeAt)
{
    const SqlDialect dialect = SqlQuery::dialectOf(m_db);
    SqlQuery update(m_db);
    if (Error error
        = update.prepare(QStringLiteral("UPDATE mail_service_state SET paused_since = COALESCE(paused_since, :since),"
                                        " paused_reason = :reason, resume_at = :resume WHERE id = 1")))
        return error;
    update.bind(QStringLiteral(":since"), dialect.toSql(now));
    update.bind(QStringLiteral(":reason"), reason.left(500));
    update.bind(QStringLiteral(":resume"), dialect.toSql(resumeAt));
    return update.exec();
}

Error MailDeliveryState::clearPause()
{
    SqlQuery update(m_db);
    return update.exec(QStringLiteral(
        "UPDATE mail_service_state SET paused_since = NULL, paused_reason = NULL, resume_at = NULL WHERE id = 1"));
}

Error MailDeliveryState::release(qint64 id, const QString& reason)
{
    SqlQuery update(m_db);
    if (Error error = update.prepare(
            QStringLiteral("UPDATE mail_outbox SET status = 'queued', claimed_until = NULL,"
                           " attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END,"
                           " last_error = COALESCE(:reason, last_error) WHERE id = :id AND status = 'sending'")))
        return error;
    update.bind(QStringLiteral(":reason"), nullableText(reason.left(500)));
    update.bind(QStringLiteral(":id"), id);
    return update.exec();
}

Result<int> MailDeliveryState::countDue(const QDateTime& now) const
{
    SqlQuery query(m_db);
    if (Error error = query.prepare(QStringLiteral(
            "SELECT COUNT(*) AS n FROM mail_outbox WHERE status = 'queued' AND next_attempt_at <= :now")))
        return error;
    query.bind(QStringLiteral(":now"), SqlQuery::dialectOf(m_db).toSql(now));
    if (Error error = query.exec())
        return error;
    if (!query.next())
        return Error(ErrorCode::DatabaseError, QStringLiteral("COUNT gave no row"));
    return query.value(QStringLiteral("n")).toInt();
}

Error MailDeliveryState::setRelayQueueId(qint64 id, const QString& queueId)
{
    SqlQuery update(m_db);
    if (Error error
        = update.prepare(QStringLiteral("UPDATE mail_outbox SET relay_queue_id = :queue_id WHERE id = :id")))
        return error;
    update.bind(QStringLiteral(":queue_id"), nullableText(queueId.left(100)));
    update.bind(QStringLiteral(":id"), id);
    return update.exec();
}

Result<QString> MailDeliveryState::relayQueueId(qint64 id) const
{
    SqlQuery query(m_db);
    if (Error error = query.prepare(QStringLiteral("SELECT relay_queue_id FROM mail_outbox WHERE id = :id")))
        return error;
    query.bind(QStringLiteral(":id"), id);
    if (Error error = query.exec())
        return error;
    if (!query.next())
        return Error(ErrorCode::NotFound);
    return query.value(QStringLiteral("relay_queue_id")).toString();
}

Result<QList<MailDeliveryState::Requeued>> MailDeliveryState::requeue(const QDateTime& now, bool includeDead,
                                                                      std::optional<qint64> accountId)
{
    const SqlDialect dialect = SqlQuery::dialectOf(m_db);
    QList<Requeued> requeued;
    {
        SqlQuery select(m_db);
        const QString sql = accountId
            ? QStringLiteral(
                "SELECT id, account_id, kind, status FROM mail_outbox WHERE (status = 'queued' OR"
                " (status = 'dead' AND :dead AND superseded_by IS NULL)) AND account_id = :account ORDER BY id")
            : QStringLiteral("SELECT id, account_id, kind, status FROM mail_outbox WHERE (status = 'queued' OR"
                             " (status = 'dead' AND :dead AND superseded_by IS NULL)) ORDER BY id");
        if (Error error = select.prepare(sql))
            return error;
        select.bind(QStringLiteral(":dead"), includeDead);
        if (accountId)
            select.bind(QStringLiteral(":account"), *accountId);
        if (Error error = select.exec())
            return error;
        while (select.next()) {
            Requeued row;
            row.id = select.value(QStringLiteral("id")).toLongLong();
            row.accountId = select.value(QStringLiteral("account_id")).toLongLong();
            OutboxMessage::parseKind(select.value(QStringLiteral("kind")).toString(), &row.kind);
            row.wasDead = select.value(QStringLiteral("status")).toString() == QLatin1String("dead");
            requeued.append(row);
        }
    }
    for (const Requeued& row : std::as_const(requeued)) {
        SqlQuery update(m_db);
        if (Error error
            = update.prepare(row.wasDead ? QStringLiteral("UPDATE mail_outbox SET status = 'queued', attempts = 0,"
                                                          " claimed_until = NULL, next_attempt_at = :now WHERE id = :id"
                                                          " AND status = 'dead'")
                                         : QStringLiteral("UPDATE mail_outbox SET next_attempt_at = :now WHERE id = :id"
                                                          " AND status = 'queued'")))
            return error;
        update.bind(QStringLiteral(":now"), dialect.toSql(now));
        update.bind(QStringLiteral(":id"), row.id);
        if (Error error = update.exec())
            return error;
    }
    return requeued;
}
