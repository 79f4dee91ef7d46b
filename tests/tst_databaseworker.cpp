#include "core/Error.h"
#include "db/Database.h"
#include "db/DatabaseWorker.h"
#include "support/TestDatabases.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSemaphore>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <numeric>
#include <optional>

// DatabaseWorker::submit, the one way the UI waits for the database: the job on the worker's
// thread, its answer on the context's thread and only while the context lives, in the order the
// jobs were given.

namespace {

constexpr int Timeout = 10000;

// The watchers submit() parents to the context: none is left once the answers are in.
int watchers(const QObject& context)
{
    return int(context.findChildren<QFutureWatcherBase*>().size());
}

} // namespace

class TestDatabaseWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void answersOnTheContextThread_data() { TestDatabase::addEngineRows(); }
    void answersOnTheContextThread();
    void contextInAnotherThread_data() { TestDatabase::addEngineRows(); }
    void contextInAnotherThread();
    void destroyedContextIsNeverCalled_data() { TestDatabase::addEngineRows(); }
    void destroyedContextIsNeverCalled();
    void keepsTheOrder_data() { TestDatabase::addEngineRows(); }
    void keepsTheOrder();
};

void TestDatabaseWorker::answersOnTheContextThread()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    DatabaseWorker worker(db.database());
    QObject context;
    Database* database = &db.database();
    QThread* jobThread = nullptr;
    QThread* doneThread = nullptr;
    std::optional<Result<int>> answer;
    worker.submit(
        &context,
        [database, &jobThread]() -> Result<int> {
            jobThread = QThread::currentThread();
            const Result<QSqlDatabase> connection = database->connection();
            if (!connection)
                return connection.error();
            QSqlQuery query(connection.value());
            if (!query.exec(QStringLiteral("SELECT 41 + 1")) || !query.next())
                return Error(ErrorCode::DatabaseError);
            return query.value(0).toInt();
        },
        [&](const Result<int>& result) {
            doneThread = QThread::currentThread();
            answer = result;
        });
    QVERIFY(!answer); // never at once: from the event loop
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), Timeout);
    QVERIFY(answer->ok());
    QCOMPARE(answer->value(), 42);
    QVERIFY(jobThread && jobThread != QThread::currentThread());
    QCOMPARE(doneThread, QThread::currentThread());
    QTRY_COMPARE(watchers(context), 0); // the watcher went with its answer
}

void TestDatabaseWorker::contextInAnotherThread()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    DatabaseWorker worker(db.database());
    QThread thread;
    thread.start();
    auto* context = new QObject;
    context->moveToThread(&thread);
    QAtomicPointer<QThread> doneThread;
    QAtomicInt answered;
    QMetaObject::invokeMethod(context, [&worker, context, &doneThread, &answered] {
        worker.submit(
            context, [] { return Result<int>(7); },
            [&doneThread, &answered](const Result<int>& result) {
                doneThread.storeRelease(QThread::currentThread());
                answered.storeRelease(result.ok() ? result.value() : -1);
            });
    });
    QTRY_COMPARE_WITH_TIMEOUT(answered.loadAcquire(), 7, Timeout);
    QCOMPARE(doneThread.loadAcquire(), &thread);
    QMetaObject::invokeMethod(context, &QObject::deleteLater);
    thread.quit();
    QVERIFY(thread.wait(Timeout));
}

// The widget is closed while its job runs: the job ends, nobody is called, the watcher is gone
// with the context (nothing left for the sanitizer to find), the worker goes on with the next job.
void TestDatabaseWorker::destroyedContextIsNeverCalled()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    DatabaseWorker worker(db.database());
    QSemaphore started;
    QSemaphore gate;
    bool called = false;
    auto* context = new QObject;
    worker.submit(
        context,
        [&started, &gate] {
            started.release();
            gate.acquire();
            return Error();
        },
        [&called](const Error&) { called = true; });
    QVERIFY(started.tryAcquire(1, Timeout));
    QCOMPARE(watchers(*context), 1);
    QPointer<QFutureWatcherBase> watcher = context->findChild<QFutureWatcherBase*>();
    delete context;
    QVERIFY(watcher.isNull());
    gate.release();

    QObject next;
    bool nextCalled = false;
    worker.submit(
        &next, [] { return Error(); }, [&nextCalled](const Error&) { nextCalled = true; });
    QTRY_VERIFY_WITH_TIMEOUT(nextCalled, Timeout);
    QTest::qWait(50);
    QVERIFY(!called);
}

void TestDatabaseWorker::keepsTheOrder()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    DatabaseWorker worker(db.database());
    QObject context;
    QMutex mutex;
    QList<int> ran;
    QList<int> answered;
    constexpr int Count = 50;
    for (int i = 0; i < Count; ++i) {
        worker.submit(
            &context,
            [i, &mutex, &ran] {
                const QMutexLocker locker(&mutex);
                ran.append(i);
                return Result<int>(i);
            },
            [&answered](const Result<int>& result) { answered.append(result.ok() ? result.value() : -1); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), Count, Timeout);
    QList<int> expected(Count);
    std::iota(expected.begin(), expected.end(), 0);
    QCOMPARE(answered, expected);
    const QMutexLocker locker(&mutex);
    QCOMPARE(ran, expected);
}

QTEST_GUILESS_MAIN(TestDatabaseWorker)
#include "tst_databaseworker.moc"
