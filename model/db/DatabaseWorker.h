#pragma once

#include "core/Error.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

class Database;

// Runs database work off the UI thread, on one dedicated thread that keeps its own connection
// (Qt SQL connections belong to the thread that opened them). Jobs run one after the other, in
// the order they were submitted.
class DatabaseWorker
{
public:
    explicit DatabaseWorker(Database& database);
    ~DatabaseWorker();
    Q_DISABLE_COPY_MOVE(DatabaseWorker)

    template <typename Job> auto run(Job&& job) -> QFuture<std::invoke_result_t<Job>>
    {
        return QtConcurrent::run(&m_pool, std::forward<Job>(job));
    }

    // The one way the UI waits for the database: runs job on the worker, then done(result) on
    // the context's thread, from its event loop, and only while the context lives (a widget closed
    // meanwhile is never called back; the watcher goes with it). Call it from the context's
    // thread. A job that ends without a result (the pool was cleared) answers
    // Error(DatabaseUnavailable), so its result type must be constructible from an Error (a
    // Result<T>, an Error); a void job calls done(). Stale answers (the user has moved on) are the
    // caller's to drop, with a sequence number captured in done.
    template <typename Job, typename Done> void submit(QObject* context, Job&& job, Done&& done)
    {
        using T = std::invoke_result_t<Job>;
        Q_ASSERT(context && context->thread() == QThread::currentThread());
        auto* watcher = new QFutureWatcher<T>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                         [watcher, done = std::forward<Done>(done)]() mutable {
                             watcher->deleteLater();
                             const QFuture<T> future = watcher->future();
                             if constexpr (std::is_void_v<T>) {
                                 done();
                             } else {
                                 if (future.resultCount() == 0) {
                                     done(T(Error(ErrorCode::DatabaseUnavailable)));
                                     return;
                                 }
                                 done(future.result());
                             }
                         });
        watcher->setFuture(run(std::forward<Job>(job)));
    }

    Database& database() const { return m_database; }

private:
    Database& m_database;
    QThreadPool m_pool;
};
