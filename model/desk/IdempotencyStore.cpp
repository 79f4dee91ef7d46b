#include "desk/IdempotencyStore.h"

#include "db/SqlQuery.h"

namespace {

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

IdempotencyStore::IdempotencyStore(const QSqlDatabase& db) : m_db(db)
{ }

Result<std::optional<ActionAnswer>> IdempotencyStore::find(const Request& request) const
{
    SqlQuery query(m_db);
    if (Error error = query.prepare(QStringLiteral("SELECT agent_id, action, call_id, account_id, result"
                                                   " FROM operation_requests WHERE idempotency_key = :key")))
        return error;
    query.bind(QStringLiteral(":key"), request.key);
    if (Error error = query.exec())
        return error;
    if (!query.next())
        return std::optional<ActionAnswer>();
    // NULL reads as 0: a key stored without its call (before schema version 6) matches no call.
    const qint64 callId = query.value(QStringLiteral("call_id")).toLongLong();
    if (query.value(QStringLiteral("agent_id")).toLongLong() != request.agentId
        || query.value(QStringLiteral("action")).toString() != request.action || callId <= 0 || callId != request.callId
        || query.value(QStringLiteral("account_id")).toLongLong() != request.accountId)
        return Error(ErrorCode::IdempotencyKeyReused);
    std::optional<ActionAnswer> answer = ActionAnswer::fromStored(query.value(QStringLiteral("result")).toString());
    if (!answer)
        return Error(ErrorCode::DatabaseError, QStringLiteral("unreadable stored answer"));
    answer->replayed = true;
    return answer;
}

Error IdempotencyStore::remember(const Request& request, const ActionAnswer& answer)
{
    SqlQuery insert(m_db);
    if (Error error = insert.prepare(
            QStringLiteral("INSERT INTO operation_requests (idempotency_key, agent_id, action, call_id, account_id,"
                           " result) VALUES (:key, :agent_id, :action, :call_id, :account_id, :result)")))
        return error;
    insert.bind(QStringLiteral(":key"), request.key);
    insert.bind(QStringLiteral(":agent_id"), request.agentId);
    insert.bind(QStringLiteral(":action"), request.action);
    insert.bind(QStringLiteral(":call_id"), optionalId(request.callId));
    insert.bind(QStringLiteral(":account_id"), optionalId(request.accountId));
    insert.bind(QStringLiteral(":result"), answer.toStored());
    return insert.exec();
}
