// The supervisor's desk end to end, offscreen, on both engines: the lockout history (table,
// detail, filters, chart bars, CSV export and its cancellation), the audit trail's chain check
// before and after tampering, the refusal for an agent, accessible names, the item models, and
// pictures of every tab in French and English.
#include "accounts/AccountRepository.h"
#include "accounts/LockoutRepository.h"
#include "agents/AgentRepository.h"
#include "audit/AuditCheckpoint.h"
#include "audit/AuditLog.h"
#include "audit/AuditSealer.h"
#include "db/DatabaseWorker.h"
#include "db/SqlQuery.h"
#include "desk/CallCatalog.h"
#include "desk/CallService.h"
#include "identity/PersonRepository.h"
#include "supervision/AuditTrailPanel.h"
#include "supervision/AuditTrailTableModel.h"
#include "supervision/CallStatisticsPanel.h"
#include "supervision/LockoutHistoryExport.h"
#include "supervision/LockoutHistoryModel.h"
#include "supervision/LockoutHistoryPanel.h"
#include "supervision/PeriodSelector.h"
#include "supervision/ReasonStatisticsTableModel.h"
#include "supervision/SupervisionFlagsPanel.h"
#include "supervision/SupervisorWindow.h"
#include "support/SupervisionSeed.h"
#include "support/TestAccounts.h"
#include "support/TestAgents.h"
#include "support/TestDatabases.h"
#include "support/TestLanguage.h"
#include "text/ErrorText.h"

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
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
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

#include <atomic>

