#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

// The lockout_events table: opened by the portal's 5th failed attempt, closed by an unlock.
class LockoutRepository
{
public:
    explicit LockoutRepository(const QSqlDatabase& db);

    Result<qint64> open(qint64 accountId, const QDateTime& lockedAt, int failedAttempts);
    Result<bool> hasOpen(qint64 accountId) const;
    // Closes the account's open lockout with who, when, why and which call (callId 0: none).
    // Returns how many were closed (0 or 1).
    Result<int> close(qint64 accountId, qint64 agentId, const QString& reason, qint64 callId, const QDateTime& now);

private:
    QSqlDatabase m_db;
};
