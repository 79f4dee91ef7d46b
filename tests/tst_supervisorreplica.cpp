// The supervisor's desk with a profile that names a streaming replica, against the real standby
// of resources/scripts/with-postgresql.sh: the lockout history reads from the standby (a lockout
// written on the primary while the standby's replay is paused is not listed; it is once the replay
// resumes), the status bar says where the figures come from and how far behind they are, the
// reads go to the primary with a notice (not an error) while the standby is stopped, and back to
// it once it runs again. Pictures of the indicator in tests' supervisor-screens folder.
// PostgreSQL only: there is no replica of an SQLite file. RUN_SERIAL: it stops the standby.
#include "db/DatabaseWorker.h"
#include "db/ReadReplica.h"
#include "supervision/LockoutHistoryModel.h"
#include "supervision/LockoutHistoryPanel.h"
#include "supervision/PeriodSelector.h"
#include "supervision/SupervisorWindow.h"
#include "support/SupervisionSeed.h"
#include "support/TestDatabases.h"
#include "support/TestReplica.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace {

constexpr int Timeout = 20000;

using SupervisionSeed::Fixture;
using SupervisionSeed::localNoon;

Error lockOut(Database& database, qint64 account, const QDateTime& at)
{
    return database.write([&](QSqlDatabase& db) { return SupervisionSeed::lockAndUnlock(db, account, at); });
}

QString screenshot(QWidget& window, const QString& name)
{
    const QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/supervisor-screens");
    QDir().mkpath(folder);
    const QString path = folder + QStringLiteral("/supervisor-replica-%1.png").arg(name);
    return window.grab().save(path) ? path : QString();
}

bool anyMessageBox()
{
    const QList<QWidget*> windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (qobject_cast<QMessageBox*>(window) && window->isVisible())
            return true;
    }
    return false;
}

} // namespace

class TestSupervisorReplica : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GuichetTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_supervisorreplica"));
        QSettings().clear();
    }
    void historyFromTheStandby();
};

void TestSupervisorReplica::historyFromTheStandby()
{
    if (!TestReplica::require())
        return;
    GUICHET_TEST_DATABASE(db, QStringLiteral("postgresql"));
    QVERIFY(db.migrate());
    Fixture f;
    QVERIFY(SupervisionSeed::addPeople(db.database(), &f, 3, 7, false));
    QVERIFY(!lockOut(db.database(), f.accounts.at(0), localNoon(f.lastDay.addDays(-2))));
    QString why;
    QVERIFY2(TestReplica::waitForReplay(db.url(), &why), qPrintable(why));

    DatabaseWorker worker(db.database());
    ReadReplica replica(db.database(), TestReplica::urlFor(db.url()));
    SupervisorWindow window(db.database(), worker, &replica, f.sophie);
    window.periodSelector()->setPeriod(f.firstDay, f.lastDay);
    window.resize(1280, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    LockoutHistoryPanel* panel = window.lockoutHistoryPanel();
    LockoutHistoryModel* model = panel->model();
    QLabel* reads = window.findChild<QLabel*>(QStringLiteral("readsLabel"));
    QVERIFY(reads);
    QCOMPARE(reads, window.readsLabel());
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(reads->text().contains(QLatin1String("replica")), Timeout);
    QVERIFY(!reads->property("warning").toBool());

    // The replay paused, a lockout written on the primary: the standby's listing does not have it,
    // and the status bar says the replica is behind.
    QVERIFY2(TestReplica::pauseReplay(&why), qPrintable(why));
    auto resume = qScopeGuard([] {
        QString ignored;
        TestReplica::resumeReplay(&ignored);
    });
    QVERIFY(!lockOut(db.database(), f.accounts.at(1), localNoon(f.lastDay.addDays(-1))));
    window.reload();
    QTRY_VERIFY_WITH_TIMEOUT(reads->text().contains(QLatin1String("behind")), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), Timeout);
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(!screenshot(window, QStringLiteral("behind")).isEmpty());

    // Replay resumed: the standby has it.
    resume.dismiss();
    QVERIFY2(TestReplica::resumeReplay(&why), qPrintable(why));
    QVERIFY2(TestReplica::waitForReplay(db.url(), &why), qPrintable(why));
    window.reload();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), Timeout);
    QVERIFY(replica.usesReplica());

    // The standby stopped: the reads go to the primary (both lockouts), with a notice in the status
    // bar and no error anywhere.
    QVERIFY2(TestReplica::stop(&why), qPrintable(why));
    auto restart = qScopeGuard([] {
        QString ignored;
        TestReplica::start(&ignored);
    });
    QVERIFY(!lockOut(db.database(), f.accounts.at(2), localNoon(f.lastDay)));
    window.reload();
    QTRY_VERIFY_WITH_TIMEOUT(reads->property("warning").toBool(), Timeout);
    QVERIFY2(reads->text().contains(QLatin1String("unreachable")), qPrintable(reads->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, Timeout);
    QVERIFY(!replica.usesReplica());
    const QLabel* message = panel->findChild<QLabel*>(QStringLiteral("messageLabel"));
    QVERIFY(message);
    QVERIFY2(!message->text().contains(QLatin1String("database"), Qt::CaseInsensitive), qPrintable(message->text()));
    QVERIFY(!anyMessageBox());
    QVERIFY(!screenshot(window, QStringLiteral("fallback")).isEmpty());

    // The standby back: the reads return to it.
    restart.dismiss();
    QVERIFY2(TestReplica::start(&why), qPrintable(why));
    QVERIFY2(TestReplica::waitForReplay(db.url(), &why), qPrintable(why));
    window.reload();
    QTRY_VERIFY_WITH_TIMEOUT(!reads->property("warning").toBool(), Timeout);
    QVERIFY2(reads->text().contains(QLatin1String("replica")), qPrintable(reads->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), Timeout);
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(replica.usesReplica());
    QCOMPARE(replica.status().source, ReadReplica::Status::Source::Replica);
}

QTEST_MAIN(TestSupervisorReplica)
#include "tst_supervisorreplica.moc"
