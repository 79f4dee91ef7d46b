// The supervisor's charts and lockouts table on a laptop screen (issue G, items 7 and 14), on both
// engines, offscreen and on Xvfb: count axes at round whole steps, day labels that do not overlap
// under a period-naming axis title, the period and the day reachable and changed by keyboard,
// charts that describe their data; the lockouts table and the statistics' mean duration column
// uncut at 1280×720 and 1366×768 in French, the export message that leaves the table in place;
// and pictures of both tabs at both sizes.
#include "accounts/AccountRepository.h"
#include "accounts/LockoutRepository.h"
#include "db/DatabaseWorker.h"
#include "desk/CallService.h"
#include "identity/PersonRepository.h"
#include "supervision/CallStatisticsPanel.h"
#include "supervision/LockoutHistoryModel.h"
#include "supervision/LockoutHistoryPanel.h"
#include "supervision/PeriodSelector.h"
#include "supervision/ReasonStatisticsTableModel.h"
#include "supervision/SupervisorWindow.h"
#include "support/SupervisionSeed.h"
#include "support/TestAccounts.h"
#include "support/TestAgents.h"
#include "support/TestDatabases.h"
#include "support/TestLanguage.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <numeric>

namespace {

constexpr int Timeout = 15000;
// Lockouts per day over the last 30 days, today last: a busiest day of 7 (an axis of 0–8 by 2).
const QList<int> LockoutsPerDay{0, 1, 0, 2, 0, 0, 3, 1, 0, 0, 7, 0, 1, 0, 2,
                                0, 0, 1, 0, 0, 4, 0, 0, 1, 0, 2, 0, 0, 1, 1};
const QString LongReason = QStringLiteral("Appel de l'assuré depuis l'étranger, identité vérifiée par les trois "
                                          "questions et la date de naissance, déblocage demandé par le service");

using SupervisionSeed::Fixture;

// LockoutsPerDay's lockouts, each unlocked by alice five minutes later with a long reason; a call
// ended and one still open.
bool seed(Database& database, Fixture* f)
{
    if (!SupervisionSeed::addPeople(database, f, 7, LockoutsPerDay.size(), false))
        return false;
    CallService calls(database);
    const QDateTime ten = QDateTime(f->lastDay.addDays(-2), QTime(10, 0));
    const Result<qint64> ended = calls.startCall(f->alice, QStringLiteral("registration"), ten.toUTC());
    if (!ended || calls.endCall(f->alice, ended.value(), QStringLiteral("resolved"), {}, ten.addSecs(210).toUTC()))
        return false;
    if (!calls.startCall(f->alice, QStringLiteral("wrong_password_locked"), ten.addSecs(3600).toUTC()))
        return false;
    const Error error = database.write([&](QSqlDatabase& db) -> Error {
        for (int day = 0; day < LockoutsPerDay.size(); ++day) {
            for (int i = 0; i < LockoutsPerDay.at(day); ++i) {
                const QDateTime at = QDateTime(f->firstDay.addDays(day), QTime(9, 0)).addSecs(600 * i).toUTC();
                if (Error e
                    = SupervisionSeed::lockAndUnlock(db, f->accounts.at(i), at, &f->alice, LongReason, 0, 300, false))
                    return e;
            }
        }
        return {};
    });
    return !error;
}

// Presses key until the focus is on target (at most tries times).
bool tabTo(QWidget* window, QWidget* target, Qt::Key key, int tries = 30)
{
    for (int i = 0; i < tries && QApplication::focusWidget() != target; ++i)
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window, key);
    return QApplication::focusWidget() == target;
}

// A count axis as AxisTicks makes it: from 0 to a multiple of a 1, 2, 5 × 10^k step, the ticks
// on the multiples of the step (so "%d" labels are exact and distinct).
QString countAxisProblem(QChart* chart)
{
    const QList<QAbstractAxis*> axes = chart->axes(Qt::Vertical);
    if (axes.size() != 1)
        return QStringLiteral("%1 vertical axes").arg(axes.size());
    const auto* y = qobject_cast<QValueAxis*>(axes.first());
    if (!y)
        return QStringLiteral("not a value axis");
    const double intervals = y->tickCount() - 1;
    const double step = (y->max() - y->min()) / intervals;
    qint64 mantissa = qint64(step);
    while (mantissa > 0 && mantissa % 10 == 0)
        mantissa /= 10;
    if (y->min() != 0 || intervals < 1 || step != double(qint64(step))
        || (mantissa != 1 && mantissa != 2 && mantissa != 5))
        return QStringLiteral("axis %1–%2 in %3 intervals (step %4)")
            .arg(y->min())
            .arg(y->max())
            .arg(intervals)
            .arg(step);
    return {};
}

