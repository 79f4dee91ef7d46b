#include "ConnectionProfileStore.h"
#include "Database.h"
#include "FakeSecretStore.h"
#include "KeychainSecretStore.h"
#include "Migrator.h"
#include "SecretStoreText.h"
#include "SettingsDialog.h"
#include "SmtpTestServer.h"
#include "TestDatabases.h"
#include "TestSettle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>
#include <optional>

// SettingsDialog driven from the keyboard and the mouse, with the real keychain (the test runs
// inside run-with-keyring.sh), a temporary settings file, SQLite, the PostgreSQL server of
// GUICHET_TEST_POSTGRESQL and aiosmtpd relays (SmtpTestServer). FakeSecretStore only where the
// keychain's failure is the unit under test.

namespace {

const QString ProfileName = QStringLiteral("Hotline Lyon");
const QString DatabasePassword = QStringLiteral("pg-s3cret-passw0rd");
const QString RelayPassword = QStringLiteral("relay-s3cret-passw0rd");
const QString RelayUser = QStringLiteral("relay-user");

// Waits for the keychain's asynchronous answer.
SecretStore::Result readSecret(SecretStore& store, const QString& profile, const QString& purpose)
{
    std::optional<SecretStore::Result> answer;
    QObject context;
    store.read(profile, purpose, &context, [&answer](const SecretStore::Result& result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        return SecretStore::Result{SecretStore::Failure::Other, {}};
    return *answer;
}

void typeInto(QLineEdit* edit, const QString& text)
{
    QVERIFY2(edit, "no such line edit");
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void choose(QComboBox* combo, int index)
{
    QVERIFY2(combo, "no such combo box");
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
}

QString outputPath(const QString& name)
{
    const QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/settings-screens");
    QDir().mkpath(folder);
    return folder + QLatin1Char('/') + name;
}

// Guichet's and Qt's translations for language, as the application loads them.
class Language
{
public:
    explicit Language(const QString& language)
    {
        QLocale::setDefault(QLocale(language == QLatin1String("fr") ? QLocale::French : QLocale::English,
                                    language == QLatin1String("fr") ? QLocale::France : QLocale::UnitedKingdom));
        if (m_qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
        if (m_guichet.load(QStringLiteral(":/i18n/guichet_%1.qm").arg(language)))
            QCoreApplication::installTranslator(&m_guichet);
    }
    ~Language()
    {
        QCoreApplication::removeTranslator(&m_guichet);
        QCoreApplication::removeTranslator(&m_qt);
        QLocale::setDefault(QLocale::c());
    }
    Q_DISABLE_COPY_MOVE(Language)

private:
    QTranslator m_qt;
    QTranslator m_guichet;
};

} // namespace

// Stops the current test when what it needs is missing here: skips, or fails where CI installs it.
#define REQUIRE(ready, why)                                                                                            \
    do {                                                                                                               \
        if (!(ready)) {                                                                                                \
            if (SmtpTestTools::required())                                                                             \
                QFAIL(qPrintable(why));                                                                                \
            QSKIP(qPrintable(why));                                                                                    \
        }                                                                                                              \
    } while (false)
#define REQUIRE_KEYRING() REQUIRE(m_keyringWhy.isEmpty(), m_keyringWhy)
#define REQUIRE_SMTP_TOOLS() REQUIRE(m_smtpReady, m_smtpTools.why())

// Finds the dialog's widget of that type and objectName, or fails the test.
#define FIND(var, Type, name)                                                                                          \
    auto* var = m_dialog->findChild<Type*>(QStringLiteral(name));                                                      \
    QVERIFY2(var, name)

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void savesPasswordsInTheKeychainOnly();
    void invalidInputSavesNothing_data();
    void invalidInputSavesNothing();
    void keychainFailureStillSavesTheProfile();
    void savesTheDatabaseTlsFiles();
    void testsSqlite();
    void testsPostgreSql();
    void testsTheRelay();
    void removeAsksThenRemovesEverything();
    void browseFillsThePath();
    void everyControlIsNamed();
    void tabOrderFollowsTheForm();
    void renders();

private:
    void openDialog(SecretStore& secrets);
    void fillPostgresProfile(const QString& name);
    void fillRelay(const QString& host, const QString& port, int security, const QString& user, const QString& password,
                   const QString& caFile);
    void clickSave();
    // The dialog's widget of that type and objectName (null when there is none).
    template <typename T> T* child(const char* name) const { return m_dialog->findChild<T*>(QLatin1String(name)); }
    QByteArray settingsBytes() const;

    QString m_keyringWhy;
    SmtpTestTools m_smtpTools;
    bool m_smtpReady = false;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ConnectionProfileStore> m_store;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariable("GUICHET_TEST_KEYRING") != QLatin1String("1")) {
        m_keyringWhy = qEnvironmentVariable("GUICHET_TEST_KEYRING_MISSING");
        if (m_keyringWhy.isEmpty())
            m_keyringWhy = QStringLiteral("not run inside tests/run-with-keyring.sh (no private keychain)");
    }
    m_smtpReady = m_smtpTools.prepare();
    m_keychain = std::make_unique<KeychainSecretStore>();
}

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("guichet.ini")), QSettings::IniFormat);
    m_store = std::make_unique<ConnectionProfileStore>(*m_settings);
}

