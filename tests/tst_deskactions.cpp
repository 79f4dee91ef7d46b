// The desk's actions end to end, offscreen, on both engines, by keyboard where a real agent would use
// it: reissue, change of e-mail with its code, certification, two desks on one account. Each asserts
// on what the model recorded and on what the window shows. tst_deskactionstates has the guided
// script's buttons, what stays disabled and why, and the fields' text limits.
#include "accounts/AccountRepository.h"
#include "agents/AgentAuthService.h"
#include "common/NirLineEdit.h"
#include "core/CodeDigest.h"
#include "core/Masking.h"
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

class TestDeskActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { prepare(QStringLiteral("tst_deskactions")); }
    void reissue_data() { TestDatabase::addEngineRows(); }
    void reissue();
    void changeEmailWithCode_data() { TestDatabase::addEngineRows(); }
    void changeEmailWithCode();
    void certify_data() { TestDatabase::addEngineRows(); }
    void certify();
    void twoDesksOneAccount_data() { TestDatabase::addEngineRows(); }
    void twoDesksOneAccount();
};

void TestDeskActions::reissue()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    qint64 accountId = 0;
    QVERIFY(seed(db.database(), false, &accountId));
    Services services(db.database());
    const std::unique_ptr<DeskWindow> window = openDesk(services, QStringLiteral("alice"));
    QVERIFY(window);
    startAndLookUp(*window, QStringLiteral("password_and_secret_forgotten"), MarieText);
    verifyCaller(*window, Marie);
    auto* lastMail = child<QLabel>(window->callerPanel()->accountPanel(), "lastMailLabel");
    QVERIFY(!lastMail->isVisibleTo(window.get())); // no mail yet

    // Ctrl+Shift+R, a reason, Enter.
    runDialog(*window, Qt::Key_R, QStringLiteral("Password and secret answer forgotten"), true);

    const QList<Mail> queued = mails(db, accountId);
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.at(0).kind, QStringLiteral("temporary_password"));
    QCOMPARE(queued.at(0).recipient, MarieEmail);
    QVERIFY(queued.at(0).payloadNull); // the password is made at delivery, never stored
    QCOMPARE(queued.at(0).status, QStringLiteral("queued"));
    QVERIFY2(auditEvents(db).contains(QStringLiteral("alice:reissue=ok")), qPrintable(auditEvents(db).join(u' ')));
    QVERIFY2(strip(*window).contains(QLatin1String("new temporary password is on its way")),
             qPrintable(strip(*window)));

    // The panel reloaded: its last-mail row says the mail is waiting.
    QTRY_VERIFY_WITH_TIMEOUT(lastMail->isVisibleTo(window.get()), Timeout);
    QVERIFY2(lastMail->text().startsWith(QLatin1String("Temporary password: waiting to be sent")),
             qPrintable(lastMail->text()));
    QVERIFY(window->controller()->summary()->lastMail.has_value());
    // At once, before the mail leaves: where the new temporary password stands, with the time.
    auto* newTemporary = child<QLabel>(window->callerPanel()->accountPanel(), "newTemporaryLabel");
    QVERIFY(newTemporary);
    QVERIFY(newTemporary->isVisibleTo(window.get()));
    QVERIFY2(newTemporary->text().startsWith(QLatin1String("Queued at")), qPrintable(newTemporary->text()));
    QVERIFY(window->controller()->summary()->temporaryPasswordMail.has_value());
    render(window->callerPanel(), QStringLiteral("reissue-queued-") + engine);
}

