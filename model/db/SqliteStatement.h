#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// One statement prepared on an SQLite connection (sqlite3_prepare_v3, persistent), with its
// column and placeholder names mapped once. StatementCache owns it while it is idle and finalizes
// every one of a connection (idle or lent) before the connection closes: QSQLite's close() fails,
// and the connection leaks, while a statement it does not know of is alive.
class SqlitePrepared
{
public:
    explicit SqlitePrepared(sqlite3_stmt* statement);
    ~SqlitePrepared();
    Q_DISABLE_COPY_MOVE(SqlitePrepared)

    sqlite3_stmt* statement() const { return m_statement; }
    void finalize(); // the statement is unusable afterwards (statement() is null)

    QHash<QString, int> columns; // lower-case name → index, the first of equal names
    QHash<QString, int> parameters; // ":name" → 1-based index

private:
    sqlite3_stmt* m_statement = nullptr;
};

// A statement on an SQLite connection, run through sqlite3's C API on the sqlite3* that QSQLite
// holds, instead of a QSqlQuery (which rebuilds a QSqlRecord at every exec and converts every value
// through QString/QVariant). The SQLite twin of PgStatement; the only model file that includes
// sqlite3.h.
//
// Behaves as QSQLite does: exec() runs the statement to its first row; values come back as QSQLite
// returns them (INTEGER as qlonglong, REAL as double, TEXT as QString, BLOB as QByteArray, NULL as
// a null QVariant of type QString); values are bound as QSQLite binds them (a null QString,
// QByteArray or QDateTime is NULL, bool and int as integers); errors carry the extended result code
// as the native code and sqlite3_errmsg as the text (it names constraints, never values).
//
// The direct path exists only when the build found that Qt's SQLite plugin uses the same shared
// libsqlite3 as the model (GUICHET_SQLITE_DIRECT, decided by CMake): a handle from a plugin that
// carries its own copy of SQLite must never reach this library's functions. There is no reliable
// run-time check short of looking up the plugin's symbols (dlsym, which the model does not use):
// handle() only checks that the driver names its handle "sqlite3*".
class SqliteStatement
{
public:
    explicit SqliteStatement(const QSqlDatabase& db);
    ~SqliteStatement();
    Q_DISABLE_COPY_MOVE(SqliteStatement)

    // Whether this build runs SQLite statements directly (GUICHET_SQLITE_DIRECT).
    static bool isEnabled();
    // The open connection's sqlite3*, or nullptr (not QSQLite, not open, or the direct path is off).
    static sqlite3* handle(const QSqlDatabase& db);

    bool prepare(const QString& sql);
    void bind(const QString& placeholder, const QVariant& value);
    bool exec();
    bool next();
    QVariant value(const QString& column) const;
    int numRowsAffected() const;
    QSqlError lastError() const { return m_error; }
    // Reset (its read transaction ends), bindings cleared, given back to StatementCache.
    void release();

private:
    bool prepareOnConnection();
    bool step();
    bool failed(const QString& driverText, int code, QSqlError::ErrorType type);

    QSqlDatabase m_db;
    sqlite3* m_handle = nullptr;
    std::shared_ptr<SqlitePrepared> m_prepared;
    QString m_sql;
    quint64 m_generation = 0;
    std::vector<QVariant> m_values; // by placeholder index - 1; text is bound without a copy
    bool m_firstRowPending = false; // exec() stepped to the first row; next() returns it
    bool m_onRow = false;
    bool m_active = false; // stepping: rows may follow
    QSqlError m_error;
};
