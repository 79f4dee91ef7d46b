// A long-running desk or mail service whose PostgreSQL session goes away (the server restarts, IT
// terminates the backend, the network drops): QPSQL still says isOpen(), so Guichet must see the
// loss in the failed statement, open a new session, and never guess whether a COMMIT it lost took
// effect. The backends are terminated for real (pg_terminate_backend), on the private server of
// resources/scripts/with-postgresql.sh. PostgreSQL only: an SQLite file has no session to lose.
#include "core/Error.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "support/TestDatabases.h"

#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>

namespace {

const QString engine = QStringLiteral("postgresql");

qint64 backendPid(const QSqlDatabase& db)
{
    SqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT pg_backend_pid() AS pid")) || !query.next())
        return 0;
    return query.value(QStringLiteral("pid")).toLongLong();
}

// Terminates pid from another session (a second Database: its own connection names).
bool terminate(const DatabaseUrl& url, qint64 pid)
{
    Database other(url);
    Result<QSqlDatabase> db = other.connection();
    if (!db)
        return false;
    SqlQuery query(db.value());
    if (query.prepare(QStringLiteral("SELECT pg_terminate_backend(:pid) AS done")))
        return false;
    query.bind(QStringLiteral(":pid"), pid);
    if (query.exec() || !query.next() || !query.value(QStringLiteral("done")).toBool())
        return false;
    // The backend is gone once the server no longer lists it.
    for (int i = 0; i < 100; ++i) {
        SqlQuery alive(db.value());
        if (alive.prepare(QStringLiteral("SELECT count(*) AS n FROM pg_stat_activity WHERE pid = :pid")))
            return false;
        alive.bind(QStringLiteral(":pid"), pid);
        if (alive.exec() || !alive.next())
            return false;
        if (alive.value(QStringLiteral("n")).toInt() == 0)
            return true;
        QTest::qWait(20);
    }
    return false;
}

int probeRows(Database& database)
{
    Result<QSqlDatabase> db = database.connection();
    if (!db)
        return -1;
    SqlQuery query(db.value());
    if (query.exec(QStringLiteral("SELECT count(*) AS n FROM reconnect_probe")) || !query.next())
        return -1;
    return query.value(QStringLiteral("n")).toInt();
}

// A table, and a deferred trigger that terminates its own backend during the first COMMIT that
// inserts into it (a sequence counts, outside any transaction): the client loses the connection in
// the middle of COMMIT, which the server then rolls back.
bool createProbe(Database& database)
{
    Result<QSqlDatabase> db = database.connection();
    if (!db)
        return false;
    SqlQuery query(db.value());
    for (const char* statement : {
             "CREATE TABLE reconnect_probe (probe_key TEXT PRIMARY KEY)",
             "CREATE SEQUENCE reconnect_kills",
             "CREATE FUNCTION reconnect_kill() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
             " IF nextval('reconnect_kills') = 1 THEN PERFORM pg_terminate_backend(pg_backend_pid());"
             " PERFORM pg_sleep(5); END IF; RETURN NULL; END $$",
             "CREATE CONSTRAINT TRIGGER reconnect_kill AFTER INSERT ON reconnect_probe DEFERRABLE INITIALLY DEFERRED"
             " FOR EACH ROW EXECUTE FUNCTION reconnect_kill()",
         }) {
        if (Error error = query.exec(QString::fromLatin1(statement))) {
            qWarning() << error.detail();
            return false;
        }
    }
    return true;
}

// Work that looks its key up first and inserts it only when absent: what the desk's keyed actions
// do with their idempotency key.
Error keyedInsert(QSqlDatabase& db, const QString& key, int* runs)
{
    ++*runs;
    SqlQuery find(db);
    if (Error error = find.prepare(QStringLiteral("SELECT probe_key FROM reconnect_probe WHERE probe_key = :key")))
        return error;
    find.bind(QStringLiteral(":key"), key);
    if (Error error = find.exec())
        return error;
    if (find.next())
        return {};
    SqlQuery insert(db);
    if (Error error = insert.prepare(QStringLiteral("INSERT INTO reconnect_probe (probe_key) VALUES (:key)")))
        return error;
    insert.bind(QStringLiteral(":key"), key);
    return insert.exec();
}

} // namespace

class TestDatabaseReconnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void lostSessionIsReopened();
    void writeAfterLossRunsOnANewSession();
    void lostCommit_data();
    void lostCommit();
};

