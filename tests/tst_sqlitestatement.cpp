// SQLite statements run through sqlite3's C API on QSQLite's connection (SqliteStatement, behind
// SqlQuery): values come back as a plain QSqlQuery returns them on the same database, errors keep
// their codes (Duplicate, Busy), a statement given back ends its read transaction, and a connection
// closed with statements cached (or still lent) closes for real. The engine-neutral parts run on
// PostgreSQL as well.
#include "core/Error.h"
#include "db/Database.h"
#include "db/SqlDialect.h"
#include "db/SqlQuery.h"
#include "db/SqliteStatement.h"
#include "db/StatementCache.h"
#include "support/TestDatabases.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

namespace {

const QString createValues = QStringLiteral("CREATE TABLE lite_values (k INTEGER PRIMARY KEY, i {{id}}, r %1, s TEXT, "
                                            "b %2, f {{bool}})");
const QString insertValues
    = QStringLiteral("INSERT INTO lite_values (k, i, r, s, b, f) VALUES (:k, :i, :r, :s, :b, :f)");
const QString selectValues = QStringLiteral("SELECT k, i, r, s, b, f FROM lite_values WHERE k = :k");

struct Row
{
    int k;
    QVariant i, r, s, b, f;
};

QList<Row> sampleRows()
{
    const QByteArray zeros("a\0b\0", 4);
    return {
        {1, QVariant(), QVariant(), QVariant(QMetaType::fromType<QString>()), QVariant(), QVariant()},
        {2, 42, 3.25, QStringLiteral("Élo\u00efse \U0001F600 caf\u00e9"), zeros, true},
        {3, Q_INT64_C(5000000000), -1e300, QStringLiteral(""), QByteArray(""), false},
        {4, Q_INT64_C(-9000000000000000000), 0.1, QStringLiteral("plain"), QByteArray(1, '\0'), 1},
    };
}

bool createTable(QSqlDatabase& db, const SqlDialect& dialect)
{
    SqlQuery create(db);
    const QString sql = dialect.expand(createValues)
                            .arg(dialect.isPostgreSql() ? QStringLiteral("DOUBLE PRECISION") : QStringLiteral("REAL"),
                                 dialect.isPostgreSql() ? QStringLiteral("BYTEA") : QStringLiteral("BLOB"));
    if (Error error = create.exec(sql)) {
        qWarning("%s", qPrintable(error.detail()));
        return false;
    }
    const QList<Row> rows = sampleRows();
    for (const Row& row : rows) {
        SqlQuery insert(db);
        if (insert.prepare(insertValues))
            return false;
        insert.bind(QStringLiteral(":k"), row.k);
        insert.bind(QStringLiteral(":i"), row.i);
        insert.bind(QStringLiteral(":r"), row.r);
        insert.bind(QStringLiteral(":s"), row.s);
        insert.bind(QStringLiteral(":b"), row.b);
        insert.bind(QStringLiteral(":f"), row.f);
        if (Error error = insert.exec()) {
            qWarning("%s", qPrintable(error.detail()));
            return false;
        }
    }
    return true;
}

// A connection of the test's own on the SQLite file, with a short busy timeout.
QSqlDatabase plainConnection(const QString& name, const QString& path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10"));
    db.open();
    return db;
}

// PRAGMA wal_checkpoint(TRUNCATE): whether a reader kept it from finishing ("busy" is 1).
int checkpointBusy(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestSqliteStatement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void valuesRoundTrip_data() { TestDatabase::addEngineRows(); }
    void valuesRoundTrip();
    void sameTypesAsQSqlQuery();
    void uniqueViolationIsDuplicate_data() { TestDatabase::addEngineRows(); }
    void uniqueViolationIsDuplicate();
    void busyIsBusy();
    void rowsAffected_data() { TestDatabase::addEngineRows(); }
    void rowsAffected();
    void reusedThousandTimes_data() { TestDatabase::addEngineRows(); }
    void reusedThousandTimes();
    void givenBackEndsItsReadTransaction();
    void transactionOfTheConnection();
    void closedWithStatementsCachedAndLent();
};

void TestSqliteStatement::valuesRoundTrip()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(test, engine);
    Result<QSqlDatabase> db = test.database().connection();
    QVERIFY(db);
    QVERIFY(createTable(db.value(), SqlQuery::dialectOf(db.value())));
    const QList<Row> rows = sampleRows();
    for (const Row& row : rows) {
        SqlQuery query(db.value());
        QVERIFY(!query.prepare(selectValues));
        query.bind(QStringLiteral(":k"), row.k);
        QVERIFY(!query.exec());
        QVERIFY(query.next());
        QCOMPARE(query.value(QStringLiteral("i")).isNull(), row.i.isNull());
        QCOMPARE(query.value(QStringLiteral("i")).toLongLong(), row.i.toLongLong());
        QCOMPARE(query.value(QStringLiteral("r")).toDouble(), row.r.toDouble());
        QCOMPARE(query.value(QStringLiteral("s")).isNull(), row.s.toString().isNull());
        QCOMPARE(query.value(QStringLiteral("s")).toString(), row.s.toString());
        QCOMPARE(query.value(QStringLiteral("b")).isNull(), row.b.isNull());
        QCOMPARE(query.value(QStringLiteral("b")).toByteArray(), row.b.toByteArray());
        QCOMPARE(query.value(QStringLiteral("f")).isNull(), row.f.isNull());
        QCOMPARE(query.value(QStringLiteral("f")).toBool(), row.f.toBool());
        QCOMPARE(query.value(QStringLiteral("K")).toInt(), row.k); // names ignore case, as QSqlRecord
        QVERIFY(!query.next());
    }
}

