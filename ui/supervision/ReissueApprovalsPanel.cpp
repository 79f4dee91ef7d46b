#include "supervision/ReissueApprovalsPanel.h"

#include "core/PortalPolicy.h"
#include "db/DatabaseWorker.h"
#include "text/ErrorText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString when(const QDateTime& instant)
{
    return instant.isValid() ? QLocale().toString(instant.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

ReissueApprovalsPanel::ReissueApprovalsPanel(Database& database, DatabaseWorker& worker, const AgentSession& session,
                                             QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_worker(worker)
    , m_session(session)
    , m_table(new QTableWidget(0, 5, this))
    , m_approve(new QPushButton(tr("Approv&e the reissue"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("reissueApprovalsPanel"));
    auto* help = new QLabel(
        tr("A temporary password to an e-mail address changed at the desk goes out only after the %1-hour waiting "
           "period, during which the previous address may refuse the change, and with the approval of a supervisor "
           "other than the agent who asked. Approve only after checking the request with that agent.")
            .arg(PortalPolicy::EmailChangeWaitingHours),
        this);
    help->setObjectName(QStringLiteral("reissueApprovalsHelpLabel"));
    help->setTextFormat(Qt::PlainText);
    help->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("reissueApprovalsTableWidget"));
    m_table->setHorizontalHeaderLabels(
        {tr("Account"), tr("Asked by"), tr("Asked at"), tr("Waiting period ends"), tr("Reason")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setAccessibleName(tr("Columns"));
    m_table->setAccessibleName(tr("Reissues waiting for a supervisor's approval"));

    m_approve->setObjectName(QStringLiteral("approveReissuePushButton"));
    m_approve->setAccessibleName(tr("Approve the reissue"));
    m_approve->setEnabled(false);
    m_message->setObjectName(QStringLiteral("reissueApprovalsMessageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_approve);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReissueApprovalsPanel::updateButton);
    connect(m_approve, &QPushButton::clicked, this, &ReissueApprovalsPanel::approveSelected);
}

ReissueApprovalsPanel::~ReissueApprovalsPanel() = default;

void ReissueApprovalsPanel::reload()
{
    const quint64 sequence = ++m_sequence;
    m_busy = true;
    updateButton();
    Database* db = &m_database;
    const AgentSession session = m_session;
    m_worker.submit(
        this, [db, session] { return ReissueApprovalService(*db).pending(session); },
        [this, sequence](const Result<QList<ReissueApprovalService::Approval>>& pending) {
            if (sequence != m_sequence)
                return;
            m_busy = false;
            showPending(pending);
        });
}

void ReissueApprovalsPanel::showPending(const Result<QList<ReissueApprovalService::Approval>>& pending)
{
    m_table->setRowCount(0);
    if (!pending) {
        m_message->setText(ErrorText::error(pending.error()));
        updateButton();
        return;
    }
    m_table->setRowCount(int(pending->size()));
    for (int row = 0; row < pending->size(); ++row) {
        const ReissueApprovalService::Approval& approval = pending->at(row);
        const QStringList cells{approval.maskedNir, approval.requestedByLogin, when(approval.requestedAt),
                                when(approval.waitingUntil), approval.reason};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(RequestIdRole, approval.id);
            item->setData(RequestedByRole, approval.requestedBy);
            m_table->setItem(row, column, item);
        }
    }
    if (pending->isEmpty() && m_message->text().isEmpty())
        m_message->setText(tr("No reissue waits for an approval."));
    updateButton();
}

void ReissueApprovalsPanel::updateButton()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    const bool own = !selected.isEmpty() && selected.first()->data(RequestedByRole).toLongLong() == m_session.agentId;
    m_approve->setEnabled(!m_busy && !selected.isEmpty() && !own);
    m_approve->setToolTip(own ? tr("Four eyes: another supervisor approves the requests you made.") : QString());
}

void ReissueApprovalsPanel::approveSelected()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty() || m_busy)
        return;
    const qint64 requestId = selected.first()->data(RequestIdRole).toLongLong();
    const QString account = m_table->item(selected.first()->row(), 0)->text();
    m_busy = true;
    m_message->clear();
    updateButton();
    Database* db = &m_database;
    const AgentSession session = m_session;
    m_worker.submit(
        this, [db, session, requestId] { return ReissueApprovalService(*db).approve(session, requestId); },
        [this, requestId, account](const Result<ReissueApprovalService::Approval>& approval) {
            m_busy = false;
            if (!approval) {
                m_message->setText(ErrorText::error(approval.error()));
                updateButton();
                return;
            }
            //: %1 is the account holder's masked social-security number; %2 the end of the waiting period.
            m_message->setText(tr("Approved for account %1: the agent can reissue once the waiting period ends (%2).")
                                   .arg(account, when(approval->waitingUntil)));
            reload();
            Q_EMIT approved(requestId);
        });
}
