#include "core/Error.h"

QString Error::codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return QStringLiteral("none");
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid_input");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::Duplicate:
        return QStringLiteral("duplicate");
    case ErrorCode::DatabaseUnavailable:
        return QStringLiteral("database_unavailable");
    case ErrorCode::DatabaseError:
        return QStringLiteral("database_error");
    case ErrorCode::SchemaTooNew:
        return QStringLiteral("schema_too_new");
    case ErrorCode::Busy:
        return QStringLiteral("busy");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::Forbidden:
        return QStringLiteral("forbidden");
    case ErrorCode::NotVerified:
        return QStringLiteral("not_verified");
    case ErrorCode::Unauthenticated:
        return QStringLiteral("unauthenticated");
    case ErrorCode::AgentDisabled:
        return QStringLiteral("agent_disabled");
    case ErrorCode::CallNotOpen:
        return QStringLiteral("call_not_open");
    case ErrorCode::NothingLookedUp:
        return QStringLiteral("nothing_looked_up");
    case ErrorCode::VerificationExhausted:
        return QStringLiteral("verification_exhausted");
    case ErrorCode::NoAccount:
        return QStringLiteral("no_account");
    case ErrorCode::NotLocked:
        return QStringLiteral("not_locked");
    case ErrorCode::ProvisionalNir:
        return QStringLiteral("provisional_nir");
    case ErrorCode::AlreadyCertified:
        return QStringLiteral("already_certified");
    case ErrorCode::NotInRegister:
        return QStringLiteral("not_in_register");
    case ErrorCode::RegisterMismatch:
        return QStringLiteral("register_mismatch");
    case ErrorCode::NoPendingChange:
        return QStringLiteral("no_pending_change");
    case ErrorCode::CodeNotSent:
        return QStringLiteral("code_not_sent");
    case ErrorCode::CodeExpired:
        return QStringLiteral("code_expired");
    case ErrorCode::WrongCode:
        return QStringLiteral("wrong_code");
    case ErrorCode::CodeAttemptsExhausted:
        return QStringLiteral("code_attempts_exhausted");
    case ErrorCode::IdempotencyKeyReused:
        return QStringLiteral("idempotency_key_reused");
    case ErrorCode::MailRelayRefused:
        return QStringLiteral("mail_relay_refused");
    case ErrorCode::DeliveryFailed:
        return QStringLiteral("delivery_failed");
    case ErrorCode::PasswordFileUnreadable:
        return QStringLiteral("password_file_unreadable");
    case ErrorCode::DatabaseAuthenticationFailed:
        return QStringLiteral("database_authentication_failed");
    case ErrorCode::DatabaseCertificateInvalid:
        return QStringLiteral("database_certificate_invalid");
    case ErrorCode::DatabaseUnreachable:
        return QStringLiteral("database_unreachable");
    case ErrorCode::DatabaseBadOption:
        return QStringLiteral("database_bad_option");
    case ErrorCode::DatabasePermissionDenied:
        return QStringLiteral("database_permission_denied");
    case ErrorCode::DatabaseMissing:
        return QStringLiteral("database_missing");
    case ErrorCode::SchemaUpgradeNeeded:
        return QStringLiteral("schema_upgrade_needed");
    case ErrorCode::SchemaOwnerRequired:
        return QStringLiteral("schema_owner_required");
    case ErrorCode::DatabaseFileMissing:
        return QStringLiteral("database_file_missing");
    case ErrorCode::DatabaseFileReadOnly:
        return QStringLiteral("database_file_read_only");
    case ErrorCode::DatabaseFileCorrupt:
        return QStringLiteral("database_file_corrupt");
    case ErrorCode::IdentityChecksLimited:
        return QStringLiteral("identity_checks_limited");
    case ErrorCode::ApprovalRequired:
        return QStringLiteral("approval_required");
    case ErrorCode::ChangeWaitingPeriod:
        return QStringLiteral("change_waiting_period");
    case ErrorCode::ChangeRefusedByOwner:
        return QStringLiteral("change_refused_by_owner");
    case ErrorCode::AuditKeyUnavailable:
        return QStringLiteral("audit_key_unavailable");
    case ErrorCode::CheckpointUnreadable:
        return QStringLiteral("checkpoint_unreadable");
    case ErrorCode::ConnectionLost:
        return QStringLiteral("connection_lost");
    case ErrorCode::OutcomeUnknown:
        return QStringLiteral("outcome_unknown");
    }
    return QStringLiteral("unknown");
}

bool Error::isDatabaseFailure(ErrorCode code)
{
    switch (code) {
    case ErrorCode::DatabaseUnavailable:
    case ErrorCode::DatabaseError:
    case ErrorCode::Busy:
    case ErrorCode::DatabaseAuthenticationFailed:
    case ErrorCode::DatabaseCertificateInvalid:
    case ErrorCode::DatabaseUnreachable:
    case ErrorCode::DatabaseBadOption:
    case ErrorCode::DatabasePermissionDenied:
    case ErrorCode::DatabaseMissing:
    case ErrorCode::SchemaUpgradeNeeded:
    case ErrorCode::SchemaOwnerRequired:
    case ErrorCode::SchemaTooNew:
    case ErrorCode::DatabaseFileMissing:
    case ErrorCode::DatabaseFileReadOnly:
    case ErrorCode::DatabaseFileCorrupt:
    case ErrorCode::ConnectionLost:
    case ErrorCode::OutcomeUnknown:
        return true;
    default:
        return false;
    }
}
