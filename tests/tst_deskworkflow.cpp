// The desk's services end to end on both engines: sign-in, calls, verification, operations.
#include "accounts/AccountRepository.h"
#include "agents/AgentAuthService.h"
#include "audit/AuditLog.h"
#include "core/CodeDigest.h"
#include "db/SqlQuery.h"
#include "desk/CallService.h"
#include "desk/CertificationService.h"
#include "desk/HelpdeskService.h"
#include "identity/IdentityService.h"
#include "identity/PersonRepository.h"
#include "mail/MailOutbox.h"
#include "support/TestDatabases.h"

#include <QStandardPaths>
#include <QTest>
#include <QVariantMap>

namespace {

const QString agentPassword = QStringLiteral("Guichet-Agent-1");
const Nir marieNir = Nir::parse(QStringLiteral("2 60 12 13 055 321 68"));
const CivilStatus marie{QStringLiteral("Lefèvre-d'Arc"), QStringLiteral("Marie Hélène"), QDate(1960, 12, 24),
                        QStringLiteral("Marseille")};

// sql's placeholders take the values of bound (":call" → its value), never text pasted in.
int count(Database& database, const QString& sql, const QVariantMap& bound = {})
{
    SqlQuery query(database.connection().value());
    if (query.prepare(sql))
        return -1;
    for (auto it = bound.cbegin(); it != bound.cend(); ++it)
        query.bind(it.key(), it.value());
    if (query.exec() || !query.next())
        return -1;
    return query.value(QStringLiteral("n")).toInt();
}

struct Fixture
{
    qint64 personId = 0;
    qint64 accountId = 0;
    AgentSession agent;
    AgentSession other;
    AgentSession supervisor;
};

// A portal account for the person, locked (with its open lockout event) or active; its id, 0 on failure.
qint64 addAccount(Database& database, qint64 personId, const QString& email, bool locked)
{
    Account account;
    account.personId = personId;
    account.email = email;
    account.status = locked ? Account::Status::Locked : Account::Status::Active;
    account.failedAttempts = locked ? 5 : 0;
    account.lockedAt = locked ? QDateTime::currentDateTimeUtc().addSecs(-600) : QDateTime();
    account.passwordHash = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g");
    qint64 accountId = 0;
    const Error error = database.write([&](QSqlDatabase& db) -> Error {
        const Result<qint64> id = AccountRepository(db).add(account);
        if (!id)
            return id.error();
        accountId = id.value();
        if (!locked)
            return {};
        SqlQuery lockout(db);
        if (Error e
            = lockout.prepare(QStringLiteral("INSERT INTO lockout_events (account_id, locked_at, failed_attempts)"
                                             " VALUES (:a, :t, 5)")))
            return e;
        lockout.bind(QStringLiteral(":a"), id.value());
        lockout.bind(QStringLiteral(":t"), database.dialect().toSql(account.lockedAt));
        return lockout.exec();
    });
    return error ? 0 : accountId;
}

// A certified person with a register entry and a locked account; three agents.
bool setUp(Database& database, Fixture* fixture, bool locked = true)
{
    IdentityService identities(database);
    if (!identities.addRegisterEntry(marieNir, marie).ok())
        return false;
    const Result<qint64> person = identities.addPerson(marieNir, marie, true);
    if (!person)
        return false;
    fixture->personId = person.value();
    fixture->accountId = addAccount(database, person.value(), QStringLiteral("marie.lefevre@example.org"), locked);
    if (fixture->accountId == 0)
        return false;
    AgentAuthService auth(database);
    const AgentSession bootstrap;
    if (!auth.addAgent(bootstrap, QStringLiteral("alice"), QStringLiteral("Alice Martin"), Agent::Role::Agent,
                       agentPassword)
        || !auth.addAgent(bootstrap, QStringLiteral("bruno"), QStringLiteral("Bruno Petit"), Agent::Role::Agent,
                          agentPassword)
        || !auth.addAgent(bootstrap, QStringLiteral("sophie"), QStringLiteral("Sophie Roux"), Agent::Role::Supervisor,
                          agentPassword))
        return false;
    fixture->agent = auth.signIn(QStringLiteral("alice"), agentPassword, QStringLiteral("desk-1")).value();
    fixture->other = auth.signIn(QStringLiteral("bruno"), agentPassword, QStringLiteral("desk-2")).value();
    fixture->supervisor = auth.signIn(QStringLiteral("sophie"), agentPassword, QStringLiteral("desk-3")).value();
    return fixture->agent.isValid() && fixture->other.isValid() && fixture->supervisor.isValid();
}

// start → lookup → verify; returns the call id.
qint64 verifiedCall(Database& database, const AgentSession& session,
                    const QDateTime& now = QDateTime::currentDateTimeUtc())
{
    CallService calls(database);
    const Result<qint64> call = calls.startCall(session, QStringLiteral("wrong_password_locked"), now);
    if (!call || !calls.lookup(session, call.value(), marieNir, now))
        return 0;
    const Result<CallService::Verification> verification = calls.verify(session, call.value(), marie, now);
    return verification && verification->verified ? call.value() : 0;
}

} // namespace

class TestDeskWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void agentSignIn_data() { TestDatabase::addEngineRows(); }
    void agentSignIn();
    void lookupIsMaskedUntilVerified_data() { TestDatabase::addEngineRows(); }
    void lookupIsMaskedUntilVerified();
    void unlockNeedsAVerifiedCaller_data() { TestDatabase::addEngineRows(); }
    void unlockNeedsAVerifiedCaller();
    void threeFailuresEndTheRightToAct_data() { TestDatabase::addEngineRows(); }
    void threeFailuresEndTheRightToAct();
    void passExpiresAfterFifteenMinutes_data() { TestDatabase::addEngineRows(); }
    void passExpiresAfterFifteenMinutes();
    void replayHasOneEffect_data() { TestDatabase::addEngineRows(); }
    void replayHasOneEffect();
    void keyIsBoundToItsCall_data() { TestDatabase::addEngineRows(); }
    void keyIsBoundToItsCall();
    void twoDesksOneAccount_data() { TestDatabase::addEngineRows(); }
    void twoDesksOneAccount();
    void reissueQueuesARequestWithoutSecret_data() { TestDatabase::addEngineRows(); }
    void reissueQueuesARequestWithoutSecret();
    void emailChangeNeedsTheCode_data() { TestDatabase::addEngineRows(); }
    void emailChangeNeedsTheCode();
    void certification_data() { TestDatabase::addEngineRows(); }
    void certification();
    void bulkUnlock_data() { TestDatabase::addEngineRows(); }
    void bulkUnlock();
};

void TestDeskWorkflow::agentSignIn()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Fixture f;
    QVERIFY(setUp(db.database(), &f));
    AgentAuthService auth(db.database());
    QCOMPARE(auth.signIn(QStringLiteral("nobody"), agentPassword, {}).error().code(), ErrorCode::Unauthenticated);
    for (int i = 1; i <= 4; ++i) {
        const Result<AgentSession> wrong = auth.signIn(QStringLiteral("bruno"), QStringLiteral("wrong"), {});
        QVERIFY2(!wrong.ok(), "a wrong password signed in");
        QCOMPARE(wrong.error().code(), ErrorCode::Unauthenticated);
    }
    // The fifth locks the login for a while: the one answer, the right password too.
    QCOMPARE(auth.signIn(QStringLiteral("bruno"), QStringLiteral("wrong"), {}).error().code(),
             ErrorCode::Unauthenticated);
    QCOMPARE(auth.signIn(QStringLiteral("bruno"), agentPassword, {}).error().code(), ErrorCode::Unauthenticated);
    // An agent may not lift the lock (re-enable); an admin (here the command line's bootstrap) may.
    QCOMPARE(auth.setAgentActive(f.agent, QStringLiteral("bruno"), true).code(), ErrorCode::Forbidden);
    QVERIFY(!auth.setAgentActive(AgentSession(), QStringLiteral("bruno"), true));
    QVERIFY(auth.signIn(QStringLiteral("bruno"), agentPassword, {}).ok());
    QCOMPARE(auth.addAgent(AgentSession(), QStringLiteral("weak"), {}, Agent::Role::Agent, QStringLiteral("short"))
                 .error()
                 .code(),
             ErrorCode::InvalidInput);
}

