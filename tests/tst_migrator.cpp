#include "db/Migrator.h"
#include "db/SqlQuery.h"
#include "support/TestDatabases.h"

#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <atomic>

class TestMigrator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void splitStatements();
    void migrationsAreNumbered();
    void freshDatabase_data() { TestDatabase::addEngineRows(); }
    void freshDatabase();
    void idempotent_data() { TestDatabase::addEngineRows(); }
    void idempotent();
    void stepByStep_data() { TestDatabase::addEngineRows(); }
    void stepByStep();
    void refusesNewerSchema_data() { TestDatabase::addEngineRows(); }
    void refusesNewerSchema();
    void checkSaysUpgradeNeeded_data() { TestDatabase::addEngineRows(); }
    void checkSaysUpgradeNeeded();
    void currentSchemaRunsNoDdl();
    void concurrentDesks_data() { TestDatabase::addEngineRows(); }
    void concurrentDesks();
    void sqliteSettings();
    void everyForeignKeyIsIndexed_data() { TestDatabase::addEngineRows(); }
    void everyForeignKeyIsIndexed();
};

void TestMigrator::splitStatements()
{
    const QString script = QStringLiteral("-- a comment\n"
                                          "CREATE TABLE a (x INTEGER);\n"
                                          "\n"
                                          "CREATE TRIGGER t BEFORE UPDATE ON a\n"
                                          "BEGIN\n"
                                          "    SELECT RAISE(ABORT, 'no');\n"
                                          "END;\n"
                                          "CREATE FUNCTION f() RETURNS trigger AS $$\n"
                                          "BEGIN\n"
                                          "    RAISE EXCEPTION 'no';\n"
                                          "END;\n"
                                          "$$ LANGUAGE plpgsql;\n"
                                          "CREATE TRIGGER p BEFORE UPDATE ON a\n"
                                          "    FOR EACH ROW EXECUTE FUNCTION f();\n"
                                          "INSERT INTO a VALUES (1);");
    const QStringList statements = Migrator::splitStatements(script);
    QCOMPARE(statements.size(), 5);
    QVERIFY(statements.at(0).startsWith(QLatin1String("CREATE TABLE a")));
    QVERIFY(statements.at(1).contains(QLatin1String("RAISE(ABORT")));
    QVERIFY(statements.at(1).endsWith(QLatin1String("END")));
    QVERIFY(statements.at(2).contains(QLatin1String("LANGUAGE plpgsql")));
    QVERIFY(statements.at(3).endsWith(QLatin1String("EXECUTE FUNCTION f()")));
    QCOMPARE(statements.at(4), QStringLiteral("INSERT INTO a VALUES (1)"));
}

void TestMigrator::migrationsAreNumbered()
{
    const QList<Migrator::Migration> migrations = Migrator::available();
    QVERIFY(!migrations.isEmpty());
    for (qsizetype i = 0; i < migrations.size(); ++i)
        QCOMPARE(migrations.at(i).version, int(i) + 1); // no gaps, no duplicates
    QCOMPARE(Migrator::latestVersion(), migrations.last().version);
}

void TestMigrator::freshDatabase()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    Migrator migrator(db.database());
    QCOMPARE(migrator.currentVersion().value(), 0);
    const Result<int> version = migrator.migrate();
    QVERIFY2(version.ok(), qPrintable(version.error().detail()));
    QCOMPARE(version.value(), Migrator::latestVersion());

    const QStringList tables = db.database().connection().value().tables();
    for (const char* table :
         {"schema_version", "persons", "person_nir_history", "national_register", "agents", "accounts",
          "login_attempts", "lockout_events", "calls", "consultations", "audit_events", "mail_outbox"})
        QVERIFY2(tables.contains(QString::fromLatin1(table)), table);

    SqlQuery query(db.database().connection().value());
    QVERIFY(!query.exec(QStringLiteral("SELECT version, description FROM schema_version ORDER BY version")));
    QVERIFY(query.next());
    QCOMPARE(query.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(query.value(QStringLiteral("description")).toString(), QStringLiteral("initial"));
}

