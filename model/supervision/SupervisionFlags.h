#pragma once

#include "agents/AgentSession.h"
#include "core/Error.h"
#include "supervision/SupervisionPolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class Database;

// What a supervisor should look at, for supervisors and admins only
// (AgentSession::Permission::ReviewHistory; Forbidden otherwise).
class SupervisionFlags
{
    Q_DECLARE_TR_FUNCTIONS(SupervisionFlags)

public:
    // An account locked RepeatedLockoutCount times or more in the RepeatedLockoutWindowDays days
    // up to now (a lockout exactly at the window's start counts).
    struct RepeatedLockout
    {
        qint64 accountId = 0;
        qint64 personId = 0;
        QString maskedNir; // the holder's NIR, masked (Masking::nir)
        int lockouts = 0;
        QDateTime lastLockedAt;
        bool lockedNow = false; // the last lockout is still open
    };

    // An agent's unlocks or reissues far above their peers' (see outlierRule()).
    struct Outlier
    {
        qint64 agentId = 0;
        QString login;
        QString action; // "unlock" or "reissue"
        qint64 count = 0;
        double peerMedian = 0; // median of the other agents who did at least one
        int peers = 0;
    };

    // A temporary password that expired in the period without ever being used. Only the
    // account's current temporary password is known (a newer one replaces its row), so one that
    // was replaced after expiring unused is no longer seen.
    struct UnusedTemporaryPassword
    {
        qint64 accountId = 0;
        qint64 personId = 0;
        QString maskedNir; // the holder's NIR, masked (Masking::nir)
        QDateTime issuedAt;
        QDateTime expiresAt;
    };

    // A change of e-mail address confirmed at the desk in the period that was followed by a reissue
    // asked for the new address while under review (the takeover path: whatever the reissue's
    // outcome, refused or sent after an approval), or that the holder refused from the previous
    // address. One row per change.
    struct ChangedAddressReissue
    {
        qint64 accountId = 0;
        qint64 personId = 0;
        QString maskedNir; // the holder's NIR, masked (Masking::nir)
        QDateTime changedAt;
        QString changedBy; // the agent's login
        QDateTime reissueAskedAt; // the first reissue asked after the change; invalid when none
        QString reissueBy;
        QString reissueOutcome; // its audit outcome: "ok", "change_waiting_period", "approval_required"…
        QDateTime refusedAt; // the holder refused the change; invalid when not
    };

    // A person whose failed identity checks, across calls and agents, reached
    // PortalPolicy::IdentityCheckMaxFailuresPerPerson within IdentityCheckWindowHours: their checks
    // are refused until limitedUntil (someone may be trying to pass for them).
    struct IdentityChecksLimited
    {
        qint64 personId = 0;
        qint64 accountId = 0; // 0 without a portal account
        QString maskedNir; // the person's NIR, masked (Masking::nir)
        int failures = 0; // failed checks in the window
        int refused = 0; // checks refused since the limit was reached
        QDateTime lastCheckedAt;
        QDateTime limitedUntil;
    };

    explicit SupervisionFlags(Database& database);

    Result<QList<RepeatedLockout>> repeatedLockouts(const AgentSession& session,
                                                    const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    // Over [from, to), from the audit trail's successful "unlock" and "reissue" events (a
    // supervisor's bulk unlocks are a decision of their own and not compared), each action
    // judged on its own. Ordered by action, then count descending.
    Result<QList<Outlier>> outliers(const AgentSession& session, const QDateTime& from, const QDateTime& to) const;
    // Expired in [from, to) and before now, never used. Ordered by expiry.
    Result<QList<UnusedTemporaryPassword>>
    unusedTemporaryPasswords(const AgentSession& session, const QDateTime& from, const QDateTime& to,
                             const QDateTime& now = QDateTime::currentDateTimeUtc()) const;

    // Changes confirmed in [from, to), ordered by change time.
    Result<QList<ChangedAddressReissue>> changedAddressReissues(const AgentSession& session, const QDateTime& from,
                                                                const QDateTime& to) const;
    // The persons limited at now, most failures first.
    Result<QList<IdentityChecksLimited>>
    identityChecksLimited(const AgentSession& session, const QDateTime& now = QDateTime::currentDateTimeUtc()) const;

    // The outlier rule, for people.
    static QString outlierRule();
    // The rule itself: whether count stands out among the peers' counts (the other agents' ones,
    // each at least 1). No peer, no comparison: never flagged.
    static bool isOutlier(qint64 count, const QList<qint64>& peerCounts);
    static double median(QList<qint64> values); // 0 for an empty list

private:
    Database& m_database;
};
