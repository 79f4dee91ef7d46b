// Statements are prepared once per connection and reused (StatementCache); on PostgreSQL they are
// server-side prepared statements run through libpq with the values out of line (PgStatement).
// Both engines: the same SQL prepares once, two live queries with the same SQL keep their own
// cursor, a lost or closed connection leaves no prepared statement behind, and values of every
// type come back as they went in (and, on PostgreSQL, as Qt's QPSQL driver returned them).
#include "core/Error.h"
#include "db/Database.h"
#include "db/PgStatement.h"
#include "db/SqlQuery.h"
#include "db/StatementCache.h"
#include "support/TestDatabases.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

namespace {

const QString probeSelect = QStringLiteral("SELECT v FROM cache_probe WHERE k >= :k ORDER BY k");

bool createProbe(QSqlDatabase& db, int rows)
{
    SqlQuery create(db);
    if (Error error = create.exec(QStringLiteral("CREATE TABLE cache_probe (k INTEGER PRIMARY KEY, v TEXT)"))) {
        qWarning("%s", qPrintable(error.detail()));
        return false;
    }
    for (int k = 1; k <= rows; ++k) {
        SqlQuery insert(db);
        if (insert.prepare(QStringLiteral("INSERT INTO cache_probe (k, v) VALUES (:k, :v)")))
            return false;
        insert.bind(QStringLiteral(":k"), k);
        insert.bind(QStringLiteral(":v"), QStringLiteral("v%1").arg(k));
        if (insert.exec())
            return false;
    }
    return true;
}

QStringList readAll(SqlQuery& query)
{
    QStringList values;
    while (query.next())
        values.append(query.value(QStringLiteral("v")).toString());
    return values;
}

// PostgreSQL's own count of the session's prepared statements.
int serverPrepared(QSqlDatabase& db)
{
    SqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT count(*) AS n FROM pg_prepared_statements")) || !query.next())
        return -1;
    return query.value(QStringLiteral("n")).toInt();
}

qint64 backendPid(const QSqlDatabase& db)
{
    SqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT pg_backend_pid() AS pid")) || !query.next())
        return 0;
    return query.value(QStringLiteral("pid")).toLongLong();
}

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

} // namespace

class TestSqlQueryCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void preparedOnce_data() { TestDatabase::addEngineRows(); }
    void preparedOnce();
    void twoLiveQueriesKeepTheirCursor_data() { TestDatabase::addEngineRows(); }
    void twoLiveQueriesKeepTheirCursor();
    void unboundPlaceholderIsNull_data() { TestDatabase::addEngineRows(); }
    void unboundPlaceholderIsNull();
    void closedConnectionForgetsItsStatements_data() { TestDatabase::addEngineRows(); }
    void closedConnectionForgetsItsStatements();
    void lostConnectionForgetsItsStatements();
    void boundedPerConnection_data() { TestDatabase::addEngineRows(); }
    void boundedPerConnection();
    void typesRoundTrip_data() { TestDatabase::addEngineRows(); }
    void typesRoundTrip();
    void sameTypesAsQpsql();
    void serverDateStyleDoesNotMatter();
    void errorsKeepTheirCodes();
    void untypedParameter();
    void placeholdersTranslated_data();
    void placeholdersTranslated();
};

// 200 runs of one SELECT and one INSERT: each prepared once on the connection. PostgreSQL's own
// list of the session's prepared statements says the same (Qt's QPSQL deallocated each one after
// use: 0 there before).
void TestSqlQueryCache::preparedOnce()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(test, engine);
    Result<QSqlDatabase> db = test.database().connection();
    QVERIFY(db);
    QVERIFY(createProbe(db.value(), 20));
    const int before = test.database().preparedStatementCount();
    for (int i = 0; i < 200; ++i) {
        SqlQuery query(db.value());
        QVERIFY(!query.prepare(probeSelect));
        query.bind(QStringLiteral(":k"), 1 + i % 20);
        QVERIFY(!query.exec());
        QVERIFY(query.next());
        QCOMPARE(query.value(QStringLiteral("v")).toString(), QStringLiteral("v%1").arg(1 + i % 20));
    }
    QCOMPARE(test.database().preparedStatementCount() - before, 1);
    QVERIFY(test.database().cachedStatementCount() >= 1);
    if (engine == QLatin1String("postgresql"))
        QCOMPARE(serverPrepared(db.value()), 2); // the INSERT of createProbe and the SELECT
}

