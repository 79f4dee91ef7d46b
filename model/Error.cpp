#include "Error.h"

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
    }
    return QStringLiteral("unknown");
}
