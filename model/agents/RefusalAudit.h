#pragma once

#include "agents/AgentSession.h"
#include "audit/AuditAction.h"
#include "core/Error.h"

class Database;

// The one way a service audits a refusal of what a session asked (Forbidden, Unauthenticated,
// CallNotOpen…): one event with the action asked, outcome = the ErrorCode's name
// (Error::codeName), no reason, the call and its account when known, written in its own
// transaction after the refused one rolled back. A database failure is not a refusal and leaves
// no event. A request without a session (or signed out) is audited too, signed by nobody (no
// agent, empty login and role). If the audit write itself fails, it is logged and the refusal is
// still what the caller gets: record() returns error unchanged.
class RefusalAudit
{
public:
    // callId > 0 and accountId == 0: the account is the one this session's call looked up, if any.
    static Error record(Database& database, const AgentSession& session, AuditAction action, const Error& error,
                        qint64 callId = 0, qint64 accountId = 0);

    // Whether record() writes an event for this error (a refusal, not a database failure).
    static bool isRefusal(const Error& error);
};
