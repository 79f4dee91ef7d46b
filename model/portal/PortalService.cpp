#include "portal/PortalService.h"

#include "accounts/LockoutRepository.h"
#include "audit/AuditAction.h"
#include "audit/AuditLog.h"
#include "core/EmailAddress.h"

#include "accounts/AccountRepository.h"
#include "core/PasswordHasher.h"
#include "core/PasswordPolicy.h"
#include "core/PortalPolicy.h"
#include "core/TextLimits.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "identity/PersonRepository.h"
#include "mail/MailOutbox.h"

#include <QLoggingCategory>
#include <QSysInfo>

#include <map>
#include <utility>

namespace {

Q_LOGGING_CATEGORY(lcPortal, "guichet.model.portal", QtInfoMsg)

const QString KindPassword = QStringLiteral("password");
const QString KindTemporary = QStringLiteral("temporary");
const QString KindSecretAnswer = QStringLiteral("secret_answer");

// The account of the person holding nir; NotFound when there is no such person or no account.
Result<Account> findAccount(const QSqlDatabase& db, const Nir& nir)
{
    const Result<Person> person = PersonRepository(db).findByNir(nir);
    if (!person)
        return person.error();
    return AccountRepository(db).findByPersonId(person->id);
}

// When the account's temporary password stops working: its recorded expiry, never later than
// the policy's validity after its issue.
QDateTime temporaryExpiry(const Account& account)
{
    QDateTime expiry;
    if (account.tempPasswordIssuedAt.isValid())
        expiry = account.tempPasswordIssuedAt.addDays(PortalPolicy::TemporaryPasswordValidityDays);
    if (account.tempPasswordExpiresAt.isValid() && (!expiry.isValid() || account.tempPasswordExpiresAt < expiry))
        expiry = account.tempPasswordExpiresAt;
    return expiry;
}

bool temporaryExpired(const Account& account, const QDateTime& at)
{
    const QDateTime expiry = temporaryExpiry(account);
    return expiry.isValid() && expiry <= at;
}

// A login already used this temporary password (delivering a new one clears the mark).
bool temporaryUsed(const Account& account)
{
    return account.tempPasswordUsedAt.isValid();
}

Error hashingFailed()
{
    return Error(ErrorCode::DatabaseError, QStringLiteral("Argon2id hashing failed"));
}

} // namespace

// Argon2id results of one call, so that deciding again inside the transaction costs nothing when
// the hashes read there are the ones already verified before it.
class PortalService::Secrets
{
public:
    bool verify(const QString& phcString, const QString& secret)
    {
        const auto key = std::make_pair(phcString, secret);
        const auto found = m_verified.find(key);
        if (found != m_verified.end())
            return found->second;
        const bool match = PasswordHasher::verify(phcString, secret);
        m_verified.emplace(key, match);
        return match;
    }

    // An empty string when hashing failed.
    QString hash(const QString& secret)
    {
        const auto found = m_hashes.find(secret);
        if (found != m_hashes.end())
            return found->second;
        const QString phcString = PasswordHasher::hash(secret);
        if (!phcString.isEmpty())
            m_hashes.emplace(secret, phcString);
        return phcString;
    }

private:
    std::map<std::pair<QString, QString>, bool> m_verified;
    std::map<QString, QString> m_hashes;
};

// What one decision does to the database, besides the changes made to the account itself.
struct PortalService::Plan
{
    bool changed = false; // save the account (optimistic version check)
    bool lock = false; // open a lockout event
    QDateTime at; // the time of the attempt
    QString attemptKind; // login_attempts row; none when empty
    bool attemptSuccess = false;
    QString attemptOutcome;

    void attempt(const QString& kind, bool success, const QString& outcome)
    {
        attemptKind = kind;
        attemptSuccess = success;
        attemptOutcome = outcome;
    }

    // One more consecutive failure, at `at`; the last one allowed locks. True when it locked.
    bool countFailure(Account& account)
    {
        changed = true;
        ++account.failedAttempts;
        account.lastFailedAt = at;
        if (account.failedAttempts < PortalPolicy::MaxFailedAttempts)
            return false;
        account.status = Account::Status::Locked;
        account.lockedAt = at;
        lock = true;
        return true;
    }

    void resetFailures(Account& account)
    {
        if (account.failedAttempts == 0)
            return;
        account.failedAttempts = 0;
        changed = true;
    }
};

