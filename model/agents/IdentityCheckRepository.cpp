#include "agents/IdentityCheckRepository.h"

#include "core/PortalPolicy.h"
#include "db/SqlQuery.h"

namespace {

// The first key of the advisory locks on persons ("GIC1"); the second is the person's id.
constexpr int PersonCheckLockSpace = 0x47494331;

} // namespace

IdentityCheckRepository::IdentityCheckRepository(const QSqlDatabase& db) : m_db(db)
{ }

QDateTime IdentityCheckRepository::windowStart(const QDateTime& now)
{
    return now.addSecs(-3600LL * PortalPolicy::IdentityCheckWindowHours);
}

QString IdentityCheckRepository::outcomeCode(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pass:
        return QStringLiteral("pass");
    case Outcome::Fail:
        return QStringLiteral("fail");
    case Outcome::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

Error IdentityCheckRepository::lockPerson(qint64 personId)
{
    if (!SqlQuery::dialectOf(m_db).isPostgreSql())
        return {};
    SqlQuery lock(m_db);
    if (Error error = lock.prepare(
            QStringLiteral("SELECT pg_advisory_xact_lock(CAST(:space AS INTEGER), CAST(:person AS INTEGER))")))
        return error;
    lock.bind(QStringLiteral(":space"), PersonCheckLockSpace);
    // Ids beyond 2^31 share a lock with a smaller one: more waiting, never less safety.
    lock.bind(QStringLiteral(":person"), int(personId & 0x7fffffff));
    return lock.exec();
}

Result<int> IdentityCheckRepository::failuresInWindow(qint64 personId, const QDateTime& now) const
{
    SqlQuery query(m_db);
    if (Error error = query.prepare(QStringLiteral("SELECT COUNT(*) AS n FROM identity_checks WHERE person_id = :person"
                                                   " AND outcome = 'fail' AND checked_at > :since"
                                                   " AND checked_at <= :now")))
        return error;
    const SqlDialect dialect = SqlQuery::dialectOf(m_db);
    query.bind(QStringLiteral(":person"), personId);
    query.bind(QStringLiteral(":since"), dialect.toSql(windowStart(now)));
    query.bind(QStringLiteral(":now"), dialect.toSql(now));
    if (Error error = query.exec())
        return error;
    if (!query.next())
        return Error(ErrorCode::DatabaseError, QStringLiteral("count returned no row"));
    return query.value(QStringLiteral("n")).toInt();
}

Error IdentityCheckRepository::record(qint64 personId, qint64 callId, qint64 agentId, Outcome outcome,
                                      const QDateTime& at)
{
    SqlQuery insert(m_db);
    if (Error error = insert.prepare(
            QStringLiteral("INSERT INTO identity_checks (person_id, call_id, agent_id, checked_at, outcome)"
                           " VALUES (:person, :call, :agent, :at, :outcome)")))
        return error;
    insert.bind(QStringLiteral(":person"), personId);
    insert.bind(QStringLiteral(":call"), callId);
    insert.bind(QStringLiteral(":agent"), agentId);
    insert.bind(QStringLiteral(":at"), SqlQuery::dialectOf(m_db).toSql(at));
    insert.bind(QStringLiteral(":outcome"), outcomeCode(outcome));
    return insert.exec();
}

Result<QList<IdentityCheckRepository::LimitedPerson>>
IdentityCheckRepository::limitedPersons(const QDateTime& now) const
{
    SqlQuery query(m_db);
    if (Error error
        = query.prepare(QStringLiteral("SELECT c.person_id, p.nir, a.id AS account_id,"
                                       " SUM(CASE WHEN c.outcome = 'fail' THEN 1 ELSE 0 END) AS failures,"
                                       " SUM(CASE WHEN c.outcome = 'refused' THEN 1 ELSE 0 END) AS refused,"
                                       " MIN(CASE WHEN c.outcome = 'fail' THEN c.checked_at END) AS first_failure,"
                                       " MAX(c.checked_at) AS last_checked_at"
                                       " FROM identity_checks c JOIN persons p ON p.id = c.person_id"
                                       " LEFT JOIN accounts a ON a.person_id = c.person_id"
                                       " WHERE c.checked_at > :since AND c.checked_at <= :now"
                                       " GROUP BY c.person_id, p.nir, a.id"
                                       " HAVING SUM(CASE WHEN c.outcome = 'fail' THEN 1 ELSE 0 END) >= :limit"
                                       " ORDER BY failures DESC, c.person_id")))
        return error;
    const SqlDialect dialect = SqlQuery::dialectOf(m_db);
    query.bind(QStringLiteral(":since"), dialect.toSql(windowStart(now)));
    query.bind(QStringLiteral(":now"), dialect.toSql(now));
    query.bind(QStringLiteral(":limit"), PortalPolicy::IdentityCheckMaxFailuresPerPerson);
    if (Error error = query.exec())
        return error;
    QList<LimitedPerson> persons;
    while (query.next()) {
        LimitedPerson person;
        person.personId = query.value(QStringLiteral("person_id")).toLongLong();
        person.nir = query.value(QStringLiteral("nir")).toString();
        person.accountId = query.value(QStringLiteral("account_id")).toLongLong();
        person.failures = query.value(QStringLiteral("failures")).toInt();
        person.refused = query.value(QStringLiteral("refused")).toInt();
        person.lastCheckedAt = SqlDialect::toDateTime(query.value(QStringLiteral("last_checked_at")));
        // The limit lifts when enough failures leave the window; the oldest one leaving is a lower
        // bound, exact when the person is at the limit.
        const QDateTime first = SqlDialect::toDateTime(query.value(QStringLiteral("first_failure")));
        person.limitedUntil = first.addSecs(3600LL * PortalPolicy::IdentityCheckWindowHours);
        persons.append(person);
    }
    return persons;
}
