// The lock screen at a real desk, offscreen, on both engines: wrong passwords say how many attempts
// are left and never disable the login; at the limit the call in progress ends as interrupted and
// the desk asks to go back to the sign-in. While locked, no widget of the desk window (shown or
// hidden: a screen reader reads both) holds the caller's number, names, dates or address; on resume
// they come back without a new consultation.
#include "agents/AgentAuthService.h"
#include "agents/AgentRepository.h"
#include "agents/CallRepository.h"
#include "core/PortalPolicy.h"
#include "db/SqlQuery.h"
#include "desk/AccountPanel.h"
#include "desk/CallerPanel.h"
#include "desk/DeskController.h"
#include "desk/DeskWindow.h"
#include "desk/ScreenLock.h"
#include "support/DeskFixture.h"
#include "support/TestDatabases.h"
#include "support/TestSettle.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace {

using namespace DeskFixture;

constexpr int Timeout = 10000;

// A picture of what the agent sees, beside the test executable (desk-screens/), to look at.
void render(QWidget* widget, const QString& name)
{
    QTest::qWait(100); // the layouts settle
    const QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/desk-screens");
    QDir().mkpath(folder);
    QVERIFY(widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png")));
}
const QString MarieEmail = QStringLiteral("marie.lefevre@example.org");

std::unique_ptr<DeskWindow> openDesk(Services& services)
{
    const Result<AgentSession> session
        = services.auth.signIn(QStringLiteral("alice"), Password, AgentAuthService::workstationName());
    if (!session)
        return nullptr;
    auto window = std::make_unique<DeskWindow>(services.desk(), session.value());
    window->show();
    return QTest::qWaitForWindowExposed(window.get()) ? std::move(window) : nullptr;
}

// Types a password on the lock screen and presses Enter; waits for the check to finish.
void typeLockPassword(DeskWindow& window, const QString& password)
{
    auto* field = child<QLineEdit>(&window, "lockPasswordLineEdit");
    QVERIFY(field);
    QTRY_VERIFY_WITH_TIMEOUT(field->isEnabled() && !field->isReadOnly(), Timeout);
    QTest::keyClicks(field, password);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!child<QWidget>(&window, "lockProgressBar")->isVisible() && !field->isReadOnly(), Timeout);
}

int lookups(TestDatabase& db)
{
    SqlQuery query(db.database().connection().value());
    if (query.exec(QStringLiteral("SELECT COUNT(*) AS n FROM audit_events WHERE action = 'lookup'")) || !query.next())
        return -1;
    return query.value(QStringLiteral("n")).toInt();
}

// What could name Marie: her number (any spacing), names, birth date and place, address; also as
// an ASCII keyboard types them.
const QStringList& needles()
{
    static const QStringList list{
        QStringLiteral("260121305532168"), QStringLiteral("Lefèvre"),    QStringLiteral("Lefevre"),
        QStringLiteral("Hélène"),          QStringLiteral("Helene"),     QStringLiteral("Marseille"),
        QStringLiteral("24/12/1960"),      QStringLiteral("1960-12-24"), MarieEmail};
    return list;
}

// Every text of the window's labels, line edits and item views, shown or not, that names Marie.
QStringList leaks(QWidget& window)
{
    QStringList texts;
    const QList<QLabel*> labels = window.findChildren<QLabel*>();
    for (const QLabel* label : labels)
        texts << label->objectName() + QLatin1Char('=') + label->text();
    const QList<QLineEdit*> edits = window.findChildren<QLineEdit*>();
    for (const QLineEdit* edit : edits)
        texts << edit->objectName() + QLatin1Char('=') + edit->text();
    const QList<QAbstractItemView*> views = window.findChildren<QAbstractItemView*>();
    for (const QAbstractItemView* view : views) {
        const QAbstractItemModel* model = view->model();
        if (!model)
            continue;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column)
                texts << view->objectName() + QLatin1Char('=') + model->data(model->index(row, column)).toString();
        }
    }
    QStringList found;
    for (const QString& text : std::as_const(texts)) {
        QString compact = text;
        compact.remove(QLatin1Char(' ')).remove(QChar(0x00a0)).remove(QChar(0x202f));
        for (const QString& needle : needles()) {
            if (text.contains(needle, Qt::CaseInsensitive) || compact.contains(needle, Qt::CaseInsensitive))
                found << text;
        }
    }
    found.removeDuplicates();
    return found;
}

} // namespace

class TestScreenLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wrongPasswordsSignOut_data() { TestDatabase::addEngineRows(); }
    void wrongPasswordsSignOut();
    void lockedDeskHoldsNoPersonalData_data() { TestDatabase::addEngineRows(); }
    void lockedDeskHoldsNoPersonalData();
};

void TestScreenLock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GuichetTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_screenlock"));
    QSettings().clear();
}

