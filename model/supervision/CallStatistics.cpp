#include "supervision/CallStatistics.h"

#include "agents/RefusalAudit.h"
#include "core/Logging.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "desk/CallCatalog.h"

#include <algorithm>

namespace {

// A longer period is refused rather than answered with a list of thousands of days.
constexpr qint64 MaxPeriodDays = 3660;

} // namespace

CallStatistics::CallStatistics(Database& database) : m_database(database), m_reads(database)
{ }

CallStatistics::CallStatistics(Database& database, Database& reads) : m_database(database), m_reads(reads)
{ }

Result<CallStatistics::Report> CallStatistics::compute(const AgentSession& session, const QDateTime& from,
                                                       const QDateTime& to, const QTimeZone& timeZone) const
{
    if (!session.can(AgentSession::Permission::ReviewHistory))
        return RefusalAudit::record(m_database, session, AuditAction::Statistics, Error(ErrorCode::Forbidden));
    if (!from.isValid() || !to.isValid() || from >= to || !timeZone.isValid())
        return Error(ErrorCode::InvalidInput, QStringLiteral("a period [from, to) and a valid time zone"));
    if (from.daysTo(to) > MaxPeriodDays)
        return Error(ErrorCode::InvalidInput, QStringLiteral("period too long"));
    const Result<QSqlDatabase> connection = m_reads.connection();
    if (!connection)
        return connection.error();

    Report report;
    report.from = from.toUTC();
    report.to = to.toUTC();
    report.timeZone = timeZone;
    if (Error error = addCalls(connection.value(), report))
        return error;
    if (Error error = addLockouts(connection.value(), report))
        return error;
    Result<QList<AgentActions>> agents = agentActions(connection.value(), from, to);
    if (!agents)
        return agents.error();
    report.agents = agents.value();
    // One line per computation: what a supervisor's period change costs shows in the debug log.
    qCDebug(lcSql) << "call statistics computed for" << from.daysTo(to) << "days";
    return report;
}

Error CallStatistics::addCalls(const QSqlDatabase& db, Report& report)
{
    const QStringList outcomes = CallCatalog::outcomes();
    auto emptyRow = [&outcomes](const QString& reason) {
        ReasonRow row;
        row.reason = reason;
        for (const QString& outcome : outcomes)
            row.outcomes.insert(outcome, 0);
        return row;
    };
    const QStringList reasons = CallCatalog::reasons();
    for (const QString& reason : reasons)
        report.reasons.append(emptyRow(reason));

    SqlQuery query(db);
    if (Error error = query.prepare(QStringLiteral("SELECT reason, started_at, ended_at, outcome FROM calls"
                                                   " WHERE started_at >= :from AND started_at < :to")))
        return error;
    const SqlDialect dialect = SqlQuery::dialectOf(db);
    query.bind(QStringLiteral(":from"), dialect.toSql(report.from));
    query.bind(QStringLiteral(":to"), dialect.toSql(report.to));
    if (Error error = query.exec())
        return error;
    QStringList unknown; // stored codes the catalogue no longer knows, kept visible
    while (query.next()) {
        const QString reason = query.value(QStringLiteral("reason")).toString();
        qsizetype index = reasons.indexOf(reason);
        if (index < 0) {
            const qsizetype known = unknown.indexOf(reason);
            if (known < 0) {
                unknown.append(reason);
                report.reasons.append(emptyRow(reason));
                index = report.reasons.size() - 1;
            } else {
                index = reasons.size() + known;
            }
        }
        ReasonRow& row = report.reasons[index];
        ++row.calls;
        ++report.totalCalls;
        const QDateTime startedAt = SqlDialect::toDateTime(query.value(QStringLiteral("started_at")));
        const QDateTime endedAt = SqlDialect::toDateTime(query.value(QStringLiteral("ended_at")));
        const int hour = startedAt.toTimeZone(report.timeZone).time().hour();
        if (hour >= 0 && hour < 24)
            ++report.callsPerHour[static_cast<std::size_t>(hour)];
        if (!endedAt.isValid()) {
            ++row.open;
            continue;
        }
        ++row.endedCalls;
        row.totalDurationMs += std::max<qint64>(0, startedAt.msecsTo(endedAt));
        const QString outcome = query.value(QStringLiteral("outcome")).toString();
        ++row.outcomes[outcome]; // an unknown stored outcome gets its own key
    }
    return {};
}

Error CallStatistics::addLockouts(const QSqlDatabase& db, Report& report)
{
    const QDate first = report.from.toTimeZone(report.timeZone).date();
    const QDate last = report.to.addMSecs(-1).toTimeZone(report.timeZone).date();
    for (QDate day = first; day <= last; day = day.addDays(1))
        report.lockoutsPerDay.append(DayCount{day, 0});

    SqlQuery query(db);
    if (Error error = query.prepare(
            QStringLiteral("SELECT locked_at FROM lockout_events WHERE locked_at >= :from AND locked_at < :to")))
        return error;
    const SqlDialect dialect = SqlQuery::dialectOf(db);
    query.bind(QStringLiteral(":from"), dialect.toSql(report.from));
    query.bind(QStringLiteral(":to"), dialect.toSql(report.to));
    if (Error error = query.exec())
        return error;
    while (query.next()) {
        const QDate day
            = SqlDialect::toDateTime(query.value(QStringLiteral("locked_at"))).toTimeZone(report.timeZone).date();
        const qint64 index = first.daysTo(day);
        if (index >= 0 && index < report.lockoutsPerDay.size())
            ++report.lockoutsPerDay[index].count;
    }
    return {};
}

Result<QList<CallStatistics::AgentActions>> CallStatistics::agentActions(const QSqlDatabase& db, const QDateTime& from,
                                                                         const QDateTime& to)
{
    // Successful operations only: refusals are audited too, with their error code as outcome.
    SqlQuery query(db);
    if (Error error
        = query.prepare(QStringLiteral("SELECT e.agent_id, a.login, e.action, COUNT(*) AS n FROM audit_events e"
                                       " JOIN agents a ON a.id = e.agent_id"
                                       " WHERE e.action IN ('unlock', 'unlock_bulk', 'reissue') AND e.outcome = 'ok'"
                                       " AND e.occurred_at >= :from AND e.occurred_at < :to"
                                       " GROUP BY e.agent_id, a.login, e.action")))
        return error;
    const SqlDialect dialect = SqlQuery::dialectOf(db);
    query.bind(QStringLiteral(":from"), dialect.toSql(from));
    query.bind(QStringLiteral(":to"), dialect.toSql(to));
    if (Error error = query.exec())
        return error;
    QList<AgentActions> agents;
    while (query.next()) {
        const qint64 agentId = query.value(QStringLiteral("agent_id")).toLongLong();
        auto it = std::find_if(agents.begin(), agents.end(),
                               [agentId](const AgentActions& a) { return a.agentId == agentId; });
        if (it == agents.end()) {
            agents.append(AgentActions{agentId, query.value(QStringLiteral("login")).toString(), 0, 0, 0});
            it = agents.end() - 1;
        }
        const QString action = query.value(QStringLiteral("action")).toString();
        const qint64 n = query.value(QStringLiteral("n")).toLongLong();
        if (action == QLatin1String("unlock"))
            it->unlocks += n;
        else if (action == QLatin1String("unlock_bulk"))
            it->bulkUnlocks += n;
        else
            it->reissues += n;
    }
    std::sort(agents.begin(), agents.end(),
              [](const AgentActions& a, const AgentActions& b) { return a.login < b.login; });
    return agents;
}
