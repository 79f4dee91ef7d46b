// The desk window end to end, offscreen, on both engines: a whole call by keyboard alone, what the
// actions allow and when, roles, the screen lock, accessible names, the item models.
#include "accounts/AccountRepository.h"
#include "agents/AgentAuthService.h"
#include "common/NirLineEdit.h"
#include "common/SignInDialog.h"
#include "db/DatabaseWorker.h"
#include "db/SqlQuery.h"
#include "desk/AccountPanel.h"
#include "desk/ActionsPanel.h"
#include "desk/CallBar.h"
#include "desk/CallService.h"
#include "desk/CallerPanel.h"
#include "desk/CertificationService.h"
#include "desk/DeskController.h"
#include "desk/DeskWindow.h"
#include "desk/EarlierCallsModel.h"
#include "desk/EndCallDialog.h"
#include "desk/HelpdeskService.h"
#include "desk/ReasonDialog.h"
#include "desk/ScreenLock.h"
#include "desk/ShortcutsDialog.h"
#include "desk/VerificationPanel.h"
#include "identity/IdentityService.h"
#include "support/DeskFixture.h"
#include "support/TestDatabases.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextEdit>

namespace {

constexpr int Timeout = 10000;
using namespace DeskFixture;

// Every interactive control below root has an accessible name (the combo boxes' own popups are
// part of their combo box).
QStringList unnamedControls(QWidget* root)
{
    QStringList unnamed;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        bool insideCombo = false;
        for (QWidget* up = widget->parentWidget(); up && up != root; up = up->parentWidget())
            insideCombo = insideCombo || qobject_cast<QComboBox*>(up);
        if (insideCombo)
            continue;
        const bool interactive = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget)
            || qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractSpinBox*>(widget)
            || qobject_cast<QAbstractSlider*>(widget) || qobject_cast<QAbstractItemView*>(widget)
            || qobject_cast<QTextEdit*>(widget) || qobject_cast<QPlainTextEdit*>(widget);
        if (interactive && widget->accessibleName().isEmpty())
            unnamed << QStringLiteral("%1 (%2)").arg(widget->objectName(),
                                                     QLatin1String(widget->metaObject()->className()));
    }
    return unnamed;
}

} // namespace

class TestDeskWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keyboardOnlyCall_data() { TestDatabase::addEngineRows(); }
    void keyboardOnlyCall();
    void actionsWaitForVerification_data() { TestDatabase::addEngineRows(); }
    void actionsWaitForVerification();
    void certifyIsForSupervisors_data() { TestDatabase::addEngineRows(); }
    void certifyIsForSupervisors();
    void screenLock_data() { TestDatabase::addEngineRows(); }
    void screenLock();
    void earlierCallsModel();
};

void TestDeskWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GuichetTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_deskwindow"));
    QSettings().clear();
}

