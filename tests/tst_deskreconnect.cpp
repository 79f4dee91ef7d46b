// A signed-in desk whose PostgreSQL session goes away, offscreen, on the private server of
// resources/scripts/with-postgresql.sh: an action whose COMMIT is lost with the connection says
// "Checking the outcome…" while its key resolves it, then its answer, done once; a desk signed in
// before the server restarts carries on (no sign-out, no error) when the agent acts next. The
// restart cuts every session on the server: this test is RUN_SERIAL (tests/CMakeLists.txt).
// PostgreSQL only: an SQLite file has no session to lose.
#include "support/DeskActionsTesting.h"
#include "support/DeskFixture.h"
#include "support/TestDatabases.h"

#include <QDialog>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace DeskActionsTesting;

namespace {

const QString Reason = QStringLiteral("Password and secret answer forgotten");

// A deferred trigger on the mail outbox that terminates its own backend during the first COMMIT
// that queues a mail (a sequence counts, outside any transaction): the desk loses its connection in
// the middle of COMMIT, which the server then rolls back (tst_databasereconnect's probe).
bool killFirstMailCommit(Database& database)
{
    Result<QSqlDatabase> db = database.connection();
    if (!db)
        return false;
    SqlQuery query(db.value());
    for (const char* statement : {
             "CREATE SEQUENCE reconnect_kills",
             "CREATE FUNCTION reconnect_kill() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
             " IF nextval('reconnect_kills') = 1 THEN PERFORM pg_terminate_backend(pg_backend_pid());"
             " PERFORM pg_sleep(5); END IF; RETURN NULL; END $$",
             "CREATE CONSTRAINT TRIGGER reconnect_kill AFTER INSERT ON mail_outbox DEFERRABLE INITIALLY DEFERRED"
             " FOR EACH ROW EXECUTE FUNCTION reconnect_kill()",
         }) {
        if (Error error = query.exec(QString::fromLatin1(statement))) {
            qWarning() << error.detail();
            return false;
        }
    }
    return true;
}

// As killFirstMailCommit, but the first COMMIT waits delaySeconds before its backend is terminated
// (time for the test to close the database to new connections meanwhile).
bool killFirstMailCommitLate(Database& database, int delaySeconds)
{
    Result<QSqlDatabase> db = database.connection();
    if (!db)
        return false;
    SqlQuery query(db.value());
    const QString function
        = QStringLiteral("CREATE FUNCTION reconnect_kill() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                         " IF nextval('reconnect_kills') = 1 THEN PERFORM pg_sleep(%1);"
                         " PERFORM pg_terminate_backend(pg_backend_pid()); PERFORM pg_sleep(5); END IF;"
                         " RETURN NULL; END $$")
              .arg(delaySeconds); // a number made here, not input
    for (const QString& statement :
         {QStringLiteral("CREATE SEQUENCE reconnect_kills"), function,
          QStringLiteral("CREATE CONSTRAINT TRIGGER reconnect_kill AFTER INSERT ON mail_outbox DEFERRABLE INITIALLY "
                         "DEFERRED FOR EACH ROW EXECUTE FUNCTION reconnect_kill()")}) {
        if (Error error = query.exec(statement)) {
            qWarning() << error.detail();
            return false;
        }
    }
    return true;
}

// Whether new sessions may open on the test's database (existing ones stay), from the server's
// maintenance database (PostgreSQL refuses it on the database itself). The name is the test's own,
// made by TestDatabase, not input.
bool allowConnections(Database& database, bool allow)
{
    Database server(DatabaseUrl::parse(qEnvironmentVariable("GUICHET_TEST_POSTGRESQL")));
    Result<QSqlDatabase> db = server.connection();
    if (!db)
        return false;
    SqlQuery query(db.value());
    const Error error
        = query.exec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS %2")
                         .arg(database.url().databaseName(), allow ? QStringLiteral("true") : QStringLiteral("false")));
    if (error)
        qWarning() << error.detail();
    return !error;
}

int kills(Database& database)
{
    SqlQuery query(database.connection().value());
    if (query.exec(QStringLiteral("SELECT last_value AS n, is_called FROM reconnect_kills")) || !query.next())
        return -1;
    return query.value(QStringLiteral("is_called")).toBool() ? query.value(QStringLiteral("n")).toInt() : 0;
}

