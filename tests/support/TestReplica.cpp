#include "support/TestReplica.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <algorithm>

namespace {

QAtomicInt counter;

QString replicaServer()
{
    return qEnvironmentVariable("GUICHET_TEST_POSTGRESQL_REPLICA_URL");
}

// The first column of the first row of statement on the server at url, as text.
QString scalar(const DatabaseUrl& url, const QString& statement, QString* why, const QVariant& bound = {})
{
    const QString name = QStringLiteral("guichet-test-replica-%1").arg(counter.fetchAndAddRelaxed(1));
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.hostName());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.databaseName());
        if (!db.open()) {
            *why = db.lastError().text();
        } else {
            {
                QSqlQuery query(db);
                const bool ran = bound.isValid() ? query.prepare(statement) && (query.addBindValue(bound), query.exec())
                                                 : query.exec(statement);
                if (!ran)
                    *why = query.lastError().text();
                else if (query.next())
                    value = query.value(0).isNull() ? QStringLiteral("") : query.value(0).toString();
                else
                    value = QStringLiteral("");
            } // the statement is freed before its connection closes
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

bool runScript(const char* variable, QString* why)
{
    const QString script = qEnvironmentVariable(variable);
    if (script.isEmpty()) {
        *why = QString::fromLatin1(variable) + QStringLiteral(" is not set (resources/scripts/with-postgresql.sh)");
        return false;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("bash"), {script});
    if (!process.waitForFinished(90000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *why = QString::fromLatin1(variable) + QStringLiteral(" failed: ") + QString::fromLocal8Bit(process.readAll());
        return false;
    }
    return true;
}

} // namespace

namespace TestReplica {

bool require()
{
    if (!replicaServer().isEmpty() && DatabaseUrl::parse(replicaServer()).isValid())
        return true;
    const char* why = "GUICHET_TEST_POSTGRESQL_REPLICA_URL is not set: the standby of "
                      "resources/scripts/with-postgresql.sh is missing (GUICHET_TEST_POSTGRESQL_REPLICA=0?)";
    if (!qEnvironmentVariableIsEmpty("CI") || !qEnvironmentVariableIsEmpty("GUICHET_REQUIRE_POSTGRESQL"))
        QTest::qFail(why, __FILE__, __LINE__);
    else
        QTest::qSkip(why, __FILE__, __LINE__);
    return false;
}

DatabaseUrl urlFor(const DatabaseUrl& primary)
{
    const DatabaseUrl server = DatabaseUrl::parse(replicaServer());
    return server.withDatabaseName(primary.databaseName()).withUser(primary.userName(), primary.password());
}

DatabaseUrl onStandby(const DatabaseUrl& url)
{
    QUrl text(url.toString());
    text.setPort(DatabaseUrl::parse(replicaServer()).port());
    DatabaseUrl standby = DatabaseUrl::parse(text.toString(QUrl::FullyEncoded));
    standby.setPassword(url.password());
    return standby;
}

bool waitForReplay(const DatabaseUrl& primary, QString* why, int timeoutMs)
{
    const QString lsn = scalar(primary, QStringLiteral("SELECT pg_current_wal_lsn()::text"), why);
    if (lsn.isNull())
        return false;
    const QString caughtUp = QStringLiteral("SELECT pg_last_wal_replay_lsn() >= CAST(? AS pg_lsn)");
    const DatabaseUrl maintenance = DatabaseUrl::parse(replicaServer());
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < timeoutMs) {
        QString error;
        const QString answer = scalar(maintenance, caughtUp, &error, lsn);
        if (answer == QLatin1String("true"))
            return true;
        QThread::msleep(20);
        *why = error.isEmpty() ? QStringLiteral("the standby has not replayed up to ") + lsn : error;
    }
    // What the standby said last (with-postgresql.sh's log of it: test databases only).
    QFile log(qEnvironmentVariable("GUICHET_TEST_POSTGRESQL_REPLICA_LOG"));
    if (log.open(QIODevice::ReadOnly)) {
        const QByteArray text = log.readAll();
        *why += QStringLiteral("; the standby's log ends with:\n")
            + QString::fromUtf8(text.right(std::min<qsizetype>(text.size(), 2000)));
    }
    return false;
}

QString query(const QString& statement, QString* why)
{
    return scalar(DatabaseUrl::parse(replicaServer()), statement, why);
}

bool pauseReplay(QString* why)
{
    return !query(QStringLiteral("SELECT pg_wal_replay_pause()"), why).isNull();
}

bool resumeReplay(QString* why)
{
    return !query(QStringLiteral("SELECT pg_wal_replay_resume()"), why).isNull();
}

bool stop(QString* why)
{
    return runScript("GUICHET_TEST_POSTGRESQL_REPLICA_STOP", why);
}

bool start(QString* why)
{
    if (!runScript("GUICHET_TEST_POSTGRESQL_REPLICA_START", why))
        return false;
    QElapsedTimer waited;
    waited.start();
    while (query(QStringLiteral("SELECT 1"), why).isNull()) {
        if (waited.elapsed() > 30000)
            return false;
        QThread::msleep(50);
    }
    return true;
}

} // namespace TestReplica
