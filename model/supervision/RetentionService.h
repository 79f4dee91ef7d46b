#pragma once

#include "agents/AgentSession.h"
#include "core/Error.h"

#include <QDateTime>

class Database;

// The retention purge of the traces that are personal data and whose use is over: login attempts,
// consultations and identity checks older than a number of days (never less than MinimumPurgeDays). Admins only
// (Permission::PurgeData); a refusal is audited (RefusalAudit). Lockout events and the audit
// trail are kept. Synchronous: run it off the UI thread.
class RetentionService
{
public:
    static constexpr int MinimumPurgeDays = 30; // purge never removes less than a month's traces

    struct PurgeReport
    {
        qint64 loginAttempts = 0;
        qint64 consultations = 0;
        qint64 identityChecks = 0;
        QDateTime before;
    };

    explicit RetentionService(Database& database);

    // Deletes login attempts, consultations and identity checks older than olderThanDays (>= MinimumPurgeDays) in
    // one transaction with its audit event ("purge", the counts in the reason).
    Result<PurgeReport> purge(const AgentSession& session, int olderThanDays,
                              const QDateTime& now = QDateTime::currentDateTimeUtc());

private:
    Database& m_database;
};
