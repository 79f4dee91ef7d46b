#pragma once

#include "db/Database.h"
#include "db/DatabaseUrl.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

// Fresh, empty databases for tests, on both engines.
//   SQLite: a file in a temporary folder.
//   PostgreSQL: a new database created on the server named by GUICHET_TEST_POSTGRESQL (a
//   postgresql:// URL whose user may CREATE DATABASE), dropped afterwards.
// When GUICHET_TEST_POSTGRESQL is unset the PostgreSQL rows are skipped with a message, unless
// CI or GUICHET_REQUIRE_POSTGRESQL is set: then they fail, so that the PostgreSQL half can never silently vanish from
// CI.
class TestDatabase
{
public:
    explicit TestDatabase(const QString& engine);
    ~TestDatabase();
    Q_DISABLE_COPY_MOVE(TestDatabase)

    // Adds the "engine" column and one row per engine to the current _data() table.
    static void addEngineRows();
    // Whether engine can run here; when not, why (for QSKIP/QFAIL).
    static bool available(const QString& engine, QString* why);
    // Call at the start of a test function that fetched "engine": skips or fails as above.
    // Returns false when the test must stop.
    static bool requireEngine(const QString& engine);

    // Restarts the private PostgreSQL server of with-postgresql.sh (GUICHET_TEST_POSTGRESQL_RESTART,
    // pg_ctl restart -m fast: every session on it is terminated) and returns once it accepts
    // connections again; false with why otherwise. The tests that call it are RUN_SERIAL.
    static bool restartPostgreSql(QString* why);

    bool isReady() const { return m_database != nullptr; }
    QString errorString() const { return m_error; }
    DatabaseUrl url() const { return m_url; }
    QString urlString() const { return m_url.toString(); }
    Database& database() { return *m_database; }
    // Opens and migrates to the latest schema; false (with errorString()) on failure.
    bool migrate();

private:
    QString m_engine;
    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    QString m_pgName;
    std::unique_ptr<Database> m_database;
    QString m_error;
};

// Opens a TestDatabase for the fetched engine, or skips/fails the current test.
#define GUICHET_TEST_DATABASE(var, engine)                                                                             \
    if (!TestDatabase::requireEngine(engine))                                                                          \
        return;                                                                                                        \
    TestDatabase var(engine);                                                                                          \
    QVERIFY2(var.isReady(), qPrintable(var.errorString()))
