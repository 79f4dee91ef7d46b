// The portal's side of an account, on both engines: registration (and again after expiry), the
// 5-attempt lock, unknown accounts, concurrent failures. tst_portalpasswords has the temporary
// password, weak passwords and the reset. Argon2id costs ~0.1 s a hash: the known hashes are made
// once, and each test verifies as few as it can.
#include "accounts/AccountRepository.h"
#include "core/EmailAddress.h"
#include "core/PasswordHasher.h"
#include "core/PortalPolicy.h"
#include "core/TextLimits.h"
#include "db/SqlQuery.h"
#include "identity/IdentityService.h"
#include "identity/PersonRepository.h"
#include "mail/MailOutbox.h"
#include "portal/PortalService.h"
#include "support/PortalFixture.h"
#include "support/TestDatabases.h"
#include "text/ErrorText.h"

#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <vector>

using Login = PortalService::LoginOutcome;
using Activate = PortalService::ActivateOutcome;
using Reset = PortalService::ResetOutcome;
using Register = PortalService::RegisterOutcome;

using namespace PortalTesting;

class TestPortalService : public PortalFixture
{
    Q_OBJECT

private Q_SLOTS:
    void registerOutcomes_data() { TestDatabase::addEngineRows(); }
    void registerOutcomes();
    void registerAgainAfterExpiry_data() { TestDatabase::addEngineRows(); }
    void registerAgainAfterExpiry();
    void consecutiveFailuresLock_data() { TestDatabase::addEngineRows(); }
    void consecutiveFailuresLock();
    void unknownAccount_data() { TestDatabase::addEngineRows(); }
    void unknownAccount();
    void concurrentFailuresAllCount_data() { TestDatabase::addEngineRows(); }
    void concurrentFailuresAllCount();
};

