// Issue G, item 1: every shortcut of Help → Keyboard shortcuts works from every text field of the
// desk. Registered twice: offscreen (tst_deskshortcuts) and on Xvfb with the xcb platform
// (tst_deskshortcuts_xcb), where the X11 key scheme gives QLineEdit Ctrl+E (end of line), Ctrl+K,
// Ctrl+U, Ctrl+H… One desk (a supervisor's, so that certification and supervision have their
// shortcuts) in a call with Marie verified and a change of address waiting for its code, so that
// every field is enabled and shown; each row focuses one field and presses one shortcut.
#include "common/ShortcutPriority.h"
#include "desk/ActionsPanel.h"
#include "desk/CallBar.h"
#include "desk/DeskController.h"
#include "desk/DeskWindow.h"
#include "desk/ScreenLock.h"
#include "support/DeskFixture.h"
#include "support/TestDatabases.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace {

constexpr int Timeout = 10000;
using namespace DeskFixture;

// The text fields of the desk a call uses (object names), in the order Tab reaches them.
const QStringList DeskFields{QStringLiteral("nirLineEdit"),        QStringLiteral("lastNameLineEdit"),
                             QStringLiteral("firstNamesLineEdit"), QStringLiteral("birthDateLineEdit"),
                             QStringLiteral("birthPlaceLineEdit"), QStringLiteral("codeLineEdit")};

// The actions Help → Keyboard shortcuts lists: every menu action with a shortcut.
QList<QAction*> shortcutActions(DeskWindow& window)
{
    QList<QAction*> actions;
    const QList<QAction*> menus = window.menuBar()->actions();
    for (QAction* menu : menus) {
        if (!menu->menu())
            continue;
        const QList<QAction*> inMenu = menu->menu()->actions();
        for (QAction* action : inMenu) {
            if (!action->shortcut().isEmpty())
                actions.append(action);
        }
    }
    return actions;
}

} // namespace

class TestDeskShortcuts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyShortcutFromEveryField_data();
    void everyShortcutFromEveryField();
    void cleanup();
    void editingBindingsStayWithTheField();

private:
    bool activate();

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<DeskWindow> m_window;
};

void TestDeskShortcuts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GuichetTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_deskshortcuts"));
    QSettings().clear();
    // Ctrl+Q closes the window; the test shows it again.
    QApplication::setQuitOnLastWindowClosed(false);
    qInfo("platform: %s", qPrintable(QGuiApplication::platformName()));

    m_db = std::make_unique<TestDatabase>(QStringLiteral("sqlite"));
    QVERIFY2(m_db->isReady(), qPrintable(m_db->errorString()));
    QVERIFY(m_db->migrate());
    QVERIFY(seed(m_db->database(), true));
    m_services = std::make_unique<Services>(m_db->database());
    const Result<AgentSession> session
        = m_services->auth.signIn(QStringLiteral("sophie"), Password, AgentAuthService::workstationName());
    QVERIFY(session.ok());
    m_window = std::make_unique<DeskWindow>(m_services->desk(), session.value());
    m_window->show();
    QVERIFY(activate());

    // A call, Marie verified, a change of address waiting for its code: every field is usable.
    DeskController* desk = m_window->controller();
    desk->startCall(QStringLiteral("wrong_email"));
    QTRY_VERIFY_WITH_TIMEOUT(desk->inCall(), Timeout);
    desk->lookUp(MarieNir);
    QTRY_VERIFY_WITH_TIMEOUT(desk->summary().has_value() && !desk->isBusy(), Timeout);
    desk->verify(Marie.normalized());
    QTRY_VERIFY_WITH_TIMEOUT(desk->passIsFresh() && desk->summary()->verified && !desk->isBusy(), Timeout);
    desk->perform(DeskController::Action::ChangeEmail, QStringLiteral("marie.nouvelle@example.org"));
    QTRY_VERIFY_WITH_TIMEOUT(desk->summary()->emailChangePending && !desk->isBusy(), Timeout);
    for (const QString& name : DeskFields) {
        auto* field = m_window->findChild<QLineEdit*>(name);
        QVERIFY2(field && field->isVisible() && field->isEnabled(), qPrintable(name));
    }
    QVERIFY(shortcutActions(*m_window).size() >= 12);
}

