#include "audit/AuditLog.h"

#include "db/SqlQuery.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <QTimeZone>
#include <algorithm>

namespace {

constexpr qint64 AuditLockKey = 0x4775696368657402;

QString instantText(const QDateTime& instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

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

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::hashOf(const QDateTime& occurredAt, const AuditEntry& entry, const QString& appVersion,
                         const QString& previousHash)
{
    // A JSON array is an unambiguous canonical form: no separator can be forged inside a field.
    const QJsonArray canonical{QStringLiteral("guichet-audit-v1"),
                               instantText(occurredAt),
                               entry.agentId,
                               entry.agentLogin,
                               entry.agentRole,
                               entry.workstation,
                               entry.action,
                               entry.accountId,
                               entry.callId,
                               entry.reason,
                               entry.outcome,
                               appVersion,
                               previousHash};
    const QByteArray bytes = QJsonDocument(canonical).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<qint64> AuditLog::append(const AuditEntry& entry)
{
    return appendAt(entry, QDateTime());
}

Result<qint64> AuditLog::appendAt(const AuditEntry& entry, const QDateTime& occurredAt)
{
    const SqlDialect dialect = SqlQuery::dialectOf(m_db);
    if (dialect.isPostgreSql()) {
        SqlQuery lock(m_db);
        if (Error error = lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(:key)")))
            return error;
        lock.bind(QStringLiteral(":key"), AuditLockKey);
        if (Error error = lock.exec())
            return error;
    }

    QDateTime now = occurredAt;
    if (!now.isValid()) {
        // The database's clock, not the desk's, truncated to the millisecond that is stored.
        SqlQuery clock(m_db);
        if (Error error = clock.exec(dialect.isPostgreSql()
                                         ? QStringLiteral("SELECT clock_timestamp() AS now")
                                         : QStringLiteral("SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS now")))
            return error;
        if (!clock.next())
            return Error(ErrorCode::DatabaseError, QStringLiteral("no database clock"));
        now = SqlDialect::toDateTime(clock.value(QStringLiteral("now")));
    }
    now = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), QTimeZone::utc());

    SqlQuery last(m_db);
    if (Error error = last.exec(QStringLiteral("SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1")))
        return error;
    const QString previous = last.next() ? last.value(QStringLiteral("hash")).toString() : genesisHash();

    const QString appVersion = QStringLiteral(GUICHET_VERSION);
    SqlQuery insert(m_db);
    if (Error error = insert.prepare(QStringLiteral(
            "INSERT INTO audit_events (occurred_at, agent_id, agent_login, agent_role, workstation, action,"
            " account_id, call_id, reason, outcome, app_version, prev_hash, hash)"
            " VALUES (:occurred_at, :agent_id, :agent_login, :agent_role, :workstation, :action,"
            " :account_id, :call_id, :reason, :outcome, :app_version, :prev_hash, :hash) RETURNING id")))
        return error;
    insert.bind(QStringLiteral(":occurred_at"), dialect.toSql(now));
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
    insert.bind(QStringLiteral(":prev_hash"), previous);
    insert.bind(QStringLiteral(":hash"), hashOf(now, entry, appVersion, previous));
    if (Error error = insert.exec())
        return error;
    if (!insert.next())
        return Error(ErrorCode::DatabaseError, QStringLiteral("INSERT RETURNING gave no id"));
    return insert.value(QStringLiteral("id")).toLongLong();
}

Result<AuditLog::Verification> AuditLog::verify() const
{
    SqlQuery query(m_db);
    if (Error error = query.exec(QStringLiteral(
            "SELECT id, occurred_at, agent_id, agent_login, agent_role, workstation, action, account_id, call_id,"
            " reason, outcome, app_version, prev_hash, hash FROM audit_events ORDER BY id")))
        return error;
    Verification result;
    QString previous = genesisHash();
    while (query.next()) {
        ++result.events;
        AuditEntry entry;
        entry.agentId = query.value(QStringLiteral("agent_id")).toLongLong();
        entry.agentLogin = query.value(QStringLiteral("agent_login")).toString();
        entry.agentRole = query.value(QStringLiteral("agent_role")).toString();
        entry.workstation = query.value(QStringLiteral("workstation")).toString();
        entry.action = query.value(QStringLiteral("action")).toString();
        entry.accountId = query.value(QStringLiteral("account_id")).toLongLong();
        entry.callId = query.value(QStringLiteral("call_id")).toLongLong();
        entry.reason = query.value(QStringLiteral("reason")).toString();
        entry.outcome = query.value(QStringLiteral("outcome")).toString();
        const QDateTime occurredAt = SqlDialect::toDateTime(query.value(QStringLiteral("occurred_at")));
        const QString storedPrevious = query.value(QStringLiteral("prev_hash")).toString();
        const QString stored = query.value(QStringLiteral("hash")).toString();
        const QString expected
            = hashOf(occurredAt, entry, query.value(QStringLiteral("app_version")).toString(), storedPrevious);
        if (result.intact && (storedPrevious != previous || stored != expected)) {
            result.intact = false;
            result.firstBroken = query.value(QStringLiteral("id")).toLongLong();
        }
        previous = stored;
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
