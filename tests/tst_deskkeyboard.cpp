// Issue G, items 10–12 and the Done-when: a keyboard-only call, including an e-mail change
// confirmed at the first try; where the focus goes after Ctrl+N; Ctrl+L does not throw away the
// caller; the Tab order of the code field and the account panel; the end-of-call dialog's proposed
// outcome; the reason that starts empty; certification asks for a reason; the supervisor's tabs
// from a table. Registered offscreen (tst_deskkeyboard) and on Xvfb with xcb (tst_deskkeyboard_xcb).
#include "accounts/AccountRepository.h"
#include "common/NirLineEdit.h"
#include "core/CodeDigest.h"
#include "core/PasswordHasher.h"
#include "db/SqlQuery.h"
#include "desk/AccountPanel.h"
#include "desk/ActionsPanel.h"
#include "desk/CallBar.h"
#include "desk/CallerPanel.h"
#include "desk/DeskController.h"
#include "desk/DeskWindow.h"
#include "desk/EndCallDialog.h"
#include "desk/ReasonDialog.h"
#include "supervision/SupervisorWindow.h"
#include "support/DeskFixture.h"
#include "support/TestDatabases.h"
#include "support/TestSettle.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

namespace {

constexpr int Timeout = 10000;
using namespace DeskFixture;
const QString NewEmail = QStringLiteral("marie.nouvelle@example.org");

std::unique_ptr<DeskWindow> openDesk(Services& services, const QString& login)
{
    const Result<AgentSession> session = services.auth.signIn(login, Password, AgentAuthService::workstationName());
    if (!session)
        return nullptr;
    auto window = std::make_unique<DeskWindow>(services.desk(), session.value());
    window->show();
    return activate(*window) ? std::move(window) : nullptr;
}

// Ctrl+R, Down to the reason, Ctrl+N.
void startCall(DeskWindow& window, const QString& reason)
{
    QVERIFY(activate(window));
    key(Qt::Key_R, Qt::ControlModifier);
    auto* combo = child<QComboBox>(&window, "reasonComboBox");
    QCOMPARE(focused(), combo);
    while (combo->currentData().toString() != reason)
        key(Qt::Key_Down);
    key(Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->inCall(), Timeout);
}

// Ctrl+I, the four answers (birth place given), Enter; waits for the answer.
void answer(DeskWindow& window, const QString& birthPlace)
{
    QVERIFY(activate(window));
    QSignalSpy finished(window.controller(), &DeskController::verificationFinished);
    key(Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(focused(), child<QLineEdit>(&window, "lastNameLineEdit"));
    keys(QStringLiteral("Lefevre-d'Arc"));
    key(Qt::Key_Tab);
    keys(QStringLiteral("Marie Helene"));
    key(Qt::Key_Tab);
    keys(QStringLiteral("1960-12-24"));
    key(Qt::Key_Tab);
    keys(birthPlace);
    key(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isBusy(), Timeout);
}

// Ctrl+E; the dialog's proposed outcome; Tab, a note, Enter.
QString endCall(DeskWindow& window)
{
    if (!activate(window))
        return QStringLiteral("window not active");
    key(Qt::Key_E, Qt::ControlModifier);
    if (!QTest::qWaitFor(
            [&] { return window.callBar()->endCallDialog() && window.callBar()->endCallDialog()->isVisible(); }))
        return QStringLiteral("no dialog");
    EndCallDialog* dialog = window.callBar()->endCallDialog();
    const QString proposed = dialog->outcome();
    if (!QTest::qWaitFor([&] { return focused() == child<QComboBox>(dialog, "outcomeComboBox"); }))
        return QStringLiteral("outcome not focused");
    key(Qt::Key_Tab);
    keys(QStringLiteral("Done by keyboard"));
    key(Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return !window.controller()->inCall(); }, Timeout))
        return QStringLiteral("call not ended");
    return proposed;
}

QString storedOutcome(TestDatabase& db, qint64 callId)
{
    SqlQuery call(db.database().connection().value());
    if (call.prepare(QStringLiteral("SELECT outcome FROM calls WHERE id = :id")))
        return {};
    call.bind(QStringLiteral(":id"), callId);
    if (call.exec() || !call.next())
        return {};
    return call.value(QStringLiteral("outcome")).toString();
}

} // namespace

class TestDeskKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keyboardOnlyCallWithEmailChange_data() { TestDatabase::addEngineRows(); }
    void keyboardOnlyCallWithEmailChange();
    void proposedOutcome_data() { TestDatabase::addEngineRows(); }
    void proposedOutcome();
    void certifyAsksForAReason_data() { TestDatabase::addEngineRows(); }
    void certifyAsksForAReason();
    void supervisorTabsFromTable();
};

void TestDeskKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GuichetTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_deskkeyboard"));
    QSettings().clear();
    QVERIFY(PasswordHasher::initialize());
    qInfo("platform: %s", qPrintable(QGuiApplication::platformName()));
}

