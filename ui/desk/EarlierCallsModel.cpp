#include "desk/EarlierCallsModel.h"

#include "desk/CallCatalog.h"

#include <QLocale>

EarlierCallsModel::EarlierCallsModel(QObject* parent) : QAbstractTableModel(parent)
{ }

EarlierCallsModel::~EarlierCallsModel() = default;

void EarlierCallsModel::setCalls(const QList<CallRecord>& calls)
{
    beginResetModel();
    m_calls = calls;
    endResetModel();
}

int EarlierCallsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_calls.size());
}

int EarlierCallsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EarlierCallsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CallRecord& call = m_calls.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(call.startedAt.toLocalTime(), QLocale::ShortFormat);
        case ReasonColumn:
            return CallCatalog::reasonLabel(call.reason);
        case OutcomeColumn:
            //: An earlier call that has no outcome yet (still open, or never closed).
            return call.outcome.isEmpty() ? tr("Not ended") : CallCatalog::outcomeLabel(call.outcome);
        case AgentColumn:
            return call.agentLogin;
        default:
            return {};
        }
    }
    if (role == Qt::UserRole)
        return call.id;
    return {};
}

QVariant EarlierCallsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        //: Column of the earlier calls table.
        return tr("When");
    case ReasonColumn:
        return tr("Reason");
    case OutcomeColumn:
        return tr("Outcome");
    case AgentColumn:
        return tr("Agent");
    default:
        return {};
    }
}
