// The supervisor's desk end to end, offscreen, on both engines: the lockout history (table,
// detail, filters, chart bars, CSV export and its cancellation), the audit trail's chain check
// before and after tampering, the refusal for an agent, accessible names, the item models, and
// pictures of every tab in French and English.
#include "AccountRepository.h"
#include "AgentRepository.h"
#include "AuditLog.h"
#include "AuditText.h"
#include "AuditTrailPanel.h"
#include "AuditTrailTableModel.h"
#include "CallCatalog.h"
#include "CallService.h"
#include "CallStatisticsPanel.h"
#include "DatabaseWorker.h"
#include "ErrorText.h"
#include "LockoutHistoryExport.h"
#include "LockoutHistoryModel.h"
#include "LockoutHistoryPanel.h"
#include "LockoutRepository.h"
#include "Masking.h"
#include "PeriodSelector.h"
#include "PersonRepository.h"
#include "ReasonStatisticsTableModel.h"
#include "SqlQuery.h"
#include "SupervisionFlagsPanel.h"
#include "SupervisorWindow.h"
#include "TestAgents.h"
#include "TestDatabases.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTranslator>

namespace {

constexpr int Timeout = 15000;
const QString FakeHash = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g");
const QString InjectedReason = QStringLiteral("=cmd|' /C calc'!A0");

using TestAgents::addAgent;

qint64 addAccount(Database& database, int n)
{
    const Nir nir = Nir::parse(QStringLiteral("1800175056%1").arg(n, 3, 10, QLatin1Char('0')));
    const CivilStatus civil{QStringLiteral("Durand"), QStringLiteral("Paul"), QDate(1980, 1, 5),
                            QStringLiteral("Paris")};
    qint64 accountId = 0;
    const Error error = database.write([&](QSqlDatabase& db) -> Error {
        const Result<qint64> person = PersonRepository(db).add(nir, civil, true);
        if (!person)
            return person.error();
        Account account;
        account.personId = person.value();
        account.email = QStringLiteral("holder%1@example.org").arg(n);
        account.status = Account::Status::Active;
        account.passwordHash = FakeHash;
        const Result<qint64> id = AccountRepository(db).add(account);
        if (!id)
            return id.error();
        accountId = id.value();
        return {};
    });
    return error ? 0 : accountId;
}

struct Fixture
{
    AgentSession sophie; // supervisor
    AgentSession alice; // agent
    AgentSession bob; // agent
    QList<qint64> accounts;
    QDate firstDay; // the period the tests show: the last 7 days
    QDate lastDay;
};

QDateTime localNoon(const QDate& day)
{
    return QDateTime(day, QTime(12, 0)).toUTC();
}

// Five lockouts over the last days: account 1 three times (a repeat: unlocked by alice, by bob
// with a formula as its reason, then still locked), account 2 unlocked by alice in a call, account
// 3 still locked; failed attempts before one of them; the matching audit events; some calls.
bool seed(Database& database, Fixture* f)
{
    f->sophie = addAgent(database, QStringLiteral("sophie"), QStringLiteral("Sophie Roux"), Agent::Role::Supervisor);
    f->alice = addAgent(database, QStringLiteral("alice"), QStringLiteral("Alice Martin"), Agent::Role::Agent);
    f->bob = addAgent(database, QStringLiteral("bob"), QStringLiteral("Bob Petit"), Agent::Role::Agent);
    if (!f->sophie.isValid() || !f->alice.isValid() || !f->bob.isValid())
        return false;
    for (int n = 1; n <= 3; ++n)
        f->accounts.append(addAccount(database, n));
    if (f->accounts.contains(0))
        return false;
    f->lastDay = QDate::currentDate();
    f->firstDay = f->lastDay.addDays(-6);
    const QDate d5 = f->lastDay.addDays(-5), d3 = f->lastDay.addDays(-3), d1 = f->lastDay.addDays(-1);

    CallService calls(database);
    const Result<qint64> call = calls.startCall(f->alice, QStringLiteral("wrong_password_locked"), localNoon(d3));
    if (!call || calls.endCall(f->alice, call.value(), QStringLiteral("resolved"), {}, localNoon(d3).addSecs(210)))
        return false;
    const Result<qint64> other = calls.startCall(f->bob, QStringLiteral("registration"), localNoon(d1).addSecs(3600));
    if (!other || calls.endCall(f->bob, other.value(), QStringLiteral("call_back"), {}, localNoon(d1).addSecs(3700)))
        return false;

    const Error error = database.write([&](QSqlDatabase& db) -> Error {
        LockoutRepository lockouts(db);
        const auto lockAndUnlock = [&](qint64 account, const QDateTime& at, const AgentSession* by,
                                       const QString& reason, qint64 callId) -> Error {
            if (const Result<qint64> opened = lockouts.open(account, at, 5); !opened)
                return opened.error();
            if (!by)
                return {};
            if (const Result<int> closed = lockouts.close(account, by->agentId, reason, callId, at.addSecs(1800));
                !closed)
                return closed.error();
            return AuditLog(db)
                .append(by->auditEntry(AuditAction::Unlock, callId, account, QStringLiteral("ok"), reason))
                .error();
        };
        SqlQuery attempt(db);
        if (Error e = attempt.prepare(QStringLiteral("INSERT INTO login_attempts (account_id, attempted_at, kind,"
                                                     " success, outcome) VALUES (:a, :t, 'password', FALSE,"
                                                     " 'wrong_password')")))
            return e;
        attempt.bind(QStringLiteral(":a"), f->accounts.at(1));
        attempt.bind(QStringLiteral(":t"), database.dialect().toSql(localNoon(d3).addSecs(-120)));
        if (Error e = attempt.exec())
            return e;
        if (Error e = lockAndUnlock(f->accounts.at(0), localNoon(d5), &f->alice, QStringLiteral("forgot"), 0))
            return e;
        if (Error e = lockAndUnlock(f->accounts.at(0), localNoon(d3).addSecs(-3600), &f->bob, InjectedReason, 0))
            return e;
        if (Error e = lockAndUnlock(f->accounts.at(0), localNoon(d1), nullptr, {}, 0))
            return e;
        if (Error e = lockAndUnlock(f->accounts.at(1), localNoon(d3).addSecs(-60), &f->alice,
                                    QStringLiteral("caller verified"), call.value()))
            return e;
        return lockAndUnlock(f->accounts.at(2), localNoon(d1).addSecs(60), nullptr, {}, 0);
    });
    return !error;
}

// Every interactive control below root has an accessible name (as in tst_deskwindow).
QStringList unnamedControls(QWidget* root)
{
    QStringList unnamed;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        bool insideCombo = false;
        for (QWidget* up = widget->parentWidget(); up && up != root; up = up->parentWidget())
            insideCombo = insideCombo || qobject_cast<QComboBox*>(up) || qobject_cast<QAbstractSpinBox*>(up);
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

// Guichet's and Qt's translations for language, as the application loads them.
class Language
{
public:
    explicit Language(const QString& language)
    {
        const bool french = language == QLatin1String("fr");
        QLocale::setDefault(
            QLocale(french ? QLocale::French : QLocale::English, french ? QLocale::France : QLocale::UnitedKingdom));
        if (m_qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
        if (m_guichet.load(QStringLiteral(":/i18n/guichet_%1.qm").arg(language)))
            QCoreApplication::installTranslator(&m_guichet);
    }
    ~Language()
    {
        QCoreApplication::removeTranslator(&m_guichet);
        QCoreApplication::removeTranslator(&m_qt);
        QLocale::setDefault(QLocale::c());
    }
    Q_DISABLE_COPY_MOVE(Language)

private:
    QTranslator m_qt;
    QTranslator m_guichet;
};

bool allRows(const LockoutHistoryModel* model, const std::function<bool(const LockoutHistoryRow&)>& test)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (!test(model->rowAt(row)))
            return false;
    }
    return true;
}

} // namespace

class TestSupervisorWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GuichetTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_supervisorwindow"));
        QSettings().clear();
    }
    void lockoutHistory_data() { TestDatabase::addEngineRows(); }
    void lockoutHistory();
    void auditChain_data() { TestDatabase::addEngineRows(); }
    void auditChain();
    void agentIsRefused_data() { TestDatabase::addEngineRows(); }
    void agentIsRefused();
    void auditTrailInWords_data() { TestDatabase::addEngineRows(); }
    void auditTrailInWords();
    void flagsShowAndOpenAccounts_data() { TestDatabase::addEngineRows(); }
    void flagsShowAndOpenAccounts();
    void render_data() { TestDatabase::addEngineRows(); }
    void render();
};

void TestSupervisorWindow::lockoutHistory()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Fixture f;
    QVERIFY(seed(db.database(), &f));
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    DatabaseWorker worker(db.database());
    auto window = std::make_unique<SupervisorWindow>(db.database(), worker, f.sophie);
    LockoutHistoryPanel* panel = window->lockoutHistoryPanel();
    LockoutHistoryModel* model = panel->model();
    QAbstractItemModelTester lockoutTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester auditTester(window->auditTrailPanel()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester reasonTester(window->callStatisticsPanel()->model(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    window->periodSelector()->setPeriod(f.firstDay, f.lastDay);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    // The table fills; the first row is selected and its detail loads.
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 5, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), Timeout);
    QVERIFY2(unnamedControls(window.get()).isEmpty(), qPrintable(unnamedControls(window.get()).join(u", ")));
    int verified = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rowAt(row).unlockReason == QLatin1String("caller verified"))
            verified = row;
    }
    QVERIFY(verified >= 0);
    panel->findChild<QTableView*>(QStringLiteral("lockoutTableView"))->selectRow(verified);
    QTRY_VERIFY_WITH_TIMEOUT(
        panel->findChild<QLabel*>(QStringLiteral("detailLabel"))->text().contains(QLatin1String("caller verified")),
        Timeout);
    const QString detail = panel->findChild<QLabel*>(QStringLiteral("detailLabel"))->text();
    QVERIFY2(detail.contains(QLatin1String("Alice Martin")), qPrintable(detail));
    // The attempt before the lock, in words rather than its stored code.
    QVERIFY2(detail.contains(QLatin1String("wrong password")), qPrintable(detail));
    QVERIFY2(!detail.contains(QLatin1String("wrong_password")), qPrintable(detail));
    QVERIFY2(detail.contains(CallCatalog::reasonLabel(QStringLiteral("wrong_password_locked")).toHtmlEscaped()),
             qPrintable(detail));

    // "Still locked", by keyboard.
    auto* state = panel->findChild<QComboBox*>(QStringLiteral("stateComboBox"));
    QVERIFY(state);
    state->setFocus();
    QTest::keyClick(state, Qt::Key_Down);
    QCOMPARE(state->currentData().toInt(), int(LockoutHistory::State::StillLocked));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), Timeout);
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(allRows(model, [](const LockoutHistoryRow& row) { return !row.unlockedAt.isValid(); }));
    QTest::keyClick(state, Qt::Key_Up);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 5, Timeout);

    // The NIR filter: a wrong number says why and leaves the rows; a whole one narrows them.
    auto* nir = panel->findChild<QLineEdit*>(QStringLiteral("nirLineEdit"));
    auto* nirProblem = panel->findChild<QLabel*>(QStringLiteral("nirProblemLabel"));
    QVERIFY(nir && nirProblem);
    QTest::keyClicks(nir, QStringLiteral("9 80"));
    QVERIFY(!nirProblem->text().isEmpty());
    QCOMPARE(model->rowCount(), 5);
    nir->clear();
    QTest::keyClicks(nir, QStringLiteral("1 80 01 75 056 002"));
    QVERIFY2(nirProblem->text().isEmpty(), qPrintable(nirProblem->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && model->rowCount() == 1, Timeout);
    QCOMPARE(model->rowAt(0).accountId, f.accounts.at(1));
    nir->clear();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && model->rowCount() == 5, Timeout);

    // Repeat lockouts only: the account's third lockout in 30 days.
    auto* repeat = panel->findChild<QCheckBox*>(QStringLiteral("repeatOnlyCheckBox"));
    QVERIFY(repeat);
    QTest::mouseClick(repeat, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && model->rowCount() == 1, Timeout);
    QCOMPARE(model->rowAt(0).accountId, f.accounts.at(0));
    QTest::mouseClick(repeat, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && model->rowCount() == 5, Timeout);

    // A day bar narrows the table to that day; an agent bar to that agent's unlocks.
    const QDate d3 = f.lastDay.addDays(-3);
    QTRY_VERIFY_WITH_TIMEOUT(panel->dayBarSet() && panel->chartDays().contains(d3), Timeout);
    QCOMPARE(panel->dayBarSet()->at(int(panel->chartDays().indexOf(d3))), 2.0);
    Q_EMIT panel->dayBarSet()->clicked(int(panel->chartDays().indexOf(d3)));
    QCOMPARE(panel->currentFilter().from, d3.startOfDay());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && model->rowCount() == 2, Timeout);
    QVERIFY(allRows(model, [d3](const LockoutHistoryRow& row) { return row.lockedAt.toLocalTime().date() == d3; }));
    panel->showWholePeriod();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 5, Timeout);

    QTRY_VERIFY_WITH_TIMEOUT(panel->chartAgents().size() == 2, Timeout);
    int bobIndex = -1;
    for (int i = 0; i < panel->chartAgents().size(); ++i) {
        if (panel->chartAgents().at(i).agentId == f.bob.agentId)
            bobIndex = i;
    }
    QVERIFY(bobIndex >= 0);
    QCOMPARE(panel->agentBarSets().first()->at(bobIndex), 1.0);
    Q_EMIT panel->agentBarSets().first()->clicked(bobIndex);
    QCOMPARE(panel->currentFilter().unlockedBy, f.bob.agentId);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && model->rowCount() == 1, Timeout);
    QCOMPARE(model->rowAt(0).unlockedById, f.bob.agentId);
    panel->filterByAgent(0);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 5, Timeout);

    // Export through the (non-blocking) file dialog.
    QSignalSpy exported(panel, &LockoutHistoryPanel::exportFinished);
    const QString path = folder.filePath(QStringLiteral("lockouts.csv"));
    auto* exportButton = panel->findChild<QPushButton*>(QStringLiteral("exportPushButton"));
    QVERIFY(exportButton);
    exportButton->click();
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = panel->findChild<QFileDialog*>(QStringLiteral("exportFileDialog"))) && dialog->isVisible());
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, through the public QDialog slot
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, Timeout);
    QCOMPARE(exported.at(0).at(0).toBool(), true);
    QCOMPARE(exported.at(0).at(1).toLongLong(), 5);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QVERIFY2(lines.first().startsWith(LockoutHistoryExport::header().first()), qPrintable(lines.first()));
    bool neutralised = false;
    for (const QString& csvLine : lines) {
        QVERIFY2(!csvLine.contains(QLatin1String(";=cmd")) && !csvLine.startsWith(QLatin1String("=")),
                 qPrintable(csvLine));
        neutralised = neutralised || csvLine.contains(QLatin1String("'=cmd"));
    }
    QVERIFY(neutralised);

    // A cancelled export leaves nothing: the worker is held until the cancel is in.
    const QString cancelledPath = folder.filePath(QStringLiteral("cancelled.csv"));
    QSemaphore gate;
    const QFuture<void> held = worker.run([&gate] { gate.acquire(); });
    panel->exportTo(cancelledPath);
    QProgressDialog* progress = panel->exportProgress();
    QVERIFY(progress);
    QTRY_VERIFY(progress->isVisible());
    auto* cancel = progress->findChild<QPushButton*>();
    QVERIFY(cancel);
    cancel->click();
    gate.release();
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 2, Timeout);
    QCOMPARE(exported.at(1).at(0).toBool(), false);
    QVERIFY(!QFile::exists(cancelledPath));
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("lockouts.csv")});
    QTRY_VERIFY(!panel->exportProgress());

    // Sorting: only the allow-listed columns sort; another heading leaves the order as it was.
    QHeaderView* header = panel->findChild<QTableView*>(QStringLiteral("lockoutTableView"))->horizontalHeader();
    header->setSortIndicator(LockoutHistoryModel::FailedAttempts, Qt::AscendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && model->rowCount() == 5, Timeout);
    header->setSortIndicator(LockoutHistoryModel::Reason, Qt::AscendingOrder);
    QCOMPARE(header->sortIndicatorSection(), int(LockoutHistoryModel::FailedAttempts));
    window->close();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), Timeout);
    window.reset();
    QVERIFY(QSettings().contains(QStringLiteral("SupervisorWindow/geometry")));
}

