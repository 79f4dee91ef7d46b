#pragma once

#include "core/Error.h"

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
//
// Migrating is the schema owner's step (guichetctl init / migrate). Opening a database for work
// (openForUse) reads the version with plain SELECTs and runs no DDL when the schema is current, so
// a PostgreSQL login with data privileges only can work; an SQLite file, the single-desk mode owned
// by its user, is still brought up to date when it opens.
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

    // 0 for a database without a schema_version table (not initialised). SELECTs only.
    Result<int> currentVersion();
    // The schema is this build's: its version. SchemaUpgradeNeeded (context "schema_version",
    // "latest_version") when it is behind or absent, SchemaTooNew when it is ahead. SELECTs only.
    Result<int> check();
    // What a desk or a command does when it opens the database: migrate() on SQLite, check() on
    // PostgreSQL.
    Result<int> openForUse();
    // Applies what is missing, up to targetVersion (default: the latest); returns the resulting
    // version. Runs no DDL when nothing is missing. SchemaTooNew when the database is ahead of
    // this build; SchemaOwnerRequired when the login may not change the schema (PostgreSQL).
    Result<int> migrate(int targetVersion = -1);

private:
    Error ensureVersionTable();
    Error lockMigrations(QSqlDatabase& db);
    Error requireSchemaOwner();

    Database& m_database;
};
