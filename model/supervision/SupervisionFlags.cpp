#include "supervision/SupervisionFlags.h"

#include "agents/IdentityCheckRepository.h"
#include "agents/RefusalAudit.h"
#include "core/Masking.h"
#include "core/PortalPolicy.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "supervision/CallStatistics.h"

#include <QHash>

#include <algorithm>

SupervisionFlags::SupervisionFlags(Database& database) : m_database(database)
{ }

QString SupervisionFlags::outlierRule()
{
    // Why this rule: with a handful of agents a mean or a standard deviation means little and one
    // busy agent drags them; the median of the others is robust and leaves the agent out of their
    // own baseline (with two agents at 3 and 30 the median including both, 16.5, would hide the
    // 30). Agents who did none are left out, or a week of leave would pull the median to 0. The
    // floor keeps quiet periods (4 against 1) from raising flags.
    return tr("An agent is flagged when, over the period, their unlocks (or their reissues) number at least %1 and "
              "more than %2 times the median of the other agents who made at least one; an agent without such a "
              "colleague is not compared.")
        .arg(SupervisionPolicy::OutlierMinimumActions)
        .arg(SupervisionPolicy::OutlierMedianFactor);
}

double SupervisionFlags::median(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return double(values.at(middle));
    return (double(values.at(middle - 1)) + double(values.at(middle))) / 2.0;
}

bool SupervisionFlags::isOutlier(qint64 count, const QList<qint64>& peerCounts)
{
    if (count < SupervisionPolicy::OutlierMinimumActions || peerCounts.isEmpty())
        return false;
    return double(count) > SupervisionPolicy::OutlierMedianFactor * median(peerCounts);
}

Result<QList<SupervisionFlags::RepeatedLockout>> SupervisionFlags::repeatedLockouts(const AgentSession& session,
                                                                                    const QDateTime& now) const
{
    if (!session.can(AgentSession::Permission::ReviewHistory))
        return RefusalAudit::record(m_database, session, AuditAction::SupervisionFlags, Error(ErrorCode::Forbidden));
    if (!now.isValid())
        return Error(ErrorCode::InvalidInput, QStringLiteral("invalid time"));
    const Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    SqlQuery query(connection.value());
    if (Error error
        = query.prepare(QStringLiteral("SELECT l.account_id, a.person_id, p.nir, COUNT(*) AS lockouts,"
                                       " MAX(l.locked_at) AS last_locked_at,"
                                       " SUM(CASE WHEN l.unlocked_at IS NULL THEN 1 ELSE 0 END) AS open_lockouts"
                                       " FROM lockout_events l JOIN accounts a ON a.id = l.account_id"
                                       " JOIN persons p ON p.id = a.person_id"
                                       " WHERE l.locked_at >= :since AND l.locked_at <= :now"
                                       // Only the accounts with a repeat in the window (migration
                                       // 012's partial index): the last of 3 lockouts in [since,
                                       // now] counts them all in its own window, which holds that.
                                       " AND l.account_id IN (SELECT c.account_id FROM lockout_events c"
                                       " WHERE c.repeat_count >= 3 AND c.locked_at >= :since2"
                                       " AND c.locked_at <= :now2)"
                                       " GROUP BY l.account_id, a.person_id, p.nir HAVING COUNT(*) >= :minimum"
                                       " ORDER BY lockouts DESC, l.account_id")))
        return error;
    const SqlDialect& dialect = m_database.dialect();
    query.bind(QStringLiteral(":since"), dialect.toSql(SupervisionPolicy::repeatWindowStart(now)));
    query.bind(QStringLiteral(":now"), dialect.toSql(now));
    query.bind(QStringLiteral(":since2"), dialect.toSql(SupervisionPolicy::repeatWindowStart(now)));
    query.bind(QStringLiteral(":now2"), dialect.toSql(now));
    query.bind(QStringLiteral(":minimum"), SupervisionPolicy::RepeatedLockoutCount);
    if (Error error = query.exec())
        return error;
    QList<RepeatedLockout> flags;
    while (query.next()) {
        RepeatedLockout flag;
        flag.accountId = query.value(QStringLiteral("account_id")).toLongLong();
        flag.personId = query.value(QStringLiteral("person_id")).toLongLong();
        flag.maskedNir = Masking::nir(query.value(QStringLiteral("nir")).toString());
        flag.lockouts = query.value(QStringLiteral("lockouts")).toInt();
        flag.lastLockedAt = SqlDialect::toDateTime(query.value(QStringLiteral("last_locked_at")));
        flag.lockedNow = query.value(QStringLiteral("open_lockouts")).toLongLong() > 0;
        flags.append(flag);
    }
    return flags;
}