void TestPortalService::registerOutcomes()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const qint64 jeanId = addPerson(database, JeanNir, jean());
    QVERIFY(jeanId > 0);
    QVERIFY(addPerson(database, HeleneNir, helene(), false) > 0);
    PortalService portal(database);

    const QString email = QStringLiteral("jf.lefevre@example.org");
    PortalService::Registration registration{nir(JeanNir), jean(), email, QStringLiteral("Mon premier chien ?"),
                                             QStringLiteral("  médor ")};
    // Folded civil status: case, accents, spaces, hyphens and apostrophes do not matter…
    registration.civilStatus.lastName = QStringLiteral("LEFEVRE D ARC");
    registration.civilStatus.firstNames = QStringLiteral("jean francois");
    // …but a different birth place does.
    PortalService::Registration elsewhere = registration;
    elsewhere.civilStatus.birthPlace = QStringLiteral("Bastia");
    QCOMPARE(portal.registerAccount(elsewhere, T0).value(), Register::NotIdentified);
    PortalService::Registration otherDay = registration;
    otherDay.civilStatus.birthDate = QDate(1985, 3, 13);
    QCOMPARE(portal.registerAccount(otherDay, T0).value(), Register::NotIdentified);
    PortalService::Registration unknown = registration;
    unknown.nir = nir(MarcNir);
    unknown.civilStatus = marc();
    QCOMPARE(portal.registerAccount(unknown, T0).value(), Register::NotIdentified);
    PortalService::Registration uncertified = registration;
    uncertified.nir = nir(HeleneNir);
    uncertified.civilStatus = helene();
    QCOMPARE(portal.registerAccount(uncertified, T0).value(), Register::NirNotCertified);
    QCOMPARE(scalar(database, QStringLiteral("SELECT COUNT(*) AS v FROM accounts WHERE id <> :id"), 0).toInt(), 0);

    // Bad input is an error, not an answer.
    for (const char* bad : {"jf.lefevre.example.org", "jf@lefevre@example.org", "jf lefevre@example.org", "jf@example",
                            "jf@example..org", "@example.org", ""}) {
        PortalService::Registration invalid = registration;
        invalid.email = QString::fromLatin1(bad);
        const Result<Register> refused = portal.registerAccount(invalid, T0);
        QVERIFY2(!refused.ok(), bad);
        QCOMPARE(refused.error().code(), ErrorCode::InvalidInput);
    }
    PortalService::Registration tooLong = registration;
    tooLong.email = QString(TextLimits::EmailAddress - 11, QLatin1Char('a')) + QStringLiteral("@example.org");
    QCOMPARE(portal.registerAccount(tooLong, T0).error().code(), ErrorCode::InvalidInput);
    PortalService::Registration noAnswer = registration;
    noAnswer.secretAnswer = QStringLiteral(" - ");
    QCOMPARE(portal.registerAccount(noAnswer, T0).error().code(), ErrorCode::InvalidInput);
    QCOMPARE(portal.registerAccount(noAnswer, T0).error().context().value(QStringLiteral("problem")).toString(),
             QStringLiteral("secret"));
    // The model names each problem (guichetctl prints its words; it checks nothing itself).
    const auto problemOf = [&](const std::function<void(PortalService::Registration&)>& spoil) {
        PortalService::Registration bad = registration;
        spoil(bad);
        const Result<Register> refused = portal.registerAccount(bad, T0);
        return refused.ok() ? QStringLiteral("accepted")
                            : refused.error().context().value(QStringLiteral("problem")).toString();
    };
    QCOMPARE(problemOf([](auto& r) { r.civilStatus.lastName = QStringLiteral("Dup0nt"); }),
             QStringLiteral("invalid_last_name"));
    QCOMPARE(problemOf([](auto& r) { r.civilStatus.firstNames = QStringLiteral("  "); }),
             QStringLiteral("missing_first_names"));
    QCOMPARE(problemOf([](auto& r) { r.civilStatus.birthDate = QDate(); }), QStringLiteral("invalid_birth_date"));
    QCOMPARE(problemOf([](auto& r) { r.civilStatus.birthPlace.clear(); }), QStringLiteral("missing_birth_place"));
    QCOMPARE(problemOf([](auto& r) { r.email = QStringLiteral("jf@example"); }),
             EmailAddress::problemName(EmailAddress::check(QStringLiteral("jf@example"))));
    QCOMPARE(problemOf([](auto& r) { r.secretQuestion = QString(TextLimits::SecretQuestion + 1, u'q'); }),
             QStringLiteral("secret"));
    QVERIFY(!ErrorText::problem(QStringLiteral("invalid_last_name")).isEmpty());
    QVERIFY(!ErrorText::problem(QStringLiteral("secret")).isEmpty());

    QCOMPARE(portal.registerAccount(registration, T0).value(), Register::Registered);
    const Result<Account> created = AccountRepository(database.connection().value()).findByPersonId(jeanId);
    QVERIFY(created.ok());
    QCOMPARE(created->status, Account::Status::PendingActivation);
    QCOMPARE(created->email, email);
    QCOMPARE(created->secretQuestion, QStringLiteral("Mon premier chien ?"));
    QCOMPARE(created->failedAttempts, 0);
    QVERIFY(created->passwordHash.isEmpty());
    QVERIFY(created->tempPasswordHash.isEmpty()); // the dispatcher makes it, at delivery
    QVERIFY(created->secretAnswerHash.startsWith(QLatin1String("$argon2id$")));
    QVERIFY(PasswordHasher::verify(created->secretAnswerHash, QStringLiteral("medor")));

    // A request in the outbox, with no secret in it.
    const Result<std::optional<OutboxMessage>> mail
        = MailOutbox(database.connection().value()).latestForAccount(created->id);
    QVERIFY(mail.ok() && mail->has_value());
    const OutboxMessage& message = mail->value();
    QCOMPARE(message.kind, OutboxMessage::Kind::TemporaryPassword);
    QCOMPARE(message.recipient, email);
    QCOMPARE(message.status, OutboxMessage::Status::Queued);
    QVERIFY(message.payload.isEmpty());
    QCOMPARE(mails(database, created->id), 1);

    // Once is enough: a pending account whose temporary password has not expired stands.
    QCOMPARE(portal.registerAccount(registration, T0.addDays(3)).value(), Register::AlreadyRegistered);
    QCOMPARE(mails(database, created->id), 1);
    QCOMPARE(reload(database, created->id).version, created->version);
    QVERIFY(attempts(database, created->id).isEmpty()); // registration is not a login attempt
}

