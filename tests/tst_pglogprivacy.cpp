// Nothing personal in PostgreSQL's server log. Qt's PostgreSQL driver wrote bound values into the
// statement text (EXECUTE stmt ('299127512345631')); Guichet now sends them out of line
// (PgStatement), but a server that logs statements still logs their parameters (DETAIL:
// parameters: $1 = '…'), and the DETAIL of an error quotes the row: NIRs, e-mail addresses and
// Argon2 hashes. The settings of
// resources/sql/grants/logging.sql (run by a superuser for the desk logins) keep them out: this
// test runs the desk's lookup of a canary NIR, an update that binds a canary address and hash, and
// two failing inserts that bind them, first on a database set to log everything (the canaries are
// in the log: the test can fail), then with the recommended settings on the desk login (they are
// not, and the errors are still logged).
//
// PostgreSQL only (SQLite keeps no server log). Needs the server of
// resources/scripts/with-postgresql.sh (GUICHET_TEST_POSTGRESQL, GUICHET_TEST_POSTGRESQL_LOG):
// without it the suite is skipped, except in CI (CI or GUICHET_REQUIRE_POSTGRESQL set), where it fails.
#include "db/Database.h"
#include "db/Migrator.h"
#include "db/SqlQuery.h"
#include "identity/Nir.h"
#include "identity/PersonRepository.h"
#include "support/TestDatabases.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

#include <memory>

namespace {

// Used by no other test: a line of another suite (run at the same time) cannot be mistaken for ours.
const QString canaryNir = QStringLiteral("299127512345631");
const QString canaryEmail = QStringLiteral("canary.log.privacy@example.org");
const QString canaryHash
    = QStringLiteral("$argon2id$v=19$m=19456,t=2,p=1$Y2FuYXJ5LWxvZy1zYWx0$Q2FuYXJ5SGFzaEZvckxvZ1ByaXZhY3kxMjM0NTY");

// The groups of roles.sql besides the desk's whose logins logging.sql must quiet too.
QStringList groupLogins()
{
    return {QStringLiteral("gate"), QStringLiteral("mailer"), QStringLiteral("portal")};
}

QByteArray readFrom(const QString& path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return {};
    return file.readAll();
}

qint64 sizeOf(const QString& path)
{
    return QFile(path).size();
}

} // namespace

class TestPgLogPrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everythingLoggedWithoutTheSettings();
    void valuesOutOfTheStatementText();
    void recommendedSettingsKeepValuesOut();

private:
    bool runAsSuperuser(const QString& statement, const QVariantMap& values = {});
    // The desk login's session (lookup, update, two failing inserts whose errors quote values, or
    // with Failure::Plain one failing select that binds the NIR), then what the server logged
    // meanwhile, and in *deskLines the lines of the desk's own backend (by its process id).
    enum class Failure { QuotingValues, Plain };
    QByteArray deskSession(QByteArray* deskLines, Failure failure = Failure::QuotingValues);

    std::unique_ptr<TestDatabase> m_db;
    QString m_log;
    QString m_login;
    qint64 m_personId = 0;
};