// A dialog other than the desk itself on screen (an error box, a sign-in).
QString openDialog()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* widget : windows) {
        if (widget->isVisible() && qobject_cast<QDialog*>(widget))
            return widget->objectName() + QLatin1Char(' ') + widget->windowTitle();
    }
    return {};
}

bool skipSqlite(const QString& engine)
{
    if (engine != QLatin1String("sqlite"))
        return false;
    QTest::qSkip("an SQLite file has no connection to lose: PostgreSQL only", __FILE__, __LINE__);
    return true;
}

} // namespace

class TestDeskReconnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { prepare(QStringLiteral("tst_deskreconnect")); }
    void lostCommitIsChecked_data() { TestDatabase::addEngineRows(); }
    void lostCommitIsChecked();
    void unresolvedOutcomeKeepsTheKey_data() { TestDatabase::addEngineRows(); }
    void unresolvedOutcomeKeepsTheKey();
    void serverRestartUnderSignedInDesk_data() { TestDatabase::addEngineRows(); }
    void serverRestartUnderSignedInDesk();
};

// The reissue's COMMIT is lost with the connection: the strip says « Vérification du résultat… »
// while the action runs again on a new session and finds by its key that nothing was done, then
// the answer. One mail, one audit event.
void TestDeskReconnect::lostCommitIsChecked()
{
    QFETCH(QString, engine);
    if (skipSqlite(engine))
        return;
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    qint64 accountId = 0;
    QVERIFY(seed(db.database(), false, &accountId));
    Services services(db.database());
    const std::unique_ptr<DeskWindow> window = openDesk(services, QStringLiteral("alice"));
    QVERIFY(window);
    startAndLookUp(*window, QStringLiteral("password_and_secret_forgotten"), MarieText);
    verifyCaller(*window, Marie);
    QVERIFY(killFirstMailCommit(db.database()));

    // What the strip says each time the desk reports the database's progress.
    QStringList shown;
    QSignalSpy progress(window->controller(), &DeskController::databaseProgress);
    connect(window->controller(), &DeskController::databaseProgress, window.get(), [&shown, &window] {
        shown << strip(*window);
        // What the agent sees meanwhile, beside the test executable (desk-screens/).
        const QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/desk-screens");
        QDir().mkpath(folder);
        window->actionsPanel()->grab().save(folder + QStringLiteral("/reconnect-checking-outcome.png"));
    });
    QSignalSpy ended(window->controller(), &DeskController::sessionEnded);

    runDialog(*window, Qt::Key_R, Reason, true);

    QCOMPARE(kills(db.database()), 2); // the first COMMIT was cut, the second went through
    QCOMPARE(progress.count(), 1);
    QCOMPARE(progress.at(0).at(0).toString(), QStringLiteral("Checking the outcome…"));
    QCOMPARE(shown, QStringList{QStringLiteral("Checking the outcome…")});
    QVERIFY2(strip(*window).contains(QLatin1String("new temporary password is on its way")),
             qPrintable(strip(*window)));
    QCOMPARE(mails(db, accountId).size(), 1);
    QCOMPARE(auditEvents(db).count(QStringLiteral("alice:reissue=ok")), 1);
    QVERIFY(window->controller()->pendingKey(DeskController::Action::Reissue).isEmpty());
    QCOMPARE(ended.count(), 0);
}

