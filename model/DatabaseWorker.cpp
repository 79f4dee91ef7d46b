#include "DatabaseWorker.h"

#include "Database.h"

DatabaseWorker::DatabaseWorker(Database& database) : m_database(database)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // the thread, and so its connection, lives as long as the worker
    m_pool.setObjectName(QStringLiteral("DatabaseWorker"));
}

DatabaseWorker::~DatabaseWorker()
{
    Database* database = &m_database;
    run([database] { database->closeThreadConnection(); }).waitForFinished();
    m_pool.waitForDone();
}
