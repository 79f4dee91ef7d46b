// The portal's side of an account, on both engines: registration, the 5-attempt lock, the
// temporary password (once, 15 days), activation, reset with the secret answer. Argon2id costs
// ~0.1 s a hash: the known hashes are made once, and each test verifies as few as it can.
#include "AccountRepository.h"
#include "EmailAddress.h"
#include "ErrorText.h"
#include "IdentityService.h"
#include "MailOutbox.h"
#include "PasswordHasher.h"
#include "PersonRepository.h"
#include "PortalPolicy.h"
#include "PortalService.h"
#include "SqlQuery.h"
#include "TestDatabases.h"
#include "TextLimits.h"

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

namespace {

const QString Personal = QStringLiteral("Bonjour-2026");
const QString NewPersonal = QStringLiteral("Nouveau-Passe-2026");
const QString Temporary = QStringLiteral("K7mPq4Rt9xW2zH"); // what the dispatcher would have mailed
const QString Wrong = QStringLiteral("Bonjour-2025");
const QDateTime T0(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());

Nir nir(const char* text)
{
    return Nir::parse(QString::fromLatin1(text));
}

// Persons of the tests, each with its own NIR.
const char* const MarcNir = "1 85 03 75 106 042 92";
const char* const JeanNir = "1 85 03 2A 004 123 24";
const char* const HeleneNir = "2 60 12 13 055 321";

CivilStatus marc()
{
    return {QStringLiteral("Dupont"), QStringLiteral("Marc"), QDate(1985, 3, 2), QStringLiteral("Paris")};
}

CivilStatus jean()
{
    return {QStringLiteral("Lefèvre-d'Arc"), QStringLiteral("Jean-François"), QDate(1985, 3, 12),
            QStringLiteral("Ajaccio")};
}

CivilStatus helene()
{
    return {QStringLiteral("Martin"), QStringLiteral("Hélène"), QDate(1960, 12, 24), QStringLiteral("Marseille")};
}

QVariant scalar(Database& database, const QString& sql, qint64 accountId)
{
    SqlQuery query(database.connection().value());
    if (query.prepare(sql))
        return {};
    query.bind(QStringLiteral(":id"), accountId);
    if (query.exec() || !query.next())
        return {};
    return query.value(QStringLiteral("v"));
}

int openLockouts(Database& database, qint64 accountId)
{
    return scalar(database,
                  QStringLiteral("SELECT COUNT(*) AS v FROM lockout_events WHERE account_id = :id"
                                 " AND unlocked_at IS NULL"),
                  accountId)
        .toInt();
}

int mails(Database& database, qint64 accountId)
{
    return scalar(database, QStringLiteral("SELECT COUNT(*) AS v FROM mail_outbox WHERE account_id = :id"), accountId)
        .toInt();
}

// "kind:success:outcome" of each login_attempts row of the account, oldest first.
QStringList attempts(Database& database, qint64 accountId)
{
    SqlQuery query(database.connection().value());
    QStringList rows;
    if (query.prepare(QStringLiteral("SELECT kind, success, outcome FROM login_attempts WHERE account_id = :id"
                                     " ORDER BY id")))
        return {QStringLiteral("prepare failed")};
    query.bind(QStringLiteral(":id"), accountId);
    if (query.exec())
        return {QStringLiteral("exec failed")};
    while (query.next()) {
        rows << query.value(QStringLiteral("kind")).toString() + QLatin1Char(':')
                + QString::number(int(query.value(QStringLiteral("success")).toBool())) + QLatin1Char(':')
                + query.value(QStringLiteral("outcome")).toString();
    }
    return rows;
}

QDateTime lastAttemptAt(Database& database, qint64 accountId)
{
    return SqlDialect::toDateTime(
        scalar(database, QStringLiteral("SELECT MAX(attempted_at) AS v FROM login_attempts WHERE account_id = :id"),
               accountId));
}

} // namespace

