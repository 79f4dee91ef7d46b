// BulkInsert on both engines: more rows than one statement holds, texts that the PostgreSQL array
// form must escape, NULLs of every type, booleans, dates, instants and a constant of the row
// template come back as they were bound.
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "demo/BulkInsert.h"
#include "support/TestDatabases.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

class TestBulkInsert : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void arrayLiteral();
    void roundTrip_data() { TestDatabase::addEngineRows(); }
    void roundTrip();
};

void TestBulkInsert::arrayLiteral()
{
    const QList<QVariant> values{QStringLiteral("a\"b"),     1,
                                 QStringLiteral("c\\d,{e}"), QVariant(QMetaType::fromType<QString>()),
                                 QStringLiteral("NULL"),     true};
    QCOMPARE(BulkInsert::arrayLiteral(values, 0, 3, 2), QStringLiteral(R"({"a\"b","c\\d,{e}","NULL"})"));
    QCOMPARE(BulkInsert::arrayLiteral(values, 1, 3, 2), QStringLiteral(R"({"1",NULL,"t"})"));
}

void TestBulkInsert::roundTrip()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY2(db.migrate(), qPrintable(db.errorString()));
    Database& database = db.database();
    const SqlDialect dialect = database.dialect();
    QSqlDatabase connection = database.connection().value();
    SqlQuery create(connection);
    QVERIFY(!create.exec(dialect.expand(QStringLiteral(
        "CREATE TABLE bulk_probe (id {{id}} PRIMARY KEY, name TEXT, flag BOOLEAN, at {{timestamp}}, day DATE,"
        " kind TEXT NOT NULL)"))));

    const int count = int(BulkInsert::PostgresRowsPerStatement) * 2 + 7; // three statements, the last short
    const QDateTime base(QDate(2026, 3, 2), QTime(10, 0, 0, 123), QTimeZone::utc());
    const QStringList names{QStringLiteral("plain"),
                            QStringLiteral("quote \" and 'apostrophe'"),
                            QStringLiteral("back\\slash"),
                            QStringLiteral("{braces},comma"),
                            QStringLiteral("NULL"),
                            QStringLiteral("Œuvrard d'Ÿ — 日本"),
                            QString(),
                            QStringLiteral("")};
    DemoDataGenerator::Rows rows{QLatin1String("bulk_probe"),
                                 QLatin1String("id, name, flag, at, day, kind"),
                                 QLatin1String("(?, ?, ?, ?, ?, 'probe')"),
                                 {}};
    for (int i = 0; i < count; ++i) {
        const QString& name = names.at(i % names.size());
        rows.values << qint64(i + 1) << (name.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(name))
                    << (i % 3 == 2 ? QVariant(QMetaType::fromType<bool>()) : QVariant(i % 3 == 0))
                    << (i % 5 == 4 ? dialect.toSql(QDateTime()) : dialect.toSql(base.addSecs(i)))
                    << (i % 7 == 6 ? dialect.toSql(QDate()) : dialect.toSql(base.date().addDays(i)));
    }
    const Error error = database.write([&](QSqlDatabase& c) { return BulkInsert(c, dialect).insert(rows); });
    QVERIFY2(!error, qPrintable(error.detail()));

    QSqlQuery read(connection);
    QVERIFY(read.exec(QStringLiteral("SELECT id, name, flag, at, day, kind FROM bulk_probe ORDER BY id")));
    int seen = 0;
    while (read.next()) {
        const int i = seen++;
        QCOMPARE(read.value(0).toLongLong(), qint64(i + 1));
        const QString& name = names.at(i % names.size());
        QCOMPARE(read.value(1).isNull(), name.isNull());
        QCOMPARE(read.value(1).toString(), name);
        QCOMPARE(read.value(2).isNull(), i % 3 == 2);
        if (i % 3 != 2)
            QCOMPARE(read.value(2).toBool(), i % 3 == 0);
        QCOMPARE(SqlDialect::toDateTime(read.value(3)), i % 5 == 4 ? QDateTime() : base.addSecs(i));
        QCOMPARE(read.value(4).isNull(), i % 7 == 6);
        if (i % 7 != 6)
            QCOMPARE(QDate::fromString(read.value(4).toString().left(10), Qt::ISODate), base.date().addDays(i));
        QCOMPARE(read.value(5).toString(), QStringLiteral("probe"));
    }
    QCOMPARE(seen, count);
}

QTEST_GUILESS_MAIN(TestBulkInsert)
#include "tst_bulkinsert.moc"
