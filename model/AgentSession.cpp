#include "AgentSession.h"

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
        return role == Agent::Role::Admin;
    }
    return false;
}