class TestPortalService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void registerOutcomes_data() { TestDatabase::addEngineRows(); }
    void registerOutcomes();
    void registerAgainAfterExpiry_data() { TestDatabase::addEngineRows(); }
    void registerAgainAfterExpiry();
    void consecutiveFailuresLock_data() { TestDatabase::addEngineRows(); }
    void consecutiveFailuresLock();
    void temporaryPasswordLogsInOnce_data() { TestDatabase::addEngineRows(); }
    void temporaryPasswordLogsInOnce();
    void temporaryPasswordExpiry_data() { TestDatabase::addEngineRows(); }
    void temporaryPasswordExpiry();
    void weakPasswordChangesNothing_data() { TestDatabase::addEngineRows(); }
    void weakPasswordChangesNothing();
    void resetWithSecret_data() { TestDatabase::addEngineRows(); }
    void resetWithSecret();
    void unknownAccount_data() { TestDatabase::addEngineRows(); }
    void unknownAccount();
    void concurrentFailuresAllCount_data() { TestDatabase::addEngineRows(); }
    void concurrentFailuresAllCount();

private:
    qint64 addPerson(Database& database, const char* number, const CivilStatus& civilStatus, bool certified = true);
    // An account as the portal and the dispatcher leave it.
    Account activeAccount(qint64 personId) const;
    Account pendingAccount(qint64 personId, const QDateTime& issuedAt) const;
    qint64 addAccount(Database& database, const Account& account);
    static Account reload(Database& database, qint64 accountId);

    QString m_personalHash;
    QString m_temporaryHash;
    QString m_answerHash;
};

void TestPortalService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(PasswordHasher::initialize());
    m_personalHash = PasswordHasher::hash(Personal);
    m_temporaryHash = PasswordHasher::hash(Temporary);
    m_answerHash = PasswordHasher::hash(CivilStatus::fold(QStringLiteral("Médor")));
    QVERIFY(!m_personalHash.isEmpty() && !m_temporaryHash.isEmpty() && !m_answerHash.isEmpty());
}

qint64 TestPortalService::addPerson(Database& database, const char* number, const CivilStatus& civilStatus,
                                    bool certified)
{
    const Result<qint64> id = IdentityService(database).addPerson(nir(number), civilStatus, certified);
    return id ? id.value() : -1;
}

Account TestPortalService::activeAccount(qint64 personId) const
{
    Account account;
    account.personId = personId;
    account.email = QStringLiteral("titulaire@example.org");
    account.status = Account::Status::Active;
    account.passwordHash = m_personalHash;
    account.passwordChangedAt = T0.addDays(-30);
    account.secretQuestion = QStringLiteral("Le nom de votre premier chien ?");
    account.secretAnswerHash = m_answerHash;
    return account;
}

Account TestPortalService::pendingAccount(qint64 personId, const QDateTime& issuedAt) const
{
    Account account = activeAccount(personId);
    account.status = Account::Status::PendingActivation;
    account.passwordHash.clear();
    account.passwordChangedAt = QDateTime();
    account.tempPasswordHash = m_temporaryHash;
    account.tempPasswordIssuedAt = issuedAt;
    account.tempPasswordExpiresAt = issuedAt.addDays(PortalPolicy::TemporaryPasswordValidityDays);
    return account;
}

qint64 TestPortalService::addAccount(Database& database, const Account& account)
{
    const Result<qint64> id = AccountRepository(database.connection().value()).add(account);
    return id ? id.value() : -1;
}

Account TestPortalService::reload(Database& database, qint64 accountId)
{
    const Result<Account> account = AccountRepository(database.connection().value()).findById(accountId);
    return account ? account.value() : Account();
}

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