PortalService::PortalService(Database& database) : m_database(database)
{ }

QString PortalService::outcomeName(RegisterOutcome outcome)
{
    switch (outcome) {
    case RegisterOutcome::Registered:
        return QStringLiteral("registered");
    case RegisterOutcome::NotIdentified:
        return QStringLiteral("not_identified");
    case RegisterOutcome::NirNotCertified:
        return QStringLiteral("nir_not_certified");
    case RegisterOutcome::AlreadyRegistered:
        return QStringLiteral("already_registered");
    }
    return {};
}

QString PortalService::outcomeName(LoginOutcome outcome)
{
    switch (outcome) {
    case LoginOutcome::Ok:
        return QStringLiteral("ok");
    case LoginOutcome::MustChangePassword:
        return QStringLiteral("must_change_password");
    case LoginOutcome::WrongPassword:
        return QStringLiteral("wrong_password");
    case LoginOutcome::Locked:
        return QStringLiteral("locked");
    case LoginOutcome::TemporaryExpired:
        return QStringLiteral("temporary_expired");
    case LoginOutcome::UnknownAccount:
        return QStringLiteral("unknown_account");
    }
    return {};
}

QString PortalService::outcomeName(ActivateOutcome outcome)
{
    switch (outcome) {
    case ActivateOutcome::Activated:
        return QStringLiteral("activated");
    case ActivateOutcome::WrongPassword:
        return QStringLiteral("wrong_password");
    case ActivateOutcome::TemporaryExpired:
        return QStringLiteral("temporary_expired");
    case ActivateOutcome::WeakPassword:
        return QStringLiteral("weak_password");
    case ActivateOutcome::Locked:
        return QStringLiteral("locked");
    }
    return {};
}

QString PortalService::outcomeName(ResetOutcome outcome)
{
    switch (outcome) {
    case ResetOutcome::Reset:
        return QStringLiteral("reset");
    case ResetOutcome::WrongAnswer:
        return QStringLiteral("wrong_answer");
    case ResetOutcome::WeakPassword:
        return QStringLiteral("weak_password");
    case ResetOutcome::Locked:
        return QStringLiteral("locked");
    }
    return {};
}

bool PortalService::isValidEmail(const QString& email)
{
    return EmailAddress::isPublic(email); // one rule for the portal and the desk
}