void TestDeskWindow::keyboardOnlyCall()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    QVERIFY(seed(db.database(), false));
    Services services(db.database());

    // Sign in: login, Tab, password, Enter.
    SignInDialog signIn(services.auth, services.worker);
    QVERIFY(unnamedControls(&signIn).isEmpty());
    QSignalSpy accepted(&signIn, &QDialog::accepted);
    signIn.open();
    QVERIFY(QTest::qWaitForWindowActive(&signIn));
    QCOMPARE(focused(), child<QLineEdit>(&signIn, "loginLineEdit"));
    keys(QStringLiteral("alice"));
    key(Qt::Key_Tab);
    keys(Password);
    key(Qt::Key_Return);
    QVERIFY(signIn.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, Timeout);
    QCOMPARE(signIn.session().login, QStringLiteral("alice"));

    DeskWindow window(services.desk(), signIn.session());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    DeskController* desk = window.controller();
    QVERIFY(child<QLabel>(&window, "agentLabel")->text().contains(QLatin1String("Alice Martin")));
    QVERIFY(child<QLabel>(&window, "agentLabel")->text().contains(QLatin1String("agent")));
    QAbstractItemModelTester tester(window.callerPanel()->accountPanel()->earlierCallsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Nothing about a caller outside a call.
    auto* nirEdit = window.callerPanel()->nirLineEdit();
    QVERIFY(!nirEdit->isEnabled());
    QVERIFY(nirEdit->toolTip().contains(QLatin1String("Start a call")));

    // Ctrl+R: the reason; Down to "wrong password / locked"; Ctrl+N starts the call.
    key(Qt::Key_R, Qt::ControlModifier);
    auto* reason = child<QComboBox>(&window, "reasonComboBox");
    QCOMPARE(focused(), reason);
    while (reason->currentData().toString() != QLatin1String("wrong_password_locked"))
        key(Qt::Key_Down);
    key(Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(desk->inCall(), Timeout);
    QVERIFY(nirEdit->isEnabled());
    QVERIFY(child<QLabel>(&window, "callTimerLabel")->text().contains(QLatin1Char(':')));

    // Ctrl+L, the number, Enter.
    key(Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(focused(), nirEdit);
    keys(MarieText);
    key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(desk->summary().has_value(), Timeout);
    AccountPanel* panel = window.callerPanel()->accountPanel();
    QCOMPARE(child<QLabel>(panel, "stateLabel")->text(), AccountPanel::stateTitle(Account::State::Locked));
    QVERIFY(!child<QPushButton>(&window, "unlockPushButton")->isEnabled());
    QCOMPARE(child<QPushButton>(&window, "unlockPushButton")->toolTip(),
             QStringLiteral("Verify the caller's identity first."));

    // Ctrl+I, the four answers, Enter.
    key(Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(focused(), child<QLineEdit>(&window, "lastNameLineEdit"));
    keys(QStringLiteral("lefevre d'arc"));
    key(Qt::Key_Tab);
    keys(QStringLiteral("Marie-Helene"));
    key(Qt::Key_Tab);
    keys(QStringLiteral("1960-12-24"));
    key(Qt::Key_Tab);
    keys(QStringLiteral("Marseille"));
    key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(desk->passIsFresh() && desk->summary() && desk->summary()->verified, Timeout);
    QVERIFY(child<QLabel>(&window, "verificationResultLabel")->text().contains(QLatin1String("verified")));
    QVERIFY(child<QLabel>(&window, "verificationCountdownLabel")->text().contains(QLatin1String("valid for 1")));
    QVERIFY(child<QPushButton>(&window, "unlockPushButton")->isEnabled());

    // Ctrl+Shift+U, a reason, Enter.
    key(Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(window.actionsPanel()->reasonDialog() && window.actionsPanel()->reasonDialog()->isVisible());
    QVERIFY(unnamedControls(window.actionsPanel()->reasonDialog()).isEmpty());
    QTRY_COMPARE(focused(), child<QLineEdit>(window.actionsPanel()->reasonDialog(), "reasonLineEdit"));
    keys(QStringLiteral("Holder verified on the phone"));
    QSignalSpy finished(desk, &DeskController::actionFinished);
    key(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    QVERIFY(finished.at(0).at(1).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(panel, "stateLabel")->text(), QStringLiteral("Active"), Timeout);
    QVERIFY(child<QLabel>(&window, "actionMessageLabel")->text().contains(QLatin1String("unlocked")));
    QVERIFY(!child<QPushButton>(&window, "unlockPushButton")->isEnabled());

    // Ctrl+E, outcome (first: resolved), Tab, note, Enter. (Offscreen, no window manager gives the
    // window back its activation when a dialog closes: the test does.)
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const qint64 callId = desk->callId();
    key(Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY(window.callBar()->endCallDialog() && window.callBar()->endCallDialog()->isVisible());
    QVERIFY(unnamedControls(window.callBar()->endCallDialog()).isEmpty());
    QTRY_COMPARE(focused(), child<QComboBox>(window.callBar()->endCallDialog(), "outcomeComboBox"));
    key(Qt::Key_Tab);
    keys(QStringLiteral("Unlocked after verification"));
    key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!desk->inCall(), Timeout);
    QVERIFY(!panel->isVisible());

    // What the model recorded.
    QSqlDatabase connection = db.database().connection().value();
    SqlQuery audit(connection);
    QVERIFY(!audit.exec(QStringLiteral("SELECT action, outcome FROM audit_events")));
    QStringList events;
    while (audit.next())
        events << audit.value(QStringLiteral("action")).toString() + QLatin1Char('=')
                + audit.value(QStringLiteral("outcome")).toString();
    QVERIFY2(events.contains(QStringLiteral("unlock=ok")), qPrintable(events.join(QLatin1Char(' '))));
    SqlQuery call(connection);
    QVERIFY(!call.prepare(QStringLiteral("SELECT outcome, note, ended_at FROM calls WHERE id = :id")));
    call.bind(QStringLiteral(":id"), callId);
    QVERIFY(!call.exec());
    QVERIFY(call.next());
    QCOMPARE(call.value(QStringLiteral("outcome")).toString(), QStringLiteral("resolved"));
    QCOMPARE(call.value(QStringLiteral("note")).toString(), QStringLiteral("Unlocked after verification"));
    QVERIFY(!call.value(QStringLiteral("ended_at")).isNull());

    // Accessible names all over the window, and a shortcuts dialog from F1.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY2(unnamedControls(&window).isEmpty(), qPrintable(unnamedControls(&window).join(QLatin1String(", "))));
    key(Qt::Key_F1);
    QTRY_VERIFY(window.shortcutsDialog() && window.shortcutsDialog()->isVisible());
    QVERIFY(unnamedControls(window.shortcutsDialog()).isEmpty());
    window.shortcutsDialog()->close();
}

void TestDeskWindow::actionsWaitForVerification()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    QVERIFY(seed(db.database(), false));
    Services services(db.database());
    const Result<AgentSession> session
        = services.auth.signIn(QStringLiteral("alice"), Password, AgentAuthService::workstationName());
    QVERIFY(session.ok());
    DeskWindow window(services.desk(), session.value());
    window.show();
    DeskController* desk = window.controller();
    const QList<QPushButton*> buttons{child<QPushButton>(&window, "unlockPushButton"),
                                      child<QPushButton>(&window, "reissuePushButton"),
                                      child<QPushButton>(&window, "changeEmailPushButton")};
    for (QPushButton* button : buttons) {
        QVERIFY(!button->isEnabled());
        QVERIFY(button->toolTip().contains(QLatin1String("Start a call")));
    }
    desk->startCall(QStringLiteral("wrong_password_locked"));
    QTRY_VERIFY_WITH_TIMEOUT(desk->inCall(), Timeout);
    desk->lookUp(MarieNir);
    QTRY_VERIFY_WITH_TIMEOUT(desk->summary().has_value(), Timeout);
    for (QPushButton* button : buttons) {
        QVERIFY(!button->isEnabled());
        QCOMPARE(button->toolTip(), QStringLiteral("Verify the caller's identity first."));
    }
    // Not found says so.
    QSignalSpy looked(desk, &DeskController::lookupFinished);
    desk->lookUp(Nir::parse(QStringLiteral("1 85 05 78 006 084 91")));
    QTRY_COMPARE_WITH_TIMEOUT(looked.count(), 1, Timeout);
    QCOMPARE(child<QLabel>(&window, "resultLabel")->text(), QStringLiteral("No insured person has this number."));
    desk->lookUp(MarieNir);
    QTRY_VERIFY_WITH_TIMEOUT(desk->summary().has_value(), Timeout);

    // Three wrong answers: nothing is possible any more.
    const CivilStatus wrong{Marie.lastName, Marie.firstNames, Marie.birthDate, QStringLiteral("Lyon")};
    for (int left = 2; left >= 0; --left) {
        desk->verify(wrong);
        QTRY_COMPARE_WITH_TIMEOUT(desk->remainingAttempts(), left, Timeout);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!desk->isBusy(), Timeout);
    QVERIFY(desk->verificationExhausted());
    for (QPushButton* button : buttons) {
        QVERIFY(!button->isEnabled());
        QVERIFY2(button->toolTip().contains(QLatin1String("no action is possible")), qPrintable(button->toolTip()));
    }
    QVERIFY(!child<QLineEdit>(&window, "lastNameLineEdit")->isEnabled());
    QVERIFY(child<QLabel>(&window, "verificationResultLabel")->text().contains(QLatin1String("no action is possible")));
    // The panel never shows the record's birth place.
    const QList<QLabel*> labels = window.findChildren<QLabel*>();
    for (const QLabel* label : labels)
        QVERIFY2(!label->text().contains(QLatin1String("Marseille")), qPrintable(label->text()));
}

void TestDeskWindow::certifyIsForSupervisors()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    QVERIFY(seed(db.database(), true));
    Services services(db.database());
    for (const QString& login : {QStringLiteral("alice"), QStringLiteral("sophie")}) {
        const Result<AgentSession> session = services.auth.signIn(login, Password, AgentAuthService::workstationName());
        QVERIFY(session.ok());
        DeskWindow window(services.desk(), session.value());
        window.show();
        const bool supervisor = login == QLatin1String("sophie");
        QCOMPARE(child<QPushButton>(&window, "certifyPushButton")->isVisibleTo(&window), supervisor);
        QCOMPARE(child<QAction>(&window, "certifyAction") != nullptr, supervisor);
        QVERIFY(child<QLabel>(&window, "agentLabel")
                    ->text()
                    .contains(supervisor ? QLatin1String("supervisor") : QLatin1String("agent")));
    }
}

void TestDeskWindow::screenLock()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    QVERIFY(seed(db.database(), false));
    Services services(db.database());
    const Result<AgentSession> session
        = services.auth.signIn(QStringLiteral("alice"), Password, AgentAuthService::workstationName());
    QVERIFY(session.ok());
    DeskWindow window(services.desk(), session.value());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    DeskController* desk = window.controller();
    desk->startCall(QStringLiteral("wrong_password_locked"));
    QTRY_VERIFY_WITH_TIMEOUT(desk->inCall(), Timeout);
    desk->lookUp(MarieNir);
    QTRY_VERIFY_WITH_TIMEOUT(desk->summary().has_value(), Timeout);
    AccountPanel* panel = window.callerPanel()->accountPanel();
    QVERIFY(panel->isVisible());

    // Idle: locks by itself; the account panel is hidden.
    ScreenLock* lock = window.screenLock();
    QCOMPARE(lock->idleTimeout(), std::chrono::milliseconds(std::chrono::minutes(5)));
    lock->setIdleTimeout(std::chrono::milliseconds(300));
    QTRY_VERIFY_WITH_TIMEOUT(lock->isLocked(), 3000);
    lock->setIdleTimeout(std::chrono::hours(1));
    QVERIFY(!panel->isVisible());
    QVERIFY(!window.callerPanel()->isVisible());
    QVERIFY(lock->isVisible());

    // A wrong password does not resume; the right one does, and the call is still open.
    QTRY_COMPARE(focused(), child<QLineEdit>(lock, "lockPasswordLineEdit"));
    keys(QStringLiteral("not-the-password"));
    key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(lock, "lockErrorLabel")->isVisible(), Timeout);
    QVERIFY(lock->isLocked());
    QVERIFY(!panel->isVisible());
    keys(Password);
    key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!lock->isLocked(), Timeout);
    QVERIFY(panel->isVisible());
    QVERIFY(desk->inCall());

    // Ctrl+Shift+L locks at once.
    key(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(lock->isLocked());
    QVERIFY(!panel->isVisible());
}

void TestDeskWindow::earlierCallsModel()
{
    EarlierCallsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(EarlierCallsModel::ColumnCount));
    const QDateTime when = QDateTime::currentDateTimeUtc();
    model.setCalls(
        {CallRecord{1, when, QStringLiteral("wrong_email"), QStringLiteral("resolved"), QStringLiteral("alice")},
         CallRecord{2, when.addDays(-3), QStringLiteral("other"), {}, QStringLiteral("bruno")}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, EarlierCallsModel::ReasonColumn).data().toString(),
             QStringLiteral("Wrong e-mail address given"));
    QCOMPARE(model.index(1, EarlierCallsModel::OutcomeColumn).data().toString(), QStringLiteral("Not ended"));
    QCOMPARE(model.index(1, EarlierCallsModel::AgentColumn).data().toString(), QStringLiteral("bruno"));
    QCOMPARE(model.index(0, 0).data(Qt::UserRole).toLongLong(), 1);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    model.setCalls({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestDeskWindow)
#include "tst_deskwindow.moc"
