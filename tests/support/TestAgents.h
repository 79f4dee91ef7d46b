#pragma once

#include "agents/AgentRepository.h"
#include "agents/AgentSession.h"

#include <QString>

class Database;

// Agents for the supervision tests, stored directly (no Argon2id sign-in: the services read only
// the session's fields), with the session a sign-in would give them.
namespace TestAgents {

AgentSession addAgent(Database& database, const QString& login, const QString& name, Agent::Role role);

inline AgentSession addAgent(Database& database, const QString& login, Agent::Role role = Agent::Role::Agent)
{
    return addAgent(database, login, login, role);
}

} // namespace TestAgents
