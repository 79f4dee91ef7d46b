#include "db/Database.h"

#include "core/Logging.h"
#include "db/DatabaseFailure.h"
#include "db/PgCertificateProbe.h"
#include "db/SqlQuery.h"
#include "db/SqliteFileMode.h"
#include "db/StatementCache.h"
#include "db/Transaction.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <utility>

namespace {

QAtomicInt instanceCounter;

thread_local Database::ProgressObserver threadProgressObserver;

void reportProgress(Database::Progress progress)
{
    if (threadProgressObserver)
        threadProgressObserver(progress);
}

} // namespace

Database::Database(const DatabaseUrl& url, Creation creation)
    : m_url(url)
    , m_creation(creation)
    , m_dialect(url.engine())
    , m_prefix(QStringLiteral("guichet-%1-").arg(instanceCounter.fetchAndAddRelaxed(1)))
{ }

Database::~Database()
{
    QMutexLocker locker(&m_mutex);
    // Worker threads close their own connections (DatabaseWorker does); what is left belongs to
    // threads that are gone or to this one. removeDatabase() closes them.
    for (const QString& name : std::as_const(m_connectionNames)) {
        StatementCache::forget(name); // its prepared statements first, while the driver lives
        QSqlDatabase::removeDatabase(name);
    }
}

QString Database::threadConnectionName() const
{
    return m_prefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
}

Result<QSqlDatabase> Database::connection()
{
    const QString name = threadConnectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen() && isAlive(db, name))
            return db;
    }

    if (!m_url.isValid())
        return Error(ErrorCode::DatabaseUnavailable, QStringLiteral("invalid database URL"));
    // A connection opened again never sees the statements prepared on its former session.
    StatementCache::forget(name);

    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(m_dialect.driverName(), name);
    {
        QMutexLocker locker(&m_mutex);
        if (!m_connectionNames.contains(name))
            m_connectionNames.append(name);
    }
    if (!db.isValid())
        return Error(ErrorCode::DatabaseUnavailable,
                     QStringLiteral("Qt SQL driver %1 is missing").arg(m_dialect.driverName()));

    if (m_dialect.isPostgreSql()) {
        db.setHostName(m_url.hostName());
        db.setPort(m_url.port());
        db.setDatabaseName(m_url.databaseName());
        db.setUserName(m_url.userName());
        if (!m_url.password().isEmpty())
            db.setPassword(m_url.password());
        db.setConnectOptions(m_url.connectOptions());
    } else {
        const QFileInfo file(m_url.path());
        if (Error error = checkSqliteFile(file.absoluteFilePath())) {
            qCWarning(lcSql).noquote() << "cannot open the database:" << error.codeName();
            return error;
        }
        // Owner-only from the start (SqliteFileMode): the folder, and the file made empty here
        // before SQLite opens it, so that SQLite's -wal and -shm files take the same mode.
        if (!SqliteFileMode::createFolder(file.absolutePath()))
            return Error(ErrorCode::DatabaseUnavailable, QStringLiteral("cannot create the database folder"));
        if (!SqliteFileMode::createFile(file.absoluteFilePath()))
            return Error(ErrorCode::DatabaseUnavailable, QStringLiteral("cannot create the database file"));
        SqliteFileMode::tighten(file.absoluteFilePath());
        db.setDatabaseName(file.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    }

    if (!db.open()) {
        const QSqlError error = db.lastError();
        const QString message = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
        Error failure = m_dialect.isPostgreSql()
            ? DatabaseFailure::fromConnect(message, m_url)
            : Error(ErrorCode::DatabaseUnavailable,
                    error.nativeErrorCode() + QLatin1String(": ") + SqlQuery::primaryMessage(error));
        if (failure.code() == ErrorCode::DatabaseCertificateInvalid) {
            // libpq names one of the certificate's names at best: read them all, for the message.
            const QStringList names = PgCertificateProbe::names(m_url.hostName(), m_url.port());
            if (!names.isEmpty())
                failure.withContext(QStringLiteral("certificate_names"), names.join(QLatin1String(", ")));
        }
        qCWarning(lcSql).noquote() << "cannot open the database:" << failure.codeName() << failure.detail();
        return failure;
    }
    if (!m_dialect.isPostgreSql()) {
        if (Error error = checkSqliteHeader(db, QFileInfo(m_url.path()).absoluteFilePath())) {
            qCWarning(lcSql).noquote() << "cannot open the database:" << error.codeName() << error.detail();
            db.close();
            return error;
        }
    }
    if (Error error = configure(db)) {
        db.close();
        return error;
    }
    QMutexLocker locker(&m_mutex);
    m_lastUsed[name].start();
    return db;
}

// Before QSQLITE opens (and would create) the file: missing, or not writable by this user. The mode
// bits count as well as access(), so that a file marked read-only is refused even for root.
Error Database::checkSqliteFile(const QString& path) const
{
    const auto failure = [&path](ErrorCode code) {
        Error error(code);
        error.withContext(QStringLiteral("path"), path);
        return error;
    };
    const QFileInfo file(path);
    if (!file.exists()) {
        if (m_creation == Creation::MustExist)
            return failure(ErrorCode::DatabaseFileMissing);
        return {};
    }
    if (!file.isFile())
        return failure(ErrorCode::DatabaseFileCorrupt);
    const QFileInfo folder(file.absolutePath());
    const QFileDevice::Permissions permissions = file.permissions();
    if (!file.isReadable() || !file.isWritable() || !(permissions & QFileDevice::WriteOwner) || !folder.isWritable())
        return failure(ErrorCode::DatabaseFileReadOnly);
    return {};
}

