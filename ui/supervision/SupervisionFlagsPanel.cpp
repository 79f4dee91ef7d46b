#include "supervision/SupervisionFlagsPanel.h"

#include "core/PortalPolicy.h"
#include "db/DatabaseWorker.h"
#include "text/ErrorText.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString when(const QDateTime& instant)
{
    return QLocale().toString(instant.toLocalTime(), QLocale::ShortFormat);
}

QTableWidget* table(const QString& objectName, const QString& name, const QString& description,
                    const QStringList& headers, QWidget* parent)
{
    auto* widget = new QTableWidget(0, int(headers.size()), parent);
    widget->setObjectName(objectName);
    widget->setHorizontalHeaderLabels(headers);
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    widget->setSelectionBehavior(QAbstractItemView::SelectRows);
    widget->setAlternatingRowColors(true);
    widget->verticalHeader()->setVisible(false);
    widget->horizontalHeader()->setStretchLastSection(true);
    widget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    widget->horizontalHeader()->setAccessibleName(SupervisionFlagsPanel::tr("Columns"));
    widget->setAccessibleName(name);
    widget->setAccessibleDescription(description);
    return widget;
}

void setRow(QTableWidget* widget, int row, const QStringList& cells, const QIcon& icon = {}, qint64 accountId = 0,
            const QString& maskedNir = {})
{
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        if (column == 0 && !icon.isNull())
            item->setIcon(icon);
        if (accountId > 0) {
            item->setData(SupervisionFlagsPanel::AccountIdRole, accountId);
            item->setData(SupervisionFlagsPanel::MaskedNirRole, maskedNir);
            item->setToolTip(SupervisionFlagsPanel::tr("Double-click or press Enter to see this account's events in "
                                                       "the audit trail."));
        }
        widget->setItem(row, column, item);
    }
}

QGroupBox* box(const QString& objectName, const QString& title, QWidget* content, QLabel* help, QWidget* parent)
{
    auto* group = new QGroupBox(title, parent);
    group->setObjectName(objectName);
    auto* layout = new QVBoxLayout(group);
    if (help)
        layout->addWidget(help);
    layout->addWidget(content);
    return group;
}

} // namespace