Result<QList<SupervisionFlags::Outlier>> SupervisionFlags::outliers(const AgentSession& session, const QDateTime& from,
                                                                    const QDateTime& to) const
{
    if (!session.can(AgentSession::Permission::ReviewHistory))
        return RefusalAudit::record(m_database, session, AuditAction::SupervisionFlags, Error(ErrorCode::Forbidden));
    if (!from.isValid() || !to.isValid() || from >= to)
        return Error(ErrorCode::InvalidInput, QStringLiteral("a period [from, to)"));
    const Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    const Result<QList<CallStatistics::AgentActions>> agents
        = CallStatistics::agentActions(connection.value(), from, to);
    if (!agents)
        return agents.error();

    QList<Outlier> flags;
    const QString actions[] = {QStringLiteral("reissue"), QStringLiteral("unlock")};
    for (const QString& action : actions) {
        auto countOf = [&action](const CallStatistics::AgentActions& a) {
            return action == QLatin1String("unlock") ? a.unlocks : a.reissues;
        };
        QList<Outlier> found;
        for (const CallStatistics::AgentActions& agent : agents.value()) {
            const qint64 count = countOf(agent);
            QList<qint64> peers;
            for (const CallStatistics::AgentActions& other : agents.value()) {
                if (other.agentId != agent.agentId && countOf(other) > 0)
                    peers.append(countOf(other));
            }
            if (!isOutlier(count, peers))
                continue;
            found.append(Outlier{agent.agentId, agent.login, action, count, median(peers), int(peers.size())});
        }
        std::sort(found.begin(), found.end(), [](const Outlier& a, const Outlier& b) {
            return a.count != b.count ? a.count > b.count : a.login < b.login;
        });
        flags.append(found);
    }
    return flags;
}

Result<QList<SupervisionFlags::UnusedTemporaryPassword>>
SupervisionFlags::unusedTemporaryPasswords(const AgentSession& session, const QDateTime& from, const QDateTime& to,
                                           const QDateTime& now) const
{
    if (!session.can(AgentSession::Permission::ReviewHistory))
        return RefusalAudit::record(m_database, session, AuditAction::SupervisionFlags, Error(ErrorCode::Forbidden));
    if (!from.isValid() || !to.isValid() || from >= to || !now.isValid())
        return Error(ErrorCode::InvalidInput, QStringLiteral("a period [from, to)"));
    const Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    // Activation clears the hash and marks the use, a login with it marks the use: a hash still
    // there, never used, past its expiry, is a password the holder never activated.
    SqlQuery query(connection.value());
    if (Error error = query.prepare(
            QStringLiteral("SELECT a.id, a.person_id, p.nir, a.temp_password_issued_at, a.temp_password_expires_at"
                           " FROM accounts a JOIN persons p ON p.id = a.person_id"
                           " WHERE a.has_temp_password AND a.temp_password_used_at IS NULL"
                           " AND a.temp_password_expires_at >= :from AND a.temp_password_expires_at < :to"
                           " AND a.temp_password_expires_at <= :now ORDER BY a.temp_password_expires_at, a.id")))
        return error;
    const SqlDialect& dialect = m_database.dialect();
    query.bind(QStringLiteral(":from"), dialect.toSql(from));
    query.bind(QStringLiteral(":to"), dialect.toSql(to));
    query.bind(QStringLiteral(":now"), dialect.toSql(now));
    query.bind(QStringLiteral(":since2"), dialect.toSql(SupervisionPolicy::repeatWindowStart(now)));
    query.bind(QStringLiteral(":now2"), dialect.toSql(now));
    if (Error error = query.exec())
        return error;
    QList<UnusedTemporaryPassword> flags;
    while (query.next()) {
        UnusedTemporaryPassword flag;
        flag.accountId = query.value(QStringLiteral("id")).toLongLong();
        flag.personId = query.value(QStringLiteral("person_id")).toLongLong();
        flag.maskedNir = Masking::nir(query.value(QStringLiteral("nir")).toString());
        flag.issuedAt = SqlDialect::toDateTime(query.value(QStringLiteral("temp_password_issued_at")));
        flag.expiresAt = SqlDialect::toDateTime(query.value(QStringLiteral("temp_password_expires_at")));
        flags.append(flag);
    }
    return flags;
}