void TestSqlQueryCache::twoLiveQueriesKeepTheirCursor()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(test, engine);
    Result<QSqlDatabase> db = test.database().connection();
    QVERIFY(db);
    QVERIFY(createProbe(db.value(), 5));
    {
        SqlQuery warm(db.value()); // cached, so that the next one takes a prepared statement
        QVERIFY(!warm.prepare(probeSelect));
        warm.bind(QStringLiteral(":k"), 1);
        QVERIFY(!warm.exec());
    }
    SqlQuery first(db.value());
    QVERIFY(!first.prepare(probeSelect));
    first.bind(QStringLiteral(":k"), 1);
    QVERIFY(!first.exec());
    QVERIFY(first.next());
    QCOMPARE(first.value(QStringLiteral("v")).toString(), QStringLiteral("v1"));
    {
        SqlQuery second(db.value());
        QVERIFY(!second.prepare(probeSelect));
        second.bind(QStringLiteral(":k"), 4);
        QVERIFY(!second.exec());
        QCOMPARE(readAll(second), QStringList({QStringLiteral("v4"), QStringLiteral("v5")}));
    }
    // The first cursor goes on where it was, with its own value.
    QCOMPARE(readAll(first),
             QStringList({QStringLiteral("v2"), QStringLiteral("v3"), QStringLiteral("v4"), QStringLiteral("v5")}));
    // And a third one, after both, reuses what they prepared.
    const int prepared = test.database().preparedStatementCount();
    SqlQuery third(db.value());
    QVERIFY(!third.prepare(probeSelect));
    third.bind(QStringLiteral(":k"), 5);
    QVERIFY(!third.exec());
    QCOMPARE(readAll(third), QStringList({QStringLiteral("v5")}));
    QCOMPARE(test.database().preparedStatementCount(), prepared);
}

// A reused statement starts without values, as a fresh one did: what a caller does not bind is NULL,
// not the previous run's value.
void TestSqlQueryCache::unboundPlaceholderIsNull()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(test, engine);
    Result<QSqlDatabase> db = test.database().connection();
    QVERIFY(db);
    QVERIFY(createProbe(db.value(), 0));
    for (int k = 1; k <= 2; ++k) {
        SqlQuery insert(db.value());
        QVERIFY(!insert.prepare(QStringLiteral("INSERT INTO cache_probe (k, v) VALUES (:k, :v)")));
        insert.bind(QStringLiteral(":k"), k);
        if (k == 1)
            insert.bind(QStringLiteral(":v"), QStringLiteral("first"));
        QVERIFY(!insert.exec());
    }
    SqlQuery read(db.value());
    QVERIFY(!read.exec(QStringLiteral("SELECT v FROM cache_probe ORDER BY k")));
    QVERIFY(read.next());
    QCOMPARE(read.value(QStringLiteral("v")).toString(), QStringLiteral("first"));
    QVERIFY(read.next());
    QVERIFY(read.value(QStringLiteral("v")).isNull());
}

void TestSqlQueryCache::closedConnectionForgetsItsStatements()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(test, engine);
    {
        Result<QSqlDatabase> db = test.database().connection();
        QVERIFY(db);
        QVERIFY(createProbe(db.value(), 3));
        SqlQuery query(db.value());
        QVERIFY(!query.prepare(probeSelect));
        query.bind(QStringLiteral(":k"), 2);
        QVERIFY(!query.exec());
    }
    QVERIFY(test.database().cachedStatementCount() > 0);
    test.database().closeThreadConnection();
    QCOMPARE(test.database().cachedStatementCount(), 0);
    QCOMPARE(test.database().preparedStatementCount(), 0);

    Result<QSqlDatabase> db = test.database().connection();
    QVERIFY(db);
    SqlQuery query(db.value());
    QVERIFY(!query.prepare(probeSelect));
    query.bind(QStringLiteral(":k"), 2);
    QVERIFY(!query.exec());
    QCOMPARE(readAll(query), QStringList({QStringLiteral("v2"), QStringLiteral("v3")}));
    QCOMPARE(test.database().preparedStatementCount(), 1);
}