void TestSupervisorWindow::auditChain()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Fixture f;
    QVERIFY(seed(db.database(), &f));
    DatabaseWorker worker(db.database());
    SupervisorWindow window(db.database(), worker, f.sophie);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    AuditTrailPanel* panel = window.auditTrailPanel();
    window.tabWidget()->setCurrentWidget(panel);
    QTRY_VERIFY_WITH_TIMEOUT(panel->model()->rowCount() > 0 && !panel->isBusy(), Timeout);

    AuditTrail::ChainStatus status;
    int verifications = 0;
    connect(panel, &AuditTrailPanel::chainVerified, this, [&](const AuditTrail::ChainStatus& s) {
        status = s;
        ++verifications;
    });
    QTest::mouseClick(panel->verifyButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(verifications, 1, Timeout);
    QVERIFY(status.intact);
    QVERIFY(status.events >= 3);
    QVERIFY2(panel->chainLabel()->text().startsWith(QStringLiteral("Intact: %1 event").arg(status.events)),
             qPrintable(panel->chainLabel()->text()));

    // The second "unlock" event is edited behind the trail's back (as in tst_audittrail).
    Database& database = db.database();
    qint64 victim = 0;
    {
        SqlQuery query(database.connection().value());
        QVERIFY(!query.exec(QStringLiteral("SELECT id FROM audit_events WHERE action = 'unlock' ORDER BY id")));
        QVERIFY(query.next() && query.next());
        victim = query.value(QStringLiteral("id")).toLongLong();
    }
    const bool pg = database.dialect().isPostgreSql();
    const Error tampered = database.write([&](QSqlDatabase& connection) -> Error {
        SqlQuery query(connection);
        if (pg) {
            if (Error e = query.exec(QStringLiteral("ALTER TABLE audit_events DISABLE TRIGGER USER")))
                return e;
        } else if (Error e = query.exec(QStringLiteral("DROP TRIGGER audit_events_no_update"))) {
            return e;
        }
        SqlQuery change(connection);
        if (Error e = change.prepare(QStringLiteral("UPDATE audit_events SET outcome = 'refused' WHERE id = :id")))
            return e;
        change.bind(QStringLiteral(":id"), victim);
        return change.exec();
    });
    QVERIFY2(!tampered, qPrintable(tampered.detail()));
    QTest::mouseClick(panel->verifyButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(verifications, 2, Timeout);
    QVERIFY(!status.intact);
    QCOMPARE(status.firstBrokenId, victim);
    const QString text = panel->chainLabel()->text();
    QVERIFY2(text.startsWith(QStringLiteral("Broken at event %1 (id %2)").arg(status.firstBrokenPosition).arg(victim)),
             qPrintable(text));
    window.close();
}

void TestSupervisorWindow::agentIsRefused()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Fixture f;
    QVERIFY(seed(db.database(), &f));
    DatabaseWorker worker(db.database());
    SupervisorWindow window(db.database(), worker, f.alice);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString forbidden = ErrorText::error(Error(ErrorCode::Forbidden));
    QTRY_COMPARE_WITH_TIMEOUT(window.lockoutHistoryPanel()->findChild<QLabel*>(QStringLiteral("messageLabel"))->text(),
                              forbidden, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(window.auditTrailPanel()->messageLabel()->text(), forbidden, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(window.supervisionFlagsPanel()->messageLabel()->text(), forbidden, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(window.callStatisticsPanel()->messageLabel()->text(), forbidden, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!window.lockoutHistoryPanel()->isBusy(), Timeout);
    QCOMPARE(window.lockoutHistoryPanel()->model()->rowCount(), 0);
    QCOMPARE(window.auditTrailPanel()->model()->rowCount(), 0);
    QCOMPARE(window.supervisionFlagsPanel()->repeatedTable()->rowCount(), 0);
    QCOMPARE(window.callStatisticsPanel()->model()->rowCount(), 0);
    window.close();
}

// Every code the trail stores (actions, outcomes, refusals, roles, key=value details) reaches the
// supervisor in words; dates as the other tabs show them; accounts as masked NIRs, which open that
// account's events (Enter, and back with "All accounts"); the action filter offers every action.
void TestSupervisorWindow::auditTrailInWords()
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
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 12 && !panel->isBusy(), Timeout);

    QStringList codes;
    for (const AuditAction action : AuditActions::all())
        codes << AuditActions::code(action);
    for (const AuditOutcome outcome : AuditActions::outcomes())
        codes << AuditActions::code(outcome);
    for (int value = 1; Error::codeName(static_cast<ErrorCode>(value)) != QLatin1String("unknown"); ++value)
        codes << Error::codeName(static_cast<ErrorCode>(value));
    codes << QStringLiteral("temporary_password") << QStringLiteral("from=") << QStringLiteral("state=")
          << QStringLiteral("nir=") << QStringLiteral("wrong_password_locked");
    const QString masked = Masking::nir(Nir::parse(QStringLiteral("1800175056002")).digits());
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
    QTest::qWait(200);
    QCOMPARE(model->rowCount(), 1);
    actions->setCurrentIndex(0);
    Q_EMIT actions->activated(0);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 12 && !panel->isBusy(), Timeout);

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
    QCOMPARE(panel->accountLabel()->text(), Masking::nir(Nir::parse(QStringLiteral("1800175056002")).digits()));
    QVERIFY(!panel->allAccountsButton()->isHidden());
    QTest::mouseClick(panel->allAccountsButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(model->filter().accountId == 0 && model->rowCount() == everything && !panel->isBusy(),
                             Timeout);
    QCOMPARE(panel->accountLabel()->text(), QStringLiteral("every account"));
    window.close();

    // In French: no compound code either, and a picture of one account's events to look at.
    const Language french(QStringLiteral("fr"));
    QSettings().clear();
    SupervisorWindow frenchWindow(db.database(), worker, f.sophie);
    AuditTrailPanel* frenchPanel = frenchWindow.auditTrailPanel();
    frenchWindow.periodSelector()->setPeriod(f.firstDay, f.lastDay);
    frenchWindow.resize(1280, 600);
    frenchWindow.show();
    QVERIFY(QTest::qWaitForWindowExposed(&frenchWindow));
    frenchWindow.tabWidget()->setCurrentWidget(frenchPanel);
    QTRY_VERIFY_WITH_TIMEOUT(frenchPanel->model()->rowCount() >= 12 && !frenchPanel->isBusy(), Timeout);
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
void TestSupervisorWindow::flagsShowAndOpenAccounts()
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
    const QString masked = Masking::nir(Nir::parse(QStringLiteral("1800175056001")).digits());
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

void TestSupervisorWindow::render()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Fixture f;
    QVERIFY(seed(db.database(), &f));
    DatabaseWorker worker(db.database());
    const QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/supervisor-screens");
    QVERIFY(QDir().mkpath(folder));
    for (const QString& language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        const Language translation(language);
        QSettings().clear();
        SupervisorWindow window(db.database(), worker, f.sophie);
        window.periodSelector()->setPeriod(f.firstDay, f.lastDay);
        window.resize(1280, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LockoutHistoryPanel* lockouts = window.lockoutHistoryPanel();
        QTRY_VERIFY_WITH_TIMEOUT(lockouts->model()->rowCount() == 5 && lockouts->dayBarSet(), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!lockouts->isBusy(), Timeout);
        lockouts->findChild<QTableView*>(QStringLiteral("lockoutTableView"))->selectRow(1);
        QTRY_VERIFY_WITH_TIMEOUT(!lockouts->isBusy(), Timeout);
        QTest::mouseClick(window.auditTrailPanel()->verifyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window.auditTrailPanel()->isBusy() && !window.callStatisticsPanel()->isBusy()
                                     && !window.supervisionFlagsPanel()->isBusy(),
                                 Timeout);
        const QStringList names{QStringLiteral("lockouts"), QStringLiteral("calls"), QStringLiteral("flags"),
                                QStringLiteral("audit")};
        for (int tab = 0; tab < names.size(); ++tab) {
            window.tabWidget()->setCurrentIndex(tab);
            QTest::qWait(50);
            const QString path
                = folder + QStringLiteral("/supervisor-%1-%2-%3.png").arg(names.at(tab), language, engine);
            QVERIFY2(window.grab().save(path), qPrintable(path));
            qInfo("rendered %s", qPrintable(path));
        }
        window.close();
    }
}

QTEST_MAIN(TestSupervisorWindow)
#include "tst_supervisorwindow.moc"
