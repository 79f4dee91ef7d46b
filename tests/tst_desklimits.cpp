// The desk's side of issue I's limits, offscreen, on both engines: a person's identity checks
// limited across calls and agents (the refusal's words on screen, the fields closed), the pending
// idempotency key dropped for another caller, and a session refused once an administrator
// disabled the agent (the window goes as for an ended session).
#include "core/PortalPolicy.h"
#include "support/DeskActionsTesting.h"

#include "supervision/SupervisionFlagsPanel.h"
#include "support/TestAgents.h"
#include "text/ErrorText.h"
#include <QTableWidget>

using namespace DeskActionsTesting;

namespace {

const CivilStatus WrongMarie{QStringLiteral("Martin"), Marie.firstNames, Marie.birthDate, Marie.birthPlace};

// Paul, certified, with an active account.
bool addPaul(Database& database)
{
    const Nir nir = Nir::parse(PaulText);
    const Result<qint64> person = IdentityService(database).addPerson(nir, Paul, true);
    if (!person)
        return false;
    Account account;
    account.personId = person.value();
    account.email = QStringLiteral("moussa.ndiaye@example.org");
    account.status = Account::Status::Active;
    account.passwordHash = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g");
    return !database.write([&](QSqlDatabase& db) { return AccountRepository(db).add(account).error(); });
}

// Ctrl+L, the number, Enter; waits for its summary.
void lookUp(DeskWindow& window, const QString& nir)
{
    QVERIFY(activate(window));
    key(Qt::Key_L, Qt::ControlModifier);
    keys(nir);
    key(Qt::Key_Return);
    const Nir wanted = Nir::parse(nir);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->summary().has_value() && window.controller()->summary()->nir == wanted
                                 && !window.controller()->isBusy(),
                             Timeout);
}

// Ctrl+I, the four answers, Enter; waits for the answer (whatever it is).
void answer(DeskWindow& window, const CivilStatus& answers)
{
    QVERIFY(activate(window));
    QSignalSpy finished(window.controller(), &DeskController::verificationFinished);
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
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isBusy(), Timeout);
}

bool renameTable(Database& database, const QString& from, const QString& to)
{
    return !database.write([&](QSqlDatabase& db) {
        return SqlQuery(db).exec(QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(from, to));
    });
}

} // namespace

class TestDeskLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { prepare(QStringLiteral("tst_desklimits")); }
    void identityChecksLimited_data() { TestDatabase::addEngineRows(); }
    void identityChecksLimited();
    void anotherCallerGetsANewKey_data() { TestDatabase::addEngineRows(); }
    void anotherCallerGetsANewKey();
    void disabledAgentSessionEnds_data() { TestDatabase::addEngineRows(); }
    void disabledAgentSessionEnds();
    void flaggedToSupervisors_data() { TestDatabase::addEngineRows(); }
    void flaggedToSupervisors();
};