// The backend is terminated: the failed statement says ConnectionLost and the connection's
// statements are forgotten; the new session prepares them again (and has them on the server).
void TestSqlQueryCache::lostConnectionForgetsItsStatements()
{
    const QString engine = QStringLiteral("postgresql");
    GUICHET_TEST_DATABASE(test, engine);
    Result<QSqlDatabase> db = test.database().connection();
    QVERIFY(db);
    QVERIFY(createProbe(db.value(), 3));
    {
        SqlQuery query(db.value());
        QVERIFY(!query.prepare(probeSelect));
        query.bind(QStringLiteral(":k"), 1);
        QVERIFY(!query.exec());
    }
    QCOMPARE(serverPrepared(db.value()), 2);
    QVERIFY(test.database().cachedStatementCount() >= 2);
    QVERIFY(terminate(test.url(), backendPid(db.value())));

    {
        SqlQuery lost(db.value());
        Error error = lost.prepare(probeSelect);
        if (!error) {
            lost.bind(QStringLiteral(":k"), 1);
            error = lost.exec();
        }
        QCOMPARE(error.code(), ErrorCode::ConnectionLost);
    }
    QCOMPARE(test.database().cachedStatementCount(), 0);

    Result<QSqlDatabase> again = test.database().connection();
    QVERIFY(again);
    SqlQuery query(again.value());
    QVERIFY(!query.prepare(probeSelect));
    query.bind(QStringLiteral(":k"), 3);
    QVERIFY(!query.exec());
    QCOMPARE(readAll(query), QStringList({QStringLiteral("v3")}));
    QCOMPARE(test.database().preparedStatementCount(), 1);
    QCOMPARE(serverPrepared(again.value()), 1);
}

// SQL text built at run time cannot grow a connection's statements without bound: past
// StatementCache::MaxStatements texts, statements run without being kept, and still work.
void TestSqlQueryCache::boundedPerConnection()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(test, engine);
    Result<QSqlDatabase> db = test.database().connection();
    QVERIFY(db);
    for (int i = 0; i < StatementCache::MaxStatements + 20; ++i) {
        SqlQuery query(db.value());
        QVERIFY(!query.prepare(QStringLiteral("SELECT %1 + :x AS n").arg(i)));
        query.bind(QStringLiteral(":x"), 1);
        QVERIFY(!query.exec());
        QVERIFY(query.next());
        QCOMPARE(query.value(QStringLiteral("n")).toInt(), i + 1);
    }
    QCOMPARE(test.database().cachedStatementCount(), StatementCache::MaxStatements);
    if (engine == QLatin1String("postgresql"))
        QCOMPARE(serverPrepared(db.value()), StatementCache::MaxStatements);
}

