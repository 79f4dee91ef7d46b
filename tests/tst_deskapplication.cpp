#include "DeskApplication.h"
#include "DeskBackend.h"
#include "agents/AgentAuthService.h"
#include "agents/AgentLogins.h"
#include "agents/AgentRepository.h"
#include "agents/CallRepository.h"
#include "common/AboutDialog.h"
#include "common/SettingsDialog.h"
#include "common/SignInDialog.h"
#include "core/PortalPolicy.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "desk/DeskController.h"
#include "desk/DeskWindow.h"
#include "desk/ScreenLock.h"
#include "mail/MailPump.h"
#include "profiles/ConnectionProfileStore.h"
#include "supervision/SupervisorWindow.h"
#include "support/AgentLoginsFixture.h"
#include "support/FakeSecretStore.h"
#include "support/TestDatabases.h"
#include "support/TestReplica.h"
#include "text/ErrorText.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <thread>

// The desk application as main() runs it: the connection profiles (QSettings in a temporary
// file, passwords in a fake keychain), switching profile at sign-in, the embedded mail pump, the
// settings for admins, and what happens when a profile cannot connect.

namespace {

const QString Password = QStringLiteral("correct horse battery staple 42");
constexpr int Timeout = 20000;

// A picture of what the agent sees, beside the test executable (desk-screens/), to look at.
void render(QWidget* widget, const QString& name)
{
    QTest::qWait(100); // the layouts settle
    const QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/desk-screens");
    QDir().mkpath(folder);
    QVERIFY(widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png")));
}

bool seedAgents(Database& database)
{
    if (!Migrator(database).migrate())
        return false;
    AgentAuthService auth(database);
    return auth.addAgent(AgentSession(), QStringLiteral("alice"), QStringLiteral("Alice Martin"), Agent::Role::Agent,
                         Password)
        && auth.addAgent(AgentSession(), QStringLiteral("admin1"), QStringLiteral("Ada Admin"), Agent::Role::Admin,
                         Password);
}

ConnectionProfile profileFor(const QString& name, const DatabaseUrl& url)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.database = url;
    profile.mailDelivery = ConnectionProfile::MailDelivery::SharedService;
    return profile;
}

void signIn(SignInDialog* dialog, const QString& login)
{
    auto* loginEdit = dialog->findChild<QLineEdit*>(QStringLiteral("loginLineEdit"));
    auto* passwordEdit = dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
    QVERIFY(loginEdit && passwordEdit);
    QTest::keyClicks(loginEdit, login);
    QTest::keyClicks(passwordEdit, Password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
}

// The sign-in is on screen and the database behind it is open (its schema checked).
bool signInReady(const DeskApplication& desk)
{
    return desk.signInDialog() && desk.signInDialog()->isVisible() && !desk.signInDialog()->isPreparing();
}

// Holds a lock that stops anyone else from reading the schema's version (SQLite: the exclusive
// locking mode; PostgreSQL: the version table locked), from a thread and a connection of its own,
// until release() or 5 s at most.
class SchemaLock
{
public:
    explicit SchemaLock(const DatabaseUrl& url)
        : m_thread([this, url] {
            Database database(url);
            {
                const Result<QSqlDatabase> connection = database.connection();
                bool held = false;
                if (connection) {
                    QSqlQuery query(connection.value());
                    // SQLite in WAL mode lets readers in past a plain exclusive transaction: the
                    // exclusive locking mode keeps them out until this connection closes.
                    if (url.engine() == DatabaseUrl::Engine::Sqlite)
                        held = query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"))
                            && query.exec(QStringLiteral("BEGIN EXCLUSIVE"))
                            && query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) && query.next();
                    else
                        held = query.exec(QStringLiteral("BEGIN"))
                            && query.exec(QStringLiteral("LOCK TABLE schema_version IN ACCESS EXCLUSIVE MODE"));
                    query.finish();
                }
                m_held = held;
                m_ready.release();
                m_gate.tryAcquire(1, 5000);
                if (held)
                    QSqlQuery(connection.value()).exec(QStringLiteral("ROLLBACK"));
            }
            database.closeThreadConnection();
        })
    {
        m_ready.acquire();
    }
    ~SchemaLock()
    {
        release();
        m_thread.join();
    }
    Q_DISABLE_COPY_MOVE(SchemaLock)

    bool held() const { return m_held; }
    void release()
    {
        if (!m_released.exchange(true))
            m_gate.release();
    }

private:
    QSemaphore m_ready;
    QSemaphore m_gate;
    std::atomic<bool> m_held{false};
    std::atomic<bool> m_released{false};
    std::thread m_thread;
};

QMessageBox* failureBox()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (window->objectName() == QLatin1String("connectionFailedMessageBox") && window->isVisible())
            return qobject_cast<QMessageBox*>(window);
    }
    return nullptr;
}

} // namespace

class TestDeskApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void switchesProfileAtSignIn_data() { TestDatabase::addEngineRows(); }
    void switchesProfileAtSignIn();
    void adminOpensTheSettings_data() { TestDatabase::addEngineRows(); }
    void adminOpensTheSettings();
    void embeddedDeliveryStartsAPump_data();
    void embeddedDeliveryStartsAPump();
    void lockScreenSignsOut_data() { TestDatabase::addEngineRows(); }
    void lockScreenSignsOut();
    void brokenProfileFallsBack();
    void agentSignsInAsTheirOwnLogin();
    void unknownProfileCannotStart();
    void schemaBehindOnPostgreSqlCannotStart();
    void opensTheDatabaseOffTheUiThread_data() { TestDatabase::addEngineRows(); }
    void opensTheDatabaseOffTheUiThread();
    void supervisionReadsTheProfilesReplica();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Database> m_training; // a second, SQLite, database
    DatabaseUrl m_trainingUrl;
};

void TestDeskApplication::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GuichetTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_deskapplication"));
}

void TestDeskApplication::init()
{
    m_training.reset();
    m_settings.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("guichet.ini")), QSettings::IniFormat);
    m_trainingUrl = DatabaseUrl::parse(QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("training.sqlite")));
    QVERIFY(m_trainingUrl.isValid());
    m_training = std::make_unique<Database>(m_trainingUrl);
    QVERIFY(seedAgents(*m_training));
}