// The reference is a plain QSqlQuery (QSQLite) on the same connection: same types, same values,
// NULL as a null QVariant of type QString, "" not NULL.
void TestSqliteStatement::sameTypesAsQSqlQuery()
{
    GUICHET_TEST_DATABASE(test, QStringLiteral("sqlite"));
    Result<QSqlDatabase> db = test.database().connection();
    QVERIFY(db);
    QVERIFY(SqliteStatement::isEnabled() == (SqliteStatement::handle(db.value()) != nullptr));
    QVERIFY(createTable(db.value(), SqlQuery::dialectOf(db.value())));
    const QStringList columns = {QStringLiteral("k"), QStringLiteral("i"), QStringLiteral("r"),
                                 QStringLiteral("s"), QStringLiteral("b"), QStringLiteral("f")};
    for (const Row& row : sampleRows()) {
        QSqlQuery reference(db.value());
        QVERIFY(reference.prepare(selectValues));
        reference.bindValue(QStringLiteral(":k"), row.k);
        QVERIFY(reference.exec());
        QVERIFY(reference.next());
        SqlQuery query(db.value());
        QVERIFY(!query.prepare(selectValues));
        query.bind(QStringLiteral(":k"), row.k);
        QVERIFY(!query.exec());
        QVERIFY(query.next());
        for (const QString& column : columns) {
            const QVariant expected = reference.value(column);
            const QVariant actual = query.value(column);
            QCOMPARE(actual.metaType(), expected.metaType());
            QCOMPARE(actual.isNull(), expected.isNull());
            QCOMPARE(actual, expected);
            if (expected.metaType() == QMetaType::fromType<QString>())
                QCOMPARE(actual.toString().isNull(), expected.toString().isNull());
        }
    }
    // A value bound as each type reads back as QSQLite bound it (bool and int as integers, a
    // QDateTime as ISO text).
    const QDateTime instant(QDate(2026, 1, 2), QTime(3, 4, 5, 6), QTimeZone::utc());
    for (const QVariant& bound :
         {QVariant(true), QVariant(7), QVariant(7u), QVariant(Q_INT64_C(1) << 40), QVariant(2.5), QVariant(instant),
          QVariant(QStringLiteral("x")), QVariant(QByteArray("y"))}) {
        QSqlQuery reference(db.value());
        QVERIFY(reference.prepare(QStringLiteral("SELECT :v AS v, typeof(:w) AS t")));
        reference.bindValue(QStringLiteral(":v"), bound);
        reference.bindValue(QStringLiteral(":w"), bound);
        QVERIFY(reference.exec());
        QVERIFY(reference.next());
        SqlQuery query(db.value());
        QVERIFY(!query.prepare(QStringLiteral("SELECT :v AS v, typeof(:w) AS t")));
        query.bind(QStringLiteral(":v"), bound);
        query.bind(QStringLiteral(":w"), bound);
        QVERIFY(!query.exec());
        QVERIFY(query.next());
        QCOMPARE(query.value(QStringLiteral("t")), reference.value(QStringLiteral("t")));
        QCOMPARE(query.value(QStringLiteral("v")), reference.value(QStringLiteral("v")));
    }
}

