#include "supervision/AuditTrail.h"

#include "agents/AgentRepository.h"
#include "agents/RefusalAudit.h"
#include "core/Masking.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QStringList>

#include <algorithm>

namespace {

// For the audit trail: what was asked (key=value;…, said in words by AuditText).
QString describe(const AuditTrail::Filter& filter)
{
    QStringList parts;
    if (filter.from.isValid())
        parts.append(QStringLiteral("from=") + filter.from.toUTC().toString(Qt::ISODate));
    if (filter.to.isValid())
        parts.append(QStringLiteral("to=") + filter.to.toUTC().toString(Qt::ISODate));
    if (filter.agentId != 0) // -1: an id and a login that are not the same agent's
        parts.append(QStringLiteral("by=") + QString::number(filter.agentId));
    else if (!filter.agentLogin.isEmpty())
        parts.append(QStringLiteral("by=") + filter.agentLogin);
    if (filter.accountId != 0)
        parts.append(QStringLiteral("account=") + QString::number(filter.accountId));
    if (!filter.action.isEmpty())
        parts.append(QStringLiteral("action=") + filter.action);
    return parts.join(QLatin1Char(';'));
}

// The account of the person with this NIR; 0 when nobody, or no portal account, has it.
Result<qint64> accountOf(const QSqlDatabase& db, const Nir& nir)
{
    SqlQuery query(db);
    if (Error error = query.prepare(QStringLiteral("SELECT ac.id FROM persons p JOIN accounts ac ON ac.person_id = p.id"
                                                   " WHERE p.nir = :nir")))
        return error;
    query.bind(QStringLiteral(":nir"), nir.digits());
    if (Error error = query.exec())
        return error;
    return query.next() ? query.value(QStringLiteral("id")).toLongLong() : qint64(0);
}

} // namespace

AuditTrail::AuditTrail(Database& database) : m_database(database)
{ }

Error AuditTrail::audit(const AgentSession& session, AuditAction action, const QString& reason) const
{
    return m_database.write([&](QSqlDatabase& db) -> Error {
        return AuditLog(db)
            .append(session.auditEntry(action, 0, 0, AuditActions::code(AuditOutcome::Ok), reason))
            .error();
    });
}

Result<AuditTrail::Page> AuditTrail::page(const AgentSession& session, const Filter& filter,
                                          const std::optional<Cursor>& after, int pageSize) const
{
    if (!session.can(AgentSession::Permission::ReviewHistory))
        return RefusalAudit::record(m_database, session, AuditAction::AuditList, Error(ErrorCode::Forbidden));
    if (filter.from.isValid() && filter.to.isValid() && filter.from >= filter.to)
        return Error(ErrorCode::InvalidInput, QStringLiteral("a period [from, to)"));
    if (after && (!after->occurredAt.isValid() || after->id <= 0))
        return Error(ErrorCode::InvalidInput, QStringLiteral("invalid cursor"));
    Filter resolved = filter;
    const Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    if (!filter.accountNir.isNull()) {
        const Result<qint64> account = accountOf(connection.value(), filter.accountNir);
        if (!account)
            return account.error();
        // Nobody, or no portal account, has this number: nothing matches; another account id
        // given with it: nothing matches either.
        const qint64 id = account.value() > 0 ? account.value() : -1;
        resolved.accountId = (filter.accountId > 0 && filter.accountId != id) ? -1 : id;
    }
    if (!filter.agentLogin.isEmpty()) {
        const Result<Agent> agent = AgentRepository(connection.value()).findByLogin(filter.agentLogin);
        if (!agent && agent.error().code() != ErrorCode::NotFound)
            return agent.error();
        // An agent: by id (indexed), an id given with it must be theirs. Otherwise a login of the
        // system's own actors ("mailer", "guichetctl"): by the events' login.
        if (agent) {
            resolved.agentId = (filter.agentId > 0 && filter.agentId != agent->id) ? -1 : agent->id;
            resolved.agentLogin.clear();
        }
    }
    Result<Page> result = read(resolved, after, std::clamp(pageSize, 1, MaxPageSize));
    if (!result)
        return result;
    if (!after) {
        if (Error error = audit(session, AuditAction::AuditList, describe(resolved)))
            return error;
    }
    return result;
}

