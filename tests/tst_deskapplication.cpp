#include "AgentAuthService.h"
#include "AgentRepository.h"
#include "CallRepository.h"
#include "ConnectionProfileStore.h"
#include "Database.h"
#include "DeskApplication.h"
#include "DeskBackend.h"
#include "DeskController.h"
#include "DeskWindow.h"
#include "ErrorText.h"
#include "FakeSecretStore.h"
#include "MailPump.h"
#include "Migrator.h"
#include "PortalPolicy.h"
#include "ScreenLock.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "SupervisorWindow.h"
#include "TestDatabases.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
    void unknownProfileCannotStart();
    void schemaBehindOnPostgreSqlCannotStart();

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
    QTRY_VERIFY_WITH_TIMEOUT(desk.signInDialog() && desk.signInDialog()->isVisible(), Timeout);
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
    QTRY_VERIFY_WITH_TIMEOUT(desk.signInDialog() && desk.signInDialog()->isVisible(), Timeout);
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
    QTRY_VERIFY_WITH_TIMEOUT(desk.signInDialog() && desk.signInDialog()->isVisible(), Timeout);
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
    QTRY_VERIFY_WITH_TIMEOUT(desk.signInDialog() && desk.signInDialog()->isVisible(), Timeout);
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
    QTRY_VERIFY_WITH_TIMEOUT(desk.signInDialog() && desk.signInDialog()->isVisible(), Timeout);
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
    QTRY_VERIFY_WITH_TIMEOUT(!desk.deskWindow() && desk.signInDialog() && desk.signInDialog()->isVisible(), Timeout);
    QCOMPARE(finished.count(), 0); // the application goes on
    auto* notice = desk.signInDialog()->findChild<QLabel*>(QStringLiteral("noticeLabel"));
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QLatin1String("wrong 3 times"))
                 && notice->text().contains(QLatin1String("interrupted")),
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

    // At the sign-in, the agents' policy: five wrong passwords disable the login, and it says so.
    auto* password = desk.signInDialog()->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
    auto* error = desk.signInDialog()->findChild<QLabel*>(QStringLiteral("errorLabel"));
    for (int attempt = 1; attempt <= PortalPolicy::AgentMaxFailedLogins; ++attempt) {
        QTRY_VERIFY_WITH_TIMEOUT(!desk.signInDialog()->isBusy(), Timeout);
        QTest::keyClicks(password, QStringLiteral("still-not-my-password"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!desk.signInDialog()->isBusy() && error->isVisible(), Timeout);
    }
    QCOMPARE(error->text(), ErrorText::error(Error(ErrorCode::AgentDisabled)));
    render(desk.signInDialog(), QStringLiteral("signin-after-lock-disabled-") + engine);
    QVERIFY(!AgentRepository(db.database().connection().value()).findByLogin(QStringLiteral("alice"))->active);
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
    QTRY_VERIFY_WITH_TIMEOUT(desk.signInDialog() && desk.signInDialog()->isVisible(), Timeout);

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
    QTRY_VERIFY_WITH_TIMEOUT(desk.signInDialog() && desk.signInDialog()->isVisible(), Timeout);
    QCOMPARE(store.defaultName(), QStringLiteral("training"));
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

QTEST_MAIN(TestDeskApplication)
#include "tst_deskapplication.moc"
