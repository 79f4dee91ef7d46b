#pragma once

#include "db/DatabaseUrl.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QString>
#include <QVariant>

// What differs between SQLite and PostgreSQL, in one place: the column types behind the
// migrations' placeholders, how a write transaction begins, how instants are bound and read,
// and which errors mean "try again" or "duplicate".
class SqlDialect
{
public:
    explicit SqlDialect(DatabaseUrl::Engine engine = DatabaseUrl::Engine::Sqlite) : m_engine(engine) { }

    DatabaseUrl::Engine engine() const { return m_engine; }
    bool isPostgreSql() const { return m_engine == DatabaseUrl::Engine::PostgreSql; }
    QString driverName() const;

    // Replaces {{pk}}, {{id}}, {{timestamp}}, {{date}}, {{bool}} and {{now}} and keeps only the
    // lines meant for this engine ("-- @sqlite", "-- @postgresql", "-- @all" sections).
    QString expand(const QString& sql) const;

    // SQLite: BEGIN IMMEDIATE, so that a writer takes the lock up front instead of failing later.
    QString beginWriteStatement() const;

    // Instants are UTC with millisecond precision in both engines; SQLite stores ISO-8601 text
    // of fixed width so that text order is time order.
    QVariant toSql(const QDateTime& instant) const;
    QVariant toSql(const QDate& date) const;
    static QDateTime toDateTime(const QVariant& value);
    static QDate toDate(const QVariant& value);

    bool isRetryable(const QSqlError& error) const; // busy, locked, serialization failure, deadlock
    bool isUniqueViolation(const QSqlError& error) const; // a unique index refused the row

private:
    DatabaseUrl::Engine m_engine;
};