void TestDeskActions::changeEmailWithCode()
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
    startAndLookUp(*window, QStringLiteral("wrong_email"), MarieText);
    verifyCaller(*window, Marie);
    auto* codeRow = child<QWidget>(window.get(), "codeRow");
    auto* codeEdit = child<QLineEdit>(window.get(), "codeLineEdit");
    QVERIFY(!codeRow->isVisible());

    // Ctrl+Shift+E, the new address, Enter: a code goes to it, nothing else changes yet.
    const QString newEmail = QStringLiteral("marie.nouvelle@example.org");
    runDialog(*window, Qt::Key_E, newEmail, true);
    QVERIFY2(strip(*window).contains(QLatin1String("6-digit code is on its way")), qPrintable(strip(*window)));
    Account account = storedAccount(db, accountId);
    QCOMPARE(account.pendingEmail, newEmail);
    QCOMPARE(account.email, MarieEmail);
    QList<Mail> queued = mails(db, accountId);
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.at(0).kind, QStringLiteral("email_confirmation"));
    QCOMPARE(queued.at(0).recipient, newEmail);
    QTRY_VERIFY_WITH_TIMEOUT(desk->summary()->emailChangePending && codeRow->isVisible(), Timeout);
    QVERIFY(child<QLabel>(window.get(), "emailChangeLabel")->isVisible());
    // The address awaiting its code, in clear for the verified caller (the agent reads it back)…
    QVERIFY2(child<QLabel>(window.get(), "emailChangeLabel")->text().contains(newEmail),
             qPrintable(child<QLabel>(window.get(), "emailChangeLabel")->text()));
    // …and masked like the current one for a desk that has not verified the caller.
    QSqlDatabase connection = db.database().connection().value();
    const Result<AccountSummary> unverified = AccountLookupService::summarize(connection, Nir::parse(MarieText), false);
    QVERIFY(unverified.ok());
    QVERIFY(unverified->emailChangePending);
    QCOMPARE(unverified->displayPendingEmail, Masking::email(newEmail));
    QVERIFY(!unverified->displayPendingEmail.contains(QLatin1String("nouvelle")));

    // The mail service's delivery, simulated: the code's hash lands on the account. The agent types
    // the code the caller reads without a new lookup: the delivery the desk asked for is no
    // conflict.
    account.emailCodeHash = CodeDigest::make(QStringLiteral("482913"));
    account.emailCodeExpiresAt = QDateTime::currentDateTimeUtc().addSecs(600);
    QVERIFY(
        !AccountRepository(db.database().connection().value()).save(account, AccountRepository::Writer::MailService));
    QVERIFY(activate(*window));

    // A wrong code: refused, counted, and the strip says how many attempts remain.
    QSignalSpy finished(desk, &DeskController::actionFinished);
    codeEdit->setFocus(Qt::OtherFocusReason);
    QCOMPARE(focused(), codeEdit);
    keys(QStringLiteral("000000"));
    key(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    QVERIFY(!finished.at(0).at(1).toBool());
    QVERIFY2(strip(*window).contains(QLatin1String("not the code")), qPrintable(strip(*window)));
    QVERIFY2(strip(*window).contains(QLatin1String("2 attempt")), qPrintable(strip(*window)));
    QCOMPARE(storedAccount(db, accountId).emailCodeAttempts, 1);
    QCOMPARE(storedAccount(db, accountId).email, MarieEmail);
    QTRY_VERIFY_WITH_TIMEOUT(!desk->isBusy(), Timeout);

    // The right code: the address changes, the old one gets a notice.
    QVERIFY(activate(*window));
    codeEdit->setFocus(Qt::OtherFocusReason);
    key(Qt::Key_A, Qt::ControlModifier);
    keys(QStringLiteral("482913"));
    QCOMPARE(codeEdit->text(), QStringLiteral("482913"));
    key(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, Timeout);
    QVERIFY2(finished.at(1).at(1).toBool(), qPrintable(finished.at(1).at(2).toString()));
    QVERIFY2(strip(*window).contains(QLatin1String("new address is confirmed")), qPrintable(strip(*window)));
    account = storedAccount(db, accountId);
    QCOMPARE(account.email, newEmail);
    QVERIFY(account.pendingEmail.isEmpty());
    queued = mails(db, accountId);
    QCOMPARE(queued.size(), 2);
    QCOMPARE(queued.at(1).kind, QStringLiteral("address_change_notice"));
    QCOMPARE(queued.at(1).recipient, MarieEmail);
    QTRY_VERIFY_WITH_TIMEOUT(!desk->isBusy() && !codeRow->isVisible(), Timeout);
    QVERIFY(codeEdit->text().isEmpty());
    QCOMPARE(desk->summary()->displayEmail, newEmail);
    const QStringList events = auditEvents(db);
    for (const QString& event : {QStringLiteral("alice:email_change=ok"), QStringLiteral("alice:email_confirm=ok"),
                                 QStringLiteral("alice:email_confirm=wrong_code")})
        QVERIFY2(events.contains(event), qPrintable(event + QStringLiteral(" not in ") + events.join(u' ')));
}