void TestSettingsDialog::cleanup()
{
    m_dialog.reset();
    // What a test left in the keychain must not leak into the next one.
    if (m_keyringWhy.isEmpty()) {
        for (const QString& purpose : {ConnectionProfile::DatabasePurpose, ConnectionProfile::SmtpPurpose}) {
            std::optional<SecretStore::Result> answer;
            QObject context;
            m_keychain->remove(ProfileName, purpose, &context,
                               [&answer](const SecretStore::Result& result) { answer = result; });
            QVERIFY(QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000));
        }
    }
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestSettingsDialog::openDialog(SecretStore& secrets)
{
    m_dialog = std::make_unique<SettingsDialog>(*m_store, secrets);
    m_dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestSettingsDialog::fillPostgresProfile(const QString& name)
{
    FIND(add, QPushButton, "addPushButton");
    QTest::mouseClick(add, Qt::LeftButton);
    typeInto(child<QLineEdit>("nameLineEdit"), name);
    choose(child<QComboBox>("databaseKindComboBox"), 1);
    QVERIFY(child<QLineEdit>("pgHostLineEdit")->isVisible());
    typeInto(child<QLineEdit>("pgHostLineEdit"), QStringLiteral("db.example.fr"));
    typeInto(child<QLineEdit>("pgPortLineEdit"), QStringLiteral("5433"));
    typeInto(child<QLineEdit>("pgDatabaseLineEdit"), QStringLiteral("guichet"));
    typeInto(child<QLineEdit>("pgUserLineEdit"), QStringLiteral("desk"));
    choose(child<QComboBox>("pgSslModeComboBox"), 3); // require
    typeInto(child<QLineEdit>("pgPasswordLineEdit"), DatabasePassword);
}

void TestSettingsDialog::fillRelay(const QString& host, const QString& port, int security, const QString& user,
                                   const QString& password, const QString& caFile)
{
    choose(child<QComboBox>("relayComboBox"), 1);
    QVERIFY(child<QLineEdit>("smtpHostLineEdit")->isEnabled());
    typeInto(child<QLineEdit>("smtpHostLineEdit"), host);
    typeInto(child<QLineEdit>("smtpPortLineEdit"), port);
    choose(child<QComboBox>("smtpSecurityComboBox"), security);
    typeInto(child<QLineEdit>("smtpUserLineEdit"), user);
    typeInto(child<QLineEdit>("smtpPasswordLineEdit"), password);
    typeInto(child<QLineEdit>("smtpSenderLineEdit"), QStringLiteral("no-reply@example.fr"));
    typeInto(child<QLineEdit>("smtpCaFileLineEdit"), caFile);
}

void TestSettingsDialog::clickSave()
{
    FIND(buttons, QDialogButtonBox, "buttonBox");
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

QByteArray TestSettingsDialog::settingsBytes() const
{
    m_settings->sync();
    QFile file(m_settings->fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestSettingsDialog::savesPasswordsInTheKeychainOnly()
{
    REQUIRE_KEYRING();
    openDialog(*m_keychain);
    QSignalSpy changed(m_dialog.get(), &SettingsDialog::profilesChanged);
    fillPostgresProfile(ProfileName);
    fillRelay(QStringLiteral("relay.example.fr"), QString(), 0, RelayUser, RelayPassword, QString());
    if (QTest::currentTestFailed())
        return;
    clickSave();
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 20000);
    QVERIFY2(!m_dialog->messageIsError(), qPrintable(m_dialog->message()));
    QCOMPARE(m_dialog->currentProfileName(), ProfileName);

    // The addresses in the settings file, the passwords in the keychain only.
    const std::optional<ConnectionProfile> saved = m_store->load(ProfileName);
    QVERIFY(saved);
    QCOMPARE(saved->database.toString(),
             QStringLiteral("postgresql://desk@db.example.fr:5433/guichet?sslmode=require"));
    QCOMPARE(saved->smtp.toString(), QStringLiteral("smtp://relay-user@relay.example.fr:587"));
    QCOMPARE(saved->smtp.sender(), QStringLiteral("no-reply@example.fr"));
    const QByteArray bytes = settingsBytes();
    QVERIFY(bytes.contains("db.example.fr"));
    QVERIFY(!bytes.contains(DatabasePassword.toUtf8()));
    QVERIFY(!bytes.contains(RelayPassword.toUtf8()));
    QCOMPARE(readSecret(*m_keychain, ProfileName, ConnectionProfile::DatabasePurpose).secret, DatabasePassword);
    QCOMPARE(readSecret(*m_keychain, ProfileName, ConnectionProfile::SmtpPurpose).secret, RelayPassword);

    // Opened again: the profile shows, the password fields stay empty.
    m_dialog.reset();
    openDialog(*m_keychain);
    QCOMPARE(m_dialog->currentProfileName(), ProfileName);
    FIND(pgPassword, QLineEdit, "pgPasswordLineEdit");
    FIND(nameEdit, QLineEdit, "nameLineEdit");
    QCOMPARE(nameEdit->text(), ProfileName);
    QVERIFY(nameEdit->isReadOnly());
    QCOMPARE(child<QLineEdit>("pgHostLineEdit")->text(), QStringLiteral("db.example.fr"));
    QCOMPARE(child<QLineEdit>("pgPortLineEdit")->text(), QStringLiteral("5433"));
    QCOMPARE(child<QLineEdit>("smtpHostLineEdit")->text(), QStringLiteral("relay.example.fr"));
    QVERIFY(pgPassword->text().isEmpty());
    QVERIFY(child<QLineEdit>("smtpPasswordLineEdit")->text().isEmpty());
    QCOMPARE(pgPassword->echoMode(), QLineEdit::Password);
    QVERIFY(!pgPassword->placeholderText().isEmpty());

    // Saved again without typing a password: the keychain keeps what it has.
    clickSave();
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 20000);
    QCOMPARE(readSecret(*m_keychain, ProfileName, ConnectionProfile::DatabasePurpose).secret, DatabasePassword);
}

void TestSettingsDialog::invalidInputSavesNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::newRow("port out of range") << QStringLiteral("pgPortLineEdit") << QStringLiteral("70000");
    QTest::newRow("port not a number") << QStringLiteral("pgPortLineEdit") << QStringLiteral("54x");
    QTest::newRow("empty host") << QStringLiteral("pgHostLineEdit") << QString();
    QTest::newRow("empty database") << QStringLiteral("pgDatabaseLineEdit") << QString();
    QTest::newRow("name with a slash") << QStringLiteral("nameLineEdit") << QStringLiteral("Lyon/Paris");
    QTest::newRow("name ending with a space") << QStringLiteral("nameLineEdit") << QStringLiteral("Lyon ");
    QTest::newRow("relay port") << QStringLiteral("smtpPortLineEdit") << QStringLiteral("0");
    QTest::newRow("relay host") << QStringLiteral("smtpHostLineEdit") << QString();
    QTest::newRow("sender") << QStringLiteral("smtpSenderLineEdit") << QStringLiteral("no-reply");
    QTest::newRow("CA file") << QStringLiteral("smtpCaFileLineEdit") << QStringLiteral("/nonexistent/ca.pem");
    QTest::newRow("database CA file") << QStringLiteral("pgRootCertLineEdit")
                                      << QStringLiteral("/nonexistent/root.crt");
    QTest::newRow("database client key") << QStringLiteral("pgClientKeyLineEdit")
                                         << QStringLiteral("/nonexistent/c.key");
}

void TestSettingsDialog::invalidInputSavesNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    FakeSecretStore secrets; // nothing may reach it
    openDialog(secrets);
    QSignalSpy changed(m_dialog.get(), &SettingsDialog::profilesChanged);
    fillPostgresProfile(ProfileName);
    fillRelay(QStringLiteral("relay.example.fr"), QString(), 0, RelayUser, RelayPassword, QString());
    auto* edit = m_dialog->findChild<QLineEdit*>(field);
    QVERIFY(edit);
    typeInto(edit, text);
    clickSave();
    QVERIFY(m_dialog->messageIsError());
    QVERIFY(!m_dialog->message().isEmpty());
    QCOMPARE(QApplication::focusWidget(), edit);
    QVERIFY(TestSettle::events());
    QCOMPARE(changed.count(), 0);
    QVERIFY(m_store->names().isEmpty());
    QVERIFY(!settingsBytes().contains("db.example.fr"));
    QCOMPARE(secrets.operationCount(), 0);
}

