#include "supervision/LockoutHistory.h"

#include "agents/RefusalAudit.h"
#include "audit/AuditLog.h"
#include "core/Masking.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "supervision/SupervisionPolicy.h"

#include <QStringList>

namespace {

constexpr AuditAction actionList = AuditAction::HistoryList;
constexpr AuditAction actionDetail = AuditAction::HistoryDetail;

// The allow-list: each sort column maps to a constant expression, never to text from a caller.
struct SortKey
{
    const char* expression;
    bool nullable;
    bool timestamp;
};

SortKey sortKey(LockoutHistory::SortColumn column)
{
    switch (column) {
    case LockoutHistory::SortColumn::LockedAt:
        return {"e.locked_at", false, true};
    case LockoutHistory::SortColumn::UnlockedAt:
        return {"e.unlocked_at", true, true};
    case LockoutHistory::SortColumn::FailedAttempts:
        return {"e.failed_attempts", false, false};
    case LockoutHistory::SortColumn::Agent:
        return {"e.unlocked_by", true, false};
    }
    return {"e.locked_at", false, true};
}

// Columns of the event, its account's person and the unlocking agent; "e" is the page of events.
const QString rowColumns = QStringLiteral(
    "e.id AS id, e.locked_at AS locked_at, e.unlocked_at AS unlocked_at, e.failed_attempts AS failed_attempts,"
    " e.account_id AS account_id, ac.person_id AS person_id, p.nir AS nir, e.unlocked_by AS unlocked_by,"
    " g.login AS agent_login, g.display_name AS agent_name, e.unlock_reason AS unlock_reason,"
    " e.unlock_call_id AS unlock_call_id");
const QString rowJoins
    = QStringLiteral(" JOIN accounts ac ON ac.id = e.account_id JOIN persons p ON p.id = ac.person_id"
                     " LEFT JOIN agents g ON g.id = e.unlocked_by");

LockoutHistoryRow readRow(const SqlQuery& query)
{
    LockoutHistoryRow row;
    row.eventId = query.value(QStringLiteral("id")).toLongLong();
    row.lockedAt = SqlDialect::toDateTime(query.value(QStringLiteral("locked_at")));
    row.unlockedAt = SqlDialect::toDateTime(query.value(QStringLiteral("unlocked_at")));
    row.failedAttempts = query.value(QStringLiteral("failed_attempts")).toInt();
    row.accountId = query.value(QStringLiteral("account_id")).toLongLong();
    row.personId = query.value(QStringLiteral("person_id")).toLongLong();
    row.maskedNir = Masking::nir(query.value(QStringLiteral("nir")).toString());
    row.unlockedById = query.value(QStringLiteral("unlocked_by")).toLongLong();
    row.unlockedByLogin = query.value(QStringLiteral("agent_login")).toString();
    row.unlockedByName = query.value(QStringLiteral("agent_name")).toString();
    row.unlockReason = query.value(QStringLiteral("unlock_reason")).toString();
    row.callId = query.value(QStringLiteral("unlock_call_id")).toLongLong();
    return row;
}

QVariant keyOf(const LockoutHistoryRow& row, LockoutHistory::SortColumn column)
{
    switch (column) {
    case LockoutHistory::SortColumn::LockedAt:
        return row.lockedAt;
    case LockoutHistory::SortColumn::UnlockedAt:
        return row.unlockedAt.isValid() ? QVariant(row.unlockedAt) : QVariant();
    case LockoutHistory::SortColumn::FailedAttempts:
        return row.failedAttempts;
    case LockoutHistory::SortColumn::Agent:
        return row.unlockedById > 0 ? QVariant(row.unlockedById) : QVariant();
    }
    return {};
}

// The keyset condition "after the cursor" in the sort's order. Ascending puts rows without a key
// last, descending first, so that one order is exactly the reverse of the other.
QString keysetCondition(const SortKey& key, bool descending, bool cursorKeyIsNull)
{
    const QString k = QString::fromLatin1(key.expression);
    const QString after = descending ? QStringLiteral("(%1 <= :k1 AND (%1 < :k2 OR e.id < :cursor_id))")
                                     : QStringLiteral("(%1 >= :k1 AND (%1 > :k2 OR e.id > :cursor_id))");
    if (!key.nullable)
        return after.arg(k);
    if (!descending) {
        if (cursorKeyIsNull)
            return QStringLiteral("(%1 IS NULL AND e.id > :cursor_id)").arg(k);
        return QStringLiteral("(") + after.arg(k) + QStringLiteral(" OR %1 IS NULL)").arg(k);
    }
    if (cursorKeyIsNull)
        return QStringLiteral("((%1 IS NULL AND e.id < :cursor_id) OR %1 IS NOT NULL)").arg(k);
    return after.arg(k);
}

QString orderBy(const SortKey& key, bool descending)
{
    const QString k = QString::fromLatin1(key.expression);
    QString nulls;
    if (key.nullable)
        nulls = descending ? QStringLiteral(" NULLS FIRST") : QStringLiteral(" NULLS LAST");
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return QStringLiteral(" ORDER BY ") + k + direction + nulls + QStringLiteral(", e.id") + direction;
}

// Migration 012 counts over this window and its partial index repeats this threshold.
static_assert(SupervisionPolicy::RepeatedLockoutWindowDays == 30 && SupervisionPolicy::RepeatedLockoutCount == 3,
              "a new repeat policy needs a migration that recounts lockout_events.repeat_count");

QString repeatCondition()
{
    // SupervisionPolicy's repeat, kept by the database in repeat_count (migration 012: the count
    // includes the lockout itself; its window ends at the lockout). A constant of the code, not a
    // value: written in the SQL as the partial index lockout_events_repeat_time_idx repeats it, so
    // that both engines walk that index.
    return QStringLiteral("e.repeat_count >= ") + QString::number(SupervisionPolicy::RepeatedLockoutCount);
}

QString describeFilter(const LockoutHistory::Filter& filter)
{
    // For the audit trail: what was asked, never the NIR itself.
    QStringList parts;
    if (filter.from.isValid())
        parts.append(QStringLiteral("from=") + filter.from.toUTC().toString(Qt::ISODate));
    if (filter.to.isValid())
        parts.append(QStringLiteral("to=") + filter.to.toUTC().toString(Qt::ISODate));
    parts.append(QStringLiteral("state=") + LockoutHistory::stateName(filter.state));
    if (filter.unlockedBy > 0)
        parts.append(QStringLiteral("agent=") + QString::number(filter.unlockedBy));
    if (!filter.nir.isNull())
        parts.append(QStringLiteral("nir=yes"));
    if (filter.repeatOnly)
        parts.append(QStringLiteral("repeat=yes"));
    return parts.join(QLatin1Char(';'));
}

Error addConsultation(QSqlDatabase& db, const AgentSession& session, qint64 personId, const QDateTime& now)
{
    SqlQuery insert(db);
    if (Error error = insert.prepare(
            QStringLiteral("INSERT INTO consultations (agent_id, call_id, person_id, consulted_at, workstation)"
                           " VALUES (:agent_id, NULL, :person_id, :now, :workstation)")))
        return error;
    insert.bind(QStringLiteral(":agent_id"), session.agentId);
    insert.bind(QStringLiteral(":person_id"), personId);
    insert.bind(QStringLiteral(":now"), SqlQuery::dialectOf(db).toSql(now));
    insert.bind(QStringLiteral(":workstation"),
                session.workstation.isNull() ? QStringLiteral("") : session.workstation);
    return insert.exec();
}

} // namespace

