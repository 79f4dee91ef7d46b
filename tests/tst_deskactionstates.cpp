// The desk's actions panel around the actions, offscreen, on both engines: the guided script's
// buttons, what stays disabled and why, and each field's text limit (TextLimits) against what the
// model accepts. tst_deskactions runs the actions themselves.
#include "accounts/AccountRepository.h"
#include "agents/AgentAuthService.h"
#include "common/NirLineEdit.h"
#include "core/Masking.h"
#include "core/PasswordHasher.h"
#include "core/TextLimits.h"
#include "db/DatabaseWorker.h"
#include "db/SqlQuery.h"
#include "desk/AccountLookupService.h"
#include "desk/AccountPanel.h"
#include "desk/ActionsPanel.h"
#include "desk/CallBar.h"
#include "desk/CallService.h"
#include "desk/CallerPanel.h"
#include "desk/CertificationService.h"
#include "desk/DeskController.h"
#include "desk/DeskWindow.h"
#include "desk/EndCallDialog.h"
#include "desk/HelpdeskService.h"
#include "desk/ReasonDialog.h"
#include "desk/ScriptPanel.h"
#include "identity/IdentityService.h"
#include "identity/PersonRepository.h"
#include "support/DeskActionsTesting.h"
#include "support/DeskFixture.h"
#include "support/TestDatabases.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace DeskActionsTesting;

class TestDeskActionStates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { prepare(QStringLiteral("tst_deskactionstates")); }
    void guidedScript_data() { TestDatabase::addEngineRows(); }
    void guidedScript();
    void disabledStates_data() { TestDatabase::addEngineRows(); }
    void disabledStates();
    void textLimits_data() { TestDatabase::addEngineRows(); }
    void textLimits();
};

void TestDeskActionStates::guidedScript()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    qint64 accountId = 0;
    QVERIFY(seed(db.database(), false, &accountId));
    Services services(db.database());
    const std::unique_ptr<DeskWindow> window = openDesk(services, QStringLiteral("alice"));
    QVERIFY(window);
    startAndLookUp(*window, QStringLiteral("password_not_received"), MarieText);

    // The script follows the call's reason: its steps, and one button per matching action.
    ScriptPanel* script = window->scriptPanel();
    QCOMPARE(script->currentReason(), QStringLiteral("password_not_received"));
    const QString steps = child<QLabel>(script, "scriptStepsLabel")->text();
    QVERIFY2(steps.contains(QLatin1String("The password did not arrive")), qPrintable(steps));
    QVERIFY2(steps.contains(QLatin1String("spam")), qPrintable(steps));
    const QList<QPushButton*> buttons = script->findChildren<QPushButton*>(QStringLiteral("scriptActionPushButton"));
    QCOMPARE(buttons.size(), 2);
    QPushButton* goToReissue = nullptr;
    for (QPushButton* button : buttons) {
        if (button->text() == QLatin1String("Go to: reissue a temporary password"))
            goToReissue = button;
    }
    QVERIFY(goToReissue);
    QVERIFY(goToReissue->isVisible());

    // Before the identity check it says what is missing instead, and opens nothing.
    QTest::mouseClick(goToReissue, Qt::LeftButton);
    QCOMPARE(strip(*window), QStringLiteral("Verify the caller's identity first."));
    QVERIFY(!window->actionsPanel()->reasonDialog());

    // Verified: it opens the reissue dialog, which does the reissue.
    verifyCaller(*window, Marie);
    QSignalSpy finished(window->controller(), &DeskController::actionFinished);
    QTest::mouseClick(goToReissue, Qt::LeftButton);
    ReasonDialog* dialog = window->actionsPanel()->reasonDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Reissue a temporary password"));
    QTRY_COMPARE(focused(), child<QLineEdit>(dialog, "reasonLineEdit"));
    keys(QStringLiteral("Nothing after 24 hours"));
    key(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    QCOMPARE(finished.at(0).at(0).value<DeskController::Action>(), DeskController::Action::Reissue);
    QVERIFY(finished.at(0).at(1).toBool());
    const QList<Mail> queued = mails(db, accountId);
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.at(0).kind, QStringLiteral("temporary_password"));
}

