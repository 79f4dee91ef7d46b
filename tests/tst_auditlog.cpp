// The sealed audit trail (issue I, finding 2): desks append without a lock, one sequencer seals
// under a key the database does not hold, a checkpoint kept outside anchors the head. Each attack
// below verified as intact with the old unkeyed SHA-256 chain.
#include "audit/AuditCheckpoint.h"
#include "audit/AuditLog.h"
#include "audit/AuditSealer.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "support/TestDatabases.h"

#include <QCryptographicHash>
#include <QJsonDocument>
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

Error appendMany(Database& database, int count)
{
    return database.write([count](QSqlDatabase& db) -> Error {
        for (int n = 1; n <= count; ++n) {
            const Result<qint64> id = AuditLog(db).append(entry(n));
            if (!id)
                return id.error();
        }
        return {};
    });
}

AuditLog::Verification verify(Database& database, const QByteArray& key = {})
{
    const Result<AuditLog::Verification> result = AuditLog(database.connection().value()).verify(key);
    [&] {
        QVERIFY2(result.ok(), qPrintable(result.error().detail()));
    }();
    return result.ok() ? result.value() : AuditLog::Verification{};
}

// Runs statements as the owner of the tables would, the append-only triggers and the seals'
// foreign key out of the way (SQLite: dropped; PostgreSQL: disabled, the constraint dropped), one
// statement at a time outside any transaction.
Error tamper(Database& database, const QStringList& statements)
{
    const Result<QSqlDatabase> connection = database.connection();
    if (!connection)
        return connection.error();
    QStringList all;
    if (database.dialect().isPostgreSql()) {
        all << QStringLiteral("ALTER TABLE audit_events DISABLE TRIGGER USER")
            << QStringLiteral("ALTER TABLE audit_seals DISABLE TRIGGER USER")
            << QStringLiteral("ALTER TABLE audit_seals DROP CONSTRAINT IF EXISTS audit_seals_event_id_fkey");
    } else {
        all << QStringLiteral("PRAGMA foreign_keys = OFF") << QStringLiteral("DROP TRIGGER audit_events_no_update")
            << QStringLiteral("DROP TRIGGER audit_events_no_delete")
            << QStringLiteral("DROP TRIGGER audit_seals_no_update")
            << QStringLiteral("DROP TRIGGER audit_seals_no_delete");
    }
    all << statements;
    for (const QString& statement : std::as_const(all)) {
        if (Error error = SqlQuery(connection.value()).exec(statement))
            return error;
    }
    return {};
}

QString ownHash(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void sealsEveryEventOnce_data() { TestDatabase::addEngineRows(); }
    void sealsEveryEventOnce();
    void appendOnly_data() { TestDatabase::addEngineRows(); }
    void appendOnly();
    void tamperingIsDetected_data();
    void tamperingIsDetected();
    void checkpointFile();
    void concurrentAppendsAreSealedOnce_data() { TestDatabase::addEngineRows(); }
    void concurrentAppendsAreSealedOnce();
    void appendsTakeNoGlobalLock();
    void sequencerResumesAfterRestart_data() { TestDatabase::addEngineRows(); }
    void sequencerResumesAfterRestart();
    void rolledBackEventLeavesNoTrace_data() { TestDatabase::addEngineRows(); }
    void rolledBackEventLeavesNoTrace();
    void passesStartAboveTheirFloor_data() { TestDatabase::addEngineRows(); }
    void passesStartAboveTheirFloor();
};

