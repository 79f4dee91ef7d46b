#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

class SqlQuery;

// A desk agent. The role decides what the model lets them do.
struct Agent
{
    enum class Role { Agent, Supervisor, Admin };

    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Agent;
    QString passwordHash;
    bool active = true; // false only by an administrator
    int failedLogins = 0; // wrong passwords since firstFailedAt
    QDateTime firstFailedAt; // the first wrong password of the current window (invalid: none)
    QDateTime lockedUntil; // invalid, or the end of a lock after too many wrong passwords
    int version = 0;

    static QString roleName(Role role); // "agent", "supervisor", "admin"
    static bool parseRole(const QString& name, Role* role);
};

class AgentRepository
{
public:
    explicit AgentRepository(const QSqlDatabase& db);

    // Duplicate when the login is taken.
    Result<qint64> add(const QString& login, const QString& displayName, Agent::Role role, const QString& passwordHash);
    Result<Agent> findByLogin(const QString& login) const;
    Result<Agent> findById(qint64 id) const;
    // Whether the agent may act (NotFound when there is none): what every desk action checks, without
    // the rest of the row (and, on PostgreSQL, without asking for the password's hash).
    Result<bool> isActive(qint64 id) const;

    // Counts a wrong password: the count starts again at 1 when the window's first failure is older
    // than windowStart. Returns the agent as stored afterwards. One statement, so that concurrent
    // attempts cannot lose a count (the row stays locked until the caller's transaction ends).
    Result<Agent> recordFailedLogin(qint64 id, const QDateTime& windowStart, const QDateTime& now);
    // Locks the login until `until` and starts the count again.
    Result<Agent> lockUntil(qint64 id, const QDateTime& until);
    Error recordSuccessfulLogin(qint64 id, const QDateTime& now);
    // Disables or re-enables a login (re-enabling also clears the failure count and lifts a lock).
    Error setActive(qint64 id, bool active, const QDateTime& now);

private:
    static Result<Agent> readOne(SqlQuery& query);

    QSqlDatabase m_db;
};
