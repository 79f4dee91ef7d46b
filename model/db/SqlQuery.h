#pragma once

#include "core/Error.h"
#include "db/SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

class PgStatement;
class SqliteStatement;

// A prepared, forward-only query whose every prepare and exec is checked and turned into an
// Error. Values are bound by name only; statements are never assembled from data.
//
// A statement is prepared once per connection and reused (StatementCache): SQLite keeps the
// sqlite3_stmt run through sqlite3's C API (SqliteStatement; a prepared QSqlQuery when the build
// cannot share QSQLite's libsqlite3), lent to one SqlQuery at a time; PostgreSQL keeps a server-side prepared
// statement, run through libpq with the values out of line (PgStatement), so that no value ever
// reaches the statement text or the server's log.
class SqlQuery
{
public:
    explicit SqlQuery(const QSqlDatabase& db);
    ~SqlQuery();
    SqlQuery(SqlQuery&& other) noexcept;
    SqlQuery& operator=(SqlQuery&&) = delete;
    Q_DISABLE_COPY(SqlQuery)

    Error prepare(const QString& sql);
    void bind(const QString& placeholder, const QVariant& value);
    Error exec();
    // Runs a constant statement that takes no values (DDL, PRAGMA, transaction control, SELECT
    // without parameters). Never pass it text built from data.
    Error exec(const QString& sql);

    bool next();
    QVariant value(const QString& column) const;
    QSqlError lastError() const;
    int numRowsAffected() const;

    // Test hooks: how many statements were prepared on the connection since it opened, and how
    // many it keeps for reuse now.
    static int preparedCount(const QString& connectionName);
    static int cachedCount(const QString& connectionName);

    // Turns a driver error into an Error: Busy when the engine says "try again", Duplicate when a
    // unique index refused the row, ConnectionLost when the session is gone (prepare() and exec()
    // then close the connection: the next Database::connection() opens a new one), DatabaseError
    // otherwise. The detail holds the native code and
    // the driver's primary message (which names constraints, never values).
    static Error toError(const SqlDialect& dialect, const QSqlError& error);
    static SqlDialect dialectOf(const QSqlDatabase& db);
    // The driver's message without the lines that could quote values.
    static QString primaryMessage(const QSqlError& error);

private:
    Error failed();
    void giveBack();
    QString statementLabel() const; // the statement's first words, for the log

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    std::unique_ptr<QSqlQuery> m_query; // SQLite without the direct path, and exec(sql)
    std::unique_ptr<SqliteStatement> m_lite; // SQLite, prepared statements
    std::unique_ptr<PgStatement> m_pg; // PostgreSQL
    QString m_cachedSql; // the cache's key of m_query, empty when m_query is not to be kept
    quint64 m_generation = 0;
    QString m_statement;
};