void TestSqlQueryCache::typesRoundTrip()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(test, engine);
    Result<QSqlDatabase> db = test.database().connection();
    QVERIFY(db);
    const bool pg = engine == QLatin1String("postgresql");
    SqlQuery create(db.value());
    QVERIFY(!create.exec(pg ? QStringLiteral("CREATE TABLE rt (id INTEGER, b BOOLEAN, i BIGINT, ts TIMESTAMPTZ, "
                                             "bin BYTEA, t TEXT, n TEXT)")
                            : QStringLiteral("CREATE TABLE rt (id INTEGER, b BOOLEAN, i INTEGER, ts TEXT, "
                                             "bin BLOB, t TEXT, n TEXT)")));
    const QDateTime instant = QDateTime::fromMSecsSinceEpoch(1764985500123, QTimeZone::utc());
    const QByteArray bytes("a\0b\0\xff\\x00'", 9);
    const QString text = QStringLiteral("O'Brien \"q\" back\\slash :notaparam $1 -- é ñ 😀 %s");
    for (int round = 0; round < 2; ++round) { // prepared, then from the cache
        SqlQuery insert(db.value());
        QVERIFY(!insert.prepare(
            QStringLiteral("INSERT INTO rt (id, b, i, ts, bin, t, n) VALUES (:id, :b, :i, :ts, :bin, :t, :n)")));
        insert.bind(QStringLiteral(":id"), round);
        insert.bind(QStringLiteral(":b"), round == 0);
        insert.bind(QStringLiteral(":i"), -(Q_INT64_C(1) << 40) - round);
        insert.bind(QStringLiteral(":ts"), test.database().dialect().toSql(instant));
        insert.bind(QStringLiteral(":bin"), bytes);
        insert.bind(QStringLiteral(":t"), text);
        insert.bind(QStringLiteral(":n"), QVariant());
        QVERIFY(!insert.exec());
        QCOMPARE(insert.numRowsAffected(), 1);
    }
    for (int round = 0; round < 2; ++round) {
        SqlQuery read(db.value());
        QVERIFY(!read.prepare(QStringLiteral("SELECT b, i, ts, bin, t, n FROM rt WHERE id = :id AND t = :t")));
        read.bind(QStringLiteral(":id"), round);
        read.bind(QStringLiteral(":t"), text);
        QVERIFY(!read.exec());
        QVERIFY(read.next());
        QCOMPARE(read.value(QStringLiteral("b")).toBool(), round == 0);
        QCOMPARE(read.value(QStringLiteral("i")).toLongLong(), -(Q_INT64_C(1) << 40) - round);
        const QDateTime back = SqlDialect::toDateTime(read.value(QStringLiteral("ts")));
        QCOMPARE(back, instant);
        QCOMPARE(back.toMSecsSinceEpoch(), instant.toMSecsSinceEpoch());
        QCOMPARE(read.value(QStringLiteral("bin")).toByteArray(), bytes);
        QCOMPARE(read.value(QStringLiteral("t")).toString(), text);
        QVERIFY(read.value(QStringLiteral("n")).isNull());
        QVERIFY(!read.next());
    }
    SqlQuery update(db.value());
    QVERIFY(!update.prepare(QStringLiteral("UPDATE rt SET n = :n WHERE i < :i")));
    update.bind(QStringLiteral(":n"), QStringLiteral("x"));
    update.bind(QStringLiteral(":i"), 0);
    QVERIFY(!update.exec());
    QCOMPARE(update.numRowsAffected(), 2);
}

// What Qt's QPSQL driver returned for each type, SqlQuery returns: the same type (qlonglong for
// bigint, where QPSQL said qulonglong when positive), the same value, the same nulls.
void TestSqlQueryCache::sameTypesAsQpsql()
{
    GUICHET_TEST_DATABASE(test, QStringLiteral("postgresql"));
    Result<QSqlDatabase> db = test.database().connection();
    QVERIFY(db);
    const QString sql = QStringLiteral(
        "SELECT v.*, CAST(NULL AS TEXT) AS tn, CAST(NULL AS BIGINT) AS ln, CAST(NULL AS TIMESTAMPTZ) AS tsn, "
        "CAST(NULL AS BOOLEAN) AS bn, CAST(NULL AS BYTEA) AS yn, CAST(NULL AS DATE) AS dn FROM (VALUES (true, "
        "CAST(7 AS SMALLINT), 42, CAST(-5000000000 AS BIGINT), CAST(1.5 AS NUMERIC), CAST(2.25 AS FLOAT8), "
        "DATE '2024-02-29', TIMESTAMPTZ '2025-12-06 01:02:03.456+00', TIMESTAMP '2025-12-06 01:02:03.456', "
        "CAST('\\x00ff' AS BYTEA), 'texte é', CAST('v' AS VARCHAR(3)), CAST(3 AS BIGINT))) "
        "AS v(b, s, i, l, num, f, d, ts, tsz, y, t, vc, lp)");
    QSqlQuery qpsql(db.value());
    QVERIFY2(qpsql.exec(sql), qPrintable(qpsql.lastError().text()));
    QVERIFY(qpsql.next());
    const QSqlRecord record = qpsql.record();
    SqlQuery ours(db.value());
    QVERIFY(!ours.exec(sql));
    QVERIFY(ours.next());
    QVERIFY(record.count() >= 19);
    for (int i = 0; i < record.count(); ++i) {
        const QString name = record.fieldName(i);
        const QVariant expected = qpsql.value(i);
        const QVariant actual = ours.value(name);
        QVERIFY2(actual.isNull() == expected.isNull(), qPrintable(name));
        if (expected.metaType() == QMetaType::fromType<qulonglong>())
            QCOMPARE(actual.metaType(), QMetaType::fromType<qlonglong>());
        else
            QCOMPARE(actual.metaType(), expected.metaType());
        if (expected.metaType() == QMetaType::fromType<QDateTime>() && !expected.isNull()) {
            QCOMPARE(actual.toDateTime(), expected.toDateTime());
            QCOMPARE(actual.toDateTime().timeSpec(), Qt::UTC);
            QCOMPARE(actual.toDateTime().time().msec(), 456);
        } else if (!expected.isNull()) {
            QCOMPARE(actual,
                     expected.metaType() == QMetaType::fromType<qulonglong>() ? QVariant(expected.toLongLong())
                                                                              : expected);
        }
    }
}

