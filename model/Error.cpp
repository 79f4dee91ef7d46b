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
    }
    return QStringLiteral("unknown");
}
