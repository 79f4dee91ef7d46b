#include "audit/AuditLog.h"
#include "db/SqlQuery.h"
#include "support/TestDatabases.h"

#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <atomic>

namespace {

AuditEntry entry(int n)
{
    AuditEntry e;
    e.agentLogin = QStringLiteral("system");
    e.agentRole = QStringLiteral("admin");
    e.workstation = QStringLiteral("desk-%1").arg(n % 3);
    e.action = QStringLiteral("test");
    e.reason = QStringLiteral("raison n°%1 « accentuée »").arg(n);
    e.outcome = QStringLiteral("ok");
    return e;
}

Error appendOne(Database& database, int n)
{
    return database.write([n](QSqlDatabase& db) -> Error {
        const Result<qint64> id = AuditLog(db).append(entry(n));
        return id ? Error() : id.error();
    });
}

// Runs statements with the append-only triggers out of the way, as an intruder with direct
// database access would.
Error tamper(Database& database, const QString& statement, qint64 id)
{
    const bool pg = database.dialect().isPostgreSql();
    return database.write([&](QSqlDatabase& db) -> Error {
        SqlQuery query(db);
        if (pg) {
            if (Error error = query.exec(QStringLiteral("ALTER TABLE audit_events DISABLE TRIGGER USER")))
                return error;
        } else {
            if (Error error = query.exec(QStringLiteral("DROP TRIGGER audit_events_no_update")))
                return error;
            if (Error error = query.exec(QStringLiteral("DROP TRIGGER audit_events_no_delete")))
                return error;
        }
        SqlQuery change(db);
        if (Error error = change.prepare(statement))
            return error;
        change.bind(QStringLiteral(":id"), id);
        return change.exec();
    });
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void chainIsIntact_data() { TestDatabase::addEngineRows(); }
    void chainIsIntact();
    void appendOnly_data() { TestDatabase::addEngineRows(); }
    void appendOnly();
    void editedRowIsReported_data() { TestDatabase::addEngineRows(); }
    void editedRowIsReported();
    void deletedRowIsReported_data() { TestDatabase::addEngineRows(); }
    void deletedRowIsReported();
    void concurrentAppendsKeepOneChain_data() { TestDatabase::addEngineRows(); }
    void concurrentAppendsKeepOneChain();
    void rolledBackEventLeavesNoTrace_data() { TestDatabase::addEngineRows(); }
    void rolledBackEventLeavesNoTrace();
};

void TestAuditLog::chainIsIntact()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    const Result<AuditLog::Verification> empty = AuditLog(db.database().connection().value()).verify();
    QVERIFY(empty.ok());
    QCOMPARE(empty->events, 0);
    QVERIFY(empty->intact);
    for (int n = 1; n <= 5; ++n)
        QVERIFY(!appendOne(db.database(), n));
    const Result<AuditLog::Verification> result = AuditLog(db.database().connection().value()).verify();
    QVERIFY(result.ok());
    QCOMPARE(result->events, 5);
    QVERIFY(result->intact);
    QCOMPARE(result->firstBroken, 0);

    SqlQuery first(db.database().connection().value());
    QVERIFY(!first.exec(QStringLiteral("SELECT prev_hash, hash FROM audit_events ORDER BY id LIMIT 1")));
    QVERIFY(first.next());
    QCOMPARE(first.value(QStringLiteral("prev_hash")).toString(), AuditLog::genesisHash());
    QCOMPARE(first.value(QStringLiteral("hash")).toString().size(), 64);
}

void TestAuditLog::appendOnly()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    QVERIFY(!appendOne(db.database(), 1));
    const QSqlDatabase connection = db.database().connection().value();
    QVERIFY(SqlQuery(connection).exec(QStringLiteral("UPDATE audit_events SET reason = 'x'")).isError());
    QVERIFY(SqlQuery(connection).exec(QStringLiteral("DELETE FROM audit_events")).isError());
    if (engine == QLatin1String("postgresql"))
        QVERIFY(SqlQuery(connection).exec(QStringLiteral("TRUNCATE audit_events")).isError());
    QVERIFY(AuditLog(connection).verify()->intact);
    QCOMPARE(AuditLog(connection).verify()->events, 1);
}

void TestAuditLog::editedRowIsReported()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    for (int n = 1; n <= 6; ++n)
        QVERIFY(!appendOne(db.database(), n));
    SqlQuery ids(db.database().connection().value());
    QVERIFY(!ids.exec(QStringLiteral("SELECT id FROM audit_events ORDER BY id")));
    QList<qint64> all;
    while (ids.next())
        all.append(ids.value(QStringLiteral("id")).toLongLong());
    const qint64 victim = all.at(3);
    const Error error = tamper(
        db.database(), QStringLiteral("UPDATE audit_events SET reason = 'rien à signaler' WHERE id = :id"), victim);
    QVERIFY2(!error, qPrintable(error.detail()));
    const Result<AuditLog::Verification> result = AuditLog(db.database().connection().value()).verify();
    QVERIFY(result.ok());
    QVERIFY(!result->intact);
    QCOMPARE(result->firstBroken, victim);
    QCOMPARE(result->events, 6);
}

void TestAuditLog::deletedRowIsReported()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    for (int n = 1; n <= 4; ++n)
        QVERIFY(!appendOne(db.database(), n));
    SqlQuery ids(db.database().connection().value());
    QVERIFY(!ids.exec(QStringLiteral("SELECT id FROM audit_events ORDER BY id")));
    QList<qint64> all;
    while (ids.next())
        all.append(ids.value(QStringLiteral("id")).toLongLong());
    QVERIFY(!tamper(db.database(), QStringLiteral("DELETE FROM audit_events WHERE id = :id"), all.at(1)));
    const Result<AuditLog::Verification> result = AuditLog(db.database().connection().value()).verify();
    QVERIFY(!result->intact);
    QCOMPARE(result->firstBroken, all.at(2)); // the event after the gap no longer links
}

void TestAuditLog::concurrentAppendsKeepOneChain()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    std::atomic<int> failures = 0;
    auto desk = [&](int offset) {
        Database own(db.url());
        for (int n = 0; n < 40; ++n) {
            if (appendOne(own, offset + n))
                ++failures;
        }
        own.closeThreadConnection();
    };
    QThread* first = QThread::create(desk, 0);
    QThread* second = QThread::create(desk, 1000);
    first->start();
    second->start();
    QVERIFY(first->wait(120000));
    QVERIFY(second->wait(120000));
    delete first;
    delete second;
    QCOMPARE(failures.load(), 0);
    const Result<AuditLog::Verification> result = AuditLog(db.database().connection().value()).verify();
    QCOMPARE(result->events, 80);
    QVERIFY(result->intact);
}

void TestAuditLog::rolledBackEventLeavesNoTrace()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    const Error error = db.database().write([](QSqlDatabase& connection) -> Error {
        if (!AuditLog(connection).append(entry(1)))
            return Error(ErrorCode::DatabaseError, QStringLiteral("append failed"));
        return Error(ErrorCode::InvalidInput, QStringLiteral("the action after the event fails"));
    });
    QCOMPARE(error.code(), ErrorCode::InvalidInput);
    QCOMPARE(AuditLog(db.database().connection().value()).verify()->events, 0);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