// PgStatement reads timestamps and dates as DateStyle ISO prints them. A server, database or role
// configured with another style (e.g. 'SQL, DMY', '06/12/2025 01:02:03.456 UTC') changes nothing:
// the session sets its own.
void TestSqlQueryCache::serverDateStyleDoesNotMatter()
{
    GUICHET_TEST_DATABASE(test, QStringLiteral("postgresql"));
    {
        Result<QSqlDatabase> db = test.database().connection();
        QVERIFY(db);
        SqlQuery alter(db.value());
        QVERIFY(!alter.exec(QStringLiteral("DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET DateStyle = %L', "
                                           "current_database(), 'SQL, DMY'); END $$")));
    }
    Database fresh(test.url()); // a new session takes the database's and the role's settings
    Result<QSqlDatabase> db = fresh.connection();
    QVERIFY(db);
    SqlQuery query(db.value());
    QVERIFY(!query.exec(QStringLiteral("SELECT current_setting('DateStyle') AS style, TIMESTAMPTZ "
                                       "'2025-12-06 01:02:03.456+00' AS ts, DATE '2024-02-29' AS d")));
    QVERIFY(query.next());
    QVERIFY2(query.value(QStringLiteral("style")).toString().startsWith(QStringLiteral("ISO")),
             qPrintable(query.value(QStringLiteral("style")).toString()));
    QCOMPARE(query.value(QStringLiteral("ts")).toDateTime(),
             QDateTime(QDate(2025, 12, 6), QTime(1, 2, 3, 456), Qt::UTC));
    QCOMPARE(query.value(QStringLiteral("d")).toDate(), QDate(2024, 2, 29));
}

// The SQLSTATE is the native code and the primary message the text: Duplicate, and the refusal of
// a statement inside an aborted transaction, read as before.
void TestSqlQueryCache::errorsKeepTheirCodes()
{
    GUICHET_TEST_DATABASE(test, QStringLiteral("postgresql"));
    Result<QSqlDatabase> db = test.database().connection();
    QVERIFY(db);
    QVERIFY(createProbe(db.value(), 1));
    SqlQuery insert(db.value());
    QVERIFY(!insert.prepare(QStringLiteral("INSERT INTO cache_probe (k, v) VALUES (:k, :v)")));
    insert.bind(QStringLiteral(":k"), 1);
    insert.bind(QStringLiteral(":v"), QStringLiteral("secret-value"));
    const Error duplicate = insert.exec();
    QCOMPARE(duplicate.code(), ErrorCode::Duplicate);
    QCOMPARE(insert.lastError().nativeErrorCode(), QStringLiteral("23505"));
    QVERIFY2(duplicate.detail().startsWith(QLatin1String("23505: duplicate key value violates unique constraint")),
             qPrintable(duplicate.detail()));
    QVERIFY(!duplicate.detail().contains(QLatin1String("secret-value")));

    SqlQuery wrong(db.value());
    const Error syntax = wrong.prepare(QStringLiteral("SELEC v FROM cache_probe WHERE k = :k"));
    QCOMPARE(syntax.code(), ErrorCode::DatabaseError);
    QCOMPARE(wrong.lastError().nativeErrorCode(), QStringLiteral("42601"));

    // A write transaction around a failing statement, then a good one: rolled back, and the
    // connection (and its cached statements) still works afterwards.
    const Error failed = test.database().write([](QSqlDatabase& connection) {
        SqlQuery again(connection);
        if (Error error = again.prepare(QStringLiteral("INSERT INTO cache_probe (k, v) VALUES (:k, :v)")))
            return error;
        again.bind(QStringLiteral(":k"), 2);
        again.bind(QStringLiteral(":v"), QStringLiteral("two"));
        if (Error error = again.exec())
            return error;
        SqlQuery twice(connection);
        if (Error error = twice.prepare(QStringLiteral("INSERT INTO cache_probe (k, v) VALUES (:k, :v)")))
            return error;
        twice.bind(QStringLiteral(":k"), 2);
        twice.bind(QStringLiteral(":v"), QStringLiteral("two"));
        return twice.exec();
    });
    QCOMPARE(failed.code(), ErrorCode::Duplicate);
    SqlQuery count(db.value());
    QVERIFY(!count.exec(QStringLiteral("SELECT count(*) AS n FROM cache_probe")));
    QVERIFY(count.next());
    QCOMPARE(count.value(QStringLiteral("n")).toLongLong(), 1);
}