void TestSettingsDialog::keychainFailureStillSavesTheProfile()
{
    FakeSecretStore secrets;
    secrets.setFailure(SecretStore::Failure::NoBackend);
    openDialog(secrets);
    QSignalSpy changed(m_dialog.get(), &SettingsDialog::profilesChanged);
    fillPostgresProfile(ProfileName);
    if (QTest::currentTestFailed())
        return;
    clickSave();
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(m_dialog->messageIsError());
    QVERIFY2(m_dialog->message().contains(SecretStoreText::failure(SecretStore::Failure::NoBackend)),
             qPrintable(m_dialog->message()));
    QVERIFY(m_store->load(ProfileName));
    QCOMPARE(secrets.size(), 0);
}

// The server's CA (sslrootcert) is a field of the profile: saved in its URL, shown again.
void TestSettingsDialog::savesTheDatabaseTlsFiles()
{
    const QString ca = m_dir->filePath(QStringLiteral("root.crt"));
    QFile file(ca);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    FakeSecretStore secrets;
    openDialog(secrets);
    QSignalSpy changed(m_dialog.get(), &SettingsDialog::profilesChanged);
    fillPostgresProfile(ProfileName);
    choose(child<QComboBox>("pgSslModeComboBox"), 5); // verify-full
    typeInto(child<QLineEdit>("pgRootCertLineEdit"), QDir::toNativeSeparators(ca));
    clickSave();
    QTRY_COMPARE(changed.count(), 1);
    const std::optional<ConnectionProfile> saved = m_store->load(ProfileName);
    QVERIFY(saved);
    QCOMPARE(saved->database.sslMode(), QStringLiteral("verify-full"));
    QCOMPARE(saved->database.sslRootCert(), ca);
    m_dialog.reset();
    openDialog(secrets);
    QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>("pgRootCertLineEdit")->text()), ca);
}