void TestPgLogPrivacy::initTestCase()
{
    for (const char* name : {"GUICHET_TEST_POSTGRESQL", "GUICHET_TEST_POSTGRESQL_LOG"}) {
        if (!qEnvironmentVariableIsEmpty(name))
            continue;
        const QString why = QString::fromLatin1(name)
            + QStringLiteral(" is not set: run the tests through resources/scripts/with-postgresql.sh");
        if (!qEnvironmentVariableIsEmpty("CI") || !qEnvironmentVariableIsEmpty("GUICHET_REQUIRE_POSTGRESQL"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    m_log = qEnvironmentVariable("GUICHET_TEST_POSTGRESQL_LOG");
    QVERIFY2(QFile(m_log).open(QIODevice::ReadOnly), qPrintable(m_log));

    // A migrated database (owned by the superuser of the test server), a desk login with the
    // documented grants, and a person with the canary NIR and an account.
    m_db = std::make_unique<TestDatabase>(QStringLiteral("postgresql"));
    QVERIFY2(m_db->isReady(), qPrintable(m_db->errorString()));
    QVERIFY2(m_db->migrate(), qPrintable(m_db->errorString()));
    m_login = QStringLiteral("guichet_desklog_") + QString::number(QCoreApplication::applicationPid());
    QVERIFY(runAsSuperuser(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                                          "'guichet_desk') THEN CREATE ROLE guichet_desk NOLOGIN; END IF; END $$")));
    QVERIFY(runAsSuperuser(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE guichet_desk").arg(m_login)));
    QFile grants(QStringLiteral(GUICHET_DESK_GRANTS));
    QVERIFY(grants.open(QIODevice::ReadOnly));
    for (const QString& statement : Migrator::splitStatements(QString::fromUtf8(grants.readAll())))
        QVERIFY(runAsSuperuser(statement));
    // No desk group inserts persons (identity add is the owner's step), but a duplicate NIR is the
    // error whose DETAIL quotes one: this login may, for this test only.
    QVERIFY(runAsSuperuser(QStringLiteral("GRANT INSERT ON persons TO %1").arg(m_login)));
    QVERIFY(runAsSuperuser(QStringLiteral("INSERT INTO persons (nir, sex, last_name, first_names, birth_date, "
                                          "birth_place) VALUES (:nir, 2, 'Canari', 'Jeanne', '1999-12-01', 'Paris')"),
                           {{QStringLiteral(":nir"), canaryNir}}));
    Result<QSqlDatabase> connection = m_db->database().connection();
    QVERIFY(connection.ok());
    const Result<Person> person = PersonRepository(connection.value()).findByNir(Nir::parse(canaryNir));
    QVERIFY(person.ok());
    m_personId = person->id;
    QVERIFY(runAsSuperuser(QStringLiteral("INSERT INTO accounts (person_id, email, status) VALUES (:id, "
                                          "'first@example.org', 'active')"),
                           {{QStringLiteral(":id"), m_personId}}));

    // The server as a DBA may leave it while looking into a problem: every statement logged, and
    // the statement of every error. Sessions opened from now on have it.
    QVERIFY(
        runAsSuperuser(QStringLiteral("ALTER DATABASE %1 SET log_statement = 'all'").arg(m_db->url().databaseName())));
    QVERIFY(runAsSuperuser(
        QStringLiteral("ALTER DATABASE %1 SET log_min_error_statement = 'error'").arg(m_db->url().databaseName())));
    m_db->database().closeThreadConnection();
}

void TestPgLogPrivacy::cleanupTestCase()
{
    if (!m_db)
        return;
    const QString login = m_login;
    m_db.reset(); // drops the database, its settings and the grants on its objects
    TestDatabase maintenance(QStringLiteral("postgresql"));
    if (!maintenance.isReady() || login.isEmpty())
        return;
    const Error error = maintenance.database().write([&login](QSqlDatabase& connection) -> Error {
        for (const QString& group : groupLogins()) {
            if (Error e = SqlQuery(connection).exec(QStringLiteral("DROP ROLE IF EXISTS %1_%2").arg(login, group)))
                return e;
        }
        return SqlQuery(connection).exec(QStringLiteral("DROP ROLE IF EXISTS ") + login);
    });
    if (error)
        qWarning("%s", qPrintable(error.detail()));
}

bool TestPgLogPrivacy::runAsSuperuser(const QString& statement, const QVariantMap& values)
{
    Result<QSqlDatabase> connection = m_db->database().connection();
    if (!connection)
        return false;
    SqlQuery query(connection.value());
    Error error;
    if (values.isEmpty()) {
        error = query.exec(statement);
    } else {
        error = query.prepare(statement);
        for (auto it = values.cbegin(); !error && it != values.cend(); ++it)
            query.bind(it.key(), it.value());
        if (!error)
            error = query.exec();
    }
    if (error)
        qWarning("%s: %s", qPrintable(statement), qPrintable(error.detail()));
    return !error;
}

QByteArray TestPgLogPrivacy::deskSession(QByteArray* deskLines, Failure failure)
{
    const qint64 offset = sizeOf(m_log);
    DatabaseUrl url = DatabaseUrl::parse(QStringLiteral("postgresql://%1@%2:%3/%4")
                                             .arg(m_login, m_db->url().hostName())
                                             .arg(m_db->url().port())
                                             .arg(m_db->url().databaseName()));
    qint64 backend = 0;
    {
        Database desk(url);
        Result<QSqlDatabase> connection = desk.connection();
        if (!connection) {
            qWarning("desk login: %s", qPrintable(connection.error().detail()));
            return {};
        }
        QSqlDatabase& db = connection.value();
        SqlQuery pid(db);
        if (!pid.exec(QStringLiteral("SELECT pg_backend_pid() AS pid")) && pid.next())
            backend = pid.value(QStringLiteral("pid")).toLongLong();
        // The desk's lookup of the caller's NIR.
        const Result<Person> person = PersonRepository(db).findByNir(Nir::parse(canaryNir));
        if (!person)
            qWarning("lookup: %s", qPrintable(person.error().detail()));
        // A new address and a temporary password hash, as the desk writes them.
        SqlQuery update(db);
        Error error = update.prepare(
            QStringLiteral("UPDATE accounts SET email = :email, temp_password_hash = :hash, temp_password_issued_at = "
                           "CURRENT_TIMESTAMP, temp_password_expires_at = CURRENT_TIMESTAMP WHERE person_id = :id"));
        update.bind(QStringLiteral(":email"), canaryEmail);
        update.bind(QStringLiteral(":hash"), canaryHash);
        update.bind(QStringLiteral(":id"), m_personId);
        if (error || (error = update.exec()))
            qWarning("update: %s", qPrintable(error.detail()));
        // Two errors with the values bound: a duplicate NIR (its DETAIL quotes the key) and a
        // refused row (its DETAIL quotes the whole row: address and hash).
        SqlQuery plain(db);
        if (failure == Failure::Plain
            && !plain.prepare(QStringLiteral("SELECT count(*) / 0 AS n FROM persons WHERE nir = :nir"))) {
            plain.bind(QStringLiteral(":nir"), canaryNir);
            if (!plain.exec())
                qWarning("the division by zero was accepted");
        }
        SqlQuery duplicate(db);
        if (failure == Failure::QuotingValues
            && !duplicate.prepare(
                QStringLiteral("INSERT INTO persons (nir, sex, last_name, first_names, birth_date, "
                               "birth_place) VALUES (:nir, 2, 'Canari', 'Jeanne', '1999-12-01', 'Paris')"))) {
            duplicate.bind(QStringLiteral(":nir"), canaryNir);
            if (!duplicate.exec())
                qWarning("the duplicate NIR was accepted");
        }
        SqlQuery refused(db);
        if (failure == Failure::QuotingValues
            && !refused.prepare(QStringLiteral("INSERT INTO accounts (person_id, email, status, temp_password_hash) "
                                               "VALUES (:id, :email, 'no such status', :hash)"))) {
            refused.bind(QStringLiteral(":id"), m_personId);
            refused.bind(QStringLiteral(":email"), canaryEmail);
            refused.bind(QStringLiteral(":hash"), canaryHash);
            if (!refused.exec())
                qWarning("the refused row was accepted");
        }
        desk.closeThreadConnection();
    }
    // A marker logged by another session (the database logs every statement): once it is in the
    // file, so is everything the desk's session wrote before it.
    const QString marker = QStringLiteral("guichet-log-marker-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        Database superuser(m_db->url());
        Result<QSqlDatabase> connection = superuser.connection();
        if (connection)
            (void)SqlQuery(connection.value()).exec(QStringLiteral("SELECT '%1'").arg(marker));
        superuser.closeThreadConnection();
    }
    QByteArray logged;
    for (int i = 0; i < 100 && !logged.contains(marker.toUtf8()); ++i) {
        QTest::qWait(50);
        logged = readFrom(m_log, offset);
    }
    if (!logged.contains(marker.toUtf8()))
        qWarning("the marker never reached the server log");
    const QByteArray prefix = '[' + QByteArray::number(backend) + ']';
    for (const QByteArray& line : logged.split('\n')) {
        if (backend > 0 && line.contains(prefix))
            *deskLines += line + '\n';
    }
    return logged;
}

// Without the settings (a database that logs every statement and every error's statement): the
// canary NIR, address and hash are all in the log. This is what the settings must prevent.
void TestPgLogPrivacy::everythingLoggedWithoutTheSettings()
{
    QByteArray deskLines;
    const QByteArray logged = deskSession(&deskLines);
    QVERIFY2(logged.contains(canaryNir.toUtf8()), logged.constData());
    QVERIFY2(logged.contains(canaryEmail.toUtf8()), logged.constData());
    QVERIFY2(deskLines.contains("$argon2id$"), deskLines.constData());
}

// Every statement logged, and the statement of every error, but not the values of bound
// parameters (log_parameter_max_length and its _on_error twin at 0, without logging.sql): the
// values travel out of line (PgStatement), so the statements and the failing one are logged with
// $1, $2, and no NIR, address or hash. Qt's QPSQL driver wrote them into the statement text
// (EXECUTE qpsqlpstmt_1 ('299127512345631')), which no parameter setting could keep out.
void TestPgLogPrivacy::valuesOutOfTheStatementText()
{
    for (const char* setting : {"log_parameter_max_length", "log_parameter_max_length_on_error"})
        QVERIFY(runAsSuperuser(QStringLiteral("ALTER ROLE %1 SET %2 = 0").arg(m_login, QString::fromLatin1(setting))));
    m_db->database().closeThreadConnection();
    QByteArray deskLines;
    const QByteArray logged = deskSession(&deskLines, Failure::Plain);
    QVERIFY(runAsSuperuser(QStringLiteral("ALTER ROLE %1 RESET ALL").arg(m_login)));
    m_db->database().closeThreadConnection();
    QVERIFY2(deskLines.contains("nir = $1"), deskLines.constData()); // the lookup, logged
    QVERIFY2(deskLines.contains("email = $1"), deskLines.constData()); // the update, logged
    QVERIFY2(deskLines.contains("division by zero"), deskLines.constData());
    QVERIFY2(deskLines.contains("STATEMENT:  SELECT count(*) / 0"), deskLines.constData());
    QVERIFY2(!logged.contains(canaryNir.toUtf8()), logged.constData());
    QVERIFY2(!logged.contains(canaryEmail.toUtf8()), logged.constData());
    QVERIFY2(!logged.contains(canaryHash.toUtf8()), logged.constData());
    QVERIFY2(!deskLines.contains("$argon2id$"), deskLines.constData());
}

// With logging.sql applied (as a superuser) to the desk login: the same session leaves no NIR,
// address or hash in the log, and its errors are still there, one line each.
void TestPgLogPrivacy::recommendedSettingsKeepValuesOut()
{
    QFile script(QStringLiteral(GUICHET_LOGGING_SQL));
    QVERIFY(script.open(QIODevice::ReadOnly));
    const QStringList statements = Migrator::splitStatements(QString::fromUtf8(script.readAll()));
    QCOMPARE(statements.size(), 1);
    // A login in each of the other groups whose sessions reach the data: the desks' gate, the mail
    // service, the portal.
    for (const QString& group : groupLogins())
        QVERIFY(runAsSuperuser(QStringLiteral("CREATE ROLE %1_%2 LOGIN IN ROLE guichet_%2").arg(m_login, group)));
    QVERIFY(runAsSuperuser(statements.first()));
    // The login has the settings (the superuser that owns the test database is left alone).
    Result<QSqlDatabase> connection = m_db->database().connection();
    QVERIFY(connection.ok());
    SqlQuery config(connection.value());
    QVERIFY(!config.prepare(
        QStringLiteral("SELECT array_to_string(rolconfig, ' ') AS settings FROM pg_roles WHERE rolname = :login")));
    config.bind(QStringLiteral(":login"), m_login);
    QVERIFY(!config.exec() && config.next());
    const QString settings = config.value(QStringLiteral("settings")).toString();
    for (const char* expected : {"log_statement=none", "log_min_error_statement=panic", "log_parameter_max_length=0",
                                 "log_parameter_max_length_on_error=0", "log_error_verbosity=terse",
                                 "log_min_duration_statement=-1", "auto_explain.log_min_duration=-1"})
        QVERIFY2(settings.contains(QLatin1String(expected)), qPrintable(settings));
    for (const QString& group : groupLogins()) {
        config.bind(QStringLiteral(":login"), QString(m_login + QLatin1Char('_') + group));
        QVERIFY(!config.exec() && config.next());
        const QString theirs = config.value(QStringLiteral("settings")).toString();
        QVERIFY2(theirs.contains(QLatin1String("log_min_error_statement=panic")), qPrintable(group + theirs));
    }
    m_db->database().closeThreadConnection();

    QByteArray deskLines;
    const QByteArray logged = deskSession(&deskLines);
    QVERIFY2(!deskLines.isEmpty(), logged.constData()); // the session ran, and its errors are logged
    QVERIFY2(!logged.contains(canaryNir.toUtf8()), logged.constData());
    QVERIFY2(!logged.contains(canaryEmail.toUtf8()), logged.constData());
    QVERIFY2(!logged.contains(canaryHash.toUtf8()), logged.constData());
    QVERIFY2(!deskLines.contains("$argon2id$"), deskLines.constData());
    QVERIFY2(deskLines.contains("duplicate key value violates unique constraint"), deskLines.constData());
    QVERIFY2(deskLines.contains("violates check constraint \"accounts_status_check\""), deskLines.constData());
    QVERIFY2(!deskLines.contains("accounts_temp_password"), deskLines.constData()); // the update went through
    QVERIFY2(!deskLines.contains("STATEMENT:") && !deskLines.contains("DETAIL:"), deskLines.constData());
}

QTEST_GUILESS_MAIN(TestPgLogPrivacy)
#include "tst_pglogprivacy.moc"
