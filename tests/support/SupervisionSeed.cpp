#include "support/SupervisionSeed.h"

#include "accounts/LockoutRepository.h"
#include "audit/AuditAction.h"
#include "audit/AuditLog.h"
#include "support/TestAccounts.h"
#include "support/TestAgents.h"

#include <QTime>

namespace SupervisionSeed {

bool addPeople(Database& database, Fixture* f, int accounts, int days, bool bob)
{
    f->sophie = TestAgents::addAgent(database, QStringLiteral("sophie"), QStringLiteral("Sophie Roux"),
                                     Agent::Role::Supervisor);
    f->alice
        = TestAgents::addAgent(database, QStringLiteral("alice"), QStringLiteral("Alice Martin"), Agent::Role::Agent);
    if (bob)
        f->bob = TestAgents::addAgent(database, QStringLiteral("bob"), QStringLiteral("Bob Petit"), Agent::Role::Agent);
    if (!f->sophie.isValid() || !f->alice.isValid() || (bob && !f->bob.isValid()))
        return false;
    for (int n = 1; n <= accounts; ++n)
        f->accounts.append(TestAccounts::addAccount(database, n));
    if (f->accounts.contains(0))
        return false;
    f->lastDay = QDate::currentDate();
    f->firstDay = f->lastDay.addDays(1 - days);
    return true;
}

QDateTime localNoon(const QDate& day)
{
    return QDateTime(day, QTime(12, 0)).toUTC();
}

Error lockAndUnlock(QSqlDatabase& db, qint64 account, const QDateTime& at, const AgentSession* by,
                    const QString& reason, qint64 callId, int closedAfter, bool audited)
{
    LockoutRepository lockouts(db);
    if (const Result<qint64> opened = lockouts.open(account, at, 5); !opened)
        return opened.error();
    if (!by)
        return {};
    if (const Result<int> closed = lockouts.close(account, by->agentId, reason, callId, at.addSecs(closedAfter));
        !closed)
        return closed.error();
    if (!audited)
        return {};
    return AuditLog(db)
        .append(by->auditEntry(AuditAction::Unlock, callId, account, AuditActions::code(AuditOutcome::Ok), reason))
        .error();
}

} // namespace SupervisionSeed
