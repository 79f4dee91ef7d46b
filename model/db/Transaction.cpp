#include "db/Transaction.h"

#include "core/Logging.h"
#include "db/SqlQuery.h"

Transaction::Transaction(const QSqlDatabase& db, SqlDialect dialect) : m_db(db), m_dialect(dialect)
{ }

Transaction::~Transaction()
{
    rollback();
}

Error Transaction::begin()
{
    SqlQuery query(m_db);
    if (Error error = query.exec(m_dialect.beginWriteStatement()))
        return error;
    m_active = true;
    return {};
}

Error Transaction::commit()
{
    if (!m_active)
        return Error(ErrorCode::DatabaseError, QStringLiteral("commit without an active transaction"));
    SqlQuery query(m_db);
    if (Error error = query.exec(QStringLiteral("COMMIT"))) {
        rollback();
        return error;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (!m_db.isOpen())
        return; // the connection was lost (SqlQuery closed it): the server has rolled back already
    SqlQuery query(m_db);
    if (Error error = query.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcSql) << "rollback failed:" << error.detail();
}