void TestDeskWorkflow::lookupIsMaskedUntilVerified()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Fixture f;
    QVERIFY(setUp(db.database(), &f));
    CallService calls(db.database());
    const qint64 call = calls.startCall(f.agent, QStringLiteral("wrong_password_locked")).value();
    const Result<AccountSummary> before = calls.lookup(f.agent, call, marieNir);
    QVERIFY(before.ok());
    QVERIFY(!before->verified);
    QCOMPARE(before->displayLastName, QStringLiteral("\u2022\u2022\u2022"));
    QCOMPARE(before->displayEmail, QStringLiteral("\u2022\u2022\u2022@\u2022\u2022\u2022"));
    QCOMPARE(before->state, Account::State::Locked);
    QCOMPARE(count(db.database(), QStringLiteral("SELECT COUNT(*) AS n FROM consultations")), 1);

    // Another agent cannot use this call.
    QCOMPARE(calls.lookup(f.other, call, marieNir).error().code(), ErrorCode::CallNotOpen);

    const Result<CallService::Verification> wrong = calls.verify(
        f.agent, call, CivilStatus{marie.lastName, marie.firstNames, marie.birthDate, QStringLiteral("Lyon")});
    QVERIFY(!wrong->verified);
    QCOMPARE(wrong->remainingAttempts, 2);
    const Result<CallService::Verification> right
        = calls.verify(f.agent, call,
                       CivilStatus{QStringLiteral("LEFEVRE D ARC"), QStringLiteral("marie-helene"), marie.birthDate,
                                   QStringLiteral("  marseille ")});
    QVERIFY(right->verified);
    const Result<AccountSummary> after = calls.lookup(f.agent, call, marieNir);
    QVERIFY(after->verified);
    QCOMPARE(after->displayEmail, QStringLiteral("marie.lefevre@example.org"));
    QCOMPARE(count(db.database(), QStringLiteral("SELECT COUNT(*) AS n FROM consultations")), 2);
    QVERIFY(!calls.endCall(f.agent, call, QStringLiteral("resolved"), QStringLiteral("ok")));
    QCOMPARE(calls.lookup(f.agent, call, marieNir).error().code(), ErrorCode::CallNotOpen);
}

void TestDeskWorkflow::unlockNeedsAVerifiedCaller()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Fixture f;
    QVERIFY(setUp(db.database(), &f));
    CallService calls(db.database());
    HelpdeskService desk(db.database());
    const qint64 call = calls.startCall(f.agent, QStringLiteral("wrong_password_locked")).value();
    QCOMPARE(desk.unlock(f.agent, call, QStringLiteral("x")).error().code(), ErrorCode::NothingLookedUp);
    QVERIFY(calls.lookup(f.agent, call, marieNir).ok());
    QCOMPARE(desk.unlock(f.agent, call, QStringLiteral("x")).error().code(), ErrorCode::NotVerified);
    QVERIFY(calls.verify(f.agent, call, marie)->verified);
    QCOMPARE(desk.unlock(f.agent, call, QStringLiteral("  ")).error().code(), ErrorCode::InvalidInput);

    const Result<ActionAnswer> unlocked = desk.unlock(f.agent, call, QStringLiteral("Titulaire vérifié au téléphone"));
    QVERIFY2(unlocked.ok(), qPrintable(unlocked.error().codeName()));
    QCOMPARE(unlocked->status.value_or(Account::Status::Locked), Account::Status::Active);
    const Account account = AccountRepository(db.database().connection().value()).findById(f.accountId).value();
    QCOMPARE(account.status, Account::Status::Active);
    QCOMPARE(account.failedAttempts, 0);
    QVERIFY(!account.lockedAt.isValid());

    SqlQuery lockout(db.database().connection().value());
    QVERIFY(!lockout.exec(
        QStringLiteral("SELECT unlocked_by, unlock_reason, unlock_call_id, unlocked_at FROM lockout_events")));
    QVERIFY(lockout.next());
    QCOMPARE(lockout.value(QStringLiteral("unlocked_by")).toLongLong(), f.agent.agentId);
    QCOMPARE(lockout.value(QStringLiteral("unlock_reason")).toString(),
             QStringLiteral("Titulaire vérifié au téléphone"));
    QCOMPARE(lockout.value(QStringLiteral("unlock_call_id")).toLongLong(), call);
    QVERIFY(!lockout.value(QStringLiteral("unlocked_at")).isNull());

    QCOMPARE(desk.unlock(f.agent, call, QStringLiteral("again")).error().code(), ErrorCode::NotLocked);
    QCOMPARE(count(db.database(),
                   QStringLiteral("SELECT COUNT(*) AS n FROM audit_events WHERE action = 'unlock' AND outcome = 'ok'")),
             1);
    QCOMPARE(count(db.database(),
                   QStringLiteral(
                       "SELECT COUNT(*) AS n FROM audit_events WHERE action = 'unlock' AND outcome = 'not_verified'")),
             1);
    QVERIFY(AuditLog(db.database().connection().value()).verify()->intact);
}

