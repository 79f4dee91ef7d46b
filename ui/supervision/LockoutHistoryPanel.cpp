#include "supervision/LockoutHistoryPanel.h"

#include "common/BarChart.h"
#include "common/NirLineEdit.h"
#include "db/DatabaseWorker.h"
#include "db/ReadReplica.h"
#include "supervision/LockoutDetailText.h"
#include "supervision/LockoutHistoryExport.h"
#include "supervision/LockoutHistoryModel.h"
#include "supervision/SupervisionPolicy.h"
#include "text/ErrorText.h"
#include "ui_LockoutHistoryPanel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <numeric>

namespace {

void replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

LockoutHistoryPanel::LockoutHistoryPanel(Database& database, DatabaseWorker& worker, const AgentSession& session,
                                         QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LockoutHistoryPanel>())
    , m_database(database)
    , m_worker(worker)
    , m_session(session)
    , m_progressTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("lockoutHistoryPanel"));
    // Pages run on the worker; the model applies them on this thread.
    m_model = new LockoutHistoryModel(
        [this](const LockoutHistoryModel::Request& request, LockoutHistoryModel::Done done) {
            Database* db = &m_database;
            const AgentSession actor = m_session;
            submitRead<Result<LockoutHistory::Page>>(
                [db, actor, request](Database& reads) {
                    return LockoutHistory(*db, reads)
                        .page(actor, request.filter, request.sort, request.after, request.limit);
                },
                [](const Result<LockoutHistory::Page>& page) { return page ? Error() : page.error(); },
                [this, done](const Result<LockoutHistory::Page>& page) {
                    m_pageError = page ? Error() : page.error();
                    done(page);
                });
        },
        this);

    m_ui->stateComboBox->addItem(tr("All lockouts"), int(LockoutHistory::State::All));
    m_ui->stateComboBox->addItem(tr("Still locked"), int(LockoutHistory::State::StillLocked));
    m_ui->stateComboBox->addItem(tr("Unlocked"), int(LockoutHistory::State::Unlocked));
    m_ui->repeatOnlyCheckBox->setAccessibleDescription(
        tr("Shows only lockouts of an account locked %1 times or more in %2 days.")
            .arg(SupervisionPolicy::RepeatedLockoutCount)
            .arg(SupervisionPolicy::RepeatedLockoutWindowDays));
    m_ui->busyProgressBar->setVisible(false);
    m_ui->wholePeriodPushButton->setVisible(false);
    //: In the list of days: the table shows every day of the period.
    m_ui->dayComboBox->addItem(tr("Whole period"), QDate());
    // The row of the day, the NIR's problem and the messages keeps its height whatever it shows:
    // a message or the whole period button does not push the table down.
    m_ui->filtersGridLayout->setRowMinimumHeight(
        1,
        std::max({m_ui->dayComboBox->sizeHint().height(), m_ui->wholePeriodPushButton->sizeHint().height(),
                  m_ui->busyProgressBar->sizeHint().height()}));
    m_ui->messageLabel->installEventFilter(this);

    m_ui->lockoutTableView->setModel(m_model);
    m_ui->lockoutTableView->verticalHeader()->setVisible(false);
    QHeaderView* header = m_ui->lockoutTableView->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(LockoutHistoryModel::LockedAt, Qt::DescendingOrder);
    header->setAccessibleName(tr("Columns of the lockouts"));
    // The columns fit the table on a 1280 px screen: each as wide as what it holds, the reason
    // takes what is left (elided, whole in its tooltip).
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(LockoutHistoryModel::Reason, QHeaderView::Stretch);
    const QFontMetrics metrics(m_ui->lockoutTableView->font());
    const int margin = 2 * m_ui->lockoutTableView->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 12;
    const int date = metrics.horizontalAdvance(
        QLocale().toString(QDateTime(QDate(2026, 12, 31), QTime(23, 59)), QLocale::ShortFormat));
    const QList<int> widths{date,
                            std::max(date, metrics.horizontalAdvance(m_model->stillLockedText())),
                            metrics.horizontalAdvance(QStringLiteral("000")),
                            metrics.horizontalAdvance(QStringLiteral("0 00 00 00 000 000 00")),
                            metrics.horizontalAdvance(QStringLiteral("Marie-Christine Martin")),
                            0,
                            metrics.horizontalAdvance(QStringLiteral("000000"))};
    for (int column = 0; column < widths.size(); ++column) {
        if (column != LockoutHistoryModel::Reason)
            m_ui->lockoutTableView->setColumnWidth(
                column, std::max(widths.at(column) + margin, header->sectionSizeHint(column)));
    }
    m_ui->detailLabel->setText(tr("Select a lockout to see its detail."));
    m_ui->tableDetailSplitter->setStretchFactor(0, 3);
    m_ui->tableDetailSplitter->setStretchFactor(1, 1);
    m_ui->lockoutSplitter->setStretchFactor(0, 3);
    m_ui->lockoutSplitter->setStretchFactor(1, 2);
    for (QChartView* view : {m_ui->lockoutsPerDayChartView, m_ui->actionsPerAgentChartView})
        view->setRenderHint(QPainter::Antialiasing);

    fillAgentCombo();
    connect(m_ui->stateComboBox, &QComboBox::activated, this, &LockoutHistoryPanel::applyFilter);
    connect(m_ui->unlockedByComboBox, &QComboBox::activated, this, &LockoutHistoryPanel::applyFilter);
    connect(m_ui->repeatOnlyCheckBox, &QCheckBox::toggled, this, &LockoutHistoryPanel::applyFilter);
    connect(m_ui->nirLineEdit, &NirLineEdit::nirChanged, this, &LockoutHistoryPanel::onNirChanged);
    connect(m_ui->wholePeriodPushButton, &QPushButton::clicked, this, &LockoutHistoryPanel::showWholePeriod);
    connect(m_ui->dayComboBox, &QComboBox::activated, this, &LockoutHistoryPanel::onDayActivated);
    connect(m_ui->exportPushButton, &QPushButton::clicked, this, &LockoutHistoryPanel::chooseExportFile);
    connect(m_ui->lockoutTableView->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &LockoutHistoryPanel::onSortChanged);
    connect(m_ui->lockoutTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LockoutHistoryPanel::loadDetail);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) { rememberAgents(first, last); });
    connect(m_model, &LockoutHistoryModel::pageLoaded, this, [this](int) {
        if (m_model->rowCount() == 0)
            setMessage(tr("No lockout matches the filter in this period."));
        else
            setMessage({});
        if (!m_ui->lockoutTableView->currentIndex().isValid() && m_model->rowCount() > 0)
            m_ui->lockoutTableView->selectRow(0);
    });
    connect(m_model, &LockoutHistoryModel::loadFailed, this, [this] { showError(m_pageError); });
    m_progressTimer->setInterval(200);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_progress && m_exportRows)
            m_progress->setLabelText(tr("Exporting the lockouts: %n written…", nullptr, int(m_exportRows->load())));
    });
}