void TestAuditLog::sealsEveryEventOnce()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    const QByteArray key = AuditSealer::generateKey();
    QCOMPARE(key.size(), AuditSealer::KeyBytes);
    QCOMPARE(AuditSealer::keyFromText(AuditSealer::keyToText(key)), key);
    QVERIFY(AuditSealer::keyFromText(QStringLiteral("c2hvcnQ=")).isEmpty());

    const AuditLog::Verification empty = verify(db.database(), key);
    QCOMPARE(empty.events, 0);
    QVERIFY(empty.intact);
    for (int n = 1; n <= 5; ++n)
        QVERIFY(!appendOne(db.database(), n));
    // Appended, not sealed yet: that is no break (the last seconds before the sequencer's pass).
    const AuditLog::Verification pending = verify(db.database(), key);
    QCOMPARE(pending.events, 5);
    QCOMPARE(pending.unsealed, 5);
    QCOMPARE(pending.sealed, 0);
    QVERIFY(pending.intact);

    AuditSealer sealer(db.database(), key);
    const Result<AuditSealer::Pass> pass = sealer.sealPending();
    QVERIFY2(pass.ok(), qPrintable(pass.error().detail()));
    QCOMPARE(pass->sealed, 5);
    QCOMPARE(pass->lastSeq, 5);
    QCOMPARE(sealer.sealPending()->sealed, 0); // each event once
    QCOMPARE(sealer.sealPending()->lastSeq, 5);

    const AuditLog::Verification sealed = verify(db.database(), key);
    QCOMPARE(sealed.events, 5);
    QCOMPARE(sealed.sealed, 5);
    QCOMPARE(sealed.unsealed, 0);
    QCOMPARE(sealed.lastSeq, 5);
    QVERIFY(sealed.seqConsecutive);
    QCOMPARE(sealed.seals, AuditLog::SealCheck::Valid);
    QVERIFY(sealed.intact);
    // Without the key: the seals are not checked, the rest is.
    const AuditLog::Verification keyless = verify(db.database());
    QCOMPARE(keyless.seals, AuditLog::SealCheck::NotChecked);
    QVERIFY(keyless.intact);
    // Another key is not the sequencer's.
    const AuditLog::Verification otherKey = verify(db.database(), AuditSealer::generateKey());
    QCOMPARE(otherKey.seals, AuditLog::SealCheck::Invalid);
    QVERIFY(!otherKey.intact);
    QCOMPARE(otherKey.firstBrokenSeq, 1);
    // No key, no seal.
    QCOMPARE(AuditSealer(db.database(), {}).sealPending().error().code(), ErrorCode::AuditKeyUnavailable);

    // New rows no longer carry the old chain's hash.
    SqlQuery first(db.database().connection().value());
    QVERIFY(!first.exec(QStringLiteral("SELECT prev_hash, hash FROM audit_events ORDER BY id LIMIT 1")));
    QVERIFY(first.next());
    QCOMPARE(first.value(QStringLiteral("hash")).toString(), QString());
}

void TestAuditLog::appendOnly()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    const QByteArray key = AuditSealer::generateKey();
    QVERIFY(!appendOne(db.database(), 1));
    QVERIFY(AuditSealer(db.database(), key).sealPending().ok());
    QVERIFY(AuditCheckpoint::take(db.database(), key, QStringLiteral("sophie")).ok());
    const QSqlDatabase connection = db.database().connection().value();
    for (const QString& table :
         {QStringLiteral("audit_events"), QStringLiteral("audit_seals"), QStringLiteral("audit_checkpoints")}) {
        const QString column = table == QLatin1String("audit_events") ? QStringLiteral("reason")
            : table == QLatin1String("audit_seals")                   ? QStringLiteral("mac")
                                                                      : QStringLiteral("taken_by");
        QVERIFY2(SqlQuery(connection).exec(QStringLiteral("UPDATE %1 SET %2 = %2").arg(table, column)).isError(),
                 qPrintable(table));
        QVERIFY2(SqlQuery(connection).exec(QStringLiteral("DELETE FROM %1").arg(table)).isError(), qPrintable(table));
        if (engine == QLatin1String("postgresql")) {
            QVERIFY2(SqlQuery(connection).exec(QStringLiteral("TRUNCATE %1 CASCADE").arg(table)).isError(),
                     qPrintable(table));
        }
    }
    const AuditLog::Verification result = verify(db.database(), key);
    QVERIFY(result.intact);
    QCOMPARE(result.sealed, 1);
}

