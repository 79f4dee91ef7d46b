#include "AuditTrailTableModel.h"

#include "ActorName.h"
#include "DatabaseWorker.h"

#include <QFutureWatcher>
#include <QLocale>

AuditTrailTableModel::AuditTrailTableModel(Database& database, DatabaseWorker& worker, const AgentSession& session,
                                           QObject* parent)
    : QAbstractTableModel(parent), m_database(database), m_worker(worker), m_session(session)
{ }

AuditTrailTableModel::~AuditTrailTableModel() = default;

QStringList AuditTrailTableModel::actions()
{
    return {QStringLiteral("lookup"),        QStringLiteral("verify"),       QStringLiteral("unlock"),
            QStringLiteral("unlock_bulk"),   QStringLiteral("reissue"),      QStringLiteral("email_change"),
            QStringLiteral("email_confirm"), QStringLiteral("certify"),      QStringLiteral("call_start"),
            QStringLiteral("call_end"),      QStringLiteral("history_list"), QStringLiteral("history_detail"),
            QStringLiteral("agent_sign_in"), QStringLiteral("agent_add"),    QStringLiteral("agent_disable"),
            QStringLiteral("agent_enable"),  QStringLiteral("purge")};
}

QString AuditTrailTableModel::actionLabel(const QString& action)
{
    static const QMap<QString, const char*> labels{
        {QStringLiteral("lookup"), QT_TR_NOOP("look-up")},
        {QStringLiteral("verify"), QT_TR_NOOP("identity check")},
        {QStringLiteral("unlock"), QT_TR_NOOP("unlock")},
        {QStringLiteral("unlock_bulk"), QT_TR_NOOP("bulk unlock")},
        {QStringLiteral("reissue"), QT_TR_NOOP("temporary password reissued")},
        {QStringLiteral("email_change"), QT_TR_NOOP("e-mail change asked")},
        {QStringLiteral("email_confirm"), QT_TR_NOOP("e-mail change confirmed")},
        {QStringLiteral("certify"), QT_TR_NOOP("number certified")},
        {QStringLiteral("call_start"), QT_TR_NOOP("call started")},
        {QStringLiteral("call_end"), QT_TR_NOOP("call ended")},
        {QStringLiteral("history_list"), QT_TR_NOOP("lockout history listed")},
        {QStringLiteral("history_detail"), QT_TR_NOOP("lockout detail viewed")},
        {QStringLiteral("agent_sign_in"), QT_TR_NOOP("agent signed in")},
        {QStringLiteral("agent_add"), QT_TR_NOOP("agent added")},
        {QStringLiteral("agent_disable"), QT_TR_NOOP("agent disabled")},
        {QStringLiteral("agent_enable"), QT_TR_NOOP("agent enabled")},
        {QStringLiteral("purge"), QT_TR_NOOP("old traces purged")}};
    const auto it = labels.constFind(action);
    return it == labels.cend() ? action : tr(it.value());
}

void AuditTrailTableModel::setFilter(const AuditTrail::Filter& filter)
{
    beginResetModel();
    ++m_generation; // a page still in flight is for the old filter: apply() drops it
    m_filter = filter;
    m_events.clear();
    m_next.reset();
    m_atEnd = false;
    m_lastError = {};
    endResetModel();
    if (m_loading) {
        m_loading = false;
        Q_EMIT loadingChanged(false);
    }
}

int AuditTrailTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditTrailTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditTrailTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading && !m_lastError;
}

void AuditTrailTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    Q_EMIT loadingChanged(true);
    const quint64 generation = m_generation;
    Database* db = &m_database;
    const AgentSession session = m_session;
    const AuditTrail::Filter filter = m_filter;
    const std::optional<AuditTrail::Cursor> after = m_next;
    const int size = m_pageSize;
    auto* watcher = new QFutureWatcher<Result<AuditTrail::Page>>(this);
    connect(watcher, &QFutureWatcher<Result<AuditTrail::Page>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const QFuture<Result<AuditTrail::Page>> future = watcher->future();
        if (future.isCanceled() || future.resultCount() == 0)
            apply(generation, Result<AuditTrail::Page>(Error(ErrorCode::DatabaseUnavailable)));
        else
            apply(generation, future.result());
    });
    watcher->setFuture(m_worker.run(
        [db, session, filter, after, size] { return AuditTrail(*db).page(session, filter, after, size); }));
}

void AuditTrailTableModel::apply(quint64 generation, const Result<AuditTrail::Page>& page)
{
    if (generation != m_generation)
        return;
    if (!page) {
        m_lastError = page.error();
        m_loading = false;
        Q_EMIT loadingChanged(false);
        Q_EMIT loadFailed();
        return;
    }
    m_next = page->next;
    m_atEnd = !m_next;
    const int count = int(page->events.size());
    if (count > 0) {
        beginInsertRows({}, int(m_events.size()), int(m_events.size()) + count - 1);
        m_events.append(page->events);
        endInsertRows();
    }
    m_loading = false;
    Q_EMIT loadingChanged(false);
    Q_EMIT pageLoaded(count);
}

QVariant AuditTrailTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditLog::Event& event = m_events.at(index.row());
    const AuditEntry& entry = event.entry;
    if (role == EventIdRole)
        return event.id;
    if (role == ActionCodeRole)
        return entry.action;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == AccountColumn || index.column() == CallColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(event.occurredAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case AgentColumn:
        //: An agent in the audit trail: %1 the login, %2 the role.
        if (entry.agentLogin.isEmpty() || ActorName::isSystem(entry.agentLogin, entry.agentRole))
            return ActorName::display(entry.agentLogin, entry.agentRole);
        return tr("%1 (%2)").arg(entry.agentLogin, entry.agentRole);
    case WorkstationColumn:
        return entry.workstation;
    case ActionColumn:
        return role == Qt::ToolTipRole ? entry.action : actionLabel(entry.action);
    case AccountColumn:
        return entry.accountId > 0 ? QVariant(entry.accountId) : QVariant();
    case CallColumn:
        return entry.callId > 0 ? QVariant(entry.callId) : QVariant();
    case ReasonColumn:
        return entry.reason;
    case OutcomeColumn:
        return entry.outcome == QLatin1String("ok") ? tr("done") : tr("refused: %1").arg(entry.outcome);
    default:
        return {};
    }
}

QVariant AuditTrailTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AgentColumn:
        return tr("Agent");
    case WorkstationColumn:
        return tr("Workstation");
    case ActionColumn:
        return tr("Action");
    case AccountColumn:
        return tr("Account");
    case CallColumn:
        return tr("Call");
    case ReasonColumn:
        return tr("Reason");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}
