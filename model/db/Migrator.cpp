#include "db/Migrator.h"

#include "core/Logging.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace {

// Arbitrary constant shared by every Guichet process: the key of the migration advisory lock.
constexpr qint64 MigrationLockKey = 0x4775696368657401;

const QString versionTable = QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                            " version INTEGER PRIMARY KEY,"
                                            " description TEXT NOT NULL,"
                                            " applied_at {{timestamp}} NOT NULL DEFAULT {{now}})");

// Whether the database has a schema_version table, by a plain SELECT.
Result<bool> hasVersionTable(QSqlDatabase& db, const SqlDialect& dialect)
{
    SqlQuery query(db);
    const QString sql = dialect.isPostgreSql()
        ? QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL AS present")
        : QStringLiteral("SELECT COUNT(*) > 0 AS present FROM sqlite_master WHERE type = 'table'"
                         " AND name = 'schema_version'");
    if (Error error = query.exec(sql))
        return error;
    if (!query.next())
        return Error(ErrorCode::DatabaseError, QStringLiteral("the catalog returned no row"));
    return query.value(QStringLiteral("present")).toBool();
}

Result<int> readVersion(QSqlDatabase& db)
{
    SqlQuery query(db);
    if (Error error = query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) AS version FROM schema_version")))
        return error;
    if (!query.next())
        return Error(ErrorCode::DatabaseError, QStringLiteral("schema_version returned no row"));
    return query.value(QStringLiteral("version")).toInt();
}

} // namespace

Migrator::Migrator(Database& database) : m_database(database)
{ }

QList<Migrator::Migration> Migrator::available()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> migrations;
    const QStringList files = QDir(QStringLiteral(":/sql")).entryList({QStringLiteral("*.sql")}, QDir::Files);
    for (const QString& file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        migrations.append({match.captured(1).toInt(), match.captured(2), QStringLiteral(":/sql/") + file});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return migrations;
}