// The reissue's COMMIT is lost and the database takes no new session for a while: the outcome
// cannot be checked (outcome_unknown). The desk keeps the action's key, so that the agent's retry,
// once the database is back, is answered by that key: one mail, one audit event, whatever the first
// COMMIT did.
void TestDeskReconnect::unresolvedOutcomeKeepsTheKey()
{
    QFETCH(QString, engine);
    if (skipSqlite(engine))
        return;
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    qint64 accountId = 0;
    QVERIFY(seed(db.database(), false, &accountId));
    Services services(db.database());
    const std::unique_ptr<DeskWindow> window = openDesk(services, QStringLiteral("alice"));
    QVERIFY(window);
    startAndLookUp(*window, QStringLiteral("password_and_secret_forgotten"), MarieText);
    verifyCaller(*window, Marie);
    QVERIFY(killFirstMailCommitLate(db.database(), 2));
    const auto reopen = qScopeGuard([&db] { allowConnections(db.database(), true); });

    QSignalSpy finished(window->controller(), &DeskController::actionFinished);
    window->controller()->perform(DeskController::Action::Reissue, Reason);
    QTRY_COMPARE_WITH_TIMEOUT(kills(db.database()), 1, Timeout); // the COMMIT is under way
    QVERIFY(allowConnections(db.database(), false));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY(!finished.at(0).at(1).toBool());
    QVERIFY2(strip(*window).contains(QLatin1String("could not be checked")), qPrintable(strip(*window)));
    const QString key = window->controller()->pendingKey(DeskController::Action::Reissue);
    QVERIFY(!key.isEmpty());

    // The database is back: the agent looks the caller up again (the same caller keeps the key).
    QVERIFY(allowConnections(db.database(), true));
    QTRY_VERIFY_WITH_TIMEOUT(!window->controller()->isBusy(), Timeout);
    window->controller()->lookUp(MarieNir);
    QTRY_VERIFY_WITH_TIMEOUT(window->controller()->summary().has_value() && !window->controller()->isBusy(), Timeout);
    QCOMPARE(window->controller()->pendingKey(DeskController::Action::Reissue), key);
    runDialog(*window, Qt::Key_R, Reason, true);
    QCOMPARE(mails(db, accountId).size(), 1);
    QCOMPARE(auditEvents(db).count(QStringLiteral("alice:reissue=ok")), 1);
    QVERIFY(window->controller()->pendingKey(DeskController::Action::Reissue).isEmpty());
}

// IT restarts PostgreSQL (fast: every session is terminated) while alice is in a call: her next
// action works on a new session, without a sign-out or an error, and the caller reloads.
void TestDeskReconnect::serverRestartUnderSignedInDesk()
{
    QFETCH(QString, engine);
    if (skipSqlite(engine))
        return;
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    qint64 accountId = 0;
    QVERIFY(seed(db.database(), false, &accountId));
    Services services(db.database());
    const std::unique_ptr<DeskWindow> window = openDesk(services, QStringLiteral("alice"));
    QVERIFY(window);
    startAndLookUp(*window, QStringLiteral("password_and_secret_forgotten"), MarieText);
    verifyCaller(*window, Marie);
    QSignalSpy ended(window->controller(), &DeskController::sessionEnded);
    QSignalSpy callErrors(window->controller(), &DeskController::callError);
    QSignalSpy lookups(window->controller(), &DeskController::lookupFinished);

    QSignalSpy progress(window->controller(), &DeskController::databaseProgress);

    QString why;
    QVERIFY2(TestDatabase::restartPostgreSql(&why), qPrintable(why));
    // The test's own reading connection (this thread's) went with the restart too.
    db.database().closeThreadConnection();

    // At once, as an agent would (the desk's session is not idle long enough to be checked first):
    // the caller looked up again, then an action. Both work on a new session.
    const qsizetype before = lookups.count();
    window->controller()->lookUp(MarieNir);
    QTRY_VERIFY_WITH_TIMEOUT(lookups.count() > before && !window->controller()->isBusy(), Timeout);
    QVERIFY2(lookups.last().at(0).toString().isEmpty(), qPrintable(lookups.last().at(0).toString()));
    QVERIFY(window->controller()->summary().has_value());
    QVERIFY(window->controller()->passIsFresh());
    runDialog(*window, Qt::Key_R, Reason, true);
    QVERIFY2(strip(*window).contains(QLatin1String("new temporary password is on its way")),
             qPrintable(strip(*window)));
    QCOMPARE(mails(db, accountId).size(), 1);
    QCOMPARE(auditEvents(db).count(QStringLiteral("alice:reissue=ok")), 1);
    QVERIFY(window->controller()->inCall());
    // What the desk heard meanwhile: at most a reconnection (the look-up's BEGIN found the session
    // gone), never an outcome to check (nothing was committing).
    for (const QList<QVariant>& report : std::as_const(progress))
        QCOMPARE(report.at(0).toString(), QStringLiteral("Reconnecting to the database…"));
    qInfo() << "progress reported after the restart:" << progress.count();

    QCOMPARE(ended.count(), 0);
    QCOMPARE(callErrors.count(), 0);
    QVERIFY2(openDialog().isEmpty(), qPrintable(openDialog()));
    QVERIFY(window->isVisible());
    render(window.get(), QStringLiteral("reconnect-after-restart-") + engine);
}

QTEST_MAIN(TestDeskReconnect)
#include "tst_deskreconnect.moc"