void TestPortalService::temporaryPasswordLogsInOnce()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const qint64 accountId = addAccount(database, pendingAccount(addPerson(database, MarcNir, marc()), T0));
    PortalService portal(database);
    const Nir number = nir(MarcNir);

    const QDateTime first = T0.addSecs(3600);
    QCOMPARE(portal.login(number, Temporary, first)->outcome, Login::MustChangePassword);
    QCOMPARE(reload(database, accountId).tempPasswordUsedAt, first);
    // Once only: the same temporary password again is a wrong password, and counts.
    const PortalService::LoginResult again = portal.login(number, Temporary, first.addSecs(60)).value();
    QCOMPARE(again.outcome, Login::WrongPassword);
    QCOMPARE(again.failedAttempts, 1);

    // Activation still takes it (a login used it, which is the point).
    const QDateTime activatedAt = first.addSecs(120);
    QCOMPARE(portal.activate(number, Temporary, NewPersonal, activatedAt).value(), Activate::Activated);
    const Account account = reload(database, accountId);
    QCOMPARE(account.status, Account::Status::Active);
    QCOMPARE(account.failedAttempts, 0);
    QCOMPARE(account.passwordChangedAt, activatedAt);
    QCOMPARE(account.tempPasswordUsedAt, first);
    QVERIFY(account.tempPasswordHash.isEmpty());
    QVERIFY(account.passwordHash.startsWith(QLatin1String("$argon2id$")));

    // From now on the temporary password is refused and the personal one logs in.
    QCOMPARE(portal.login(number, Temporary, activatedAt.addSecs(60))->outcome, Login::WrongPassword);
    QCOMPARE(portal.activate(number, Temporary, NewPersonal, activatedAt.addSecs(90)).value(), Activate::WrongPassword);
    const PortalService::LoginResult ok = portal.login(number, NewPersonal, activatedAt.addSecs(120)).value();
    QCOMPARE(ok.outcome, Login::Ok);
    QCOMPARE(ok.failedAttempts, 0);
    QCOMPARE(
        attempts(database, accountId),
        QStringList({QStringLiteral("temporary:1:must_change_password"), QStringLiteral("temporary:0:wrong_password"),
                     QStringLiteral("temporary:1:activated"), QStringLiteral("password:0:wrong_password"),
                     QStringLiteral("temporary:0:wrong_password"), QStringLiteral("password:1:ok")}));
}

void TestPortalService::temporaryPasswordExpiry()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const qint64 accountId = addAccount(database, pendingAccount(addPerson(database, MarcNir, marc()), T0));
    PortalService portal(database);
    const Nir number = nir(MarcNir);
    const QDateTime expiry = T0.addDays(PortalPolicy::TemporaryPasswordValidityDays);

    const PortalService::LoginResult expired = portal.login(number, Temporary, expiry).value();
    QCOMPARE(expired.outcome, Login::TemporaryExpired);
    QCOMPARE(expired.failedAttempts, 0); // not a guess: not counted
    QCOMPARE(portal.activate(number, Temporary, NewPersonal, expiry).value(), Activate::TemporaryExpired);
    // A wrong password stays a wrong password.
    QCOMPARE(portal.login(number, Wrong, expiry)->outcome, Login::WrongPassword);

    // An hour earlier it was still valid.
    const QDateTime justBefore = expiry.addSecs(-3600);
    QCOMPARE(portal.login(number, Temporary, justBefore)->outcome, Login::MustChangePassword);
    const Account account = reload(database, accountId);
    QCOMPARE(account.failedAttempts, 0);
    QCOMPARE(account.status, Account::Status::PendingActivation);
    QCOMPARE(
        attempts(database, accountId),
        QStringList({QStringLiteral("temporary:0:temporary_expired"), QStringLiteral("temporary:0:temporary_expired"),
                     QStringLiteral("password:0:wrong_password"), QStringLiteral("temporary:1:must_change_password")}));
}

