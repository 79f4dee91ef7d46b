#include "db/DatabaseWorker.h"

#include "db/Database.h"

#include <QSemaphore>

DatabaseWorker::DatabaseWorker(Database& database) : m_database(database)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // the thread, and so its connection, lives as long as the worker
    m_pool.setObjectName(QStringLiteral("DatabaseWorker"));
}

DatabaseWorker::~DatabaseWorker()
{
    // Every job queued so far runs first, in order (an interrupted call still gets closed), then
    // the connection closes on its own thread. Not QFuture::waitForFinished(): a job that has not
    // started yet may be taken and run on the calling thread, out of order and on its connection.
    QSemaphore closed;
    Database* database = &m_database;
    m_pool.start([database, &closed] {
        database->closeThreadConnection();
        closed.release();
    });
    closed.acquire();
    m_pool.waitForDone();
}
