#pragma once

#include "AgentSession.h"
#include "AuditTrail.h"
#include "CallStatistics.h"
#include "Error.h"

#include <QWidget>

class AuditTrailTableModel;
class Database;
class DatabaseWorker;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

// The audit trail for supervisors: filters (agent, account, action, the shared period), the
// events newest first as the view scrolls, and the verification of the hash chain, all read on
// the DatabaseWorker.
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
    QLabel* messageLabel() const { return m_message; }
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

private:
    void setBusy(bool busy);
    void showChain(const Result<AuditTrail::ChainStatus>& status);

    Database& m_database;
    DatabaseWorker& m_worker;
    AgentSession m_session;
    QDateTime m_from;
    QDateTime m_to;
    int m_pending = 0;
    AuditTrailTableModel* m_model;
    QComboBox* m_agent;
    QLineEdit* m_account;
    QComboBox* m_action;
    QPushButton* m_verify;
    QLabel* m_chainIcon;
    QLabel* m_chainText;
    QProgressBar* m_busy;
    QLabel* m_message;
    QTableView* m_table;
};
