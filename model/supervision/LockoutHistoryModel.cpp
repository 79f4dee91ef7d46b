#include "supervision/LockoutHistoryModel.h"

#include <QLocale>
#include <QPointer>
#include <QThread>

LockoutHistoryModel::Loader LockoutHistoryModel::synchronousLoader(LockoutHistory& history, const AgentSession& session)
{
    return [&history, session](const Request& request, const Done& done) {
        done(history.page(session, request.filter, request.sort, request.after, request.limit));
    };
}

LockoutHistoryModel::LockoutHistoryModel(Loader loader, QObject* parent)
    : QAbstractTableModel(parent), m_loader(std::move(loader))
{ }

void LockoutHistoryModel::setFilter(const LockoutHistory::Filter& filter)
{
    m_filter = filter;
    reset();
}

void LockoutHistoryModel::setSort(const LockoutHistory::Sort& sort)
{
    m_sort = sort;
    reset();
}

void LockoutHistoryModel::reset()
{
    // "Loading" while the reset signals go out, so that a fetchMore() from a modelReset handler
    // waits for the reset to complete instead of inserting rows inside it.
    m_loading = true;
    beginResetModel();
    ++m_generation; // a page still in flight belongs to the old filter: apply() drops it
    m_rows.clear();
    m_rows.squeeze();
    m_cursor.reset();
    m_atEnd = false;
    m_failed = false;
    endResetModel();
    m_loading = false;
}

int LockoutHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LockoutHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool LockoutHistoryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading && !m_failed;
}

void LockoutHistoryModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    const quint64 generation = m_generation;
    QPointer<LockoutHistoryModel> self(this);
    Done done = [self, generation](const Result<LockoutHistory::Page>& page) {
        if (!self)
            return;
        if (QThread::currentThread() == self->thread()) {
            self->apply(generation, page);
            return;
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, page]() {
                if (self)
                    self->apply(generation, page);
            },
            Qt::QueuedConnection);
    };
    m_loader(Request{m_filter, m_sort, m_cursor, m_pageSize}, std::move(done));
}

void LockoutHistoryModel::apply(quint64 generation, const Result<LockoutHistory::Page>& page)
{
    if (generation != m_generation)
        return;
    if (!page) {
        m_loading = false;
        m_failed = true;
        Q_EMIT loadFailed(page.error().codeName());
        return;
    }
    // The cursor moves first, and the model stays "loading" until the rows are in: a view (or
    // QAbstractItemModelTester) that calls fetchMore() from rowsInserted must not start the same
    // page again, nor a new insertion inside this one.
    m_cursor = page->next;
    m_atEnd = !m_cursor;
    const int count = int(page->rows.size());
    if (count > 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()) + count - 1);
        m_rows.append(page->rows);
        endInsertRows();
    }
    m_loading = false;
    Q_EMIT pageLoaded(count);
}

QVariant LockoutHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LockoutHistoryRow& row = m_rows.at(index.row());
    if (role == EventIdRole)
        return row.eventId;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == FailedAttempts || index.column() == Call)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    if (role != Qt::DisplayRole && role != SortValueRole && role != Qt::ToolTipRole)
        return {};
    const bool raw = role == SortValueRole;
    const auto when = [raw](const QDateTime& dateTime) -> QVariant {
        if (!dateTime.isValid())
            return raw ? QVariant() : QVariant(QString());
        if (raw)
            return dateTime;
        return QLocale().toString(dateTime.toLocalTime(), QLocale::ShortFormat);
    };
    switch (index.column()) {
    case LockedAt:
        return when(row.lockedAt);
    case UnlockedAt:
        if (!row.unlockedAt.isValid() && !raw)
            return stillLockedText();
        return when(row.unlockedAt);
    case FailedAttempts:
        return row.failedAttempts;
    case Account:
        return raw ? QVariant(row.accountId) : QVariant(row.maskedNir);
    case UnlockedBy:
        if (raw || role == Qt::ToolTipRole)
            return row.unlockedByLogin;
        return row.unlockedByName;
    case Reason:
        return row.unlockReason;
    case Call:
        return row.callId > 0 ? QVariant(row.callId) : QVariant();
    default:
        return {};
    }
}

QString LockoutHistoryModel::stillLockedText()
{
    return tr("still locked");
}

QVariant LockoutHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LockedAt:
        return tr("Locked at");
    case UnlockedAt:
        return tr("Unlocked at");
    case FailedAttempts:
        return tr("Failed attempts");
    case Account:
        return tr("Account (NIR)");
    case UnlockedBy:
        return tr("Unlocked by");
    case Reason:
        return tr("Reason");
    case Call:
        return tr("Call");
    default:
        return {};
    }
}