namespace {

constexpr int Timeout = 15000;
const QString InjectedReason = QStringLiteral("=cmd|' /C calc'!A0");

using SupervisionSeed::Fixture;
using SupervisionSeed::localNoon;
using SupervisionSeed::lockAndUnlock;

// Five lockouts over the last days: account 1 three times (a repeat: unlocked by alice, by bob
// with a formula as its reason, then still locked), account 2 unlocked by alice in a call, account
// 3 still locked; failed attempts before one of them; the matching audit events; some calls.
bool seed(Database& database, Fixture* f)
{
    if (!SupervisionSeed::addPeople(database, f, 3, 7))
        return false;
    const QDate d5 = f->lastDay.addDays(-5), d3 = f->lastDay.addDays(-3), d1 = f->lastDay.addDays(-1);

    CallService calls(database);
    const Result<qint64> call = calls.startCall(f->alice, QStringLiteral("wrong_password_locked"), localNoon(d3));
    if (!call || calls.endCall(f->alice, call.value(), QStringLiteral("resolved"), {}, localNoon(d3).addSecs(210)))
        return false;
    const Result<qint64> other = calls.startCall(f->bob, QStringLiteral("registration"), localNoon(d1).addSecs(3600));
    if (!other || calls.endCall(f->bob, other.value(), QStringLiteral("call_back"), {}, localNoon(d1).addSecs(3700)))
        return false;

    const Error error = database.write([&](QSqlDatabase& db) -> Error {
        SqlQuery attempt(db);
        if (Error e = attempt.prepare(QStringLiteral("INSERT INTO login_attempts (account_id, attempted_at, kind,"
                                                     " success, outcome) VALUES (:a, :t, 'password', FALSE,"
                                                     " 'wrong_password')")))
            return e;
        attempt.bind(QStringLiteral(":a"), f->accounts.at(1));
        attempt.bind(QStringLiteral(":t"), database.dialect().toSql(localNoon(d3).addSecs(-120)));
        if (Error e = attempt.exec())
            return e;
        if (Error e = lockAndUnlock(db, f->accounts.at(0), localNoon(d5), &f->alice, QStringLiteral("forgot")))
            return e;
        if (Error e = lockAndUnlock(db, f->accounts.at(0), localNoon(d3).addSecs(-3600), &f->bob, InjectedReason))
            return e;
        if (Error e = lockAndUnlock(db, f->accounts.at(0), localNoon(d1)))
            return e;
        if (Error e = lockAndUnlock(db, f->accounts.at(1), localNoon(d3).addSecs(-60), &f->alice,
                                    QStringLiteral("caller verified"), call.value()))
            return e;
        return lockAndUnlock(db, f->accounts.at(2), localNoon(d1).addSecs(60));
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
    void render_data() { TestDatabase::addEngineRows(); }
    void render();
    void statisticsOncePerPeriod_data() { TestDatabase::addEngineRows(); }
    void statisticsOncePerPeriod();
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
    // After the export: the message says how many and where.
    const QString screens = QCoreApplication::applicationDirPath() + QStringLiteral("/supervisor-screens");
    QVERIFY(QDir().mkpath(screens));
    QTest::qWait(50);
    QVERIFY(
        window->grab().save(screens + QStringLiteral("/supervisor-export-done-") + engine + QStringLiteral(".png")));

    // A cancelled export leaves nothing: the worker is held until the cancel is in.
    const QString cancelledPath = folder.filePath(QStringLiteral("cancelled.csv"));
    QSemaphore gate;
    const QFuture<void> held = worker.run([&gate] { gate.acquire(); });
    panel->exportTo(cancelledPath);
    QProgressDialog* progress = panel->exportProgress();
    QVERIFY(progress);
    QTRY_VERIFY(progress->isVisible());
    // During the export: the window and its progress dialog.
    QTest::qWait(50);
    QVERIFY(window->grab().save(screens + QStringLiteral("/supervisor-exporting-") + engine + QStringLiteral(".png")));
    QVERIFY(progress->grab().save(screens + QStringLiteral("/supervisor-exporting-progress-") + engine
                                  + QStringLiteral(".png")));
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
    // The sequencer (its key is not the desk's) has sealed the events; a checkpoint was taken.
    const QByteArray key = AuditSealer::generateKey();
    QVERIFY(AuditSealer(db.database(), key).sealPending().ok());
    const Result<AuditCheckpoint::Head> head = AuditCheckpoint::take(db.database(), key, QStringLiteral("sophie"));
    QVERIFY(head.ok());
    DatabaseWorker worker(db.database());
    SupervisorWindow window(db.database(), worker, f.sophie);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    AuditTrailPanel* panel = window.auditTrailPanel();
    window.tabWidget()->setCurrentWidget(panel);
    QTRY_VERIFY_WITH_TIMEOUT(panel->model()->rowCount() > 0 && !panel->isBusy(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(panel->checkpointLabel()->text().startsWith(QStringLiteral("Last checkpoint: ")), Timeout);
    QVERIFY2(panel->checkpointLabel()->text().endsWith(
                 QStringLiteral(" by sophie, up to seal %1.").arg(QLocale().toString(head->lastSeq))),
             qPrintable(panel->checkpointLabel()->text()));

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
    QVERIFY2(panel->chainLabel()->text().startsWith(QStringLiteral("Intact: %1 event").arg(status.sealed)),
             qPrintable(panel->chainLabel()->text()));

    if (const QString folder = qEnvironmentVariable("GUICHET_RENDER_DIR"); !folder.isEmpty())
        QVERIFY(window.grab().save(QDir(folder).filePath(QStringLiteral("audit-checkpoint-%1.png").arg(engine))));

    // The second "unlock" event is removed behind its seal by the tables' owner (triggers and the
    // foreign key out of the way): the desk sees it without the sealing key.
    Database& database = db.database();
    qint64 victim = 0;
    {
        SqlQuery query(database.connection().value());
        QVERIFY(!query.exec(QStringLiteral("SELECT id FROM audit_events WHERE action = 'unlock' ORDER BY id")));
        QVERIFY(query.next() && query.next());
        victim = query.value(QStringLiteral("id")).toLongLong();
    }
    const bool pg = database.dialect().isPostgreSql();
    const QSqlDatabase connection = database.connection().value();
    for (const QString& statement : pg
             ? QStringList{QStringLiteral("ALTER TABLE audit_events DISABLE TRIGGER USER"),
                           QStringLiteral("ALTER TABLE audit_seals DROP CONSTRAINT audit_seals_event_id_fkey")}
             : QStringList{QStringLiteral("PRAGMA foreign_keys = OFF"),
                           QStringLiteral("DROP TRIGGER audit_events_no_delete")}) {
        const Error error = SqlQuery(connection).exec(statement);
        QVERIFY2(!error, qPrintable(error.detail()));
    }
    SqlQuery remove(connection);
    QVERIFY(!remove.prepare(QStringLiteral("DELETE FROM audit_events WHERE id = :id")));
    remove.bind(QStringLiteral(":id"), victim);
    QVERIFY(!remove.exec());
    QTest::mouseClick(panel->verifyButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(verifications, 2, Timeout);
    QVERIFY(!status.intact);
    QCOMPARE(status.firstBrokenId, victim);
    QCOMPARE(status.missingEvents, 1);
    const QString text = panel->chainLabel()->text();
    QVERIFY2(
        text.startsWith(QStringLiteral("Broken at seal %1 (event id %2)").arg(status.firstBrokenPosition).arg(victim)),
        qPrintable(text));
    if (const QString folder = qEnvironmentVariable("GUICHET_RENDER_DIR"); !folder.isEmpty())
        QVERIFY(window.grab().save(QDir(folder).filePath(QStringLiteral("audit-broken-%1.png").arg(engine))));
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
        const TestLanguage translation(language);
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

namespace {

// CallStatistics::compute() says in the debug log each time it runs: the test counts those lines.
std::atomic<int> computations{0};
QtMessageHandler previousHandler = nullptr;

void countComputations(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category && qstrcmp(context.category, "guichet.model.sql") == 0
        && message.contains(QLatin1String("call statistics computed")))
        ++computations;
    else if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

// The lockouts' charts and the calls tab show the same statistics of the period: one computation
// per period (at opening, at each change, at each reload), not one per tab.
void TestSupervisorWindow::statisticsOncePerPeriod()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Fixture f;
    QVERIFY(seed(db.database(), &f));
    DatabaseWorker worker(db.database());
    QLoggingCategory::setFilterRules(QStringLiteral("guichet.model.sql.debug=true"));
    previousHandler = qInstallMessageHandler(countComputations);
    const auto restore = qScopeGuard([] {
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::setFilterRules(QString());
    });
    computations = 0;
    SupervisorWindow window(db.database(), worker, f.sophie);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto settled = [&window] {
        return !window.lockoutHistoryPanel()->isBusy() && !window.callStatisticsPanel()->isBusy()
            && !window.supervisionFlagsPanel()->isBusy() && !window.auditTrailPanel()->isBusy();
    };
    QTRY_VERIFY_WITH_TIMEOUT(settled(), Timeout);
    QCOMPARE(computations.load(), 1);

    window.periodSelector()->setPeriod(f.firstDay, f.lastDay);
    QTRY_VERIFY_WITH_TIMEOUT(settled(), Timeout);
    QCOMPARE(computations.load(), 2);
    // Both tabs show that one report.
    QVERIFY(window.callStatisticsPanel()->hourBarSet());
    QVERIFY(!window.callStatisticsPanel()->totalsLabel()->text().isEmpty());

    window.reload();
    QTRY_VERIFY_WITH_TIMEOUT(settled(), Timeout);
    QCOMPARE(computations.load(), 3);
}

QTEST_MAIN(TestSupervisorWindow)
#include "tst_supervisorwindow.moc"
