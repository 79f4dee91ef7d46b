#include "audit/AuditLog.h"

#include "audit/AuditSealer.h"
#include "core/BuildInfo.h"
#include "db/SqlQuery.h"

#include <QStringList>
#include <QTimeZone>
#include <algorithm>

namespace {

// NOT NULL text columns: an unset QString would bind as NULL.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

AuditLog::AuditLog(const QSqlDatabase& db) : m_db(db)
{ }

QString AuditLog::instantText(const QDateTime& instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString AuditLog::storedColumns(const QString& prefix)
{
    QStringList columns{QStringLiteral("id"),          QStringLiteral("occurred_at"), QStringLiteral("agent_id"),
                        QStringLiteral("agent_login"), QStringLiteral("agent_role"),  QStringLiteral("workstation"),
                        QStringLiteral("action"),      QStringLiteral("account_id"),  QStringLiteral("call_id"),
                        QStringLiteral("reason"),      QStringLiteral("outcome"),     QStringLiteral("app_version"),
                        QStringLiteral("db_user")};
    for (QString& column : columns)
        column = prefix + column + QStringLiteral(" AS ev_") + column;
    return columns.join(QStringLiteral(", "));
}

Result<QDateTime> AuditLog::databaseNow(const QSqlDatabase& db)
{
    SqlQuery clock(db);
    if (Error error = clock.exec(SqlQuery::dialectOf(db).isPostgreSql()
                                     ? QStringLiteral("SELECT clock_timestamp() AS now")
                                     : QStringLiteral("SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS now")))
        return error;
    if (!clock.next())
        return Error(ErrorCode::DatabaseError, QStringLiteral("no database clock"));
    const QDateTime now = SqlDialect::toDateTime(clock.value(QStringLiteral("now")));
    return QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), QTimeZone::utc());
}

AuditLog::StoredEvent AuditLog::storedEvent(const SqlQuery& query)
{
    StoredEvent event;
    event.id = query.value(QStringLiteral("ev_id")).toLongLong();
    event.occurredAt = SqlDialect::toDateTime(query.value(QStringLiteral("ev_occurred_at")));
    event.entry.agentId = query.value(QStringLiteral("ev_agent_id")).toLongLong();
    event.entry.agentLogin = query.value(QStringLiteral("ev_agent_login")).toString();
    event.entry.agentRole = query.value(QStringLiteral("ev_agent_role")).toString();
    event.entry.workstation = query.value(QStringLiteral("ev_workstation")).toString();
    event.entry.action = query.value(QStringLiteral("ev_action")).toString();
    event.entry.accountId = query.value(QStringLiteral("ev_account_id")).toLongLong();
    event.entry.callId = query.value(QStringLiteral("ev_call_id")).toLongLong();
    const QVariant reason = query.value(QStringLiteral("ev_reason"));
    event.entry.reason = reason.isNull() ? QString() : reason.toString();
    event.entry.outcome = query.value(QStringLiteral("ev_outcome")).toString();
    event.appVersion = query.value(QStringLiteral("ev_app_version")).toString();
    event.dbUser = query.value(QStringLiteral("ev_db_user")).toString();
    return event;
}

Result<qint64> AuditLog::append(const AuditEntry& entry)
{
    return appendAt(entry, QDateTime());
}