LockoutHistory::LockoutHistory(Database& database) : m_database(database), m_reads(database)
{ }

LockoutHistory::LockoutHistory(Database& database, Database& reads) : m_database(database), m_reads(reads)
{ }

QString LockoutHistory::stateName(State state)
{
    switch (state) {
    case State::All:
        return QStringLiteral("all");
    case State::StillLocked:
        return QStringLiteral("locked");
    case State::Unlocked:
        return QStringLiteral("unlocked");
    }
    return QStringLiteral("all");
}

bool LockoutHistory::parseState(const QString& name, State* state)
{
    for (const State candidate : {State::All, State::StillLocked, State::Unlocked}) {
        if (name == stateName(candidate)) {
            *state = candidate;
            return true;
        }
    }
    return false;
}

Result<qint64> LockoutHistory::accountOf(QSqlDatabase& db, const Nir& nir, qint64* personId)
{
    SqlQuery query(db);
    if (Error error = query.prepare(QStringLiteral("SELECT p.id AS person_id, ac.id AS account_id FROM persons p"
                                                   " LEFT JOIN accounts ac ON ac.person_id = p.id WHERE p.nir = :nir")))
        return error;
    query.bind(QStringLiteral(":nir"), nir.digits());
    if (Error error = query.exec())
        return error;
    if (!query.next())
        return qint64(0);
    *personId = query.value(QStringLiteral("person_id")).toLongLong();
    return query.value(QStringLiteral("account_id")).toLongLong();
}