QChart* chartOf(QWidget* root, const QString& name)
{
    auto* view = root->findChild<QChartView*>(name);
    return view ? view->chart() : nullptr;
}

} // namespace

class TestSupervisorCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GuichetTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_supervisorcharts"));
        QSettings().clear();
    }
    void keyboardFilters_data() { TestDatabase::addEngineRows(); }
    void keyboardFilters();
    void axes_data() { TestDatabase::addEngineRows(); }
    void axes();
    void smallScreens_data();
    void smallScreens();
};

// The period and the day the charts show, by keyboard only: Tab reaches them, the arrows change
// them, each has an accessible name; the charts say what they show.
void TestSupervisorCharts::keyboardFilters()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Fixture f;
    QVERIFY(seed(db.database(), &f));
    DatabaseWorker worker(db.database());
    SupervisorWindow window(db.database(), worker, f.sophie);
    window.periodSelector()->setPreset(PeriodSelector::Preset::Last7Days);
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    LockoutHistoryPanel* panel = window.lockoutHistoryPanel();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && panel->chartDays().size() == 7, Timeout);

    // The period: back from the tabs to the preset list; Up is "Today", Down "Last 7 days".
    auto* preset = window.findChild<QComboBox*>(QStringLiteral("periodPresetComboBox"));
    QVERIFY(preset);
    QVERIFY(!preset->accessibleName().isEmpty());
    window.tabWidget()->tabBar()->setFocus();
    QVERIFY(tabTo(&window, preset, Qt::Key_Backtab));
    QTest::keyClick(preset, Qt::Key_Up);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && panel->chartDays() == QList<QDate>{f.lastDay}, Timeout);
    QTest::keyClick(preset, Qt::Key_Down);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && panel->chartDays().size() == 7, Timeout);

    // The day of the chart (what a click on a bar does), by Tab from the tabs and the arrows.
    auto* day = panel->findChild<QComboBox*>(QStringLiteral("dayComboBox"));
    QVERIFY2(day, "no day list beside the lockouts per day chart");
    QVERIFY(!day->accessibleName().isEmpty());
    QCOMPARE(day->count(), 1 + 7);
    window.tabWidget()->tabBar()->setFocus();
    QVERIFY(tabTo(&window, day, Qt::Key_Tab));
    QTest::keyClick(day, Qt::Key_Down);
    QCOMPARE(panel->currentFilter().from, f.lastDay.addDays(-6).startOfDay());
    QTest::keyClick(day, Qt::Key_Down);
    QTest::keyClick(day, Qt::Key_Down);
    QCOMPARE(panel->currentFilter().from, f.lastDay.addDays(-4).startOfDay());
    QCOMPARE(panel->currentFilter().to, f.lastDay.addDays(-3).startOfDay());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), Timeout);
    QCOMPARE(panel->model()->rowCount(), LockoutsPerDay.at(LockoutsPerDay.size() - 5));
    // A click on a bar chooses that day in the list too; the whole period is the first item.
    Q_EMIT panel->dayBarSet()->clicked(6);
    QCOMPARE(day->currentData().toDate(), f.lastDay);
    QTest::keyClick(day, Qt::Key_Home);
    QCOMPARE(panel->currentFilter().from, f.lastDay.addDays(-6).startOfDay());
    QCOMPARE(panel->currentFilter().to, f.lastDay.addDays(1).startOfDay());

    // The charts have a name and a description that sums their data up.
    auto* perDay = panel->findChild<QChartView*>(QStringLiteral("lockoutsPerDayChartView"));
    QVERIFY(perDay && !perDay->accessibleName().isEmpty());
    const int week = std::accumulate(LockoutsPerDay.cend() - 7, LockoutsPerDay.cend(), 0);
    QVERIFY2(perDay->accessibleDescription().startsWith(
                 LockoutHistoryPanel::tr("%n lockout(s) in the period.", nullptr, week)),
             qPrintable(perDay->accessibleDescription()));
    QTRY_VERIFY_WITH_TIMEOUT(!window.callStatisticsPanel()->isBusy(), Timeout);
    auto* perHour = window.callStatisticsPanel()->findChild<QChartView*>(QStringLiteral("callsPerHourChartView"));
    QVERIFY(perHour && !perHour->accessibleName().isEmpty());
    QVERIFY2(perHour->accessibleDescription().startsWith(
                 CallStatisticsPanel::tr("%n call(s) in the period; the busiest hour: %1 h (%2).", nullptr, 2)
                     .arg(10)
                     .arg(1)),
             qPrintable(perHour->accessibleDescription()));
    window.close();
}