void TestDeskActionStates::disabledStates()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    qint64 accountId = 0;
    QVERIFY(seed(db.database(), false, &accountId));
    Services services(db.database());
    const std::unique_ptr<DeskWindow> window = openDesk(services, QStringLiteral("alice"));
    QVERIFY(window);
    DeskController* desk = window->controller();
    startAndLookUp(*window, QStringLiteral("wrong_password_locked"), MarieText);
    verifyCaller(*window, Marie);
    auto* unlock = child<QPushButton>(window.get(), "unlockPushButton");
    auto* confirm = child<QPushButton>(window.get(), "confirmCodePushButton");
    auto* codeEdit = child<QLineEdit>(window.get(), "codeLineEdit");

    // Verified, but the account is active: Unlock stays off and says why; its shortcut says so too.
    QVERIFY(child<QPushButton>(window.get(), "reissuePushButton")->isEnabled());
    QVERIFY(!unlock->isEnabled());
    QCOMPARE(unlock->toolTip(), QStringLiteral("The account is not locked."));
    key(Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(strip(*window), QStringLiteral("The account is not locked."));
    QVERIFY(!window->actionsPanel()->reasonDialog());

    // No change of address pending: the code cannot be confirmed.
    QVERIFY(!confirm->isEnabled());
    QVERIFY(!codeEdit->isEnabled());
    QCOMPARE(confirm->toolTip(), QStringLiteral("No change of address is waiting for its code."));
    QVERIFY(!child<QWidget>(window.get(), "codeRow")->isVisible());

    // A change pending: the field opens; the button waits for six digits.
    QSignalSpy finished(desk, &DeskController::actionFinished);
    desk->perform(DeskController::Action::ChangeEmail, QStringLiteral("marie.nouvelle@example.org"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    QVERIFY(finished.at(0).at(1).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(!desk->isBusy() && desk->summary()->emailChangePending, Timeout);
    QVERIFY(child<QWidget>(window.get(), "codeRow")->isVisible());
    QVERIFY(codeEdit->isEnabled());
    QVERIFY(!confirm->isEnabled());
    QVERIFY(activate(*window));
    codeEdit->setFocus(Qt::OtherFocusReason);
    keys(QStringLiteral("12345"));
    QVERIFY(!confirm->isEnabled());
    keys(QStringLiteral("6x7"));
    QCOMPARE(codeEdit->text(), QStringLiteral("123456")); // digits only, six at most
    QVERIFY(confirm->isEnabled());
    QCOMPARE(confirm->toolTip(), QStringLiteral("Applies the new e-mail address if the code is right."));
}

// Each field takes what the model accepts, from the one definition (TextLimits): the reason, the
// new address, the call's note; one character more is refused by the model.
void TestDeskActionStates::textLimits()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    qint64 accountId = 0;
    QVERIFY(seed(db.database(), false, &accountId));
    Services services(db.database());
    const std::unique_ptr<DeskWindow> window = openDesk(services, QStringLiteral("alice"));
    QVERIFY(window);
    startAndLookUp(*window, QStringLiteral("wrong_email"), MarieText);
    verifyCaller(*window, Marie);
    ActionsPanel* actions = window->actionsPanel();
    actions->trigger(DeskController::Action::Reissue);
    QTRY_VERIFY(actions->reasonDialog() && actions->reasonDialog()->isVisible());
    QCOMPARE(actions->reasonDialog()->maxLength(), TextLimits::Reason);
    actions->reasonDialog()->reject();
    QTRY_VERIFY(!actions->reasonDialog() || !actions->reasonDialog()->isVisible());
    actions->trigger(DeskController::Action::ChangeEmail);
    QTRY_VERIFY(actions->reasonDialog() && actions->reasonDialog()->isVisible());
    QCOMPARE(actions->reasonDialog()->maxLength(), TextLimits::EmailAddress);
    actions->reasonDialog()->reject();
    window->callBar()->requestEndCall();
    QTRY_VERIFY(window->callBar()->endCallDialog() && window->callBar()->endCallDialog()->isVisible());
    QCOMPARE(child<QLineEdit>(window->callBar()->endCallDialog(), "noteLineEdit")->maxLength(), TextLimits::CallNote);
    window->callBar()->endCallDialog()->reject();

    const AgentSession& session = window->controller()->session();
    const qint64 callId = window->controller()->callId();
    const Error tooLong
        = services.calls.endCall(session, callId, QStringLiteral("resolved"), QString(TextLimits::CallNote + 1, u'a'));
    QCOMPARE(tooLong.code(), ErrorCode::InvalidInput);
    QVERIFY(!services.calls.endCall(session, callId, QStringLiteral("resolved"), QString(TextLimits::CallNote, u'a')));
}

QTEST_MAIN(TestDeskActionStates)
#include "tst_deskactionstates.moc"
