#include "db/ReadReplica.h"

#include "core/Logging.h"
#include "db/SqlQuery.h"

#include <QSemaphore>

ReadReplica::ReadReplica(Database& primary, const DatabaseUrl& replicaUrl)
    : m_primary(primary), m_replica(replicaUrl, Database::Creation::MustExist), m_worker(m_replica)
{ }

ReadReplica::~ReadReplica()
{
    // The worker closes the replica's connection on its thread; the primary's connection of that
    // thread (the reads' audit events) is closed there first, after every queued job.
    QSemaphore closed;
    Database* primary = &m_primary;
    m_worker.run([primary, &closed] {
        primary->closeThreadConnection();
        closed.release();
    });
    closed.acquire();
}

bool ReadReplica::isUnreachable(const Error& error)
{
    return error.code() == ErrorCode::DatabaseUnreachable || error.code() == ErrorCode::DatabaseUnavailable
        || error.code() == ErrorCode::ConnectionLost;
}

bool ReadReplica::useReplica()
{
    if (!m_down.load())
        return true;
    QMutexLocker locker(&m_mutex);
    // Down: tried again now and then, so that reads go back to it once it answers.
    return m_downSince.msecsTo(QDateTime::currentDateTimeUtc()) >= RetryMilliseconds;
}

void ReadReplica::markDown(const Error& error)
{
    QMutexLocker locker(&m_mutex);
    if (!m_down.exchange(true))
        qCWarning(lcSql).noquote() << "the read replica cannot be reached, reads go to the primary:"
                                   << error.codeName();
    m_downSince = QDateTime::currentDateTimeUtc();
    m_status.source = Status::Source::PrimaryFallback;
    m_status.replicaError = error;
}

void ReadReplica::markUp()
{
    if (!m_down.load())
        return;
    QMutexLocker locker(&m_mutex);
    if (m_down.exchange(false))
        qCInfo(lcSql) << "the read replica answers again: reads go back to it";
    m_status.source = Status::Source::Replica;
    m_status.replicaError = Error();
}

ReadReplica::Status ReadReplica::status() const
{
    QMutexLocker locker(&m_mutex);
    return m_status;
}

ReadReplica::Status ReadReplica::check()
{
    Status status;
    status.checkedAt = QDateTime::currentDateTimeUtc();

    // The primary's WAL position first: the replica's replay is compared with it.
    QString primaryLsn;
    if (Result<QSqlDatabase> primary = m_primary.connection()) {
        SqlQuery query(primary.value());
        if (!query.exec(QStringLiteral("SELECT CAST(pg_current_wal_lsn() AS text) AS lsn")) && query.next())
            primaryLsn = query.value(QStringLiteral("lsn")).toString();
    }

    Error error;
    Result<QSqlDatabase> replica = m_replica.connection();
    if (!replica) {
        error = replica.error();
    } else {
        SqlQuery query(replica.value());
        error = query.prepare(QStringLiteral(
            "SELECT pg_is_in_recovery() AS recovery,"
            " CAST(pg_wal_lsn_diff(CAST(:lsn AS pg_lsn), pg_last_wal_replay_lsn()) AS bigint) AS lag,"
            " CAST(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()) AS double precision) AS seconds"));
        if (!error) {
            query.bind(QStringLiteral(":lsn"), primaryLsn.isEmpty() ? QVariant(QString()) : QVariant(primaryLsn));
            error = query.exec();
        }
        if (!error && query.next()) {
            status.inRecovery = query.value(QStringLiteral("recovery")).toBool();
            const QVariant lag = query.value(QStringLiteral("lag"));
            if (!status.inRecovery) {
                status.upToDate = true; // a primary is its own latest state
                status.lagBytes = 0;
            } else if (!lag.isNull()) {
                status.lagBytes = std::max<qint64>(0, lag.toLongLong());
                status.upToDate = status.lagBytes == 0;
                const QVariant seconds = query.value(QStringLiteral("seconds"));
                if (!status.upToDate && !seconds.isNull())
                    status.lagSeconds = std::max(0.0, seconds.toDouble());
            }
        }
    }

    QMutexLocker locker(&m_mutex);
    if (!replica || isUnreachable(error)) {
        if (!m_down.exchange(true))
            qCWarning(lcSql).noquote() << "the read replica cannot be reached, reads go to the primary:"
                                       << error.codeName();
        m_downSince = status.checkedAt;
        status.source = Status::Source::PrimaryFallback;
        status.replicaError = error;
    } else {
        if (m_down.exchange(false))
            qCInfo(lcSql) << "the read replica answers again: reads go back to it";
        if (error)
            qCWarning(lcSql).noquote() << "the read replica's replay position could not be read:" << error.codeName();
        if (!status.inRecovery && !m_warnedNotStandby) {
            // Accepted (the reads are right, only the load is not moved), but said once.
            qCWarning(lcSql) << "the read replica is not a standby (pg_is_in_recovery() is false):"
                                " the supervisors' reads run on a primary server";
            m_warnedNotStandby = true;
        }
    }
    m_status = status;
    return status;
}
