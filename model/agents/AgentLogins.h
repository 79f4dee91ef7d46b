#pragma once

#include "agents/AgentSession.h"
#include "core/Error.h"
#include "db/DatabaseUrl.h"

#include <QSqlDatabase>
#include <QString>

class AgentAuthService;
class Database;

// Each agent's own PostgreSQL login (migration 013), named "<login>@<database>" and member of the
// group of the agent's role (roles.sql, groups.sql): the desk connects as the agent, so the server
// checks the password (SCRAM) and applies the agent's privileges to every statement, and the
// audit's db_user names the agent. The desk's connection profile then names a gate login (group
// guichet_gate), which may only read the schema's version and record a failed sign-in.
//
// Why the sign-in itself is the PostgreSQL authentication, rather than a password kept for each
// agent in the workstation's keychain: nothing of the agent's is stored on a desk that many agents
// share, an agent can sign in at any desk, and disabling an agent takes effect at the server.
//
// SQLite (the single-desk mode) has no logins: the application alone enforces the roles there.
class AgentLogins
{
public:
    enum class Mode {
        SharedLogin, // the profile's login serves every agent (SQLite, the owner, the legacy guichet_desk)
        AgentLogins, // the profile's login is a gate: each agent connects as their own login
    };

    // How desks sign in on this database, seen from the login that opened it.
    static Result<Mode> mode(Database& database);

    // The database login of an agent: "<login>@<database>".
    static QString roleName(const QString& login, const QString& databaseName);
    // The agent's own connection: the gate's server and options, the agent's login and password.
    static DatabaseUrl agentUrl(const DatabaseUrl& gate, const QString& login, const QString& password);

    // On PostgreSQL, inside the transaction that adds the agent: creates the agent's login in the
    // group of its role, with a SCRAM verifier computed here (the password is in no statement).
    // Nothing on SQLite. Forbidden for a login that is not an admin's; InvalidInput for a login
    // too long for a database login (63 bytes with "@<database>").
    static Error create(QSqlDatabase& db, const QString& login, const QString& password);

    // The desk's sign-in in AgentLogins mode. The agent's login and password open a connection to
    // the server: when it accepts them, AgentAuthService signs the agent in over that connection
    // (the role, the lock, the audit, as in the shared mode) and *agentUrl is the URL the desk then
    // works through. When the server refuses them (wrong password, unknown or disabled login: it
    // says the same for all three), the attempt is made through the gate, which can read no hash:
    // it fails there, counts toward the login's lock and is audited, with the same answer and about
    // the same time as any other refusal. Any other failure (the server unreachable) is returned.
    static Result<AgentSession> signIn(AgentAuthService& gate, const DatabaseUrl& gateUrl, const QString& login,
                                       const QString& password, const QString& workstation, DatabaseUrl* agentUrl);
};
