#pragma once

#include "supervision/LockoutHistory.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>
#include <optional>

// The lockout history as a lazy table for the views: rows arrive one keyset page at a time through
// fetchMore(), so memory holds the rows actually fetched and nothing more. Qt Core only.
//
// Pages come from a Loader, which may answer at once (synchronousLoader) or later from another
// thread: it calls done exactly once; the model applies the answer on its own thread and drops
// it if setFilter()/setSort() reset the model meanwhile. One page is in flight at a time.
class LockoutHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LockedAt, UnlockedAt, FailedAttempts, Account, UnlockedBy, Reason, Call, ColumnCount };
    enum Role { EventIdRole = Qt::UserRole + 1, SortValueRole };

    struct Request
    {
        LockoutHistory::Filter filter;
        LockoutHistory::Sort sort;
        std::optional<LockoutHistory::Cursor> after;
        int limit = 100;
    };
    using Done = std::function<void(Result<LockoutHistory::Page>)>;
    using Loader = std::function<void(const Request& request, Done done)>;

    // Runs the page on the calling thread (the UI will move it to a DatabaseWorker later).
    static Loader synchronousLoader(LockoutHistory& history, const AgentSession& session);

    explicit LockoutHistoryModel(Loader loader, QObject* parent = nullptr);

    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }
    // Both reset the model: rows are dropped, the next fetchMore() starts from the first page.
    void setFilter(const LockoutHistory::Filter& filter);
    void setSort(const LockoutHistory::Sort& sort);
    LockoutHistory::Filter filter() const { return m_filter; }

    bool isLoading() const { return m_loading; }
    bool atEnd() const { return m_atEnd; }
    const LockoutHistoryRow& rowAt(int row) const { return m_rows.at(row); }
    // What the unlock column says of a lockout still locked (for the view to size that column).
    static QString stillLockedText();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;

Q_SIGNALS:
    void pageLoaded(int rows); // rows appended by the page just applied
    void loadFailed(const QString& errorCode); // the model stops fetching until the next reset

private:
    void reset();
    void apply(quint64 generation, const Result<LockoutHistory::Page>& page);

    Loader m_loader;
    LockoutHistory::Filter m_filter;
    LockoutHistory::Sort m_sort;
    QList<LockoutHistoryRow> m_rows;
    std::optional<LockoutHistory::Cursor> m_cursor;
    int m_pageSize = 100;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_atEnd = false;
    bool m_failed = false;
};