Result<qint64> AuditLog::appendAt(const AuditEntry& entry, const QDateTime& occurredAt)
{
    // No lock: the sequencer puts the events in one order when it seals them (AuditSealer).
    // Without a time given, the database's clock in the INSERT itself (to the millisecond, as
    // databaseNow reads it): no round trip of its own.
    const SqlDialect dialect = SqlQuery::dialectOf(m_db);
    const QString clock = dialect.isPostgreSql() ? QStringLiteral("date_trunc('milliseconds', clock_timestamp())")
                                                 : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
    const QString appVersion = BuildInfo::version();
    SqlQuery insert(m_db);
    if (Error error = insert.prepare(
            QStringLiteral("INSERT INTO audit_events (occurred_at, agent_id, agent_login, agent_role, workstation,"
                           " action, account_id, call_id, reason, outcome, app_version, prev_hash, hash) VALUES (")
            + (occurredAt.isValid() ? QStringLiteral(":occurred_at") : clock)
            + QStringLiteral(
                ", :agent_id, :agent_login, :agent_role, :workstation, :action,"
                " :account_id, :call_id, :reason, :outcome, :app_version, :prev_hash, :hash) RETURNING id")))
        return error;
    if (occurredAt.isValid())
        insert.bind(QStringLiteral(":occurred_at"),
                    dialect.toSql(QDateTime::fromMSecsSinceEpoch(occurredAt.toMSecsSinceEpoch(), QTimeZone::utc())));
    insert.bind(QStringLiteral(":agent_id"), nullableId(entry.agentId));
    insert.bind(QStringLiteral(":agent_login"), text(entry.agentLogin));
    insert.bind(QStringLiteral(":agent_role"), text(entry.agentRole));
    insert.bind(QStringLiteral(":workstation"), text(entry.workstation));
    insert.bind(QStringLiteral(":action"), text(entry.action));
    insert.bind(QStringLiteral(":account_id"), nullableId(entry.accountId));
    insert.bind(QStringLiteral(":call_id"), nullableId(entry.callId));
    insert.bind(QStringLiteral(":reason"), entry.reason);
    insert.bind(QStringLiteral(":outcome"), text(entry.outcome));
    insert.bind(QStringLiteral(":app_version"), appVersion);
    // The pre-seal chain's columns, left empty (migration 009).
    insert.bind(QStringLiteral(":prev_hash"), QStringLiteral(""));
    insert.bind(QStringLiteral(":hash"), QStringLiteral(""));
    if (Error error = insert.exec())
        return error;
    if (!insert.next())
        return Error(ErrorCode::DatabaseError, QStringLiteral("INSERT RETURNING gave no id"));
    return insert.value(QStringLiteral("id")).toLongLong();
}

Result<AuditLog::Verification> AuditLog::verify(const QByteArray& key) const
{
    Verification result;
    const bool checkMacs = key.size() == AuditSealer::KeyBytes;
    result.seals = checkMacs ? SealCheck::Valid : SealCheck::NotChecked;
    const auto breakAt = [&result](qint64 eventId, qint64 seq) {
        if (!result.intact)
            return;
        result.intact = false;
        result.firstBroken = eventId;
        result.firstBrokenSeq = seq;
    };

    SqlQuery count(m_db);
    if (Error error = count.exec(QStringLiteral("SELECT COUNT(*) AS n FROM audit_events")))
        return error;
    result.events = count.next() ? count.value(QStringLiteral("n")).toLongLong() : 0;

    // Every seal in its order, with its event if the event is still there.
    SqlQuery seals(m_db);
    if (Error error = seals.exec(QStringLiteral("SELECT s.seq, s.event_id, s.sealed_at, s.mac, e.id AS present, ")
                                 + storedColumns(QStringLiteral("e."))
                                 + QStringLiteral(" FROM audit_seals s LEFT JOIN audit_events e ON e.id = s.event_id"
                                                  " ORDER BY s.seq")))
        return error;
    QString previousMac;
    QDateTime lastSealedAt;
    while (seals.next()) {
        const qint64 seq = seals.value(QStringLiteral("seq")).toLongLong();
        const qint64 eventId = seals.value(QStringLiteral("event_id")).toLongLong();
        const QDateTime sealedAt = SqlDialect::toDateTime(seals.value(QStringLiteral("sealed_at")));
        const QString mac = seals.value(QStringLiteral("mac")).toString();
        if (seq != result.lastSeq + 1) {
            result.seqConsecutive = false;
            breakAt(eventId, seq);
        }
        result.lastSeq = seq;
        lastSealedAt = sealedAt;
        if (seals.value(QStringLiteral("present")).isNull()) {
            ++result.missingEvents;
            breakAt(eventId, seq);
        } else {
            ++result.sealed;
            if (checkMacs
                && !AuditSealer::macMatches(
                    key, AuditSealer::sealedForm(storedEvent(seals), seq, sealedAt, previousMac), mac)) {
                result.seals = SealCheck::Invalid;
                breakAt(eventId, seq);
            }
        }
        previousMac = mac;
    }

    // Events without a seal: the last seconds' are expected; one the sequencer should have seen
    // long ago was inserted behind its back (or with a past date).
    SqlQuery unsealed(m_db);
    if (Error error = unsealed.prepare(QStringLiteral(
            "SELECT e.id, CASE WHEN e.occurred_at < :stale_before THEN 1 ELSE 0 END AS stale FROM audit_events e"
            " WHERE NOT EXISTS (SELECT 1 FROM audit_seals s WHERE s.event_id = e.id) ORDER BY e.id")))
        return error;
    const QDateTime staleBefore = lastSealedAt.isValid() ? lastSealedAt.addSecs(-UnsealedGraceSeconds)
                                                         : QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc());
    unsealed.bind(QStringLiteral(":stale_before"), SqlQuery::dialectOf(m_db).toSql(staleBefore));
    if (Error error = unsealed.exec())
        return error;
    while (unsealed.next()) {
        ++result.unsealed;
        if (unsealed.value(QStringLiteral("stale")).toInt() == 1) {
            ++result.staleUnsealed;
            breakAt(unsealed.value(QStringLiteral("id")).toLongLong(), 0);
        }
    }
    return result;
}