void TestPortalService::weakPasswordChangesNothing()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const qint64 pendingId = addAccount(database, pendingAccount(addPerson(database, MarcNir, marc()), T0));
    const qint64 activeId = addAccount(database, activeAccount(addPerson(database, JeanNir, jean())));
    PortalService portal(database);
    const Account pendingBefore = reload(database, pendingId);
    const Account activeBefore = reload(database, activeId);

    const QDateTime at = T0.addDays(1);
    for (const QString& weak : {QStringLiteral("Court-1"), // too short
                                QStringLiteral("toutenminuscules2026"), // 2 classes
                                Temporary}) { // the temporary password itself is not a personal one
        QCOMPARE(portal.activate(nir(MarcNir), Temporary, weak, at).value(), Activate::WeakPassword);
    }
    QCOMPARE(portal.resetWithSecret(nir(JeanNir), QStringLiteral("Medor"), QStringLiteral("motdepasse"), at).value(),
             Reset::WeakPassword);

    const Account pendingAfter = reload(database, pendingId);
    QCOMPARE(pendingAfter.version, pendingBefore.version);
    QCOMPARE(pendingAfter.status, Account::Status::PendingActivation);
    QCOMPARE(pendingAfter.tempPasswordHash, m_temporaryHash);
    QVERIFY(pendingAfter.passwordHash.isEmpty());
    QCOMPARE(pendingAfter.failedAttempts, 0);
    const Account activeAfter = reload(database, activeId);
    QCOMPARE(activeAfter.version, activeBefore.version);
    QCOMPARE(activeAfter.passwordHash, m_personalHash);
    QCOMPARE(attempts(database, pendingId), QStringList(3, QStringLiteral("temporary:0:weak_password")));
    QCOMPARE(attempts(database, activeId), QStringList(QStringLiteral("secret_answer:0:weak_password")));
}

void TestPortalService::resetWithSecret()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const qint64 accountId = addAccount(database, activeAccount(addPerson(database, MarcNir, marc())));
    Account nearlyLocked = activeAccount(addPerson(database, JeanNir, jean()));
    nearlyLocked.failedAttempts = PortalPolicy::MaxFailedAttempts - 1;
    const qint64 nearlyLockedId = addAccount(database, nearlyLocked);
    PortalService portal(database);
    const Nir number = nir(MarcNir);

    QDateTime at = T0;
    QCOMPARE(portal.resetWithSecret(number, QStringLiteral("Rex"), NewPersonal, at).value(), Reset::WrongAnswer);
    QCOMPARE(reload(database, accountId).failedAttempts, 1);
    at = at.addSecs(60);
    // Folded like a civil status: "  médor " is "Médor".
    QCOMPARE(portal.resetWithSecret(number, QStringLiteral("  médor "), NewPersonal, at).value(), Reset::Reset);
    const Account account = reload(database, accountId);
    QCOMPARE(account.failedAttempts, 0);
    QCOMPARE(account.passwordChangedAt, at);
    QCOMPARE(account.status, Account::Status::Active);
    QCOMPARE(portal.login(number, NewPersonal, at.addSecs(60))->outcome, Login::Ok);
    QCOMPARE(portal.login(number, Personal, at.addSecs(90))->outcome, Login::WrongPassword);
    QCOMPARE(attempts(database, accountId),
             QStringList({QStringLiteral("secret_answer:0:wrong_answer"), QStringLiteral("secret_answer:1:reset"),
                          QStringLiteral("password:1:ok"), QStringLiteral("password:0:wrong_password")}));

    // Wrong answers count toward the lock, with the passwords.
    QCOMPARE(portal.resetWithSecret(nir(JeanNir), QStringLiteral("Rex"), NewPersonal, at).value(), Reset::Locked);
    QCOMPARE(reload(database, nearlyLockedId).status, Account::Status::Locked);
    QCOMPARE(openLockouts(database, nearlyLockedId), 1);
    QCOMPARE(portal.resetWithSecret(nir(JeanNir), QStringLiteral("Médor"), NewPersonal, at.addSecs(30)).value(),
             Reset::Locked);
    QCOMPARE(reload(database, nearlyLockedId).passwordHash, m_personalHash);
    QCOMPARE(attempts(database, nearlyLockedId),
             QStringList({QStringLiteral("secret_answer:0:locked"), QStringLiteral("secret_answer:0:locked")}));
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
