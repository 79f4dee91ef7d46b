#include "agents/AgentSession.h"

#include <QSysInfo>

bool AgentSession::can(Permission permission) const
{
    if (!isValid())
        return false;
    switch (permission) {
    case Permission::TakeCalls:
        return true;
    case Permission::CertifyNir:
    case Permission::BulkUnlock:
    case Permission::ReviewHistory:
        return role == Agent::Role::Supervisor || role == Agent::Role::Admin;
    case Permission::ManageAgents:
    case Permission::PurgeData:
        return role == Agent::Role::Admin;
    }
    return false;
}

AuditEntry AgentSession::auditEntry(AuditAction action, qint64 callId, qint64 accountId, const QString& outcome,
                                    const QString& reason) const
{
    AuditEntry entry;
    entry.agentId = agentId;
    entry.agentLogin = isValid() ? login : QStringLiteral("guichetctl");
    entry.agentRole = isValid() ? roleName() : QStringLiteral("admin");
    entry.workstation = isValid() ? workstation : QSysInfo::machineHostName();
    entry.action = AuditActions::code(action);
    entry.callId = callId;
    entry.accountId = accountId;
    entry.outcome = outcome;
    entry.reason = reason;
    return entry;
}
