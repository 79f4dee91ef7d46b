// The agents' sign-in (AgentAuthService::signIn), on both engines (issue I, finding 6): one answer
// and one duration for an unknown login, a wrong password, a disabled and a locked login, the
// precise reason in the audit only; wrong passwords lock a login for a while, never disable it.
#include "agents/AgentAuthService.h"
#include "agents/AgentRepository.h"
#include "audit/AuditLog.h"
#include "core/PortalPolicy.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "support/TestDatabases.h"
#include "text/ErrorText.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

namespace {

const QString Password = QStringLiteral("Guichet-Agent-1");
const QString WrongPassword = QStringLiteral("not-my-password");
const QString Desk = QStringLiteral("desk-1");

// "login:action=outcome" of every event, oldest first (agent id 0 written as "-").
QStringList events(Database& database, const QString& login = QString())
{
    AuditLog::Filter filter;
    filter.agentLogin = login;
    const Result<QList<AuditLog::Event>> listed = AuditLog(database.connection().value()).list(filter);
    QStringList result;
    if (!listed)
        return {QStringLiteral("error: ") + listed.error().codeName()};
    for (const AuditLog::Event& event : listed.value()) {
        // Not sign-ins: the administration, and (PostgreSQL) the database's own trace of a change
        // of an agent's row (row_changed, migration 008).
        if (event.entry.action == QLatin1String("agent_add") || event.entry.action == QLatin1String("agent_disable")
            || event.entry.action == QLatin1String("row_changed"))
            continue;
        const QString id = event.entry.agentId == 0 ? QStringLiteral("-") : QStringLiteral("#");
        result.prepend(id + event.entry.agentLogin + QLatin1Char(':') + event.entry.action + QLatin1Char('=')
                       + event.entry.outcome);
    }
    return result;
}

Agent agent(Database& database, const QString& login)
{
    return AgentRepository(database.connection().value()).findByLogin(login).value();
}

// Moves an agent's clock: its lock and its window of failures as if `minutes` had passed.
bool age(Database& database, const QString& login, int minutes)
{
    const Agent before = agent(database, login);
    return !database.write([&](QSqlDatabase& db) -> Error {
        SqlQuery update(db);
        if (Error e = update.prepare(QStringLiteral(
                "UPDATE agents SET locked_until = :until, first_failed_at = :first WHERE login = :login")))
            return e;
        const SqlDialect dialect = SqlQuery::dialectOf(db);
        update.bind(QStringLiteral(":until"), dialect.toSql(before.lockedUntil.addSecs(-60LL * minutes)));
        update.bind(QStringLiteral(":first"), dialect.toSql(before.firstFailedAt.addSecs(-60LL * minutes)));
        update.bind(QStringLiteral(":login"), login);
        return update.exec();
    });
}

// Forgets an agent's failures and lock (outside any timing).
bool forgetFailures(Database& database, const QString& login)
{
    return !database.write([&](QSqlDatabase& db) -> Error {
        SqlQuery update(db);
        if (Error e = update.prepare(QStringLiteral("UPDATE agents SET failed_logins = 0, first_failed_at = NULL,"
                                                    " locked_until = NULL WHERE login = :login")))
            return e;
        update.bind(QStringLiteral(":login"), login);
        return update.exec();
    });
}

ErrorCode refusal(AgentAuthService& auth, const QString& login, const QString& password)
{
    const Result<AgentSession> answer = auth.signIn(login, password, Desk);
    return answer.ok() ? ErrorCode::None : answer.error().code();
}

double median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return double(values.at(values.size() / 2));
}

} // namespace

class TestAgentAuthService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneAnswer_data() { TestDatabase::addEngineRows(); }
    void oneAnswer();
    void oneDuration_data() { TestDatabase::addEngineRows(); }
    void oneDuration();
    void wrongPasswordsLockForAWhile_data() { TestDatabase::addEngineRows(); }
    void wrongPasswordsLockForAWhile();
    void failuresCountInAWindow_data() { TestDatabase::addEngineRows(); }
    void failuresCountInAWindow();
    void adminEnableLiftsALock_data() { TestDatabase::addEngineRows(); }
    void adminEnableLiftsALock();
    void typedLoginIsNotAudited_data() { TestDatabase::addEngineRows(); }
    void typedLoginIsNotAudited();
};