void TestDeskKeyboard::keyboardOnlyCallWithEmailChange()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    QVERIFY(seed(db.database(), false));
    Services services(db.database());
    const std::unique_ptr<DeskWindow> window = openDesk(services, QStringLiteral("alice"));
    QVERIFY(window);
    DeskController* desk = window->controller();
    auto* reason = child<QComboBox>(window.get(), "reasonComboBox");
    auto* nirEdit = window->callerPanel()->nirLineEdit();

    // The reason starts empty: Ctrl+N alone says to choose one and goes to the reason box.
    QCOMPARE(reason->currentIndex(), -1);
    key(Qt::Key_N, Qt::ControlModifier);
    QVERIFY(!desk->inCall());
    QCOMPARE(focused(), reason);
    QVERIFY(child<QLabel>(window.get(), "callErrorLabel")->isVisible());

    // Ctrl+N: the focus is on the number, so the digits typed at once are kept.
    startCall(*window, QStringLiteral("wrong_email"));
    QTRY_COMPARE(focused(), nirEdit);
    keys(MarieText);
    QCOMPARE(nirEdit->nir(), MarieNir);
    key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(desk->summary().has_value() && !desk->isBusy(), Timeout);

    // Answers typed, then Ctrl+L and a key: the caller and the answers stay until a new lookup.
    key(Qt::Key_I, Qt::ControlModifier);
    keys(QStringLiteral("Lefevre"));
    key(Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(focused(), nirEdit);
    keys(QStringLiteral("1"));
    QVERIFY(desk->summary().has_value());
    QVERIFY(window->callerPanel()->accountPanel()->isVisible());
    QCOMPARE(child<QLineEdit>(window.get(), "lastNameLineEdit")->text(), QStringLiteral("Lefevre"));
    // The same number again and Enter: still the same caller, answers kept.
    key(Qt::Key_L, Qt::ControlModifier);
    keys(MarieText);
    key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(desk->summary().has_value() && !desk->isBusy(), Timeout);
    QCOMPARE(child<QLineEdit>(window.get(), "lastNameLineEdit")->text(), QStringLiteral("Lefevre"));
    child<QLineEdit>(window.get(), "lastNameLineEdit")->clear();

    // The account panel is no empty Tab stop: from Look up, Tab never lands on its scroll area.
    QVERIFY(activate(*window));
    child<QPushButton>(window.get(), "lookupPushButton")->setFocus(Qt::TabFocusReason);
    key(Qt::Key_Tab);
    QVERIFY2(!qobject_cast<QScrollArea*>(focused()), qPrintable(focused()->objectName()));

    answer(*window, QStringLiteral("Marseille"));
    QVERIFY(desk->passIsFresh());

    // Ctrl+Shift+E, the new address, Enter.
    QSignalSpy finished(desk, &DeskController::actionFinished);
    key(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(window->actionsPanel()->reasonDialog() && window->actionsPanel()->reasonDialog()->isVisible());
    QTRY_COMPARE(focused(), child<QLineEdit>(window->actionsPanel()->reasonDialog(), "reasonLineEdit"));
    keys(NewEmail);
    key(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!desk->isBusy() && desk->summary()->emailChangePending, Timeout);

    // The mail service delivers the code (simulated as tst_deskactions does).
    QSqlDatabase connection = db.database().connection().value();
    Account account = AccountRepository(connection).findById(desk->summary()->accountId).value();
    account.emailCodeHash = CodeDigest::make(QStringLiteral("482913"));
    account.emailCodeExpiresAt = QDateTime::currentDateTimeUtc().addSecs(600);
    QVERIFY(!AccountRepository(connection).save(account, AccountRepository::Writer::MailService));

    // Tab from the e-mail action reaches the code field; the code, Enter: confirmed at the first try.
    QVERIFY(activate(*window));
    child<QPushButton>(window.get(), "changeEmailPushButton")->setFocus(Qt::TabFocusReason);
    key(Qt::Key_Tab);
    QCOMPARE(focused(), child<QLineEdit>(window.get(), "codeLineEdit"));
    keys(QStringLiteral("482913"));
    key(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, Timeout);
    QVERIFY2(finished.at(1).at(1).toBool(), qPrintable(finished.at(1).at(2).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!desk->isBusy(), Timeout);
    QCOMPARE(AccountRepository(connection).findById(account.id).value().email, NewEmail);

    // Ctrl+E proposes "resolved" (an action succeeded); the call ends with it.
    const qint64 callId = desk->callId();
    QCOMPARE(endCall(*window), QStringLiteral("resolved"));
    QVERIFY(!desk->inCall());
    QCOMPARE(storedOutcome(db, callId), QStringLiteral("resolved"));
    // The next call starts with no reason.
    QCOMPARE(reason->currentIndex(), -1);
}

void TestDeskKeyboard::proposedOutcome()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    QVERIFY(seed(db.database(), false));
    Services services(db.database());
    const std::unique_ptr<DeskWindow> window = openDesk(services, QStringLiteral("alice"));
    QVERIFY(window);
    DeskController* desk = window->controller();

    // A failed identity check and no pass: "caller_not_verified".
    startCall(*window, QStringLiteral("wrong_password_locked"));
    keys(MarieText);
    key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(desk->summary().has_value() && !desk->isBusy(), Timeout);
    answer(*window, QStringLiteral("Lyon"));
    QCOMPARE(desk->remainingAttempts(), 2);
    QCOMPARE(endCall(*window), QStringLiteral("caller_not_verified"));
    QVERIFY(!desk->inCall());

    // Verified, nothing done: "not_resolved".
    startCall(*window, QStringLiteral("wrong_password_locked"));
    keys(MarieText);
    key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(desk->summary().has_value() && !desk->isBusy(), Timeout);
    answer(*window, QStringLiteral("Marseille"));
    QVERIFY(desk->passIsFresh());
    QCOMPARE(endCall(*window), QStringLiteral("not_resolved"));
}

void TestDeskKeyboard::certifyAsksForAReason()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    QVERIFY(seed(db.database(), true));
    // Marie, not yet certified.
    QVERIFY(!db.database().write([](QSqlDatabase& connection) -> Error {
        SqlQuery query(connection);
        return query.exec(QStringLiteral("UPDATE persons SET certified = FALSE"));
    }));
    Services services(db.database());
    const std::unique_ptr<DeskWindow> window = openDesk(services, QStringLiteral("sophie"));
    QVERIFY(window);
    DeskController* desk = window->controller();
    startCall(*window, QStringLiteral("nir_refused"));
    keys(MarieText);
    key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(desk->summary().has_value() && !desk->isBusy(), Timeout);
    QVERIFY(!desk->summary()->certified);
    answer(*window, QStringLiteral("Marseille"));

    // Ctrl+Shift+T opens the reason dialog, which says what is compared; Escape does nothing.
    QSignalSpy started(desk, &DeskController::actionStarted);
    key(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(window->actionsPanel()->reasonDialog() && window->actionsPanel()->reasonDialog()->isVisible());
    ReasonDialog* dialog = window->actionsPanel()->reasonDialog();
    const QString details = child<QLabel>(dialog, "reasonDetailsLabel")->text();
    for (const char* field : {"last name", "first names", "birth date", "birth place", "national register"})
        QVERIFY2(details.contains(QLatin1String(field)), qPrintable(details));
    QVERIFY2(details.contains(MarieNir.formatted()), qPrintable(details));
    QVERIFY(TestSettle::worker(services.worker));
    QCOMPARE(started.count(), 0);
    QTRY_COMPARE(focused(), child<QLineEdit>(dialog, "reasonLineEdit"));
    key(Qt::Key_Escape);
    QTRY_VERIFY(!window->actionsPanel()->reasonDialog() || !window->actionsPanel()->reasonDialog()->isVisible());
    QCOMPARE(started.count(), 0);
    QVERIFY(!desk->summary()->certified);

    // Again, with a reason: certified, and the reason is in the audit trail.
    QVERIFY(activate(*window));
    QSignalSpy finished(desk, &DeskController::actionFinished);
    key(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(window->actionsPanel()->reasonDialog() && window->actionsPanel()->reasonDialog()->isVisible());
    QTRY_COMPARE(focused(), child<QLineEdit>(window->actionsPanel()->reasonDialog(), "reasonLineEdit"));
    keys(QStringLiteral("Registration refused on the portal"));
    key(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
    SqlQuery audit(db.database().connection().value());
    QVERIFY(!audit.exec(QStringLiteral("SELECT reason FROM audit_events WHERE action = 'certify'")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(QStringLiteral("reason")).toString(), QStringLiteral("Registration refused on the portal"));
}

void TestDeskKeyboard::supervisorTabsFromTable()
{
    GUICHET_TEST_DATABASE(db, QStringLiteral("sqlite"));
    QVERIFY(db.migrate());
    QVERIFY(seed(db.database(), true));
    Services services(db.database());
    const Result<AgentSession> session
        = services.auth.signIn(QStringLiteral("sophie"), Password, AgentAuthService::workstationName());
    QVERIFY(session.ok());
    SupervisorWindow window(db.database(), services.worker, session.value());
    window.show();
    QVERIFY(activate(window));
    QTabWidget* tabs = window.tabWidget();
    tabs->setCurrentIndex(0);
    auto* table = child<QTableView>(&window, "lockoutTableView");
    table->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE(focused(), table);
    key(Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    tabs->setCurrentIndex(0);
    table->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE(focused(), table);
    key(Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    tabs->setCurrentIndex(0);
    table->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE(focused(), table);
    key(Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), tabs->count() - 1);
}

QTEST_MAIN(TestDeskKeyboard)
#include "tst_deskkeyboard.moc"