Error LockoutHistory::auditListing(const AgentSession& session, const Filter& filter, qint64 accountId)
{
    return m_database.write([&](QSqlDatabase& db) -> Error {
        qint64 personId = 0;
        if (!filter.nir.isNull()) {
            const Result<qint64> account = accountOf(db, filter.nir, &personId);
            if (!account)
                return account.error();
            if (personId > 0) {
                if (Error e = addConsultation(db, session, personId, QDateTime::currentDateTimeUtc()))
                    return e;
            }
        }
        return AuditLog(db)
            .append(session.auditEntry(actionList, 0, accountId, AuditActions::code(AuditOutcome::Ok),
                                       describeFilter(filter)))
            .error();
    });
}

QString LockoutHistory::pageStatement(const SqlDialect& dialect, const Filter& filter, const Sort& sort, bool byAccount,
                                      CursorShape cursor)
{
    // Constant fragments chosen from the filter's shape; every value is bound.
    const SortKey key = sortKey(sort.column);
    QStringList conditions;
    if (filter.from.isValid())
        conditions.append(QStringLiteral("e.locked_at >= :from"));
    if (filter.to.isValid())
        conditions.append(QStringLiteral("e.locked_at < :to"));
    if (filter.state == State::StillLocked) {
        // SQLite estimates "unlocked_at IS NULL" from lockout_events_unlocked_at_idx as a couple of
        // rows (its other values are all distinct) and sorts what it finds; but the open lockouts
        // are many (888,889 at 10 million accounts: 450 ms a page). likelihood() says half the rows
        // match: it then walks lockout_events_open_time_idx, or the account's open_key.
        conditions.append(dialect.isPostgreSql() ? QStringLiteral("e.unlocked_at IS NULL")
                                                 : QStringLiteral("likelihood(e.unlocked_at IS NULL, 0.5)"));
    } else if (filter.state == State::Unlocked) {
        conditions.append(QStringLiteral("e.unlocked_at IS NOT NULL"));
    }
    if (filter.unlockedBy > 0)
        conditions.append(QStringLiteral("e.unlocked_by = :unlocked_by"));
    if (byAccount)
        conditions.append(QStringLiteral("e.account_id = :account_id"));
    if (filter.repeatOnly)
        conditions.append(repeatCondition());
    if (cursor != CursorShape::None)
        conditions.append(keysetCondition(key, sort.descending, cursor == CursorShape::NullKey));

    // The inner query walks one table along the sort's index and stops after limit + 1 rows; the
    // joins then touch only those rows.
    const QString order = orderBy(key, sort.descending);
    QString inner = QStringLiteral("SELECT e.* FROM lockout_events e");
    if (!conditions.isEmpty())
        inner += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    inner += order + QStringLiteral(" LIMIT :limit");
    return QStringLiteral("SELECT ") + rowColumns + QStringLiteral(" FROM (") + inner + QStringLiteral(") e") + rowJoins
        + order;
}

