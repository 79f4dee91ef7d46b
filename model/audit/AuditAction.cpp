#include "audit/AuditAction.h"

namespace AuditActions {

QList<AuditAction> all()
{
    return {AuditAction::Lookup,
            AuditAction::Verify,
            AuditAction::Unlock,
            AuditAction::UnlockBulk,
            AuditAction::Reissue,
            AuditAction::EmailChange,
            AuditAction::EmailConfirm,
            AuditAction::Certify,
            AuditAction::CallStart,
            AuditAction::CallEnd,
            AuditAction::HistoryList,
            AuditAction::HistoryDetail,
            AuditAction::Purge,
            AuditAction::AgentSignIn,
            AuditAction::AgentAdd,
            AuditAction::AgentDisable,
            AuditAction::AgentEnable,
            AuditAction::MailSent,
            AuditAction::MailFailed,
            AuditAction::MailRequeued,
            AuditAction::ScreenUnlock,
            AuditAction::ScreenLockSignOut,
            AuditAction::AuditList,
            AuditAction::AuditVerify,
            AuditAction::Statistics,
            AuditAction::SupervisionFlags,
            AuditAction::AgentLocked,
            AuditAction::ReissueApprovalRequested,
            AuditAction::ReissueApprovalGranted,
            AuditAction::EmailChangeRefused,
            AuditAction::IdentityCheckLimit,
            AuditAction::RowChanged};
}

QString code(AuditAction action)
{
    switch (action) {
    case AuditAction::Lookup:
        return QStringLiteral("lookup");
    case AuditAction::Verify:
        return QStringLiteral("verify");
    case AuditAction::Unlock:
        return QStringLiteral("unlock");
    case AuditAction::UnlockBulk:
        return QStringLiteral("unlock_bulk");
    case AuditAction::Reissue:
        return QStringLiteral("reissue");
    case AuditAction::EmailChange:
        return QStringLiteral("email_change");
    case AuditAction::EmailConfirm:
        return QStringLiteral("email_confirm");
    case AuditAction::Certify:
        return QStringLiteral("certify");
    case AuditAction::CallStart:
        return QStringLiteral("call_start");
    case AuditAction::CallEnd:
        return QStringLiteral("call_end");
    case AuditAction::HistoryList:
        return QStringLiteral("history_list");
    case AuditAction::HistoryDetail:
        return QStringLiteral("history_detail");
    case AuditAction::Purge:
        return QStringLiteral("purge");
    case AuditAction::AgentSignIn:
        return QStringLiteral("agent_sign_in");
    case AuditAction::AgentAdd:
        return QStringLiteral("agent_add");
    case AuditAction::AgentDisable:
        return QStringLiteral("agent_disable");
    case AuditAction::AgentEnable:
        return QStringLiteral("agent_enable");
    case AuditAction::MailSent:
        return QStringLiteral("mail_sent");
    case AuditAction::MailFailed:
        return QStringLiteral("mail_failed");
    case AuditAction::MailRequeued:
        return QStringLiteral("mail_requeued");
    case AuditAction::ScreenUnlock:
        return QStringLiteral("screen_unlock");
    case AuditAction::AuditList:
        return QStringLiteral("audit_list");
    case AuditAction::AuditVerify:
        return QStringLiteral("audit_verify");
    case AuditAction::Statistics:
        return QStringLiteral("statistics");
    case AuditAction::SupervisionFlags:
        return QStringLiteral("supervision_flags");
    case AuditAction::ScreenLockSignOut:
        return QStringLiteral("screen_lock_sign_out");
    case AuditAction::AgentLocked:
        return QStringLiteral("agent_locked");
    case AuditAction::ReissueApprovalRequested:
        return QStringLiteral("reissue_approval_requested");
    case AuditAction::ReissueApprovalGranted:
        return QStringLiteral("reissue_approval_granted");
    case AuditAction::EmailChangeRefused:
        return QStringLiteral("email_change_refused");
    case AuditAction::IdentityCheckLimit:
        return QStringLiteral("identity_check_limit");
    case AuditAction::RowChanged:
        return QStringLiteral("row_changed");
    }
    return {};
}

std::optional<AuditAction> fromCode(const QString& code)
{
    const QList<AuditAction> actions = all();
    for (const AuditAction action : actions) {
        if (AuditActions::code(action) == code)
            return action;
    }
    return std::nullopt;
}

QList<AuditOutcome> outcomes()
{
    return {AuditOutcome::Ok,
            AuditOutcome::Pass,
            AuditOutcome::Fail,
            AuditOutcome::WrongPassword,
            AuditOutcome::Retry,
            AuditOutcome::Dead,
            AuditOutcome::Paused,
            AuditOutcome::Queued,
            AuditOutcome::TooManyWrongPasswords,
            AuditOutcome::UnknownLogin,
            AuditOutcome::LoginLocked};
}

QString code(AuditOutcome outcome)
{
    switch (outcome) {
    case AuditOutcome::Ok:
        return QStringLiteral("ok");
    case AuditOutcome::Pass:
        return QStringLiteral("pass");
    case AuditOutcome::Fail:
        return QStringLiteral("fail");
    case AuditOutcome::WrongPassword:
        return QStringLiteral("wrong_password");
    case AuditOutcome::Retry:
        return QStringLiteral("retry");
    case AuditOutcome::Dead:
        return QStringLiteral("dead");
    case AuditOutcome::Paused:
        return QStringLiteral("paused");
    case AuditOutcome::Queued:
        return QStringLiteral("queued");
    case AuditOutcome::TooManyWrongPasswords:
        return QStringLiteral("too_many_wrong_passwords");
    case AuditOutcome::UnknownLogin:
        return QStringLiteral("unknown_login");
    case AuditOutcome::LoginLocked:
        return QStringLiteral("login_locked");
    }
    return {};
}

std::optional<AuditOutcome> outcomeFromCode(const QString& code)
{
    const QList<AuditOutcome> all = outcomes();
    for (const AuditOutcome outcome : all) {
        if (AuditActions::code(outcome) == code)
            return outcome;
    }
    return std::nullopt;
}

} // namespace AuditActions