void TestSettingsDialog::testsSqlite()
{
    FakeSecretStore secrets; // an SQLite file has no password
    openDialog(secrets);
    FIND(path, QLineEdit, "sqlitePathLineEdit");
    FIND(test, QPushButton, "testDatabasePushButton");
    QTest::mouseClick(child<QPushButton>("addPushButton"), Qt::LeftButton);
    typeInto(child<QLineEdit>("nameLineEdit"), QStringLiteral("Demo"));
    // Testing never creates the file (guichetctl init does): a path with no file is an error.
    typeInto(path, m_dir->filePath(QStringLiteral("desk.sqlite")));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 20000);
    QVERIFY2(m_dialog->messageIsError(), qPrintable(m_dialog->message()));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("desk.sqlite"))));
    {
        Database created(
            DatabaseUrl::parse(QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("desk.sqlite"))));
        QVERIFY(Migrator(created).migrate().ok());
    }
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(m_dialog->isBusy());
    QVERIFY(!test->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 20000);
    QVERIFY2(!m_dialog->messageIsError(), qPrintable(m_dialog->message()));
    QVERIFY2(m_dialog->message().contains(QStringLiteral("desk.sqlite")), qPrintable(m_dialog->message()));
    QVERIFY(test->isEnabled());

    // Saved, then tested again: an SQLite file has no password, the keychain is never asked.
    QSignalSpy changed(m_dialog.get(), &SettingsDialog::profilesChanged);
    clickSave();
    QTRY_COMPARE(changed.count(), 1);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 20000);
    QVERIFY2(!m_dialog->messageIsError(), qPrintable(m_dialog->message()));
    QCOMPARE(secrets.operationCount(), 0);

    // A file that cannot be created: the failure, in the dialog.
    QFile blocker(m_dir->filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file: no folder can be made under it
    blocker.close();
    typeInto(path, m_dir->filePath(QStringLiteral("not-a-folder/desk.sqlite")));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 20000);
    QVERIFY2(m_dialog->messageIsError(), qPrintable(m_dialog->message()));
}

