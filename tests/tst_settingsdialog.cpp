// The connection settings dialog saving and removing profiles (in a private keychain): passwords
// in the keychain only, invalid input saves nothing, a keychain failure, TLS files, removal.
// tst_settingsdialogtests has its connection tests, browsing, names, tab order and pictures.

#include "common/SettingsDialog.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "profiles/ConnectionProfileStore.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretStoreText.h"
#include "support/FakeSecretStore.h"
#include "support/SettingsDialogFixture.h"
#include "support/SmtpTestServer.h"
#include "support/TestDatabases.h"
#include "support/TestLanguage.h"
#include "support/TestSettle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace SettingsDialogTesting;

class TestSettingsDialog : public SettingsDialogFixture
{
    Q_OBJECT

private Q_SLOTS:
    void savesPasswordsInTheKeychainOnly();
    void invalidInputSavesNothing_data();
    void invalidInputSavesNothing();
    void keychainFailureStillSavesTheProfile();
    void savesTheDatabaseTlsFiles();
    void removeAsksThenRemovesEverything();
};

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

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