void TestDeskApplication::switchesProfileAtSignIn()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(seedAgents(db.database()));
    ConnectionProfileStore store(*m_settings);
    QCOMPARE(store.save(profileFor(QStringLiteral("hotline"), db.url())), ConnectionProfileStore::SaveError::None);
    QCOMPARE(store.save(profileFor(QStringLiteral("training"), m_trainingUrl)),
             ConnectionProfileStore::SaveError::None);
    FakeSecretStore secrets;
    bool written = false;
    secrets.write(QStringLiteral("hotline"), ConnectionProfile::DatabasePurpose, QStringLiteral("db-secret"), this,
                  [&written](const SecretStore::Result& result) { written = result.ok(); });
    QTRY_VERIFY(written);

    DeskApplication desk(*m_settings, secrets, ConnectionChoice::Request::profileOnly(QStringLiteral("hotline")));
    desk.start();
    QTRY_VERIFY_WITH_TIMEOUT(signInReady(desk), Timeout);
    QCOMPARE(desk.profileName(), QStringLiteral("hotline"));
    QCOMPARE(desk.backend()->database().url().toString(), db.url().toString());
    // The database password came from the keychain, for PostgreSQL only; never into the settings.
    QCOMPARE(desk.backend()->database().url().password(),
             engine == QLatin1String("postgresql") ? QStringLiteral("db-secret") : QString());

    // The agent picks the other profile with the keyboard: a new sign-in on the other database.
    auto* combo = desk.signInDialog()->findChild<QComboBox*>(QStringLiteral("profileComboBox"));
    QVERIFY(combo && combo->isEnabled());
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentText(), QStringLiteral("hotline"));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QTRY_COMPARE_WITH_TIMEOUT(desk.profileName(), QStringLiteral("training"), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(signInReady(desk), Timeout);
    QCOMPARE(desk.backend()->database().url().path(), m_trainingUrl.path());
    QCOMPARE(store.defaultName(), QStringLiteral("training")); // offered first next time

    signIn(desk.signInDialog(), QStringLiteral("alice"));
    QTRY_VERIFY_WITH_TIMEOUT(desk.deskWindow() && desk.deskWindow()->isVisible(), Timeout);
    QVERIFY(!desk.deskWindow()->findChild<QAction*>(QStringLiteral("settingsAction"))); // agents have no settings
    QVERIFY(!desk.deskWindow()->findChild<QAction*>(QStringLiteral("supervisionAction"))); // nor supervision
    QVERIFY(!desk.backend()->mailPump()); // a shared service delivers for this profile

    const QByteArray ini = [&] {
        m_settings->sync();
        QFile file(m_settings->fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(ini.contains("training"));
    QVERIFY(!ini.contains("db-secret"));
}

void TestDeskApplication::adminOpensTheSettings()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(seedAgents(db.database()));
    FakeSecretStore secrets;
    DeskApplication desk(*m_settings, secrets,
                         ConnectionChoice::Request::databaseOnly(db.url().toString())); // --database, no profile
    desk.start();
    QTRY_VERIFY_WITH_TIMEOUT(signInReady(desk), Timeout);
    auto* combo = desk.signInDialog()->findChild<QComboBox*>(QStringLiteral("profileComboBox"));
    QVERIFY(!combo->isEnabled()); // no profile to choose from
    signIn(desk.signInDialog(), QStringLiteral("admin1"));
    QTRY_VERIFY_WITH_TIMEOUT(desk.deskWindow() && desk.deskWindow()->isVisible(), Timeout);
    auto* settingsAction = desk.deskWindow()->findChild<QAction*>(QStringLiteral("settingsAction"));
    QVERIFY(settingsAction);
    settingsAction->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(desk.settingsDialog() && desk.settingsDialog()->isVisible(), Timeout);
    settingsAction->trigger(); // a second request shows the same dialog
    QCOMPARE(desk.deskWindow()->findChildren<SettingsDialog*>().size(), 1);

    // The supervisor's desk, from the Supervision menu: one window, owned by the desk.
    auto* supervisionAction = desk.deskWindow()->findChild<QAction*>(QStringLiteral("supervisionAction"));
    QVERIFY(supervisionAction);
    supervisionAction->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(desk.supervisorWindow() && desk.supervisorWindow()->isVisible(), Timeout);
    supervisionAction->trigger();
    QCOMPARE(desk.deskWindow()->findChildren<SupervisorWindow*>().size(), 1);

    // Locking the desk closes the supervisor's desk: nothing of the lockouts, the flags or the
    // audit trail stays on screen or in the accessibility tree while the desk is locked.
    desk.deskWindow()->screenLock()->lock();
    QTRY_VERIFY_WITH_TIMEOUT(!desk.supervisorWindow(), Timeout);
    QCOMPARE(desk.deskWindow()->findChildren<SupervisorWindow*>().size(), 0);
}

void TestDeskApplication::embeddedDeliveryStartsAPump_data()
{
    QTest::addColumn<QString>("delivery");
    QTest::addColumn<bool>("withRelay");
    QTest::addColumn<bool>("pump");
    QTest::newRow("embedded with a relay") << QStringLiteral("embedded") << true << true;
    QTest::newRow("embedded without a relay") << QStringLiteral("embedded") << false << false;
    QTest::newRow("shared service") << QStringLiteral("shared_service") << true << false;
}

void TestDeskApplication::embeddedDeliveryStartsAPump()
{
    QFETCH(QString, delivery);
    QFETCH(bool, withRelay);
    QFETCH(bool, pump);
    ConnectionProfile profile = profileFor(QStringLiteral("training"), m_trainingUrl);
    QVERIFY(ConnectionProfile::parseMailDelivery(delivery, &profile.mailDelivery));
    if (withRelay)
        profile.smtp = SmtpSettings::parse(QStringLiteral("smtp://relay-user@relay.invalid:2525"));
    ConnectionProfileStore store(*m_settings);
    QCOMPARE(store.save(profile), ConnectionProfileStore::SaveError::None);
    FakeSecretStore secrets;
    DeskApplication desk(*m_settings, secrets, ConnectionChoice::Request::databaseOnly({})); // the profile used last
    store.setDefaultName(QStringLiteral("training"));
    desk.start();
    QTRY_VERIFY_WITH_TIMEOUT(signInReady(desk), Timeout);
    QCOMPARE(desk.profileName(), QStringLiteral("training"));
    QCOMPARE(desk.backend()->mailPump() != nullptr, pump);
    if (pump)
        QVERIFY(desk.backend()->mailPump()->isRunning());
}

// Three wrong passwords on the lock screen: the call ends as interrupted, the desk goes and the
// sign-in says why; there the login's own limit applies, in words.
void TestDeskApplication::lockScreenSignsOut()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(seedAgents(db.database()));
    FakeSecretStore secrets;
    DeskApplication desk(*m_settings, secrets, ConnectionChoice::Request::databaseOnly(db.url().toString()));
    QSignalSpy finished(&desk, &DeskApplication::finished);
    desk.start();
    QTRY_VERIFY_WITH_TIMEOUT(signInReady(desk), Timeout);
    QVERIFY(!desk.signInDialog()->findChild<QLabel*>(QStringLiteral("noticeLabel"))->isVisible());
    signIn(desk.signInDialog(), QStringLiteral("alice"));
    QTRY_VERIFY_WITH_TIMEOUT(desk.deskWindow() && desk.deskWindow()->isVisible(), Timeout);
    DeskController* controller = desk.deskWindow()->controller();
    controller->startCall(QStringLiteral("wrong_password_locked"));
    QTRY_VERIFY_WITH_TIMEOUT(controller->inCall(), Timeout);
    const qint64 callId = controller->callId();

    desk.deskWindow()->findChild<QAction*>(QStringLiteral("lockAction"))->trigger();
    QVERIFY(desk.deskWindow()->screenLock()->isLocked());
    for (int attempt = 1; attempt <= PortalPolicy::ScreenLockMaxAttempts; ++attempt) {
        QVERIFY(desk.deskWindow());
        auto* field = desk.deskWindow()->findChild<QLineEdit*>(QStringLiteral("lockPasswordLineEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(!field->isReadOnly(), Timeout);
        QTest::keyClicks(field, QStringLiteral("not-my-password"));
        QTest::keyClick(field, Qt::Key_Return);
        if (attempt < PortalPolicy::ScreenLockMaxAttempts)
            QTRY_COMPARE_WITH_TIMEOUT(desk.deskWindow()->screenLock()->failedAttempts(), attempt, Timeout);
    }

    // Back at the sign-in, with the reason in words and the login typed.
    QTRY_VERIFY_WITH_TIMEOUT(!desk.deskWindow() && signInReady(desk), Timeout);
    QCOMPARE(finished.count(), 0); // the application goes on
    auto* notice = desk.signInDialog()->findChild<QLabel*>(QStringLiteral("noticeLabel"));
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QLatin1String("wrong 3 times"))
                 && notice->text().contains(QLatin1String("interrupted"))
                 && notice->text().contains(QLatin1String("lock your login for 15 minutes")),
             qPrintable(notice->text()));
    QCOMPARE(desk.signInDialog()->findChild<QLineEdit*>(QStringLiteral("loginLineEdit"))->text(),
             QStringLiteral("alice"));
    render(desk.signInDialog(), QStringLiteral("signin-after-lock-") + engine);
    const Result<Call> call = CallRepository(db.database().connection().value()).find(callId);
    QVERIFY(call.ok());
    QVERIFY(!call->isOpen());
    QCOMPARE(call->outcome, QStringLiteral("interrupted"));
    const Result<Agent> alice
        = AgentRepository(db.database().connection().value()).findByLogin(QStringLiteral("alice"));
    QVERIFY(alice->active);
    QCOMPARE(alice->failedLogins, 0);

    // At the sign-in, the agents' policy: five wrong passwords lock the login for a while, and the
    // sign-in says nothing that tells it from a wrong password: the one answer, the right password too.
    auto* password = desk.signInDialog()->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
    auto* error = desk.signInDialog()->findChild<QLabel*>(QStringLiteral("errorLabel"));
    for (int attempt = 1; attempt <= PortalPolicy::AgentMaxFailedLogins; ++attempt) {
        QTRY_VERIFY_WITH_TIMEOUT(!desk.signInDialog()->isBusy(), Timeout);
        QTest::keyClicks(password, QStringLiteral("still-not-my-password"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!desk.signInDialog()->isBusy() && error->isVisible(), Timeout);
    }
    QCOMPARE(error->text(), ErrorText::error(Error(ErrorCode::Unauthenticated)));
    QTest::keyClicks(password, Password);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!desk.signInDialog()->isBusy() && error->isVisible(), Timeout);
    QCOMPARE(error->text(), ErrorText::error(Error(ErrorCode::Unauthenticated)));
    render(desk.signInDialog(), QStringLiteral("signin-after-lock-locked-") + engine);
    const Result<Agent> locked
        = AgentRepository(db.database().connection().value()).findByLogin(QStringLiteral("alice"));
    QVERIFY(locked->active);
    QVERIFY(locked->lockedUntil > QDateTime::currentDateTimeUtc());
}

