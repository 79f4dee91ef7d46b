#include "Database.h"

#include "DatabaseFailure.h"
#include "Logging.h"
#include "PgCertificateProbe.h"
#include "SqlQuery.h"
#include "Transaction.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QThread>

namespace {

QAtomicInt instanceCounter;

} // namespace

Database::Database(const DatabaseUrl& url)
    : m_url(url)
    , m_dialect(url.engine())
    , m_prefix(QStringLiteral("guichet-%1-").arg(instanceCounter.fetchAndAddRelaxed(1)))
{ }

Database::~Database()
{
    QMutexLocker locker(&m_mutex);
    // Worker threads close their own connections (DatabaseWorker does); what is left belongs to
    // threads that are gone or to this one. removeDatabase() closes them.
    for (const QString& name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
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
        if (db.isOpen())
            return db;
    }

    if (!m_url.isValid())
        return Error(ErrorCode::DatabaseUnavailable, QStringLiteral("invalid database URL"));

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
        if (!QDir().mkpath(file.absolutePath()))
            return Error(ErrorCode::DatabaseUnavailable, QStringLiteral("cannot create the database folder"));
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
    if (Error error = configure(db)) {
        db.close();
        return error;
    }
    return db;
}

Error Database::configure(QSqlDatabase& db)
{
    SqlQuery query(db);
    if (m_dialect.isPostgreSql()) {
        if (Error error = query.exec(QStringLiteral("SET TIME ZONE 'UTC'")))
            return error;
        return {};
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

void Database::closeThreadConnection()
{
    const QString name = threadConnectionName();
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QMutexLocker locker(&m_mutex);
    m_connectionNames.removeAll(name);
}

Error Database::write(const Work& work, int maxAttempts)
{
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();

    Error last;
    for (int attempt = 1; attempt <= maxAttempts; ++attempt) {
        if (attempt > 1) {
            // Exponential back-off with jitter: 10, 20, 40… ms, capped at 500 ms.
            const int base = std::min(500, 10 << (attempt - 2));
            QThread::msleep(static_cast<unsigned long>(base + QRandomGenerator::global()->bounded(base)));
        }
        Transaction transaction(db.value(), m_dialect);
        last = transaction.begin();
        if (!last)
            last = work(db.value());
        if (!last)
            last = transaction.commit();
        if (!last)
            return {};
        transaction.rollback();
        if (last.code() != ErrorCode::Busy)
            return last;
        qCDebug(lcSql) << "write transaction retried, attempt" << attempt << last.detail();
    }
    return last;
}