// Marie failed 4 checks with other agents today; alice's desk: one more failure reaches the limit
// (said at once), then the right answers are refused with the refusal's words, and the fields close.
void TestDeskLimits::identityChecksLimited()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    qint64 accountId = 0;
    QVERIFY(seed(db.database(), false, &accountId));
    const AgentSession bruno = TestAgents::addAgent(db.database(), QStringLiteral("bruno"));
    CallService calls(db.database());
    qint64 call = 0;
    for (int i = 0; i < PortalPolicy::IdentityCheckMaxFailuresPerPerson - 1; ++i) {
        if (i % PortalPolicy::VerificationMaxFailures == 0) {
            call = calls.startCall(bruno, QStringLiteral("other")).value();
            QVERIFY(calls.lookup(bruno, call, MarieNir).ok());
        }
        QVERIFY(!calls.verify(bruno, call, WrongMarie)->verified);
    }

    Services services(db.database());
    const std::unique_ptr<DeskWindow> window = openDesk(services, QStringLiteral("alice"));
    QVERIFY(window);
    startAndLookUp(*window, QStringLiteral("wrong_password_locked"), MarieText);
    auto* result = child<QLabel>(window.get(), "verificationResultLabel");
    const QString limited = ErrorText::error(Error(ErrorCode::IdentityChecksLimited));

    answer(*window, WrongMarie); // the 5th failure of the day: the limit
    QVERIFY2(result->text().contains(limited), qPrintable(result->text()));
    QVERIFY(window->controller()->identityChecksLimited());
    auto* lastName = child<QLineEdit>(window.get(), "lastNameLineEdit");
    QVERIFY(!lastName->isEnabled());
    QCOMPARE(lastName->toolTip(), limited);
    QVERIFY(!child<QPushButton>(window.get(), "verifyPushButton")->isEnabled());
    render(window.get(), QStringLiteral("identity-checks-limited-") + engine);

    // Another desk tries the right answers: refused, the same words; audited.
    const std::unique_ptr<DeskWindow> other = openDesk(services, QStringLiteral("sophie"));
    QVERIFY(other);
    startAndLookUp(*other, QStringLiteral("other"), MarieText);
    answer(*other, Marie);
    auto* otherResult = child<QLabel>(other.get(), "verificationResultLabel");
    QVERIFY2(otherResult->text().contains(limited), qPrintable(otherResult->text()));
    QVERIFY(!other->controller()->passIsFresh());
    QVERIFY(!other->controller()->summary()->verified);
    QVERIFY2(auditEvents(db).contains(QStringLiteral("sophie:identity_check_limit=identity_checks_limited")),
             qPrintable(auditEvents(db).join(u' ')));
    QVERIFY(auditEvents(db).contains(QStringLiteral("alice:identity_check_limit=ok")));
}

// A reissue that failed in a way that may be retried keeps its key for the same caller; looking up
// another caller drops it: their reissue gets a key of its own.
void TestDeskLimits::anotherCallerGetsANewKey()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    qint64 accountId = 0;
    QVERIFY(seed(db.database(), false, &accountId));
    QVERIFY(addPaul(db.database()));
    Services services(db.database());
    const std::unique_ptr<DeskWindow> window = openDesk(services, QStringLiteral("alice"));
    QVERIFY(window);
    DeskController* desk = window->controller();
    startAndLookUp(*window, QStringLiteral("password_and_secret_forgotten"), MarieText);
    verifyCaller(*window, Marie);

    // The mail table away: the reissue fails as the database may fail, the key is kept for a retry.
    QVERIFY(renameTable(db.database(), QStringLiteral("mail_outbox"), QStringLiteral("mail_outbox_away")));
    runDialog(*window, Qt::Key_R, QStringLiteral("Forgotten"), false);
    QVERIFY(renameTable(db.database(), QStringLiteral("mail_outbox_away"), QStringLiteral("mail_outbox")));
    const QString kept = desk->pendingKey(DeskController::Action::Reissue);
    QVERIFY(!kept.isEmpty());

    // The same caller looked up again: the same key.
    lookUp(*window, MarieText);
    QCOMPARE(desk->pendingKey(DeskController::Action::Reissue), kept);

    // Another caller: the key is gone; their reissue has its own.
    lookUp(*window, PaulText);
    QVERIFY(desk->pendingKey(DeskController::Action::Reissue).isEmpty());
    verifyCaller(*window, Paul);
    runDialog(*window, Qt::Key_R, QStringLiteral("Forgotten"), true);
    SqlQuery keys(db.database().connection().value());
    QVERIFY(!keys.exec(QStringLiteral("SELECT idempotency_key FROM operation_requests")));
    int stored = 0;
    while (keys.next()) {
        ++stored;
        QVERIFY(keys.value(QStringLiteral("idempotency_key")).toString() != kept);
    }
    QCOMPARE(stored, 1);
}