Result<PortalService::RegisterOutcome> PortalService::registerAccount(const Registration& registration,
                                                                      const QDateTime& now)
{
    const QString email = EmailAddress::normalized(registration.email);
    const QString question = registration.secretQuestion.simplified();
    const QString answer = CivilStatus::fold(registration.secretAnswer);
    if (registration.nir.isNull() || !now.isValid())
        return Error(ErrorCode::InvalidInput, QStringLiteral("incomplete registration"));
    // What cannot be a civil status is refused; one that merely differs from the record (a birth
    // date that does not fit the NIR included) is the portal's answer, NotIdentified.
    if (const CivilStatus::Problem problem = registration.civilStatus.validate(registration.nir, now.date());
        problem != CivilStatus::Problem::None && problem != CivilStatus::Problem::BirthDateMismatch)
        return Error(ErrorCode::InvalidInput, QStringLiteral("invalid civil status"))
            .withContext(QStringLiteral("problem"), CivilStatus::problemCode(problem));
    if (const EmailAddress::Problem problem = EmailAddress::check(email); problem != EmailAddress::Problem::None)
        return Error(ErrorCode::InvalidInput, QStringLiteral("invalid e-mail address"))
            .withContext(QStringLiteral("problem"), EmailAddress::problemName(problem));
    if (question.isEmpty() || question.size() > TextLimits::SecretQuestion || answer.isEmpty()
        || registration.secretAnswer.size() > TextLimits::SecretAnswer)
        return Error(ErrorCode::InvalidInput, QStringLiteral("invalid secret question or answer"))
            .withContext(QStringLiteral("problem"), QStringLiteral("secret"));

    Secrets secrets;
    RegisterOutcome outcome = RegisterOutcome::NotIdentified;
    // Decides on what db holds now; with write, also applies. The answer's hash is made by the
    // first pass, outside the transaction.
    const auto work = [&](QSqlDatabase& db, bool write) -> Error {
        const Result<Person> person = PersonRepository(db).findByNir(registration.nir);
        if (!person && person.error().code() != ErrorCode::NotFound)
            return person.error();
        if (!person || !person->civilStatus.matches(registration.civilStatus)) {
            outcome = RegisterOutcome::NotIdentified;
            return {};
        }
        if (!person->certified) {
            outcome = RegisterOutcome::NirNotCertified;
            return {};
        }
        AccountRepository accounts(db);
        Result<Account> existing = accounts.findByPersonId(person->id);
        if (!existing && existing.error().code() != ErrorCode::NotFound)
            return existing.error();
        // An account stands, unless its registration was never completed in time (the FAQ: an
        // expired temporary password means registering again).
        if (existing
            && !(existing->status == Account::Status::PendingActivation && !existing->tempPasswordHash.isEmpty()
                 && temporaryExpired(existing.value(), now))) {
            outcome = RegisterOutcome::AlreadyRegistered;
            return {};
        }
        const QString answerHash = secrets.hash(answer);
        if (answerHash.isEmpty())
            return hashingFailed();
        outcome = RegisterOutcome::Registered;
        if (!write)
            return {};

        qint64 accountId = 0;
        if (existing) {
            Account& account = existing.value();
            account.email = email;
            account.secretQuestion = question;
            account.secretAnswerHash = answerHash;
            // The expired temporary password is dead: the account waits for the new one.
            account.tempPasswordHash.clear();
            account.tempPasswordIssuedAt = QDateTime();
            account.tempPasswordExpiresAt = QDateTime();
            account.tempPasswordUsedAt = QDateTime();
            if (Error error = accounts.save(account, AccountRepository::Writer::Portal))
                return error;
            accountId = account.id;
        } else {
            Account account;
            account.personId = person->id;
            account.email = email;
            account.status = Account::Status::PendingActivation;
            account.secretQuestion = question;
            account.secretAnswerHash = answerHash;
            const Result<qint64> added = accounts.add(account);
            if (!added)
                return added.error();
            accountId = added.value();
        }
        // A request only: the dispatcher makes the secret at delivery and stores its hash.
        const Result<qint64> queued = MailOutbox(db).enqueue(accountId, OutboxMessage::Kind::TemporaryPassword, email);
        return queued ? Error() : queued.error();
    };

    {
        Result<QSqlDatabase> db = m_database.connection();
        if (!db)
            return db.error();
        if (Error error = work(db.value(), false))
            return error;
        if (outcome != RegisterOutcome::Registered)
            return outcome; // nothing to write
    }
    Error last;
    for (int attempt = 0; attempt < MaxConcurrentRetries; ++attempt) {
        last = m_database.write([&](QSqlDatabase& db) { return work(db, true); });
        // Conflict: the account changed since it was read. Duplicate: a concurrent registration
        // created it. Both: decide again on what is there now.
        if (last.code() != ErrorCode::Conflict && last.code() != ErrorCode::Duplicate)
            break;
    }
    if (last)
        return last;
    return outcome;
}

Result<PortalService::LoginResult> PortalService::login(const Nir& nir, const QString& password, const QDateTime& at)
{
    if (nir.isNull() || !at.isValid())
        return Error(ErrorCode::InvalidInput, QStringLiteral("null NIR or invalid time"));
    LoginResult result;
    const Decide decide = [&](Account& account, Secrets& secrets, Plan* plan) -> Error {
        if (account.status == Account::Status::Locked) {
            plan->attempt(KindPassword, false, outcomeName(LoginOutcome::Locked));
            result = {LoginOutcome::Locked, account.failedAttempts};
            return {};
        }
        QString kind = KindPassword;
        if (!account.passwordHash.isEmpty() && secrets.verify(account.passwordHash, password)) {
            plan->resetFailures(account);
            plan->attempt(KindPassword, true, outcomeName(LoginOutcome::Ok));
            result = {LoginOutcome::Ok, 0};
            return {};
        }
        if (!account.tempPasswordHash.isEmpty() && secrets.verify(account.tempPasswordHash, password)) {
            kind = KindTemporary;
            const bool expired = temporaryExpired(account, at);
            if (expired && account.passwordHash.isEmpty()) {
                // Not a guess: the holder's registration ran out. Not counted.
                plan->attempt(KindTemporary, false, outcomeName(LoginOutcome::TemporaryExpired));
                result = {LoginOutcome::TemporaryExpired, account.failedAttempts};
                return {};
            }
            if (!expired && !temporaryUsed(account)) {
                // Logs in once, only to choose a personal password.
                account.tempPasswordUsedAt = at;
                plan->changed = true;
                plan->resetFailures(account);
                plan->attempt(KindTemporary, true, outcomeName(LoginOutcome::MustChangePassword));
                result = {LoginOutcome::MustChangePassword, 0};
                return {};
            }
            // Used already, or expired while a personal password exists: a wrong password.
        }
        const LoginOutcome outcome = plan->countFailure(account) ? LoginOutcome::Locked : LoginOutcome::WrongPassword;
        plan->attempt(kind, false, outcomeName(outcome));
        result = {outcome, account.failedAttempts};
        return {};
    };
    Secrets secrets;
    Plan plan;
    const Error error = runOnAccount(nir, at, secrets, decide, &plan);
    if (error.code() == ErrorCode::NotFound)
        return LoginResult{LoginOutcome::UnknownAccount, 0};
    if (error)
        return error;
    return result;
}