void TestDeskWorkflow::threeFailuresEndTheRightToAct()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Fixture f;
    QVERIFY(setUp(db.database(), &f));
    CallService calls(db.database());
    const qint64 call = calls.startCall(f.agent, QStringLiteral("other")).value();
    QVERIFY(calls.lookup(f.agent, call, marieNir).ok());
    const CivilStatus wrong{QStringLiteral("Martin"), marie.firstNames, marie.birthDate, marie.birthPlace};
    QCOMPARE(calls.verify(f.agent, call, wrong)->remainingAttempts, 2);
    QCOMPARE(calls.verify(f.agent, call, wrong)->remainingAttempts, 1);
    QCOMPARE(calls.verify(f.agent, call, wrong)->remainingAttempts, 0);
    QCOMPARE(calls.verify(f.agent, call, marie).error().code(), ErrorCode::VerificationExhausted);
    HelpdeskService desk(db.database());
    QCOMPARE(desk.unlock(f.agent, call, QStringLiteral("x")).error().code(), ErrorCode::VerificationExhausted);
    QCOMPARE(desk.reissue(f.agent, call, QStringLiteral("x")).error().code(), ErrorCode::VerificationExhausted);
    QCOMPARE(desk.changeEmail(f.agent, call, QStringLiteral("new@example.org")).error().code(),
             ErrorCode::VerificationExhausted);
    QCOMPARE(CertificationService(db.database()).certify(f.supervisor, call).error().code(), ErrorCode::CallNotOpen);
    QVERIFY(!calls.lookup(f.agent, call, marieNir)->verified);
}

void TestDeskWorkflow::passExpiresAfterFifteenMinutes()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Fixture f;
    QVERIFY(setUp(db.database(), &f));
    const QDateTime start = QDateTime::currentDateTimeUtc();
    const qint64 call = verifiedCall(db.database(), f.agent, start);
    QVERIFY(call > 0);
    HelpdeskService desk(db.database());
    QCOMPARE(desk.unlock(f.agent, call, QStringLiteral("late"), {}, start.addSecs(16 * 60)).error().code(),
             ErrorCode::NotVerified);
    QVERIFY(desk.unlock(f.agent, call, QStringLiteral("in time"), {}, start.addSecs(14 * 60)).ok());
}

void TestDeskWorkflow::replayHasOneEffect()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Fixture f;
    QVERIFY(setUp(db.database(), &f));
    const qint64 call = verifiedCall(db.database(), f.agent);
    HelpdeskService desk(db.database());
    const QString key = QStringLiteral("reissue-7f3a9c21");
    const Result<ActionAnswer> first = desk.reissue(f.agent, call, QStringLiteral("not received"), key);
    QVERIFY(first.ok());
    const Result<ActionAnswer> second = desk.reissue(f.agent, call, QStringLiteral("not received"), key);
    QVERIFY(second.ok());
    QCOMPARE(second->replayed, true);
    QVERIFY(first->mailId.value_or(0) > 0);
    QCOMPARE(second->mailId.value_or(0), first->mailId.value_or(-1));
    QCOMPARE(count(db.database(), QStringLiteral("SELECT COUNT(*) AS n FROM mail_outbox")), 1);
    QCOMPARE(count(db.database(), QStringLiteral("SELECT COUNT(*) AS n FROM audit_events WHERE action = 'reissue'")),
             1);
    // The same key for another action is refused.
    QCOMPARE(desk.unlock(f.agent, call, QStringLiteral("x"), key).error().code(), ErrorCode::IdempotencyKeyReused);
}

