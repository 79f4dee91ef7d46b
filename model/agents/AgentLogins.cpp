#include "agents/AgentLogins.h"

#include "agents/AgentAuthService.h"
#include "core/ScramVerifier.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

Result<AgentLogins::Mode> AgentLogins::mode(Database& database)
{
    if (!database.dialect().isPostgreSql())
        return Mode::SharedLogin;
    Result<QSqlDatabase> db = database.connection();
    if (!db)
        return db.error();
    SqlQuery query(db.value());
    if (Error e = query.exec(QStringLiteral("SELECT guichet_sign_in_mode() AS mode")))
        return e;
    if (!query.next())
        return Error(ErrorCode::DatabaseError, QStringLiteral("guichet_sign_in_mode returned no row"));
    return query.value(QStringLiteral("mode")).toString() == QLatin1String("agent_logins") ? Mode::AgentLogins
                                                                                           : Mode::SharedLogin;
}

QString AgentLogins::roleName(const QString& login, const QString& databaseName)
{
    return login + QLatin1Char('@') + databaseName;
}

DatabaseUrl AgentLogins::agentUrl(const DatabaseUrl& gate, const QString& login, const QString& password)
{
    return gate.withUser(roleName(login, gate.databaseName()), password);
}

Error AgentLogins::create(QSqlDatabase& db, const QString& login, const QString& password)
{
    if (!SqlQuery::dialectOf(db).isPostgreSql())
        return {};
    if (roleName(login, db.databaseName()).toUtf8().size() > 63)
        return Error(ErrorCode::InvalidInput, QStringLiteral("login too long for a database login"));
    const QString verifier = ScramVerifier::make(password);
    if (verifier.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("empty password"));
    SqlQuery query(db);
    if (Error e = query.prepare(QStringLiteral("SELECT guichet_create_agent_login(:login, :verifier) AS role")))
        return e;
    query.bind(QStringLiteral(":login"), login);
    query.bind(QStringLiteral(":verifier"), verifier);
    if (Error e = query.exec())
        return e.code() == ErrorCode::DatabasePermissionDenied ? Error(ErrorCode::Forbidden, e.detail()) : e;
    return {};
}

Result<AgentSession> AgentLogins::signIn(AgentAuthService& gate, const DatabaseUrl& gateUrl, const QString& login,
                                         const QString& password, const QString& workstation, DatabaseUrl* agentUrl)
{
    const DatabaseUrl url = AgentLogins::agentUrl(gateUrl, login, password);
    Result<AgentSession> session = Error(ErrorCode::Unauthenticated);
    bool refused = false;
    {
        // The trial connection lives on this thread only as long as the sign-in.
        Database own(url, Database::Creation::MustExist);
        const Result<QSqlDatabase> connection = own.connection();
        if (connection) {
            session = AgentAuthService(own).signIn(login, password, workstation);
        } else if (connection.error().code() == ErrorCode::DatabaseAuthenticationFailed) {
            refused = true;
        } else {
            return connection.error();
        }
    }
    if (refused)
        return gate.signIn(login, password, workstation);
    if (session && agentUrl)
        *agentUrl = url;
    return session;
}