void TestSqliteStatement::uniqueViolationIsDuplicate()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(test, engine);
    Result<QSqlDatabase> db = test.database().connection();
    QVERIFY(db);
    QVERIFY(createTable(db.value(), SqlQuery::dialectOf(db.value())));
    SqlQuery insert(db.value());
    QVERIFY(!insert.prepare(insertValues));
    insert.bind(QStringLiteral(":k"), 2);
    insert.bind(QStringLiteral(":s"), QStringLiteral("secret-value"));
    const Error error = insert.exec();
    QCOMPARE(error.code(), ErrorCode::Duplicate);
    QVERIFY2(!error.detail().contains(QLatin1String("secret-value")), qPrintable(error.detail()));
    // The statement is usable again at once.
    insert.bind(QStringLiteral(":k"), 9);
    QVERIFY(!insert.exec());
    QCOMPARE(insert.numRowsAffected(), 1);
}

void TestSqliteStatement::busyIsBusy()
{
    GUICHET_TEST_DATABASE(test, QStringLiteral("sqlite"));
    {
        Result<QSqlDatabase> db = test.database().connection();
        QVERIFY(db);
        QVERIFY(createTable(db.value(), SqlQuery::dialectOf(db.value())));
    }
    const QString path = test.url().path();
    {
        QSqlDatabase blocker = plainConnection(QStringLiteral("lite-blocker"), path);
        QSqlDatabase writer = plainConnection(QStringLiteral("lite-writer"), path);
        QVERIFY(blocker.isOpen());
        QVERIFY(writer.isOpen());
        QSqlQuery hold(blocker);
        QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
        SqlQuery insert(writer);
        QVERIFY(!insert.prepare(insertValues));
        insert.bind(QStringLiteral(":k"), 10);
        const Error error = insert.exec();
        QCOMPARE(error.code(), ErrorCode::Busy);
        QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
        QVERIFY(!insert.exec()); // the same statement goes through once the lock is gone
        QCOMPARE(insert.numRowsAffected(), 1);
    }
    // As Database does before it closes a connection: its statements finalized first, or
    // QSQLite's close fails (SQLITE_BUSY) and the connection leaks (LeakSanitizer saw it).
    StatementCache::forget(QStringLiteral("lite-writer"));
    QSqlDatabase::removeDatabase(QStringLiteral("lite-blocker"));
    QSqlDatabase::removeDatabase(QStringLiteral("lite-writer"));
}

void TestSqliteStatement::rowsAffected()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(test, engine);
    Result<QSqlDatabase> db = test.database().connection();
    QVERIFY(db);
    QVERIFY(createTable(db.value(), SqlQuery::dialectOf(db.value())));
    SqlQuery update(db.value());
    QVERIFY(!update.prepare(QStringLiteral("UPDATE lite_values SET s = :s WHERE k >= :k")));
    update.bind(QStringLiteral(":s"), QStringLiteral("changed"));
    update.bind(QStringLiteral(":k"), 2);
    QVERIFY(!update.exec());
    QCOMPARE(update.numRowsAffected(), 3);
    update.bind(QStringLiteral(":k"), 100);
    QVERIFY(!update.exec());
    QCOMPARE(update.numRowsAffected(), 0);
}

void TestSqliteStatement::reusedThousandTimes()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(test, engine);
    Result<QSqlDatabase> db = test.database().connection();
    QVERIFY(db);
    QVERIFY(createTable(db.value(), SqlQuery::dialectOf(db.value())));
    const int before = test.database().preparedStatementCount();
    for (int n = 0; n < 1000; ++n) {
        SqlQuery query(db.value());
        QVERIFY(!query.prepare(selectValues));
        if (n % 3 != 0) // unbound: NULL, not the last value
            query.bind(QStringLiteral(":k"), 1 + n % 4);
        QVERIFY(!query.exec());
        QCOMPARE(query.next(), n % 3 != 0);
        if (n % 3 != 0)
            QCOMPARE(query.value(QStringLiteral("k")).toInt(), 1 + n % 4);
    }
    QCOMPARE(test.database().preparedStatementCount() - before, 1);
}

