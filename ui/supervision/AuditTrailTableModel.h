#pragma once

#include "agents/AgentSession.h"
#include "core/Error.h"
#include "supervision/AuditTrail.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

class Database;
class DatabaseWorker;

// The audit trail as a table for the supervisor's desk, newest first, a keyset page at a time as
// the view scrolls; each page (AuditTrail::page) is read on the DatabaseWorker, never on the UI
// thread. Every cell is in words (AuditText): actions, outcomes, roles, details; dates as the
// other tabs show them; the account as its holder's masked NIR, never its internal id.
class AuditTrailTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        AgentColumn,
        WorkstationColumn,
        ActionColumn,
        AccountColumn,
        CallColumn,
        ReasonColumn,
        OutcomeColumn,
        ColumnCount
    };
    enum DataRole {
        EventIdRole = Qt::UserRole + 1,
        ActionCodeRole, // the stored code ("unlock"), for filters and tests
        AccountIdRole, // the account the event is about (0: none), to open its history
        MaskedNirRole, // the account holder's NIR, masked
    };

    AuditTrailTableModel(Database& database, DatabaseWorker& worker, const AgentSession& session,
                         QObject* parent = nullptr);
    ~AuditTrailTableModel() override;
    Q_DISABLE_COPY_MOVE(AuditTrailTableModel)

    // Replaces the filter and starts again from the newest event (a model reset).
    void setFilter(const AuditTrail::Filter& filter);
    AuditTrail::Filter filter() const { return m_filter; }
    void setPageSize(int rows) { m_pageSize = rows; }
    bool isLoading() const { return m_loading; }
    Error lastError() const { return m_lastError; }
    AuditLog::Event event(int row) const { return m_events.value(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded(int rows);
    void loadFailed(); // lastError() says why; fetching stops until the next setFilter()

private:
    void apply(quint64 generation, const Result<AuditTrail::Page>& page);

    Database& m_database;
    DatabaseWorker& m_worker;
    AgentSession m_session;
    AuditTrail::Filter m_filter;
    int m_pageSize = 100;
    QList<AuditLog::Event> m_events;
    std::optional<AuditTrail::Cursor> m_next;
    QHash<qint64, QString> m_agentLogins; // agents seen in the loaded events, for the details' words
    quint64 m_generation = 0;
    bool m_atEnd = false;
    bool m_loading = false;
    Error m_lastError;
};