// alice signed in, a call open; an administrator disables her: her next action is refused, and the
// desk ends the session (the call interrupted, the window closed, the words on the sign-in).
void TestDeskLimits::disabledAgentSessionEnds()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    qint64 accountId = 0;
    QVERIFY(seed(db.database(), true, &accountId));
    Services services(db.database());
    const std::unique_ptr<DeskWindow> window = openDesk(services, QStringLiteral("alice"));
    QVERIFY(window);
    startAndLookUp(*window, QStringLiteral("wrong_password_locked"), MarieText);
    const qint64 call = window->controller()->callId();
    QVERIFY(!services.auth.setAgentActive(AgentSession(), QStringLiteral("alice"), false));

    QSignalSpy refused(window.get(), &DeskWindow::sessionRefused);
    QVERIFY(activate(*window));
    key(Qt::Key_I, Qt::ControlModifier);
    keys(typed(Marie.lastName));
    key(Qt::Key_Tab);
    keys(typed(Marie.firstNames));
    key(Qt::Key_Tab);
    keys(Marie.birthDate.toString(Qt::ISODate));
    key(Qt::Key_Tab);
    keys(typed(Marie.birthPlace));
    key(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, Timeout);
    QCOMPARE(refused.at(0).at(0).toString(), ErrorText::error(Error(ErrorCode::AgentDisabled)));
    QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), Timeout);
    QVERIFY(!window->controller()->inCall());
    QVERIFY(!window->controller()->summary());
    QVERIFY(auditEvents(db).contains(QStringLiteral("alice:verify=agent_disabled")));
    // The call ended as interrupted (the worker closes it).
    const auto interrupted = [&] {
        SqlQuery ended(db.database().connection().value());
        if (ended.prepare(QStringLiteral("SELECT outcome FROM calls WHERE id = :id")))
            return false;
        ended.bind(QStringLiteral(":id"), call);
        return !ended.exec() && ended.next()
            && ended.value(QStringLiteral("outcome")).toString() == QLatin1String("interrupted");
    };
    QTRY_VERIFY_WITH_TIMEOUT(interrupted(), Timeout);
}

// The supervisor's flags panel lists the person whose checks are limited, by masked number, with
// the failures and the refusals; the row opens the account's events.
void TestDeskLimits::flaggedToSupervisors()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    qint64 accountId = 0;
    QVERIFY(seed(db.database(), false, &accountId));
    const AgentSession bruno = TestAgents::addAgent(db.database(), QStringLiteral("bruno"));
    const AgentSession chef = TestAgents::addAgent(db.database(), QStringLiteral("chef"), Agent::Role::Supervisor);
    CallService calls(db.database());
    qint64 call = 0;
    for (int i = 0; i <= PortalPolicy::IdentityCheckMaxFailuresPerPerson; ++i) {
        if (i % PortalPolicy::VerificationMaxFailures == 0) {
            call = calls.startCall(bruno, QStringLiteral("other")).value();
            QVERIFY(calls.lookup(bruno, call, MarieNir).ok());
        }
        const Result<CallService::Verification> checked = calls.verify(bruno, call, WrongMarie);
        QCOMPARE(checked.ok(), i < PortalPolicy::IdentityCheckMaxFailuresPerPerson); // the last one refused
    }

    DatabaseWorker worker(db.database());
    SupervisionFlagsPanel panel(db.database(), worker, chef);
    panel.resize(1000, 760);
    panel.show();
    QSignalSpy opened(&panel, &SupervisionFlagsPanel::accountRequested);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    panel.setPeriod(now.addDays(-1), now.addSecs(3600));
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), Timeout);
    QVERIFY2(panel.messageLabel()->text().isEmpty(), qPrintable(panel.messageLabel()->text()));
    QTableWidget* table = panel.identityChecksTable();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), Masking::nir(MarieNir.digits()));
    QCOMPARE(table->item(0, 1)->text(), QString::number(PortalPolicy::IdentityCheckMaxFailuresPerPerson));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("1"));
    QVERIFY(!table->accessibleDescription().isEmpty());
    render(&panel, QStringLiteral("flags-identity-checks-") + engine);
    Q_EMIT table->activated(table->model()->index(0, 0));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), accountId);
}

QTEST_MAIN(TestDeskLimits)
#include "tst_desklimits.moc"
