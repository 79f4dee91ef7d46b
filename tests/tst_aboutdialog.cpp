// Help → About (issue K): the build's version and commit, the database's schema version, Qt's
// runtime version and the libraries' licences; reached from the desk and the supervisor's desk,
// with the schema version the application read when it opened the database (both engines).
#include "DeskApplication.h"
#include "agents/AgentAuthService.h"
#include "common/AboutDialog.h"
#include "common/ApplicationIcon.h"
#include "common/SignInDialog.h"
#include "core/BuildInfo.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "desk/DeskWindow.h"
#include "supervision/SupervisorWindow.h"
#include "support/FakeSecretStore.h"
#include "support/TestDatabases.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int Timeout = 20000;
const QString Password = QStringLiteral("Guichet-Agent-1");

void render(QWidget* widget, const QString& name)
{
    QTest::qWait(100); // the layouts settle
    const QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/desk-screens");
    QDir().mkpath(folder);
    QVERIFY(widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png")));
}

QString labelText(const QWidget* dialog, const QString& objectName)
{
    const auto* label = dialog->findChild<QLabel*>(objectName);
    return label ? label->text() : QStringLiteral("<no %1>").arg(objectName);
}

// Help → About of window: the dialog it opens (a child of the window), or null.
AboutDialog* openAbout(QWidget* window)
{
    auto* action = window->findChild<QAction*>(QStringLiteral("aboutAction"));
    if (!action)
        return nullptr;
    action->trigger();
    AboutDialog* dialog = window->findChild<AboutDialog*>();
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

} // namespace

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheBuildAndTheLicences();
    void unknownSchemaSaysSo();
    void iconHasEverySize();
    void windowsShowTheirDatabasesSchema_data() { TestDatabase::addEngineRows(); }
    void windowsShowTheirDatabasesSchema();
};

void TestAboutDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GuichetTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_aboutdialog"));
    QApplication::setWindowIcon(ApplicationIcon::icon());
}

void TestAboutDialog::showsTheBuildAndTheLicences()
{
    AboutDialog dialog(13);
    dialog.show();
    QVERIFY(!BuildInfo::version().isEmpty());
    QVERIFY(BuildInfo::version().count(QLatin1Char('.')) == 2); // project(VERSION x.y.z)
    QVERIFY(!BuildInfo::commit().isEmpty());
    QCOMPARE(labelText(&dialog, QStringLiteral("versionLabel")), BuildInfo::version());
    QCOMPARE(labelText(&dialog, QStringLiteral("commitLabel")), BuildInfo::commit());
    QCOMPARE(labelText(&dialog, QStringLiteral("schemaLabel")), QStringLiteral("version 13"));
    QVERIFY2(labelText(&dialog, QStringLiteral("qtVersionLabel")).startsWith(QString::fromLatin1(qVersion())),
             qPrintable(labelText(&dialog, QStringLiteral("qtVersionLabel"))));
    const QString licences = labelText(&dialog, QStringLiteral("licencesLabel"));
    for (const char* expected : {"Qt</a>: GNU LGPL version 3", "QtKeychain</a>: BSD 3-Clause", "libsodium</a>: ISC"})
        QVERIFY2(licences.contains(QLatin1String(expected)), expected);
    const auto* icon = dialog.findChild<QLabel*>(QStringLiteral("iconLabel"));
    QVERIFY(icon);
    QVERIFY(!icon->pixmap().isNull());
    render(&dialog, QStringLiteral("about-dialog"));

    auto* close = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Close);
    QVERIFY(close);
    close->click();
    QVERIFY(!dialog.isVisible());
}

void TestAboutDialog::unknownSchemaSaysSo()
{
    AboutDialog dialog(0);
    QCOMPARE(labelText(&dialog, QStringLiteral("schemaLabel")), QStringLiteral("unknown"));
}

void TestAboutDialog::iconHasEverySize()
{
    const QIcon icon = ApplicationIcon::icon();
    QVERIFY(!icon.isNull());
    const QList<QSize> sizes = icon.availableSizes();
    const QList<int> expected = ApplicationIcon::sizes();
    for (int size : expected) {
        QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
        QCOMPARE(icon.pixmap(size, size).size(), QSize(size, size));
    }
    QVERIFY(!QApplication::windowIcon().isNull());
}

// The application reads the schema's version when it opens the database (DeskBackend::openSchema)
// and both windows' About show that one.
void TestAboutDialog::windowsShowTheirDatabasesSchema()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(Migrator(db.database()).migrate());
    const Result<int> current = Migrator(db.database()).currentVersion();
    QVERIFY(current);
    QCOMPARE(current.value(), Migrator::latestVersion());
    QVERIFY(AgentAuthService(db.database())
                .addAgent(AgentSession(), QStringLiteral("admin1"), QStringLiteral("Ada Admin"), Agent::Role::Admin,
                          Password));

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("guichet.ini")), QSettings::IniFormat);
    FakeSecretStore secrets;
    DeskApplication desk(settings, secrets, ConnectionChoice::Request::databaseOnly(db.url().toString()));
    desk.start();
    QTRY_VERIFY_WITH_TIMEOUT(
        desk.signInDialog() && desk.signInDialog()->isVisible() && !desk.signInDialog()->isPreparing(), Timeout);
    auto* login = desk.signInDialog()->findChild<QLineEdit*>(QStringLiteral("loginLineEdit"));
    auto* password = desk.signInDialog()->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
    QVERIFY(login && password);
    QTest::keyClicks(login, QStringLiteral("admin1"));
    QTest::keyClicks(password, Password);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(desk.deskWindow() && desk.deskWindow()->isVisible(), Timeout);
    DeskWindow* window = desk.deskWindow();
    QVERIFY(!window->windowIcon().isNull());

    const QString expected = QStringLiteral("version %1").arg(current.value());
    AboutDialog* about = openAbout(window);
    QVERIFY(about);
    QCOMPARE(window->aboutDialog(), about);
    QCOMPARE(labelText(about, QStringLiteral("schemaLabel")), expected);
    QCOMPARE(labelText(about, QStringLiteral("versionLabel")), BuildInfo::version());
    if (engine == QLatin1String("sqlite")) {
        render(about, QStringLiteral("about-dialog-desk"));
        // The Help menu, as the agent opens it.
        for (QAction* menu : window->menuBar()->actions()) {
            if (menu->objectName().isEmpty() && menu->menu() && menu->text() == QLatin1String("&Help")) {
                menu->menu()->popup(window->mapToGlobal(QPoint(0, 0)));
                render(menu->menu(), QStringLiteral("desk-help-menu"));
                menu->menu()->hide();
            }
        }
    }
    about->reject();
    QTRY_VERIFY(!window->aboutDialog()); // deleted on close

    window->findChild<QAction*>(QStringLiteral("supervisionAction"))->trigger();
    auto* supervisor = window->findChild<SupervisorWindow*>();
    QVERIFY(supervisor);
    QTRY_VERIFY(supervisor->isVisible());
    AboutDialog* supervisorAbout = openAbout(supervisor);
    QVERIFY(supervisorAbout);
    QCOMPARE(labelText(supervisorAbout, QStringLiteral("schemaLabel")), expected);
    supervisorAbout->reject();
    supervisor->close();
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