void TestSettingsDialog::testsPostgreSql()
{
    if (!TestDatabase::requireEngine(QStringLiteral("postgresql")))
        return;
    const DatabaseUrl server = DatabaseUrl::parse(qEnvironmentVariable("GUICHET_TEST_POSTGRESQL"));
    QVERIFY(server.isValid());
    FakeSecretStore secrets; // a new profile: the keychain has nothing for it
    openDialog(secrets);
    fillPostgresProfile(QStringLiteral("Hotline"));
    FIND(port, QLineEdit, "pgPortLineEdit");
    FIND(test, QPushButton, "testDatabasePushButton");
    typeInto(child<QLineEdit>("pgHostLineEdit"), server.hostName());
    typeInto(port, QString::number(server.port()));
    typeInto(child<QLineEdit>("pgDatabaseLineEdit"), server.databaseName());
    typeInto(child<QLineEdit>("pgUserLineEdit"), server.userName());
    typeInto(child<QLineEdit>("pgPasswordLineEdit"), QString()); // a new profile, nothing typed: no password
    choose(child<QComboBox>("pgSslModeComboBox"), 2); // prefer
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 30000);
    QVERIFY2(!m_dialog->messageIsError(), qPrintable(m_dialog->message()));
    QVERIFY2(m_dialog->message().contains(QStringLiteral("PostgreSQL")), qPrintable(m_dialog->message()));

    // Nothing listens on that port: the failure and the driver's words.
    typeInto(port, QString::number(SmtpTestServer::freePort()));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 30000);
    QVERIFY2(m_dialog->messageIsError(), qPrintable(m_dialog->message()));
}

void TestSettingsDialog::testsTheRelay()
{
    REQUIRE_KEYRING();
    REQUIRE_SMTP_TOOLS();
    SmtpTestServer server;
    QVERIFY2(server.start({QStringLiteral("--tls-cert"), m_smtpTools.certificate(), QStringLiteral("--tls-key"),
                           m_smtpTools.key(), QStringLiteral("--auth-user"), RelayUser,
                           QStringLiteral("--auth-password"), RelayPassword}),
             "smtp_server.py did not start");
    openDialog(*m_keychain);
    fillPostgresProfile(ProfileName);
    fillRelay(QStringLiteral("127.0.0.1"), QString::number(server.port()), 0, RelayUser, RelayPassword,
              m_smtpTools.certificate());
    if (QTest::currentTestFailed())
        return;
    FIND(test, QPushButton, "testSmtpPushButton");
    FIND(password, QLineEdit, "smtpPasswordLineEdit");
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(m_dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 30000);
    QVERIFY2(!m_dialog->messageIsError(), qPrintable(m_dialog->message()));
    QVERIFY2(m_dialog->message().contains(QStringLiteral("PLAIN")), qPrintable(m_dialog->message()));

    typeInto(password, QStringLiteral("not-the-password"));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 30000);
    QVERIFY(m_dialog->messageIsError());
    QVERIFY2(m_dialog->message().contains(QStringLiteral("AUTH: 535")), qPrintable(m_dialog->message()));
    QVERIFY(!m_dialog->message().contains(QStringLiteral("not-the-password")));

    // Saved with the right password, then tested with an empty field: the keychain's is used.
    typeInto(password, RelayPassword);
    QSignalSpy changed(m_dialog.get(), &SettingsDialog::profilesChanged);
    clickSave();
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 20000);
    QVERIFY(password->text().isEmpty());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 30000);
    QVERIFY2(!m_dialog->messageIsError(), qPrintable(m_dialog->message()));
    QCOMPARE(server.count(), 0); // a test never sends mail
}

