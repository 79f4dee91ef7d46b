#pragma once

#include "AgentSession.h"
#include "AuditTrail.h"
#include "Error.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

class Database;

// The audit trail as a table, newest first, loaded a page at a time as a view scrolls
// (canFetchMore/fetchMore over AuditTrail's keyset pages). Synchronous: each fetch is one indexed
// query of at most pageSize rows. A session without ReviewHistory gets an empty table and
// lastError() Forbidden.
class AuditTrailModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        AgentColumn,
        RoleColumn,
        WorkstationColumn,
        ActionColumn,
        AccountColumn,
        CallColumn,
        ReasonColumn,
        OutcomeColumn,
        ColumnCount
    };
    enum DataRole { EventIdRole = Qt::UserRole + 1, InstantRole }; // InstantRole: the UTC QDateTime

    AuditTrailModel(Database& database, AgentSession session, QObject* parent = nullptr);

    // Replaces the filter and starts again from the newest event (a model reset).
    void setFilter(const AuditTrail::Filter& filter);
    AuditTrail::Filter filter() const { return m_filter; }
    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    // The error of the last fetch (None when it went well); a failed fetch stops fetching.
    Error lastError() const { return m_lastError; }
    AuditLog::Event event(int row) const { return m_events.value(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void fetchFailed();

private:
    AuditTrail m_trail;
    AgentSession m_session;
    AuditTrail::Filter m_filter;
    int m_pageSize = 100;
    QList<AuditLog::Event> m_events;
    std::optional<AuditTrail::Cursor> m_next;
    bool m_atEnd = false;
    bool m_fetching = false;
    Error m_lastError;
};
