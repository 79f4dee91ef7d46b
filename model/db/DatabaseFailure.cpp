#include "db/DatabaseFailure.h"

#include <QRegularExpression>
#include <QSqlError>

namespace {

// libpq's first line says what happened ('connection to server at "h", port p failed: FATAL:
// password authentication failed for user "u"'); the lines after it are hints.
QString firstLine(const QString& message)
{
    return message.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
}

bool containsAny(const QString& text, std::initializer_list<const char*> needles)
{
    for (const char* needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

Error DatabaseFailure::fromConnect(const QString& message, const DatabaseUrl& url)
{
    const QString detail = firstLine(message);
    const QString host = url.hostName();

    // libpq: server certificate for "localhost" (and 1 other name) does not match host name "127.0.0.1"
    static const QRegularExpression mismatch(QStringLiteral(
        "server certificate for \"([^\"]*)\"( \\(and \\d+ other names?\\))? does not match host name \"([^\"]*)\""));
    if (const QRegularExpressionMatch match = mismatch.match(message); match.hasMatch()) {
        Error error(ErrorCode::DatabaseCertificateInvalid, detail);
        error.withContext(QStringLiteral("reason"), QStringLiteral("host_name"));
        error.withContext(QStringLiteral("expected_host"), match.captured(3));
        error.withContext(QStringLiteral("certificate_names"), QString(match.captured(1) + match.captured(2)));
        return error;
    }
    if (containsAny(message,
                    {"certificate verify failed", "could not get server's host name from server certificate",
                     "server certificate for", "certificate has expired", "self-signed certificate",
                     "self signed certificate", "unable to get local issuer certificate"})) {
        Error error(ErrorCode::DatabaseCertificateInvalid, detail);
        error.withContext(QStringLiteral("reason"), QStringLiteral("not_trusted"));
        error.withContext(QStringLiteral("expected_host"), host);
        return error;
    }
    if (containsAny(message,
                    {"password authentication failed", "no password supplied", "no pg_hba.conf entry",
                     "authentication failed for user", "pg_hba.conf rejects", "role \""})
        && !message.contains(QLatin1String("permission denied"), Qt::CaseInsensitive))
        return Error(ErrorCode::DatabaseAuthenticationFailed, detail);
    if (message.contains(QLatin1String("permission denied for database"), Qt::CaseInsensitive)
        || message.contains(QLatin1String("not permitted to log in"), Qt::CaseInsensitive))
        return Error(ErrorCode::DatabasePermissionDenied, detail);
    static const QRegularExpression missing(QStringLiteral("database \"[^\"]*\" does not exist"));
    if (missing.match(message).hasMatch())
        return Error(ErrorCode::DatabaseMissing, detail);
    if (containsAny(message,
                    {"invalid connection option", "invalid sslmode value", "invalid integer value",
                     "root certificate file", "could not open certificate file", "could not read certificate file",
                     "could not load private key file", "private key file", "certificate present, but not private key",
                     "is not valid with", "invalid port number"}))
        return Error(ErrorCode::DatabaseBadOption, detail);
    if (containsAny(message,
                    {"could not connect to server", "Connection refused", "could not translate host name",
                     "timeout expired", "No route to host", "Network is unreachable", "Is the server running",
                     "server closed the connection unexpectedly", "Name or service not known"}))
        return Error(ErrorCode::DatabaseUnreachable, detail);
    return Error(ErrorCode::DatabaseUnavailable, detail);
}

ErrorCode DatabaseFailure::fromStatement(bool postgreSql, const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    if (postgreSql) {
        if (code == QLatin1String("42501")) // insufficient_privilege
            return ErrorCode::DatabasePermissionDenied;
        if (isConnectionLost(error))
            return ErrorCode::ConnectionLost;
        return ErrorCode::None;
    }
    bool ok = false;
    const int result = code.toInt(&ok);
    if (ok && (result & 0xff) == 8) // SQLITE_READONLY and its extended codes
        return ErrorCode::DatabasePermissionDenied;
    return ErrorCode::None;
}

bool DatabaseFailure::isConnectionLost(const QSqlError& error)
{
    // Class 08 (connection exception) and the server going away (57P01 admin shutdown, 57P02 crash
    // shutdown, 57P03 cannot connect now). A socket that closed under libpq has no SQLSTATE at all:
    // libpq's own words then.
    const QString code = error.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") || code == QLatin1String("57P02")
        || code == QLatin1String("57P03"))
        return true;
    const QString message = error.databaseText() + QLatin1Char('\n') + error.driverText();
    return containsAny(message,
                       {"server closed the connection unexpectedly", "no connection to the server",
                        "terminating connection", "could not receive data from server", "could not send data to server",
                        "connection to server was lost", "SSL SYSCALL error", "SSL connection has been closed"});
}
