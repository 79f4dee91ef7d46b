#pragma once

#include "supervision/CallStatistics.h"

#include <QAbstractTableModel>

// The calls of a period per reason, one row per CallCatalog reason and a last row of totals:
// calls, still open, one column per outcome, and the mean duration of the ended calls (m:ss).
class ReasonStatisticsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { ReasonCodeRole = Qt::UserRole + 1, RawValueRole };

    explicit ReasonStatisticsTableModel(QObject* parent = nullptr);
    ~ReasonStatisticsTableModel() override;
    Q_DISABLE_COPY_MOVE(ReasonStatisticsTableModel)

    void setReport(const CallStatistics::Report& report);
    void clear();

    // A duration in seconds as minutes and seconds ("3:30"); an hour or more as "1:02:05".
    static QString formatDuration(double seconds);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant value(const CallStatistics::ReasonRow& row, int column, bool raw) const;

    QStringList m_outcomes;
    QList<CallStatistics::ReasonRow> m_rows; // the last one is the totals
};
