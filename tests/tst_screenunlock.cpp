// The lock screen's password check (AgentAuthService::checkScreenUnlock), on both engines: wrong
// passwords there never count toward the login's limit (a passer-by cannot disable an agent's
// login), each answer is audited, and the limit of PortalPolicy::ScreenLockMaxAttempts signs out.
#include "agents/AgentAuthService.h"
#include "agents/AgentRepository.h"
#include "audit/AuditLog.h"
#include "core/PortalPolicy.h"
#include "db/Database.h"
#include "support/TestDatabases.h"

#include <QTest>

namespace {

const QString Password = QStringLiteral("Guichet-Agent-1");

// "action=outcome" of alice's events, oldest first.
QStringList events(Database& database)
{
    AuditLog::Filter filter;
    filter.agentLogin = QStringLiteral("alice");
    const Result<QList<AuditLog::Event>> listed = AuditLog(database.connection().value()).list(filter);
    QStringList result;
    if (!listed)
        return result;
    for (const AuditLog::Event& event : listed.value())
        result.prepend(event.entry.action + QLatin1Char('=') + event.entry.outcome);
    return result;
}

Agent alice(Database& database)
{
    return AgentRepository(database.connection().value()).findByLogin(QStringLiteral("alice")).value();
}

} // namespace

class TestScreenUnlock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrongPasswordsDoNotDisableTheLogin_data() { TestDatabase::addEngineRows(); }
    void wrongPasswordsDoNotDisableTheLogin();
    void rightPasswordUnlocks_data() { TestDatabase::addEngineRows(); }
    void rightPasswordUnlocks();
};

void TestScreenUnlock::wrongPasswordsDoNotDisableTheLogin()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    AgentAuthService auth(db.database());
    QVERIFY(auth.addAgent(AgentSession(), QStringLiteral("alice"), QStringLiteral("Alice Martin"), Agent::Role::Agent,
                          Password));
    const Result<AgentSession> session = auth.signIn(QStringLiteral("alice"), Password, QStringLiteral("desk-1"));
    QVERIFY(session.ok());
    QCOMPARE(PortalPolicy::ScreenLockMaxAttempts, 3);
    QVERIFY(PortalPolicy::ScreenLockMaxAttempts < PortalPolicy::AgentMaxFailedLogins);

    // Twice the lock screen's limit (two locks, each given up): more than the login's limit.
    for (int round = 0; round < 2; ++round) {
        for (int failed = 0; failed < PortalPolicy::ScreenLockMaxAttempts; ++failed) {
            const Result<ScreenUnlock> answer
                = auth.checkScreenUnlock(session.value(), QStringLiteral("not-my-password"), failed);
            QVERIFY2(answer.ok(), qPrintable(answer.error().codeName()));
            QVERIFY(!answer->unlocked);
            QCOMPARE(answer->remainingAttempts, PortalPolicy::ScreenLockMaxAttempts - failed - 1);
            QCOMPARE(answer->signedOut(), failed == PortalPolicy::ScreenLockMaxAttempts - 1);
        }
        // Past the limit the lock screen has nothing more to check.
        const Result<ScreenUnlock> beyond
            = auth.checkScreenUnlock(session.value(), Password, PortalPolicy::ScreenLockMaxAttempts);
        QVERIFY(!beyond.ok());
        QCOMPARE(beyond.error().code(), ErrorCode::Unauthenticated);
    }

    // The login is untouched: still active, no failure counted, and it signs in.
    QVERIFY(alice(db.database()).active);
    QCOMPARE(alice(db.database()).failedLogins, 0);
    QVERIFY(auth.signIn(QStringLiteral("alice"), Password, QStringLiteral("desk-1")).ok());

    // Every refusal audited (a try past the limit too, as every refusal: RefusalAudit), and each give-up.
    const QStringList expected{
        QStringLiteral("agent_sign_in=ok"),
        QStringLiteral("screen_unlock=wrong_password"),
        QStringLiteral("screen_unlock=wrong_password"),
        QStringLiteral("screen_unlock=wrong_password"),
        QStringLiteral("screen_lock_sign_out=too_many_wrong_passwords"),
        QStringLiteral("screen_unlock=unauthenticated"),
        QStringLiteral("screen_unlock=wrong_password"),
        QStringLiteral("screen_unlock=wrong_password"),
        QStringLiteral("screen_unlock=wrong_password"),
        QStringLiteral("screen_lock_sign_out=too_many_wrong_passwords"),
        QStringLiteral("screen_unlock=unauthenticated"),
        QStringLiteral("agent_sign_in=ok"),
    };
    QCOMPARE(events(db.database()), expected);

    // The login's own limit still applies at the sign-in: a lock for a while, the one answer throughout.
    for (int i = 1; i <= PortalPolicy::AgentMaxFailedLogins; ++i) {
        const Result<AgentSession> refused
            = auth.signIn(QStringLiteral("alice"), QStringLiteral("not-my-password"), QStringLiteral("desk-1"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::Unauthenticated);
    }
    QVERIFY(alice(db.database()).active);
    QVERIFY(alice(db.database()).lockedUntil > QDateTime::currentDateTimeUtc());
    // The lock screen of a session already open is not the sign-in: its own limit, not the login's lock.
    QVERIFY(auth.checkScreenUnlock(session.value(), Password, 0).value().unlocked);
    // A login an administrator disabled cannot resume a locked screen.
    QVERIFY(!auth.setAgentActive(AgentSession(), QStringLiteral("alice"), false));
    const Result<ScreenUnlock> disabled = auth.checkScreenUnlock(session.value(), Password, 0);
    QVERIFY(!disabled.ok());
    QCOMPARE(disabled.error().code(), ErrorCode::AgentDisabled);
}

void TestScreenUnlock::rightPasswordUnlocks()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    AgentAuthService auth(db.database());
    QVERIFY(auth.addAgent(AgentSession(), QStringLiteral("alice"), QStringLiteral("Alice Martin"), Agent::Role::Agent,
                          Password));
    QVERIFY(auth.addAgent(AgentSession(), QStringLiteral("bob"), QStringLiteral("Bob Petit"), Agent::Role::Agent,
                          QStringLiteral("Guichet-Agent-2")));
    const Result<AgentSession> session = auth.signIn(QStringLiteral("alice"), Password, QStringLiteral("desk-1"));
    QVERIFY(session.ok());

    // Another agent's password does not open alice's screen.
    const Result<ScreenUnlock> other = auth.checkScreenUnlock(session.value(), QStringLiteral("Guichet-Agent-2"), 0);
    QVERIFY(other.ok());
    QVERIFY(!other->unlocked);
    QCOMPARE(other->remainingAttempts, PortalPolicy::ScreenLockMaxAttempts - 1);

    const Result<ScreenUnlock> answer = auth.checkScreenUnlock(session.value(), Password, 1);
    QVERIFY(answer.ok());
    QVERIFY(answer->unlocked);
    QVERIFY(!answer->signedOut());
    QCOMPARE(events(db.database()),
             (QStringList{QStringLiteral("agent_sign_in=ok"), QStringLiteral("screen_unlock=wrong_password"),
                          QStringLiteral("screen_unlock=ok")}));
    QCOMPARE(alice(db.database()).failedLogins, 0);
}

QTEST_GUILESS_MAIN(TestScreenUnlock)
#include "tst_screenunlock.moc"