Result<QList<SupervisionFlags::ChangedAddressReissue>>
SupervisionFlags::changedAddressReissues(const AgentSession& session, const QDateTime& from, const QDateTime& to) const
{
    if (!session.can(AgentSession::Permission::ReviewHistory))
        return RefusalAudit::record(m_database, session, AuditAction::SupervisionFlags, Error(ErrorCode::Forbidden));
    if (!from.isValid() || !to.isValid() || from >= to)
        return Error(ErrorCode::InvalidInput, QStringLiteral("a period [from, to)"));
    const Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    SqlQuery changes(connection.value());
    if (Error error = changes.prepare(QStringLiteral(
            "SELECT c.account_id, a.person_id, p.nir, c.changed_at, c.refused_at, COALESCE(g.login, '') AS login"
            " FROM email_changes c JOIN accounts a ON a.id = c.account_id JOIN persons p ON p.id = a.person_id"
            " LEFT JOIN agents g ON g.id = c.agent_id"
            " WHERE c.changed_at >= :from AND c.changed_at < :to ORDER BY c.changed_at, c.id")))
        return error;
    const SqlDialect& dialect = m_database.dialect();
    changes.bind(QStringLiteral(":from"), dialect.toSql(from));
    changes.bind(QStringLiteral(":to"), dialect.toSql(to));
    if (Error error = changes.exec())
        return error;
    QList<ChangedAddressReissue> candidates;
    while (changes.next()) {
        ChangedAddressReissue flag;
        flag.accountId = changes.value(QStringLiteral("account_id")).toLongLong();
        flag.personId = changes.value(QStringLiteral("person_id")).toLongLong();
        flag.maskedNir = Masking::nir(changes.value(QStringLiteral("nir")).toString());
        flag.changedAt = SqlDialect::toDateTime(changes.value(QStringLiteral("changed_at")));
        flag.refusedAt = SqlDialect::toDateTime(changes.value(QStringLiteral("refused_at")));
        flag.changedBy = changes.value(QStringLiteral("login")).toString();
        candidates.append(flag);
    }

    // The reissues asked for these accounts (refused ones included: RefusalAudit records them with
    // the call's account), read at once; for each change, the first one after it and while it is
    // under review.
    struct Reissue
    {
        QDateTime at;
        QString outcome;
        QString by;
    };
    SqlQuery reissues(connection.value());
    if (Error error
        = reissues.prepare(QStringLiteral("SELECT account_id, occurred_at, outcome, agent_login FROM audit_events"
                                          " WHERE action = 'reissue' AND occurred_at >= :from AND occurred_at < :until"
                                          " AND account_id IN (SELECT c.account_id FROM email_changes c"
                                          " WHERE c.changed_at >= :from2 AND c.changed_at < :to)"
                                          " ORDER BY account_id, id")))
        return error;
    reissues.bind(QStringLiteral(":from"), dialect.toSql(from));
    reissues.bind(QStringLiteral(":until"), dialect.toSql(to.addDays(PortalPolicy::EmailChangeReviewDays)));
    reissues.bind(QStringLiteral(":from2"), dialect.toSql(from));
    reissues.bind(QStringLiteral(":to"), dialect.toSql(to));
    if (Error error = reissues.exec())
        return error;
    QHash<qint64, QList<Reissue>> byAccount; // each account's in id order
    while (reissues.next())
        byAccount[reissues.value(QStringLiteral("account_id")).toLongLong()].append(
            Reissue{SqlDialect::toDateTime(reissues.value(QStringLiteral("occurred_at"))),
                    reissues.value(QStringLiteral("outcome")).toString(),
                    reissues.value(QStringLiteral("agent_login")).toString()});
    QList<ChangedAddressReissue> flags;
    for (ChangedAddressReissue& flag : candidates) {
        const QDateTime reviewEnd = flag.changedAt.addDays(PortalPolicy::EmailChangeReviewDays);
        for (const Reissue& reissue : byAccount.value(flag.accountId)) {
            if (reissue.at < flag.changedAt || reissue.at >= reviewEnd)
                continue;
            flag.reissueAskedAt = reissue.at;
            flag.reissueOutcome = reissue.outcome;
            flag.reissueBy = reissue.by;
            break;
        }
        if (flag.reissueAskedAt.isValid() || flag.refusedAt.isValid())
            flags.append(flag);
    }
    return flags;
}

Result<QList<SupervisionFlags::IdentityChecksLimited>>
SupervisionFlags::identityChecksLimited(const AgentSession& session, const QDateTime& now) const
{
    if (!session.can(AgentSession::Permission::ReviewHistory))
        return RefusalAudit::record(m_database, session, AuditAction::SupervisionFlags, Error(ErrorCode::Forbidden));
    if (!now.isValid())
        return Error(ErrorCode::InvalidInput, QStringLiteral("invalid time"));
    const Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    const Result<QList<IdentityCheckRepository::LimitedPerson>> persons
        = IdentityCheckRepository(connection.value()).limitedPersons(now);
    if (!persons)
        return persons.error();
    QList<IdentityChecksLimited> flags;
    for (const IdentityCheckRepository::LimitedPerson& person : persons.value()) {
        IdentityChecksLimited flag;
        flag.personId = person.personId;
        flag.accountId = person.accountId;
        flag.maskedNir = Masking::nir(person.nir);
        flag.failures = person.failures;
        flag.refused = person.refused;
        flag.lastCheckedAt = person.lastCheckedAt;
        flag.limitedUntil = person.limitedUntil;
        flags.append(flag);
    }
    return flags;
}