void TestAuditLog::tamperingIsDetected_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<bool>("intactWithoutKey");
    QTest::addColumn<qint64>("brokenSeq"); // with the key; 0: broken by an unsealed event; -1: intact
    QTest::addColumn<QString>("checkpoint");
    // 320 events, all sealed (seq n seals event n), then a checkpoint kept, then the attack.
    const QString forgedEvent = QStringLiteral(
        "INSERT INTO audit_events (id, occurred_at, agent_login, agent_role, workstation, action, outcome,"
        " app_version, prev_hash, hash) VALUES (321, %1, 'alice', 'agent', 'desk-1', 'unlock', 'ok', '0.1.0',"
        " '', '%2')");
    for (const QString& engine : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
        const bool pg = engine == QLatin1String("postgresql");
        const QString now
            = pg ? QStringLiteral("clock_timestamp()") : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
        const QString yesterday = pg ? QStringLiteral("clock_timestamp() - interval '1 day'")
                                     : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 day')");
        const auto row = [&](const char* name) {
            return &QTest::addRow("%s/%s", qPrintable(engine), name);
        };
        *row("last 15 events cut") << engine
                                   << QStringList{QStringLiteral("DELETE FROM audit_seals WHERE seq > 305"),
                                                  QStringLiteral("DELETE FROM audit_events WHERE id > 305")}
                                   << true << qint64(-1) << QStringLiteral("missing_events");
        *row("forged event with a seal of its own")
            << engine
            << QStringList{forgedEvent.arg(now, ownHash(QStringLiteral("forged"))),
                           QStringLiteral("INSERT INTO audit_seals (seq, event_id, sealed_at, mac) VALUES (321, 321, "
                                          "%1, '%2')")
                               .arg(now, ownHash(QStringLiteral("forged seal")))}
            << true << qint64(321) << QStringLiteral("matches");
        *row("forged event dated yesterday, unsealed")
            << engine << QStringList{forgedEvent.arg(yesterday, ownHash(QStringLiteral("forged")))} << false
            << qint64(0) << QStringLiteral("matches");
        *row("event 300 rewritten, later hashes recomputed")
            << engine
            << QStringList{QStringLiteral("UPDATE audit_events SET outcome = 'refused', hash = '%1' WHERE id = 300")
                               .arg(ownHash(QStringLiteral("recomputed"))),
                           QStringLiteral("UPDATE audit_events SET hash = hash WHERE id > 300")}
            << true << qint64(300) << QStringLiteral("matches");
        *row("seal 100 removed") << engine << QStringList{QStringLiteral("DELETE FROM audit_seals WHERE seq = 100")}
                                 << false << qint64(101) << QStringLiteral("matches");
        *row("event 200 removed behind its seal")
            << engine << QStringList{QStringLiteral("DELETE FROM audit_events WHERE id = 200")} << false << qint64(200)
            << QStringLiteral("missing_events");
        *row("last seal rewritten") << engine
                                    << QStringList{QStringLiteral("UPDATE audit_seals SET mac = '%1' WHERE seq = 320")
                                                       .arg(ownHash(QStringLiteral("x")))}
                                    << true << qint64(320) << QStringLiteral("mismatch");
    }
}

void TestAuditLog::tamperingIsDetected()
{
    QFETCH(QString, engine);
    QFETCH(QStringList, statements);
    QFETCH(bool, intactWithoutKey);
    QFETCH(qint64, brokenSeq);
    QFETCH(QString, checkpoint);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    const QByteArray key = AuditSealer::generateKey();
    QVERIFY(!appendMany(db.database(), 320));
    QCOMPARE(AuditSealer(db.database(), key).sealPending().value().lastSeq, 320);
    const Result<AuditCheckpoint::Head> head = AuditCheckpoint::take(db.database(), key, QStringLiteral("sophie"));
    QVERIFY(head.ok());
    QCOMPARE(head->lastSeq, 320);
    QCOMPARE(head->events, 320);
    QVERIFY(verify(db.database(), key).intact);
    const QSqlDatabase connection = db.database().connection().value();
    QCOMPARE(AuditCheckpoint::compare(connection, *head, key).value(), AuditCheckpoint::Match::Matches);

    const Error error = tamper(db.database(), statements);
    QVERIFY2(!error, qPrintable(error.detail()));

    QCOMPARE(verify(db.database()).intact, intactWithoutKey);
    const AuditLog::Verification keyed = verify(db.database(), key);
    QCOMPARE(keyed.intact, brokenSeq < 0);
    if (brokenSeq >= 0)
        QCOMPARE(keyed.firstBrokenSeq, brokenSeq);
    QCOMPARE(AuditCheckpoint::matchName(AuditCheckpoint::compare(connection, *head, key).value()), checkpoint);
}

