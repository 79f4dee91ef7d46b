#include "supervision/AuditTrailPanel.h"

#include "db/DatabaseWorker.h"
#include "supervision/AuditText.h"
#include "supervision/AuditTrailTableModel.h"
#include "text/ErrorText.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTableView>

AuditTrailPanel::AuditTrailPanel(Database& database, DatabaseWorker& worker, const AgentSession& session,
                                 QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_worker(worker)
    , m_session(session)
    , m_model(new AuditTrailTableModel(database, worker, session, this))
    , m_agent(new QComboBox(this))
    , m_account(new QLabel(this))
    , m_allAccounts(new QPushButton(tr("All acco&unts"), this))
    , m_action(new QComboBox(this))
    , m_verify(new QPushButton(tr("&Verify the chain"), this))
    , m_chainIcon(new QLabel(this))
    , m_chainText(new QLabel(this))
    , m_checkpoint(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("auditTrailPanel"));
    m_agent->setObjectName(QStringLiteral("auditAgentComboBox"));
    m_agent->setAccessibleName(tr("Agent"));
    m_agent->setAccessibleDescription(tr("Shows only this agent's events. Lists the agents who acted in the period."));
    m_agent->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_agent->addItem(tr("Any agent"), qint64(0));
    m_account->setObjectName(QStringLiteral("auditAccountLabel"));
    m_account->setTextFormat(Qt::PlainText);
    m_account->setText(tr("every account"));
    m_account->setAccessibleName(tr("Account"));
    m_allAccounts->setObjectName(QStringLiteral("auditAllAccountsPushButton"));
    m_allAccounts->setAccessibleName(tr("All accounts"));
    m_allAccounts->setAccessibleDescription(tr("Shows the events about every account again."));
    m_allAccounts->setVisible(false); // shown while the trail is narrowed to one account
    m_action->setObjectName(QStringLiteral("auditActionComboBox"));
    m_action->setAccessibleName(tr("Action"));
    m_action->setAccessibleDescription(tr("Shows only the events of this kind."));
    m_action->addItem(tr("Any action"), QString());
    const QList<AuditAction> actions = AuditActions::all();
    for (const AuditAction action : actions)
        m_action->addItem(AuditText::action(action), AuditActions::code(action));
    m_verify->setObjectName(QStringLiteral("verifyChainPushButton"));
    m_verify->setAccessibleName(tr("Verify the chain"));
    m_verify->setAccessibleDescription(
        tr("Checks that no event of the audit trail was changed or removed (every event's hash and link)."));
    m_chainIcon->setObjectName(QStringLiteral("chainIconLabel"));
    m_chainText->setObjectName(QStringLiteral("chainLabel"));
    m_chainText->setTextFormat(Qt::PlainText);
    m_chainText->setWordWrap(true);
    m_checkpoint->setObjectName(QStringLiteral("auditCheckpointLabel"));
    m_checkpoint->setTextFormat(Qt::PlainText);
    m_checkpoint->setWordWrap(true);
    m_busy->setObjectName(QStringLiteral("auditBusyProgressBar"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->setVisible(false);
    m_message->setObjectName(QStringLiteral("auditMessageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    auto* agentLabel = new QLabel(tr("A&gent:"), this);
    agentLabel->setBuddy(m_agent);
    auto* accountLabel = new QLabel(tr("Account:"), this);
    auto* actionLabel = new QLabel(tr("Ac&tion:"), this);
    actionLabel->setBuddy(m_action);
    auto* filters = new QHBoxLayout;
    filters->addWidget(agentLabel);
    filters->addWidget(m_agent);
    filters->addWidget(accountLabel);
    filters->addWidget(m_account);
    filters->addWidget(m_allAccounts);
    filters->addWidget(actionLabel);
    filters->addWidget(m_action);
    filters->addStretch();
    filters->addWidget(m_verify);
    m_message->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* chain = new QHBoxLayout;
    chain->addWidget(m_chainIcon);
    chain->addWidget(m_chainText, 2);
    chain->addWidget(m_busy);
    chain->addWidget(m_message, 1);

    m_table->setObjectName(QStringLiteral("auditTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setAccessibleName(tr("Columns of the audit trail"));
    m_table->setAccessibleName(tr("Audit trail"));
    m_table->setAccessibleDescription(tr("One row per recorded event, newest first. Enter on a row shows only the "
                                         "events about its account."));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    const QList<int> widths{130, 190, 110, 210, 160, 60, 260};
    for (int column = 0; column < widths.size(); ++column)
        m_table->setColumnWidth(column, widths.at(column));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(chain);
    layout->addWidget(m_checkpoint);
    layout->addWidget(m_table, 1);
    setTabOrder(m_agent, m_allAccounts);
    setTabOrder(m_allAccounts, m_action);
    setTabOrder(m_action, m_verify);
    setTabOrder(m_verify, m_table);

    connect(m_agent, &QComboBox::activated, this, &AuditTrailPanel::applyFilter);
    connect(m_action, &QComboBox::activated, this, &AuditTrailPanel::applyFilter);
    connect(m_allAccounts, &QPushButton::clicked, this, [this] { showAccount(0, {}); });
    connect(m_table, &QAbstractItemView::activated, this, &AuditTrailPanel::openAccountAt);
    connect(m_table, &QWidget::customContextMenuRequested, this, &AuditTrailPanel::showContextMenu);
    connect(m_verify, &QPushButton::clicked, this, &AuditTrailPanel::verifyChain);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first, int last) {
        for (int row = first; row <= last; ++row) {
            const AuditEntry entry = m_model->event(row).entry;
            if (entry.agentId > 0 && m_agent->findData(entry.agentId) < 0)
                m_agent->addItem(entry.agentLogin, entry.agentId);
        }
    });
    connect(m_model, &AuditTrailTableModel::loadingChanged, this, &AuditTrailPanel::setBusy);
    connect(m_model, &AuditTrailTableModel::loadFailed, this,
            [this] { m_message->setText(ErrorText::error(m_model->lastError())); });
    connect(m_model, &AuditTrailTableModel::pageLoaded, this, [this] {
        m_message->setText(m_model->rowCount() == 0 ? tr("No event matches the filter in this period.") : QString());
    });
    refreshCheckpoint();
}

AuditTrailPanel::~AuditTrailPanel() = default;

AuditTrail::Filter AuditTrailPanel::currentFilter() const
{
    AuditTrail::Filter filter;
    filter.agentId = m_agent->currentData().toLongLong();
    filter.accountId = m_accountId;
    filter.action = m_action->currentData().toString();
    filter.from = m_from;
    filter.to = m_to;
    return filter;
}

void AuditTrailPanel::setPeriod(const QDateTime& from, const QDateTime& to)
{
    m_from = from;
    m_to = to;
    applyFilter();
}

void AuditTrailPanel::setAgents(const QList<CallStatistics::AgentActions>& agents)
{
    const qint64 current = m_agent->currentData().toLongLong();
    m_agent->clear();
    m_agent->addItem(tr("Any agent"), qint64(0));
    for (const CallStatistics::AgentActions& agent : agents)
        m_agent->addItem(agent.login, agent.agentId);
    const int index = m_agent->findData(current);
    m_agent->setCurrentIndex(std::max(0, index));
    if (index < 0 && current != 0)
        applyFilter(); // the chosen agent is no longer offered: back to any agent
}

void AuditTrailPanel::applyFilter()
{
    m_message->clear();
    m_model->setFilter(currentFilter());
    m_model->fetchMore({});
}

void AuditTrailPanel::showAccount(qint64 accountId, const QString& maskedNir)
{
    m_accountId = std::max<qint64>(0, accountId);
    m_account->setText(m_accountId > 0 ? maskedNir : tr("every account"));
    m_allAccounts->setVisible(m_accountId > 0);
    if (m_accountId > 0)
        m_table->setFocus(Qt::OtherFocusReason);
    applyFilter();
}

void AuditTrailPanel::openAccountAt(const QModelIndex& index)
{
    const qint64 accountId = index.data(AuditTrailTableModel::AccountIdRole).toLongLong();
    if (accountId > 0 && accountId != m_accountId)
        showAccount(accountId, index.data(AuditTrailTableModel::MaskedNirRole).toString());
}

void AuditTrailPanel::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid() || index.data(AuditTrailTableModel::AccountIdRole).toLongLong() <= 0)
        return;
    auto* menu = new QMenu(m_table);
    menu->setObjectName(QStringLiteral("auditRowMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    //: %1 is the account holder's masked social-security number.
    QAction* open = menu->addAction(
        tr("Show the events of account %1 only").arg(index.data(AuditTrailTableModel::MaskedNirRole).toString()));
    open->setObjectName(QStringLiteral("showAccountAction"));
    const QPersistentModelIndex row(index);
    connect(open, &QAction::triggered, this, [this, row] { openAccountAt(row); });
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

void AuditTrailPanel::setBusy(bool busy)
{
    m_pending += busy ? 1 : -1;
    m_busy->setVisible(m_pending > 0);
}

void AuditTrailPanel::verifyChain()
{
    m_verify->setEnabled(false);
    m_chainIcon->clear();
    m_chainText->setText(tr("Verifying the chain…"));
    setBusy(true);
    Database* db = &m_database;
    const AgentSession session = m_session;
    m_worker.submit(
        this, [db, session] { return AuditTrail(*db).verifyChain(session); },
        [this](const Result<AuditTrail::ChainStatus>& status) {
            setBusy(false);
            m_verify->setEnabled(true);
            showChain(status);
            refreshCheckpoint();
        });
}

void AuditTrailPanel::refreshCheckpoint()
{
    Database* db = &m_database;
    const AgentSession session = m_session;
    m_worker.submit(
        this, [db, session] { return AuditTrail(*db).lastCheckpoint(session); },
        [this](const Result<std::optional<AuditCheckpoint::Record>>& record) { showCheckpoint(record); });
}

void AuditTrailPanel::showCheckpoint(const Result<std::optional<AuditCheckpoint::Record>>& record)
{
    if (!record) {
        //: %1 says why the last checkpoint could not be read.
        m_checkpoint->setText(tr("Last checkpoint unknown: %1").arg(ErrorText::error(record.error())));
    } else if (!record->has_value()) {
        m_checkpoint->setText(tr("No checkpoint of the audit trail has been taken yet (guichetctl audit checkpoint)."));
    } else {
        const AuditCheckpoint::Record& last = **record;
        //: %1 is a date and time, %2 the login who took the checkpoint, %3 the number of the last seal it covers.
        m_checkpoint->setText(tr("Last checkpoint: %1 by %2, up to seal %3.")
                                  .arg(QLocale().toString(last.takenAt.toLocalTime(), QLocale::ShortFormat),
                                       last.takenBy, QLocale().toString(last.lastSeq)));
    }
    m_checkpoint->setAccessibleName(m_checkpoint->text());
}

void AuditTrailPanel::showChain(const Result<AuditTrail::ChainStatus>& status)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_chainText->setToolTip(QString());
    if (!status) {
        m_chainIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
        //: The chain could not be verified; %1 says why.
        m_chainText->setText(tr("Not verified: %1").arg(ErrorText::error(status.error())));
        return;
    }
    if (status->intact) {
        m_chainIcon->setPixmap(style()->standardIcon(QStyle::SP_DialogApplyButton).pixmap(size, size));
        const bool keyed = status->seals == AuditLog::SealCheck::Valid;
        QString text = keyed ? tr("Intact: %n event(s), none changed or removed.", nullptr, int(status->events))
                             : tr("Intact: %n event(s) sealed in order, none removed.", nullptr, int(status->sealed));
        if (status->unsealed > 0)
            text += QLatin1Char(' ') + tr("%n not sealed yet.", nullptr, int(status->unsealed));
        // The desk does not hold the sealing key: it sees gaps and removals, not rewrites.
        m_chainText->setToolTip(keyed ? QString()
                                      : tr("Without the sealing key this desk sees gaps and removed events; a "
                                           "rewritten event is seen by guichetctl audit verify where the key is."));
        m_chainText->setText(text);
    } else if (status->firstBrokenPosition > 0) {
        m_chainIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(size, size));
        //: %1 is the seal's number in the trail, %2 its event's id, %3 the number of events.
        m_chainText->setText(tr("Broken at seal %1 (event id %2) of %3: an event was changed, removed or inserted.")
                                 .arg(status->firstBrokenPosition)
                                 .arg(status->firstBrokenId)
                                 .arg(status->events));
    } else {
        m_chainIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(size, size));
        //: %1 is an event's id.
        m_chainText->setText(tr("Broken: event id %1 was inserted behind the sequencer's back (never sealed, later "
                                "events were).")
                                 .arg(status->firstBrokenId));
    }
    m_chainText->setAccessibleName(m_chainText->text());
    Q_EMIT chainVerified(status.value());
}