// Whole ticks at round steps on every chart; the day axis names the period and its labels have
// room at 1280×720.
void TestSupervisorCharts::axes()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Fixture f;
    QVERIFY(seed(db.database(), &f));
    DatabaseWorker worker(db.database());
    SupervisorWindow window(db.database(), worker, f.sophie);
    window.periodSelector()->setPeriod(f.firstDay, f.lastDay);
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    LockoutHistoryPanel* panel = window.lockoutHistoryPanel();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && panel->chartDays().size() == 30, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!window.callStatisticsPanel()->isBusy(), Timeout);

    for (const QString& name :
         {QStringLiteral("lockoutsPerDayChartView"), QStringLiteral("actionsPerAgentChartView")}) {
        QChart* chart = chartOf(panel, name);
        QVERIFY(chart);
        const QString problem = countAxisProblem(chart);
        QVERIFY2(problem.isEmpty(), qPrintable(name + u": " + problem));
    }
    QChart* hours = chartOf(window.callStatisticsPanel(), QStringLiteral("callsPerHourChartView"));
    QVERIFY(hours);
    QVERIFY2(countAxisProblem(hours).isEmpty(), qPrintable(countAxisProblem(hours)));
    auto* y = qobject_cast<QValueAxis*>(
        chartOf(panel, QStringLiteral("lockoutsPerDayChartView"))->axes(Qt::Vertical).first());
    QCOMPARE(y->max(), 8.0); // the busiest day has 7
    QCOMPARE(y->tickCount(), 5);

    // The day axis: its title names the period, its labels (every n-th day) do not overlap.
    QChart* days = chartOf(panel, QStringLiteral("lockoutsPerDayChartView"));
    auto* x = qobject_cast<QCategoryAxis*>(days->axes(Qt::Horizontal).value(0));
    QVERIFY2(x, "the day axis cannot skip labels");
    QVERIFY2(x->titleText().contains(QString::number(f.lastDay.year())), qPrintable(x->titleText()));
    QVERIFY2(x->titleText().contains(QString::number(f.lastDay.day())), qPrintable(x->titleText()));
    const double bar = days->plotArea().width() / 30;
    QVERIFY(bar > 0);
    const QFontMetricsF metrics(x->labelsFont());
    const QStringList labels = x->categoriesLabels();
    QVERIFY(labels.size() >= 2);
    QString previous;
    for (const QString& label : labels) {
        if (label.isEmpty())
            continue;
        if (!previous.isEmpty()) {
            const double room = (x->endValue(label) - x->endValue(previous)) * bar;
            const double needed = (metrics.horizontalAdvance(label) + metrics.horizontalAdvance(previous)) / 2;
            QVERIFY2(room >= needed,
                     qPrintable(QStringLiteral("%1 and %2: %3 px for %4").arg(previous, label).arg(room).arg(needed)));
        }
        previous = label;
    }
    window.close();
}

void TestSupervisorCharts::smallScreens_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QSize>("size");
    for (const QString& engine : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
        for (const QSize& size : {QSize(1280, 720), QSize(1366, 768)})
            QTest::addRow("%s-%dx%d", qPrintable(engine), size.width(), size.height()) << engine << size;
    }
}

