// RetentionService on both engines: the retention purge of login attempts and consultations, its
// minimum, its audit event, and its refusal for anyone but an admin (audited once, as every
// refusal). Lockout events and the audit trail are left alone.
#include "audit/AuditLog.h"
#include "db/SqlQuery.h"
#include "supervision/RetentionService.h"
#include "support/TestAccounts.h"
#include "support/TestAgents.h"
#include "support/TestDatabases.h"

#include <QStandardPaths>
#include <QTest>

namespace {

qint64 count(Database& database, const QString& sql)
{
    SqlQuery query(database.connection().value());
    if (query.exec(sql) || !query.next())
        return -1;
    return query.value(QStringLiteral("n")).toLongLong();
}

Error exec(Database& database, const QString& sql, const QList<std::pair<QString, QVariant>>& values)
{
    return database.write([&](QSqlDatabase& db) -> Error {
        SqlQuery query(db);
        if (Error e = query.prepare(sql))
            return e;
        for (const auto& [name, value] : values)
            query.bind(name, value);
        return query.exec();
    });
}

} // namespace

class TestRetentionService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void purge_data() { TestDatabase::addEngineRows(); }
    void purge();
    void refusals_data() { TestDatabase::addEngineRows(); }
    void refusals();
};

void TestRetentionService::purge()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const AgentSession admin = TestAgents::addAgent(database, QStringLiteral("adam"), Agent::Role::Admin);
    QVERIFY(admin.isValid());
    const qint64 account = TestAccounts::addAccount(database, 1);
    QVERIFY(account > 0);
    const qint64 person = count(database, QStringLiteral("SELECT person_id AS n FROM accounts"));
    QVERIFY(person > 0);
    RetentionService retention(database);
    QCOMPARE(retention.purge(admin, RetentionService::MinimumPurgeDays - 1).error().code(), ErrorCode::InvalidInput);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const int days : {400, 100, 10}) {
        const QVariant when = database.dialect().toSql(now.addDays(-days));
        QVERIFY(!exec(database,
                      QStringLiteral("INSERT INTO login_attempts (account_id, attempted_at, kind, success, outcome)"
                                     " VALUES (:a, :t, 'password', FALSE, 'wrong_password')"),
                      {{QStringLiteral(":a"), account}, {QStringLiteral(":t"), when}}));
        QVERIFY(!exec(
            database,
            QStringLiteral("INSERT INTO consultations (agent_id, person_id, consulted_at, workstation)"
                           " VALUES (:g, :p, :t, 'desk-1')"),
            {{QStringLiteral(":g"), admin.agentId}, {QStringLiteral(":p"), person}, {QStringLiteral(":t"), when}}));
        QVERIFY(!exec(
            database,
            QStringLiteral("INSERT INTO calls (agent_id, reason, person_id, started_at)"
                           " VALUES (:g, 'other', :p, :t)"),
            {{QStringLiteral(":g"), admin.agentId}, {QStringLiteral(":p"), person}, {QStringLiteral(":t"), when}}));
        QVERIFY(!exec(
            database,
            QStringLiteral("INSERT INTO identity_checks (person_id, call_id, agent_id, checked_at, outcome)"
                           " SELECT :p, MAX(id), :g, :t, 'fail' FROM calls"),
            {{QStringLiteral(":g"), admin.agentId}, {QStringLiteral(":p"), person}, {QStringLiteral(":t"), when}}));
    }
    QVERIFY(
        !exec(database,
              QStringLiteral("INSERT INTO lockout_events (account_id, locked_at, failed_attempts) VALUES (:a, :t, 5)"),
              {{QStringLiteral(":a"), account}, {QStringLiteral(":t"), database.dialect().toSql(now.addDays(-400))}}));
    const qint64 eventsBefore = count(database, QStringLiteral("SELECT COUNT(*) AS n FROM audit_events"));

    const Result<RetentionService::PurgeReport> report = retention.purge(admin, 90, now);
    QVERIFY(report);
    QCOMPARE(report->loginAttempts, 2);
    QCOMPARE(report->consultations, 2);
    QCOMPARE(report->identityChecks, 2);
    QCOMPARE(report->before, now.addDays(-90));
    QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) AS n FROM login_attempts")), 1);
    QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) AS n FROM consultations")), 1);
    QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) AS n FROM identity_checks")), 1);
    QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) AS n FROM lockout_events")), 1); // kept
    QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) AS n FROM audit_events")), eventsBefore + 1);
    const Result<QList<AuditLog::Event>> events = AuditLog(database.connection().value()).list({});
    QVERIFY(events && !events->isEmpty());
    const AuditEntry& entry = events->constFirst().entry;
    QCOMPARE(entry.action, QStringLiteral("purge"));
    QCOMPARE(entry.agentLogin, QStringLiteral("adam"));
    QCOMPARE(entry.outcome, QStringLiteral("ok"));
    QCOMPARE(entry.reason, QStringLiteral("older_than_days=90;login_attempts=2;consultations=2;identity_checks=2"));
}

void TestRetentionService::refusals()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const AgentSession agent = TestAgents::addAgent(database, QStringLiteral("alice"), Agent::Role::Agent);
    const AgentSession supervisor = TestAgents::addAgent(database, QStringLiteral("sophie"), Agent::Role::Supervisor);
    RetentionService retention(database);
    QCOMPARE(retention.purge(supervisor, 365).error().code(), ErrorCode::Forbidden);
    QCOMPARE(retention.purge(agent, 365).error().code(), ErrorCode::Forbidden);
    QCOMPARE(retention.purge(AgentSession(), 365).error().code(), ErrorCode::Forbidden);

    SqlQuery trail(database.connection().value());
    QVERIFY(!trail.exec(QStringLiteral("SELECT agent_login, action, reason FROM audit_events"
                                       " WHERE outcome = 'forbidden' ORDER BY id")));
    QStringList refusals;
    while (trail.next()) {
        QVERIFY(trail.value(QStringLiteral("reason")).toString().isEmpty());
        refusals.append(trail.value(QStringLiteral("agent_login")).toString() + QLatin1Char(':')
                        + trail.value(QStringLiteral("action")).toString());
    }
    QCOMPARE(refusals,
             (QStringList{QStringLiteral("sophie:purge"), QStringLiteral("alice:purge"), QStringLiteral(":purge")}));
}

QTEST_GUILESS_MAIN(TestRetentionService)
#include "tst_retentionservice.moc"
