#pragma once

#include "AgentRepository.h"
#include "AgentSession.h"
#include "Error.h"

class Database;

// Signs agents in and manages their logins. Passwords are Argon2id; 5 wrong passwords in a row
// disable a login until an admin re-enables it. Sign-ins, failures and changes are audited.
// Synchronous (hashing costs ~0.1 s): call it off the UI thread.
class AgentAuthService
{
public:
    explicit AgentAuthService(Database& database);

    // Unauthenticated for an unknown login or a wrong password (indistinguishable, and as slow),
    // AgentDisabled for a disabled login (also on the failure that disables it).
    Result<AgentSession> signIn(const QString& login, const QString& password, const QString& workstation);

    // Administration. actor is the admin's session, or an empty session for the command-line
    // bootstrap (audited as "guichetctl"). InvalidInput when the password breaks PasswordPolicy.
    Result<qint64> addAgent(const AgentSession& actor, const QString& login, const QString& displayName,
                            Agent::Role role, const QString& password);
    Error setAgentActive(const AgentSession& actor, const QString& login, bool active);

    static QString workstationName();

private:
    Database& m_database;
};
