#include "db/SqlQuery.h"

#include "core/Logging.h"
#include "db/DatabaseFailure.h"

#include <QSqlError>

SqlQuery::SqlQuery(const QSqlDatabase& db) : m_db(db), m_dialect(dialectOf(db)), m_query(db)
{
    m_query.setForwardOnly(true);
}

Error SqlQuery::prepare(const QString& sql)
{
    m_statement = sql.simplified().left(60);
    if (!m_query.prepare(sql)) {
        qCWarning(lcSql) << "prepare failed:" << m_statement << m_query.lastError().nativeErrorCode()
                         << primaryMessage(m_query.lastError());
        return failed();
    }
    return {};
}

void SqlQuery::bind(const QString& placeholder, const QVariant& value)
{
    m_query.bindValue(placeholder, value);
}

Error SqlQuery::exec()
{
    if (!m_query.exec()) {
        qCDebug(lcSql) << "exec failed:" << m_statement << m_query.lastError().nativeErrorCode()
                       << primaryMessage(m_query.lastError());
        return failed();
    }
    return {};
}

Error SqlQuery::exec(const QString& sql)
{
    // Not prepared: PostgreSQL cannot prepare DDL, SET or transaction control, and a statement
    // without values gains nothing from it.
    m_statement = sql.simplified().left(60);
    if (!m_query.exec(sql)) {
        qCDebug(lcSql) << "exec failed:" << m_statement << m_query.lastError().nativeErrorCode()
                       << primaryMessage(m_query.lastError());
        return failed();
    }
    return {};
}

Error SqlQuery::failed()
{
    Error error = toError(m_dialect, m_query.lastError());
    if (error.code() == ErrorCode::ConnectionLost) {
        // QPSQL still says isOpen(): close it, so that Database::connection() opens a new session
        // (and statements are prepared again there) instead of failing on the dead one forever.
        qCWarning(lcSql) << "the database connection was lost:" << m_statement << error.detail();
        m_query.finish();
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
