// The supervisors' heavy reads on a PostgreSQL streaming replica (ReadReplica), against the real
// standby that resources/scripts/with-postgresql.sh starts beside its primary: what the primary
// wrote is read there once replayed (and not before: the replay is paused), the connection is a
// standby's, the audit events of a listing land on the primary, an unreachable replica sends the
// reads to the primary, and a "replica" that is a primary is accepted and logged. PostgreSQL only:
// there is no replica of an SQLite file (the profile refuses one: tst_connectionprofilestore).
#include "agents/AgentAuthService.h"
#include "agents/AgentLogins.h"
#include "db/ReadReplica.h"
#include "db/SqlQuery.h"
#include "supervision/CallStatistics.h"
#include "supervision/LockoutHistory.h"
#include "support/AgentLoginsFixture.h"
#include "support/LogCapture.h"
#include "support/SupervisionSeed.h"
#include "support/TestDatabases.h"
#include "support/TestReplica.h"

#include <QScopeGuard>
#include <QTest>

namespace {

using SupervisionSeed::Fixture;
using SupervisionSeed::localNoon;

using Page = Result<LockoutHistory::Page>;

Error errorOf(const Page& page)
{
    return page ? Error() : page.error();
}

LockoutHistory::Filter wholePeriod(const Fixture& f)
{
    LockoutHistory::Filter filter;
    filter.from = f.firstDay.startOfDay();
    filter.to = f.lastDay.addDays(1).startOfDay();
    return filter;
}

// The page read through the replica (or the primary, when the replica falls back).
Page pageThrough(ReadReplica& replica, const Fixture& f)
{
    return replica.read<Page>(
        [&](Database& reads) {
            return LockoutHistory(replica.primary(), reads).page(f.sophie, wholePeriod(f), {}, {}, 100);
        },
        errorOf);
}

qint64 scalar(Database& database, const QString& sql)
{
    Result<QSqlDatabase> connection = database.connection();
    if (!connection)
        return -1;
    SqlQuery query(connection.value());
    if (query.exec(sql) || !query.next())
        return -1;
    return query.value(QStringLiteral("n")).toLongLong();
}

const QString listings = QStringLiteral("SELECT COUNT(*) AS n FROM audit_events WHERE action = 'history_list'");

qint64 lockouts(const CallStatistics::Report& report)
{
    qint64 total = 0;
    for (const CallStatistics::DayCount& day : report.lockoutsPerDay)
        total += day.count;
    return total;
}

Error lockOut(Database& database, qint64 account, const QDateTime& at)
{
    return database.write([&](QSqlDatabase& db) { return SupervisionSeed::lockAndUnlock(db, account, at); });
}

} // namespace

class TestReadReplica : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatThePrimaryReplayed();
    void fallsBackToThePrimary();
    void aPrimaryAsReplicaIsLogged();
    void agentsOwnLoginOnTheStandby();
};

