#pragma once

#include <QList>
#include <QString>

#include <optional>

// Every kind of event the model writes to the audit trail, in one catalogue. Each has a stable code,
// the one stored in audit_events.action and sealed into the hash chain: a code is never renamed,
// and a new action goes at the END. The model appends events only through it
// (AgentSession::auditEntry and the mail service take an AuditAction); AuditText says each in words.
enum class AuditAction {
    Lookup, // "lookup": a caller looked up by NIR (outcome "ok" or "not_found")
    Verify, // "verify": an identity check (outcome "pass" or "fail")
    Unlock, // "unlock"
    UnlockBulk, // "unlock_bulk": a supervisor's unlock of a list of NIRs
    Reissue, // "reissue": a temporary password reissued
    EmailChange, // "email_change": a change of e-mail address asked (a code sent to the new address)
    EmailConfirm, // "email_confirm": the change confirmed with the code
    Certify, // "certify": a NIR certified against the national register
    CallStart, // "call_start": reason = the call's reason code (CallCatalog)
    CallEnd, // "call_end": reason = the call's outcome code (CallCatalog)
    HistoryList, // "history_list": the lockout history read; reason = the filter (key=value;…)
    HistoryDetail, // "history_detail": one lockout's detail read; reason = "event=<id>"
    Purge, // "purge": the retention purge; reason = "older_than_days=…;login_attempts=…;consultations=…"
    AgentSignIn, // "agent_sign_in": outcome "ok", "wrong_password", "unknown_login" (no agent id, no login: nothing
                 // typed), "login_locked" or "agent_disabled"
    AgentAdd, // "agent_add": reason = the new agent's role
    AgentDisable, // "agent_disable": reason = the agent's login
    AgentEnable, // "agent_enable": reason = the agent's login
    MailSent, // "mail_sent": reason = the mail's kind (OutboxMessage::kindName)
    MailFailed, // "mail_failed": reason = "<kind>: <why>"; outcome "retry", "dead" or "paused"
    MailRequeued, // "mail_requeued": reason = "<kind>: dead, queued again" or "<kind>: due now"; outcome "queued"
    ScreenUnlock, // "screen_unlock": the password typed on the locked screen (outcome "ok" or "wrong_password")
    ScreenLockSignOut, // "screen_lock_sign_out": signed out at the lock screen's limit ("too_many_wrong_passwords")
    AuditList, // "audit_list": the audit trail read (desk or guichetctl); reason = the filter (key=value;…)
    AuditVerify, // "audit_verify": the audit chain checked; reason = "events=…;intact=yes|no"
    Statistics, // "statistics": the call statistics asked (audited when refused)
    SupervisionFlags, // "supervision_flags": the supervision flags asked (audited when refused)
    AgentLocked, // "agent_locked": too many wrong passwords lock the login (PortalPolicy::AgentLockMinutes); reason =
                 // "until=<UTC ISO time>"
    ReissueApprovalRequested, // "reissue_approval_requested": a reissue to an address changed at the desk waits for
                              // a supervisor; reason = "request=<id>"
    ReissueApprovalGranted, // "reissue_approval_granted": a supervisor approved it; reason = "request=<id>"
    EmailChangeRefused, // "email_change_refused": the holder refused the change from the previous address
                        // (portal); the previous address is restored
    IdentityCheckLimit, // "identity_check_limit": a person's failed identity checks, across calls and agents, reached
                        // PortalPolicy::IdentityCheckMaxFailuresPerPerson (outcome "ok", reason "until=<UTC ISO
                        // time>"), or a check of that person refused meanwhile (outcome "identity_checks_limited",
                        // reason "failures=<n>;until=<UTC ISO time>")
    RowChanged, // "row_changed": written by the database itself (PostgreSQL, migration 008) when any login changes an
                // account's address or lock, or an agent's role, password, login or state; agent_login and db_user =
                // that login; reason = "table=accounts;columns=…" or "table=agents;agent=<login>;columns=…"
};

// What became of an audited action, besides a refusal (whose outcome is the ErrorCode's name,
// Error::codeName: "forbidden", "conflict"…). Stable codes, as the actions'.
enum class AuditOutcome {
    Ok, // "ok"
    Pass, // "pass": the identity check passed
    Fail, // "fail": the identity check failed
    WrongPassword, // "wrong_password": an agent's sign-in with a wrong password
    Retry, // "retry": the mail will be tried again
    Dead, // "dead": the mail is given up
    Paused, // "paused": the relay refuses the service itself; delivery paused
    Queued, // "queued": the mail queued again
    TooManyWrongPasswords, // "too_many_wrong_passwords": the lock screen's limit reached
    UnknownLogin, // "unknown_login": an agent's sign-in with a login that does not exist
    LoginLocked, // "login_locked": an agent's sign-in while the login is locked (not checked, not counted)
};

namespace AuditActions {

// Every action, in the catalogue's order.
QList<AuditAction> all();
QString code(AuditAction action);
std::optional<AuditAction> fromCode(const QString& code);

QList<AuditOutcome> outcomes();
QString code(AuditOutcome outcome);
std::optional<AuditOutcome> outcomeFromCode(const QString& code);

} // namespace AuditActions