void TestDeskShortcuts::cleanupTestCase()
{
    m_window.reset();
    m_services.reset();
    m_db.reset();
}

bool TestDeskShortcuts::activate()
{
    if (!m_window->isVisible())
        m_window->show();
    m_window->activateWindow();
    return QTest::qWaitForWindowActive(m_window.get());
}

void TestDeskShortcuts::everyShortcutFromEveryField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QKeySequence>("keys");
    const QList<QAction*> actions = shortcutActions(*m_window);
    for (const QString& field : DeskFields) {
        for (const QAction* action : actions) {
            const QKeySequence keys = action->shortcut();
            QTest::addRow("%s %s", qPrintable(field), qPrintable(keys.toString(QKeySequence::PortableText)))
                << field << action->objectName() << keys;
        }
    }
}

void TestDeskShortcuts::everyShortcutFromEveryField()
{
    QFETCH(QString, field);
    QFETCH(QString, action);
    QFETCH(QKeySequence, keys);
    QVERIFY(activate());
    auto* edit = m_window->findChild<QLineEdit*>(field);
    auto* target = m_window->findChild<QAction*>(action);
    QVERIFY(edit && target);
    QVERIFY2(target->isEnabled(), qPrintable(action));
    edit->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), edit);
    const QString before = edit->text();
    QSignalSpy triggered(target, &QAction::triggered);
    QTest::keyClick(edit, keys[0].key(), keys[0].keyboardModifiers());
    QVERIFY2(triggered.count() == 1,
             qPrintable(
                 QStringLiteral("%1 did not reach %2 from %3 on %4")
                     .arg(keys.toString(QKeySequence::PortableText), action, field, QGuiApplication::platformName())));
    // The field did not take the keys for itself either.
    QCOMPARE(edit->text(), before);
}

// Undoes what the shortcut did: dialogs closed, the screen unlocked, the window back.
void TestDeskShortcuts::cleanup()
{
    if (!m_window)
        return;
    const QList<QWidget*> windows = QApplication::topLevelWidgets();
    for (QWidget* widget : windows) {
        if (auto* dialog = qobject_cast<QDialog*>(widget); dialog && dialog->isVisible())
            dialog->reject();
    }
    ScreenLock* lock = m_window->screenLock();
    if (lock->isLocked()) {
        QVERIFY(activate());
        auto* password = lock->findChild<QLineEdit*>(QStringLiteral("lockPasswordLineEdit"));
        QVERIFY(password);
        password->setText(Password);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!lock->isLocked(), Timeout);
    }
    QVERIFY(activate());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller()->isBusy(), Timeout);
    QVERIFY(m_window->controller()->inCall());
}

// What no desk shortcut uses stays the field's own: Ctrl+A selects all; Home and typing still edit.
void TestDeskShortcuts::editingBindingsStayWithTheField()
{
    QVERIFY(activate());
    auto* edit = m_window->findChild<QLineEdit*>(QStringLiteral("birthPlaceLineEdit"));
    edit->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), edit);
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("Marseille"));
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(edit->selectedText(), QStringLiteral("Marseille"));
    QTest::keyClick(edit, Qt::Key_Home);
    QTest::keyClicks(edit, QStringLiteral("X"));
    QCOMPARE(edit->text(), QStringLiteral("XMarseille"));
    const QKeyEvent selectAll(QEvent::ShortcutOverride, Qt::Key_A, Qt::ControlModifier);
    const QKeyEvent endCall(QEvent::ShortcutOverride, Qt::Key_E, Qt::ControlModifier);
    const QKeyEvent letter(QEvent::ShortcutOverride, Qt::Key_E, Qt::ShiftModifier, QStringLiteral("E"));
    QVERIFY(!ShortcutPriority::isWindowShortcut(m_window.get(), &selectAll));
    QVERIFY(ShortcutPriority::isWindowShortcut(m_window.get(), &endCall));
    QVERIFY(!ShortcutPriority::isWindowShortcut(m_window.get(), &letter));
    edit->clear();
}

QTEST_MAIN(TestDeskShortcuts)
#include "tst_deskshortcuts.moc"
