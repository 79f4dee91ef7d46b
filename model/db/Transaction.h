#pragma once

#include "core/Error.h"
#include "db/SqlDialect.h"

#include <QSqlDatabase>

// A write transaction on one connection: begin() takes the write lock up front (BEGIN IMMEDIATE
// on SQLite), commit() is checked, and anything not committed is rolled back on destruction.
class Transaction
{
public:
    Transaction(const QSqlDatabase& db, SqlDialect dialect);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    Error begin();
    Error commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
    bool m_active = false;
};