Result<std::optional<AuditLog::Change>> AuditLog::lastDeskAction(qint64 accountId, const QDateTime& since,
                                                                 qint64 excludedCallId) const
{
    SqlQuery query(m_db);
    if (Error error = query.prepare(QStringLiteral(
            "SELECT agent_login, action, occurred_at FROM audit_events WHERE account_id = :account_id"
            " AND outcome = 'ok' AND action IN ('unlock', 'reissue', 'email_change', 'email_confirm', 'certify',"
            " 'unlock_bulk') AND occurred_at >= :since AND COALESCE(call_id, 0) <> :call_id"
            " ORDER BY id DESC LIMIT 1")))
        return error;
    query.bind(QStringLiteral(":account_id"), accountId);
    query.bind(QStringLiteral(":since"), SqlQuery::dialectOf(m_db).toSql(since));
    query.bind(QStringLiteral(":call_id"), excludedCallId);
    if (Error error = query.exec())
        return error;
    if (!query.next())
        return std::optional<Change>();
    return std::optional<Change>(Change{query.value(QStringLiteral("agent_login")).toString(),
                                        query.value(QStringLiteral("action")).toString(),
                                        SqlDialect::toDateTime(query.value(QStringLiteral("occurred_at")))});
}

Result<QList<AuditLog::Event>> AuditLog::list(const Filter& filter) const
{
    // One statement for every filter combination: a filter left empty matches everything, so no
    // SQL is assembled from the caller's choices.
    SqlQuery query(m_db);
    if (Error error = query.prepare(QStringLiteral(
            "SELECT id, occurred_at, agent_id, agent_login, agent_role, workstation, action, account_id, call_id,"
            " reason, outcome FROM audit_events"
            " WHERE (:account_id = 0 OR account_id = :account_id2)"
            " AND (:agent_login = '' OR agent_login = :agent_login2)"
            " AND (:since_set = 0 OR occurred_at >= :since)"
            " ORDER BY id DESC LIMIT :limit")))
        return error;
    const SqlDialect dialect = SqlQuery::dialectOf(m_db);
    query.bind(QStringLiteral(":account_id"), filter.accountId);
    query.bind(QStringLiteral(":account_id2"), filter.accountId);
    // Never a null string: bound as NULL, "= ''" would match nothing (no login given listed nothing).
    const QString login = filter.agentLogin.isNull() ? QStringLiteral("") : filter.agentLogin;
    query.bind(QStringLiteral(":agent_login"), login);
    query.bind(QStringLiteral(":agent_login2"), login);
    query.bind(QStringLiteral(":since_set"), filter.since.isValid() ? 1 : 0);
    query.bind(QStringLiteral(":since"),
               filter.since.isValid() ? dialect.toSql(filter.since)
                                      : dialect.toSql(QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc())));
    query.bind(QStringLiteral(":limit"), std::clamp(filter.limit, 1, 100000));
    if (Error error = query.exec())
        return error;
    QList<Event> events;
    while (query.next()) {
        Event event;
        event.id = query.value(QStringLiteral("id")).toLongLong();
        event.occurredAt = SqlDialect::toDateTime(query.value(QStringLiteral("occurred_at")));
        event.entry.agentId = query.value(QStringLiteral("agent_id")).toLongLong();
        event.entry.agentLogin = query.value(QStringLiteral("agent_login")).toString();
        event.entry.agentRole = query.value(QStringLiteral("agent_role")).toString();
        event.entry.workstation = query.value(QStringLiteral("workstation")).toString();
        event.entry.action = query.value(QStringLiteral("action")).toString();
        event.entry.accountId = query.value(QStringLiteral("account_id")).toLongLong();
        event.entry.callId = query.value(QStringLiteral("call_id")).toLongLong();
        event.entry.reason = query.value(QStringLiteral("reason")).toString();
        event.entry.outcome = query.value(QStringLiteral("outcome")).toString();
        events.append(event);
    }
    return events;
}
