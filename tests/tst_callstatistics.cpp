// CallStatistics on both engines: calls per reason and per local hour, lockouts per day, and the
// agents' unlocks and reissues, for supervisors only.
#include "accounts/AccountRepository.h"
#include "accounts/LockoutRepository.h"
#include "agents/AgentRepository.h"
#include "audit/AuditLog.h"
#include "desk/CallCatalog.h"
#include "desk/CallService.h"
#include "desk/HelpdeskService.h"
#include "identity/PersonRepository.h"
#include "supervision/CallStatistics.h"
#include "support/TestAgents.h"
#include "support/TestDatabases.h"

#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

namespace {

const QString fakeHash = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g");
const QTimeZone paris(QByteArrayLiteral("Europe/Paris"));

using TestAgents::addAgent;

// A person (order n, 1–999, in a fixed birth year) and their account, locked or not.
qint64 addAccount(Database& database, int n, const CivilStatus& civil, Nir* nirOut = nullptr, bool locked = false)
{
    const Nir unique = Nir::parse(QStringLiteral("1800175056%1").arg(n, 3, 10, QLatin1Char('0')));
    if (nirOut)
        *nirOut = unique;
    qint64 accountId = 0;
    const Error error = database.write([&](QSqlDatabase& db) -> Error {
        const Result<qint64> person = PersonRepository(db).add(unique, civil, true);
        if (!person)
            return person.error();
        Account account;
        account.personId = person.value();
        account.email = QStringLiteral("holder%1@example.org").arg(n);
        account.status = locked ? Account::Status::Locked : Account::Status::Active;
        account.failedAttempts = locked ? 5 : 0;
        account.lockedAt = locked ? QDateTime::currentDateTimeUtc().addSecs(-600) : QDateTime();
        account.passwordHash = fakeHash;
        const Result<qint64> id = AccountRepository(db).add(account);
        if (!id)
            return id.error();
        accountId = id.value();
        return {};
    });
    return error ? 0 : accountId;
}

const CivilStatus holder{QStringLiteral("Durand"), QStringLiteral("Paul"), QDate(1980, 1, 5), QStringLiteral("Paris")};

QDateTime local(int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(2026, 1, day), QTime(hour, minute, second, ms), paris).toUTC();
}

// Starts and (unless durationMs < 0) ends a call through CallService.
bool call(Database& database, const AgentSession& agent, const QString& reason, const QDateTime& start,
          qint64 durationMs, const QString& outcome)
{
    CallService calls(database);
    const Result<qint64> id = calls.startCall(agent, reason, start);
    if (!id)
        return false;
    if (durationMs < 0)
        return true;
    return !calls.endCall(agent, id.value(), outcome, {}, start.addMSecs(durationMs));
}

const CallStatistics::ReasonRow* rowOf(const CallStatistics::Report& report, const QString& reason)
{
    for (const CallStatistics::ReasonRow& row : report.reasons) {
        if (row.reason == reason)
            return &row;
    }
    return nullptr;
}

} // namespace

class TestCallStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(paris.isValid());
    }
    void callsPerReasonAndHour_data() { TestDatabase::addEngineRows(); }
    void callsPerReasonAndHour();
    void lockoutsPerDay_data() { TestDatabase::addEngineRows(); }
    void lockoutsPerDay();
    void agentActionsFromTheAuditTrail_data() { TestDatabase::addEngineRows(); }
    void agentActionsFromTheAuditTrail();
    void agentIsRefused_data() { TestDatabase::addEngineRows(); }
    void agentIsRefused();
};

