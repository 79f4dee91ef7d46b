#pragma once

#include "core/Error.h"
#include "desk/ActionAnswer.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

// Remembers the answer of each operation by its idempotency key, in the operation's own
// transaction, so that a replayed request has one effect and gets the same answer. A key is bound
// to the request that first used it: its agent, its action, its call and the call's account.
class IdempotencyStore
{
public:
    // What a key is bound to. accountId: the account the call is about (0: none).
    struct Request
    {
        QString key;
        qint64 agentId = 0;
        QString action;
        qint64 callId = 0;
        qint64 accountId = 0;
    };

    explicit IdempotencyStore(const QSqlDatabase& db);

    // The stored answer for the request's key, if any (replayed set). IdempotencyKeyReused when the key was used
    // by another agent, for another action, in another call or about another account (a key
    // stored before keys were bound to their call is refused too).
    Result<std::optional<ActionAnswer>> find(const Request& request) const;
    Error remember(const Request& request, const ActionAnswer& answer);

private:
    QSqlDatabase m_db;
};
