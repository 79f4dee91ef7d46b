#pragma once

#include "agents/AgentSession.h"
#include "core/Error.h"
#include "identity/Nir.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

class Database;
class SqlDialect;

// One lockout as the supervisor's history lists it. The NIR is always masked (Masking::nir): a
// supervisor reviewing lockouts has no caller on the line whose identity was verified, so the
// list, the detail and the export never show a full number (a supervisor who needs one searches
// by the exact NIR they were given, which the filter accepts).
struct LockoutHistoryRow
{
    qint64 eventId = 0;
    QDateTime lockedAt;
    QDateTime unlockedAt; // invalid: still locked
    int failedAttempts = 0;
    qint64 accountId = 0;
    qint64 personId = 0;
    QString maskedNir;
    qint64 unlockedById = 0; // 0: not unlocked
    QString unlockedByLogin;
    QString unlockedByName;
    QString unlockReason;
    qint64 callId = 0; // the call in which it was unlocked, 0: none
};

// The supervisor's lockout history: filters, allow-listed sorts and keyset pagination (a page
// starts after a cursor, never at an OFFSET, so page 1000 costs what page 1 costs). Read-only
// except for the traces it leaves: every listing and every detail view is audited, and a listing
// by NIR or a detail view records a consultation of the person, as a desk lookup does.
// Supervisors and admins only (Permission::ReviewHistory); anyone else gets Forbidden and an
// audit event of the refusal (RefusalAudit). The retention purge is RetentionService's. Synchronous: run it off the UI
// thread.
class LockoutHistory
{
public:
    static constexpr int MaxPageSize = 1000;
    static constexpr int DetailAttempts = 20; // failed attempts shown in a detail

    enum class State { All, StillLocked, Unlocked };
    struct Filter
    {
        QDateTime from; // locked_at >= from; invalid: no lower bound
        QDateTime to; // locked_at < to; invalid: no upper bound
        State state = State::All;
        qint64 unlockedBy = 0; // agent id; 0: any
        Nir nir; // exact, current NIR of the person; null: any
        bool repeatOnly = false; // a repeat lockout (SupervisionPolicy), its window ending at the lockout
    };

    // The allow-list of sort keys. Agent sorts by the unlocking agent's id (rows grouped by agent,
    // still-locked rows last in ascending order): an alphabetical order of names would need the
    // whole filtered set sorted for every page.
    enum class SortColumn { LockedAt, UnlockedAt, FailedAttempts, Agent };
    struct Sort
    {
        SortColumn column = SortColumn::LockedAt;
        bool descending = true;
        friend bool operator==(const Sort& a, const Sort& b)
        {
            return a.column == b.column && a.descending == b.descending;
        }
    };

    // Where a page ends: the sort key of its last row (null for a row without one, e.g. still
    // locked when sorting by unlock time) and the row's id as the tie-breaker. Only valid for the
    // sort it came from.
    struct Cursor
    {
        Sort sort;
        QVariant key;
        qint64 id = 0;
    };
    struct Page
    {
        QList<LockoutHistoryRow> rows;
        std::optional<Cursor> next; // empty: this was the last page
    };

    struct Attempt
    {
        QDateTime at;
        QString kind;
        QString outcome;
    };
    struct CallInfo
    {
        qint64 id = 0;
        QDateTime startedAt;
        QDateTime endedAt;
        QString agentLogin;
        QString reason;
        QString outcome;
    };
    struct Detail
    {
        LockoutHistoryRow event;
        QList<Attempt> failedAttempts; // the last DetailAttempts up to the lock, oldest first
        QString unlockWorkstation; // from the audit trail's unlock event, if any
        QString unlockAction; // "unlock" or "unlock_bulk"
        std::optional<CallInfo> call;
    };

    explicit LockoutHistory(Database& database);
    // The listings' reads (page(), and so the export) run on reads, a streaming replica
    // (ReadReplica) or the primary again; the audit events and consultations they record, and the
    // detail (one row, recorded as a consultation), on database, the primary.
    LockoutHistory(Database& database, Database& reads);

    // One page of at most limit (1..MaxPageSize) rows after the cursor (none: the first page).
    // The first page of a listing is audited ("history_list"); with an NIR filter it also records
    // a consultation of that person.
    Result<Page> page(const AgentSession& session, const Filter& filter, const Sort& sort,
                      const std::optional<Cursor>& after, int limit);
    // NotFound for an unknown event. Audited ("history_detail") with a consultation of the person.
    Result<Detail> detail(const AgentSession& session, qint64 eventId);

    // The statement of page() for a filter and sort: which placeholders it has follows the filter
    // (:from, :to, :unlocked_by; :account_id when byAccount; :k1, :k2 for a cursor with a key,
    // :cursor_id for any cursor; :limit always). Public for the tests of its plans.
    enum class CursorShape {
        None, // the first page
        Key, // after a row whose sort key has a value
        NullKey, // after a row whose sort key is NULL
    };
    static QString pageStatement(const SqlDialect& dialect, const Filter& filter, const Sort& sort, bool byAccount,
                                 CursorShape cursor);

    static QString stateName(State state); // "all", "locked", "unlocked"
    static bool parseState(const QString& name, State* state);

private:
    Error auditListing(const AgentSession& session, const Filter& filter, qint64 accountId);
    static Result<qint64> accountOf(QSqlDatabase& db, const Nir& nir, qint64* personId);

    Database& m_database;
    Database& m_reads;
};