void TestDeskApplication::brokenProfileFallsBack()
{
    ConnectionProfileStore store(*m_settings);
    QCOMPARE(store.save(profileFor(QStringLiteral("training"), m_trainingUrl)),
             ConnectionProfileStore::SaveError::None);
    // Nothing listens on port 1 of the loopback.
    const DatabaseUrl broken = DatabaseUrl::parse(QStringLiteral("postgresql://guichet@127.0.0.1:1/guichet"));
    QVERIFY(broken.isValid());
    QCOMPARE(store.save(profileFor(QStringLiteral("broken"), broken)), ConnectionProfileStore::SaveError::None);
    FakeSecretStore secrets;
    DeskApplication desk(*m_settings, secrets, ConnectionChoice::Request::profileOnly(QStringLiteral("training")));
    QSignalSpy cannotStart(&desk, &DeskApplication::cannotStart);
    desk.start();
    QTRY_VERIFY_WITH_TIMEOUT(signInReady(desk), Timeout);

    auto* combo = desk.signInDialog()->findChild<QComboBox*>(QStringLiteral("profileComboBox"));
    QCOMPARE(combo->currentText(), QStringLiteral("training"));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Up); // "broken" sorts first
    QTRY_VERIFY_WITH_TIMEOUT(failureBox(), Timeout);
    QMessageBox* box = failureBox();
    QVERIFY(box->text().contains(QLatin1String("database")));
    // Why, in words: nothing answers there (not "unavailable", not a login problem).
    QCOMPARE(box->informativeText(), ErrorText::error(Error(ErrorCode::DatabaseUnreachable)));
    QCOMPARE(cannotStart.count(), 0);
    box->button(QMessageBox::Ok)->click();
    QTRY_COMPARE_WITH_TIMEOUT(desk.profileName(), QStringLiteral("training"), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(signInReady(desk), Timeout);
    QCOMPARE(store.defaultName(), QStringLiteral("training"));
}

