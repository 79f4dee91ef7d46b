#include "support/TestAgents.h"

#include "db/Database.h"

AgentSession TestAgents::addAgent(Database& database, const QString& login, const QString& name, Agent::Role role)
{
    AgentSession session;
    const Error error = database.write([&](QSqlDatabase& db) -> Error {
        // A hash no password verifies: these agents never sign in.
        const Result<qint64> id = AgentRepository(db).add(login, name, role, QStringLiteral("$argon2id$unused"));
        if (!id)
            return id.error();
        session.agentId = id.value();
        return {};
    });
    if (error)
        return {};
    session.login = login;
    session.displayName = name;
    session.role = role;
    session.workstation = QStringLiteral("desk-") + login;
    return session;
}