void TestCallStatistics::callsPerReasonAndHour()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const AgentSession alice = addAgent(database, QStringLiteral("alice"), Agent::Role::Agent);
    const AgentSession sophie = addAgent(database, QStringLiteral("sophie"), Agent::Role::Supervisor);
    QVERIFY(alice.isValid() && sophie.isValid());

    const QDateTime from = local(12, 0, 0);
    const QDateTime to = local(14, 0, 0);
    const QString resolved = QStringLiteral("resolved");
    // Two calls started at the same instant.
    QVERIFY(call(database, alice, QStringLiteral("registration"), local(12, 9, 15), 300000, resolved));
    QVERIFY(call(database, sophie, QStringLiteral("registration"), local(12, 9, 15), 120500,
                 QStringLiteral("not_resolved")));
    QVERIFY(call(database, alice, QStringLiteral("wrong_email"), local(12, 13, 59, 59, 999), 60000, resolved));
    // Crosses midnight: counted at its start, 23 h; 20 minutes long.
    QVERIFY(call(database, alice, QStringLiteral("wrong_password_locked"), local(12, 23, 50), 1200000, resolved));
    // Still open, started at local midnight (23 h in UTC).
    QVERIFY(call(database, alice, QStringLiteral("other"), local(13, 0, 0), -1, {}));
    // Exactly at the start of the period: in.
    QVERIFY(call(database, alice, QStringLiteral("nir_refused"), from, 45000, QStringLiteral("call_back")));
    // A millisecond before the period and exactly at its end: out.
    QVERIFY(call(database, alice, QStringLiteral("registration"), from.addMSecs(-1), 1000, resolved));
    QVERIFY(call(database, alice, QStringLiteral("registration"), to, 1000, resolved));

    const Result<CallStatistics::Report> report = CallStatistics(database).compute(sophie, from, to, paris);
    QVERIFY2(report.ok(), qPrintable(report.error().detail()));
    QCOMPARE(report->totalCalls, 6);

    // Every reason of the catalogue, in its order, zero rows included.
    QCOMPARE(report->reasons.size(), CallCatalog::reasons().size());
    for (qsizetype i = 0; i < report->reasons.size(); ++i) {
        QCOMPARE(report->reasons.at(i).reason, CallCatalog::reasons().at(i));
        QCOMPARE(report->reasons.at(i).outcomes.size(), CallCatalog::outcomes().size());
    }
    const CallStatistics::ReasonRow* registration = rowOf(report.value(), QStringLiteral("registration"));
    QVERIFY(registration);
    QCOMPARE(registration->calls, 2);
    QCOMPARE(registration->endedCalls, 2);
    QCOMPARE(registration->totalDurationMs, 420500);
    QCOMPARE(registration->meanDurationSeconds(), 210.25);
    QCOMPARE(registration->outcomes.value(resolved), 1);
    QCOMPARE(registration->outcomes.value(QStringLiteral("not_resolved")), 1);
    QCOMPARE(registration->outcomes.value(QStringLiteral("call_back")), 0);
    QCOMPARE(rowOf(report.value(), QStringLiteral("wrong_email"))->meanDurationSeconds(), 60.0);
    QCOMPARE(rowOf(report.value(), QStringLiteral("wrong_password_locked"))->meanDurationSeconds(), 1200.0);
    const CallStatistics::ReasonRow* other = rowOf(report.value(), QStringLiteral("other"));
    QCOMPARE(other->calls, 1);
    QCOMPARE(other->open, 1);
    QCOMPARE(other->endedCalls, 0);
    QCOMPARE(other->meanDurationSeconds(), 0.0);
    const CallStatistics::ReasonRow* nirRefused = rowOf(report.value(), QStringLiteral("nir_refused"));
    QCOMPARE(nirRefused->meanDurationSeconds(), 45.0);
    QCOMPARE(nirRefused->outcomes.value(QStringLiteral("call_back")), 1);
    const CallStatistics::ReasonRow* thirdParty = rowOf(report.value(), QStringLiteral("third_party"));
    QCOMPARE(thirdParty->calls, 0);
    QCOMPARE(thirdParty->meanDurationSeconds(), 0.0);

    std::array<qint64, 24> expected{};
    expected[0] = 2; // the period's first instant and the open call at midnight
    expected[9] = 2;
    expected[13] = 1;
    expected[23] = 1;
    QCOMPARE(report->callsPerHour, expected);

    // The same calls seen from UTC (Paris is UTC+1 in January).
    const Result<CallStatistics::Report> utc = CallStatistics(database).compute(sophie, from, to, QTimeZone::utc());
    QVERIFY(utc.ok());
    std::array<qint64, 24> expectedUtc{};
    expectedUtc[23] = 2;
    expectedUtc[8] = 2;
    expectedUtc[12] = 1;
    expectedUtc[22] = 1;
    QCOMPARE(utc->callsPerHour, expectedUtc);

    // An empty period still lists every reason, with zeros.
    const Result<CallStatistics::Report> empty
        = CallStatistics(database).compute(sophie, local(20, 0, 0), local(21, 0, 0), paris);
    QVERIFY(empty.ok());
    QCOMPARE(empty->totalCalls, 0);
    QCOMPARE(empty->reasons.size(), CallCatalog::reasons().size());
    QCOMPARE(empty->lockoutsPerDay.size(), 1);

    QCOMPARE(CallStatistics(database).compute(sophie, to, from, paris).error().code(), ErrorCode::InvalidInput);
}

