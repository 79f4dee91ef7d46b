#pragma once

#include "agents/AgentSession.h"
#include "core/Error.h"
#include "desk/ReissueApprovalService.h"

#include <QWidget>

class Database;
class DatabaseWorker;
class QLabel;
class QPushButton;
class QTableWidget;

// Four eyes on the takeover path: the reissues to an address changed at the desk that wait for a
// supervisor (ReissueApprovalService::pending), with an Approve button. A request the supervisor
// made, or about an address they changed, cannot be approved by them: the button says so and stays
// off. Every database call runs on the worker.
class ReissueApprovalsPanel : public QWidget
{
    Q_OBJECT

public:
    ReissueApprovalsPanel(Database& database, DatabaseWorker& worker, const AgentSession& session,
                          QWidget* parent = nullptr);
    ~ReissueApprovalsPanel() override;
    Q_DISABLE_COPY_MOVE(ReissueApprovalsPanel)

    QTableWidget* table() const { return m_table; }
    QPushButton* approveButton() const { return m_approve; }
    QLabel* messageLabel() const { return m_message; }
    bool isBusy() const { return m_busy; }

    static constexpr int RequestIdRole = Qt::UserRole + 1;
    static constexpr int RequestedByRole = Qt::UserRole + 2;

Q_SIGNALS:
    // A request was approved (after the list was read again).
    void approved(qint64 requestId);

public Q_SLOTS:
    void reload();
    void approveSelected();

private:
    void showPending(const Result<QList<ReissueApprovalService::Approval>>& pending);
    void updateButton();

    Database& m_database;
    DatabaseWorker& m_worker;
    AgentSession m_session;
    quint64 m_sequence = 0;
    bool m_busy = false;
    QTableWidget* m_table;
    QPushButton* m_approve;
    QLabel* m_message;
};