void TestMigrator::idempotent()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    Migrator migrator(db.database());
    QVERIFY(migrator.migrate().ok());
    const Result<int> again = migrator.migrate();
    QVERIFY2(again.ok(), qPrintable(again.error().detail()));
    QCOMPARE(again.value(), Migrator::latestVersion());
    SqlQuery query(db.database().connection().value());
    QVERIFY(!query.exec(QStringLiteral("SELECT COUNT(*) AS n FROM schema_version")));
    QVERIFY(query.next());
    QCOMPARE(query.value(QStringLiteral("n")).toInt(), Migrator::available().size());
}

void TestMigrator::stepByStep()
{
    // A database left at each older version is brought to the latest one.
    QFETCH(QString, engine);
    if (!TestDatabase::requireEngine(engine))
        return;
    for (int start = 1; start < Migrator::latestVersion(); ++start) {
        TestDatabase db(engine);
        QVERIFY2(db.isReady(), qPrintable(db.errorString()));
        Migrator migrator(db.database());
        QCOMPARE(migrator.migrate(start).value(), start);
        QCOMPARE(migrator.currentVersion().value(), start);
        QCOMPARE(migrator.migrate().value(), Migrator::latestVersion());
    }
    TestDatabase db(engine);
    Migrator migrator(db.database());
    QCOMPARE(migrator.migrate(1).value(), 1);
    QCOMPARE(migrator.currentVersion().value(), 1);
}

void TestMigrator::refusesNewerSchema()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    Migrator migrator(db.database());
    QVERIFY(migrator.migrate().ok());
    SqlQuery insert(db.database().connection().value());
    QVERIFY(!insert.prepare(QStringLiteral("INSERT INTO schema_version (version, description) VALUES (:v, :d)")));
    insert.bind(QStringLiteral(":v"), 999);
    insert.bind(QStringLiteral(":d"), QStringLiteral("from the future"));
    QVERIFY(!insert.exec());
    const Result<int> version = migrator.migrate();
    QVERIFY(!version.ok());
    QCOMPARE(version.error().code(), ErrorCode::SchemaTooNew);
}

// Behind or absent: SchemaUpgradeNeeded with the version found, never a migration on PostgreSQL;
// an SQLite file (the single desk's own) is brought up to date when it opens.
void TestMigrator::checkSaysUpgradeNeeded()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    Migrator migrator(db.database());
    const Result<int> empty = migrator.check();
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code(), ErrorCode::SchemaUpgradeNeeded);
    QCOMPARE(empty.error().context().value(QStringLiteral("schema_version")).toInt(), 0);
    QCOMPARE(migrator.migrate(1).value(), 1);
    const Result<int> behind = migrator.check();
    QVERIFY(!behind.ok());
    QCOMPARE(behind.error().code(), ErrorCode::SchemaUpgradeNeeded);
    QCOMPARE(behind.error().context().value(QStringLiteral("schema_version")).toInt(), 1);
    QCOMPARE(behind.error().context().value(QStringLiteral("latest_version")).toInt(), Migrator::latestVersion());

    const Result<int> opened = migrator.openForUse();
    if (engine == QLatin1String("postgresql")) {
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code(), ErrorCode::SchemaUpgradeNeeded);
        QCOMPARE(migrator.currentVersion().value(), 1);
    } else {
        QCOMPARE(opened.value(), Migrator::latestVersion());
    }
    QCOMPARE(migrator.migrate().value(), Migrator::latestVersion());
    QCOMPARE(migrator.check().value(), Migrator::latestVersion());
}

// A current schema is opened and "migrated" with reads only: in a database where every
// transaction is read-only, check(), openForUse() and migrate() all answer the version.
void TestMigrator::currentSchemaRunsNoDdl()
{
    const QString engine = QStringLiteral("postgresql");
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    {
        SqlQuery query(db.database().connection().value());
        QVERIFY(!query.exec(
            QStringLiteral("ALTER DATABASE %1 SET default_transaction_read_only = on").arg(db.url().databaseName())));
    }
    db.database().closeThreadConnection();
    Migrator migrator(db.database());
    QCOMPARE(migrator.check().value(), Migrator::latestVersion());
    QCOMPARE(migrator.openForUse().value(), Migrator::latestVersion());
    const Result<int> migrated = migrator.migrate();
    QVERIFY2(migrated.ok(), qPrintable(migrated.error().detail()));
    QCOMPARE(migrated.value(), Migrator::latestVersion());
}

