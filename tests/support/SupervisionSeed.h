#pragma once

#include "agents/AgentSession.h"
#include "core/Error.h"

#include <QDate>
#include <QDateTime>
#include <QList>

class Database;
class QSqlDatabase;

// What the supervisor's desk tests (tst_supervisorwindow, tst_supervisorcharts,
// tst_audittrailpanel) seed: the agents, the account holders (TestAccounts), the period shown and
// the lockouts with their unlocks.
namespace SupervisionSeed {

struct Fixture
{
    AgentSession sophie; // supervisor
    AgentSession alice; // agent
    AgentSession bob; // agent, when asked for
    QList<qint64> accounts; // TestAccounts' holders 1, 2…
    QDate firstDay; // the period shown: the last days, today included
    QDate lastDay;
};

// sophie (supervisor) and alice (agent), bob (agent) when asked; accounts holders 1 to accounts;
// the period of the last days. False on failure.
bool addPeople(Database& database, Fixture* f, int accounts, int days, bool bob = true);

// Noon of day, local time, in UTC.
QDateTime localNoon(const QDate& day);

// A lockout of account at `at` (5 failed attempts); with by, unlocked by that agent closedAfter
// seconds later with reason (in call callId, 0 for none), and, when audited, its Unlock event.
Error lockAndUnlock(QSqlDatabase& db, qint64 account, const QDateTime& at, const AgentSession* by = nullptr,
                    const QString& reason = {}, qint64 callId = 0, int closedAfter = 1800, bool audited = true);

} // namespace SupervisionSeed
