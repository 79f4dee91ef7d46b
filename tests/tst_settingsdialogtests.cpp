// The connection settings dialog's connection tests (SQLite, PostgreSQL, the SMTP relay), the
// file browser, every control's name, the tab order and its pictures. tst_settingsdialog has the
// saving and removing of profiles.

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

namespace {

QString outputPath(const QString& name)
{
    const QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/settings-screens");
    QDir().mkpath(folder);
    return folder + QLatin1Char('/') + name;
}

} // namespace

class TestSettingsDialogTests : public SettingsDialogFixture
{
    Q_OBJECT

private Q_SLOTS:
    void testsSqlite();
    void testsPostgreSql();
    void testsTheRelay();
    void browseFillsThePath();
    void everyControlIsNamed();
    void tabOrderFollowsTheForm();
    void renders();
};

void TestSettingsDialogTests::testsSqlite()
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

void TestSettingsDialogTests::testsPostgreSql()
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

void TestSettingsDialogTests::testsTheRelay()
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

void TestSettingsDialogTests::browseFillsThePath()
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

void TestSettingsDialogTests::everyControlIsNamed()
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

void TestSettingsDialogTests::tabOrderFollowsTheForm()
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

void TestSettingsDialogTests::renders()
{
    // A saved PostgreSQL profile with a relay, as the dialog shows it after a save, after a
    // refused save and while it asks to confirm a removal.
    FakeSecretStore secrets;
    for (const QString& language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        TestLanguage translations(language);
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

QTEST_MAIN(TestSettingsDialogTests)
#include "tst_settingsdialogtests.moc"