void TestPortalService::registerAgainAfterExpiry()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const qint64 personId = addPerson(database, MarcNir, marc());
    const qint64 accountId = addAccount(database, pendingAccount(personId, T0));
    QVERIFY(accountId > 0);
    PortalService portal(database);
    const PortalService::Registration registration{nir(MarcNir), marc(), QStringLiteral("marc.dupont@example.fr"),
                                                   QStringLiteral("Ville de naissance de ma mère ?"),
                                                   QStringLiteral("Lyon")};

    const QDateTime expiry = T0.addDays(PortalPolicy::TemporaryPasswordValidityDays);
    QCOMPARE(portal.registerAccount(registration, expiry.addSecs(-60)).value(), Register::AlreadyRegistered);
    QCOMPARE(mails(database, accountId), 0);

    // Expired: the holder registers again, with new contact data; a new password is requested.
    QCOMPARE(portal.registerAccount(registration, expiry).value(), Register::Registered);
    const Account account = reload(database, accountId);
    QCOMPARE(account.status, Account::Status::PendingActivation);
    QCOMPARE(account.email, QStringLiteral("marc.dupont@example.fr"));
    QCOMPARE(account.secretQuestion, QStringLiteral("Ville de naissance de ma mère ?"));
    QVERIFY(account.secretAnswerHash != m_answerHash);
    QVERIFY(account.tempPasswordHash.isEmpty());
    QCOMPARE(account.state(expiry), Account::State::PendingActivation);
    QCOMPARE(mails(database, accountId), 1);
    QCOMPARE(MailOutbox(database.connection().value()).latestForAccount(accountId).value()->recipient,
             QStringLiteral("marc.dupont@example.fr"));

    // The expired password is gone; the registration now waits for the new one.
    const Result<PortalService::LoginResult> login = portal.login(nir(MarcNir), Temporary, expiry.addSecs(60));
    QCOMPARE(login->outcome, Login::WrongPassword);
    QCOMPARE(portal.registerAccount(registration, expiry.addSecs(120)).value(), Register::AlreadyRegistered);
    QCOMPARE(mails(database, accountId), 1);
}

void TestPortalService::consecutiveFailuresLock()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const qint64 accountId = addAccount(database, activeAccount(addPerson(database, MarcNir, marc())));
    QVERIFY(accountId > 0);
    PortalService portal(database);
    const Nir number = nir(MarcNir);
    QDateTime at = T0;
    const auto login = [&](const QString& password) {
        at = at.addSecs(30);
        const Result<PortalService::LoginResult> result = portal.login(number, password, at);
        return result ? result.value() : PortalService::LoginResult{};
    };

    // A success resets the count: 4 wrong, 1 right, 4 wrong leave the account open.
    for (int i = 1; i < PortalPolicy::MaxFailedAttempts; ++i) {
        const PortalService::LoginResult result = login(Wrong);
        QCOMPARE(result.outcome, Login::WrongPassword);
        QCOMPARE(result.failedAttempts, i);
    }
    QCOMPARE(reload(database, accountId).lastFailedAt, at);
    QCOMPARE(login(Personal).outcome, Login::Ok);
    QCOMPARE(reload(database, accountId).failedAttempts, 0);
    for (int i = 1; i < PortalPolicy::MaxFailedAttempts; ++i)
        QCOMPARE(login(Wrong).outcome, Login::WrongPassword);
    QCOMPARE(reload(database, accountId).status, Account::Status::Active);
    QCOMPARE(openLockouts(database, accountId), 0);

    // The 5th consecutive failure locks, and its answer already says so.
    const PortalService::LoginResult fifth = login(Wrong);
    QCOMPARE(fifth.outcome, Login::Locked);
    QCOMPARE(fifth.failedAttempts, PortalPolicy::MaxFailedAttempts);
    const QDateTime lockedAt = at;
    Account account = reload(database, accountId);
    QCOMPARE(account.status, Account::Status::Locked);
    QCOMPARE(account.lockedAt, lockedAt);
    QCOMPARE(openLockouts(database, accountId), 1);
    QCOMPARE(
        SqlDialect::toDateTime(scalar(
            database, QStringLiteral("SELECT locked_at AS v FROM lockout_events WHERE account_id = :id"), accountId)),
        lockedAt);
    QCOMPARE(scalar(database, QStringLiteral("SELECT failed_attempts AS v FROM lockout_events WHERE account_id = :id"),
                    accountId)
                 .toInt(),
             PortalPolicy::MaxFailedAttempts);

    // Locked refuses even the right password, records it, counts nothing more.
    const PortalService::LoginResult refused = login(Personal);
    QCOMPARE(refused.outcome, Login::Locked);
    QCOMPARE(refused.failedAttempts, PortalPolicy::MaxFailedAttempts);
    account = reload(database, accountId);
    QCOMPARE(account.failedAttempts, PortalPolicy::MaxFailedAttempts);
    QCOMPARE(account.lockedAt, lockedAt);
    QCOMPARE(openLockouts(database, accountId), 1);

    const QString wrong = QStringLiteral("password:0:wrong_password");
    QStringList expected;
    for (int i = 1; i < PortalPolicy::MaxFailedAttempts; ++i)
        expected << wrong;
    expected << QStringLiteral("password:1:ok");
    for (int i = 1; i < PortalPolicy::MaxFailedAttempts; ++i)
        expected << wrong;
    expected << QStringLiteral("password:0:locked") << QStringLiteral("password:0:locked");
    QCOMPARE(attempts(database, accountId), expected);
    QCOMPARE(lastAttemptAt(database, accountId), at); // the caller's time, not the clock
}

