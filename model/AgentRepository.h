#pragma once

#include "Error.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

// A desk agent. The role decides what the model lets them do.
struct Agent
{
    enum class Role { Agent, Supervisor, Admin };

    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Agent;
    QString passwordHash;
    bool active = true;
    int failedLogins = 0;
    int version = 0;

    static QString roleName(Role role); // "agent", "supervisor", "admin"
    static bool parseRole(const QString& name, Role* role);
};

class AgentRepository
{
public:
    explicit AgentRepository(QSqlDatabase db);

    // Duplicate when the login is taken.
    Result<qint64> add(const QString& login, const QString& displayName, Agent::Role role, const QString& passwordHash);
    Result<Agent> findByLogin(const QString& login) const;

private:
    QSqlDatabase m_db;
};