void TestAuditLog::checkpointFile()
{
    const QByteArray key = AuditSealer::generateKey();
    AuditCheckpoint::Head head;
    head.lastSeq = 12;
    head.mac = ownHash(QStringLiteral("m"));
    head.events = 14;
    head.signature = AuditCheckpoint::signatureOf(key, head.lastSeq, head.mac, head.events);
    const QJsonObject json = AuditCheckpoint::toJson(head);
    QCOMPARE(json.keys(),
             (QStringList{QStringLiteral("events"), QStringLiteral("hash"), QStringLiteral("last_id"),
                          QStringLiteral("signature")}));
    const std::optional<AuditCheckpoint::Head> back
        = AuditCheckpoint::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact));
    QVERIFY(back);
    QCOMPARE(back->lastSeq, 12);
    QCOMPARE(back->signature, head.signature);
    QVERIFY(!AuditCheckpoint::fromJson("not json"));
    QVERIFY(!AuditCheckpoint::fromJson(R"({"last_id": "12", "hash": "", "events": 1, "signature": ""})"));
    QVERIFY(!AuditCheckpoint::fromJson(R"([1, 2])"));
    // The signature binds the three fields.
    QVERIFY(AuditCheckpoint::signatureOf(key, 11, head.mac, head.events) != head.signature);
    QVERIFY(AuditCheckpoint::signatureOf(key, 12, head.mac, 13) != head.signature);
}

void TestAuditLog::concurrentAppendsAreSealedOnce()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    const QByteArray key = AuditSealer::generateKey();
    std::atomic<int> failures = 0;
    std::atomic<bool> desksDone = false;
    auto desk = [&](int offset) {
        Database own(db.url());
        for (int n = 0; n < 40; ++n) {
            if (appendOne(own, offset + n))
                ++failures;
        }
        own.closeThreadConnection();
    };
    // The sequencer seals while the desks append.
    std::atomic<int> sealerFailures = 0;
    auto sequencer = [&] {
        Database own(db.url());
        AuditSealer sealer(own, key);
        for (bool last = false; !last;) {
            last = desksDone.load();
            if (!sealer.sealPending(7))
                ++sealerFailures;
            QThread::msleep(5);
        }
        while (sealer.sealPending().value().sealed > 0) { }
        own.closeThreadConnection();
    };
    QThread* first = QThread::create(desk, 0);
    QThread* second = QThread::create(desk, 1000);
    QThread* third = QThread::create(sequencer);
    third->start();
    first->start();
    second->start();
    QVERIFY(first->wait(120000));
    QVERIFY(second->wait(120000));
    desksDone = true;
    QVERIFY(third->wait(120000));
    delete first;
    delete second;
    delete third;
    QCOMPARE(failures.load(), 0);
    QCOMPARE(sealerFailures.load(), 0);
    const AuditLog::Verification result = verify(db.database(), key);
    QCOMPARE(result.events, 80);
    QCOMPARE(result.sealed, 80);
    QCOMPARE(result.unsealed, 0);
    QCOMPARE(result.lastSeq, 80);
    QVERIFY(result.seqConsecutive);
    QCOMPARE(result.seals, AuditLog::SealCheck::Valid);
    QVERIFY(result.intact);
}

// PostgreSQL: a desk whose transaction holds an appended event does not hold up another desk's
// append (the advisory lock did), and an id that commits after a later one is sealed after it.
void TestAuditLog::appendsTakeNoGlobalLock()
{
    const QString engine = QStringLiteral("postgresql");
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    const QByteArray key = AuditSealer::generateKey();
    Database slowDesk(db.url());
    const QSqlDatabase slow = slowDesk.connection().value();
    Transaction open(slow, slowDesk.dialect());
    QVERIFY(!open.begin());
    const Result<qint64> early = AuditLog(slow).append(entry(1)); // the smaller id, not committed
    QVERIFY(early.ok());

    std::atomic<bool> appended = false;
    qint64 lateId = 0;
    QThread* other = QThread::create([&] {
        Database own(db.url());
        const Error error = own.write([&](QSqlDatabase& connection) -> Error {
            const Result<qint64> id = AuditLog(connection).append(entry(2));
            lateId = id.ok() ? id.value() : 0;
            return id.error();
        });
        appended = !error;
        own.closeThreadConnection();
    });
    other->start();
    const bool finished = other->wait(10000);
    QVERIFY2(finished, "the second desk waited for the first one's transaction");
    delete other;
    QVERIFY(appended.load());
    QVERIFY(lateId > early.value());

    // The sequencer sees only the committed, later id: it gets seal 1.
    AuditSealer sealer(db.database(), key);
    QCOMPARE(sealer.sealPending().value().sealed, 1);
    QVERIFY(!open.commit());
    QCOMPARE(sealer.sealPending().value().sealed, 1);
    SqlQuery order(db.database().connection().value());
    QVERIFY(!order.exec(QStringLiteral("SELECT event_id FROM audit_seals ORDER BY seq")));
    QList<qint64> sealedIds;
    while (order.next())
        sealedIds.append(order.value(QStringLiteral("event_id")).toLongLong());
    QCOMPARE(sealedIds, (QList<qint64>{lateId, early.value()}));
    const AuditLog::Verification result = verify(db.database(), key);
    QVERIFY(result.intact);
    QCOMPARE(result.sealed, 2);
    slowDesk.closeThreadConnection();
}

