#pragma once

#include "AccountSummary.h"

#include <QDateTime>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class AccountPanel;
}

// Shows what the desk knows about one insured person and their portal account: the account
// state at a glance (an icon and words), then the person (masked name, number, certification)
// and the account (masked e-mail address, lock, failed attempts, temporary password).
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

    bool hasSummary() const { return m_summary.has_value(); }
    std::optional<AccountSummary> summary() const { return m_summary; }

    // The words for an account state, as the panel's headline shows them ("Locked").
    static QString stateTitle(Account::State state);

private:
    void showState(const AccountSummary& summary);
    void showPerson(const AccountSummary& summary);
    void showAccount(const AccountSummary& summary, const QDateTime& now);

    std::unique_ptr<Ui::AccountPanel> m_ui;
    std::optional<AccountSummary> m_summary;
};