// An idempotency key answers again only the request that first used it: same agent, action, call
// and account. Anywhere else it is refused, audited once as a refusal, and changes nothing.
void TestDeskWorkflow::keyIsBoundToItsCall()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Fixture f;
    QVERIFY(setUp(db.database(), &f));
    const Nir paulNir = Nir::parse(QStringLiteral("1850578006084"));
    const CivilStatus paul{QStringLiteral("Durand"), QStringLiteral("Paul"), QDate(1985, 5, 1),
                           QStringLiteral("Versailles")};
    const Result<qint64> paulPerson = IdentityService(db.database()).addPerson(paulNir, paul, true);
    QVERIFY(paulPerson.ok());
    const qint64 paulAccount = addAccount(db.database(), paulPerson.value(), QStringLiteral("paul@example.org"), true);
    QVERIFY(paulAccount > 0);
    const auto reused = [&](const QString& where, const QVariantMap& bound = {}) {
        return count(db.database(),
                     QStringLiteral("SELECT COUNT(*) AS n FROM audit_events WHERE outcome = 'idempotency_key_reused'")
                         + where,
                     bound);
    };

    HelpdeskService desk(db.database());
    const QString key = QStringLiteral("unlock-5be01d77");
    const qint64 first = verifiedCall(db.database(), f.agent);
    QVERIFY(first > 0);
    const Result<ActionAnswer> answer = desk.unlock(f.agent, first, QStringLiteral("caller verified"), key);
    QVERIFY(answer.ok());
    QCOMPARE(answer->accountId, f.accountId);

    // The same agent's next call, about Paul: the key is refused, Paul stays locked.
    CallService calls(db.database());
    const qint64 second = calls.startCall(f.agent, QStringLiteral("wrong_password_locked")).value();
    QVERIFY(calls.lookup(f.agent, second, paulNir).ok());
    QVERIFY(calls.verify(f.agent, second, paul)->verified);
    const Result<ActionAnswer> elsewhere = desk.unlock(f.agent, second, QStringLiteral("caller verified"), key);
    QVERIFY2(!elsewhere.ok(), "the first call's answer about another account");
    QCOMPARE(elsewhere.error().code(), ErrorCode::IdempotencyKeyReused);
    QCOMPARE(reused(QStringLiteral(" AND action = 'unlock' AND call_id = :call AND account_id = :account"),
                    {{QStringLiteral(":call"), second}, {QStringLiteral(":account"), paulAccount}}),
             1);
    QCOMPARE(reused({}), 1);
    {
        const QSqlDatabase connection = db.database().connection().value();
        QCOMPARE(AccountRepository(connection).findById(paulAccount)->status, Account::Status::Locked);
    }
    QCOMPARE(count(db.database(),
                   QStringLiteral("SELECT COUNT(*) AS n FROM lockout_events WHERE account_id = :account AND"
                                  " unlocked_at IS NULL"),
                   {{QStringLiteral(":account"), paulAccount}}),
             1);
    // Without the key, the same unlock goes through: the refusal changed nothing in the call.
    QVERIFY(desk.unlock(f.agent, second, QStringLiteral("caller verified")).ok());

    // The same key in the same call: the stored answer, no second effect.
    const Result<ActionAnswer> replay = desk.unlock(f.agent, first, QStringLiteral("caller verified"), key);
    QVERIFY(replay.ok());
    QCOMPARE(replay->replayed, true);
    QCOMPARE(replay->accountId, f.accountId);
    QCOMPARE(count(db.database(),
                   QStringLiteral("SELECT COUNT(*) AS n FROM audit_events WHERE action = 'unlock'"
                                  " AND outcome = 'ok' AND call_id = :call"),
                   {{QStringLiteral(":call"), first}}),
             1);

    // Another agent, another action (a supervisor's certification): refused and audited too.
    const qint64 others = verifiedCall(db.database(), f.other);
    QVERIFY(others > 0);
    QCOMPARE(desk.unlock(f.other, others, QStringLiteral("caller verified"), key).error().code(),
             ErrorCode::IdempotencyKeyReused);
    const qint64 supervisorCall = verifiedCall(db.database(), f.supervisor);
    QVERIFY(supervisorCall > 0);
    QCOMPARE(CertificationService(db.database()).certify(f.supervisor, supervisorCall, key).error().code(),
             ErrorCode::IdempotencyKeyReused);
    QCOMPARE(reused(QStringLiteral(" AND action = 'certify' AND call_id = :call"),
                    {{QStringLiteral(":call"), supervisorCall}}),
             1);

    // The first call, now about Paul (the agent looked him up in it): the key is refused.
    QVERIFY(calls.lookup(f.agent, first, paulNir).ok());
    QCOMPARE(desk.unlock(f.agent, first, QStringLiteral("caller verified"), key).error().code(),
             ErrorCode::IdempotencyKeyReused);
    QCOMPARE(reused({}), 4);
    QVERIFY(AuditLog(db.database().connection().value()).verify()->intact);
}

