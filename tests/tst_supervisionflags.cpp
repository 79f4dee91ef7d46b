// SupervisionFlags on both engines: repeated lockouts, agents far above their peers, temporary
// passwords that expired unused.
#include "accounts/AccountRepository.h"
#include "accounts/LockoutRepository.h"
#include "agents/AgentRepository.h"
#include "audit/AuditLog.h"
#include "identity/PersonRepository.h"
#include "supervision/LockoutHistory.h"
#include "supervision/SupervisionFlags.h"
#include "support/TestAccounts.h"
#include "support/TestAgents.h"
#include "support/TestDatabases.h"

#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

namespace {

const QDateTime now(QDate(2026, 6, 15), QTime(12, 0), QTimeZone::utc());

using TestAccounts::addAccount;
using TestAgents::addAgent;

// Every holder here is a man born in 1980 (1 80 …): what Masking::nir leaves of their NIR.
const QString maskedHolderNir
    = QStringLiteral("1 80 \u2022\u2022 \u2022\u2022 \u2022\u2022\u2022 \u2022\u2022\u2022 \u2022\u2022");

// Back-dated lockouts through the repository (the portal dates them at its own clock); each is
// closed a minute later, except the last one when leaveLastOpen.
Error lockouts(Database& database, qint64 accountId, qint64 agentId, const QList<QDateTime>& times,
               bool leaveLastOpen = false)
{
    return database.write([&](QSqlDatabase& db) -> Error {
        LockoutRepository repository(db);
        for (qsizetype i = 0; i < times.size(); ++i) {
            if (const Result<qint64> opened = repository.open(accountId, times.at(i), 5); !opened)
                return opened.error();
            if (leaveLastOpen && i == times.size() - 1)
                break;
            if (const Result<int> closed
                = repository.close(accountId, agentId, QStringLiteral("test"), 0, times.at(i).addSecs(60));
                !closed)
                return closed.error();
        }
        return {};
    });
}

// Audit events appended through AuditLog as the services do. They are dated by the database's
// clock, so the outlier period is taken around the real now; a verified call per unlock through
// HelpdeskService would only slow the test down (tst_callstatistics checks that path).
Error actions(Database& database, const AgentSession& session, const QString& action, int count,
              const QString& outcome = QStringLiteral("ok"))
{
    return database.write([&](QSqlDatabase& db) -> Error {
        AuditLog log(db);
        for (int i = 0; i < count; ++i) {
            if (Error error
                = log.append(session.auditEntry(*AuditActions::fromCode(action), 0, 0, outcome, QStringLiteral("test")))
                      .error())
                return error;
        }
        return {};
    });
}

} // namespace

class TestSupervisionFlags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void outlierRule();
    void repeatedLockouts_data() { TestDatabase::addEngineRows(); }
    void repeatedLockouts();
    void oneRepeatDefinition_data() { TestDatabase::addEngineRows(); }
    void oneRepeatDefinition();
    void outliers_data() { TestDatabase::addEngineRows(); }
    void outliers();
    void unusedTemporaryPasswords_data() { TestDatabase::addEngineRows(); }
    void unusedTemporaryPasswords();
    void agentIsRefused_data() { TestDatabase::addEngineRows(); }
    void agentIsRefused();
};

void TestSupervisionFlags::outlierRule()
{
    QCOMPARE(SupervisionFlags::median({}), 0.0);
    QCOMPARE(SupervisionFlags::median({7}), 7.0);
    QCOMPARE(SupervisionFlags::median({4, 1, 3, 2}), 2.5);
    QCOMPARE(SupervisionFlags::median({9, 1, 5}), 5.0);

    QVERIFY(SupervisionFlags::isOutlier(11, {5})); // one colleague is enough
    QVERIFY(!SupervisionFlags::isOutlier(10, {5})); // exactly twice: not more than twice
    QVERIFY(!SupervisionFlags::isOutlier(9, {1, 1, 1})); // under the floor of 10
    QVERIFY(SupervisionFlags::isOutlier(10, {1, 1, 1})); // at the floor
    QVERIFY(!SupervisionFlags::isOutlier(50, {})); // alone: not compared
    QVERIFY(SupervisionFlags::isOutlier(25, {4, 5, 40})); // the median ignores the other busy one
    QVERIFY(!SupervisionFlags::isOutlier(30, {20, 12, 15}));

    const QString rule = SupervisionFlags::outlierRule();
    QVERIFY(rule.contains(QString::number(SupervisionPolicy::OutlierMinimumActions)));
    QVERIFY(rule.contains(QString::number(SupervisionPolicy::OutlierMedianFactor)));
}

