#include "Migrator.h"

#include "Database.h"
#include "Logging.h"
#include "SqlQuery.h"

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
        SqlQuery query(db);
        return query.exec(m_database.dialect().expand(versionTable));
    });
}

Result<int> Migrator::currentVersion()
{
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    if (!db.value().tables().contains(QStringLiteral("schema_version")))
        return 0;
    return readVersion(db.value());
}

Result<int> Migrator::migrate(int targetVersion)
{
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
        if (error)
            return error;
    }

    Result<int> final = currentVersion();
    if (final && final.value() > latestVersion())
        return Error(ErrorCode::SchemaTooNew,
                     QStringLiteral("database schema %1, this build knows %2").arg(final.value()).arg(latestVersion()));
    return final;
}
