#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class QSqlQuery;
class SqlitePrepared;

// The statements prepared on each connection, kept for as long as the connection lives, so that
// running the same SQL again does not prepare it again. Keyed by connection name (one per thread,
// Database): an SQLite statement is a prepared QSqlQuery, taken out while a SqlQuery uses it (two
// live SqlQuery objects never share a cursor) and given back, finished, when it is done; a
// PostgreSQL statement is the name of a server-side prepared statement (PgStatement), shared.
//
// forget() drops what a connection had: Database calls it when it closes a connection or finds it
// lost, so that a reopened connection never sees a statement of the old session. A connection
// whose driver was replaced or reopened behind our back is detected (driver and handle) as well.
class StatementCache
{
public:
    struct PgPrepared
    {
        QByteArray name; // g_<n>, unique on its connection
        QStringList parameters; // the placeholder names, in $1..$n order
    };

    // SQLite: a prepared statement for sql, or nullptr (the caller prepares one and gives it back).
    static std::unique_ptr<QSqlQuery> take(const QSqlDatabase& db, const QString& sql);
    static void giveBack(const QSqlDatabase& db, const QString& sql, std::unique_ptr<QSqlQuery> query,
                         quint64 generation);
    // SQLite through sqlite3's C API (SqliteStatement): a prepared statement for sql, or nullptr (the
    // caller prepares one, registers it with addSqlite and gives it back, reset, when done). Every
    // statement registered is finalized by forget(), even one still lent, before the connection
    // closes: QSQLite's close() fails while a statement it does not know of is alive.
    static std::shared_ptr<SqlitePrepared> takeSqlite(const QSqlDatabase& db, const QString& sql);
    static void addSqlite(const QSqlDatabase& db, const std::shared_ptr<SqlitePrepared>& prepared);
    static void giveBackSqlite(const QSqlDatabase& db, const QString& sql, std::shared_ptr<SqlitePrepared> prepared,
                               quint64 generation);
    // The connection's current generation: a statement taken before forget() is not given back.
    static quint64 generation(const QSqlDatabase& db);

    // At most this many SQL texts per connection: a statement beyond them is not kept (SQLite) or
    // runs unnamed, parsed each time (PostgreSQL), so that text built at run time cannot grow it.
    static constexpr int MaxStatements = 500;
    static bool pgFull(const QSqlDatabase& db);

    // PostgreSQL: the prepared statement for sql, if this session has one.
    static bool findPg(const QSqlDatabase& db, const QString& sql, PgPrepared* prepared);
    static QByteArray nextPgName(const QSqlDatabase& db);
    static void addPg(const QSqlDatabase& db, const QString& sql, const PgPrepared& prepared);
    static void removePg(const QSqlDatabase& db, const QString& sql);

    // Counts a statement prepared on the connection (a test hook: Database::preparedStatementCount).
    static void countPrepared(const QSqlDatabase& db);
    static int preparedCount(const QString& connectionName);
    // How many statements the connection keeps (SQLite: those not in use).
    static int size(const QString& connectionName);

    static void forget(const QString& connectionName);
};