SupervisionFlagsPanel::SupervisionFlagsPanel(Database& database, DatabaseWorker& worker, const AgentSession& session,
                                             QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_worker(worker)
    , m_session(session)
    , m_repeated(table(QStringLiteral("repeatedLockoutsTableWidget"), tr("Accounts locked again and again"),
                       tr("Accounts locked %1 times or more in the last %2 days.")
                           .arg(SupervisionPolicy::RepeatedLockoutCount)
                           .arg(SupervisionPolicy::RepeatedLockoutWindowDays),
                       {tr("State"), tr("Account"), tr("Lockouts"), tr("Last locked at")}, this))
    , m_outliers(table(QStringLiteral("outliersTableWidget"), tr("Agents far above their peers"),
                       SupervisionFlags::outlierRule(),
                       {tr("Agent"), tr("Action"), tr("Count"), tr("Peers' median"), tr("Peers")}, this))
    , m_unused(table(QStringLiteral("unusedPasswordsTableWidget"), tr("Temporary passwords never used"),
                     tr("Temporary passwords that expired in the period without ever being used."),
                     {tr("Account"), tr("Issued at"), tr("Expired at")}, this))
    , m_identityChecks(table(
          QStringLiteral("identityChecksTableWidget"), tr("Identity checks limited"),
          //: %1 is a number of failed checks, %2 a number of hours.
          tr("Persons whose identity checks failed %1 times or more in the last %2 hours, across "
             "calls and agents: their checks are refused for now.")
              .arg(PortalPolicy::IdentityCheckMaxFailuresPerPerson)
              .arg(PortalPolicy::IdentityCheckWindowHours),
          {tr("Person"), tr("Failed checks"), tr("Refused checks"), tr("Last check at"), tr("Limited until")}, this))
    , m_busy(new QProgressBar(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("supervisionFlagsPanel"));
    m_busy->setObjectName(QStringLiteral("flagsBusyProgressBar"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->setVisible(false);
    m_message->setObjectName(QStringLiteral("flagsMessageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    auto* rule = new QLabel(SupervisionFlags::outlierRule(), this);
    rule->setObjectName(QStringLiteral("outlierRuleLabel"));
    rule->setTextFormat(Qt::PlainText);
    rule->setWordWrap(true);
    m_outliers->setToolTip(SupervisionFlags::outlierRule());
    m_outliers->setWhatsThis(SupervisionFlags::outlierRule());

    auto* status = new QHBoxLayout;
    status->addWidget(m_busy);
    status->addWidget(m_message, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(status);
    layout->addWidget(box(QStringLiteral("repeatedGroupBox"),
                          tr("Accounts locked %1 times or more in %2 days")
                              .arg(SupervisionPolicy::RepeatedLockoutCount)
                              .arg(SupervisionPolicy::RepeatedLockoutWindowDays),
                          m_repeated, nullptr, this));
    layout->addWidget(
        box(QStringLiteral("outliersGroupBox"), tr("Agents far above their peers"), m_outliers, rule, this));
    layout->addWidget(box(QStringLiteral("unusedGroupBox"), tr("Temporary passwords expired without being used"),
                          m_unused, nullptr, this));
    layout->addWidget(box(QStringLiteral("identityChecksGroupBox"),
                          //: %1 is a number of failed checks, %2 a number of hours.
                          tr("Identity checks limited (%1 failures in %2 hours)")
                              .arg(PortalPolicy::IdentityCheckMaxFailuresPerPerson)
                              .arg(PortalPolicy::IdentityCheckWindowHours),
                          m_identityChecks, nullptr, this));
    setTabOrder(m_repeated, m_outliers);
    setTabOrder(m_outliers, m_unused);
    setTabOrder(m_unused, m_identityChecks);
    for (QTableWidget* accounts : {m_repeated, m_unused, m_identityChecks}) {
        accounts->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(accounts, &QAbstractItemView::activated, this, &SupervisionFlagsPanel::openAccountAt);
        connect(accounts, &QWidget::customContextMenuRequested, this,
                [this, accounts](const QPoint& position) { showContextMenu(accounts, position); });
    }
}

void SupervisionFlagsPanel::openAccountAt(const QModelIndex& index)
{
    const qint64 accountId = index.data(AccountIdRole).toLongLong();
    if (accountId > 0)
        Q_EMIT accountRequested(accountId, index.data(MaskedNirRole).toString());
}

void SupervisionFlagsPanel::showContextMenu(QTableWidget* table, const QPoint& position)
{
    const QModelIndex index = table->indexAt(position);
    if (index.data(AccountIdRole).toLongLong() <= 0)
        return;
    auto* menu = new QMenu(table);
    menu->setObjectName(QStringLiteral("flagsRowMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    //: %1 is the account holder's masked social-security number.
    QAction* open = menu->addAction(tr("Show the events of account %1").arg(index.data(MaskedNirRole).toString()));
    open->setObjectName(QStringLiteral("showAccountAction"));
    const QPersistentModelIndex row(index);
    connect(open, &QAction::triggered, this, [this, row] { openAccountAt(row); });
    menu->popup(table->viewport()->mapToGlobal(position));
}

SupervisionFlagsPanel::~SupervisionFlagsPanel() = default;

void SupervisionFlagsPanel::setPeriod(const QDateTime& from, const QDateTime& to)
{
    m_from = from;
    m_to = to;
    reload();
}

void SupervisionFlagsPanel::reload()
{
    const quint64 sequence = ++m_sequence;
    m_loading = true;
    m_busy->setVisible(true);
    m_message->clear();
    Database* db = &m_database;
    const AgentSession session = m_session;
    const QDateTime from = m_from;
    const QDateTime to = m_to;
    auto job = [db, session, from, to] {
        const SupervisionFlags flags(*db);
        Flags answer;
        const Result<QList<SupervisionFlags::RepeatedLockout>> repeated = flags.repeatedLockouts(session);
        if (!repeated)
            return Flags(repeated.error());
        answer.repeated = repeated.value();
        const Result<QList<SupervisionFlags::Outlier>> outliers = flags.outliers(session, from, to);
        if (!outliers)
            return Flags(outliers.error());
        answer.outliers = outliers.value();
        const Result<QList<SupervisionFlags::UnusedTemporaryPassword>> unused
            = flags.unusedTemporaryPasswords(session, from, to);
        if (!unused)
            return Flags(unused.error());
        answer.unused = unused.value();
        const Result<QList<SupervisionFlags::IdentityChecksLimited>> identityChecks
            = flags.identityChecksLimited(session);
        if (!identityChecks)
            return Flags(identityChecks.error());
        answer.identityChecks = identityChecks.value();
        return answer;
    };
    m_worker.submit(this, std::move(job), [this, sequence](const Flags& flags) {
        if (sequence != m_sequence)
            return;
        m_loading = false;
        m_busy->setVisible(false);
        showFlags(flags);
    });
}

void SupervisionFlagsPanel::showFlags(const Flags& flags)
{
    for (QTableWidget* widget : {m_repeated, m_outliers, m_unused, m_identityChecks})
        widget->setRowCount(0);
    if (flags.error) {
        m_message->setText(ErrorText::error(flags.error));
        return;
    }
    const QIcon locked = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon unlocked = style()->standardIcon(QStyle::SP_DialogApplyButton);
    m_repeated->setRowCount(int(flags.repeated.size()));
    for (int row = 0; row < flags.repeated.size(); ++row) {
        const SupervisionFlags::RepeatedLockout& account = flags.repeated.at(row);
        setRow(m_repeated, row,
               {account.lockedNow ? tr("Still locked") : tr("Unlocked"), account.maskedNir,
                QString::number(account.lockouts), when(account.lastLockedAt)},
               account.lockedNow ? locked : unlocked, account.accountId, account.maskedNir);
    }
    m_outliers->setRowCount(int(flags.outliers.size()));
    for (int row = 0; row < flags.outliers.size(); ++row) {
        const SupervisionFlags::Outlier& agent = flags.outliers.at(row);
        setRow(m_outliers, row,
               {agent.login, agent.action == QLatin1String("reissue") ? tr("reissues") : tr("unlocks"),
                QString::number(agent.count), QLocale().toString(agent.peerMedian, 'f', 1),
                QString::number(agent.peers)},
               locked);
    }
    m_unused->setRowCount(int(flags.unused.size()));
    for (int row = 0; row < flags.unused.size(); ++row) {
        const SupervisionFlags::UnusedTemporaryPassword& password = flags.unused.at(row);
        setRow(m_unused, row, {password.maskedNir, when(password.issuedAt), when(password.expiresAt)}, {},
               password.accountId, password.maskedNir);
    }
    m_identityChecks->setRowCount(int(flags.identityChecks.size()));
    for (int row = 0; row < flags.identityChecks.size(); ++row) {
        const SupervisionFlags::IdentityChecksLimited& person = flags.identityChecks.at(row);
        setRow(m_identityChecks, row,
               {person.maskedNir, QString::number(person.failures), QString::number(person.refused),
                when(person.lastCheckedAt), when(person.limitedUntil)},
               locked, person.accountId, person.maskedNir);
    }
    if (flags.repeated.isEmpty() && flags.outliers.isEmpty() && flags.unused.isEmpty()
        && flags.identityChecks.isEmpty())
        m_message->setText(
            tr("Nothing to look at: no account, agent, temporary password or identity check is flagged."));
}