void TestDeskWorkflow::twoDesksOneAccount()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Fixture f;
    QVERIFY(setUp(db.database(), &f));
    const qint64 first = verifiedCall(db.database(), f.agent);
    const qint64 second = verifiedCall(db.database(), f.other);
    QVERIFY(first > 0 && second > 0);
    HelpdeskService desk(db.database());
    QVERIFY(desk.unlock(f.agent, first, QStringLiteral("first desk")).ok());
    const Result<ActionAnswer> late = desk.reissue(f.other, second, QStringLiteral("second desk"));
    QVERIFY(!late.ok());
    QCOMPARE(late.error().code(), ErrorCode::Conflict);
    QCOMPARE(late.error().context().value(QStringLiteral("changed_by")).toString(), QStringLiteral("alice"));
    QCOMPARE(count(db.database(), QStringLiteral("SELECT COUNT(*) AS n FROM mail_outbox")), 0);
    // Looking the account up again shows the new state, then the action goes through.
    QVERIFY(CallService(db.database()).lookup(f.other, second, marieNir).ok());
    QVERIFY(desk.reissue(f.other, second, QStringLiteral("second desk")).ok());
}

void TestDeskWorkflow::reissueQueuesARequestWithoutSecret()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Fixture f;
    QVERIFY(setUp(db.database(), &f, false));
    const qint64 call = verifiedCall(db.database(), f.agent);
    const Result<ActionAnswer> answer = HelpdeskService(db.database()).reissue(f.agent, call, QStringLiteral("lost"));
    QVERIFY(answer.ok());
    const OutboxMessage message
        = MailOutbox(db.database().connection().value()).findById(answer->mailId.value_or(0)).value();
    QCOMPARE(message.kind, OutboxMessage::Kind::TemporaryPassword);
    QCOMPARE(message.recipient, QStringLiteral("marie.lefevre@example.org"));
    QCOMPARE(message.status, OutboxMessage::Status::Queued);
    QVERIFY(message.payload.isEmpty()); // a request: the secret does not exist yet
    const Account account = AccountRepository(db.database().connection().value()).findById(f.accountId).value();
    QVERIFY(account.tempPasswordHash.isEmpty());
}

void TestDeskWorkflow::emailChangeNeedsTheCode()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Fixture f;
    QVERIFY(setUp(db.database(), &f, false));
    const qint64 call = verifiedCall(db.database(), f.agent);
    HelpdeskService desk(db.database());
    QCOMPARE(desk.changeEmail(f.agent, call, QStringLiteral("not an address")).error().code(), ErrorCode::InvalidInput);
    QVERIFY(desk.changeEmail(f.agent, call, QStringLiteral("marie.new@Example.ORG")).ok());
    QCOMPARE(desk.confirmEmail(f.agent, call, QStringLiteral("123456")).error().code(), ErrorCode::CodeNotSent);

    // The mail service's delivery, simulated: the code's hash lands on the account; no new lookup.
    AccountRepository accounts(db.database().connection().value());
    Account account = accounts.findById(f.accountId).value();
    QCOMPARE(account.pendingEmail, QStringLiteral("marie.new@example.org"));
    account.emailCodeHash = CodeDigest::make(QStringLiteral("482913"));
    account.emailCodeExpiresAt = QDateTime::currentDateTimeUtc().addSecs(600);
    QVERIFY(!accounts.save(account, AccountRepository::Writer::MailService));

    const Result<ActionAnswer> wrong = desk.confirmEmail(f.agent, call, QStringLiteral("000000"));
    QCOMPARE(wrong.error().code(), ErrorCode::WrongCode);
    QCOMPARE(wrong.error().context().value(QStringLiteral("remaining_attempts")).toInt(), 2);
    QCOMPARE(accounts.findById(f.accountId)->emailCodeAttempts, 1); // counted although refused
    const Result<ActionAnswer> right = desk.confirmEmail(f.agent, call, QStringLiteral("482913"));
    QVERIFY2(right.ok(), qPrintable(right.error().codeName()));
    account = accounts.findById(f.accountId).value();
    QCOMPARE(account.email, QStringLiteral("marie.new@example.org"));
    QVERIFY(account.pendingEmail.isEmpty());
    const OutboxMessage notice
        = MailOutbox(db.database().connection().value()).findById(right->noticeMailId.value_or(0)).value();
    QCOMPARE(notice.kind, OutboxMessage::Kind::AddressChangeNotice);
    QCOMPARE(notice.recipient, QStringLiteral("marie.lefevre@example.org"));
}