void TestAgentAuthService::oneAnswer()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    AgentAuthService auth(db.database());
    QVERIFY(
        auth.addAgent(AgentSession(), QStringLiteral("alice"), QStringLiteral("Alice"), Agent::Role::Agent, Password));
    QVERIFY(auth.addAgent(AgentSession(), QStringLiteral("bob"), QStringLiteral("Bob"), Agent::Role::Agent, Password));
    QVERIFY(!auth.setAgentActive(AgentSession(), QStringLiteral("bob"), false));

    // Unknown, wrong password, disabled: one error, hence one text at the desk and in guichetctl.
    QCOMPARE(refusal(auth, QStringLiteral(" nobody "), Password), ErrorCode::Unauthenticated);
    QCOMPARE(refusal(auth, QStringLiteral("alice"), WrongPassword), ErrorCode::Unauthenticated);
    QCOMPARE(refusal(auth, QStringLiteral("bob"), WrongPassword), ErrorCode::Unauthenticated);
    const QString text = ErrorText::error(Error(ErrorCode::Unauthenticated));
    QVERIFY2(text.contains(QString::number(PortalPolicy::AgentLockMinutes)), qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("disabled")));
    // The right password proves it is bob: he may learn his login is disabled, and whom to ask.
    QCOMPARE(refusal(auth, QStringLiteral("bob"), Password), ErrorCode::AgentDisabled);
    QVERIFY(auth.signIn(QStringLiteral("alice"), Password, Desk).ok());

    // The precise reason in the audit only; an unknown login without an agent id, and without the
    // text typed (it may be a password typed in the wrong field).
    const QStringList expected{
        QStringLiteral("-:agent_sign_in=unknown_login"),     QStringLiteral("#alice:agent_sign_in=wrong_password"),
        QStringLiteral("#bob:agent_sign_in=agent_disabled"), QStringLiteral("#bob:agent_sign_in=agent_disabled"),
        QStringLiteral("#alice:agent_sign_in=ok"),
    };
    QCOMPARE(events(db.database()), expected);
    QVERIFY(AuditLog(db.database().connection().value()).verify().value().intact);
}

void TestAgentAuthService::oneDuration()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    AgentAuthService auth(db.database());
    // The same hashing parameters for every path: the agents' (PasswordHasher's interactive limits)
    // and the decoy's alike.
    for (const char* login : {"alice", "bob", "carol"})
        QVERIFY(
            auth.addAgent(AgentSession(), QLatin1String(login), QLatin1String(login), Agent::Role::Agent, Password));
    QVERIFY(!auth.setAgentActive(AgentSession(), QStringLiteral("bob"), false));
    // carol is locked for the whole test.
    for (int i = 0; i < PortalPolicy::AgentMaxFailedLogins; ++i)
        QCOMPARE(refusal(auth, QStringLiteral("carol"), WrongPassword), ErrorCode::Unauthenticated);
    QVERIFY(agent(db.database(), QStringLiteral("carol")).lockedUntil.isValid());
    QCOMPARE(refusal(auth, QStringLiteral("nobody"), WrongPassword), ErrorCode::Unauthenticated); // warm up

    enum Kind { Unknown, Wrong, Disabled, Locked, Kinds };
    const QStringList logins{QStringLiteral("nobody"), QStringLiteral("alice"), QStringLiteral("bob"),
                             QStringLiteral("carol")};
    const QStringList names{QStringLiteral("unknown"), QStringLiteral("wrong password"), QStringLiteral("disabled"),
                            QStringLiteral("locked")};
    constexpr int Tries = 7;
    QList<qint64> elapsed[Kinds];
    for (int round = 0; round < Tries; ++round) {
        // Never four wrong passwords in a row on alice or bob: each try stays what it is.
        QVERIFY(forgetFailures(db.database(), QStringLiteral("alice")));
        QVERIFY(forgetFailures(db.database(), QStringLiteral("bob")));
        for (int k = 0; k < Kinds; ++k) {
            const int kind = (k + round) % Kinds; // each kind in each position in turn
            QElapsedTimer timer;
            timer.start();
            const ErrorCode code = refusal(auth, logins.at(kind), WrongPassword);
            elapsed[kind].append(timer.nsecsElapsed() / 1000);
            QCOMPARE(code, ErrorCode::Unauthenticated);
        }
    }
    double fastest = 0;
    double slowest = 0;
    QString said;
    for (int kind = 0; kind < Kinds; ++kind) {
        const double m = median(elapsed[kind]);
        fastest = kind == 0 ? m : std::min(fastest, m);
        slowest = std::max(slowest, m);
        said += QStringLiteral("%1: %2 ms; ").arg(names.at(kind)).arg(m / 1000.0, 0, 'f', 1);
    }
    qInfo("%s", qPrintable(said));
    QVERIFY2(fastest > 0 && slowest / fastest < 1.5, qPrintable(said));

    // Each try audited with its reason.
    const QStringList all = events(db.database());
    QCOMPARE(all.count(QStringLiteral("-:agent_sign_in=unknown_login")), Tries + 1);
    QCOMPARE(all.count(QStringLiteral("#alice:agent_sign_in=wrong_password")), Tries);
    QCOMPARE(all.count(QStringLiteral("#bob:agent_sign_in=agent_disabled")), Tries);
    QCOMPARE(all.count(QStringLiteral("#carol:agent_sign_in=login_locked")), Tries);
}