int Migrator::latestVersion()
{
    const QList<Migration> migrations = available();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

QStringList Migrator::splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    bool inDollarQuote = false;
    bool inBlock = false; // between a line "BEGIN" and a line "END;" (an SQLite trigger body)
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (current.trimmed().isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--"))))
            continue;
        current += line + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollarQuote = !inDollarQuote;
        if (inDollarQuote)
            continue;
        if (trimmed.compare(QLatin1String("BEGIN"), Qt::CaseInsensitive) == 0)
            inBlock = true;
        if (!trimmed.endsWith(QLatin1Char(';')))
            continue;
        if (inBlock && trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) != 0)
            continue;
        QString statement = current.trimmed();
        statement.chop(1); // the final semicolon
        statements.append(statement);
        current.clear();
        inBlock = false;
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

Error Migrator::lockMigrations(QSqlDatabase& db)
{
    // SQLite: the write transaction (BEGIN IMMEDIATE) already serializes desks.
    if (!m_database.dialect().isPostgreSql())
        return {};
    SqlQuery query(db);
    if (Error error = query.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(:key)")))
        return error;
    query.bind(QStringLiteral(":key"), MigrationLockKey);
    return query.exec();
}

Error Migrator::ensureVersionTable()
{
    return m_database.write([this](QSqlDatabase& db) -> Error {
        if (Error error = lockMigrations(db))
            return error;
        // Checked first, so that PostgreSQL prints no NOTICE on a database that has it; IF NOT EXISTS
        // still, for a desk that raced this one (its catalog cache may not show the new table yet).
        const Result<bool> present = hasVersionTable(db, m_database.dialect());
        if (!present)
            return present.error();
        if (present.value())
            return {};
        SqlQuery query(db);
        return query.exec(m_database.dialect().expand(versionTable));
    });
}

Error Migrator::requireSchemaOwner()
{
    if (!m_database.dialect().isPostgreSql())
        return {};
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    // The login may create objects in its schema and is (or is a member of) the owner of the
    // existing schema_version: what every migration needs.
    SqlQuery query(db.value());
    if (Error error = query.exec(
            QStringLiteral("SELECT COALESCE(has_schema_privilege(current_schema(), 'CREATE'), FALSE)"
                           " AND COALESCE((SELECT pg_has_role(c.relowner, 'USAGE') FROM pg_class c"
                           " WHERE c.oid = to_regclass('schema_version')), TRUE) AS owner, current_user AS login")))
        return error;
    if (!query.next())
        return Error(ErrorCode::DatabaseError, QStringLiteral("the catalog returned no row"));
    if (query.value(QStringLiteral("owner")).toBool())
        return {};
    return Error(ErrorCode::SchemaOwnerRequired,
                 QStringLiteral("%1 does not own the schema").arg(query.value(QStringLiteral("login")).toString()));
}

Result<int> Migrator::currentVersion()
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    const Result<bool> present = hasVersionTable(db.value(), m_database.dialect());
    if (!present)
        return present.error();
    if (!present.value())
        return 0;
    return readVersion(db.value());
}

Result<int> Migrator::check()
{
    const Result<int> version = currentVersion();
    if (!version)
        return version;
    const int latest = latestVersion();
    if (version.value() > latest)
        return Error(ErrorCode::SchemaTooNew,
                     QStringLiteral("database schema %1, this build knows %2").arg(version.value()).arg(latest));
    if (version.value() < latest) {
        Error error(ErrorCode::SchemaUpgradeNeeded,
                    QStringLiteral("database schema %1, this build needs %2").arg(version.value()).arg(latest));
        error.withContext(QStringLiteral("schema_version"), version.value());
        error.withContext(QStringLiteral("latest_version"), latest);
        return error;
    }
    return version;
}

Result<int> Migrator::openForUse()
{
    return m_database.dialect().isPostgreSql() ? check() : migrate();
}

Result<int> Migrator::migrate(int targetVersion)
{
    // Nothing to do: no DDL, no lock, nothing written (a login without DDL rights gets its answer).
    const Result<int> before = currentVersion();
    if (!before)
        return before;
    const int wanted = targetVersion >= 0 ? targetVersion : latestVersion();
    if (before.value() > latestVersion())
        return Error(
            ErrorCode::SchemaTooNew,
            QStringLiteral("database schema %1, this build knows %2").arg(before.value()).arg(latestVersion()));
    if (before.value() >= wanted)
        return before;
    if (Error error = requireSchemaOwner())
        return error;
    if (Error error = ensureVersionTable())
        return error;

    const QList<Migration> migrations = available();
    int version = 0;
    for (const Migration& migration : migrations) {
        if (targetVersion >= 0 && migration.version > targetVersion)
            break;
        QFile file(migration.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::DatabaseError, QStringLiteral("missing migration %1").arg(migration.resourcePath));
        const QStringList statements = splitStatements(m_database.dialect().expand(QString::fromUtf8(file.readAll())));

        Error error = m_database.write([&](QSqlDatabase& db) -> Error {
            if (Error lockError = lockMigrations(db))
                return lockError;
            Result<int> current = readVersion(db);
            if (!current)
                return current.error();
            version = current.value();
            if (version >= migration.version)
                return {};
            for (const QString& statement : statements) {
                SqlQuery step(db);
                if (Error stepError = step.exec(statement)) {
                    qCWarning(lcMigration) << "migration" << migration.version << "failed:" << stepError.detail();
                    return stepError;
                }
            }
            SqlQuery record(db);
            if (Error recordError = record.prepare(QStringLiteral(
                    "INSERT INTO schema_version (version, description) VALUES (:version, :description)")))
                return recordError;
            record.bind(QStringLiteral(":version"), migration.version);
            record.bind(QStringLiteral(":description"), migration.name);
            if (Error recordError = record.exec())
                return recordError;
            qCInfo(lcMigration) << "applied migration" << migration.version << migration.name;
            version = migration.version;
            return {};
        });
        if (error.code() == ErrorCode::DatabasePermissionDenied)
            return Error(ErrorCode::SchemaOwnerRequired, error.detail());
        if (error)
            return error;
    }

    Result<int> final = currentVersion();
    if (final && final.value() > latestVersion())
        return Error(ErrorCode::SchemaTooNew,
                     QStringLiteral("database schema %1, this build knows %2").arg(final.value()).arg(latestVersion()));
    return final;
}