void TestSettingsDialog::removeAsksThenRemovesEverything()
{
    REQUIRE_KEYRING();
    openDialog(*m_keychain);
    QSignalSpy changed(m_dialog.get(), &SettingsDialog::profilesChanged);
    fillPostgresProfile(ProfileName);
    fillRelay(QStringLiteral("relay.example.fr"), QString(), 0, RelayUser, RelayPassword, QString());
    if (QTest::currentTestFailed())
        return;
    clickSave();
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 20000);
    QVERIFY(readSecret(*m_keychain, ProfileName, ConnectionProfile::SmtpPurpose).ok());

    FIND(remove, QPushButton, "removePushButton");
    FIND(confirm, QPushButton, "confirmRemovePushButton");
    FIND(keep, QPushButton, "keepPushButton");
    // Kept: nothing changes.
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(confirm->isVisible());
    QCOMPARE(QApplication::focusWidget(), keep);
    QTest::mouseClick(keep, Qt::LeftButton);
    QVERIFY(!confirm->isVisible());
    QCOMPARE(m_store->names(), QStringList{ProfileName});

    QTest::mouseClick(remove, Qt::LeftButton);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 20000);
    QVERIFY2(!m_dialog->messageIsError(), qPrintable(m_dialog->message()));
    QVERIFY(m_store->names().isEmpty());
    QVERIFY(m_dialog->currentProfileName().isEmpty());
    QCOMPARE(readSecret(*m_keychain, ProfileName, ConnectionProfile::DatabasePurpose).failure,
             SecretStore::Failure::NotFound);
    QCOMPARE(readSecret(*m_keychain, ProfileName, ConnectionProfile::SmtpPurpose).failure,
             SecretStore::Failure::NotFound);
}

void TestSettingsDialog::browseFillsThePath()
{
    FakeSecretStore secrets;
    openDialog(secrets);
    FIND(browse, QPushButton, "sqliteBrowsePushButton");
    FIND(path, QLineEdit, "sqlitePathLineEdit");
    QTest::mouseClick(browse, Qt::LeftButton);
    auto* chooser = m_dialog->findChild<QFileDialog*>(QStringLiteral("fileDialog"));
    QVERIFY(chooser);
    QTRY_VERIFY(chooser->isVisible());
    const QString chosen = m_dir->filePath(QStringLiteral("chosen.sqlite"));
    chooser->selectFile(chosen);
    QVERIFY(QMetaObject::invokeMethod(chooser, "accept"));
    QCOMPARE(QDir::fromNativeSeparators(path->text()), chosen);
}

