#include "AuditTrailModel.h"

#include <QLocale>
#include <QScopedValueRollback>
#include <QTimeZone>

AuditTrailModel::AuditTrailModel(Database& database, AgentSession session, QObject* parent)
    : QAbstractTableModel(parent), m_trail(database), m_session(std::move(session))
{ }

void AuditTrailModel::setFilter(const AuditTrail::Filter& filter)
{
    // No fetch from inside the reset's own signals (a view reacting to modelReset fetches after).
    const QScopedValueRollback<bool> resetting(m_fetching, true);
    beginResetModel();
    m_filter = filter;
    m_events.clear();
    m_next.reset();
    m_atEnd = false;
    m_lastError = Error();
    endResetModel();
}

int AuditTrailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditTrailModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditLog::Event& event = m_events.at(index.row());
    if (role == EventIdRole)
        return event.id;
    if (role == InstantRole)
        return event.occurredAt;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == AccountColumn || index.column() == CallColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const AuditEntry& entry = event.entry;
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(event.occurredAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case AgentColumn:
        return entry.agentLogin;
    case RoleColumn:
        return entry.agentRole;
    case WorkstationColumn:
        return entry.workstation;
    case ActionColumn:
        return entry.action;
    case AccountColumn:
        return entry.accountId > 0 ? QVariant(entry.accountId) : QVariant();
    case CallColumn:
        return entry.callId > 0 ? QVariant(entry.callId) : QVariant();
    case ReasonColumn:
        return entry.reason;
    case OutcomeColumn:
        return entry.outcome;
    default:
        return {};
    }
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AgentColumn:
        return tr("Agent");
    case RoleColumn:
        return tr("Role");
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

bool AuditTrailModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void AuditTrailModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    // A view (or a model tester) may ask again from inside the insertion's signals: that second
    // page would land before this one. One fetch at a time.
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    const Result<AuditTrail::Page> page = m_trail.page(m_session, m_filter, m_next, m_pageSize);
    if (!page) {
        m_lastError = page.error();
        m_atEnd = true;
        Q_EMIT fetchFailed();
        return;
    }
    m_lastError = Error();
    m_next = page->next;
    m_atEnd = !m_next.has_value();
    if (page->events.isEmpty())
        return;
    const int first = int(m_events.size());
    beginInsertRows({}, first, first + int(page->events.size()) - 1);
    m_events.append(page->events);
    endInsertRows();
}
