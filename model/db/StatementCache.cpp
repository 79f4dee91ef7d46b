#include "db/StatementCache.h"

#include "db/SqliteStatement.h"

#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QSqlDriver>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <vector>

namespace {

struct Connection
{
    QPointer<QSqlDriver> driver;
    const void* handle = nullptr; // sqlite3* or PGconn*: a reopened connection has another one
    quint64 generation = 0;
    int prepared = 0;
    int nextName = 0;
    std::map<QString, std::vector<std::unique_ptr<QSqlQuery>>> sqlite;
    std::map<QString, std::vector<std::shared_ptr<SqlitePrepared>>> direct; // idle SqliteStatement ones
    std::vector<std::weak_ptr<SqlitePrepared>> directAll; // every one prepared, idle or lent
    QHash<QString, StatementCache::PgPrepared> pg;
};

// Statements of a connection that is gone, destroyed outside the lock.
struct Graveyard
{
    std::vector<std::unique_ptr<QSqlQuery>> queries;
    std::vector<std::shared_ptr<SqlitePrepared>> direct;
};

// Finalizes every statement prepared on the connection through sqlite3's C API, those lent to a
// SqliteStatement as well (which then prepares again, or fails, at its next exec()).
void finalizeDirect(Connection& entry, Graveyard& graveyard)
{
    for (auto& [sql, prepared] : entry.direct)
        for (auto& statement : prepared)
            graveyard.direct.push_back(std::move(statement));
    entry.direct.clear();
    for (const std::weak_ptr<SqlitePrepared>& weak : entry.directAll) {
        if (const std::shared_ptr<SqlitePrepared> statement = weak.lock())
            statement->finalize();
    }
    entry.directAll.clear();
}

QMutex mutex;
quint64 nextGeneration = 1;

std::map<QString, Connection>& connections()
{
    static std::map<QString, Connection> all;
    return all;
}

const void* handleOf(const QSqlDatabase& db)
{
    QSqlDriver* driver = db.driver();
    if (!driver)
        return nullptr;
    const QVariant handle = driver->handle();
    return handle.isValid() ? *static_cast<void* const*>(handle.constData()) : nullptr;
}

// The connection's entry, reset when the connection it describes is not this one any more. Under
// mutex. Statements of a stale entry are moved to graveyard, destroyed outside the lock.
Connection& entryOf(const QSqlDatabase& db, Graveyard& graveyard)
{
    Connection& entry = connections()[db.connectionName()];
    const void* handle = handleOf(db);
    if (entry.driver != db.driver() || entry.handle != handle) {
        for (auto& [sql, queries] : entry.sqlite)
            for (auto& query : queries)
                graveyard.queries.push_back(std::move(query));
        entry.sqlite.clear();
        // Closed or reopened without forget(): QSQLite's close() failed (SQLITE_BUSY) if any of
        // these was alive, and that handle leaked; finalized now at least.
        finalizeDirect(entry, graveyard);
        entry.pg.clear();
        entry.driver = db.driver();
        entry.handle = handle;
        entry.generation = nextGeneration++;
        entry.prepared = 0;
        entry.nextName = 0;
    }
    return entry;
}

} // namespace

std::unique_ptr<QSqlQuery> StatementCache::take(const QSqlDatabase& db, const QString& sql)
{
    Graveyard graveyard;
    QMutexLocker locker(&mutex);
    Connection& entry = entryOf(db, graveyard);
    const auto found = entry.sqlite.find(sql);
    if (found == entry.sqlite.end() || found->second.empty())
        return nullptr;
    std::unique_ptr<QSqlQuery> query = std::move(found->second.back());
    found->second.pop_back();
    return query;
}

void StatementCache::giveBack(const QSqlDatabase& db, const QString& sql, std::unique_ptr<QSqlQuery> query,
                              quint64 generation)
{
    // Finished now, not at the next use: an SQLite statement left stepping keeps its read
    // transaction (and WAL snapshot) open.
    query->finish();
    Graveyard graveyard;
    QMutexLocker locker(&mutex);
    if (!db.isOpen())
        return;
    Connection& entry = entryOf(db, graveyard);
    if (entry.generation != generation)
        return; // prepared on a session that is gone
    if (entry.sqlite.size() >= MaxStatements && entry.sqlite.find(sql) == entry.sqlite.end())
        return;
    std::vector<std::unique_ptr<QSqlQuery>>& queries = entry.sqlite[sql];
    if (queries.size() < 4) // a few live at once at most (nested reads of the same statement)
        queries.push_back(std::move(query));
}