LockoutHistoryPanel::~LockoutHistoryPanel()
{
    if (m_exportCancel)
        *m_exportCancel = true; // the job stops at its next page; its file is discarded
}

template <typename T, typename Job, typename Done> void LockoutHistoryPanel::submit(Job job, Done done)
{
    setBusy(true);
    m_worker.submit(this, std::move(job), [this, done](const T& result) {
        setBusy(false);
        done(result);
    });
}

template <typename T, typename Job, typename ErrorOf, typename Done>
void LockoutHistoryPanel::submitRead(Job job, ErrorOf errorOf, Done done)
{
    if (!m_replica) {
        Database* primary = &m_database;
        submit<T>([primary, job] { return job(*primary); }, std::move(done));
        return;
    }
    setBusy(true);
    ReadReplica* replica = m_replica;
    replica->worker().submit(
        this,
        [replica, job, errorOf] {
            return replica->read<T>(std::function<T(Database&)>(job), std::function<Error(const T&)>(errorOf));
        },
        [this, done](const T& result) {
            setBusy(false);
            done(result);
            Q_EMIT replicaReadFinished();
        });
}

void LockoutHistoryPanel::setBusy(bool busy)
{
    const bool was = m_pending > 0;
    m_pending += busy ? 1 : -1;
    m_ui->busyProgressBar->setVisible(m_pending > 0);
    if (was != (m_pending > 0))
        Q_EMIT busyChanged(m_pending > 0);
}

