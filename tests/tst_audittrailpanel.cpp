// The supervisor's audit trail and flags in words (issue G item 8), offscreen, on both engines:
// every stored code (action, outcome, refusal, role, key=value detail) reaches the supervisor in
// words, dates as the other tabs show them, accounts as masked NIRs that open the account's events
// (here and from the flags tab), the action filter with every action; a French picture.
#include "accounts/AccountRepository.h"
#include "accounts/LockoutRepository.h"
#include "agents/AgentRepository.h"
#include "audit/AuditLog.h"
#include "core/Masking.h"
#include "db/DatabaseWorker.h"
#include "desk/CallService.h"
#include "identity/PersonRepository.h"
#include "supervision/AuditText.h"
#include "supervision/AuditTrailPanel.h"
#include "supervision/AuditTrailTableModel.h"
#include "supervision/PeriodSelector.h"
#include "supervision/SupervisionFlagsPanel.h"
#include "supervision/SupervisorWindow.h"
#include "support/SupervisionSeed.h"
#include "support/TestAccounts.h"
#include "support/TestAgents.h"
#include "support/TestDatabases.h"
#include "support/TestLanguage.h"
#include "support/TestSettle.h"
#include "text/ErrorText.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

namespace {

constexpr int Timeout = 15000;

// Account n's holder: a man born in 1980, order n (what Masking::nir leaves: "1 80 …").
Nir holderNir(int n)
{
    return Nir::parse(QStringLiteral("1800175056%1").arg(n, 3, 10, QLatin1Char('0')));
}

using SupervisionSeed::Fixture;
using SupervisionSeed::localNoon;
using SupervisionSeed::lockAndUnlock;

// A call of alice's (its reason and outcome are codes); account 1 locked three times in the last
// days (flagged: unlocked by alice, by bob, then still locked), account 2 locked and unlocked by
// alice; the unlocks' audit events.
bool seed(Database& database, Fixture* f)
{
    if (!SupervisionSeed::addPeople(database, f, 3, 7))
        return false;
    const QDate d5 = f->lastDay.addDays(-5), d3 = f->lastDay.addDays(-3), d1 = f->lastDay.addDays(-1);

    CallService calls(database);
    const Result<qint64> call = calls.startCall(f->alice, QStringLiteral("wrong_password_locked"), localNoon(d3));
    if (!call || calls.endCall(f->alice, call.value(), QStringLiteral("resolved"), {}, localNoon(d3).addSecs(210)))
        return false;
    return !database.write([&](QSqlDatabase& db) -> Error {
        if (Error e = lockAndUnlock(db, f->accounts.at(0), localNoon(d5), &f->alice, QStringLiteral("forgot")))
            return e;
        if (Error e = lockAndUnlock(db, f->accounts.at(0), localNoon(d3), &f->bob, QStringLiteral("caller verified")))
            return e;
        if (Error e = lockAndUnlock(db, f->accounts.at(0), localNoon(d1)))
            return e;
        return lockAndUnlock(db, f->accounts.at(1), localNoon(d3).addSecs(-60), &f->alice,
                             QStringLiteral("on the phone"));
    });
}

} // namespace

class TestAuditTrailPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void auditTrailInWords_data() { TestDatabase::addEngineRows(); }
    void auditTrailInWords();
    void flagsShowAndOpenAccounts_data() { TestDatabase::addEngineRows(); }
    void flagsShowAndOpenAccounts();
};

