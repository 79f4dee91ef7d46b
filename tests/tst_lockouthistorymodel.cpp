// LockoutHistoryModel: lazy keyset pages through a loader, checked by QAbstractItemModelTester, on
// both engines; asynchronous completions and resets.
#include "agents/AgentRepository.h"
#include "db/SqlQuery.h"
#include "supervision/LockoutHistoryModel.h"
#include "support/TestDatabases.h"
#include "support/TestSettle.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QTimeZone>

namespace {

constexpr int Events = 25;

// Events accounts, each with one lockout (every other one still locked), and a supervisor.
bool setUp(Database& database, AgentSession* supervisor)
{
    const QDateTime base(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::utc());
    return !database.write([&](QSqlDatabase& db) -> Error {
        const Result<qint64> agent = AgentRepository(db).add(QStringLiteral("sophie"), QStringLiteral("Sophie Roux"),
                                                             Agent::Role::Supervisor, QStringLiteral("$argon2id$x"));
        if (!agent)
            return agent.error();
        supervisor->agentId = agent.value();
        supervisor->login = QStringLiteral("sophie");
        supervisor->role = Agent::Role::Supervisor;
        for (int i = 1; i <= Events; ++i) {
            SqlQuery person(db);
            if (Error e = person.prepare(
                    QStringLiteral("INSERT INTO persons (nir, sex, last_name, first_names, birth_date, birth_place)"
                                   " VALUES (:nir, 1, 'Durand', 'Jean', '1985-03-01', 'Paris') RETURNING id")))
                return e;
            person.bind(QStringLiteral(":nir"),
                        Nir::parse(QStringLiteral("18503751060%1").arg(i, 2, 10, QLatin1Char('0'))).digits());
            if (Error e = person.exec(); e || !person.next())
                return e ? e : Error(ErrorCode::DatabaseError);
            SqlQuery account(db);
            if (Error e = account.prepare(QStringLiteral("INSERT INTO accounts (person_id, email, status)"
                                                         " VALUES (:p, 'j@example.org', 'active') RETURNING id")))
                return e;
            account.bind(QStringLiteral(":p"), person.value(QStringLiteral("id")));
            if (Error e = account.exec(); e || !account.next())
                return e ? e : Error(ErrorCode::DatabaseError);
            SqlQuery event(db);
            if (Error e = event.prepare(QStringLiteral(
                    "INSERT INTO lockout_events (account_id, locked_at, failed_attempts, unlocked_at, unlocked_by)"
                    " VALUES (:a, :l, 5, :u, :b)")))
                return e;
            const bool open = i % 2 == 0;
            event.bind(QStringLiteral(":a"), account.value(QStringLiteral("id")));
            event.bind(QStringLiteral(":l"), database.dialect().toSql(base.addSecs(60 * (i / 3)))); // ties
            event.bind(QStringLiteral(":u"), database.dialect().toSql(open ? QDateTime() : base.addDays(1)));
            event.bind(QStringLiteral(":b"), open ? QVariant(QMetaType::fromType<qint64>()) : QVariant(agent.value()));
            if (Error e = event.exec())
                return e;
        }
        return {};
    });
}

} // namespace

class TestLockoutHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void pageByPage_data() { TestDatabase::addEngineRows(); }
    void pageByPage();
    void modelTester_data() { TestDatabase::addEngineRows(); }
    void modelTester();
    void asynchronousLoader_data() { TestDatabase::addEngineRows(); }
    void asynchronousLoader();
    void loadFailure();
};

void TestLockoutHistoryModel::pageByPage()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    AgentSession supervisor;
    QVERIFY(setUp(db.database(), &supervisor));
    LockoutHistory history(db.database());
    LockoutHistoryModel model(LockoutHistoryModel::synchronousLoader(history, supervisor));
    model.setPageSize(7);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(LockoutHistoryModel::ColumnCount));
    QVERIFY(!model.headerData(LockoutHistoryModel::LockedAt, Qt::Horizontal).toString().isEmpty());
    QSignalSpy loaded(&model, &LockoutHistoryModel::pageLoaded);
    for (const int expected : {7, 14, 21, 25}) {
        QVERIFY(model.canFetchMore());
        model.fetchMore();
        QCOMPARE(model.rowCount(), expected);
    }
    QVERIFY(!model.canFetchMore());
    QVERIFY(model.atEnd());
    QCOMPARE(loaded.size(), 4);
    model.fetchMore(); // at the end: nothing happens
    QCOMPARE(model.rowCount(), Events);

    // Newest first, the id breaking ties; every event exactly once.
    QSet<qint64> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        seen.insert(model.index(row, 0).data(LockoutHistoryModel::EventIdRole).toLongLong());
        if (row > 0) {
            const LockoutHistoryRow& previous = model.rowAt(row - 1);
            const LockoutHistoryRow& current = model.rowAt(row);
            QVERIFY(previous.lockedAt > current.lockedAt
                    || (previous.lockedAt == current.lockedAt && previous.eventId > current.eventId));
        }
    }
    QCOMPARE(seen.size(), Events);
    const QModelIndex stillLocked = model.index(0, LockoutHistoryModel::UnlockedAt);
    QVERIFY(!stillLocked.data().toString().isEmpty());

    // A new filter resets the model and starts again from the first page.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    LockoutHistory::Filter locked;
    locked.state = LockoutHistory::State::StillLocked;
    model.setFilter(locked);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore());
    model.fetchMore();
    QCOMPARE(model.rowCount(), 7);
    model.fetchMore();
    QCOMPARE(model.rowCount(), 12);
    QVERIFY(!model.canFetchMore());
}

