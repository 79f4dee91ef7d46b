#pragma once

#include "core/Error.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Remembers the answer of each operation by its idempotency key, in the operation's own
// transaction, so that a replayed request has one effect and gets the same answer.
class IdempotencyStore
{
public:
    explicit IdempotencyStore(const QSqlDatabase& db);

    // The stored answer for key, if any. IdempotencyKeyReused when the key belongs to another
    // agent or another action.
    Result<std::optional<QJsonObject>> find(const QString& key, qint64 agentId, const QString& action) const;
    Error remember(const QString& key, qint64 agentId, const QString& action, qint64 accountId,
                   const QJsonObject& answer);

private:
    QSqlDatabase m_db;
};
