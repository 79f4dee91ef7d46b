#pragma once

#include "agents/AgentSession.h"
#include "agents/CallRepository.h"
#include "core/Error.h"
#include "desk/AccountSummary.h"
#include "identity/CivilStatus.h"
#include "identity/Nir.h"

#include <QDateTime>
#include <QSqlDatabase>

class Database;

// The call workflow: start a call, look the caller up (every lookup is logged as a
// consultation), verify their identity from what they answer, end the call. Nothing about a
// caller can be done outside a call. Synchronous: run it off the UI thread.
class CallService
{
public:
    struct Verification
    {
        bool verified = false;
        int remainingAttempts = 0; // in this call
        // This failure reached the person's limit across calls and agents
        // (PortalPolicy::IdentityCheckMaxFailuresPerPerson): their next checks are refused.
        bool personLimitReached = false;
    };

    explicit CallService(Database& database);

    Result<qint64> startCall(const AgentSession& session, const QString& reason,
                             const QDateTime& now = QDateTime::currentDateTimeUtc());
    // Masked unless the caller was verified in this call for this person (and the pass is fresh).
    Result<AccountSummary> lookup(const AgentSession& session, qint64 callId, const Nir& nir,
                                  const QDateTime& now = QDateTime::currentDateTimeUtc());
    // Compares what the caller answered with the record; never returns the record's values.
    // IdentityChecksLimited, without comparing, once the person failed
    // PortalPolicy::IdentityCheckMaxFailuresPerPerson checks in the last IdentityCheckWindowHours,
    // whichever calls and agents made them (the refusal is recorded and audited as
    // identity_check_limit; the failure that reaches the limit is too).
    Result<Verification> verify(const AgentSession& session, qint64 callId, const CivilStatus& answers,
                                const QDateTime& now = QDateTime::currentDateTimeUtc());
    Error endCall(const AgentSession& session, qint64 callId, const QString& outcome, const QString& note,
                  const QDateTime& now = QDateTime::currentDateTimeUtc());

    // For the operations: the call, if it is open at this agent's desk (and the agent active), has a caller looked up,
    // fewer than 3 failed checks and a pass younger than 15 minutes. NotVerified otherwise.
    static Result<Call> requireVerifiedCall(QSqlDatabase& db, const AgentSession& session, qint64 callId,
                                            const QDateTime& now);
    // The same rules on a call already read in the transaction (CallRepository::find's result), for
    // an action that checked the agent first: no second read of either.
    static Result<Call> verifiedCall(const AgentSession& session, const Result<Call>& found, const QDateTime& now);
    enum class AgentCheck { Active, AnyState };
    // The call, if it is open at this agent's desk (CallNotOpen otherwise), and the agent still
    // active (AgentDisabled once an administrator disabled them, even with a session signed in
    // before), unless check is AnyState.
    static Result<Call> requireOpenCall(QSqlDatabase& db, const AgentSession& session, qint64 callId,
                                        AgentCheck check = AgentCheck::Active);
    // In the action's own transaction: Unauthenticated without a session or for an agent that no
    // longer exists, AgentDisabled for a disabled one. Every desk action checks it (a session
    // outlives the sign-in's check).
    static Error requireActiveAgent(QSqlDatabase& db, const AgentSession& session);
    static bool passIsFresh(const Call& call, const QDateTime& now);
    // The one rule for an identity pass given at passedAt, which the desk only displays: it is
    // fresh from passedAt (a clock up to a minute ahead of the database's is tolerated) until
    // passExpiresAt, 15 minutes later, excluded.
    static bool passIsFresh(const QDateTime& passedAt, const QDateTime& now);
    static QDateTime passExpiresAt(const QDateTime& passedAt);

private:
    // When the person's limit lifts, as seen at now (now when they are not limited).
    static Result<QDateTime> limitedUntil(QSqlDatabase& db, qint64 personId, const QDateTime& now);

    Database& m_database;
};