Result<PortalService::ActivateOutcome> PortalService::activate(const Nir& nir, const QString& temporary,
                                                               const QString& newPassword, const QDateTime& at)
{
    if (nir.isNull() || !at.isValid())
        return Error(ErrorCode::InvalidInput, QStringLiteral("null NIR or invalid time"));
    ActivateOutcome outcome = ActivateOutcome::WrongPassword;
    const Decide decide = [&](Account& account, Secrets& secrets, Plan* plan) -> Error {
        if (account.status == Account::Status::Locked) {
            plan->attempt(KindTemporary, false, outcomeName(ActivateOutcome::Locked));
            outcome = ActivateOutcome::Locked;
            return {};
        }
        if (account.tempPasswordHash.isEmpty() || !secrets.verify(account.tempPasswordHash, temporary)) {
            outcome = plan->countFailure(account) ? ActivateOutcome::Locked : ActivateOutcome::WrongPassword;
            plan->attempt(KindTemporary, false, outcomeName(outcome));
            return {};
        }
        if (temporaryExpired(account, at)) {
            plan->attempt(KindTemporary, false, outcomeName(ActivateOutcome::TemporaryExpired));
            outcome = ActivateOutcome::TemporaryExpired;
            return {};
        }
        // The personal password is the holder's own: the temporary one does not qualify.
        if (PasswordPolicy::check(newPassword) != PasswordPolicy::Weakness::None || newPassword == temporary) {
            plan->attempt(KindTemporary, false, outcomeName(ActivateOutcome::WeakPassword));
            outcome = ActivateOutcome::WeakPassword;
            return {};
        }
        const QString passwordHash = secrets.hash(newPassword);
        if (passwordHash.isEmpty())
            return hashingFailed();
        account.passwordHash = passwordHash;
        account.passwordChangedAt = at;
        account.status = Account::Status::Active;
        if (!temporaryUsed(account))
            account.tempPasswordUsedAt = at;
        account.tempPasswordHash.clear(); // refused from now on
        account.failedAttempts = 0;
        plan->changed = true;
        plan->attempt(KindTemporary, true, outcomeName(ActivateOutcome::Activated));
        outcome = ActivateOutcome::Activated;
        return {};
    };
    Secrets secrets;
    Plan plan;
    if (Error error = runOnAccount(nir, at, secrets, decide, &plan))
        return error;
    return outcome;
}

