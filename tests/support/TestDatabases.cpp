#include "support/TestDatabases.h"

#include "db/Migrator.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

namespace {

QAtomicInt counter;

QString serverUrl()
{
    return qEnvironmentVariable("GUICHET_TEST_POSTGRESQL");
}

// Runs one statement on the server's maintenance database (CREATE/DROP DATABASE cannot be
// prepared with bound names; the name is generated here, never taken from input).
bool onServer(const QString& statement, QString* error)
{
    const DatabaseUrl server = DatabaseUrl::parse(serverUrl());
    if (!server.isValid()) {
        *error = QStringLiteral("GUICHET_TEST_POSTGRESQL is not a valid postgresql:// URL");
        return false;
    }
    const QString name = QStringLiteral("guichet-test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server.hostName());
        db.setPort(server.port());
        db.setUserName(server.userName());
        db.setDatabaseName(server.databaseName());
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            ok = query.exec(statement);
            if (!ok)
                *error = query.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

void TestDatabase::addEngineRows()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

bool TestDatabase::available(const QString& engine, QString* why)
{
    if (engine == QLatin1String("sqlite"))
        return true;
    if (!serverUrl().isEmpty())
        return true;
    *why = QStringLiteral("GUICHET_TEST_POSTGRESQL is not set (a postgresql:// URL of a server where the user may "
                          "create databases); .ci/run sets it");
    return false;
}

bool TestDatabase::requireEngine(const QString& engine)
{
    QString why;
    if (available(engine, &why))
        return true;
    if (!qEnvironmentVariableIsEmpty("CI") || !qEnvironmentVariableIsEmpty("GUICHET_REQUIRE_POSTGRESQL"))
        QTest::qFail(qPrintable(why), __FILE__, __LINE__);
    else
        QTest::qSkip(qPrintable(why), __FILE__, __LINE__);
    return false;
}

bool TestDatabase::restartPostgreSql(QString* why)
{
    const QString script = qEnvironmentVariable("GUICHET_TEST_POSTGRESQL_RESTART");
    if (script.isEmpty()) {
        *why = QStringLiteral("GUICHET_TEST_POSTGRESQL_RESTART is not set: only the private server of "
                              "resources/scripts/with-postgresql.sh can be restarted by a test");
        return false;
    }
    QProcess restart;
    restart.setProcessChannelMode(QProcess::MergedChannels);
    restart.start(QStringLiteral("bash"), {script});
    if (!restart.waitForFinished(90000) || restart.exitStatus() != QProcess::NormalExit || restart.exitCode() != 0) {
        *why = QStringLiteral("the restart of PostgreSQL failed: ") + QString::fromLocal8Bit(restart.readAll());
        return false;
    }
    // pg_ctl -w has waited for the server; a first statement proves it answers.
    QElapsedTimer waited;
    waited.start();
    QString error;
    while (!onServer(QStringLiteral("SELECT 1"), &error)) {
        if (waited.elapsed() > 30000) {
            *why = QStringLiteral("PostgreSQL does not answer after its restart: ") + error;
            return false;
        }
        QThread::msleep(100);
    }
    return true;
}

TestDatabase::TestDatabase(const QString& engine) : m_engine(engine)
{
    if (engine == QLatin1String("sqlite")) {
        m_url = DatabaseUrl::parse(QLatin1String("sqlite:") + m_dir.filePath(QStringLiteral("test.sqlite")));
    } else {
        const DatabaseUrl server = DatabaseUrl::parse(serverUrl());
        m_pgName = QStringLiteral("guichet_t_%1_%2")
                       .arg(QCoreApplication::applicationPid())
                       .arg(counter.fetchAndAddRelaxed(1));
        onServer(QStringLiteral("DROP DATABASE IF EXISTS ") + m_pgName, &m_error);
        if (!onServer(QStringLiteral("CREATE DATABASE ") + m_pgName
                          + QStringLiteral(" ENCODING 'UTF8' TEMPLATE template0"),
                      &m_error))
            return;
        m_url = server.withDatabaseName(m_pgName);
    }
    if (!m_url.isValid()) {
        m_error = QStringLiteral("cannot build a test database URL");
        return;
    }
    m_database = std::make_unique<Database>(m_url);
    const Result<QSqlDatabase> connection = m_database->connection();
    if (!connection) {
        m_error = connection.error().detail();
        m_database.reset();
    }
}

TestDatabase::~TestDatabase()
{
    m_database.reset();
    if (!m_pgName.isEmpty()) {
        QString error;
        if (!onServer(QStringLiteral("DROP DATABASE IF EXISTS ") + m_pgName + QStringLiteral(" WITH (FORCE)"), &error))
            qWarning("could not drop test database: %s", qPrintable(error));
    }
}

bool TestDatabase::migrate()
{
    Migrator migrator(*m_database);
    const Result<int> version = migrator.migrate();
    if (!version) {
        m_error = version.error().detail();
        return false;
    }
    return true;
}
