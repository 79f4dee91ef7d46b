#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The identity checks of persons, whichever call and agent made them (the identity_checks table),
// for the per-person limit (PortalPolicy::IdentityCheckMaxFailuresPerPerson within
// IdentityCheckWindowHours). Works on the connection it is given, inside the caller's transaction.
class IdentityCheckRepository
{
public:
    enum class Outcome { Pass, Fail, Refused };

    // A person whose failed checks reached the limit in the window ending at now.
    struct LimitedPerson
    {
        qint64 personId = 0;
        QString nir;
        qint64 accountId = 0; // 0 without a portal account
        int failures = 0; // in the window
        int refused = 0; // checks refused in the window
        QDateTime lastCheckedAt;
        QDateTime limitedUntil; // the oldest counted failure leaves the window then
    };

    explicit IdentityCheckRepository(const QSqlDatabase& db);

    // Until the transaction ends, no other transaction checks this person: PostgreSQL takes a
    // transaction-scoped advisory lock on the person (two desks checking the same person at once
    // wait for each other, so that both cannot count 4 failures and make the 6th attempt); SQLite's
    // write transactions (BEGIN IMMEDIATE) are already one at a time.
    Error lockPerson(qint64 personId);
    // Failed checks of the person in (windowStart(now), now].
    Result<int> failuresInWindow(qint64 personId, const QDateTime& now) const;
    Error record(qint64 personId, qint64 callId, qint64 agentId, Outcome outcome, const QDateTime& at);
    // Every person limited at now, most failures first.
    Result<QList<LimitedPerson>> limitedPersons(const QDateTime& now) const;

    static QDateTime windowStart(const QDateTime& now);
    static QString outcomeCode(Outcome outcome);

private:
    QSqlDatabase m_db;
};
