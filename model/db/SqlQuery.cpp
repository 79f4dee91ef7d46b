#include "db/SqlQuery.h"

#include "core/Logging.h"
#include "db/DatabaseFailure.h"
#include "db/PgStatement.h"
#include "db/SqliteStatement.h"
#include "db/StatementCache.h"

#include <QSqlError>

SqlQuery::SqlQuery(const QSqlDatabase& db) : m_db(db), m_dialect(dialectOf(db))
{ }

SqlQuery::SqlQuery(SqlQuery&& other) noexcept
    : m_db(other.m_db)
    , m_dialect(other.m_dialect)
    , m_query(std::move(other.m_query))
    , m_lite(std::move(other.m_lite))
    , m_pg(std::move(other.m_pg))
    , m_cachedSql(std::move(other.m_cachedSql))
    , m_generation(other.m_generation)
    , m_statement(std::move(other.m_statement))
{ }

SqlQuery::~SqlQuery()
{
    giveBack();
}

void SqlQuery::giveBack()
{
    if (m_query && !m_cachedSql.isEmpty())
        StatementCache::giveBack(m_db, m_cachedSql, std::move(m_query), m_generation);
    m_query.reset();
    m_cachedSql.clear();
}

Error SqlQuery::prepare(const QString& sql)
{
    m_statement = sql; // simplified only when logged
    if (m_dialect.isPostgreSql()) {
        if (!m_pg)
            m_pg = std::make_unique<PgStatement>(m_db);
        if (!m_pg->prepare(sql)) {
            qCWarning(lcSql) << "prepare failed:" << statementLabel() << lastError().nativeErrorCode()
                             << primaryMessage(lastError());
            return failed();
        }
        return {};
    }
    giveBack();
    if (SqliteStatement::handle(m_db)) {
        if (!m_lite)
            m_lite = std::make_unique<SqliteStatement>(m_db);
        if (!m_lite->prepare(sql)) {
            qCWarning(lcSql) << "prepare failed:" << statementLabel() << lastError().nativeErrorCode()
                             << primaryMessage(lastError());
            return failed();
        }
        return {};
    }
    m_lite.reset();
    m_query = StatementCache::take(m_db, sql);
    m_generation = StatementCache::generation(m_db);
    if (m_query) {
        // As a freshly prepared statement: a placeholder left unbound is NULL, not the last value.
        const qsizetype count = m_query->boundValues().size();
        for (qsizetype i = 0; i < count; ++i)
            m_query->bindValue(static_cast<int>(i), QVariant());
    } else {
        m_query = std::make_unique<QSqlQuery>(m_db);
        m_query->setForwardOnly(true);
        if (!m_query->prepare(sql)) {
            qCWarning(lcSql) << "prepare failed:" << statementLabel() << lastError().nativeErrorCode()
                             << primaryMessage(lastError());
            return failed();
        }
        StatementCache::countPrepared(m_db);
    }
    m_cachedSql = sql;
    return {};
}

void SqlQuery::bind(const QString& placeholder, const QVariant& value)
{
    if (m_pg)
        m_pg->bind(placeholder, value);
    else if (m_lite)
        m_lite->bind(placeholder, value);
    else if (m_query)
        m_query->bindValue(placeholder, value);
}

Error SqlQuery::exec()
{
    const bool ok = m_pg ? m_pg->exec() : m_lite ? m_lite->exec() : (m_query && m_query->exec());
    if (!ok) {
        qCDebug(lcSql) << "exec failed:" << statementLabel() << lastError().nativeErrorCode()
                       << primaryMessage(lastError());
        return failed();
    }
    return {};
}

Error SqlQuery::exec(const QString& sql)
{
    // Not prepared: PostgreSQL cannot prepare DDL, SET or transaction control, and a statement
    // without values gains nothing from it.
    m_statement = sql; // simplified only when logged
    bool ok = false;
    if (m_dialect.isPostgreSql()) {
        if (!m_pg)
            m_pg = std::make_unique<PgStatement>(m_db);
        ok = m_pg->exec(sql);
    } else {
        giveBack();
        m_lite.reset(); // its statement given back, reset
        m_query = std::make_unique<QSqlQuery>(m_db);
        m_query->setForwardOnly(true);
        ok = m_query->exec(sql);
    }
    if (!ok) {
        qCDebug(lcSql) << "exec failed:" << statementLabel() << lastError().nativeErrorCode()
                       << primaryMessage(lastError());
        return failed();
    }
    return {};
}

bool SqlQuery::next()
{
    if (m_pg)
        return m_pg->next();
    if (m_lite)
        return m_lite->next();
    return m_query && m_query->next();
}

QVariant SqlQuery::value(const QString& column) const
{
    if (m_pg)
        return m_pg->value(column);
    if (m_lite)
        return m_lite->value(column);
    return m_query ? m_query->value(column) : QVariant();
}

QString SqlQuery::statementLabel() const
{
    return m_statement.simplified().left(60);
}

QSqlError SqlQuery::lastError() const
{
    if (m_pg)
        return m_pg->lastError();
    if (m_lite)
        return m_lite->lastError();
    return m_query ? m_query->lastError() : QSqlError();
}

int SqlQuery::numRowsAffected() const
{
    if (m_pg)
        return m_pg->numRowsAffected();
    if (m_lite)
        return m_lite->numRowsAffected();
    return m_query ? m_query->numRowsAffected() : -1;
}

int SqlQuery::preparedCount(const QString& connectionName)
{
    return StatementCache::preparedCount(connectionName);
}

int SqlQuery::cachedCount(const QString& connectionName)
{
    return StatementCache::size(connectionName);
}

Error SqlQuery::failed()
{
    Error error = toError(m_dialect, lastError());
    if (error.code() == ErrorCode::ConnectionLost) {
        // QPSQL still says isOpen(): close it, so that Database::connection() opens a new session
        // (and statements are prepared again there) instead of failing on the dead one forever.
        qCWarning(lcSql) << "the database connection was lost:" << statementLabel() << error.detail();
        if (m_query)
            m_query->finish();
        if (m_lite)
            m_lite->release();
        StatementCache::forget(m_db.connectionName());
        m_db.close();
    }
    return error;
}

QString SqlQuery::primaryMessage(const QSqlError& error)
{
    // PostgreSQL appends DETAIL lines that quote the row's values ("Key (nir)=(…)"): keep only
    // the first line, which names the constraint, never a value.
    const QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

SqlDialect SqlQuery::dialectOf(const QSqlDatabase& db)
{
    return SqlDialect(db.driverName() == QLatin1String("QPSQL") ? DatabaseUrl::Engine::PostgreSql
                                                                : DatabaseUrl::Engine::Sqlite);
}

Error SqlQuery::toError(const SqlDialect& dialect, const QSqlError& error)
{
    ErrorCode code = ErrorCode::DatabaseError;
    if (dialect.isRetryable(error))
        code = ErrorCode::Busy;
    else if (dialect.isUniqueViolation(error))
        code = ErrorCode::Duplicate;
    else if (const ErrorCode refused = DatabaseFailure::fromStatement(dialect.isPostgreSql(), error);
             refused != ErrorCode::None)
        code = refused;
    const QString detail = error.nativeErrorCode() + QLatin1String(": ") + primaryMessage(error);
    return Error(code, detail);
}