void TestSupervisionFlags::repeatedLockouts()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const AgentSession alice = addAgent(database, QStringLiteral("alice"));
    const AgentSession sophie = addAgent(database, QStringLiteral("sophie"), Agent::Role::Supervisor);
    const qint64 three = addAccount(database, 1);
    const qint64 two = addAccount(database, 2);
    const qint64 oneTooOld = addAccount(database, 3);
    const qint64 atTheEdge = addAccount(database, 4);
    const qint64 oneInTheFuture = addAccount(database, 5);
    QVERIFY(three && two && oneTooOld && atTheEdge && oneInTheFuture);
    const qint64 agentId = alice.agentId;
    QVERIFY(!lockouts(database, three, agentId, {now.addDays(-29), now.addDays(-10), now.addDays(-1)}, true));
    QVERIFY(!lockouts(database, two, agentId, {now.addDays(-5), now.addDays(-2)}));
    QVERIFY(!lockouts(database, oneTooOld, agentId, {now.addDays(-31), now.addDays(-4), now.addDays(-3)}));
    QVERIFY(!lockouts(database, atTheEdge, agentId, {now.addDays(-30), now.addDays(-7), now.addDays(-6)}));
    QVERIFY(!lockouts(database, oneInTheFuture, agentId, {now.addDays(-2), now.addDays(-1), now.addSecs(3600)}));

    const Result<QList<SupervisionFlags::RepeatedLockout>> flags
        = SupervisionFlags(database).repeatedLockouts(sophie, now);
    QVERIFY2(flags.ok(), qPrintable(flags.error().detail()));
    QCOMPARE(flags->size(), 2);
    QCOMPARE(flags->at(0).accountId, three);
    QCOMPARE(flags->at(0).lockouts, 3);
    QCOMPARE(flags->at(0).lastLockedAt, now.addDays(-1));
    QVERIFY(flags->at(0).lockedNow);
    QVERIFY(flags->at(0).personId > 0);
    // The holder's NIR, masked (the supervisor's tab shows it, never the account's id).
    QCOMPARE(flags->at(0).maskedNir, maskedHolderNir);
    QCOMPARE(flags->at(1).accountId, atTheEdge);
    QCOMPARE(flags->at(1).maskedNir, maskedHolderNir);
    QCOMPARE(flags->at(1).lockouts, 3);
    QCOMPARE(flags->at(1).lastLockedAt, now.addDays(-6));
    QVERIFY(!flags->at(1).lockedNow);

    // A day later the lockout at the edge leaves the window.
    const Result<QList<SupervisionFlags::RepeatedLockout>> later
        = SupervisionFlags(database).repeatedLockouts(sophie, now.addDays(1));
    QVERIFY(later.ok());
    QCOMPARE(later->size(), 2); // three, and oneInTheFuture now that its third lockout is past
    QCOMPARE(later->at(0).accountId, three);
    QCOMPARE(later->at(1).accountId, oneInTheFuture);
}