void TestSettingsDialog::everyControlIsNamed()
{
    FakeSecretStore secrets;
    openDialog(secrets);
    int checked = 0;
    const QList<QWidget*> widgets = m_dialog->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        const bool interactive = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget)
            || qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractItemView*>(widget);
        bool insideCombo = false; // a combo box's own popup belongs to the combo box
        for (QWidget* parent = widget->parentWidget(); parent && parent != m_dialog.get();
             parent = parent->parentWidget())
            insideCombo = insideCombo || qobject_cast<QComboBox*>(parent);
        if (!interactive || insideCombo)
            continue;
        ++checked;
        const QString what
            = QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') + widget->objectName();
        QVERIFY2(!widget->objectName().isEmpty(), qPrintable(what));
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(what));
        QVERIFY2(!widget->accessibleDescription().isEmpty(), qPrintable(what));
        if (qobject_cast<QAbstractButton*>(widget))
            continue;
        // Every field has a label that names it, with a mnemonic.
        const QList<QLabel*> labels = m_dialog->findChildren<QLabel*>();
        const auto buddy = std::find_if(labels.cbegin(), labels.cend(), [widget](QLabel* label) {
            return label->buddy() == widget && label->text().contains(QLatin1Char('&'));
        });
        QVERIFY2(buddy != labels.cend(), qPrintable(what));
    }
    QVERIFY2(checked >= 28, qPrintable(QString::number(checked)));
}

void TestSettingsDialog::tabOrderFollowsTheForm()
{
    FakeSecretStore secrets;
    openDialog(secrets);
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    FIND(kind, QComboBox, "databaseKindComboBox");
    FIND(relay, QComboBox, "relayComboBox");
    FIND(nameEdit, QLineEdit, "nameLineEdit");
    choose(kind, 1);
    choose(relay, 1);
    nameEdit->setFocus();
    QCOMPARE(QApplication::focusWidget(), nameEdit);
    const QStringList expected
        = QStringLiteral("databaseKindComboBox pgHostLineEdit pgPortLineEdit pgDatabaseLineEdit pgUserLineEdit "
                         "pgSslModeComboBox pgRootCertLineEdit pgClientCertLineEdit pgClientKeyLineEdit "
                         "pgPasswordLineEdit testDatabasePushButton relayComboBox "
                         "smtpHostLineEdit smtpPortLineEdit smtpSecurityComboBox smtpUserLineEdit "
                         "smtpPasswordLineEdit smtpSenderLineEdit smtpCaFileLineEdit smtpCaBrowsePushButton "
                         "deliveryComboBox testSmtpPushButton")
              .split(QLatin1Char(' '));
    QStringList seen;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        seen << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString());
    }
    QCOMPARE(seen, expected);
}

void TestSettingsDialog::renders()
{
    // A saved PostgreSQL profile with a relay, as the dialog shows it after a save, after a
    // refused save and while it asks to confirm a removal.
    FakeSecretStore secrets;
    for (const QString& language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        Language translations(language);
        openDialog(secrets);
        QSignalSpy changed(m_dialog.get(), &SettingsDialog::profilesChanged);
        fillPostgresProfile(ProfileName);
        fillRelay(QStringLiteral("relay.example.fr"), QString(), 0, RelayUser, RelayPassword, QString());
        if (QTest::currentTestFailed())
            return;
        clickSave();
        QTRY_COMPARE(changed.count(), 1);
        const auto save = [this, &language](const QString& what) {
            const QString path = outputPath(QStringLiteral("settings-%1-%2.png").arg(what, language));
            QVERIFY2(m_dialog->grab().save(path), qPrintable(path));
        };
        save(QStringLiteral("saved"));

        FIND(host, QLineEdit, "pgHostLineEdit");
        typeInto(host, QString());
        clickSave();
        QVERIFY(m_dialog->messageIsError());
        save(QStringLiteral("refused"));

        // A relay that does not answer: the failure and the step, in the strip.
        typeInto(host, QStringLiteral("db.example.fr"));
        fillRelay(QStringLiteral("127.0.0.1"), QString::number(SmtpTestServer::freePort()), 2, QString(), QString(),
                  QString());
        FIND(testRelay, QPushButton, "testSmtpPushButton");
        QTest::mouseClick(testRelay, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 30000);
        QVERIFY(m_dialog->messageIsError());
        save(QStringLiteral("relay-failed"));

        FIND(remove, QPushButton, "removePushButton");
        QTest::mouseClick(remove, Qt::LeftButton);
        save(QStringLiteral("remove"));

        FIND(add, QPushButton, "addPushButton");
        QTest::mouseClick(add, Qt::LeftButton);
        save(QStringLiteral("new"));
        m_dialog.reset();
        m_store->remove(ProfileName);
    }
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
