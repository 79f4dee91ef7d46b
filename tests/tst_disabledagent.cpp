// A session signed in before an administrator disables the agent (issue I, small finding b): every
// desk action checks the agent in its own transaction and refuses with AgentDisabled, audited;
// closing the call in progress stays possible. Both engines.
#include "accounts/AccountRepository.h"
#include "agents/AgentAuthService.h"
#include "audit/AuditLog.h"
#include "db/SqlQuery.h"
#include "desk/CallService.h"
#include "desk/CertificationService.h"
#include "desk/HelpdeskService.h"
#include "identity/IdentityService.h"
#include "support/TestAgents.h"
#include "support/TestDatabases.h"

#include <QStandardPaths>
#include <QTest>

namespace {

const Nir marieNir = Nir::parse(QStringLiteral("2 60 12 13 055 321 68"));
const CivilStatus marie{QStringLiteral("Lefèvre-d'Arc"), QStringLiteral("Marie Hélène"), QDate(1960, 12, 24),
                        QStringLiteral("Marseille")};

// "login:action=outcome" of every event, oldest first.
QStringList events(Database& database)
{
    QStringList result;
    SqlQuery query(database.connection().value());
    if (query.exec(QStringLiteral("SELECT agent_login, action, outcome FROM audit_events ORDER BY id")))
        return {QStringLiteral("error")};
    while (query.next())
        result << query.value(QStringLiteral("agent_login")).toString() + QLatin1Char(':')
                + query.value(QStringLiteral("action")).toString() + QLatin1Char('=')
                + query.value(QStringLiteral("outcome")).toString();
    return result;
}

bool disable(Database& database, const QString& login, bool disabled = true)
{
    return !AgentAuthService(database).setAgentActive(AgentSession(), login, !disabled);
}

} // namespace

class TestDisabledAgent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void everyActionRefused_data() { TestDatabase::addEngineRows(); }
    void everyActionRefused();
};

void TestDisabledAgent::everyActionRefused()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    IdentityService identities(database);
    QVERIFY(identities.addRegisterEntry(marieNir, marie).ok());
    const qint64 personId = identities.addPerson(marieNir, marie, false).value();
    Account account;
    account.personId = personId;
    account.email = QStringLiteral("marie.lefevre@example.org");
    account.status = Account::Status::Locked;
    account.failedAttempts = 5;
    account.lockedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    account.passwordHash = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g");
    QVERIFY(
        !database.write([&](QSqlDatabase& connection) { return AccountRepository(connection).add(account).error(); }));
    const AgentSession alice = TestAgents::addAgent(database, QStringLiteral("alice"));
    const AgentSession sophie = TestAgents::addAgent(database, QStringLiteral("sophie"), Agent::Role::Supervisor);

    // Signed in, a call open, the caller looked up and verified: then an administrator disables them.
    CallService calls(database);
    HelpdeskService desk(database);
    CertificationService certification(database);
    const qint64 call = calls.startCall(alice, QStringLiteral("wrong_password_locked")).value();
    QVERIFY(calls.lookup(alice, call, marieNir).ok());
    QVERIFY(calls.verify(alice, call, marie)->verified);
    const qint64 supervisorCall = calls.startCall(sophie, QStringLiteral("other")).value();
    QVERIFY(calls.lookup(sophie, supervisorCall, marieNir).ok());
    QVERIFY(calls.verify(sophie, supervisorCall, marie)->verified);
    QVERIFY(disable(database, QStringLiteral("alice")));
    QVERIFY(disable(database, QStringLiteral("sophie")));
    const QStringList before = events(database);

    QCOMPARE(calls.startCall(alice, QStringLiteral("other")).error().code(), ErrorCode::AgentDisabled);
    QCOMPARE(calls.lookup(alice, call, marieNir).error().code(), ErrorCode::AgentDisabled);
    QCOMPARE(calls.verify(alice, call, marie).error().code(), ErrorCode::AgentDisabled);
    QCOMPARE(desk.unlock(alice, call, QStringLiteral("verified")).error().code(), ErrorCode::AgentDisabled);
    QCOMPARE(desk.reissue(alice, call, QStringLiteral("forgotten"), QStringLiteral("key-0001-reissue")).error().code(),
             ErrorCode::AgentDisabled);
    QCOMPARE(desk.changeEmail(alice, call, QStringLiteral("marie@example.org")).error().code(),
             ErrorCode::AgentDisabled);
    QCOMPARE(certification.certify(sophie, supervisorCall).error().code(), ErrorCode::AgentDisabled);
    QCOMPARE(desk.unlockBulk(sophie, {marieNir.digits()}, QStringLiteral("incident")).error().code(),
             ErrorCode::AgentDisabled);
    // Nothing done: the account is still locked.
    QCOMPARE(AccountRepository(database.connection().value()).findByPersonId(personId)->status,
             Account::Status::Locked);
    // Each refusal audited, signed by the agent.
    const QStringList refusals = events(database).mid(before.size());
    const QStringList expected{
        QStringLiteral("alice:call_start=agent_disabled"), QStringLiteral("alice:lookup=agent_disabled"),
        QStringLiteral("alice:verify=agent_disabled"),     QStringLiteral("alice:unlock=agent_disabled"),
        QStringLiteral("alice:reissue=agent_disabled"),    QStringLiteral("alice:email_change=agent_disabled"),
        QStringLiteral("sophie:certify=agent_disabled"),   QStringLiteral("sophie:unlock_bulk=agent_disabled"),
    };
    QCOMPARE(refusals, expected);

    // The call in progress may still be closed (the desk ends it as interrupted).
    QVERIFY(!calls.endCall(alice, call, QStringLiteral("interrupted"), QString()));
    QVERIFY(AuditLog(database.connection().value()).verify()->intact);

    // Enabled again, the same session acts again.
    QVERIFY(disable(database, QStringLiteral("alice"), false));
    QVERIFY(calls.startCall(alice, QStringLiteral("other")).ok());
}

QTEST_GUILESS_MAIN(TestDisabledAgent)
#include "tst_disabledagent.moc"
