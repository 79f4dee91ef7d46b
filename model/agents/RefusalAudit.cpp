#include "agents/RefusalAudit.h"

#include "agents/CallRepository.h"
#include "audit/AuditLog.h"
#include "core/Logging.h"
#include "db/Database.h"

bool RefusalAudit::isRefusal(const Error& error)
{
    return error && !Error::isDatabaseFailure(error.code());
}

Error RefusalAudit::record(Database& database, const AgentSession& session, AuditAction action, const Error& error,
                           qint64 callId, qint64 accountId)
{
    if (!isRefusal(error))
        return error;
    const Error audit = database.write([&](QSqlDatabase& db) -> Error {
        AuditEntry entry = session.auditEntry(action, callId, accountId, error.codeName());
        if (!session.isValid()) {
            // Not the command line's bootstrap session acting: nobody is signed in.
            entry.agentLogin.clear();
            entry.agentRole.clear();
        }
        if (entry.accountId == 0 && callId > 0 && session.isValid()) {
            if (const Result<Call> call = CallRepository(db).find(callId); call && call->agentId == session.agentId)
                entry.accountId = call->accountId;
        }
        return AuditLog(db).append(entry).error();
    });
    if (audit)
        qCWarning(lcSql) << "could not audit a refusal:" << audit.codeName();
    return error;
}
