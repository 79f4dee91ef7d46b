#pragma once

#include <QFuture>
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

    Database& database() const { return m_database; }

private:
    Database& m_database;
    QThreadPool m_pool;
};
