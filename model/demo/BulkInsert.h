#pragma once

#include "core/Error.h"
#include "db/SqlDialect.h"
#include "demo/DemoDataGenerator.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

// Writes DemoDataGenerator::Rows at a bulk load's pace, every value bound:
//   - SQLite (in-process, no round trip): multi-row INSERTs of up to SqliteRowsPerStatement rows,
//     each statement prepared once and reused. Not more: Qt's driver looks every parameter up by
//     its name at each execution, a linear search in SQLite, so that a statement's cost grows with
//     the square of its parameters (256 rows cost more CPU time than 64);
//   - PostgreSQL: one INSERT … SELECT FROM unnest() per PostgresRowsPerStatement rows, each column
//     bound as one array (its text form, cast to the column's type read from the catalog), so that
//     a statement carries thousands of rows for a handful of parameters, a single round trip and
//     a single plan; the statement is prepared once per table.
// One object per run and connection, used from one thread.
class BulkInsert
{
public:
    static constexpr qsizetype SqliteRowsPerStatement = 64;
    static constexpr qsizetype PostgresRowsPerStatement = 5000;

    BulkInsert(const QSqlDatabase& db, const SqlDialect& dialect);

    Error insert(const DemoDataGenerator::Rows& rows);

    // PostgreSQL's text form of an array of values: {"a","b",NULL}.
    static QString arrayLiteral(const QList<QVariant>& values, qsizetype first, qsizetype count, qsizetype stride);

private:
    Error insertSqlite(const DemoDataGenerator::Rows& rows);
    Error insertPostgres(const DemoDataGenerator::Rows& rows);
    Result<QString> postgresStatement(const DemoDataGenerator::Rows& rows, qsizetype* parameters);

    QSqlDatabase m_db;
    const SqlDialect m_dialect;
    QHash<QString, QString> m_statements; // PostgreSQL: the unnest statement of a table and row template
};