Result<AuditTrail::Page> AuditTrail::read(const Filter& filter, const std::optional<Cursor>& after, int limit) const
{
    const Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();

    // The statement is put together from constant fragments only, one per filter that is set,
    // so that each combination gets the plan of its own index (agent, account, action or time,
    // each ending in (occurred_at, id)); every value is bound.
    QStringList conditions;
    if (filter.agentId != 0)
        conditions.append(QStringLiteral("e.agent_id = :agent_id"));
    if (!filter.agentLogin.isEmpty())
        conditions.append(QStringLiteral("e.agent_login = :agent_login"));
    if (filter.accountId != 0)
        conditions.append(QStringLiteral("e.account_id = :account_id"));
    if (!filter.action.isEmpty())
        conditions.append(QStringLiteral("e.action = :action"));
    if (filter.from.isValid())
        conditions.append(QStringLiteral("e.occurred_at >= :from"));
    if (filter.to.isValid())
        conditions.append(QStringLiteral("e.occurred_at < :to"));
    if (after)
        conditions.append(
            QStringLiteral("(e.occurred_at < :after_at OR (e.occurred_at = :after_at2 AND e.id < :after_id))"));
    QString sql = QStringLiteral("SELECT e.id, e.occurred_at, e.agent_id, e.agent_login, e.agent_role, e.workstation,"
                                 " e.action, e.account_id, e.call_id, e.reason, e.outcome, p.nir"
                                 " FROM audit_events e LEFT JOIN accounts ac ON ac.id = e.account_id"
                                 " LEFT JOIN persons p ON p.id = ac.person_id");
    if (!conditions.isEmpty())
        sql += QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
    sql += QLatin1String(" ORDER BY e.occurred_at DESC, e.id DESC LIMIT :limit");

    SqlQuery query(connection.value());
    if (Error error = query.prepare(sql))
        return error;
    const SqlDialect& dialect = m_database.dialect();
    if (filter.agentId != 0)
        query.bind(QStringLiteral(":agent_id"), filter.agentId);
    if (!filter.agentLogin.isEmpty())
        query.bind(QStringLiteral(":agent_login"), filter.agentLogin);
    if (filter.accountId != 0)
        query.bind(QStringLiteral(":account_id"), filter.accountId);
    if (!filter.action.isEmpty())
        query.bind(QStringLiteral(":action"), filter.action);
    if (filter.from.isValid())
        query.bind(QStringLiteral(":from"), dialect.toSql(filter.from));
    if (filter.to.isValid())
        query.bind(QStringLiteral(":to"), dialect.toSql(filter.to));
    if (after) {
        query.bind(QStringLiteral(":after_at"), dialect.toSql(after->occurredAt));
        query.bind(QStringLiteral(":after_at2"), dialect.toSql(after->occurredAt));
        query.bind(QStringLiteral(":after_id"), after->id);
    }
    query.bind(QStringLiteral(":limit"), limit + 1); // one more tells whether a next page exists
    if (Error error = query.exec())
        return error;

    Page result;
    while (query.next()) {
        if (result.events.size() == limit) {
            const AuditLog::Event& last = result.events.constLast();
            result.next = Cursor{last.occurredAt, last.id};
            break;
        }
        AuditLog::Event event;
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
        if (const QString nir = query.value(QStringLiteral("nir")).toString(); !nir.isEmpty())
            event.maskedNir = Masking::nir(nir);
        result.events.append(event);
    }
    return result;
}

Result<AuditTrail::ChainStatus> AuditTrail::verifyChain(const AgentSession& session, const QByteArray& key,
                                                        const std::optional<AuditCheckpoint::Head>& checkpoint) const
{
    if (!session.can(AgentSession::Permission::ReviewHistory))
        return RefusalAudit::record(m_database, session, AuditAction::AuditVerify, Error(ErrorCode::Forbidden));
    const Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    const Result<AuditLog::Verification> verification = AuditLog(connection.value()).verify(key);
    if (!verification)
        return verification.error();
    ChainStatus status;
    status.events = verification->events;
    status.sealed = verification->sealed;
    status.unsealed = verification->unsealed;
    status.staleUnsealed = verification->staleUnsealed;
    status.missingEvents = verification->missingEvents;
    status.seqConsecutive = verification->seqConsecutive;
    status.seals = verification->seals;
    status.intact = verification->intact;
    status.firstBrokenId = verification->firstBroken;
    status.firstBrokenPosition = verification->firstBrokenSeq;
    if (checkpoint) {
        const Result<AuditCheckpoint::Match> match = AuditCheckpoint::compare(connection.value(), *checkpoint, key);
        if (!match)
            return match.error();
        status.checkpoint = match.value();
        if (match.value() != AuditCheckpoint::Match::Matches)
            status.intact = false;
    }
    QString reason = QStringLiteral("events=%1;sealed=%2;intact=%3")
                         .arg(status.events)
                         .arg(status.sealed)
                         .arg(status.intact ? QStringLiteral("yes") : QStringLiteral("no"));
    if (status.checkpoint)
        reason += QStringLiteral(";checkpoint=") + AuditCheckpoint::matchName(*status.checkpoint);
    if (Error error = audit(session, AuditAction::AuditVerify, reason))
        return error;
    return status;
}

Result<std::optional<AuditCheckpoint::Record>> AuditTrail::lastCheckpoint(const AgentSession& session) const
{
    if (!session.can(AgentSession::Permission::ReviewHistory))
        return Error(ErrorCode::Forbidden);
    const Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    return AuditCheckpoint::last(connection.value());
}