std::shared_ptr<SqlitePrepared> StatementCache::takeSqlite(const QSqlDatabase& db, const QString& sql)
{
    Graveyard graveyard;
    QMutexLocker locker(&mutex);
    Connection& entry = entryOf(db, graveyard);
    const auto found = entry.direct.find(sql);
    if (found == entry.direct.end() || found->second.empty())
        return nullptr;
    std::shared_ptr<SqlitePrepared> prepared = std::move(found->second.back());
    found->second.pop_back();
    return prepared;
}

void StatementCache::addSqlite(const QSqlDatabase& db, const std::shared_ptr<SqlitePrepared>& prepared)
{
    Graveyard graveyard;
    QMutexLocker locker(&mutex);
    Connection& entry = entryOf(db, graveyard);
    if (entry.directAll.size() >= 2 * MaxStatements) {
        // Those not kept were finalized when their SqliteStatement let them go.
        const auto expired = [](const std::weak_ptr<SqlitePrepared>& weak) {
            return weak.expired();
        };
        entry.directAll.erase(std::remove_if(entry.directAll.begin(), entry.directAll.end(), expired),
                              entry.directAll.end());
    }
    entry.directAll.push_back(prepared);
}

void StatementCache::giveBackSqlite(const QSqlDatabase& db, const QString& sql,
                                    std::shared_ptr<SqlitePrepared> prepared, quint64 generation)
{
    Graveyard graveyard;
    graveyard.direct.push_back(std::move(prepared)); // released outside the lock unless kept
    QMutexLocker locker(&mutex);
    if (!db.isOpen() || !graveyard.direct.back() || !graveyard.direct.back()->statement())
        return;
    Connection& entry = entryOf(db, graveyard);
    if (entry.generation != generation)
        return; // prepared on a session that is gone
    if (entry.direct.size() >= MaxStatements && entry.direct.find(sql) == entry.direct.end())
        return;
    std::vector<std::shared_ptr<SqlitePrepared>>& kept = entry.direct[sql];
    if (kept.size() < 4) { // a few live at once at most (nested reads of the same statement)
        kept.push_back(std::move(graveyard.direct.front()));
        graveyard.direct.erase(graveyard.direct.begin());
    }
}

quint64 StatementCache::generation(const QSqlDatabase& db)
{
    Graveyard graveyard;
    QMutexLocker locker(&mutex);
    return entryOf(db, graveyard).generation;
}

bool StatementCache::findPg(const QSqlDatabase& db, const QString& sql, PgPrepared* prepared)
{
    Graveyard graveyard;
    QMutexLocker locker(&mutex);
    const Connection& entry = entryOf(db, graveyard);
    const auto found = entry.pg.constFind(sql);
    if (found == entry.pg.constEnd())
        return false;
    *prepared = *found;
    return true;
}

bool StatementCache::pgFull(const QSqlDatabase& db)
{
    Graveyard graveyard;
    QMutexLocker locker(&mutex);
    return entryOf(db, graveyard).pg.size() >= MaxStatements;
}

QByteArray StatementCache::nextPgName(const QSqlDatabase& db)
{
    Graveyard graveyard;
    QMutexLocker locker(&mutex);
    Connection& entry = entryOf(db, graveyard);
    return "g_" + QByteArray::number(++entry.nextName);
}

void StatementCache::addPg(const QSqlDatabase& db, const QString& sql, const PgPrepared& prepared)
{
    Graveyard graveyard;
    QMutexLocker locker(&mutex);
    entryOf(db, graveyard).pg.insert(sql, prepared);
}

void StatementCache::removePg(const QSqlDatabase& db, const QString& sql)
{
    Graveyard graveyard;
    QMutexLocker locker(&mutex);
    entryOf(db, graveyard).pg.remove(sql);
}

void StatementCache::countPrepared(const QSqlDatabase& db)
{
    Graveyard graveyard;
    QMutexLocker locker(&mutex);
    ++entryOf(db, graveyard).prepared;
}

int StatementCache::preparedCount(const QString& connectionName)
{
    QMutexLocker locker(&mutex);
    const auto found = connections().find(connectionName);
    return found == connections().end() ? 0 : found->second.prepared;
}

int StatementCache::size(const QString& connectionName)
{
    QMutexLocker locker(&mutex);
    const auto found = connections().find(connectionName);
    if (found == connections().end())
        return 0;
    int count = static_cast<int>(found->second.pg.size());
    for (const auto& [sql, queries] : found->second.sqlite)
        count += static_cast<int>(queries.size());
    for (const auto& [sql, prepared] : found->second.direct)
        count += static_cast<int>(prepared.size());
    return count;
}

void StatementCache::forget(const QString& connectionName)
{
    Connection gone;
    {
        QMutexLocker locker(&mutex);
        const auto found = connections().find(connectionName);
        if (found == connections().end())
            return;
        gone = std::move(found->second);
        connections().erase(found);
    }
    Graveyard graveyard;
    finalizeDirect(gone, graveyard);
    // gone's statements are released here, before the caller closes or removes the connection.
}
