#pragma once

#include "AgentSession.h"
#include "AuditTrail.h"
#include "Error.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

class Database;
class DatabaseWorker;

// The audit trail as a table for the supervisor's desk, newest first, a keyset page at a time as
// the view scrolls; each page (AuditTrail::page) is read on the DatabaseWorker, never on the UI
// thread.
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
    enum DataRole { EventIdRole = Qt::UserRole + 1, ActionCodeRole };

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

    // The actions the audit trail knows, and their words.
    static QStringList actions();
    static QString actionLabel(const QString& action);

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
    quint64 m_generation = 0;
    bool m_atEnd = false;
    bool m_loading = false;
    Error m_lastError;
};