Result<LockoutHistory::Page> LockoutHistory::page(const AgentSession& session, const Filter& filter, const Sort& sort,
                                                  const std::optional<Cursor>& after, int limit)
{
    if (!session.can(AgentSession::Permission::ReviewHistory))
        return RefusalAudit::record(m_database, session, actionList, Error(ErrorCode::Forbidden));
    if (limit < 1 || limit > MaxPageSize)
        return Error(ErrorCode::InvalidInput, QStringLiteral("page size of 1 to %1").arg(MaxPageSize));
    if (after && !(after->sort == sort))
        return Error(ErrorCode::InvalidInput, QStringLiteral("cursor of another sort"));
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)
        return Error(ErrorCode::InvalidInput, QStringLiteral("period ends before it starts"));

    // The reads first: a replica that cannot be reached fails here, before anything is audited.
    Result<QSqlDatabase> connection = m_reads.connection();
    if (!connection)
        return connection.error();
    QSqlDatabase& db = connection.value();
    const SqlDialect& dialect = m_reads.dialect();

    qint64 accountId = 0;
    if (!filter.nir.isNull()) {
        qint64 personId = 0;
        const Result<qint64> account = accountOf(db, filter.nir, &personId);
        if (!account)
            return account.error();
        accountId = account.value();
    }
    if (!after) {
        if (Error error = auditListing(session, filter, accountId))
            return error;
    }
    if (!filter.nir.isNull() && accountId == 0)
        return Page(); // nobody, or no portal account, has this number

    const SortKey key = sortKey(sort.column);
    const bool cursorKeyIsNull = after && after->key.isNull();
    const QString sql
        = pageStatement(dialect, filter, sort, accountId > 0,
                        after ? (cursorKeyIsNull ? CursorShape::NullKey : CursorShape::Key) : CursorShape::None);

    SqlQuery query(db);
    if (Error error = query.prepare(sql))
        return error;
    if (filter.from.isValid())
        query.bind(QStringLiteral(":from"), dialect.toSql(filter.from));
    if (filter.to.isValid())
        query.bind(QStringLiteral(":to"), dialect.toSql(filter.to));
    if (filter.unlockedBy > 0)
        query.bind(QStringLiteral(":unlocked_by"), filter.unlockedBy);
    if (accountId > 0)
        query.bind(QStringLiteral(":account_id"), accountId);
    if (after) {
        if (!cursorKeyIsNull) {
            const QVariant value = key.timestamp ? dialect.toSql(after->key.toDateTime()) : after->key;
            query.bind(QStringLiteral(":k1"), value);
            query.bind(QStringLiteral(":k2"), value);
        }
        query.bind(QStringLiteral(":cursor_id"), after->id);
    }
    query.bind(QStringLiteral(":limit"), limit + 1);
    if (Error error = query.exec())
        return error;

    Page page;
    page.rows.reserve(limit);
    bool more = false;
    while (query.next()) {
        if (page.rows.size() == limit) {
            more = true;
            break;
        }
        page.rows.append(readRow(query));
    }
    if (more) {
        const LockoutHistoryRow& last = page.rows.constLast();
        page.next = Cursor{sort, keyOf(last, sort.column), last.eventId};
    }
    return page;
}

