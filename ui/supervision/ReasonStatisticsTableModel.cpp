#include "supervision/ReasonStatisticsTableModel.h"

#include "desk/CallCatalog.h"

#include <QFont>

namespace {

constexpr int FixedColumns = 3; // reason, calls, open; then the outcomes; then the mean duration

} // namespace

ReasonStatisticsTableModel::ReasonStatisticsTableModel(QObject* parent)
    : QAbstractTableModel(parent), m_outcomes(CallCatalog::outcomes())
{ }

ReasonStatisticsTableModel::~ReasonStatisticsTableModel() = default;

void ReasonStatisticsTableModel::setReport(const CallStatistics::Report& report)
{
    beginResetModel();
    m_rows = report.reasons;
    CallStatistics::ReasonRow total;
    for (const CallStatistics::ReasonRow& row : std::as_const(m_rows)) {
        total.calls += row.calls;
        total.open += row.open;
        total.endedCalls += row.endedCalls;
        total.totalDurationMs += row.totalDurationMs;
        for (auto it = row.outcomes.cbegin(); it != row.outcomes.cend(); ++it)
            total.outcomes[it.key()] += it.value();
    }
    m_rows.append(total);
    endResetModel();
}

void ReasonStatisticsTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QString ReasonStatisticsTableModel::formatDuration(double seconds)
{
    const qint64 whole = qRound64(seconds);
    const qint64 hours = whole / 3600;
    const QString mmss = QStringLiteral("%1:%2")
                             .arg(hours > 0 ? QStringLiteral("%1").arg((whole / 60) % 60, 2, 10, QLatin1Char('0'))
                                            : QString::number(whole / 60))
                             .arg(whole % 60, 2, 10, QLatin1Char('0'));
    return hours > 0 ? QStringLiteral("%1:%2").arg(hours).arg(mmss) : mmss;
}

int ReasonStatisticsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReasonStatisticsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FixedColumns + int(m_outcomes.size()) + 1;
}

QVariant ReasonStatisticsTableModel::value(const CallStatistics::ReasonRow& row, int column, bool raw) const
{
    if (column == 1)
        return row.calls;
    if (column == 2)
        return row.open;
    if (column < FixedColumns + m_outcomes.size())
        return row.outcomes.value(m_outcomes.at(column - FixedColumns));
    if (raw)
        return row.meanDurationSeconds();
    //: No call of this reason ended in the period, so there is no mean duration.
    return row.endedCalls > 0 ? formatDuration(row.meanDurationSeconds()) : tr("none ended");
}

QVariant ReasonStatisticsTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool totals = index.row() == m_rows.size() - 1;
    const CallStatistics::ReasonRow& row = m_rows.at(index.row());
    switch (role) {
    case ReasonCodeRole:
        return totals ? QString() : row.reason;
    case Qt::FontRole:
        if (totals) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() > 0)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case RawValueRole:
    case Qt::DisplayRole:
        if (index.column() == 0)
            return totals ? tr("All reasons") : CallCatalog::reasonLabel(row.reason);
        return value(row, index.column(), role == RawValueRole);
    default:
        return {};
    }
}

QVariant ReasonStatisticsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= columnCount())
        return {};
    if (section == 0)
        return tr("Reason");
    if (section == 1)
        return tr("Calls");
    if (section == 2)
        //: Calls not ended yet.
        return tr("Open");
    if (section < FixedColumns + m_outcomes.size())
        return CallCatalog::outcomeLabel(m_outcomes.at(section - FixedColumns));
    return role == Qt::ToolTipRole ? tr("Mean duration of the ended calls, in minutes and seconds")
                                   : tr("Mean duration");
}