void TestDeskActions::certify()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    qint64 accountId = 0;
    QVERIFY(seed(db.database(), false, &accountId));
    // Two uncertified people: Paul matches the register, Léa differs from it by birth place.
    IdentityService identities(db.database());
    const Nir paul = Nir::parse(PaulText);
    const Nir lea = Nir::parse(LeaText);
    QVERIFY(!paul.isNull() && !lea.isNull());
    QVERIFY(identities.addRegisterEntry(paul, Paul).ok());
    QVERIFY(identities.addPerson(paul, Paul, false).ok());
    QVERIFY(identities
                .addRegisterEntry(lea, CivilStatus{Lea.lastName, Lea.firstNames, Lea.birthDate, QStringLiteral("Lyon")})
                .ok());
    QVERIFY(identities.addPerson(lea, Lea, false).ok());
    Services services(db.database());
    const std::unique_ptr<DeskWindow> window = openDesk(services, QStringLiteral("sophie"));
    QVERIFY(window);
    DeskController* desk = window->controller();
    auto* certification = child<QLabel>(window->callerPanel()->accountPanel(), "certificationLabel");
    auto* certifyButton = child<QPushButton>(window.get(), "certifyPushButton");

    // Paul: Ctrl+Shift+T asks for a reason (tst_deskkeyboard checks the dialog), Enter certifies him.
    startAndLookUp(*window, QStringLiteral("nir_refused"), PaulText);
    QCOMPARE(certification->text(), QStringLiteral("Not certified"));
    verifyCaller(*window, Paul);
    QVERIFY(certifyButton->isEnabled());
    QSignalSpy finished(desk, &DeskController::actionFinished);
    runDialog(*window, Qt::Key_T, QStringLiteral("Registration refused"), true);
    QCOMPARE(finished.count(), 1);
    QVERIFY2(strip(*window).contains(QLatin1String("The number is certified")), qPrintable(strip(*window)));
    QTRY_COMPARE_WITH_TIMEOUT(certification->text(), QStringLiteral("Certified"), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!desk->isBusy(), Timeout);
    QVERIFY(!certifyButton->isEnabled());
    QCOMPARE(certifyButton->toolTip(), QStringLiteral("The number is already certified."));
    const Person certified = PersonRepository(db.database().connection().value()).findByNir(paul).value();
    QVERIFY(certified.certified);
    QVERIFY(!certified.certificationRef.isEmpty());

    // Léa, in the same call: a new number, so a new identity check; the register differs.
    QVERIFY(activate(*window));
    key(Qt::Key_L, Qt::ControlModifier);
    keys(LeaText);
    key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(desk->summary() && desk->summary()->nir == lea && !desk->isBusy(), Timeout);
    QVERIFY(!desk->passIsFresh());
    QVERIFY(!certifyButton->isEnabled());
    verifyCaller(*window, Lea);
    runDialog(*window, Qt::Key_T, QStringLiteral("Registration refused"), false);
    QCOMPARE(finished.count(), 2);
    QVERIFY2(strip(*window).contains(QLatin1String("birth place")), qPrintable(strip(*window)));
    QVERIFY(!strip(*window).contains(QLatin1String("last name")));
    QVERIFY(!strip(*window).contains(QLatin1String("Lyon"))); // what the register holds is not shown
    QTRY_VERIFY_WITH_TIMEOUT(!desk->isBusy(), Timeout);
    QCOMPARE(certification->text(), QStringLiteral("Not certified"));
    const Person refused = PersonRepository(db.database().connection().value()).findByNir(lea).value();
    QVERIFY(!refused.certified);
    QVERIFY(refused.certificationRef.isEmpty());
    const QStringList events = auditEvents(db);
    QVERIFY2(events.contains(QStringLiteral("sophie:certify=ok")), qPrintable(events.join(u' ')));
    QVERIFY2(events.contains(QStringLiteral("sophie:certify=register_mismatch")), qPrintable(events.join(u' ')));
}

void TestDeskActions::twoDesksOneAccount()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    qint64 accountId = 0;
    QVERIFY(seed(db.database(), true, &accountId));
    Services services(db.database());
    const std::unique_ptr<DeskWindow> first = openDesk(services, QStringLiteral("alice"));
    const std::unique_ptr<DeskWindow> second = openDesk(services, QStringLiteral("sophie"));
    QVERIFY(first && second);
    for (DeskWindow* window : {first.get(), second.get()}) {
        startAndLookUp(*window, QStringLiteral("wrong_password_locked"), MarieText);
        verifyCaller(*window, Marie);
    }

    // The first desk unlocks (Ctrl+Shift+U).
    runDialog(*first, Qt::Key_U, QStringLiteral("Holder verified on the phone"), true);
    QCOMPARE(storedAccount(db, accountId).status, Account::Status::Active);

    // The second, which still shows the account locked, tries a reissue: refused, naming alice.
    QCOMPARE(second->controller()->summary()->state, Account::State::Locked);
    runDialog(*second, Qt::Key_R, QStringLiteral("Caller also forgot the password"), false);
    QVERIFY2(strip(*second).contains(QLatin1String("alice acted on this account from another desk meanwhile")),
             qPrintable(strip(*second)));
    QVERIFY(mails(db, accountId).isEmpty());
    QVERIFY2(auditEvents(db).contains(QStringLiteral("sophie:reissue=conflict")),
             qPrintable(auditEvents(db).join(u' ')));

    // It reloaded by itself: the account shows as the first desk left it, and the reissue goes through.
    QTRY_COMPARE_WITH_TIMEOUT(second->controller()->summary()->state, Account::State::Active, Timeout);
    QCOMPARE(child<QLabel>(second->callerPanel()->accountPanel(), "stateLabel")->text(),
             AccountPanel::stateTitle(Account::State::Active));
    runDialog(*second, Qt::Key_R, QStringLiteral("Caller also forgot the password"), true);
    const QList<Mail> queued = mails(db, accountId);
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.at(0).kind, QStringLiteral("temporary_password"));
    QVERIFY2(auditEvents(db).contains(QStringLiteral("sophie:reissue=ok")), qPrintable(auditEvents(db).join(u' ')));
}

QTEST_MAIN(TestDeskActions)
#include "tst_deskactions.moc"
