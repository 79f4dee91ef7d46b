#include "desk/IdempotencyStore.h"

#include "db/SqlQuery.h"

#include <QJsonDocument>

IdempotencyStore::IdempotencyStore(const QSqlDatabase& db) : m_db(db)
{ }

Result<std::optional<QJsonObject>> IdempotencyStore::find(const QString& key, qint64 agentId,
                                                          const QString& action) const
{
    SqlQuery query(m_db);
    if (Error error = query.prepare(
            QStringLiteral("SELECT agent_id, action, result FROM operation_requests WHERE idempotency_key = :key")))
        return error;
    query.bind(QStringLiteral(":key"), key);
    if (Error error = query.exec())
        return error;
    if (!query.next())
        return std::optional<QJsonObject>();
    if (query.value(QStringLiteral("agent_id")).toLongLong() != agentId
        || query.value(QStringLiteral("action")).toString() != action)
        return Error(ErrorCode::IdempotencyKeyReused);
    return std::optional<QJsonObject>(
        QJsonDocument::fromJson(query.value(QStringLiteral("result")).toString().toUtf8()).object());
}

Error IdempotencyStore::remember(const QString& key, qint64 agentId, const QString& action, qint64 accountId,
                                 const QJsonObject& answer)
{
    SqlQuery insert(m_db);
    if (Error error = insert.prepare(
            QStringLiteral("INSERT INTO operation_requests (idempotency_key, agent_id, action, account_id, result)"
                           " VALUES (:key, :agent_id, :action, :account_id, :result)")))
        return error;
    insert.bind(QStringLiteral(":key"), key);
    insert.bind(QStringLiteral(":agent_id"), agentId);
    insert.bind(QStringLiteral(":action"), action);
    insert.bind(QStringLiteral(":account_id"),
                accountId > 0 ? QVariant(accountId) : QVariant(QMetaType::fromType<qint64>()));
    insert.bind(QStringLiteral(":result"), QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)));
    return insert.exec();
}
