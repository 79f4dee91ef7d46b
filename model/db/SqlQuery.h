#pragma once

#include "core/Error.h"
#include "db/SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// A prepared, forward-only query whose every prepare and exec is checked and turned into an
// Error. Values are bound by name only; statements are never assembled from data.
class SqlQuery
{
public:
    explicit SqlQuery(const QSqlDatabase& db);

    Error prepare(const QString& sql);
    void bind(const QString& placeholder, const QVariant& value);
    Error exec();
    // Runs a constant statement that takes no values (DDL, PRAGMA, transaction control, SELECT
    // without parameters). Never pass it text built from data.
    Error exec(const QString& sql);

    bool next() { return m_query.next(); }
    QVariant value(const QString& column) const { return m_query.value(column); }
    QSqlError lastError() const { return m_query.lastError(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }

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

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    QSqlQuery m_query;
    QString m_statement;
};
