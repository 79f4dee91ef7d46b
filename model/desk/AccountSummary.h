#pragma once

#include "accounts/AccountRepository.h"
#include "agents/CallRepository.h"
#include "identity/Nir.h"
#include "mail/MailOutbox.h"

#include <QList>
#include <optional>

#include <QDateTime>
#include <QString>

// What the desk shows about a person and their portal account. Civil status and e-mail arrive
// already masked unless the caller has been verified: a widget cannot show what it never gets.
struct AccountSummary
{
    qint64 personId = 0;
    Nir nir;
    bool verified = false;
    QString displayName; // "M••• D•••" until verified
    QString displayLastName; // "D•••" until verified
    QString displayFirstNames; // "M•••" until verified
    QString displayEmail; // "j•••@l•••.fr" until verified
    bool certified = false;
    bool provisionalNir = false;

    Account::State state = Account::State::NoAccount;
    qint64 accountId = 0;
    int failedAttempts = 0;
    QDateTime lastFailedAt;
    QDateTime lockedAt;
    QDateTime temporaryIssuedAt;
    QDateTime temporaryExpiresAt;
    bool temporaryUsed = false;
    int accountVersion = 0; // Account::deskVersion: what the desk's optimistic check compares
    bool emailChangePending = false;
    QString displayPendingEmail; // the address awaiting its code, "j•••@l•••.fr" until verified

    std::optional<OutboxMessage> lastMail; // the newest message for this account (never its secret)
    // When lastMail still waits and the mail service is paused (the relay refuses its settings):
    // the relay's reason, technical, never an address. Empty otherwise.
    QString mailPausedReason;
    // The newest request for a temporary password (never its secret), whatever came after it: the
    // new password's delivery at once after a reissue, before the mail leaves.
    std::optional<OutboxMessage> temporaryPasswordMail;
    QList<CallRecord> earlierCalls; // this caller's earlier calls, newest first

    bool hasAccount() const { return state != Account::State::NoAccount; }
};
