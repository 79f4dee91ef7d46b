#pragma once

#include "desk/AccountSummary.h"

#include <QDateTime>
#include <QWidget>

#include <memory>
#include <optional>

class EarlierCallsModel;
class QGroupBox;
class QLabel;
class QTableView;

namespace Ui {
class AccountPanel;
}

// Shows what the desk knows about one insured person and their portal account: the account
// state at a glance (an icon and words), then the person (masked name, number, certification)
// and the account (masked e-mail address, lock, failed attempts, temporary password).
// Below: the last mail sent for the account and how its delivery went, a pending change of
// address, and this caller's earlier calls.
// Read-only: it shows an AccountSummary and never asks the model for anything.
class AccountPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AccountPanel(QWidget* parent = nullptr);
    ~AccountPanel() override;
    Q_DISABLE_COPY_MOVE(AccountPanel)

    // now decides whether the temporary password has expired and how many days it has left;
    // tests pass a fixed instant.
    void setSummary(const AccountSummary& summary, const QDateTime& now = QDateTime::currentDateTimeUtc());
    // Back to showing nobody.
    void clear();

    // Person and account one above the other (a narrow column) instead of side by side.
    void setStacked(bool stacked);

    bool hasSummary() const { return m_summary.has_value(); }
    std::optional<AccountSummary> summary() const { return m_summary; }

    // The words for an account state, as the panel's headline shows them ("Locked").
    static QString stateTitle(Account::State state);
    // The last mail in words: what it was and where its delivery stands ("Temporary password: sent on …").
    // pausedReason: the mail service's pause, when it holds this waiting message (AccountSummary).
    static QString mailText(const OutboxMessage& message, const QString& pausedReason = {});
    // Where the newest temporary password request stands, in words with its time ("Queued at …").
    static QString newTemporaryPasswordText(const OutboxMessage& request, const QString& pausedReason = {});

    EarlierCallsModel* earlierCallsModel() const { return m_earlierCallsModel; }

private:
    void showState(const AccountSummary& summary);
    void showPerson(const AccountSummary& summary);
    void showAccount(const AccountSummary& summary, const QDateTime& now);
    void showMailAndCalls(const AccountSummary& summary);
    void createExtraRows();

    std::unique_ptr<Ui::AccountPanel> m_ui;
    std::optional<AccountSummary> m_summary;
    QLabel* m_lastMailIconLabel = nullptr;
    QLabel* m_lastMailLabel = nullptr;
    QLabel* m_emailChangeLabel = nullptr;
    QLabel* m_newTemporaryLabel = nullptr;
    QGroupBox* m_earlierCallsGroupBox = nullptr;
    QTableView* m_earlierCallsTableView = nullptr;
    QLabel* m_noEarlierCallsLabel = nullptr;
    EarlierCallsModel* m_earlierCallsModel = nullptr;
};
