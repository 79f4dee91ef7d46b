#pragma once

#include "agents/AgentSession.h"
#include "core/Error.h"
#include "supervision/SupervisionFlags.h"

#include <QWidget>

class Database;
class DatabaseWorker;
class QLabel;
class QProgressBar;
class QTableWidget;

// What a supervisor should look at: accounts locked again and again, agents whose unlocks or
// reissues stand far above their peers' (the rule shown beside them), and temporary passwords
// that expired without ever being used, persons whose identity checks are limited. Words in every cell, never colour
// alone; an account is shown as its holder's masked NIR, and its row opens its history (accountRequested).
class SupervisionFlagsPanel : public QWidget
{
    Q_OBJECT

public:
    SupervisionFlagsPanel(Database& database, DatabaseWorker& worker, const AgentSession& session,
                          QWidget* parent = nullptr);
    ~SupervisionFlagsPanel() override;
    Q_DISABLE_COPY_MOVE(SupervisionFlagsPanel)

    QTableWidget* repeatedTable() const { return m_repeated; }
    QTableWidget* outlierTable() const { return m_outliers; }
    QTableWidget* unusedTable() const { return m_unused; }
    QTableWidget* identityChecksTable() const { return m_identityChecks; }
    QLabel* messageLabel() const { return m_message; }
    bool isBusy() const { return m_loading; }

    // Where a flagged account's id and masked NIR are kept, in every cell of its row.
    static constexpr int AccountIdRole = Qt::UserRole + 1;
    static constexpr int MaskedNirRole = Qt::UserRole + 2;

Q_SIGNALS:
    // A supervisor asked for a flagged account's history (double-click, Enter or the context menu
    // on its row).
    void accountRequested(qint64 accountId, const QString& maskedNir);

public Q_SLOTS:
    void setPeriod(const QDateTime& from, const QDateTime& to);
    void reload();

private:
    struct Flags
    {
        Flags() = default;
        explicit Flags(Error failure) : error(std::move(failure)) { }
        Error error;
        QList<SupervisionFlags::RepeatedLockout> repeated;
        QList<SupervisionFlags::Outlier> outliers;
        QList<SupervisionFlags::UnusedTemporaryPassword> unused;
        QList<SupervisionFlags::IdentityChecksLimited> identityChecks;
    };
    void showFlags(const Flags& flags);
    void openAccountAt(const QModelIndex& index);
    void showContextMenu(QTableWidget* table, const QPoint& position);

    Database& m_database;
    DatabaseWorker& m_worker;
    AgentSession m_session;
    QDateTime m_from;
    QDateTime m_to;
    quint64 m_sequence = 0;
    bool m_loading = false;
    QTableWidget* m_repeated;
    QTableWidget* m_outliers;
    QTableWidget* m_unused;
    QTableWidget* m_identityChecks;
    QProgressBar* m_busy;
    QLabel* m_message;
};
