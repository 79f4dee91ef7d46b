#pragma once

#include "Error.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class Database;
class SqlDialect;

// Brings a database to the latest schema. Migrations are the SQL resources :/sql/NNN_name.sql,
// applied in order, each in one transaction that also records it in schema_version; concurrent
// desks starting at once apply each migration once (an advisory lock on PostgreSQL, the write
// lock on SQLite).
class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    explicit Migrator(Database& database);

    static QList<Migration> available();
    static int latestVersion();
    // Splits a migration script into statements (semicolon at the end of a line; trigger bodies
    // and $$-quoted blocks are kept whole).
    static QStringList splitStatements(const QString& script);

    // 0 for an empty database.
    Result<int> currentVersion();
    // Applies what is missing, up to targetVersion (default: the latest); returns the resulting
    // version. SchemaTooNew when the database is ahead of this build.
    Result<int> migrate(int targetVersion = -1);

private:
    Error ensureVersionTable();
    Error lockMigrations(QSqlDatabase& db);

    Database& m_database;
};