void LockoutHistoryPanel::setMessage(const QString& text, const QString& whole)
{
    m_message = text;
    m_ui->messageLabel->setAccessibleName(whole.isEmpty() ? text : whole);
    m_ui->messageLabel->setToolTip(whole.isEmpty() ? text : whole);
    elideMessage();
}

// One line, cut in its middle when it does not fit (a long path): the whole text is its tooltip.
void LockoutHistoryPanel::elideMessage()
{
    QLabel* label = m_ui->messageLabel;
    label->setText(label->fontMetrics().elidedText(m_message, Qt::ElideMiddle, std::max(label->width(), 1)));
}

bool LockoutHistoryPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->messageLabel && event->type() == QEvent::Resize)
        elideMessage();
    return QWidget::eventFilter(watched, event);
}

void LockoutHistoryPanel::showError(const Error& error)
{
    setMessage(ErrorText::error(error));
}

LockoutHistory::Filter LockoutHistoryPanel::currentFilter() const
{
    LockoutHistory::Filter filter;
    filter.from = m_day.isValid() ? m_day.startOfDay() : m_from;
    filter.to = m_day.isValid() ? m_day.addDays(1).startOfDay() : m_to;
    filter.state = LockoutHistory::State(m_ui->stateComboBox->currentData().toInt());
    filter.unlockedBy = m_ui->unlockedByComboBox->currentData().toLongLong();
    filter.nir = m_ui->nirLineEdit->nir();
    filter.repeatOnly = m_ui->repeatOnlyCheckBox->isChecked();
    return filter;
}

void LockoutHistoryPanel::setPeriod(const QDateTime& from, const QDateTime& to)
{
    m_from = from;
    m_to = to;
    m_day = {};
    applyFilter();
}

void LockoutHistoryPanel::filterByDay(const QDate& day)
{
    if (!day.isValid())
        return;
    m_day = day;
    applyFilter();
}

void LockoutHistoryPanel::onDayActivated(int index)
{
    const QDate day = m_ui->dayComboBox->itemData(index).toDate();
    if (day.isValid())
        filterByDay(day);
    else
        showWholePeriod();
}

void LockoutHistoryPanel::filterByAgent(qint64 agentId)
{
    if (agentId > 0 && !m_agentNames.contains(agentId))
        m_agentNames.insert(agentId, tr("agent %1").arg(agentId));
    fillAgentCombo();
    m_ui->unlockedByComboBox->setCurrentIndex(std::max(0, m_ui->unlockedByComboBox->findData(agentId)));
    applyFilter();
}

void LockoutHistoryPanel::showWholePeriod()
{
    m_day = {};
    applyFilter();
}

void LockoutHistoryPanel::applyFilter()
{
    const bool narrowed = m_day.isValid();
    m_ui->dayComboBox->setCurrentIndex(std::max(0, m_ui->dayComboBox->findData(m_day)));
    m_ui->wholePeriodPushButton->setVisible(narrowed);
    m_ui->detailLabel->setText(tr("Select a lockout to see its detail."));
    ++m_detailSequence;
    setMessage({});
    m_model->setFilter(currentFilter());
    m_model->fetchMore();
}