void TestLockoutHistoryModel::modelTester()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    AgentSession supervisor;
    QVERIFY(setUp(db.database(), &supervisor));
    LockoutHistory history(db.database());
    LockoutHistoryModel model(LockoutHistoryModel::synchronousLoader(history, supervisor));
    model.setPageSize(4);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The tester fetches on its own too: the count only grows, a page or more at a time.
    int previous = model.rowCount();
    while (model.canFetchMore()) {
        model.fetchMore();
        QVERIFY(model.rowCount() > previous);
        QVERIFY(model.rowCount() <= Events);
        previous = model.rowCount();
    }
    QCOMPARE(model.rowCount(), Events);
    LockoutHistory::Filter unlocked;
    unlocked.state = LockoutHistory::State::Unlocked;
    model.setFilter(unlocked);
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), 13);
    model.setSort({LockoutHistory::SortColumn::UnlockedAt, false});
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), 13);
}

void TestLockoutHistoryModel::asynchronousLoader()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    AgentSession supervisor;
    QVERIFY(setUp(db.database(), &supervisor));
    LockoutHistory history(db.database());

    // The loader answers later, from another thread: the page is read here, handed over there.
    QList<std::pair<LockoutHistoryModel::Request, LockoutHistoryModel::Done>> pending;
    LockoutHistoryModel model([&pending](const LockoutHistoryModel::Request& request, LockoutHistoryModel::Done done) {
        pending.append({request, done});
    });
    model.setPageSize(10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto completeFromThread = [&]() {
        QVERIFY(!pending.isEmpty());
        const auto [request, done] = pending.takeFirst();
        const Result<LockoutHistory::Page> page
            = history.page(supervisor, request.filter, request.sort, request.after, request.limit);
        QThread* thread = QThread::create([done = done, page]() { done(page); });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
    };

    if (pending.isEmpty()) // the tester did not ask yet
        model.fetchMore();
    QCOMPARE(pending.size(), 1);
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore()); // one page in flight at a time
    model.fetchMore();
    QCOMPARE(pending.size(), 1);
    completeFromThread();
    QTRY_COMPARE(model.rowCount(), 10); // applied on the model's thread
    QVERIFY(!model.isLoading());

    // A page that comes back after a reset belongs to the old filter: it is dropped.
    model.fetchMore();
    QCOMPARE(pending.size(), 1);
    LockoutHistory::Filter locked;
    locked.state = LockoutHistory::State::StillLocked;
    model.setFilter(locked);
    QCOMPARE(model.rowCount(), 0);
    completeFromThread();
    QVERIFY(TestSettle::events()); // the old page's answer has arrived
    QCOMPARE(model.rowCount(), 0);
    while (model.canFetchMore() || !pending.isEmpty()) {
        if (pending.isEmpty())
            model.fetchMore();
        completeFromThread();
        QTRY_VERIFY(!model.isLoading());
    }
    QCOMPARE(model.rowCount(), 12);
    QVERIFY(model.atEnd());
}

void TestLockoutHistoryModel::loadFailure()
{
    int calls = 0;
    LockoutHistoryModel model([&calls](const LockoutHistoryModel::Request&, LockoutHistoryModel::Done done) {
        ++calls;
        done(Error(ErrorCode::Forbidden));
    });
    QSignalSpy failed(&model, &LockoutHistoryModel::loadFailed);
    model.fetchMore();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(), QStringLiteral("forbidden"));
    QVERIFY(!model.canFetchMore()); // no retry loop: the next reset tries again
    model.fetchMore();
    QCOMPARE(calls, 1);
    model.setFilter({});
    QVERIFY(model.canFetchMore());
    model.fetchMore();
    QCOMPARE(calls, 2);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestLockoutHistoryModel)
#include "tst_lockouthistorymodel.moc"