void TestMigrator::concurrentDesks()
{
    // Two desks start on an empty database at the same moment: both succeed, each migration once.
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    std::atomic<int> failures = 0;
    auto start = [&] {
        Database own(db.url());
        Migrator migrator(own);
        if (!migrator.migrate().ok())
            ++failures;
        own.closeThreadConnection();
    };
    QThread* first = QThread::create(start);
    QThread* second = QThread::create(start);
    first->start();
    second->start();
    QVERIFY(first->wait(60000));
    QVERIFY(second->wait(60000));
    delete first;
    delete second;
    QCOMPARE(failures.load(), 0);
    SqlQuery query(db.database().connection().value());
    QVERIFY(!query.exec(QStringLiteral("SELECT COUNT(*) AS n FROM schema_version")));
    QVERIFY(query.next());
    QCOMPARE(query.value(QStringLiteral("n")).toInt(), Migrator::available().size());
}

void TestMigrator::sqliteSettings()
{
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY(db.isReady());
    SqlQuery query(db.database().connection().value());
    QVERIFY(!query.exec(QStringLiteral("PRAGMA journal_mode")));
    QVERIFY(query.next());
    QCOMPARE(query.value(QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    SqlQuery keys(db.database().connection().value());
    QVERIFY(!keys.exec(QStringLiteral("PRAGMA foreign_keys")));
    QVERIFY(keys.next());
    QCOMPARE(keys.value(QStringLiteral("foreign_keys")).toInt(), 1);
}

void TestMigrator::everyForeignKeyIsIndexed()
{
    // Each history filter and lookup column referenced below must lead some index.
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    struct Lookup
    {
        const char* table;
        const char* column;
    };
    const Lookup lookups[] = {{"persons", "nir"},
                              {"accounts", "person_id"},
                              {"accounts", "status"},
                              {"login_attempts", "account_id"},
                              {"login_attempts", "attempted_at"},
                              {"lockout_events", "account_id"},
                              {"lockout_events", "locked_at"},
                              {"lockout_events", "unlocked_by"},
                              {"calls", "agent_id"},
                              {"calls", "person_id"},
                              {"calls", "started_at"},
                              {"audit_events", "occurred_at"},
                              {"audit_events", "agent_id"},
                              {"audit_events", "account_id"},
                              {"audit_events", "action"},
                              {"consultations", "person_id"},
                              {"consultations", "consulted_at"},
                              {"agents", "login"},
                              {"national_register", "nir"},
                              {"mail_outbox", "status"}};
    QSqlDatabase connection = db.database().connection().value();
    for (const Lookup& lookup : lookups) {
        SqlQuery query(connection);
        if (engine == QLatin1String("sqlite")) {
            // The first column of each index on the table (pragma functions take bound values).
            QVERIFY(!query.prepare(QStringLiteral("SELECT ii.name AS column_name FROM pragma_index_list(:table) AS il,"
                                                  " pragma_index_info(il.name) AS ii WHERE ii.seqno = 0")));
        } else {
            QVERIFY(!query.prepare(QStringLiteral(
                "SELECT a.attname AS column_name FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid"
                " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = i.indkey[0] WHERE c.relname = :table")));
        }
        query.bind(QStringLiteral(":table"), QString::fromLatin1(lookup.table));
        QVERIFY(!query.exec());
        QStringList leading;
        while (query.next())
            leading.append(query.value(QStringLiteral("column_name")).toString());
        QVERIFY2(leading.contains(QString::fromLatin1(lookup.column)),
                 qPrintable(QStringLiteral("%1.%2 leads no index")
                                .arg(QString::fromLatin1(lookup.table), QString::fromLatin1(lookup.column))));
    }
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