void TestPortalService::unknownAccount()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    QVERIFY(addPerson(database, MarcNir, marc()) > 0); // a person, but no account
    PortalService portal(database);
    for (const char* number : {MarcNir, HeleneNir}) {
        const Result<PortalService::LoginResult> login = portal.login(nir(number), Personal, T0);
        QVERIFY(login.ok());
        QCOMPARE(login->outcome, Login::UnknownAccount);
        QCOMPARE(login->failedAttempts, 0);
        QCOMPARE(portal.activate(nir(number), Temporary, NewPersonal, T0).error().code(), ErrorCode::NotFound);
        QCOMPARE(portal.resetWithSecret(nir(number), QStringLiteral("Médor"), NewPersonal, T0).error().code(),
                 ErrorCode::NotFound);
    }
    QCOMPARE(portal.login(Nir(), Personal, T0).error().code(), ErrorCode::InvalidInput);
    QCOMPARE(portal.login(nir(MarcNir), Personal, QDateTime()).error().code(), ErrorCode::InvalidInput);
    QCOMPARE(scalar(database, QStringLiteral("SELECT COUNT(*) AS v FROM login_attempts WHERE id <> :id"), 0).toInt(),
             0);
}

void TestPortalService::concurrentFailuresAllCount()
{
    // Six wrong passwords at once, from six connections: each is counted exactly once (the
    // version check makes the losers read again), the 5th locks, the 6th finds the lock.
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const qint64 accountId = addAccount(database, activeAccount(addPerson(database, MarcNir, marc())));
    const int callers = PortalPolicy::MaxFailedAttempts + 1;
    std::vector<Result<PortalService::LoginResult>> results(callers, Error(ErrorCode::None));
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < callers; ++i) {
        threads.emplace_back(QThread::create([&database, &results, i] {
            results[i] = PortalService(database).login(nir(MarcNir), Wrong, T0.addMSecs(i));
            database.closeThreadConnection();
        }));
        threads.back()->start();
    }
    for (const std::unique_ptr<QThread>& thread : threads)
        QVERIFY(thread->wait(60000));

    int wrong = 0;
    int locked = 0;
    for (const Result<PortalService::LoginResult>& result : results) {
        QVERIFY2(result.ok(), qPrintable(result.error().codeName() + QLatin1Char(' ') + result.error().detail()));
        if (result->outcome == Login::WrongPassword)
            ++wrong;
        else if (result->outcome == Login::Locked)
            ++locked;
    }
    QCOMPARE(wrong, PortalPolicy::MaxFailedAttempts - 1);
    QCOMPARE(locked, 2);
    const Account account = reload(database, accountId);
    QCOMPARE(account.status, Account::Status::Locked);
    QCOMPARE(account.failedAttempts, PortalPolicy::MaxFailedAttempts);
    QCOMPARE(openLockouts(database, accountId), 1);
    QCOMPARE(attempts(database, accountId).size(), callers);
}

QTEST_GUILESS_MAIN(TestPortalService)
#include "tst_portalservice.moc"