// Every code the trail stores (actions, outcomes, refusals, roles, key=value details) reaches the
// supervisor in words; dates as the other tabs show them; accounts as masked NIRs, which open that
// account's events (Enter, and back with "All accounts"); the action filter offers every action.
void TestAuditTrailPanel::auditTrailInWords()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Fixture f;
    QVERIFY(seed(db.database(), &f));
    const qint64 account = f.accounts.at(1);
    QVERIFY(!db.database().write([&](QSqlDatabase& connection) -> Error {
        AuditLog log(connection);
        AuditEntry mail;
        mail.agentLogin = QStringLiteral("mailer");
        mail.agentRole = QStringLiteral("system");
        mail.workstation = QStringLiteral("relay-host");
        mail.action = AuditActions::code(AuditAction::MailSent);
        mail.accountId = account;
        mail.reason = QStringLiteral("temporary_password");
        mail.outcome = AuditActions::code(AuditOutcome::Ok);
        const QList<AuditEntry> entries{
            mail,
            f.alice.auditEntry(AuditAction::AgentSignIn, 0, 0, AuditActions::code(AuditOutcome::WrongPassword)),
            f.alice.auditEntry(AuditAction::Reissue, 0, account, Error::codeName(ErrorCode::Conflict)),
            f.sophie.auditEntry(AuditAction::HistoryList, 0, 0, AuditActions::code(AuditOutcome::Ok),
                                QStringLiteral("from=2026-12-01T00:00:00Z;state=locked;nir=yes")),
        };
        for (const AuditEntry& entry : entries) {
            if (Error e = log.append(entry).error())
                return e;
        }
        return {};
    }));
    DatabaseWorker worker(db.database());
    SupervisorWindow window(db.database(), worker, f.sophie);
    AuditTrailPanel* panel = window.auditTrailPanel();
    AuditTrailTableModel* model = panel->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.periodSelector()->setPeriod(f.firstDay, f.lastDay);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.tabWidget()->setCurrentWidget(panel);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 9 && !panel->isBusy(), Timeout);

    QStringList codes;
    for (const AuditAction action : AuditActions::all())
        codes << AuditActions::code(action);
    for (const AuditOutcome outcome : AuditActions::outcomes())
        codes << AuditActions::code(outcome);
    for (int value = 1; Error::codeName(static_cast<ErrorCode>(value)) != QLatin1String("unknown"); ++value)
        codes << Error::codeName(static_cast<ErrorCode>(value));
    codes << QStringLiteral("temporary_password") << QStringLiteral("from=") << QStringLiteral("state=")
          << QStringLiteral("nir=") << QStringLiteral("wrong_password_locked");
    const QString masked = Masking::nir(holderNir(2).digits());
    bool sawMail = false, sawWrongPassword = false, sawConflict = false, sawListing = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const AuditLog::Event event = model->event(row);
        const auto cell = [&](int column) {
            return model->index(row, column).data().toString();
        };
        for (int column = 0; column < AuditTrailTableModel::ColumnCount; ++column) {
            if (column == AuditTrailTableModel::WorkstationColumn)
                continue; // a host name, as it is
            const QString text = cell(column);
            const bool free = column == AuditTrailTableModel::ReasonColumn
                && event.entry.action == QLatin1String("unlock"); // typed by the agent
            for (const QString& code : std::as_const(codes)) {
                // A compound code never shows; a one-word code never stands alone ("unlock" is a
                // code, "Unlock" and "unlocked only" are words).
                const bool compound = code.contains(QLatin1Char('_')) || code.contains(QLatin1Char('='));
                const bool shown = compound ? text.contains(code) : text == code;
                QVERIFY2(free || !shown,
                         qPrintable(QStringLiteral("row %1 column %2: %3 (%4)").arg(row).arg(column).arg(text, code)));
            }
        }
        QCOMPARE(cell(AuditTrailTableModel::TimeColumn),
                 QLocale().toString(event.occurredAt.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(cell(AuditTrailTableModel::ActionColumn), AuditText::action(event.entry.action));
        QCOMPARE(cell(AuditTrailTableModel::OutcomeColumn), AuditText::outcome(event.entry.outcome));
        QVERIFY(!cell(AuditTrailTableModel::OutcomeColumn).isEmpty());
        if (event.entry.accountId > 0) {
            QCOMPARE(cell(AuditTrailTableModel::AccountColumn), masked); // every holder: a man born in 1980
        } else {
            QVERIFY(cell(AuditTrailTableModel::AccountColumn).isEmpty());
        }
        if (event.entry.action == QLatin1String("mail_sent")) {
            sawMail = true;
            QCOMPARE(cell(AuditTrailTableModel::AgentColumn), QStringLiteral("the mail service"));
            QCOMPARE(cell(AuditTrailTableModel::ActionColumn), QStringLiteral("Mail sent"));
            QCOMPARE(cell(AuditTrailTableModel::ReasonColumn), QStringLiteral("temporary password"));
            QCOMPARE(cell(AuditTrailTableModel::OutcomeColumn), QStringLiteral("done"));
        } else if (event.entry.outcome == QLatin1String("wrong_password")) {
            sawWrongPassword = true;
            QCOMPARE(cell(AuditTrailTableModel::OutcomeColumn), QStringLiteral("refused: wrong password"));
            QCOMPARE(cell(AuditTrailTableModel::AgentColumn), QStringLiteral("alice (agent)"));
        } else if (event.entry.outcome == QLatin1String("conflict")) {
            sawConflict = true;
            QCOMPARE(cell(AuditTrailTableModel::OutcomeColumn),
                     QStringLiteral("refused: ") + ErrorText::conflict(Error(ErrorCode::Conflict)));
        } else if (event.entry.reason.contains(QLatin1String("state=locked"))) { // the seeded listing
            sawListing = true;
            QCOMPARE(cell(AuditTrailTableModel::AgentColumn), QStringLiteral("sophie (supervisor)"));
            QVERIFY2(cell(AuditTrailTableModel::ReasonColumn).contains(QStringLiteral("still locked only")),
                     qPrintable(cell(AuditTrailTableModel::ReasonColumn)));
        }
    }
    QVERIFY(sawMail && sawWrongPassword && sawConflict && sawListing);

    // Every action the model can write is offered by the filter, in words, seen or not.
    auto* actions = panel->findChild<QComboBox*>(QStringLiteral("auditActionComboBox"));
    QVERIFY(actions);
    QCOMPARE(actions->count(), int(AuditActions::all().size()) + 1);
    for (const AuditAction action : AuditActions::all()) {
        const int index = actions->findData(AuditActions::code(action));
        QVERIFY2(index > 0, qPrintable(AuditActions::code(action)));
        QCOMPARE(actions->itemText(index), AuditText::action(action));
    }
    actions->setCurrentIndex(actions->findData(QStringLiteral("mail_sent")));
    Q_EMIT actions->activated(actions->currentIndex());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && model->filter().action == QLatin1String("mail_sent"), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, Timeout); // once, not twice (the filter's reset fetched it too)
    QVERIFY(TestSettle::worker(worker)); // a second fetch would have answered by now
    QCOMPARE(model->rowCount(), 1);
    actions->setCurrentIndex(0);
    Q_EMIT actions->activated(0);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 9 && !panel->isBusy(), Timeout);

    // Enter on a row about an account shows that account's events only; "All accounts" widens again.
    int accountRow = -1;
    for (int row = 0; row < model->rowCount() && accountRow < 0; ++row) {
        if (model->event(row).entry.accountId == account)
            accountRow = row;
    }
    QVERIFY(accountRow >= 0);
    const int everything = model->rowCount();
    QCOMPARE(panel->accountLabel()->text(), QStringLiteral("every account"));
    QVERIFY(panel->allAccountsButton()->isHidden());
    QTableView* table = panel->tableView();
    table->setFocus();
    table->setCurrentIndex(model->index(accountRow, AuditTrailTableModel::ActionColumn));
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(model->filter().accountId == account && model->rowCount() > 0 && !panel->isBusy(),
                             Timeout);
    QVERIFY(model->rowCount() < everything);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->event(row).entry.accountId, account);
    QCOMPARE(panel->accountLabel()->text(), Masking::nir(holderNir(2).digits()));
    QVERIFY(!panel->allAccountsButton()->isHidden());
    QTest::mouseClick(panel->allAccountsButton(), Qt::LeftButton);
    // Each listing is audited once read (AuditTrail): the account's listing is newer than all.
    QTRY_VERIFY_WITH_TIMEOUT(model->filter().accountId == 0 && !panel->isBusy() && model->rowCount() >= everything,
                             Timeout);
    QCOMPARE(model->event(0).entry.action, QStringLiteral("audit_list"));
    QCOMPARE(panel->accountLabel()->text(), QStringLiteral("every account"));

    // The row's context menu does the same. (A double-click emits the same activated() as Enter;
    // QTest's double-click did not reach the view offscreen, so it is not simulated here.)
    const auto rowOf = [&](qint64 accountId) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->event(row).entry.accountId == accountId)
                return row;
        }
        return -1;
    };
    const qint64 other = f.accounts.at(0);
    table->scrollTo(model->index(rowOf(other), AuditTrailTableModel::ActionColumn));
    const QRect otherCell = table->visualRect(model->index(rowOf(other), AuditTrailTableModel::ActionColumn));
    QVERIFY(table->viewport()->rect().contains(otherCell.center()));
    Q_EMIT table->customContextMenuRequested(otherCell.center());
    auto* menu = table->findChild<QMenu*>(QStringLiteral("auditRowMenu"));
    QVERIFY(menu);
    auto* open = menu->findChild<QAction*>(QStringLiteral("showAccountAction"));
    QVERIFY(open);
    QVERIFY2(open->text().contains(Masking::nir(holderNir(1).digits())), qPrintable(open->text()));
    open->trigger();
    menu->close();
    QTRY_VERIFY_WITH_TIMEOUT(model->filter().accountId == other && model->rowCount() > 0 && !panel->isBusy(), Timeout);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->event(row).entry.accountId, other);
    window.close();

    // In French: no compound code either, and a picture of one account's events to look at.
    const TestLanguage french(QStringLiteral("fr"));
    QSettings().clear();
    SupervisorWindow frenchWindow(db.database(), worker, f.sophie);
    AuditTrailPanel* frenchPanel = frenchWindow.auditTrailPanel();
    frenchWindow.periodSelector()->setPeriod(f.firstDay, f.lastDay);
    frenchWindow.resize(1280, 600);
    frenchWindow.show();
    QVERIFY(QTest::qWaitForWindowExposed(&frenchWindow));
    frenchWindow.tabWidget()->setCurrentWidget(frenchPanel);
    QTRY_VERIFY_WITH_TIMEOUT(frenchPanel->model()->rowCount() >= 9 && !frenchPanel->isBusy(), Timeout);
    frenchPanel->showAccount(account, masked);
    QTRY_VERIFY_WITH_TIMEOUT(frenchPanel->model()->filter().accountId == account && !frenchPanel->isBusy()
                                 && frenchPanel->model()->rowCount() > 0,
                             Timeout);
    for (int row = 0; row < frenchPanel->model()->rowCount(); ++row) {
        for (int column = 0; column < AuditTrailTableModel::ColumnCount; ++column) {
            const QString text = frenchPanel->model()->index(row, column).data().toString();
            for (const QString& code : std::as_const(codes)) {
                if (code.contains(QLatin1Char('_')) || code.contains(QLatin1Char('=')))
                    QVERIFY2(!text.contains(code), qPrintable(text));
            }
        }
    }
    const QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/supervisor-screens");
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/supervisor-audit-account-fr-%1.png").arg(engine);
    QVERIFY2(frenchWindow.grab().save(path), qPrintable(path));
    qInfo("rendered %s", qPrintable(path));
    frenchWindow.close();
}

