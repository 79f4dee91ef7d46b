#include "supervision/AuditTrailTableModel.h"

#include "core/ActorName.h"
#include "db/DatabaseWorker.h"
#include "supervision/AuditText.h"

#include <QLocale>

AuditTrailTableModel::AuditTrailTableModel(Database& database, DatabaseWorker& worker, const AgentSession& session,
                                           QObject* parent)
    : QAbstractTableModel(parent), m_database(database), m_worker(worker), m_session(session)
{ }

AuditTrailTableModel::~AuditTrailTableModel() = default;

void AuditTrailTableModel::setFilter(const AuditTrail::Filter& filter)
{
    beginResetModel();
    ++m_generation; // a page still in flight is for the old filter: apply() drops it
    m_filter = filter;
    m_events.clear();
    m_next.reset();
    m_agentLogins.clear();
    m_atEnd = false;
    m_lastError = {};
    // Not loading before the views hear of the reset: a view may fetch the new filter's first page
    // from endResetModel() itself, and that fetch must stay the only one (it was cleared after it,
    // and the panel's own fetchMore() read the same page again: every row twice).
    const bool wasLoading = m_loading;
    m_loading = false;
    endResetModel();
    if (wasLoading)
        Q_EMIT loadingChanged(false);
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
    m_worker.submit(
        this, [db, session, filter, after, size] { return AuditTrail(*db).page(session, filter, after, size); },
        [this, generation](const Result<AuditTrail::Page>& page) { apply(generation, page); });
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
    for (const AuditLog::Event& event : page->events) {
        if (event.entry.agentId > 0)
            m_agentLogins.insert(event.entry.agentId, event.entry.agentLogin);
    }
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
    if (role == AccountIdRole)
        return entry.accountId;
    if (role == MaskedNirRole)
        return event.maskedNir;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == CallColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        // As the other tabs: the UI's short date and time; the tooltip adds the seconds.
        return QLocale().toString(event.occurredAt.toLocalTime(),
                                  role == Qt::ToolTipRole ? QLocale::LongFormat : QLocale::ShortFormat);
    case AgentColumn:
        if (entry.agentLogin.isEmpty() || ActorName::isSystem(entry.agentLogin, entry.agentRole))
            return ActorName::display(entry.agentLogin, entry.agentRole);
        //: An agent in the audit trail: %1 the login, %2 the role in words.
        return tr("%1 (%2)").arg(entry.agentLogin, AuditText::role(entry.agentRole));
    case WorkstationColumn:
        return entry.workstation;
    case ActionColumn:
        return AuditText::action(entry.action);
    case AccountColumn:
        if (role == Qt::ToolTipRole && entry.accountId > 0)
            return tr("Double-click or press Enter to show this account's events only.");
        return event.maskedNir;
    case CallColumn:
        return entry.callId > 0 ? QVariant(entry.callId) : QVariant();
    case ReasonColumn:
        return AuditText::details(entry.action, entry.reason, m_agentLogins);
    case OutcomeColumn:
        return AuditText::outcome(entry.outcome);
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