void TestAuditLog::sequencerResumesAfterRestart()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    const QByteArray key = AuditSealer::generateKey();
    QVERIFY(!appendMany(db.database(), 12));
    {
        AuditSealer first(db.database(), key);
        QCOMPARE(first.sealPending(5).value().lastSeq, 5);
    } // the sequencer stops (or dies: a pass is one transaction, all or nothing)
    // A pass that dies half-way leaves nothing behind.
    const Error died = db.database().write([&](QSqlDatabase& connection) -> Error {
        SqlQuery insert(connection);
        if (Error error = insert.exec(QStringLiteral(
                "INSERT INTO audit_seals (seq, event_id, sealed_at, mac) VALUES (6, 6, '2026-01-01T00:00:00.000Z',"
                " '0000000000000000000000000000000000000000000000000000000000000000')")))
            return error;
        return Error(ErrorCode::DatabaseError, QStringLiteral("killed"));
    });
    QCOMPARE(died.code(), ErrorCode::DatabaseError);
    QVERIFY(!appendMany(db.database(), 3));
    AuditSealer restarted(db.database(), key);
    const Result<AuditSealer::Pass> pass = restarted.sealPending();
    QCOMPARE(pass->sealed, 10);
    QCOMPARE(pass->lastSeq, 15);
    const AuditLog::Verification result = verify(db.database(), key);
    QVERIFY(result.intact);
    QCOMPARE(result.sealed, 15);
    QCOMPARE(result.seals, AuditLog::SealCheck::Valid);
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
    QCOMPARE(verify(db.database()).events, 0);
}

// A pass reads the trail above its floor only (at millions of events, a walk of every sealed one
// each second): every event at or below the floor that had committed was sealed a grace ago. An
// event that appears below it later was written by a transaction open longer than that; this
// sequencer leaves it to verify(), and a new one (floor 0) reads the whole trail again.
void TestAuditLog::passesStartAboveTheirFloor()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    const QByteArray key = AuditSealer::generateKey();
    // Another desk's event with an id given out later (ids 4 to 9 still in flight).
    const auto commitWithId = [&db](qint64 id) {
        return db.database().write([id](QSqlDatabase& connection) -> Error {
            SqlQuery insert(connection);
            if (Error error = insert.prepare(
                    QStringLiteral("INSERT INTO audit_events (id, agent_login, agent_role, action, outcome,"
                                   " app_version, prev_hash, hash) VALUES (:id, 'system', 'admin', 'test', 'ok',"
                                   " 'test', '', '')")))
                return error;
            insert.bind(QStringLiteral(":id"), id);
            return insert.exec();
        });
    };
    QVERIFY(!appendMany(db.database(), 3));
    QVERIFY(!commitWithId(10));

    AuditSealer quick(db.database(), key, 0); // its floor in use at once
    QCOMPARE(quick.scanFloor(), 0);
    QCOMPARE(quick.sealPending().value().sealed, 4);
    QCOMPARE(quick.scanFloor(), 10);
    QVERIFY(!commitWithId(5)); // committed after the floor passed it
    QCOMPARE(quick.sealPending().value().sealed, 0);
    const AuditLog::Verification left = verify(db.database(), key);
    QCOMPARE(left.unsealed, 1);
    QVERIFY(left.intact); // not stale yet: it occurred a moment ago

    AuditSealer patient(db.database(), key); // the sequencer's grace
    QCOMPARE(patient.sealPending().value().sealed, 1); // a new sequencer reads the whole trail
    QCOMPARE(patient.scanFloor(), 0); // its floor waits for the grace
    QVERIFY(!commitWithId(7));
    QCOMPARE(patient.sealPending().value().sealed, 1);
    const AuditLog::Verification all = verify(db.database(), key);
    QCOMPARE(all.sealed, 6);
    QCOMPARE(all.unsealed, 0);
    QCOMPARE(all.seals, AuditLog::SealCheck::Valid);
    QVERIFY(all.intact);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
