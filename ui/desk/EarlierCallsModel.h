#pragma once

#include "agents/CallRepository.h"

#include <QAbstractTableModel>
#include <QList>

// A caller's earlier calls for a small table: when, why, how it ended, which agent. Read-only;
// filled from AccountSummary::earlierCalls (newest first).
class EarlierCallsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, ReasonColumn, OutcomeColumn, AgentColumn, ColumnCount };

    explicit EarlierCallsModel(QObject* parent = nullptr);
    ~EarlierCallsModel() override;
    Q_DISABLE_COPY_MOVE(EarlierCallsModel)

    void setCalls(const QList<CallRecord>& calls);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CallRecord> m_calls;
};