void TestDeskWorkflow::certification()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Fixture f;
    QVERIFY(setUp(db.database(), &f));
    IdentityService identities(db.database());
    // Two uncertified people: one matches the register, one differs by birth place.
    const Nir paul = Nir::parse(QStringLiteral("1 72 08 99 350 017 44"));
    const CivilStatus paulStatus{QStringLiteral("N'Diaye"), QStringLiteral("Moussa"), QDate(1972, 8, 30),
                                 QStringLiteral("Maroc")};
    QVERIFY(identities.addRegisterEntry(paul, paulStatus).ok());
    QVERIFY(identities.addPerson(paul, paulStatus, false).ok());
    const Nir lea = Nir::parse(QStringLiteral("2850375106042"));
    const CivilStatus leaStatus{QStringLiteral("Girard"), QStringLiteral("Léa"), QDate(1985, 3, 3),
                                QStringLiteral("Paris")};
    QVERIFY(
        identities
            .addRegisterEntry(
                lea, CivilStatus{leaStatus.lastName, leaStatus.firstNames, leaStatus.birthDate, QStringLiteral("Lyon")})
            .ok());
    QVERIFY(identities.addPerson(lea, leaStatus, false).ok());

    auto callFor = [&](const AgentSession& session, const Nir& nir, const CivilStatus& status) -> qint64 {
        CallService calls(db.database());
        const qint64 call = calls.startCall(session, QStringLiteral("nir_refused")).value();
        if (!calls.lookup(session, call, nir) || !calls.verify(session, call, status)->verified)
            return 0;
        return call;
    };
    CertificationService certification(db.database());
    const qint64 agentCall = callFor(f.agent, paul, paulStatus);
    QCOMPARE(certification.certify(f.agent, agentCall).error().code(), ErrorCode::Forbidden);

    const qint64 paulCall = callFor(f.supervisor, paul, paulStatus);
    const Result<ActionAnswer> certified = certification.certify(f.supervisor, paulCall);
    QVERIFY2(certified.ok(), qPrintable(certified.error().codeName()));
    const Person stored = PersonRepository(db.database().connection().value()).findByNir(paul).value();
    QVERIFY(stored.certified);
    QCOMPARE(stored.certificationRef, certified->certificationRef.value_or(QString()));
    QCOMPARE(certification.certify(f.supervisor, paulCall).error().code(), ErrorCode::AlreadyCertified);

    const qint64 leaCall = callFor(f.supervisor, lea, leaStatus);
    const Result<ActionAnswer> refused = certification.certify(f.supervisor, leaCall);
    QCOMPARE(refused.error().code(), ErrorCode::RegisterMismatch);
    QCOMPARE(refused.error().context().value(QStringLiteral("fields")).toStringList(),
             QStringList{QStringLiteral("birth_place")});
    QVERIFY(!PersonRepository(db.database().connection().value()).findByNir(lea)->certified);
    QVERIFY(AuditLog(db.database().connection().value()).verify()->intact);
}

void TestDeskWorkflow::bulkUnlock()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Fixture f;
    QVERIFY(setUp(db.database(), &f));
    HelpdeskService desk(db.database());
    const QStringList nirs{marieNir.formatted(), QStringLiteral("185037510604292"), QStringLiteral("garbage")};
    QCOMPARE(desk.unlockBulk(f.agent, nirs, QStringLiteral("incident")).error().code(), ErrorCode::Forbidden);
    const Result<HelpdeskService::BulkSummary> summary
        = desk.unlockBulk(f.supervisor, nirs, QStringLiteral("incident portail"));
    QVERIFY(summary.ok());
    QCOMPARE(summary->unlocked, 1);
    QCOMPARE(summary->notFound, 1);
    QCOMPARE(summary->invalid, 1);
    const Result<HelpdeskService::BulkSummary> again
        = desk.unlockBulk(f.supervisor, nirs, QStringLiteral("incident portail"));
    QCOMPARE(again->unlocked, 0);
    QCOMPARE(again->notLocked, 1);
    QCOMPARE(
        count(db.database(),
              QStringLiteral("SELECT COUNT(*) AS n FROM audit_events WHERE action = 'unlock_bulk' AND outcome = 'ok'")),
        1);
}

QTEST_GUILESS_MAIN(TestDeskWorkflow)
#include "tst_deskworkflow.moc"