void TestAgentAuthService::wrongPasswordsLockForAWhile()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    AgentAuthService auth(db.database());
    QVERIFY(
        auth.addAgent(AgentSession(), QStringLiteral("alice"), QStringLiteral("Alice"), Agent::Role::Agent, Password));
    QCOMPARE(PortalPolicy::AgentMaxFailedLogins, 5);
    QCOMPARE(PortalPolicy::AgentLockMinutes, 15);

    // Whoever knows the login: five wrong passwords lock it, the same answer each time.
    for (int i = 1; i <= PortalPolicy::AgentMaxFailedLogins; ++i)
        QCOMPARE(refusal(auth, QStringLiteral("alice"), WrongPassword), ErrorCode::Unauthenticated);
    const Agent locked = agent(db.database(), QStringLiteral("alice"));
    QVERIFY(locked.active); // locked, not disabled
    const qint64 lockSeconds = QDateTime::currentDateTimeUtc().secsTo(locked.lockedUntil);
    QVERIFY2(lockSeconds > 60 * PortalPolicy::AgentLockMinutes - 30
                 && lockSeconds <= 60 * PortalPolicy::AgentLockMinutes,
             qPrintable(QString::number(lockSeconds)));

    // During the lock every attempt, the right password too, gets the one answer and counts for nothing.
    QCOMPARE(refusal(auth, QStringLiteral("alice"), Password), ErrorCode::Unauthenticated);
    QCOMPARE(refusal(auth, QStringLiteral("alice"), WrongPassword), ErrorCode::Unauthenticated);
    QCOMPARE(agent(db.database(), QStringLiteral("alice")).lockedUntil, locked.lockedUntil);
    QCOMPARE(agent(db.database(), QStringLiteral("alice")).failedLogins, 0);

    // 15 minutes later alice signs in again.
    QVERIFY(age(db.database(), QStringLiteral("alice"), PortalPolicy::AgentLockMinutes));
    const Result<AgentSession> back = auth.signIn(QStringLiteral("alice"), Password, Desk);
    QVERIFY2(back.ok(), qPrintable(back.error().codeName()));
    QVERIFY(!agent(db.database(), QStringLiteral("alice")).lockedUntil.isValid());

    QStringList expected;
    for (int i = 1; i <= PortalPolicy::AgentMaxFailedLogins; ++i)
        expected << QStringLiteral("#alice:agent_sign_in=wrong_password");
    expected << QStringLiteral("#alice:agent_locked=ok") << QStringLiteral("#alice:agent_sign_in=login_locked")
             << QStringLiteral("#alice:agent_sign_in=login_locked") << QStringLiteral("#alice:agent_sign_in=ok");
    QCOMPARE(events(db.database(), QStringLiteral("alice")), expected);
}