void TestScreenLock::wrongPasswordsSignOut()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    QVERIFY(seed(db.database(), false));
    Services services(db.database());
    const std::unique_ptr<DeskWindow> window = openDesk(services);
    QVERIFY(window);
    DeskController* desk = window->controller();
    desk->startCall(QStringLiteral("wrong_password_locked"));
    QTRY_VERIFY_WITH_TIMEOUT(desk->inCall(), Timeout);
    const qint64 callId = desk->callId();
    QSignalSpy signedOut(window.get(), &DeskWindow::signedOut);

    window->findChild<QAction*>(QStringLiteral("lockAction"))->trigger();
    QVERIFY(window->screenLock()->isLocked());
    auto* error = child<QLabel>(window.get(), "lockErrorLabel");
    for (int left = PortalPolicy::ScreenLockMaxAttempts - 1; left > 0; --left) {
        typeLockPassword(*window, QStringLiteral("not-my-password"));
        // The attempts left, and only the password named (the lock screen asks for no login).
        QCOMPARE(error->text(), ScreenLock::tr("Wrong password. %n attempt(s) left.", nullptr, left));
        QVERIFY(error->isVisible());
        QVERIFY(window->screenLock()->isLocked());
        QVERIFY(window->isVisible());
        QCOMPARE(signedOut.count(), 0);
        render(window.get(), QStringLiteral("screenlock-attempts-left-%1-%2").arg(left).arg(engine));
    }
    typeLockPassword(*window, QStringLiteral("not-my-password"));

    // The limit: signed out, the call ended as interrupted, the window gone.
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.count(), 1, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), Timeout);
    QVERIFY(!desk->inCall());
    // Closed by the worker, soon after the window went.
    QTRY_VERIFY_WITH_TIMEOUT(!CallRepository(db.database().connection().value()).find(callId)->isOpen(), Timeout);
    const Result<Call> call = CallRepository(db.database().connection().value()).find(callId);
    QVERIFY(call.ok());
    QVERIFY(!call->isOpen());
    QCOMPARE(call->outcome, QStringLiteral("interrupted"));

    // The login itself is untouched: active, no failure counted.
    const Result<Agent> alice
        = AgentRepository(db.database().connection().value()).findByLogin(QStringLiteral("alice"));
    QVERIFY(alice.ok());
    QVERIFY(alice->active);
    QCOMPARE(alice->failedLogins, 0);
}

void TestScreenLock::lockedDeskHoldsNoPersonalData()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    QVERIFY(seed(db.database(), false));
    Services services(db.database());
    const std::unique_ptr<DeskWindow> window = openDesk(services);
    QVERIFY(window);
    DeskController* desk = window->controller();
    desk->startCall(QStringLiteral("wrong_password_locked"));
    QTRY_VERIFY_WITH_TIMEOUT(desk->inCall(), Timeout);

    // Marie looked up; the agent is typing her answers when the screen locks.
    auto* nirEdit = child<QLineEdit>(window.get(), "nirLineEdit");
    QTest::keyClicks(nirEdit, MarieText);
    QTest::keyClick(nirEdit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(desk->summary().has_value() && !desk->isBusy(), Timeout);
    auto* lastName = child<QLineEdit>(window.get(), "lastNameLineEdit");
    auto* birthPlace = child<QLineEdit>(window.get(), "birthPlaceLineEdit");
    lastName->setText(Marie.lastName);
    child<QLineEdit>(window.get(), "firstNamesLineEdit")->setText(Marie.firstNames);
    child<QLineEdit>(window.get(), "birthDateLineEdit")->setText(QStringLiteral("24/12/1960"));
    birthPlace->setText(Marie.birthPlace);
    QVERIFY2(leaks(*window).size() >= 5, qPrintable(leaks(*window).join(u'\n'))); // the walk sees them
    const int lookupsBefore = lookups(db);
    QVERIFY(lookupsBefore > 0);
    QAction* lockAction = window->findChild<QAction*>(QStringLiteral("lockAction"));

    lockAction->trigger();
    QVERIFY(window->screenLock()->isLocked());
    QVERIFY2(leaks(*window).isEmpty(), qPrintable(leaks(*window).join(u'\n')));
    typeLockPassword(*window, Password);
    QTRY_VERIFY_WITH_TIMEOUT(!window->screenLock()->isLocked(), Timeout);
    QVERIFY(Nir::parse(nirEdit->text()) == MarieNir);
    QCOMPARE(lastName->text(), Marie.lastName);
    QCOMPARE(birthPlace->text(), Marie.birthPlace);

    // The answers, sent: verified, her names and address in clear on the account panel.
    QTest::keyClick(birthPlace, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(desk->summary() && desk->summary()->verified && !desk->isBusy(), Timeout);
    AccountPanel* account = window->callerPanel()->accountPanel();
    auto* name = child<QLabel>(account, "nameLabel");
    auto* email = child<QLabel>(account, "emailLabel");
    QTRY_COMPARE_WITH_TIMEOUT(email->text(), MarieEmail, Timeout);
    const QString shownName = name->text();
    QVERIFY2(shownName.contains(QStringLiteral("Lefèvre")), qPrintable(shownName));
    const QStringList before = leaks(*window);
    QVERIFY2(before.size() >= 3, qPrintable(before.join(u'\n')));
    const int lookupsVerified = lookups(db);

    lockAction->trigger();
    QVERIFY(window->screenLock()->isLocked());
    QVERIFY2(leaks(*window).isEmpty(), qPrintable(leaks(*window).join(u'\n')));
    QVERIFY(TestSettle::worker(services.worker)); // nothing comes back by itself while locked
    QVERIFY2(leaks(*window).isEmpty(), qPrintable(leaks(*window).join(u'\n')));

    // Resumed: the number and the account are back, with no new consultation.
    typeLockPassword(*window, Password);
    QTRY_VERIFY_WITH_TIMEOUT(!window->screenLock()->isLocked(), Timeout);
    QCOMPARE(name->text(), shownName);
    QCOMPARE(email->text(), MarieEmail);
    QVERIFY(Nir::parse(nirEdit->text()) == MarieNir);
    QVERIFY(desk->summary()->verified);
    QCOMPARE(lookups(db), lookupsVerified);
    QCOMPARE(leaks(*window), before);
    render(window.get(), QStringLiteral("screenlock-resumed-") + engine);
}

QTEST_MAIN(TestScreenLock)
#include "tst_screenlock.moc"