Result<LockoutHistory::Detail> LockoutHistory::detail(const AgentSession& session, qint64 eventId)
{
    if (!session.can(AgentSession::Permission::ReviewHistory))
        return RefusalAudit::record(m_database, session, actionDetail, Error(ErrorCode::Forbidden));
    Detail detail;
    const Error error = m_database.write([&](QSqlDatabase& db) -> Error {
        detail = Detail();
        const SqlDialect dialect = SqlQuery::dialectOf(db);
        SqlQuery event(db);
        if (Error e = event.prepare(QStringLiteral("SELECT ") + rowColumns + QStringLiteral(" FROM lockout_events e")
                                    + rowJoins + QStringLiteral(" WHERE e.id = :id")))
            return e;
        event.bind(QStringLiteral(":id"), eventId);
        if (Error e = event.exec())
            return e;
        if (!event.next())
            return Error(ErrorCode::NotFound);
        detail.event = readRow(event);

        // The attempts that led to this lockout: the failures since the last success and since the
        // end of the account's previous lockout (older ones belong to that one).
        QDateTime since;
        SqlQuery previous(db);
        if (Error e = previous.prepare(QStringLiteral("SELECT MAX(unlocked_at) AS ended FROM lockout_events"
                                                      " WHERE account_id = :account_id AND locked_at < :locked_at")))
            return e;
        previous.bind(QStringLiteral(":account_id"), detail.event.accountId);
        previous.bind(QStringLiteral(":locked_at"), dialect.toSql(detail.event.lockedAt));
        if (Error e = previous.exec())
            return e;
        if (previous.next() && !previous.value(QStringLiteral("ended")).isNull())
            since = SqlDialect::toDateTime(previous.value(QStringLiteral("ended")));

        SqlQuery attempts(db);
        if (Error e = attempts.prepare(QStringLiteral(
                "SELECT attempted_at, kind, success, outcome FROM login_attempts WHERE account_id = :account_id"
                " AND attempted_at <= :locked_at ORDER BY attempted_at DESC, id DESC LIMIT :limit")))
            return e;
        attempts.bind(QStringLiteral(":account_id"), detail.event.accountId);
        attempts.bind(QStringLiteral(":locked_at"), dialect.toSql(detail.event.lockedAt));
        attempts.bind(QStringLiteral(":limit"), DetailAttempts);
        if (Error e = attempts.exec())
            return e;
        while (attempts.next()) {
            const QDateTime at = SqlDialect::toDateTime(attempts.value(QStringLiteral("attempted_at")));
            if (attempts.value(QStringLiteral("success")).toBool() || (since.isValid() && at < since))
                break;
            detail.failedAttempts.prepend({at, attempts.value(QStringLiteral("kind")).toString(),
                                           attempts.value(QStringLiteral("outcome")).toString()});
        }

        if (detail.event.unlockedAt.isValid()) {
            SqlQuery audit(db);
            if (Error e = audit.prepare(QStringLiteral(
                    "SELECT workstation, action FROM audit_events WHERE account_id = :account_id"
                    " AND action IN ('unlock', 'unlock_bulk') AND outcome = 'ok' AND occurred_at >= :locked_at"
                    " ORDER BY occurred_at, id LIMIT 1")))
                return e;
            audit.bind(QStringLiteral(":account_id"), detail.event.accountId);
            audit.bind(QStringLiteral(":locked_at"), dialect.toSql(detail.event.lockedAt));
            if (Error e = audit.exec())
                return e;
            if (audit.next()) {
                detail.unlockWorkstation = audit.value(QStringLiteral("workstation")).toString();
                detail.unlockAction = audit.value(QStringLiteral("action")).toString();
            }
        }

        if (detail.event.callId > 0) {
            SqlQuery call(db);
            if (Error e = call.prepare(QStringLiteral(
                    "SELECT c.id AS id, c.started_at AS started_at, c.ended_at AS ended_at, c.reason AS reason,"
                    " c.outcome AS outcome, g.login AS login FROM calls c JOIN agents g ON g.id = c.agent_id"
                    " WHERE c.id = :id")))
                return e;
            call.bind(QStringLiteral(":id"), detail.event.callId);
            if (Error e = call.exec())
                return e;
            if (call.next()) {
                detail.call = CallInfo{call.value(QStringLiteral("id")).toLongLong(),
                                       SqlDialect::toDateTime(call.value(QStringLiteral("started_at"))),
                                       SqlDialect::toDateTime(call.value(QStringLiteral("ended_at"))),
                                       call.value(QStringLiteral("login")).toString(),
                                       call.value(QStringLiteral("reason")).toString(),
                                       call.value(QStringLiteral("outcome")).toString()};
            }
        }

        // The detail shows one person's traces: a consultation, as a desk lookup records one.
        if (Error e = addConsultation(db, session, detail.event.personId, QDateTime::currentDateTimeUtc()))
            return e;
        return AuditLog(db)
            .append(session.auditEntry(actionDetail, detail.event.callId, detail.event.accountId,
                                       AuditActions::code(AuditOutcome::Ok),
                                       QStringLiteral("event=") + QString::number(eventId)))
            .error();
    });
    if (error)
        return error;
    return detail;
}