void TestReadReplica::readsWhatThePrimaryReplayed()
{
    if (!TestReplica::require())
        return;
    GUICHET_TEST_DATABASE(db, QStringLiteral("postgresql"));
    QVERIFY(db.migrate());
    Fixture f;
    QVERIFY(SupervisionSeed::addPeople(db.database(), &f, 2, 7, false));
    QVERIFY(!lockOut(db.database(), f.accounts.at(0), localNoon(f.lastDay.addDays(-2))));
    QString why;
    QVERIFY2(TestReplica::waitForReplay(db.url(), &why), qPrintable(why));

    ReadReplica replica(db.database(), TestReplica::urlFor(db.url()));
    // The replica's connection is a standby's: in recovery, and no write goes through it.
    QCOMPARE(scalar(replica.replica(), QStringLiteral("SELECT CAST(pg_is_in_recovery() AS integer) AS n")), 1);
    const Error refused = replica.replica().write([](QSqlDatabase& standby) {
        SqlQuery remove(standby);
        return remove.exec(QStringLiteral("DELETE FROM lockout_events"));
    });
    QVERIFY(refused);

    ReadReplica::Status status = replica.check();
    QCOMPARE(status.source, ReadReplica::Status::Source::Replica);
    QVERIFY(status.inRecovery);
    QVERIFY2(status.lagBytes >= 0, "the replay position is known");
    QVERIFY(replica.usesReplica());

    // The listing reads the replayed lockout from the standby; its audit event lands on the
    // primary, and on the standby once replayed.
    const qint64 before = scalar(db.database(), listings);
    QCOMPARE(scalar(replica.replica(), listings), before);
    Page page = pageThrough(replica, f);
    QVERIFY2(page, qPrintable(page ? QString() : page.error().detail()));
    QCOMPARE(page.value().rows.size(), 1);
    QCOMPARE(scalar(db.database(), listings), before + 1);
    QVERIFY2(TestReplica::waitForReplay(db.url(), &why), qPrintable(why));
    QCOMPARE(scalar(replica.replica(), listings), before + 1);

    // Replay paused: a lockout written on the primary is not on the standby, which says it is behind.
    QVERIFY2(TestReplica::pauseReplay(&why), qPrintable(why));
    auto resume = qScopeGuard([] {
        QString ignored;
        TestReplica::resumeReplay(&ignored);
    });
    QVERIFY(!lockOut(db.database(), f.accounts.at(1), localNoon(f.lastDay.addDays(-1))));
    page = pageThrough(replica, f);
    QVERIFY(page);
    QCOMPARE(page.value().rows.size(), 1);
    QCOMPARE(LockoutHistory(db.database()).page(f.sophie, wholePeriod(f), {}, {}, 100).value().rows.size(), 2);
    status = replica.check();
    QCOMPARE(status.source, ReadReplica::Status::Source::Replica);
    QVERIFY(!status.upToDate);
    QVERIFY2(status.lagBytes > 0, qPrintable(QString::number(status.lagBytes)));
    // The statistics read there too.
    const Result<CallStatistics::Report> stale
        = CallStatistics(db.database(), replica.replica()).compute(f.sophie, wholePeriod(f).from, wholePeriod(f).to);
    const Result<CallStatistics::Report> current
        = CallStatistics(db.database()).compute(f.sophie, wholePeriod(f).from, wholePeriod(f).to);
    QVERIFY(stale && current);
    QCOMPARE(lockouts(stale.value()) + 1, lockouts(current.value()));

    // Replay resumed: the standby catches up and the listing shows both.
    resume.dismiss();
    QVERIFY2(TestReplica::resumeReplay(&why), qPrintable(why));
    QVERIFY2(TestReplica::waitForReplay(db.url(), &why), qPrintable(why));
    page = pageThrough(replica, f);
    QVERIFY(page);
    QCOMPARE(page.value().rows.size(), 2);
}

void TestReadReplica::fallsBackToThePrimary()
{
    if (!TestReplica::require())
        return;
    GUICHET_TEST_DATABASE(db, QStringLiteral("postgresql"));
    QVERIFY(db.migrate());
    Fixture f;
    QVERIFY(SupervisionSeed::addPeople(db.database(), &f, 1, 7, false));
    QVERIFY(!lockOut(db.database(), f.accounts.at(0), localNoon(f.lastDay.addDays(-2))));

    // Nobody listens on port 1.
    const DatabaseUrl primaryUrl = db.url();
    const DatabaseUrl nowhere = DatabaseUrl::parse(
        QStringLiteral("postgresql://%1@127.0.0.1:1/%2").arg(primaryUrl.userName(), primaryUrl.databaseName()));
    QVERIFY(nowhere.isValid());
    const LogCapture log;
    ReadReplica replica(db.database(), nowhere);
    const ReadReplica::Status status = replica.check();
    QCOMPARE(status.source, ReadReplica::Status::Source::PrimaryFallback);
    QVERIFY2(ReadReplica::isUnreachable(status.replicaError), qPrintable(status.replicaError.codeName()));
    QVERIFY(!replica.usesReplica());
    const Page page = pageThrough(replica, f);
    QVERIFY2(page, qPrintable(page ? QString() : page.error().detail()));
    QCOMPARE(page.value().rows.size(), 1);
    QCOMPARE(replica.status().source, ReadReplica::Status::Source::PrimaryFallback);
    QVERIFY2(LogCapture::text().contains(QLatin1String("read replica cannot be reached")),
             qPrintable(LogCapture::text()));
}