// QSQLITE opens lazily: the first statement tells whether the file is an SQLite database at all.
Error Database::checkSqliteHeader(QSqlDatabase& db, const QString& path)
{
    QSqlQuery probe(db);
    if (probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return {};
    const QSqlError error = probe.lastError();
    // SQLITE_NOTADB (26) and SQLITE_CORRUPT (11).
    const QString code = error.nativeErrorCode();
    if (code != QLatin1String("26") && code != QLatin1String("11"))
        return {}; // another failure: configure() reports it
    Error failure(ErrorCode::DatabaseFileCorrupt, code + QLatin1String(": ") + SqlQuery::primaryMessage(error));
    failure.withContext(QStringLiteral("path"), path);
    return failure;
}

Error Database::configure(QSqlDatabase& db)
{
    SqlQuery query(db);
    if (m_dialect.isPostgreSql()) {
        // Timestamps are read in UTC and parsed as DateStyle ISO prints them (PgStatement), whatever
        // the server's, database's or role's defaults (QPSQL sets ISO itself when it opens; this
        // does not depend on it). One round trip.
        return query.exec(
            QStringLiteral("SELECT set_config('TimeZone', 'UTC', false), set_config('DateStyle', 'ISO, YMD', false)"));
    }
    // WAL lets readers work while one desk writes; NORMAL is durable in WAL mode across
    // application crashes; foreign keys are off by default in SQLite.
    for (const char* pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON"}) {
        if (Error error = query.exec(QString::fromLatin1(pragma)))
            return error;
    }
    return {};
}

// QPSQL's isOpen() stays true after the server has dropped the session (a restart, a terminated
// backend, a network cut). A connection idle for a while is asked first, so that the first
// statement after a restart does not fail for nothing; a failed statement closes its connection
// itself (SqlQuery), which covers the rest.
bool Database::isAlive(QSqlDatabase& db, const QString& name)
{
    if (!m_dialect.isPostgreSql())
        return true;
    {
        QMutexLocker locker(&m_mutex);
        QElapsedTimer& used = m_lastUsed[name];
        const bool recent = used.isValid() && used.elapsed() < IdleCheckMilliseconds;
        used.start();
        if (recent)
            return true;
    }
    SqlQuery ping(db);
    if (!ping.exec(QStringLiteral("SELECT 1")))
        return true; // a live connection that answered badly: the caller's own statement reports it
    return db.isOpen(); // a lost session was closed by SqlQuery: reopen
}

Database::ProgressObserver Database::setThreadProgressObserver(ProgressObserver observer)
{
    return std::exchange(threadProgressObserver, std::move(observer));
}

void Database::closeThreadConnection()
{
    const QString name = threadConnectionName();
    if (!QSqlDatabase::contains(name))
        return;
    StatementCache::forget(name);
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QMutexLocker locker(&m_mutex);
    m_connectionNames.removeAll(name);
    m_lastUsed.remove(name);
}

int Database::preparedStatementCount() const
{
    return SqlQuery::preparedCount(threadConnectionName());
}

int Database::cachedStatementCount() const
{
    return SqlQuery::cachedCount(threadConnectionName());
}

Error Database::write(const Work& work, int maxAttempts, Replay replay)
{
    Error last;
    bool outcomeUnknown = false; // a COMMIT was lost: whatever happens next, say so
    int reconnects = 0;
    for (int attempt = 1; attempt <= maxAttempts; ++attempt) {
        if (attempt > 1 && last.code() == ErrorCode::Busy) {
            // Exponential back-off with jitter: 10, 20, 40… ms, capped at 500 ms.
            const int base = std::min(500, 10 << (attempt - 2));
            QThread::msleep(static_cast<unsigned long>(base)
                            + QRandomGenerator::global()->bounded(static_cast<quint32>(base)));
        }
        Result<QSqlDatabase> db = connection();
        if (!db)
            return outcomeUnknown ? Error(ErrorCode::OutcomeUnknown, db.error().detail()) : db.error();

        Transaction transaction(db.value(), m_dialect);
        bool committing = false;
        last = transaction.begin();
        if (!last)
            last = work(db.value());
        if (!last) {
            committing = true;
            last = transaction.commit();
        }
        if (!last)
            return {};
        transaction.rollback();
        if (last.code() == ErrorCode::ConnectionLost) {
            // Lost before COMMIT: the server rolled the transaction back, so work runs again on a
            // new session. Lost during COMMIT: it may or may not have committed. Never guessed: work
            // that looks its idempotency key up first (Replay::ByKey) runs again and finds its
            // answer if the first run committed; any other work answers OutcomeUnknown.
            if (committing)
                outcomeUnknown = true;
            if ((committing && replay == Replay::Never) || ++reconnects > 2)
                return outcomeUnknown ? Error(ErrorCode::OutcomeUnknown, last.detail()) : last;
            qCWarning(lcSql) << "write transaction runs again on a new connection"
                             << (committing ? "(after a lost COMMIT, by its key)" : "");
            reportProgress(outcomeUnknown ? Progress::ResolvingOutcome : Progress::Reconnecting);
            continue;
        }
        if (last.code() != ErrorCode::Busy)
            return last;
        qCDebug(lcSql) << "write transaction retried, attempt" << attempt << last.detail();
    }
    return last;
}
