#include "agents/AgentRepository.h"

#include "db/SqlQuery.h"

namespace {

// What readOne() reads, in every SELECT and RETURNING. On PostgreSQL the desk groups may not read
// agents.password_hash: guichet_agent_password_hash (migration 008) gives the hash of the login
// the session is connected as, and nobody else's (NULL: no password matches).
QString agentColumns(const QSqlDatabase& db)
{
    return QStringLiteral(
               "id, login, display_name, role, active, failed_logins, first_failed_at, locked_until, version, ")
        + (SqlQuery::dialectOf(db).isPostgreSql()
               ? QStringLiteral("guichet_agent_password_hash(login) AS password_hash")
               : QStringLiteral("password_hash"));
}

} // namespace

QString Agent::roleName(Role role)
{
    switch (role) {
    case Role::Agent:
        return QStringLiteral("agent");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

bool Agent::parseRole(const QString& name, Role* role)
{
    for (Role candidate : {Role::Agent, Role::Supervisor, Role::Admin}) {
        if (roleName(candidate) == name) {
            *role = candidate;
            return true;
        }
    }
    return false;
}

AgentRepository::AgentRepository(const QSqlDatabase& db) : m_db(db)
{ }

Result<qint64> AgentRepository::add(const QString& login, const QString& displayName, Agent::Role role,
                                    const QString& passwordHash)
{
    if (login.trimmed().isEmpty() || passwordHash.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("agent without login or password"));
    SqlQuery insert(m_db);
    if (Error error
        = insert.prepare(QStringLiteral("INSERT INTO agents (login, display_name, role, password_hash)"
                                        " VALUES (:login, :display_name, :role, :password_hash) RETURNING id")))
        return error;
    insert.bind(QStringLiteral(":login"), login.trimmed());
    insert.bind(QStringLiteral(":display_name"), displayName.isEmpty() ? login.trimmed() : displayName.simplified());
    insert.bind(QStringLiteral(":role"), Agent::roleName(role));
    insert.bind(QStringLiteral(":password_hash"), passwordHash);
    if (Error error = insert.exec())
        return error;
    if (!insert.next())
        return Error(ErrorCode::DatabaseError, QStringLiteral("INSERT RETURNING gave no id"));
    return insert.value(QStringLiteral("id")).toLongLong();
}

Result<Agent> AgentRepository::findByLogin(const QString& login) const
{
    SqlQuery query(m_db);
    if (Error error = query.prepare(QStringLiteral("SELECT ") + agentColumns(m_db)
                                    + QStringLiteral(" FROM agents WHERE login = :login")))
        return error;
    query.bind(QStringLiteral(":login"), login.trimmed());
    return readOne(query);
}

Result<Agent> AgentRepository::findById(qint64 id) const
{
    SqlQuery query(m_db);
    if (Error error
        = query.prepare(QStringLiteral("SELECT ") + agentColumns(m_db) + QStringLiteral(" FROM agents WHERE id = :id")))
        return error;
    query.bind(QStringLiteral(":id"), id);
    return readOne(query);
}

Result<bool> AgentRepository::isActive(qint64 id) const
{
    SqlQuery query(m_db);
    if (Error error = query.prepare(QStringLiteral("SELECT active FROM agents WHERE id = :id")))
        return error;
    query.bind(QStringLiteral(":id"), id);
    if (Error error = query.exec())
        return error;
    if (!query.next())
        return Error(ErrorCode::NotFound);
    return query.value(QStringLiteral("active")).toBool();
}

Result<Agent> AgentRepository::readOne(SqlQuery& query)
{
    if (Error error = query.exec())
        return error;
    if (!query.next())
        return Error(ErrorCode::NotFound);
    Agent agent;
    agent.id = query.value(QStringLiteral("id")).toLongLong();
    agent.login = query.value(QStringLiteral("login")).toString();
    agent.displayName = query.value(QStringLiteral("display_name")).toString();
    if (!Agent::parseRole(query.value(QStringLiteral("role")).toString(), &agent.role))
        return Error(ErrorCode::DatabaseError, QStringLiteral("unknown agent role"));
    agent.passwordHash = query.value(QStringLiteral("password_hash")).toString();
    agent.active = query.value(QStringLiteral("active")).toBool();
    agent.failedLogins = query.value(QStringLiteral("failed_logins")).toInt();
    agent.firstFailedAt = SqlDialect::toDateTime(query.value(QStringLiteral("first_failed_at")));
    agent.lockedUntil = SqlDialect::toDateTime(query.value(QStringLiteral("locked_until")));
    agent.version = query.value(QStringLiteral("version")).toInt();
    return agent;
}

Result<Agent> AgentRepository::recordFailedLogin(qint64 id, const QDateTime& windowStart, const QDateTime& now)
{
    // Every SET reads the row as it was: the window restarts when its first failure is too old.
    SqlQuery update(m_db);
    if (Error error = update.prepare(
            QStringLiteral("UPDATE agents SET"
                           " failed_logins = CASE WHEN first_failed_at IS NULL OR first_failed_at < :start"
                           " THEN 1 ELSE failed_logins + 1 END,"
                           " first_failed_at = CASE WHEN first_failed_at IS NULL OR first_failed_at < :start2"
                           " THEN :now ELSE first_failed_at END,"
                           " version = version + 1 WHERE id = :id"
                           " RETURNING ")
            + agentColumns(m_db)))
        return error;
    const SqlDialect dialect = SqlQuery::dialectOf(m_db);
    update.bind(QStringLiteral(":start"), dialect.toSql(windowStart));
    update.bind(QStringLiteral(":start2"), dialect.toSql(windowStart));
    update.bind(QStringLiteral(":now"), dialect.toSql(now));
    update.bind(QStringLiteral(":id"), id);
    return readOne(update);
}

Result<Agent> AgentRepository::lockUntil(qint64 id, const QDateTime& until)
{
    SqlQuery update(m_db);
    if (Error error = update.prepare(
            QStringLiteral("UPDATE agents SET locked_until = :until, failed_logins = 0, first_failed_at = NULL,"
                           " version = version + 1 WHERE id = :id RETURNING ")
            + agentColumns(m_db)))
        return error;
    update.bind(QStringLiteral(":until"), SqlQuery::dialectOf(m_db).toSql(until));
    update.bind(QStringLiteral(":id"), id);
    return readOne(update);
}

Error AgentRepository::recordSuccessfulLogin(qint64 id, const QDateTime& now)
{
    SqlQuery update(m_db);
    if (Error error = update.prepare(QStringLiteral(
            "UPDATE agents SET failed_logins = 0, first_failed_at = NULL, locked_until = NULL, last_login_at = :now,"
            " version = version + 1 WHERE id = :id")))
        return error;
    update.bind(QStringLiteral(":now"), SqlQuery::dialectOf(m_db).toSql(now));
    update.bind(QStringLiteral(":id"), id);
    return update.exec();
}

Error AgentRepository::setActive(qint64 id, bool active, const QDateTime& now)
{
    SqlQuery update(m_db);
    if (active) {
        if (Error error = update.prepare(QStringLiteral("UPDATE agents SET active = :active, failed_logins = 0,"
                                                        " first_failed_at = NULL, locked_until = NULL, disabled_at = "
                                                        "NULL, version = version + 1 WHERE id = :id")))
            return error;
    } else {
        if (Error error = update.prepare(QStringLiteral("UPDATE agents SET active = :active, disabled_at = :now,"
                                                        " version = version + 1 WHERE id = :id")))
            return error;
        update.bind(QStringLiteral(":now"), SqlQuery::dialectOf(m_db).toSql(now));
    }
    update.bind(QStringLiteral(":active"), active);
    update.bind(QStringLiteral(":id"), id);
    if (Error error = update.exec())
        return error;
    return update.numRowsAffected() == 1 ? Error() : Error(ErrorCode::NotFound);
}
