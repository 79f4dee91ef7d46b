#pragma once

#include "agents/AgentSession.h"
#include "core/Error.h"
#include "supervision/AuditTrail.h"
#include "supervision/CallStatistics.h"

#include <QWidget>

class AuditTrailTableModel;
class Database;
class DatabaseWorker;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

// The audit trail for supervisors: filters (agent, account, action, the shared period), the
// events newest first as the view scrolls, and the verification of the hash chain, all read on
// the DatabaseWorker, and when the last checkpoint of the sealed trail was taken. The action filter offers every action
// of the catalogue (AuditAction); a row's account (a masked NIR) opens that account's events.
class AuditTrailPanel : public QWidget
{
    Q_OBJECT

public:
    AuditTrailPanel(Database& database, DatabaseWorker& worker, const AgentSession& session, QWidget* parent = nullptr);
    ~AuditTrailPanel() override;
    Q_DISABLE_COPY_MOVE(AuditTrailPanel)

    AuditTrailTableModel* model() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    QLabel* chainLabel() const { return m_chainText; }
    // When the last checkpoint of the sealed trail was taken (guichetctl audit checkpoint).
    QLabel* checkpointLabel() const { return m_checkpoint; }
    QLabel* messageLabel() const { return m_message; }
    // The account the trail is narrowed to (its masked NIR, or "every account"), and the button
    // that widens it again.
    QLabel* accountLabel() const { return m_account; }
    QPushButton* allAccountsButton() const { return m_allAccounts; }
    QPushButton* verifyButton() const { return m_verify; }
    AuditTrail::Filter currentFilter() const;
    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    void chainVerified(const AuditTrail::ChainStatus& status);

public Q_SLOTS:
    void setPeriod(const QDateTime& from, const QDateTime& to);
    // The agents offered by the agent filter.
    void setAgents(const QList<CallStatistics::AgentActions>& agents);
    void applyFilter();
    void verifyChain();
    // Reads when the last checkpoint was taken (done on creation and after each verification).
    void refreshCheckpoint();
    // Narrows the trail to one account's events (what a double-click, Enter or the context menu
    // does on a row, here or in the flags tab); 0 widens it to every account again.
    void showAccount(qint64 accountId, const QString& maskedNir);
    // The account of the row at index, if it has one.
    void openAccountAt(const QModelIndex& index);

private:
    void setBusy(bool busy);
    void showChain(const Result<AuditTrail::ChainStatus>& status);
    void showCheckpoint(const Result<std::optional<AuditCheckpoint::Record>>& record);
    void showContextMenu(const QPoint& position);

    Database& m_database;
    DatabaseWorker& m_worker;
    AgentSession m_session;
    QDateTime m_from;
    QDateTime m_to;
    int m_pending = 0;
    AuditTrailTableModel* m_model;
    QComboBox* m_agent;
    qint64 m_accountId = 0;
    QLabel* m_account;
    QPushButton* m_allAccounts;
    QComboBox* m_action;
    QPushButton* m_verify;
    QLabel* m_chainIcon;
    QLabel* m_chainText;
    QLabel* m_checkpoint;
    QProgressBar* m_busy;
    QLabel* m_message;
    QTableView* m_table;
};
