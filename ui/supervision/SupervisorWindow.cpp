#include "supervision/SupervisorWindow.h"

#include "common/AboutDialog.h"
#include "common/AccessibleNames.h"
#include "common/ShortcutPriority.h"
#include "common/WindowGeometry.h"
#include "db/DatabaseWorker.h"
#include "db/ReadReplica.h"
#include "supervision/AuditTrailPanel.h"
#include "supervision/CallStatistics.h"
#include "supervision/CallStatisticsPanel.h"
#include "supervision/LockoutHistoryPanel.h"
#include "supervision/PeriodSelector.h"
#include "supervision/ReissueApprovalsPanel.h"
#include "supervision/SupervisionFlagsPanel.h"

#include <QAbstractButton>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

const QString GeometryKey = QStringLiteral("SupervisorWindow/geometry");
const QString StateKey = QStringLiteral("SupervisorWindow/state");
const QString TabKey = QStringLiteral("SupervisorWindow/tab");
const QString LockoutSplitterKey = QStringLiteral("SupervisorWindow/lockoutSplitter");
const QString ChartSplitterKey = QStringLiteral("SupervisorWindow/chartSplitter");
const QString StatisticsSplitterKey = QStringLiteral("SupervisorWindow/statisticsSplitter");

QSplitter* lockoutSplitter(const QWidget* panel)
{
    return panel->findChild<QSplitter*>(QStringLiteral("lockoutSplitter"));
}

QSplitter* chartSplitter(const QWidget* panel)
{
    return panel->findChild<QSplitter*>(QStringLiteral("chartSplitter"));
}

} // namespace

SupervisorWindow::SupervisorWindow(Database& database, DatabaseWorker& worker, const AgentSession& session,
                                   QWidget* parent)
    : SupervisorWindow(database, worker, nullptr, session, parent)
{ }

SupervisorWindow::SupervisorWindow(Database& database, DatabaseWorker& worker, ReadReplica* replica,
                                   const AgentSession& session, QWidget* parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_worker(worker)
    , m_replica(replica)
    , m_session(session)
    , m_period(new PeriodSelector(this))
    , m_tabs(new QTabWidget(this))
    , m_lockouts(new LockoutHistoryPanel(database, worker, session, m_tabs))
    , m_statistics(new CallStatisticsPanel(m_tabs))
    , m_flags(new SupervisionFlagsPanel(database, worker, session, m_tabs))
    , m_audit(new AuditTrailPanel(database, worker, session, m_tabs))
    , m_approvals(new ReissueApprovalsPanel(database, worker, session, m_tabs))
{
    setObjectName(QStringLiteral("SupervisorWindow"));
    //: Window title; %1 is the supervisor's name.
    setWindowTitle(tr("Guichet — supervision — %1").arg(session.displayName));
    m_tabs->setObjectName(QStringLiteral("supervisionTabWidget"));
    m_tabs->addTab(m_lockouts, tr("&Lockouts"));
    m_tabs->addTab(m_statistics, tr("&Calls"));
    m_tabs->addTab(m_flags, tr("&Flags"));
    m_tabs->addTab(m_audit, tr("&Audit trail"));
    m_tabs->addTab(m_approvals, tr("App&rovals"));
    m_tabs->setTabToolTip(0, tr("The history of account lockouts, with charts and the CSV export"));
    m_tabs->setTabToolTip(1, tr("Calls per reason and per hour"));
    m_tabs->setTabToolTip(2, tr("What deserves a look: repeated lockouts, unusual agents, unused passwords"));
    m_tabs->setTabToolTip(3, tr("Every recorded action, and the check of its chain"));
    m_tabs->setTabToolTip(4, tr("Reissues to a changed e-mail address waiting for a supervisor's approval"));
    m_tabs->tabBar()->setAccessibleName(tr("Supervision tabs"));

    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("supervisionContent"));
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_period);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    auto* agent = new QLabel(tr("Signed in: %1").arg(session.displayName), this);
    agent->setObjectName(QStringLiteral("agentLabel"));
    agent->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(agent);
    if (m_replica) {
        m_lockouts->setReadReplica(m_replica);
        m_readsLabel = new QLabel(this);
        m_readsLabel->setObjectName(QStringLiteral("readsLabel"));
        m_readsLabel->setTextFormat(Qt::PlainText);
        statusBar()->addPermanentWidget(m_readsLabel);
        connect(m_lockouts, &LockoutHistoryPanel::replicaReadFinished, this, &SupervisorWindow::showReplicaStatus);
    }

    createMenus();
    connect(m_period, &PeriodSelector::periodChanged, this, &SupervisorWindow::reload);
    connect(m_lockouts, &LockoutHistoryPanel::agentsChanged, m_audit, &AuditTrailPanel::setAgents);
    connect(m_flags, &SupervisionFlagsPanel::accountRequested, this, [this](qint64 accountId, const QString& nir) {
        m_audit->showAccount(accountId, nir);
        m_tabs->setCurrentWidget(m_audit);
    });
    setTabOrder(m_period, m_tabs);

    AccessibleNames::nameComboBoxesFromLabels(this);
    restoreSettings();
    nameUnnamedControls();
    reload();
}

