#include "accounts/LockoutRepository.h"

#include "db/SqlQuery.h"

LockoutRepository::LockoutRepository(const QSqlDatabase& db) : m_db(db)
{ }

Result<qint64> LockoutRepository::open(qint64 accountId, const QDateTime& lockedAt, int failedAttempts)
{
    SqlQuery insert(m_db);
    if (Error error
        = insert.prepare(QStringLiteral("INSERT INTO lockout_events (account_id, locked_at, failed_attempts)"
                                        " VALUES (:account_id, :locked_at, :failed_attempts) RETURNING id")))
        return error;
    insert.bind(QStringLiteral(":account_id"), accountId);
    insert.bind(QStringLiteral(":locked_at"), SqlQuery::dialectOf(m_db).toSql(lockedAt));
    insert.bind(QStringLiteral(":failed_attempts"), failedAttempts);
    if (Error error = insert.exec())
        return error;
    if (!insert.next())
        return Error(ErrorCode::DatabaseError, QStringLiteral("INSERT RETURNING gave no id"));
    return insert.value(QStringLiteral("id")).toLongLong();
}

Result<int> LockoutRepository::close(qint64 accountId, qint64 agentId, const QString& reason, qint64 callId,
                                     const QDateTime& now)
{
    SqlQuery update(m_db);
    if (Error error = update.prepare(QStringLiteral(
            "UPDATE lockout_events SET unlocked_at = :now, unlocked_by = :agent_id, unlock_reason = :reason,"
            " unlock_call_id = :call_id WHERE account_id = :account_id AND unlocked_at IS NULL")))
        return error;
    update.bind(QStringLiteral(":now"), SqlQuery::dialectOf(m_db).toSql(now));
    update.bind(QStringLiteral(":agent_id"), agentId);
    update.bind(QStringLiteral(":reason"), reason);
    update.bind(QStringLiteral(":call_id"), callId > 0 ? QVariant(callId) : QVariant(QMetaType::fromType<qint64>()));
    update.bind(QStringLiteral(":account_id"), accountId);
    if (Error error = update.exec())
        return error;
    return update.numRowsAffected();
}

Result<bool> LockoutRepository::hasOpen(qint64 accountId) const
{
    SqlQuery query(m_db);
    if (Error error = query.prepare(
            QStringLiteral("SELECT id FROM lockout_events WHERE account_id = :account_id AND unlocked_at IS NULL")))
        return error;
    query.bind(QStringLiteral(":account_id"), accountId);
    if (Error error = query.exec())
        return error;
    return query.next();
}
