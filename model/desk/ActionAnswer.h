#pragma once

#include "accounts/AccountRepository.h"
#include "audit/AuditAction.h"

#include <QString>

#include <optional>

// What a desk action answers (HelpdeskService: unlock, reissue, changeEmail, confirmEmail;
// CertificationService: certify). Each field says which operations fill it; an empty optional is
// "not part of this operation's answer". The desk reads the fields, guichetctl turns them into its
// JSON. The idempotency store keeps it in its stored form (toStored/fromStored), so that a replay
// gets the same answer with replayed set.
struct ActionAnswer
{
    AuditAction action = AuditAction::Unlock;
    qint64 accountId = 0; // the account acted on; 0 only for a certification in a call without an account
    std::optional<int> version; // HelpdeskService: the account's version after the action
    bool replayed = false; // the answer stored for an earlier request with the same idempotency key
    std::optional<Account::Status> status; // unlock: the account's status now
    std::optional<qint64> mailId; // reissue, changeEmail: the request queued in the outbox
    std::optional<int> supersededMail; // reissue, changeEmail: older queued requests of its kind withdrawn
    std::optional<bool> accountLocked; // reissue: whether the account is still locked
    std::optional<qint64> noticeMailId; // confirmEmail: the notice queued to the previous address
    std::optional<QString> certificationRef; // certify: the register's reference (the NIR is certified)

    // The stored form (a compact JSON text) and back; nullopt when stored is not one (or names an
    // unknown action or status).
    QString toStored() const;
    static std::optional<ActionAnswer> fromStored(const QString& stored);

    friend bool operator==(const ActionAnswer& a, const ActionAnswer& b);
};