SupervisorWindow::~SupervisorWindow() = default;

void SupervisorWindow::createMenus()
{
    QMenu* menu = menuBar()->addMenu(tr("&Supervision"));
    QAction* reloadAction = menu->addAction(tr("&Reload"));
    reloadAction->setObjectName(QStringLiteral("reloadAction"));
    reloadAction->setShortcut(QKeySequence::Refresh);
    connect(reloadAction, &QAction::triggered, this, &SupervisorWindow::reload);
    QAction* exportAction = menu->addAction(tr("E&xport the lockouts (CSV)…"));
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(exportAction, &QAction::triggered, m_lockouts, &LockoutHistoryPanel::chooseExportFile);
    menu->addSeparator();
    QAction* closeAction = menu->addAction(tr("&Close"));
    closeAction->setObjectName(QStringLiteral("closeAction"));
    closeAction->setShortcut(QKeySequence::Close);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);

    // Ctrl+Tab / Ctrl+PgDown and Ctrl+Shift+Tab / Ctrl+PgUp change tabs from anywhere in the window,
    // a table included (ShortcutPriority keeps them from the focused widget).
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* nextTab = view->addAction(tr("&Next tab"));
    nextTab->setObjectName(QStringLiteral("nextTabAction"));
    nextTab->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    connect(nextTab, &QAction::triggered, this, [this] { showTab(m_tabs->currentIndex() + 1); });
    QAction* previousTab = view->addAction(tr("&Previous tab"));
    previousTab->setObjectName(QStringLiteral("previousTabAction"));
    previousTab->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    connect(previousTab, &QAction::triggered, this, [this] { showTab(m_tabs->currentIndex() - 1); });
    new ShortcutPriority(this);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Guichet"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &SupervisorWindow::showAbout);
}

void SupervisorWindow::showAbout()
{
    AboutDialog::showOnce(&m_aboutDialog, m_schemaVersion, this);
}

void SupervisorWindow::showTab(int index)
{
    const int count = m_tabs->count();
    m_tabs->setCurrentIndex((index % count + count) % count);
}

void SupervisorWindow::reload()
{
    // Where the figures will come from, first (the replica's jobs run in order).
    checkReplica();
    const QDateTime from = m_period->from();
    const QDateTime to = m_period->to();
    m_lockouts->setPeriod(from, to);
    m_flags->setPeriod(from, to);
    m_audit->setPeriod(from, to);
    m_approvals->reload();

    // The statistics of the period, computed once for the two tabs that chart them.
    const quint64 sequence = ++m_statisticsSequence;
    m_lockouts->expectStatistics();
    m_statistics->setLoading();
    Database* database = &m_database;
    const AgentSession session = m_session;
    auto done = [this, sequence](const Result<CallStatistics::Report>& report) {
        if (m_replica)
            showReplicaStatus();
        if (sequence != m_statisticsSequence)
            return; // another period was asked for meanwhile
        m_lockouts->showStatistics(report);
        m_statistics->showStatistics(report);
    };
    if (!m_replica) {
        m_worker.submit(
            this, [database, session, from, to] { return CallStatistics(*database).compute(session, from, to); }, done);
        return;
    }
    using Report = Result<CallStatistics::Report>;
    ReadReplica* replica = m_replica;
    m_replica->worker().submit(
        this,
        [replica, database, session, from, to] {
            return replica->read<Report>(
                [database, session, from, to](Database& reads) {
                    return CallStatistics(*database, reads).compute(session, from, to);
                },
                [](const Report& report) { return report ? Error() : report.error(); });
        },
        done);
}