// A SELECT read halfway holds a read transaction (WAL: a snapshot that a checkpoint must not
// overwrite); given back, it is reset, and a checkpoint of another connection goes through.
void TestSqliteStatement::givenBackEndsItsReadTransaction()
{
    GUICHET_TEST_DATABASE(test, QStringLiteral("sqlite"));
    Result<QSqlDatabase> db = test.database().connection();
    QVERIFY(db);
    QVERIFY(createTable(db.value(), SqlQuery::dialectOf(db.value())));
    {
        QSqlDatabase other = plainConnection(QStringLiteral("lite-other"), test.url().path());
        QVERIFY(other.isOpen());
        {
            SqlQuery reading(db.value());
            QVERIFY(!reading.prepare(QStringLiteral("SELECT k FROM lite_values WHERE k >= :k ORDER BY k")));
            reading.bind(QStringLiteral(":k"), 1);
            QVERIFY(!reading.exec());
            QVERIFY(reading.next()); // rows follow: the read transaction is open
            QSqlQuery write(other);
            QVERIFY(write.exec(QStringLiteral("INSERT INTO lite_values (k) VALUES (20)")));
            QCOMPARE(checkpointBusy(other), 1);
        }
        QCOMPARE(checkpointBusy(other), 0);
        // The same with the statement taken from the cache again, read to its end this time.
        {
            SqlQuery reading(db.value());
            QVERIFY(!reading.prepare(QStringLiteral("SELECT k FROM lite_values WHERE k >= :k ORDER BY k")));
            reading.bind(QStringLiteral(":k"), 1);
            QVERIFY(!reading.exec());
            int rows = 0;
            while (reading.next())
                ++rows;
            QCOMPARE(rows, 5);
            QSqlQuery write(other);
            QVERIFY(write.exec(QStringLiteral("INSERT INTO lite_values (k) VALUES (21)")));
            QCOMPARE(checkpointBusy(other), 0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lite-other"));
}

// QSqlDatabase::transaction() runs BEGIN on the same handle: statements of ours are inside it.
void TestSqliteStatement::transactionOfTheConnection()
{
    GUICHET_TEST_DATABASE(test, QStringLiteral("sqlite"));
    Result<QSqlDatabase> db = test.database().connection();
    QVERIFY(db);
    QVERIFY(createTable(db.value(), SqlQuery::dialectOf(db.value())));
    QVERIFY(db.value().transaction());
    {
        SqlQuery insert(db.value());
        QVERIFY(!insert.prepare(insertValues));
        insert.bind(QStringLiteral(":k"), 30);
        QVERIFY(!insert.exec());
    }
    QVERIFY(db.value().rollback());
    SqlQuery count(db.value());
    QVERIFY(!count.prepare(QStringLiteral("SELECT count(*) AS n FROM lite_values WHERE k = :k")));
    count.bind(QStringLiteral(":k"), 30);
    QVERIFY(!count.exec());
    QVERIFY(count.next());
    QCOMPARE(count.value(QStringLiteral("n")).toInt(), 0);
}

// QSQLite's close() fails (SQLITE_BUSY) while a statement it does not know of is alive, and the
// connection then stays open: its -wal file is not removed. Closed with statements cached and one
// still lent (read halfway), the connection really closes; reopened, everything works.
void TestSqliteStatement::closedWithStatementsCachedAndLent()
{
    GUICHET_TEST_DATABASE(test, QStringLiteral("sqlite"));
    const QString wal = test.url().path() + QLatin1String("-wal");
    {
        Result<QSqlDatabase> db = test.database().connection();
        QVERIFY(db);
        QVERIFY(createTable(db.value(), SqlQuery::dialectOf(db.value())));
        SqlQuery cached(db.value());
        QVERIFY(!cached.prepare(selectValues));
        cached.bind(QStringLiteral(":k"), 2);
        QVERIFY(!cached.exec());
    }
    Result<QSqlDatabase> db = test.database().connection();
    QVERIFY(db);
    SqlQuery lent(db.value());
    QVERIFY(!lent.prepare(QStringLiteral("SELECT k FROM lite_values WHERE k >= :k ORDER BY k")));
    lent.bind(QStringLiteral(":k"), 1);
    QVERIFY(!lent.exec());
    QVERIFY(lent.next());
    QVERIFY(test.database().cachedStatementCount() > 0);
    QVERIFY(QFile::exists(wal));

    test.database().closeThreadConnection();
    QVERIFY2(!QFile::exists(wal), "the connection did not close");
    QCOMPARE(test.database().cachedStatementCount(), 0);

    Result<QSqlDatabase> reopened = test.database().connection();
    QVERIFY(reopened);
    SqlQuery query(reopened.value());
    QVERIFY(!query.prepare(selectValues));
    query.bind(QStringLiteral(":k"), 2);
    QVERIFY(!query.exec());
    QVERIFY(query.next());
    QCOMPARE(query.value(QStringLiteral("i")).toInt(), 42);
    // The lent one was finalized with its connection, which is gone: an error, not a crash.
    QVERIFY(lent.exec());
    QVERIFY(!lent.next());
}

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"