void TestReadReplica::aPrimaryAsReplicaIsLogged()
{
    if (!TestReplica::require())
        return;
    GUICHET_TEST_DATABASE(db, QStringLiteral("postgresql"));
    QVERIFY(db.migrate());
    const LogCapture log;
    ReadReplica replica(db.database(), db.url());
    const ReadReplica::Status status = replica.check();
    QCOMPARE(status.source, ReadReplica::Status::Source::Replica);
    QVERIFY(!status.inRecovery);
    QVERIFY(status.upToDate);
    QVERIFY2(LogCapture::text().contains(QLatin1String("not a standby")), qPrintable(LogCapture::text()));
}

// In agent_logins mode the desk reads the standby as the agent's own login, which physical
// replication has copied there (with its SCRAM verifier and its TLS-only rule).
void TestReadReplica::agentsOwnLoginOnTheStandby()
{
    if (!TestReplica::require() || !TestDatabase::requireEngine(QStringLiteral("postgresql")))
        return;
    AgentLoginsFixture fixture;
    QVERIFY2(fixture.isReady(), qPrintable(fixture.errorString()));
    const QString password = QStringLiteral("Sup3rvision-replica!");
    {
        Database owner(fixture.ownerUrl(), Database::Creation::MustExist);
        const Result<qint64> sophie = AgentAuthService(owner).addFirstAdmin(
            QStringLiteral("sophie"), QStringLiteral("Sophie"), Agent::Role::Admin, password);
        QVERIFY2(sophie, qPrintable(sophie ? QString() : sophie.error().detail()));
        owner.closeThreadConnection();
    }
    QCOMPARE(fixture.checkPasswordOf(QStringLiteral("sophie")), QString());
    Database gate(fixture.gateUrl(), Database::Creation::MustExist);
    AgentAuthService gateAuth(gate);
    DatabaseUrl agentUrl;
    const Result<AgentSession> session = AgentLogins::signIn(gateAuth, gate.url(), QStringLiteral("sophie"), password,
                                                             QStringLiteral("poste-13"), &agentUrl);
    QVERIFY2(session, qPrintable(session ? QString() : session.error().codeName()));
    QCOMPARE(agentUrl.userName(), fixture.roleOf(QStringLiteral("sophie")));
    QString why;
    QVERIFY2(TestReplica::waitForReplay(fixture.test().url(), &why), qPrintable(why));

    // The profile's reads URL names the standby as the gate; the desk swaps in the agent's login.
    const DatabaseUrl readsGate = TestReplica::onStandby(fixture.gateUrl());
    QVERIFY(readsGate.isValid());
    Database agent(agentUrl, Database::Creation::MustExist);
    {
        ReadReplica replica(agent, readsGate.withUser(agentUrl.userName(), agentUrl.password()));
        const ReadReplica::Status status = replica.check();
        QVERIFY2(status.source == ReadReplica::Status::Source::Replica,
                 qPrintable(status.replicaError.codeName() + QLatin1Char(' ') + status.replicaError.detail()));
        QVERIFY(status.inRecovery);
        QCOMPARE(scalar(replica.replica(), QStringLiteral("SELECT CAST(pg_is_in_recovery() AS integer) AS n")), 1);
        const Page page = replica.read<Page>(
            [&](Database& reads) { return LockoutHistory(agent, reads).page(session.value(), {}, {}, {}, 10); },
            errorOf);
        QVERIFY2(page, qPrintable(page ? QString() : page.error().detail()));
        QVERIFY(replica.usesReplica());
        replica.replica().closeThreadConnection();
    }
    agent.closeThreadConnection();
    gate.closeThreadConnection();
}

QTEST_GUILESS_MAIN(TestReadReplica)
#include "tst_readreplica.moc"