// A parameter whose type the server cannot infer from the statement alone is typed from its value.
void TestSqlQueryCache::untypedParameter()
{
    GUICHET_TEST_DATABASE(test, QStringLiteral("postgresql"));
    Result<QSqlDatabase> db = test.database().connection();
    QVERIFY(db);
    for (const QVariant& value : {QVariant(QStringLiteral("x")), QVariant(QVariant(QMetaType::fromType<QString>()))}) {
        SqlQuery query(db.value());
        QVERIFY(!query.prepare(QStringLiteral("SELECT :x IS NULL AS missing")));
        query.bind(QStringLiteral(":x"), value);
        QVERIFY(!query.exec());
        QVERIFY(query.next());
        QCOMPARE(query.value(QStringLiteral("missing")).toBool(), value.isNull());
    }
}

void TestSqlQueryCache::placeholdersTranslated_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("names");
    const QStringList ab{QStringLiteral(":a"), QStringLiteral(":b")};
    QTest::newRow("repeated") << QStringLiteral("SELECT :a, :b, :a") << QStringLiteral("SELECT $1, $2, $1") << ab;
    QTest::newRow("cast") << QStringLiteral("SELECT :a::text, x::int FROM t WHERE y=:b")
                          << QStringLiteral("SELECT $1::text, x::int FROM t WHERE y=$2") << ab;
    QTest::newRow("literal") << QStringLiteral("SELECT ':x', 'it''s :y', :a, E'\\' :z', :b")
                             << QStringLiteral("SELECT ':x', 'it''s :y', $1, E'\\' :z', $2") << ab;
    QTest::newRow("identifier") << QStringLiteral("SELECT \"c:x\" FROM t WHERE a = :a AND b = :b")
                                << QStringLiteral("SELECT \"c:x\" FROM t WHERE a = $1 AND b = $2") << ab;
    QTest::newRow("comments") << QStringLiteral("SELECT :a -- :x\n/* :y */ , :b")
                              << QStringLiteral("SELECT $1 -- :x\n/* :y */ , $2") << ab;
    QTest::newRow("dollar") << QStringLiteral("DO $f$ :x $f$; SELECT :a, $$ :y $$, :b")
                            << QStringLiteral("DO $f$ :x $f$; SELECT $1, $$ :y $$, $2") << ab;
    QTest::newRow("array slice") << QStringLiteral("SELECT arr[1:2], :a, :b")
                                 << QStringLiteral("SELECT arr[1:2], $1, $2") << ab;
}

void TestSqlQueryCache::placeholdersTranslated()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    QFETCH(QStringList, names);
    QStringList found;
    QCOMPARE(PgStatement::translate(sql, &found), expected);
    QCOMPARE(found, names);
}

QTEST_GUILESS_MAIN(TestSqlQueryCache)
#include "tst_sqlquerycache.moc"
