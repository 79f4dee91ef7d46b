#pragma once

#include "agents/AgentRepository.h"
#include "audit/AuditAction.h"
#include "audit/AuditLog.h"

#include <QString>

// Who is at the desk: established by AgentAuthService::signIn, never by a value a caller passes
// in. Every service takes it to check the role and to sign its audit events.
struct AgentSession
{
    enum class Permission {
        TakeCalls, // look up, verify, unlock, reissue, correct e-mail
        CertifyNir, // supervisors by default
        BulkUnlock, // supervisors
        ReviewHistory, // lockout history, audit trail, statistics, export
        ManageAgents, // admins
        PurgeData, // admins: retention purge of login attempts and consultations
    };

    qint64 agentId = 0;
    QString login;
    QString displayName;
    Agent::Role role = Agent::Role::Agent;
    QString workstation;

    bool isValid() const { return agentId > 0; }
    bool can(Permission permission) const;
    QString roleName() const { return Agent::roleName(role); }

    // An audit event signed by this session (or by "guichetctl" for the command line's bootstrap
    // session, which has no agent); the action comes from the catalogue, never a free string.
    AuditEntry auditEntry(AuditAction action, qint64 callId, qint64 accountId, const QString& outcome,
                          const QString& reason = {}) const;
};