// The statement on the dead session says ConnectionLost (not a generic database error), and the
// next connection() is a new, working session.
void TestDatabaseReconnect::lostSessionIsReopened()
{
    GUICHET_TEST_DATABASE(test, engine);
    QVERIFY(test.migrate());
    Result<QSqlDatabase> first = test.database().connection();
    QVERIFY(first);
    const qint64 before = backendPid(first.value());
    QVERIFY(before > 0);
    QVERIFY(terminate(test.url(), before));
    QVERIFY(first.value().isOpen()); // what QPSQL believes

    SqlQuery query(first.value());
    const Error lost = query.exec(QStringLiteral("SELECT 1"));
    QCOMPARE(lost.code(), ErrorCode::ConnectionLost);
    QVERIFY(Error::isDatabaseFailure(lost.code()));

    Result<QSqlDatabase> second = test.database().connection();
    QVERIFY2(second, qPrintable(second.error().detail()));
    const qint64 after = backendPid(second.value());
    QVERIFY(after > 0);
    QVERIFY(after != before);
}

// Nothing failed yet on the dead session: the write's BEGIN finds it lost, and the write runs on a
// new one instead of failing (a desk signed in before a server restart carries on).
void TestDatabaseReconnect::writeAfterLossRunsOnANewSession()
{
    GUICHET_TEST_DATABASE(test, engine);
    QVERIFY(test.migrate());
    Result<QSqlDatabase> db = test.database().connection();
    QVERIFY(db);
    SqlQuery create(db.value());
    QVERIFY(!create.exec(QStringLiteral("CREATE TABLE reconnect_probe (probe_key TEXT PRIMARY KEY)")));
    QVERIFY(terminate(test.url(), backendPid(db.value())));

    QList<Database::Progress> reported;
    Database::setThreadProgressObserver([&reported](Database::Progress progress) { reported << progress; });
    const auto forget = qScopeGuard([] { Database::setThreadProgressObserver(nullptr); });
    int runs = 0;
    const Error written = test.database().write(
        [&runs](QSqlDatabase& session) { return keyedInsert(session, QStringLiteral("k1"), &runs); });
    QVERIFY2(!written, qPrintable(written.detail()));
    QCOMPARE(runs, 1); // lost at BEGIN, before work ran
    QCOMPARE(reported, QList<Database::Progress>{Database::Progress::Reconnecting}); // the thread's observer heard it
    QCOMPARE(probeRows(test.database()), 1);
}

void TestDatabaseReconnect::lostCommit_data()
{
    QTest::addColumn<bool>("byKey");
    QTest::addColumn<int>("expectedCode");
    QTest::addColumn<int>("expectedRuns");
    QTest::addColumn<int>("expectedRows");
    QTest::addColumn<int>("expectedResolving"); // Progress::ResolvingOutcome reports
    // Without a key nothing tells whether COMMIT took effect: say so, do not run it again.
    QTest::newRow("no key: outcome unknown") << false << int(ErrorCode::OutcomeUnknown) << 1 << 0 << 0;
    // With a key, work runs again on a new session and looks its key up: here the first COMMIT had
    // not taken effect, so the row is written once. The thread's observer hears that it is resolved.
    QTest::newRow("by key: resolved") << true << int(ErrorCode::None) << 2 << 1 << 1;
}

void TestDatabaseReconnect::lostCommit()
{
    QFETCH(bool, byKey);
    QFETCH(int, expectedCode);
    QFETCH(int, expectedRuns);
    QFETCH(int, expectedRows);
    QFETCH(int, expectedResolving);
    GUICHET_TEST_DATABASE(test, engine);
    QVERIFY(test.migrate());
    QVERIFY(createProbe(test.database()));

    QList<Database::Progress> reported;
    Database::setThreadProgressObserver([&reported](Database::Progress progress) { reported << progress; });
    const auto forget = qScopeGuard([] { Database::setThreadProgressObserver(nullptr); });
    int runs = 0;
    const Error written = test.database().write(
        [&runs](QSqlDatabase& session) { return keyedInsert(session, QStringLiteral("k1"), &runs); }, 8,
        byKey ? Database::Replay::ByKey : Database::Replay::Never);
    QCOMPARE(int(written.code()), expectedCode);
    QCOMPARE(reported, QList<Database::Progress>(expectedResolving, Database::Progress::ResolvingOutcome));
    QCOMPARE(runs, expectedRuns);
    QCOMPARE(probeRows(test.database()), expectedRows);

    // Either way the next write works on a new session (the trigger kills only once).
    const Error next = test.database().write(
        [&runs](QSqlDatabase& session) { return keyedInsert(session, QStringLiteral("k2"), &runs); });
    QVERIFY2(!next, qPrintable(next.detail()));
    QCOMPARE(probeRows(test.database()), expectedRows + 1);
}

QTEST_GUILESS_MAIN(TestDatabaseReconnect)
#include "tst_databasereconnect.moc"
