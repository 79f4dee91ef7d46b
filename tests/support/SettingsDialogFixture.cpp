#include "support/SettingsDialogFixture.h"

using namespace SettingsDialogTesting;

void SettingsDialogFixture::initTestCase()
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

void SettingsDialogFixture::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("guichet.ini")), QSettings::IniFormat);
    m_store = std::make_unique<ConnectionProfileStore>(*m_settings);
}

void SettingsDialogFixture::cleanup()
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

void SettingsDialogFixture::openDialog(SecretStore& secrets)
{
    m_dialog = std::make_unique<SettingsDialog>(*m_store, secrets);
    m_dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void SettingsDialogFixture::fillPostgresProfile(const QString& name)
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

void SettingsDialogFixture::fillRelay(const QString& host, const QString& port, int security, const QString& user,
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

void SettingsDialogFixture::clickSave()
{
    FIND(buttons, QDialogButtonBox, "buttonBox");
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

QByteArray SettingsDialogFixture::settingsBytes() const
{
    m_settings->sync();
    QFile file(m_settings->fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
