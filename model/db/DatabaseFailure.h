#pragma once

#include "core/Error.h"
#include "db/DatabaseUrl.h"

#include <QString>

class QSqlError;

// Says why the database refused: turns libpq's and the server's words (a failed connection has no
// SQLSTATE) or a statement's SQLSTATE into an ErrorCode that the desk, guichetctl and the settings
// test can each put into words. The detail keeps the server's first line: it names the host, the
// login or the database, never a caller's data. Words it does not recognise (another language, a
// newer libpq) stay DatabaseUnavailable, with the same detail.
class DatabaseFailure
{
public:
    // A connection that did not open: libpq's message (PQerrorMessage, as QPSQL reports it).
    static Error fromConnect(const QString& message, const DatabaseUrl& url);
    // A statement that failed on an open connection: its SQLSTATE (PostgreSQL) or SQLite result
    // code decides; ErrorCode::None when it is none of the database's own refusals.
    static ErrorCode fromStatement(bool postgreSql, const QSqlError& error);
    // PostgreSQL: the session is gone (the server restarted, a backend was terminated, the network
    // dropped). QPSQL's isOpen() stays true after it: SqlQuery closes the connection so that the
    // next Database::connection() opens a new one.
    static bool isConnectionLost(const QSqlError& error);
};
