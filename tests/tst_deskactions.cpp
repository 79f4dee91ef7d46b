// The desk's actions end to end, offscreen, on both engines, by keyboard where a real agent would use
// it: reissue, change of e-mail with its code, certification, two desks on one account, the guided
// script's buttons, and what stays disabled and why. Each asserts on what the model recorded and on
// what the window shows.
#include "AccountLookupService.h"
#include "AccountPanel.h"
#include "AccountRepository.h"
#include "ActionsPanel.h"
#include "AgentAuthService.h"
#include "CallBar.h"
#include "CallService.h"
#include "CallerPanel.h"
#include "CertificationService.h"
#include "DatabaseWorker.h"
#include "DeskController.h"
#include "DeskFixture.h"
#include "DeskWindow.h"
#include "EndCallDialog.h"
#include "HelpdeskService.h"
#include "IdentityService.h"
#include "Masking.h"
#include "NirLineEdit.h"
#include "PasswordHasher.h"
#include "PersonRepository.h"
#include "ReasonDialog.h"
#include "ScriptPanel.h"
#include "SqlQuery.h"
#include "TestDatabases.h"
#include "TextLimits.h"

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

namespace {

using namespace DeskFixture;

constexpr int Timeout = 10000;

// What the agent sees, as a picture beside the test executable (desk-screens/).
void render(QWidget* widget, const QString& name)
{
    QTest::qWait(100); // the layouts settle
    const QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/desk-screens");
    QDir().mkpath(folder);
    QVERIFY(widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png")));
}
const QString MarieEmail = QStringLiteral("marie.lefevre@example.org");
const QString PaulText = QStringLiteral("1 72 08 99 350 017 44");
const CivilStatus Paul{QStringLiteral("N'Diaye"), QStringLiteral("Moussa"), QDate(1972, 8, 30),
                       QStringLiteral("Maroc")};
const QString LeaText = QStringLiteral("2 85 03 75 106 042");
const CivilStatus Lea{QStringLiteral("Girard"), QStringLiteral("Léa"), QDate(1985, 3, 3), QStringLiteral("Paris")};

// Marie, certified, with an account (locked or active); alice (agent) and sophie (supervisor).
// Two agents only: each costs an Argon2id hash.
bool seed(Database& database, bool locked, qint64* accountId)
{
    IdentityService identities(database);
    const Nir nir = Nir::parse(MarieText);
    if (!identities.addRegisterEntry(nir, Marie).ok())
        return false;
    const Result<qint64> person = identities.addPerson(nir, Marie, true);
    if (!person)
        return false;
    Account account;
    account.personId = person.value();
    account.email = MarieEmail;
    account.status = locked ? Account::Status::Locked : Account::Status::Active;
    account.failedAttempts = locked ? 5 : 0;
    if (locked)
        account.lockedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    account.passwordHash = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g");
    const Error error = database.write([&](QSqlDatabase& db) -> Error {
        const Result<qint64> id = AccountRepository(db).add(account);
        if (!id)
            return id.error();
        *accountId = id.value();
        if (!locked)
            return {};
        SqlQuery lockout(db);
        if (Error e = lockout.prepare(QStringLiteral("INSERT INTO lockout_events (account_id, locked_at, "
                                                     "failed_attempts) VALUES (:a, :t, 5)")))
            return e;
        lockout.bind(QStringLiteral(":a"), id.value());
        lockout.bind(QStringLiteral(":t"), database.dialect().toSql(account.lockedAt));
        return lockout.exec();
    });
    if (error)
        return false;
    AgentAuthService auth(database);
    return auth.addAgent(AgentSession(), QStringLiteral("alice"), QStringLiteral("Alice Martin"), Agent::Role::Agent,
                         Password)
        && auth.addAgent(AgentSession(), QStringLiteral("sophie"), QStringLiteral("Sophie Roux"),
                         Agent::Role::Supervisor, Password);
}

QString strip(DeskWindow& window)
{
    return child<QLabel>(&window, "actionMessageLabel")->text();
}

std::unique_ptr<DeskWindow> openDesk(Services& services, const QString& login)
{
    const Result<AgentSession> session = services.auth.signIn(login, Password, AgentAuthService::workstationName());
    if (!session)
        return nullptr;
    auto window = std::make_unique<DeskWindow>(services.desk(), session.value());
    window->show();
    return QTest::qWaitForWindowActive(window.get()) ? std::move(window) : nullptr;
}

// Ctrl+R and Down to the reason, Ctrl+N; Ctrl+L, the number, Enter.
void startAndLookUp(DeskWindow& window, const QString& reason, const QString& nir)
{
    QVERIFY(activate(window));
    key(Qt::Key_R, Qt::ControlModifier);
    auto* combo = child<QComboBox>(&window, "reasonComboBox");
    QCOMPARE(focused(), combo);
    QVERIFY(combo->findData(reason) >= 0);
    key(Qt::Key_Home);
    while (combo->currentData().toString() != reason)
        key(Qt::Key_Down);
    key(Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->inCall(), Timeout);
    key(Qt::Key_L, Qt::ControlModifier);
    keys(nir);
    key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->summary().has_value() && !window.controller()->isBusy(), Timeout);
}

// What the caller answers, as an agent's keyboard types it (QTest types ASCII only): "Lefevre".
QString typed(const QString& text)
{
    QString ascii;
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    for (const QChar c : decomposed) {
        if (c.unicode() < 128)
            ascii += c;
    }
    return ascii;
}

// Ctrl+I, the four answers, Enter.
void verifyCaller(DeskWindow& window, const CivilStatus& answers)
{
    QVERIFY(activate(window));
    key(Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(focused(), child<QLineEdit>(&window, "lastNameLineEdit"));
    keys(typed(answers.lastName));
    key(Qt::Key_Tab);
    keys(typed(answers.firstNames));
    key(Qt::Key_Tab);
    keys(answers.birthDate.toString(Qt::ISODate));
    key(Qt::Key_Tab);
    keys(typed(answers.birthPlace));
    key(Qt::Key_Return);
    DeskController* desk = window.controller();
    QTRY_VERIFY_WITH_TIMEOUT(desk->passIsFresh() && desk->summary() && desk->summary()->verified && !desk->isBusy(),
                             Timeout);
}

// The action's shortcut opens its dialog; the text, Enter; waits for the answer.
void runDialog(DeskWindow& window, Qt::Key shortcut, const QString& text, bool expectOk)
{
    QVERIFY(activate(window));
    QSignalSpy finished(window.controller(), &DeskController::actionFinished);
    key(shortcut, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(window.actionsPanel()->reasonDialog() && window.actionsPanel()->reasonDialog()->isVisible());
    QTRY_COMPARE(focused(), child<QLineEdit>(window.actionsPanel()->reasonDialog(), "reasonLineEdit"));
    keys(text);
    key(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    QVERIFY2(finished.at(0).at(1).toBool() == expectOk, qPrintable(finished.at(0).at(2).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isBusy(), Timeout); // the reload after the answer
}

struct Mail
{
    QString kind;
    QString recipient;
    bool payloadNull = false;
    QString status;
};

QList<Mail> mails(TestDatabase& db, qint64 accountId)
{
    QList<Mail> result;
    SqlQuery query(db.database().connection().value());
    if (query.prepare(QStringLiteral("SELECT kind, recipient, payload, status FROM mail_outbox WHERE account_id = :a "
                                     "ORDER BY id")))
        return result;
    query.bind(QStringLiteral(":a"), accountId);
    if (query.exec())
        return result;
    while (query.next())
        result.append(
            {query.value(QStringLiteral("kind")).toString(), query.value(QStringLiteral("recipient")).toString(),
             query.value(QStringLiteral("payload")).isNull(), query.value(QStringLiteral("status")).toString()});
    return result;
}

// "login:action=outcome" for every audit event, oldest first.
QStringList auditEvents(TestDatabase& db)
{
    QStringList events;
    SqlQuery query(db.database().connection().value());
    if (query.exec(QStringLiteral("SELECT agent_login, action, outcome FROM audit_events ORDER BY id")))
        return events;
    while (query.next())
        events << query.value(QStringLiteral("agent_login")).toString() + QLatin1Char(':')
                + query.value(QStringLiteral("action")).toString() + QLatin1Char('=')
                + query.value(QStringLiteral("outcome")).toString();
    return events;
}

Account storedAccount(TestDatabase& db, qint64 id)
{
    return AccountRepository(db.database().connection().value()).findById(id).value();
}

} // namespace

class TestDeskActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reissue_data() { TestDatabase::addEngineRows(); }
    void reissue();
    void changeEmailWithCode_data() { TestDatabase::addEngineRows(); }
    void changeEmailWithCode();
    void certify_data() { TestDatabase::addEngineRows(); }
    void certify();
    void twoDesksOneAccount_data() { TestDatabase::addEngineRows(); }
    void twoDesksOneAccount();
    void guidedScript_data() { TestDatabase::addEngineRows(); }
    void guidedScript();
    void disabledStates_data() { TestDatabase::addEngineRows(); }
    void disabledStates();
    void textLimits_data() { TestDatabase::addEngineRows(); }
    void textLimits();
};

void TestDeskActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GuichetTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_deskactions"));
    QSettings().clear();
    QVERIFY(PasswordHasher::initialize());
}

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
    account.emailCodeHash = PasswordHasher::hash(QStringLiteral("482913"));
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

void TestDeskActions::guidedScript()
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

void TestDeskActions::disabledStates()
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
void TestDeskActions::textLimits()
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

QTEST_MAIN(TestDeskActions)
#include "tst_deskactions.moc"
