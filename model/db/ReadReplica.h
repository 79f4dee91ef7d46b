#pragma once

#include "core/Error.h"
#include "db/Database.h"
#include "db/DatabaseUrl.h"
#include "db/DatabaseWorker.h"

#include <QDateTime>
#include <QMutex>

#include <atomic>
#include <functional>

// Where the supervisors' heavy reads go when the profile names a PostgreSQL streaming replica (a
// hot standby): the lockout history's pages, the statistics, the CSV export. Everything that
// writes (audit events, the consultations a listing records, agents' actions) stays on the
// primary: the services take both databases and write through the primary only.
//
// Owns the replica's Database and a worker thread of its own, so that a long read never holds up
// the desk's worker. When the replica cannot be reached, read() runs on the primary instead and
// status() says so; the replica is tried again at the next check() or after RetryMilliseconds.
class ReadReplica
{
public:
    static constexpr qint64 RetryMilliseconds = 15000;

    // The replica's URL carries its own password (the keychain's, or the agent's own login in
    // agent_logins mode: physical replication copies the roles).
    ReadReplica(Database& primary, const DatabaseUrl& replicaUrl);
    ~ReadReplica();
    Q_DISABLE_COPY_MOVE(ReadReplica)

    Database& primary() { return m_primary; }
    Database& replica() { return m_replica; }
    // The thread the heavy reads run on (with their audit writes, on the primary's own connection).
    DatabaseWorker& worker() { return m_worker; }

    // Where the last read went, and how far behind the replica was at the last check().
    struct Status
    {
        enum class Source { Replica, PrimaryFallback };
        Source source = Source::Replica;
        bool inRecovery = true; // false: the URL names a server that is not a standby (logged)
        bool upToDate = false; // the replica had replayed everything the primary had written
        qint64 lagBytes = -1; // WAL not replayed yet; -1: unknown
        double lagSeconds = -1; // since the last replayed transaction's commit, when behind; -1: unknown
        QDateTime checkedAt;
        Error replicaError; // why the replica is not used (PrimaryFallback)
    };

    // Probes the replica (is it a standby, how far behind the primary's WAL is its replay) and
    // chooses where the next reads go. Run it on worker().
    Status check();
    Status status() const;
    bool usesReplica() const { return !m_down.load(); }

    // Runs read against the replica, or against the primary when the replica is down, cannot be
    // connected to, or its server goes away during the read (isUnreachable()). Run it on worker(). R is a
    // Result<…> or another type whose failure read() learns through errorOf.
    template <typename R> R read(const std::function<R(Database&)>& read, const std::function<Error(const R&)>& errorOf)
    {
        if (useReplica()) {
            // Any failure to open the replica's connection (down, starting, a login it refuses)
            // sends the read to the primary; so does the connection lost during the read.
            if (const Result<QSqlDatabase> connection = m_replica.connection(); !connection) {
                markDown(connection.error());
                return read(m_primary);
            }
            R result = read(m_replica);
            const Error error = errorOf(result);
            if (!isUnreachable(error)) {
                markUp();
                return result;
            }
            markDown(error);
        }
        return read(m_primary);
    }

    static bool isUnreachable(const Error& error);

private:
    bool useReplica();
    void markDown(const Error& error);
    void markUp();

    Database& m_primary;
    Database m_replica;
    DatabaseWorker m_worker;
    std::atomic<bool> m_down{false};
    mutable QMutex m_mutex;
    Status m_status; // under m_mutex
    QDateTime m_downSince; // under m_mutex
    bool m_warnedNotStandby = false; // under m_mutex
};
