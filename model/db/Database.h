#pragma once

#include "core/Error.h"
#include "db/DatabaseUrl.h"
#include "db/SqlDialect.h"

#include <QElapsedTimer>
#include <QHash>
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

    // Test hooks: the statements prepared on the calling thread's connection since it opened
    // (each SQL text once), and how many it keeps for reuse now (none after it was lost).
    int preparedStatementCount() const;
    int cachedStatementCount() const;

    // Runs work inside one write transaction and commits it. Rolls back when work returns an
    // error; starts again (up to maxAttempts, with a short back-off) when the engine reports a busy
    // database, a serialization failure or a deadlock. work may run more than once: it must only
    // touch the database.
    //
    // A connection lost before COMMIT (the server restarted, the session was terminated) is opened
    // again and work runs again: the server had rolled it back. A connection lost during COMMIT
    // leaves the outcome unknown: with Replay::ByKey (work first looks its idempotency key up and
    // answers the stored result when it finds it) work runs again on a new connection, which
    // resolves it; otherwise write() answers OutcomeUnknown and nothing is retried blindly.
    using Work = std::function<Error(QSqlDatabase&)>;
    enum class Replay { Never, ByKey };
    Error write(const Work& work, int maxAttempts = 8, Replay replay = Replay::Never);

    // What the person waiting should know while write() recovers from a lost connection: a new
    // session is being opened (Reconnecting), or a lost COMMIT is being resolved by its key
    // (ResolvingOutcome, Replay::ByKey). Reported to the observer of the thread that runs write(),
    // on that thread, before the next attempt; a thread has none unless it sets one (the desk sets
    // its own around each job it hands its worker). Returns the previous observer, to put back.
    enum class Progress { Reconnecting, ResolvingOutcome };
    using ProgressObserver = std::function<void(Progress)>;
    static ProgressObserver setThreadProgressObserver(ProgressObserver observer);

private:
    // A PostgreSQL connection unused for this long is checked (SELECT 1) before it is handed out.
    static constexpr qint64 IdleCheckMilliseconds = 5000;

    QString threadConnectionName() const;
    bool isAlive(QSqlDatabase& db, const QString& name);
    Error configure(QSqlDatabase& db);
    Error checkSqliteFile(const QString& path) const;
    static Error checkSqliteHeader(QSqlDatabase& db, const QString& path);

    DatabaseUrl m_url;
    Creation m_creation;
    SqlDialect m_dialect;
    QString m_prefix;
    QMutex m_mutex;
    QStringList m_connectionNames;
    QHash<QString, QElapsedTimer> m_lastUsed; // per connection name, under m_mutex
};
