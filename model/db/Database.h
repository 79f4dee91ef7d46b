#pragma once

#include "core/Error.h"
#include "db/DatabaseUrl.h"
#include "db/SqlDialect.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

// The shared database, SQLite or PostgreSQL, chosen by a DatabaseUrl. Each thread gets its own
// named connection, opened and configured on first use (SQLite: WAL, foreign keys, a busy
// timeout). Writes go through write(): one transaction, retried when the engine asks for it.
class Database
{
public:
    // Whether opening an SQLite file that does not exist creates it. The desk never does
    // (MustExist: a mistyped path is DatabaseFileMissing); guichetctl init and seed-demo do.
    enum class Creation { CreateIfMissing, MustExist };

    explicit Database(const DatabaseUrl& url, Creation creation = Creation::CreateIfMissing);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    const DatabaseUrl& url() const { return m_url; }
    const SqlDialect& dialect() const { return m_dialect; }

    // The calling thread's connection, opened on first use.
    Result<QSqlDatabase> connection();
    // Closes the calling thread's connection (a worker thread calls it before it ends).
    void closeThreadConnection();

    // Runs work inside one write transaction and commits it. Rolls back when work returns an
    // error; starts again (up to maxAttempts, with a short back-off) when the engine reports a busy
    // database, a serialization failure or a deadlock. work may run more than once: it must only
    // touch the database.
    using Work = std::function<Error(QSqlDatabase&)>;
    Error write(const Work& work, int maxAttempts = 8);

private:
    QString threadConnectionName() const;
    Error configure(QSqlDatabase& db);
    Error checkSqliteFile(const QString& path) const;
    static Error checkSqliteHeader(QSqlDatabase& db, const QString& path);

    DatabaseUrl m_url;
    Creation m_creation;
    SqlDialect m_dialect;
    QString m_prefix;
    QMutex m_mutex;
    QStringList m_connectionNames;
};
