#pragma once

#include "agents/AgentSession.h"
#include "core/Error.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <array>

class Database;

// What the desk handled over a period [from, to), for supervisors and admins only
// (AgentSession::Permission::ReviewHistory; Forbidden otherwise).
//
// Calls are taken by their start (started_at in [from, to)); a call that crosses midnight or the
// end of the period counts where it started. Hours and days are those of the desk's time zone.
// The bucketing is done here, in C++, over one forward-only pass on the period's rows (index
// calls_time_idx, lockout_events_time_idx): the engines store instants differently (ISO text vs
// timestamptz) and SQLite knows no time zone but the process's own, so an SQL GROUP BY per hour
// would need two dialects and still be wrong for a desk whose zone is not the server's. A period
// of a month is a few ten thousand short rows.
class CallStatistics
{
public:
    struct ReasonRow
    {
        QString reason; // a CallCatalog code (unknown stored codes come after the catalogue)
        qint64 calls = 0; // started in the period
        qint64 open = 0; // not ended yet
        QMap<QString, qint64> outcomes; // every CallCatalog outcome, zeros included
        qint64 endedCalls = 0; // ended calls, the ones the duration is measured on
        qint64 totalDurationMs = 0;
        double meanDurationSeconds() const
        {
            return endedCalls > 0 ? double(totalDurationMs) / double(endedCalls) / 1000.0 : 0.0;
        }
    };

    struct DayCount
    {
        QDate day; // in the desk's time zone
        qint64 count = 0;
    };

    // Operations that succeeded, from the audit trail (the only record of who reissued, and
    // tamper-evident; lockout_events.unlocked_by agrees for unlocks).
    struct AgentActions
    {
        qint64 agentId = 0;
        QString login;
        qint64 unlocks = 0; // desk unlocks in a call ("unlock")
        qint64 bulkUnlocks = 0; // supervisors' bulk unlocks, one per account ("unlock_bulk")
        qint64 reissues = 0; // temporary passwords queued ("reissue")
    };

    struct Report
    {
        QDateTime from;
        QDateTime to;
        QTimeZone timeZone;
        qint64 totalCalls = 0;
        QList<ReasonRow> reasons; // CallCatalog::reasons() order, zero rows included
        std::array<qint64, 24> callsPerHour{}; // by local hour of the start, 0–23
        QList<DayCount> lockoutsPerDay; // every local day of the period, zero days included
        QList<AgentActions> agents; // agents with at least one action, by login
    };

    explicit CallStatistics(Database& database);
    // The figures are read from reads (a streaming replica, see ReadReplica); a refusal is audited
    // on database, the primary.
    CallStatistics(Database& database, Database& reads);

    // InvalidInput unless from < to (both valid) and the time zone is valid.
    Result<Report> compute(const AgentSession& session, const QDateTime& from, const QDateTime& to,
                           const QTimeZone& timeZone = QTimeZone::systemTimeZone()) const;

    // The per-agent counts alone, on the connection given (no permission check: for services that
    // made their own, such as SupervisionFlags).
    static Result<QList<AgentActions>> agentActions(const QSqlDatabase& db, const QDateTime& from, const QDateTime& to);

private:
    static Error addCalls(const QSqlDatabase& db, Report& report);
    static Error addLockouts(const QSqlDatabase& db, Report& report);

    Database& m_database;
    Database& m_reads;
};