void TestCallStatistics::lockoutsPerDay()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const AgentSession alice = addAgent(database, QStringLiteral("alice"), Agent::Role::Agent);
    const AgentSession sophie = addAgent(database, QStringLiteral("sophie"), Agent::Role::Supervisor);
    const qint64 first = addAccount(database, 1, holder);
    const qint64 second = addAccount(database, 2, holder);
    QVERIFY(first > 0 && second > 0);

    // Back-dated lockouts through the repository (the portal would date them now).
    const Error error = database.write([&](QSqlDatabase& connection) -> Error {
        LockoutRepository lockouts(connection);
        const QList<QDateTime> firstTimes{local(11, 23, 59), local(12, 10, 0), local(12, 23, 59, 59, 999)};
        for (const QDateTime& at : firstTimes) {
            if (const Result<qint64> opened = lockouts.open(first, at, 5); !opened)
                return opened.error();
            if (const Result<int> closed
                = lockouts.close(first, alice.agentId, QStringLiteral("test"), 0, at.addSecs(60));
                !closed)
                return closed.error();
        }
        return lockouts.open(second, local(13, 0, 0), 5).error(); // still open
    });
    QVERIFY2(!error, qPrintable(error.detail()));

    const Result<CallStatistics::Report> report
        = CallStatistics(database).compute(sophie, local(12, 0, 0), local(14, 0, 0), paris);
    QVERIFY(report.ok());
    QCOMPARE(report->lockoutsPerDay.size(), 2);
    QCOMPARE(report->lockoutsPerDay.at(0).day, QDate(2026, 1, 12));
    QCOMPARE(report->lockoutsPerDay.at(0).count, 2);
    QCOMPARE(report->lockoutsPerDay.at(1).day, QDate(2026, 1, 13));
    QCOMPARE(report->lockoutsPerDay.at(1).count, 1);

    // In UTC, local midnight of the 13th is still the 12th.
    const Result<CallStatistics::Report> utc = CallStatistics(database).compute(
        sophie, QDateTime(QDate(2026, 1, 12), QTime(0, 0), QTimeZone::utc()),
        QDateTime(QDate(2026, 1, 14), QTime(0, 0), QTimeZone::utc()), QTimeZone::utc());
    QVERIFY(utc.ok());
    QCOMPARE(utc->lockoutsPerDay.size(), 2);
    QCOMPARE(utc->lockoutsPerDay.at(0).count, 3);
    QCOMPARE(utc->lockoutsPerDay.at(1).count, 0);
}

void TestCallStatistics::agentActionsFromTheAuditTrail()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const AgentSession alice = addAgent(database, QStringLiteral("alice"), Agent::Role::Agent);
    const AgentSession bruno = addAgent(database, QStringLiteral("bruno"), Agent::Role::Agent);
    const AgentSession sophie = addAgent(database, QStringLiteral("sophie"), Agent::Role::Supervisor);
    Nir nir;
    const qint64 accountId = addAccount(database, 3, holder, &nir, true);
    QVERIFY(accountId > 0);

    // The real desk flow: a verified call, an unlock and a reissue.
    CallService calls(database);
    const Result<qint64> callId = calls.startCall(alice, QStringLiteral("wrong_password_locked"));
    QVERIFY(callId.ok());
    QVERIFY(calls.lookup(alice, callId.value(), nir).ok());
    QVERIFY(calls.verify(alice, callId.value(), holder)->verified);
    HelpdeskService helpdesk(database);
    const Result<ActionAnswer> unlocked = helpdesk.unlock(alice, callId.value(), QStringLiteral("appel"));
    QVERIFY2(unlocked.ok(), qPrintable(unlocked.error().codeName()));
    QVERIFY(helpdesk.reissue(alice, callId.value(), QStringLiteral("appel")).ok());
    // A refusal is audited but is no action: bruno has no verified call.
    QVERIFY(!helpdesk.unlock(bruno, callId.value(), QStringLiteral("appel")).ok());
    // A supervisor's bulk unlock, as HelpdeskService::unlockBulk records it.
    QVERIFY(!database.write([&](QSqlDatabase& connection) -> Error {
        return AuditLog(connection)
            .append(sophie.auditEntry(AuditAction::UnlockBulk, 0, accountId, QStringLiteral("ok"), {}))
            .error();
    }));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<CallStatistics::Report> report
        = CallStatistics(database).compute(sophie, now.addSecs(-3600), now.addSecs(3600), paris);
    QVERIFY(report.ok());
    QCOMPARE(report->agents.size(), 2); // bruno did nothing
    QCOMPARE(report->agents.at(0).login, QStringLiteral("alice"));
    QCOMPARE(report->agents.at(0).unlocks, 1);
    QCOMPARE(report->agents.at(0).reissues, 1);
    QCOMPARE(report->agents.at(0).bulkUnlocks, 0);
    QCOMPARE(report->agents.at(1).login, QStringLiteral("sophie"));
    QCOMPARE(report->agents.at(1).bulkUnlocks, 1);
    QCOMPARE(report->agents.at(1).unlocks, 0);

    // Another period: nothing.
    const Result<CallStatistics::Report> before
        = CallStatistics(database).compute(sophie, now.addDays(-2), now.addDays(-1), paris);
    QVERIFY(before.ok());
    QVERIFY(before->agents.isEmpty());
}

void TestCallStatistics::agentIsRefused()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    const AgentSession alice = addAgent(db.database(), QStringLiteral("alice"), Agent::Role::Agent);
    const AgentSession admin = addAgent(db.database(), QStringLiteral("root"), Agent::Role::Admin);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CallStatistics statistics(db.database());
    QCOMPARE(statistics.compute(alice, now.addDays(-1), now).error().code(), ErrorCode::Forbidden);
    QCOMPARE(statistics.compute(AgentSession(), now.addDays(-1), now).error().code(), ErrorCode::Forbidden);
    QVERIFY(statistics.compute(admin, now.addDays(-1), now).ok());
}

QTEST_GUILESS_MAIN(TestCallStatistics)
#include "tst_callstatistics.moc"