// In French at 1280×720 and 1366×768: the lockouts table's columns fit its viewport and a cut cell
// has its whole text in a tooltip; the mean duration column holds "aucun terminé"; the export
// message leaves the table where it was. Pictures of both tabs.
void TestSupervisorCharts::smallScreens()
{
    QFETCH(QString, engine);
    QFETCH(QSize, size);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Fixture f;
    QVERIFY(seed(db.database(), &f));
    DatabaseWorker worker(db.database());
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const TestLanguage french(QStringLiteral("fr"));
    QSettings().clear();
    SupervisorWindow window(db.database(), worker, f.sophie);
    window.periodSelector()->setPeriod(f.firstDay, f.lastDay);
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), size);
    LockoutHistoryPanel* panel = window.lockoutHistoryPanel();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && panel->model()->rowCount() > 0 && panel->dayBarSet(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!window.callStatisticsPanel()->isBusy(), Timeout);

    // The lockouts table: no column beyond the viewport; a cell too narrow for its text has it whole
    // in its tooltip.
    auto* table = panel->findChild<QTableView*>(QStringLiteral("lockoutTableView"));
    QVERIFY(table);
    QHeaderView* header = table->horizontalHeader();
    const int last = header->count() - 1;
    QVERIFY2(header->sectionViewportPosition(last) + header->sectionSize(last) <= table->viewport()->width(),
             qPrintable(QStringLiteral("columns end at %1, viewport %2 wide")
                            .arg(header->sectionViewportPosition(last) + header->sectionSize(last))
                            .arg(table->viewport()->width())));
    for (int column = 0; column <= last; ++column) {
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column)
                     || column == LockoutHistoryModel::Reason,
                 qPrintable(QStringLiteral("heading %1 cut").arg(column)));
        for (int row = 0; row < std::min(panel->model()->rowCount(), 10); ++row) {
            const QModelIndex index = panel->model()->index(row, column);
            const bool fits = table->sizeHintForIndex(index).width() <= header->sectionSize(column) + 1;
            QVERIFY2(fits || index.data(Qt::ToolTipRole).toString() == index.data().toString(),
                     qPrintable(QStringLiteral("cell %1,%2 cut without a tooltip: %3")
                                    .arg(row)
                                    .arg(column)
                                    .arg(index.data().toString())));
        }
    }

    // The export message: the table stays where it was.
    auto* message = panel->findChild<QLabel*>(QStringLiteral("messageLabel"));
    QVERIFY(message);
    const QRect before(table->mapTo(&window, QPoint(0, 0)), table->size());
    QSignalSpy exported(panel, &LockoutHistoryPanel::exportFinished);
    const QString path = folder.filePath(QStringLiteral("un-dossier-au-nom-assez-long/verrouillages-du-mois.csv"));
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    panel->exportTo(path);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, Timeout);
    QVERIFY(exported.at(0).at(0).toBool());
    QTRY_VERIFY(!panel->exportProgress());
    QVERIFY(!message->text().isEmpty());
    QVERIFY2(message->toolTip().contains(QDir::toNativeSeparators(path)), qPrintable(message->toolTip()));
    // The line itself names the whole file (the folder is in the tooltip), uncut at every size.
    // (once the busy indicator beside it is gone).
    QTRY_VERIFY2(message->text().contains(QFileInfo(path).fileName()), qPrintable(message->text()));
    QApplication::processEvents();
    QCOMPARE(QRect(table->mapTo(&window, QPoint(0, 0)), table->size()), before);
    QVERIFY(message->sizeHint().width() <= message->width() || message->text() != message->toolTip());

    const QString folderPath = QCoreApplication::applicationDirPath() + QStringLiteral("/supervisor-screens");
    QVERIFY(QDir().mkpath(folderPath));
    const QString suffix = QStringLiteral("%1x%2-fr-%3.png").arg(size.width()).arg(size.height()).arg(engine);
    QVERIFY(window.grab().save(folderPath + QStringLiteral("/charts-lockouts-") + suffix));

    // The statistics: the mean duration column holds its longest cell ("aucun terminé").
    window.tabWidget()->setCurrentWidget(window.callStatisticsPanel());
    QTest::qWait(50);
    QTableView* reasons = window.callStatisticsPanel()->tableView();
    ReasonStatisticsTableModel* model = window.callStatisticsPanel()->model();
    const int mean = model->columnCount() - 1;
    bool noneEnded = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, mean);
        noneEnded = noneEnded || index.data().toString() == ReasonStatisticsTableModel::tr("none ended");
        QVERIFY2(reasons->sizeHintForIndex(index).width() <= reasons->columnWidth(mean),
                 qPrintable(QStringLiteral("%1 needs %2 px, has %3")
                                .arg(index.data().toString())
                                .arg(reasons->sizeHintForIndex(index).width())
                                .arg(reasons->columnWidth(mean))));
    }
    QVERIFY(noneEnded);
    const int end = reasons->horizontalHeader()->sectionViewportPosition(mean) + reasons->columnWidth(mean);
    QVERIFY2(end <= reasons->viewport()->width(), qPrintable(QString::number(end)));
    QVERIFY(window.grab().save(folderPath + QStringLiteral("/charts-calls-") + suffix));
    qInfo("rendered %s/charts-{lockouts,calls}-%s", qPrintable(folderPath), qPrintable(suffix));
    window.close();
}

QTEST_MAIN(TestSupervisorCharts)
#include "tst_supervisorcharts.moc"
