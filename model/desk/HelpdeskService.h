#pragma once

#include "accounts/AccountRepository.h"
#include "agents/AgentSession.h"
#include "core/Error.h"
#include "desk/ActionAnswer.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

class Database;

// The desk's operations on a portal account. Each one checks the agent's role and that the
// caller was verified in this call, runs in one transaction with an optimistic version check
// against what the desk saw at lookup (two desks on one account: one wins, the other gets
// Conflict naming who changed it), honours an idempotency key (a replay has one effect and the
// same answer) and writes its audit event in the same transaction. Refusals are audited too.
// Answers are typed (ActionAnswer: the action, the account, its version and what the operation
// did); synchronous: run off the UI thread.
class HelpdeskService
{
public:
    explicit HelpdeskService(Database& database);

    Result<ActionAnswer> unlock(const AgentSession& session, qint64 callId, const QString& reason,
                                const QString& idempotencyKey = {},
                                const QDateTime& now = QDateTime::currentDateTimeUtc());
    // Queues a new temporary password to the address on file; the agent never sees it.
    Result<ActionAnswer> reissue(const AgentSession& session, qint64 callId, const QString& reason,
                                 const QString& idempotencyKey = {},
                                 const QDateTime& now = QDateTime::currentDateTimeUtc());
    // Starts a change of address: a 6-digit code goes to the new address; nothing else goes there
    // until the caller reads the code back (confirmEmail).
    Result<ActionAnswer> changeEmail(const AgentSession& session, qint64 callId, const QString& newAddress,
                                     const QString& idempotencyKey = {},
                                     const QDateTime& now = QDateTime::currentDateTimeUtc());
    // WrongCode (with "remaining_attempts") counts the attempt; the old address gets a notice
    // without personal data on success.
    Result<ActionAnswer> confirmEmail(const AgentSession& session, qint64 callId, const QString& code,
                                      const QString& idempotencyKey = {},
                                      const QDateTime& now = QDateTime::currentDateTimeUtc());

    struct BulkSummary
    {
        int unlocked = 0;
        int notLocked = 0;
        int notFound = 0;
        int invalid = 0;
        int failed = 0;
    };
    // Supervisors: unlocks every locked account among the NIRs, one transaction and one audit
    // event per account.
    Result<BulkSummary> unlockBulk(const AgentSession& session, const QStringList& nirs, const QString& reason,
                                   const QDateTime& now = QDateTime::currentDateTimeUtc());

    // Clears the lock of account and closes its open lockout event (shared by unlock and bulk).
    static Error applyUnlock(QSqlDatabase& db, Account& account, const AgentSession& session, qint64 callId,
                             const QString& reason, const QDateTime& now);

private:
    using Body = std::function<Error(QSqlDatabase& db, Account& account, ActionAnswer& answer)>;
    Result<ActionAnswer> perform(const AgentSession& session, qint64 callId, AuditAction action, const QString& reason,
                                 const QString& idempotencyKey, const QDateTime& now, const Body& body);

    Database& m_database;
};
