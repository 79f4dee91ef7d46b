#pragma once

// What tst_settingsdialog and tst_settingsdialogtests share: a fresh settings file and profile store
// for each test, the real keychain emptied after it, the dialog opened and filled from the keyboard.
// The tests derive from SettingsDialogFixture (its slots run before and after theirs).
#include "common/SettingsDialog.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "profiles/ConnectionProfileStore.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretStoreText.h"
#include "support/FakeSecretStore.h"
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

// SettingsDialog driven from the keyboard and the mouse, with the real keychain (the test runs
// inside run-with-keyring.sh), a temporary settings file, SQLite, the PostgreSQL server of
// GUICHET_TEST_POSTGRESQL and aiosmtpd relays (SmtpTestServer). FakeSecretStore only where the
// keychain's failure is the unit under test.

namespace SettingsDialogTesting {

const QString ProfileName = QStringLiteral("Hotline Lyon");
const QString DatabasePassword = QStringLiteral("pg-s3cret-passw0rd");
const QString RelayPassword = QStringLiteral("relay-s3cret-passw0rd");
const QString RelayUser = QStringLiteral("relay-user");

// Waits for the keychain's asynchronous answer.
inline SecretStore::Result readSecret(SecretStore& store, const QString& profile, const QString& purpose)
{
    std::optional<SecretStore::Result> answer;
    QObject context;
    store.read(profile, purpose, &context, [&answer](const SecretStore::Result& result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        return SecretStore::Result{SecretStore::Failure::Other, {}};
    return *answer;
}

inline void typeInto(QLineEdit* edit, const QString& text)
{
    QVERIFY2(edit, "no such line edit");
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

inline void choose(QComboBox* combo, int index)
{
    QVERIFY2(combo, "no such combo box");
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
}

} // namespace SettingsDialogTesting

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

class SettingsDialogFixture : public QObject
{
    Q_OBJECT

protected Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

protected:
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