Result<PortalService::ResetOutcome> PortalService::resetWithSecret(const Nir& nir, const QString& answer,
                                                                   const QString& newPassword, const QDateTime& at)
{
    if (nir.isNull() || !at.isValid())
        return Error(ErrorCode::InvalidInput, QStringLiteral("null NIR or invalid time"));
    const QString folded = CivilStatus::fold(answer);
    ResetOutcome outcome = ResetOutcome::WrongAnswer;
    const Decide decide = [&](Account& account, Secrets& secrets, Plan* plan) -> Error {
        if (account.status == Account::Status::Locked) {
            plan->attempt(KindSecretAnswer, false, outcomeName(ResetOutcome::Locked));
            outcome = ResetOutcome::Locked;
            return {};
        }
        if (account.secretAnswerHash.isEmpty() || folded.isEmpty()
            || !secrets.verify(account.secretAnswerHash, folded)) {
            outcome = plan->countFailure(account) ? ResetOutcome::Locked : ResetOutcome::WrongAnswer;
            plan->attempt(KindSecretAnswer, false, outcomeName(outcome));
            return {};
        }
        if (PasswordPolicy::check(newPassword) != PasswordPolicy::Weakness::None) {
            plan->attempt(KindSecretAnswer, false, outcomeName(ResetOutcome::WeakPassword));
            outcome = ResetOutcome::WeakPassword;
            return {};
        }
        const QString passwordHash = secrets.hash(newPassword);
        if (passwordHash.isEmpty())
            return hashingFailed();
        account.passwordHash = passwordHash;
        account.passwordChangedAt = at;
        account.status = Account::Status::Active;
        account.tempPasswordHash.clear(); // an outstanding temporary password is superseded
        account.failedAttempts = 0;
        plan->changed = true;
        plan->attempt(KindSecretAnswer, true, outcomeName(ResetOutcome::Reset));
        outcome = ResetOutcome::Reset;
        return {};
    };
    Secrets secrets;
    Plan plan;
    if (Error error = runOnAccount(nir, at, secrets, decide, &plan))
        return error;
    return outcome;
}

Error PortalService::runOnAccount(const Nir& nir, const QDateTime& at, Secrets& secrets, const Decide& decide,
                                  Plan* plan)
{
    {
        // First pass on what the database holds now, outside any transaction: the Argon2id work
        // lands in secrets, not under the write lock.
        Result<QSqlDatabase> db = m_database.connection();
        if (!db)
            return db.error();
        Result<Account> account = findAccount(db.value(), nir);
        if (!account)
            return account.error();
        Plan scratch;
        scratch.at = at;
        if (Error error = decide(account.value(), secrets, &scratch))
            return error;
    }
    Error last;
    for (int attempt = 0; attempt < MaxConcurrentRetries; ++attempt) {
        last = m_database.write([&](QSqlDatabase& db) -> Error {
            Result<Account> account = findAccount(db, nir);
            if (!account)
                return account.error();
            *plan = Plan();
            plan->at = at;
            if (Error error = decide(account.value(), secrets, plan))
                return error;
            return apply(db, account.value(), *plan);
        });
        if (last.code() != ErrorCode::Conflict)
            return last;
        qCDebug(lcPortal) << "portal attempt retried: the account changed concurrently";
    }
    return last;
}

Error PortalService::apply(QSqlDatabase& db, Account& account, const Plan& plan)
{
    if (plan.changed) {
        if (Error error = AccountRepository(db).save(account, AccountRepository::Writer::Portal))
            return error;
    }
    if (plan.lock) {
        if (Error error = openLockout(db, account))
            return error;
    }
    if (!plan.attemptKind.isEmpty()) {
        if (Error error
            = recordAttempt(db, account.id, plan.attemptKind, plan.attemptSuccess, plan.attemptOutcome, plan.at))
            return error;
    }
    return {};
}

Error PortalService::recordAttempt(QSqlDatabase& db, qint64 accountId, const QString& kind, bool success,
                                   const QString& outcome, const QDateTime& at)
{
    const SqlDialect dialect = SqlQuery::dialectOf(db);
    SqlQuery insert(db);
    if (Error error = insert.prepare(QStringLiteral("INSERT INTO login_attempts (account_id, attempted_at, kind,"
                                                    " success, outcome) VALUES (:account_id, :attempted_at, :kind,"
                                                    " :success, :outcome)")))
        return error;
    insert.bind(QStringLiteral(":account_id"), accountId);
    insert.bind(QStringLiteral(":attempted_at"), dialect.toSql(at));
    insert.bind(QStringLiteral(":kind"), kind);
    insert.bind(QStringLiteral(":success"), success);
    insert.bind(QStringLiteral(":outcome"), outcome);
    return insert.exec();
}

Error PortalService::openLockout(QSqlDatabase& db, const Account& account)
{
    // One open lockout per account (the schema says so too): if one is somehow still open, it
    // stands for this lock rather than failing the attempt and leaving the account unlocked.
    LockoutRepository lockouts(db);
    const Result<bool> alreadyOpen = lockouts.hasOpen(account.id);
    if (!alreadyOpen)
        return alreadyOpen.error();
    if (alreadyOpen.value()) {
        qCWarning(lcPortal) << "account" << account.id << "locked while a lockout was still open; kept that one";
        return {};
    }
    return lockouts.open(account.id, account.lockedAt, account.failedAttempts).error();
}