// The flags and the lockout history's "repeats only" filter read one definition: at the window's
// edge (a lockout exactly 30 days before) both count it, a second earlier neither does.
void TestSupervisionFlags::oneRepeatDefinition()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const AgentSession alice = addAgent(database, QStringLiteral("alice"));
    const AgentSession sophie = addAgent(database, QStringLiteral("sophie"), Agent::Role::Supervisor);
    const qint64 atTheEdge = addAccount(database, 1);
    const qint64 justOut = addAccount(database, 2);
    QVERIFY(atTheEdge && justOut);
    const QDateTime last = now.addDays(-1);
    const QDateTime edge = SupervisionPolicy::repeatWindowStart(last);
    QCOMPARE(edge, last.addDays(-SupervisionPolicy::RepeatedLockoutWindowDays));
    QVERIFY(!lockouts(database, atTheEdge, alice.agentId, {edge, last.addDays(-10), last}));
    QVERIFY(!lockouts(database, justOut, alice.agentId, {edge.addSecs(-1), last.addDays(-10), last}));

    const Result<QList<SupervisionFlags::RepeatedLockout>> flags
        = SupervisionFlags(database).repeatedLockouts(sophie, last);
    QVERIFY(flags.ok());
    QCOMPARE(flags->size(), 1);
    QCOMPARE(flags->at(0).accountId, atTheEdge);

    LockoutHistory::Filter filter;
    filter.repeatOnly = true;
    const Result<LockoutHistory::Page> page
        = LockoutHistory(database).page(sophie, filter, LockoutHistory::Sort(), std::nullopt, 100);
    QVERIFY2(page.ok(), qPrintable(page.error().detail()));
    QCOMPARE(page->rows.size(), 1);
    QCOMPARE(page->rows.at(0).accountId, atTheEdge);
    QCOMPARE(page->rows.at(0).lockedAt, last);
}

void TestSupervisionFlags::outliers()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const AgentSession a1 = addAgent(database, QStringLiteral("a1"));
    const AgentSession a2 = addAgent(database, QStringLiteral("a2"));
    const AgentSession a3 = addAgent(database, QStringLiteral("a3"));
    const AgentSession a4 = addAgent(database, QStringLiteral("a4"));
    const AgentSession idle = addAgent(database, QStringLiteral("idle"));
    const AgentSession sophie = addAgent(database, QStringLiteral("sophie"), Agent::Role::Supervisor);
    QVERIFY(a1.isValid() && a4.isValid() && idle.isValid() && sophie.isValid());

    // Unlocks 4, 5, 6, 25: a4 is flagged (25 ≥ 10 and > 2 × 5), a3 is not (peers' median 5 but
    // 6 < 10). Refusals do not count: a1's 30 refused unlocks change nothing.
    const QString unlock = QStringLiteral("unlock");
    const QString reissue = QStringLiteral("reissue");
    QVERIFY(!actions(database, a1, unlock, 4));
    QVERIFY(!actions(database, a1, unlock, 30, QStringLiteral("not_verified")));
    QVERIFY(!actions(database, a2, unlock, 5));
    QVERIFY(!actions(database, a3, unlock, 6));
    QVERIFY(!actions(database, a4, unlock, 25));
    // Reissues: a1 11 against a2's 5 (one colleague only): flagged; exactly twice would not be.
    QVERIFY(!actions(database, a1, reissue, 11));
    QVERIFY(!actions(database, a2, reissue, 5));
    // A supervisor's bulk unlocks are not compared.
    QVERIFY(!actions(database, sophie, QStringLiteral("unlock_bulk"), 60));

    const QDateTime realNow = QDateTime::currentDateTimeUtc();
    const Result<QList<SupervisionFlags::Outlier>> flags
        = SupervisionFlags(database).outliers(sophie, realNow.addSecs(-3600), realNow.addSecs(3600));
    QVERIFY2(flags.ok(), qPrintable(flags.error().detail()));
    QCOMPARE(flags->size(), 2);
    QCOMPARE(flags->at(0).action, reissue);
    QCOMPARE(flags->at(0).login, QStringLiteral("a1"));
    QCOMPARE(flags->at(0).count, 11);
    QCOMPARE(flags->at(0).peerMedian, 5.0);
    QCOMPARE(flags->at(0).peers, 1);
    QCOMPARE(flags->at(1).action, unlock);
    QCOMPARE(flags->at(1).agentId, a4.agentId);
    QCOMPARE(flags->at(1).count, 25);
    QCOMPARE(flags->at(1).peerMedian, 5.0);
    QCOMPARE(flags->at(1).peers, 3);

    // Out of the period: nothing.
    const Result<QList<SupervisionFlags::Outlier>> before
        = SupervisionFlags(database).outliers(sophie, realNow.addDays(-3), realNow.addDays(-2));
    QVERIFY(before.ok());
    QVERIFY(before->isEmpty());
}