void LockoutHistoryPanel::onNirChanged()
{
    const bool empty = m_ui->nirLineEdit->error() == Nir::Error::Empty;
    m_ui->nirProblemLabel->setText(
        empty || m_ui->nirLineEdit->hasValidNir() ? QString() : ErrorText::nir(m_ui->nirLineEdit->error()));
    // An incomplete number does not filter: the table keeps its rows until the number is whole.
    if (empty || m_ui->nirLineEdit->hasValidNir()) {
        if (m_model->filter().nir != m_ui->nirLineEdit->nir())
            applyFilter();
    }
}

void LockoutHistoryPanel::onSortChanged(int section, Qt::SortOrder order)
{
    using Column = LockoutHistoryModel::Column;
    std::optional<LockoutHistory::SortColumn> column;
    if (section == Column::LockedAt)
        column = LockoutHistory::SortColumn::LockedAt;
    else if (section == Column::UnlockedAt)
        column = LockoutHistory::SortColumn::UnlockedAt;
    else if (section == Column::FailedAttempts)
        column = LockoutHistory::SortColumn::FailedAttempts;
    else if (section == Column::UnlockedBy)
        column = LockoutHistory::SortColumn::Agent;
    if (!column) {
        // Not a sort the history offers: the indicator goes back where it was.
        static const QMap<LockoutHistory::SortColumn, int> sections{
            {LockoutHistory::SortColumn::LockedAt, Column::LockedAt},
            {LockoutHistory::SortColumn::UnlockedAt, Column::UnlockedAt},
            {LockoutHistory::SortColumn::FailedAttempts, Column::FailedAttempts},
            {LockoutHistory::SortColumn::Agent, Column::UnlockedBy}};
        const QSignalBlocker blocker(m_ui->lockoutTableView->horizontalHeader());
        m_ui->lockoutTableView->horizontalHeader()->setSortIndicator(
            sections.value(m_sort.column), m_sort.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        return;
    }
    m_sort = {*column, order == Qt::DescendingOrder};
    m_ui->detailLabel->setText(tr("Select a lockout to see its detail."));
    m_model->setSort(m_sort);
    m_model->fetchMore();
}

void LockoutHistoryPanel::rememberAgents(int first, int last)
{
    bool added = false;
    for (int row = first; row <= last; ++row) {
        const LockoutHistoryRow& lockout = m_model->rowAt(row);
        if (lockout.unlockedById > 0 && !m_agentNames.contains(lockout.unlockedById)) {
            m_agentNames.insert(lockout.unlockedById,
                                lockout.unlockedByName.isEmpty() ? lockout.unlockedByLogin : lockout.unlockedByName);
            added = true;
        }
    }
    if (added)
        fillAgentCombo();
}

void LockoutHistoryPanel::fillAgentCombo()
{
    const qint64 current = m_ui->unlockedByComboBox->currentData().toLongLong();
    const QSignalBlocker blocker(m_ui->unlockedByComboBox);
    m_ui->unlockedByComboBox->clear();
    m_ui->unlockedByComboBox->addItem(tr("Any agent"), qint64(0));
    for (auto it = m_agentNames.cbegin(); it != m_agentNames.cend(); ++it)
        m_ui->unlockedByComboBox->addItem(it.value(), it.key());
    m_ui->unlockedByComboBox->setCurrentIndex(std::max(0, m_ui->unlockedByComboBox->findData(current)));
}

void LockoutHistoryPanel::expectStatistics()
{
    if (m_awaitingStatistics)
        return;
    m_awaitingStatistics = true;
    setBusy(true);
}

void LockoutHistoryPanel::showStatistics(const Result<CallStatistics::Report>& report)
{
    if (m_awaitingStatistics) {
        m_awaitingStatistics = false;
        setBusy(false);
    }
    if (!report) {
        showError(report.error());
        return;
    }
    showReport(report.value());
}

void LockoutHistoryPanel::showReport(const CallStatistics::Report& report)
{
    m_days.clear();
    auto* days = new QBarSet(tr("Lockouts"));
    QStringList spoken;
    qint64 total = 0;
    CallStatistics::DayCount busiest;
    const QSignalBlocker blocker(m_ui->dayComboBox);
    while (m_ui->dayComboBox->count() > 1)
        m_ui->dayComboBox->removeItem(1);
    for (const CallStatistics::DayCount& day : report.lockoutsPerDay) {
        m_days.append(day.day);
        *days << qreal(day.count);
        total += day.count;
        if (day.count > busiest.count)
            busiest = day;
        const QString said
            = tr("%1: %n lockout(s)", nullptr, int(day.count)).arg(QLocale().toString(day.day, QLocale::ShortFormat));
        if (day.count > 0)
            spoken << said;
        m_ui->dayComboBox->addItem(said, day.day);
    }
    m_ui->dayComboBox->setCurrentIndex(std::max(0, m_ui->dayComboBox->findData(m_day)));
    m_dayBars = days;
    connect(days, &QBarSet::clicked, this, [this](int index) { filterByDay(m_days.value(index)); });
    replaceChart(m_ui->lockoutsPerDayChartView, BarChart::makeDaily(tr("Lockouts per day"), m_days, days));
    QStringList summary{tr("%n lockout(s) in the period.", nullptr, int(total))};
    if (busiest.count > 0)
        //: The day with the most lockouts: %1 the date, %2 its number of lockouts.
        summary
            << tr("The most on %1: %2.").arg(QLocale().toString(busiest.day, QLocale::ShortFormat)).arg(busiest.count);
    summary << tr("Choose a day in the Day list, or click its bar, to list that day's lockouts.");
    if (!spoken.isEmpty())
        summary << spoken.join(QStringLiteral("; "));
    m_ui->lockoutsPerDayChartView->setAccessibleDescription(summary.join(u' '));

    m_agents = report.agents;
    auto* unlocks = new QBarSet(tr("Unlocks"));
    auto* bulk = new QBarSet(tr("Bulk unlocks"));
    auto* reissues = new QBarSet(tr("Reissues"));
    QStringList logins;
    spoken.clear();
    for (const CallStatistics::AgentActions& agent : std::as_const(m_agents)) {
        logins << agent.login;
        *unlocks << qreal(agent.unlocks);
        *bulk << qreal(agent.bulkUnlocks);
        *reissues << qreal(agent.reissues);
        //: %1 is an agent's login; then their counts of unlocks, bulk unlocks and reissues.
        spoken << tr("%1: %2 unlocks, %3 bulk unlocks, %4 reissues")
                      .arg(agent.login)
                      .arg(agent.unlocks)
                      .arg(agent.bulkUnlocks)
                      .arg(agent.reissues);
        if (!m_agentNames.contains(agent.agentId))
            m_agentNames.insert(agent.agentId, agent.login);
    }
    m_agentBars = {unlocks, bulk, reissues};
    for (QBarSet* set : std::as_const(m_agentBars)) {
        connect(set, &QBarSet::clicked, this, [this](int index) {
            if (index >= 0 && index < m_agents.size())
                filterByAgent(m_agents.at(index).agentId);
        });
    }
    replaceChart(m_ui->actionsPerAgentChartView,
                 BarChart::make(tr("Unlocks and reissues per agent"), logins, m_agentBars));
    m_ui->actionsPerAgentChartView->setAccessibleDescription(
        logins.isEmpty()
            ? tr("No agent unlocked or reissued anything in this period.")
            : tr("Click an agent's bar to list the lockouts they unlocked. %1").arg(spoken.join(QStringLiteral("; "))));
    fillAgentCombo();
    Q_EMIT agentsChanged(m_agents);
}

void LockoutHistoryPanel::loadDetail()
{
    const quint64 sequence = ++m_detailSequence;
    const QModelIndex current = m_ui->lockoutTableView->currentIndex();
    if (!current.isValid())
        return;
    const qint64 eventId = m_model->rowAt(current.row()).eventId;
    m_ui->detailLabel->setText(tr("Loading the detail…"));
    Database* database = &m_database;
    const AgentSession session = m_session;
    submit<Result<LockoutHistory::Detail>>(
        [database, session, eventId] { return LockoutHistory(*database).detail(session, eventId); },
        [this, sequence](const Result<LockoutHistory::Detail>& detail) {
            if (sequence != m_detailSequence)
                return;
            if (!detail) {
                m_ui->detailLabel->setText(ErrorText::error(detail.error()).toHtmlEscaped());
                return;
            }
            m_ui->detailLabel->setText(LockoutDetailText::html(detail.value()));
        });
}

void LockoutHistoryPanel::chooseExportFile()
{
    if (m_fileDialog || isExporting())
        return;
    m_fileDialog = new QFileDialog(this, tr("Export the lockouts"), QString(), tr("CSV files (*.csv)"));
    m_fileDialog->setObjectName(QStringLiteral("exportFileDialog"));
    m_fileDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_fileDialog->setAcceptMode(QFileDialog::AcceptSave);
    m_fileDialog->setDefaultSuffix(QStringLiteral("csv"));
    m_fileDialog->selectFile(tr("lockouts-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    connect(m_fileDialog, &QFileDialog::fileSelected, this, &LockoutHistoryPanel::exportTo);
    m_fileDialog->open();
}

void LockoutHistoryPanel::exportTo(const QString& path)
{
    if (isExporting() || path.isEmpty())
        return;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto rows = std::make_shared<std::atomic<qint64>>(0);
    m_exportCancel = cancel;
    m_exportRows = rows;
    m_ui->exportPushButton->setEnabled(false);
    m_progress = new QProgressDialog(tr("Exporting the lockouts…"), tr("&Cancel"), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("exportProgressDialog"));
    m_progress->setWindowTitle(tr("Export CSV"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    connect(m_progress, &QProgressDialog::canceled, this, &LockoutHistoryPanel::cancelExport);
    m_progress->open();
    m_progressTimer->start();

    Database* database = &m_database;
    const AgentSession session = m_session;
    const LockoutHistory::Filter filter = currentFilter();
    const LockoutHistory::Sort sort = m_sort;
    // The panel chooses the file and shows the outcome; LockoutHistoryExport writes it.
    submitRead<LockoutHistoryExport::FileReport>(
        [database, session, filter, sort, path, cancel, rows](Database& reads) {
            LockoutHistory history(*database, reads);
            return LockoutHistoryExport::writeFile(
                history, session, filter, sort, path, [rows](qint64 written) { *rows = written; }, cancel.get());
        },
        [](const LockoutHistoryExport::FileReport& report) { return report.error; },
        [this, path](const LockoutHistoryExport::FileReport& outcome) {
            m_progressTimer->stop();
            m_exportCancel.reset();
            m_exportRows.reset();
            m_ui->exportPushButton->setEnabled(true);
            if (m_progress) {
                disconnect(m_progress, nullptr, this, nullptr);
                m_progress->close();
            }
            bool ok = false;
            if (outcome.error)
                showError(outcome.error);
            else if (!outcome.fileError.isEmpty())
                //: %1 is the file's path, %2 the system's reason.
                setMessage(tr("The file %1 could not be written: %2").arg(path, outcome.fileError));
            else if (outcome.report.cancelled)
                setMessage(tr("Export cancelled: no file was written."));
            else {
                ok = true;
                // The line names the file; its tooltip (and accessible name) gives the whole path.
                const QString message = tr("%n lockout(s) exported to %1.", nullptr, int(outcome.report.rows));
                setMessage(message.arg(QFileInfo(path).fileName()), message.arg(QDir::toNativeSeparators(path)));
            }
            Q_EMIT exportFinished(ok, outcome.report.rows);
        });
}

void LockoutHistoryPanel::cancelExport()
{
    if (m_exportCancel)
        *m_exportCancel = true;
    if (m_progress)
        m_progress->setLabelText(tr("Cancelling the export…"));
}