// A profile that names a gate login (PostgreSQL, AgentLogins): the desk opens the schema with it,
// then the agent's sign-in is the server's authentication, and the desk works as the agent's own
// login; a wrong password is refused at the sign-in; signing out leaves the agent's connection.
void TestDeskApplication::agentSignsInAsTheirOwnLogin()
{
    if (!TestDatabase::requireEngine(QStringLiteral("postgresql")))
        return;
    AgentLoginsFixture logins;
    QVERIFY2(logins.isReady(), qPrintable(logins.errorString()));
    QCOMPARE(logins.addAgent(QStringLiteral("alice"), Agent::Role::Agent, Password), QString());
    ConnectionProfileStore store(*m_settings);
    QCOMPARE(store.save(profileFor(QStringLiteral("hotline"), logins.gateUrl())),
             ConnectionProfileStore::SaveError::None);
    FakeSecretStore secrets;

    DeskApplication desk(*m_settings, secrets, ConnectionChoice::Request::profileOnly(QStringLiteral("hotline")));
    desk.start();
    QTRY_VERIFY_WITH_TIMEOUT(signInReady(desk), Timeout);
    QCOMPARE(desk.backend()->signInMode(), AgentLogins::Mode::AgentLogins);

    // A wrong password: the sign-in says no, and nothing opens.
    auto* loginEdit = desk.signInDialog()->findChild<QLineEdit*>(QStringLiteral("loginLineEdit"));
    auto* passwordEdit = desk.signInDialog()->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
    auto* error = desk.signInDialog()->findChild<QLabel*>(QStringLiteral("errorLabel"));
    QVERIFY(loginEdit && passwordEdit && error);
    QTest::keyClicks(loginEdit, QStringLiteral("alice"));
    QTest::keyClicks(passwordEdit, QStringLiteral("not her password 1"));
    QTest::keyClick(passwordEdit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!desk.signInDialog()->isBusy() && error->isVisible(), Timeout);
    QVERIFY(!desk.deskWindow());

    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, Password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(desk.deskWindow() && desk.deskWindow()->isVisible(), Timeout);
    QVERIFY(desk.deskBackend() != desk.backend());
    QCOMPARE(desk.deskBackend()->database().url().userName(), logins.roleOf(QStringLiteral("alice")));
    {
        const Result<QSqlDatabase> db = desk.deskBackend()->database().connection();
        QVERIFY(db);
        QSqlQuery query(db.value());
        QVERIFY(query.exec(QStringLiteral("SELECT session_user")) && query.next());
        QCOMPARE(query.value(0).toString(), logins.roleOf(QStringLiteral("alice")));
    }
    desk.deskBackend()->database().closeThreadConnection();
    render(desk.deskWindow(), QStringLiteral("desk-agent-login-postgresql"));
    // Help → About: the schema the gate opened (the agent's own backend never reads it).
    desk.deskWindow()->findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
    QTRY_VERIFY(desk.deskWindow()->aboutDialog());
    auto* schema = desk.deskWindow()->aboutDialog()->findChild<QLabel*>(QStringLiteral("schemaLabel"));
    QVERIFY(schema);
    QCOMPARE(schema->text(), QStringLiteral("version %1").arg(Migrator::latestVersion()));
    desk.deskWindow()->aboutDialog()->reject();

    // Signed out (the session refused, as when an admin disables the login): the sign-in again, on
    // the gate, and the agent's connection goes once the window has.
    desk.deskWindow()->sessionRefused(QString());
    QTRY_VERIFY_WITH_TIMEOUT(signInReady(desk), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(desk.deskBackend(), desk.backend(), Timeout);
}

void TestDeskApplication::unknownProfileCannotStart()
{
    FakeSecretStore secrets;
    DeskApplication desk(*m_settings, secrets, ConnectionChoice::Request::profileOnly(QStringLiteral("nowhere")));
    QSignalSpy cannotStart(&desk, &DeskApplication::cannotStart);
    desk.start();
    QTRY_COMPARE_WITH_TIMEOUT(cannotStart.count(), 1, Timeout);
    QVERIFY(cannotStart.at(0).at(0).toString().contains(QLatin1String("nowhere")));
    QVERIFY(!desk.signInDialog());
}

// The desk never migrates a shared database: behind, it says an administrator must upgrade it,
// and leaves the schema as it found it.
void TestDeskApplication::schemaBehindOnPostgreSqlCannotStart()
{
    GUICHET_TEST_DATABASE(db, QStringLiteral("postgresql"));
    QCOMPARE(Migrator(db.database()).migrate(1).value(), 1);
    FakeSecretStore secrets;
    DeskApplication desk(*m_settings, secrets, ConnectionChoice::Request::databaseOnly(db.url().toString()));
    QSignalSpy cannotStart(&desk, &DeskApplication::cannotStart);
    desk.start();
    QTRY_COMPARE_WITH_TIMEOUT(cannotStart.count(), 1, Timeout);
    Error expected(ErrorCode::SchemaUpgradeNeeded);
    expected.withContext(QStringLiteral("schema_version"), 1);
    QCOMPARE(cannotStart.at(0).at(1).toString(), ErrorText::error(expected));
    QVERIFY(!desk.signInDialog());
    QCOMPARE(Migrator(db.database()).currentVersion().value(), 1);
}

// The schema check runs on the worker: while the database makes it wait (a lock held elsewhere),
// the sign-in is already on screen, busy, and the UI thread answers; then the agent signs in.
void TestDeskApplication::opensTheDatabaseOffTheUiThread()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(seedAgents(db.database()));
    db.database().closeThreadConnection(); // SQLite: this thread holds no lock of its own
    FakeSecretStore secrets;
    DeskApplication desk(*m_settings, secrets, ConnectionChoice::Request::databaseOnly(db.url().toString()));
    SchemaLock lock(db.url());
    QVERIFY(lock.held());

    QElapsedTimer elapsed;
    elapsed.start();
    desk.start();
    const qint64 waited = elapsed.elapsed();
    QVERIFY2(waited < 1000, qPrintable(QStringLiteral("start() held the UI thread %1 ms").arg(waited)));
    SignInDialog* dialog = desk.signInDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), Timeout);
    QVERIFY(dialog->isPreparing());
    // The UI thread runs what is posted to it while the worker waits for the database.
    bool posted = false;
    QTimer::singleShot(0, this, [&posted] { posted = true; });
    QTRY_VERIFY(posted);
    QVERIFY(dialog->isPreparing());
    auto* status = dialog->findChild<QLabel*>(QStringLiteral("statusLabel"));
    QVERIFY(status && status->isVisible());
    QCOMPARE(status->text(), SignInDialog::tr("Opening the database…"));
    QVERIFY(dialog->findChild<QProgressBar*>(QStringLiteral("busyProgressBar"))->isVisible());
    auto* ok = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("loginLineEdit")), QStringLiteral("alice"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit")), Password);
    QVERIFY(!ok->isEnabled()); // the agent may type, not sign in yet
    render(dialog, QStringLiteral("signin-opening-database-") + engine);

    lock.release();
    QTRY_VERIFY_WITH_TIMEOUT(signInReady(desk), Timeout);
    QCOMPARE(desk.signInDialog(), dialog);
    QVERIFY(!status->isVisible());
    QVERIFY(ok->isEnabled());
    QTest::keyClick(dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit")), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(desk.deskWindow() && desk.deskWindow()->isVisible(), Timeout);
}

// A profile that names a streaming replica: the supervision window reads there (its status bar
// says so), through the replica's own password from the keychain.
void TestDeskApplication::supervisionReadsTheProfilesReplica()
{
    if (!TestReplica::require())
        return;
    GUICHET_TEST_DATABASE(db, QStringLiteral("postgresql"));
    QVERIFY(seedAgents(db.database()));
    QString why;
    QVERIFY2(TestReplica::waitForReplay(db.url(), &why), qPrintable(why));
    ConnectionProfile profile = profileFor(QStringLiteral("hotline"), db.url());
    profile.reads = TestReplica::urlFor(db.url());
    QCOMPARE(ConnectionProfileStore(*m_settings).save(profile), ConnectionProfileStore::SaveError::None);
    FakeSecretStore secrets;
    bool written = false;
    secrets.write(QStringLiteral("hotline"), ConnectionProfile::ReadsDatabasePurpose, QStringLiteral("standby-secret"),
                  this, [&written](const SecretStore::Result& result) { written = result.ok(); });
    QTRY_VERIFY(written);

    DeskApplication desk(*m_settings, secrets, ConnectionChoice::Request::profileOnly(QStringLiteral("hotline")));
    desk.start();
    QTRY_VERIFY_WITH_TIMEOUT(signInReady(desk), Timeout);
    signIn(desk.signInDialog(), QStringLiteral("admin1"));
    QTRY_VERIFY_WITH_TIMEOUT(desk.deskWindow() && desk.deskWindow()->isVisible(), Timeout);
    ReadReplica* replica = desk.deskBackend()->readReplica();
    QVERIFY(replica);
    QCOMPARE(replica->replica().url().port(), profile.reads.port());
    QCOMPARE(replica->replica().url().password(), QStringLiteral("standby-secret"));
    desk.deskWindow()->findChild<QAction*>(QStringLiteral("supervisionAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(desk.supervisorWindow() && desk.supervisorWindow()->isVisible(), Timeout);
    QLabel* reads = desk.supervisorWindow()->readsLabel();
    QVERIFY(reads);
    QTRY_VERIFY_WITH_TIMEOUT(reads->text().contains(QLatin1String("replica")), Timeout);
    QVERIFY2(!reads->property("warning").toBool(), qPrintable(reads->text()));
    QVERIFY(replica->usesReplica());
}

QTEST_MAIN(TestDeskApplication)
#include "tst_deskapplication.moc"