void TestSupervisionFlags::unusedTemporaryPasswords()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const AgentSession sophie = addAgent(database, QStringLiteral("sophie"), Agent::Role::Supervisor);
    // Accounts stored with their temporary-password columns as the dispatcher and the portal
    // leave them, back-dated.
    auto temporary = [](const QDateTime& issued, const QDateTime& used, bool activated) {
        return [=](Account& account) {
            account.status = activated ? Account::Status::Active : Account::Status::PendingActivation;
            account.passwordHash = activated ? TestAccounts::FakeHash : QString();
            account.tempPasswordHash = activated ? QString() : TestAccounts::FakeHash;
            account.tempPasswordIssuedAt = issued;
            account.tempPasswordExpiresAt = issued.addDays(15);
            account.tempPasswordUsedAt = used;
        };
    };
    const QDateTime issued = now.addDays(-20); // expired 5 days ago
    const qint64 neverUsed = addAccount(database, 1, temporary(issued, {}, false));
    const qint64 loggedInOnce = addAccount(database, 2, temporary(issued, issued.addDays(2), false));
    const qint64 activated = addAccount(database, 3, temporary(issued, issued.addDays(1), true));
    const qint64 stillValid = addAccount(database, 4, temporary(now.addDays(-10), {}, false));
    const qint64 expiredLongAgo = addAccount(database, 5, temporary(now.addDays(-40), {}, false));
    const qint64 none = addAccount(database, 6);
    QVERIFY(neverUsed && loggedInOnce && activated && stillValid && expiredLongAgo && none);

    SupervisionFlags flags(database);
    const Result<QList<SupervisionFlags::UnusedTemporaryPassword>> found
        = flags.unusedTemporaryPasswords(sophie, now.addDays(-10), now.addDays(10), now);
    QVERIFY2(found.ok(), qPrintable(found.error().detail()));
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->at(0).accountId, neverUsed);
    QCOMPARE(found->at(0).maskedNir, maskedHolderNir);
    QCOMPARE(found->at(0).issuedAt, issued);
    QCOMPARE(found->at(0).expiresAt, issued.addDays(15));

    // Ten days later the one still valid has expired unused too.
    const Result<QList<SupervisionFlags::UnusedTemporaryPassword>> later
        = flags.unusedTemporaryPasswords(sophie, now.addDays(-10), now.addDays(10), now.addDays(10));
    QVERIFY(later.ok());
    QCOMPARE(later->size(), 2);
    QCOMPARE(later->at(1).accountId, stillValid);

    // A longer period reaches the old one.
    const Result<QList<SupervisionFlags::UnusedTemporaryPassword>> longer
        = flags.unusedTemporaryPasswords(sophie, now.addDays(-60), now, now);
    QVERIFY(longer.ok());
    QCOMPARE(longer->size(), 2);
    QCOMPARE(longer->at(0).accountId, expiredLongAgo);
    QCOMPARE(longer->at(1).accountId, neverUsed);
}

void TestSupervisionFlags::agentIsRefused()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    const AgentSession alice = addAgent(db.database(), QStringLiteral("alice"));
    const AgentSession admin = addAgent(db.database(), QStringLiteral("root"), Agent::Role::Admin);
    SupervisionFlags flags(db.database());
    QCOMPARE(flags.repeatedLockouts(alice, now).error().code(), ErrorCode::Forbidden);
    QCOMPARE(flags.outliers(alice, now.addDays(-1), now).error().code(), ErrorCode::Forbidden);
    QCOMPARE(flags.unusedTemporaryPasswords(alice, now.addDays(-1), now, now).error().code(), ErrorCode::Forbidden);
    QCOMPARE(flags.repeatedLockouts(AgentSession(), now).error().code(), ErrorCode::Forbidden);
    QVERIFY(flags.repeatedLockouts(admin, now).ok());
    QVERIFY(flags.outliers(admin, now.addDays(-1), now).ok());
    QVERIFY(flags.unusedTemporaryPasswords(admin, now.addDays(-1), now, now).ok());
}

QTEST_GUILESS_MAIN(TestSupervisionFlags)
#include "tst_supervisionflags.moc"