// The flags tab names accounts by their masked NIR, never "No. <id>"; Enter on a flagged account
// opens its events in the audit trail.
void TestAuditTrailPanel::flagsShowAndOpenAccounts()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Fixture f;
    QVERIFY(seed(db.database(), &f));
    DatabaseWorker worker(db.database());
    SupervisorWindow window(db.database(), worker, f.sophie);
    window.periodSelector()->setPeriod(f.firstDay, f.lastDay);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SupervisionFlagsPanel* flags = window.supervisionFlagsPanel();
    window.tabWidget()->setCurrentWidget(flags);
    QTableWidget* repeated = flags->repeatedTable();
    QTRY_VERIFY_WITH_TIMEOUT(!flags->isBusy() && repeated->rowCount() == 1, Timeout);
    const QString masked = Masking::nir(holderNir(1).digits());
    QCOMPARE(repeated->item(0, 1)->text(), masked);
    QVERIFY(!repeated->item(0, 1)->text().startsWith(QStringLiteral("No.")));

    QSignalSpy requested(flags, &SupervisionFlagsPanel::accountRequested);
    repeated->setFocus();
    repeated->setCurrentCell(0, 1);
    QTest::keyClick(repeated, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toLongLong(), f.accounts.at(0));
    QCOMPARE(requested.at(0).at(1).toString(), masked);
    AuditTrailPanel* audit = window.auditTrailPanel();
    QCOMPARE(window.tabWidget()->currentWidget(), audit);
    QCOMPARE(audit->accountLabel()->text(), masked);
    QTRY_VERIFY_WITH_TIMEOUT(audit->model()->rowCount() > 0 && !audit->isBusy(), Timeout);
    for (int row = 0; row < audit->model()->rowCount(); ++row)
        QCOMPARE(audit->model()->event(row).entry.accountId, f.accounts.at(0));
    window.close();
}

QTEST_MAIN(TestAuditTrailPanel)
#include "tst_audittrailpanel.moc"