void TestAgentAuthService::failuresCountInAWindow()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    AgentAuthService auth(db.database());
    QVERIFY(
        auth.addAgent(AgentSession(), QStringLiteral("alice"), QStringLiteral("Alice"), Agent::Role::Agent, Password));
    for (int i = 1; i < PortalPolicy::AgentMaxFailedLogins; ++i)
        QCOMPARE(refusal(auth, QStringLiteral("alice"), WrongPassword), ErrorCode::Unauthenticated);
    QCOMPARE(agent(db.database(), QStringLiteral("alice")).failedLogins, PortalPolicy::AgentMaxFailedLogins - 1);
    // The window has passed: the next wrong password starts a new count instead of locking.
    QVERIFY(age(db.database(), QStringLiteral("alice"), PortalPolicy::AgentFailureWindowMinutes + 1));
    QCOMPARE(refusal(auth, QStringLiteral("alice"), WrongPassword), ErrorCode::Unauthenticated);
    QCOMPARE(agent(db.database(), QStringLiteral("alice")).failedLogins, 1);
    QVERIFY(!agent(db.database(), QStringLiteral("alice")).lockedUntil.isValid());
    QVERIFY(auth.signIn(QStringLiteral("alice"), Password, Desk).ok());
    QCOMPARE(agent(db.database(), QStringLiteral("alice")).failedLogins, 0);
}

void TestAgentAuthService::adminEnableLiftsALock()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    AgentAuthService auth(db.database());
    QVERIFY(
        auth.addAgent(AgentSession(), QStringLiteral("alice"), QStringLiteral("Alice"), Agent::Role::Agent, Password));
    for (int i = 1; i <= PortalPolicy::AgentMaxFailedLogins; ++i)
        QCOMPARE(refusal(auth, QStringLiteral("alice"), WrongPassword), ErrorCode::Unauthenticated);
    QCOMPARE(refusal(auth, QStringLiteral("alice"), Password), ErrorCode::Unauthenticated);
    // An administrator (here guichetctl's bootstrap) lifts the lock at once.
    QVERIFY(!auth.setAgentActive(AgentSession(), QStringLiteral("alice"), true));
    QVERIFY(auth.signIn(QStringLiteral("alice"), Password, Desk).ok());
    // And still disables for good, explicitly.
    QVERIFY(!auth.setAgentActive(AgentSession(), QStringLiteral("alice"), false));
    QCOMPARE(refusal(auth, QStringLiteral("alice"), Password), ErrorCode::AgentDisabled);
    QVERIFY(!auth.setAgentActive(AgentSession(), QStringLiteral("alice"), true));
    QVERIFY(auth.signIn(QStringLiteral("alice"), Password, Desk).ok());
}

// A password typed into the login field (issue I, small finding a): the failed sign-in is audited
// as unknown_login, and nothing of the text typed reaches the audit trail, in any column.
void TestAgentAuthService::typedLoginIsNotAudited()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    AgentAuthService auth(db.database());
    QVERIFY(
        auth.addAgent(AgentSession(), QStringLiteral("alice"), QStringLiteral("Alice"), Agent::Role::Agent, Password));
    const QString typed = QStringLiteral("Tr0ub4dor&3-alice");
    QCOMPARE(refusal(auth, typed, Password), ErrorCode::Unauthenticated);
    QCOMPARE(events(db.database()), QStringList{QStringLiteral("-:agent_sign_in=unknown_login")});
    SqlQuery dump(db.database().connection().value());
    QVERIFY(!dump.exec(QStringLiteral("SELECT agent_login, agent_role, workstation, action, reason, outcome"
                                      " FROM audit_events")));
    int rows = 0;
    while (dump.next()) {
        ++rows;
        for (const char* column : {"agent_login", "agent_role", "workstation", "action", "reason", "outcome"}) {
            const QString value = dump.value(QLatin1String(column)).toString();
            QVERIFY2(!value.contains(QStringLiteral("Tr0ub")) && !value.contains(QStringLiteral("4dor")),
                     qPrintable(value));
        }
    }
    QVERIFY(rows >= 2); // agent_add and the sign-in
}

QTEST_GUILESS_MAIN(TestAgentAuthService)
#include "tst_agentauthservice.moc"