void SupervisorWindow::checkReplica()
{
    if (!m_replica)
        return;
    ReadReplica* replica = m_replica;
    m_replica->worker().submit(
        this, [replica] { replica->check(); }, [this] { showReplicaStatus(); });
}

// The status bar says where the figures come from: the replica (up to date, or how far behind),
// or the primary while the replica cannot be reached — a notice, not an error: the figures are right.
void SupervisorWindow::showReplicaStatus()
{
    const ReadReplica::Status status = m_replica->status();
    QString text;
    QString tip;
    bool warning = false;
    if (status.source == ReadReplica::Status::Source::PrimaryFallback) {
        text = tr("Replica unreachable: figures from the main server");
        tip = tr("The read replica does not answer; the lockouts, the statistics and the export are read from the "
                 "main server meanwhile, and from the replica again once it answers.");
        warning = true;
    } else if (!status.inRecovery) {
        text = tr("Figures from the reads server (not a replica)");
        tip = tr("The profile's reads address names a server that is not a standby: the figures are current, but "
                 "the load is not taken off the main server.");
    } else if (status.upToDate) {
        text = tr("Figures from the replica, up to date");
    } else if (status.lagBytes >= 0) {
        const QString size = QLocale().formattedDataSize(status.lagBytes);
        if (status.lagSeconds >= 0)
            //: %1 is an amount of data (e.g. "12 KB"), %2 a number of seconds.
            text
                = tr("Figures from the replica, %1 behind (as of %2 s ago)").arg(size).arg(qRound64(status.lagSeconds));
        else
            //: %1 is an amount of data (e.g. "12 KB").
            text = tr("Figures from the replica, %1 behind").arg(size);
        tip = tr("The replica has not replayed the latest changes of the main server yet: the most recent lockouts "
                 "may be missing. Reload to check again.");
    } else {
        text = tr("Figures from the replica");
    }
    if (status.checkedAt.isValid()) {
        //: %1 is a time of day.
        const QString checked
            = tr("Checked at %1.").arg(QLocale().toString(status.checkedAt.toLocalTime().time(), QLocale::ShortFormat));
        tip = tip.isEmpty() ? checked : tip + QLatin1Char(' ') + checked;
    }
    m_readsLabel->setText(text);
    m_readsLabel->setToolTip(tip);
    m_readsLabel->setAccessibleName(text);
    m_readsLabel->setProperty("warning", warning);
    m_readsLabel->setStyleSheet(warning ? QStringLiteral("QLabel { color: #8a4b00; font-weight: bold; }") : QString());
}

// Scroll bars, headings and the tables' corner buttons that no panel named say what they are.
void SupervisorWindow::nameUnnamedControls()
{
    const QList<QWidget*> widgets = findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->accessibleName().isEmpty())
            continue;
        if (auto* bar = qobject_cast<QScrollBar*>(widget))
            bar->setAccessibleName(bar->orientation() == Qt::Horizontal ? tr("Scroll sideways") : tr("Scroll"));
        else if (auto* header = qobject_cast<QHeaderView*>(widget))
            header->setAccessibleName(header->orientation() == Qt::Horizontal ? tr("Column headings")
                                                                              : tr("Row headings"));
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            button->setAccessibleName(button->text().isEmpty() ? tr("Select all") : button->text());
    }
}

void SupervisorWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void SupervisorWindow::restoreSettings()
{
    const QSettings settings;
    WindowGeometry::restore(this, QSize(1280, 860), settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    m_tabs->setCurrentIndex(settings.value(TabKey, 0).toInt());
    lockoutSplitter(m_lockouts)->restoreState(settings.value(LockoutSplitterKey).toByteArray());
    chartSplitter(m_lockouts)->restoreState(settings.value(ChartSplitterKey).toByteArray());
    m_statistics->splitter()->restoreState(settings.value(StatisticsSplitterKey).toByteArray());
}

void SupervisorWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(TabKey, m_tabs->currentIndex());
    settings.setValue(LockoutSplitterKey, lockoutSplitter(m_lockouts)->saveState());
    settings.setValue(ChartSplitterKey, chartSplitter(m_lockouts)->saveState());
    settings.setValue(StatisticsSplitterKey, m_statistics->splitter()->saveState());
}
