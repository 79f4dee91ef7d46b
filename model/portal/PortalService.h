#pragma once

#include "core/Error.h"
#include "identity/CivilStatus.h"
#include "identity/Nir.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class Database;
struct Account;

// The portal's side of a portal account: registration, login, activation of a temporary password
// and reset with the secret answer, with the 5-attempt lock (PortalPolicy). It exists so that every
// desk action can be proven end to end and so that demo data holds real lockouts.
//
// Synchronous: each call is one write transaction (Database::write), retried from a fresh read when
// a concurrent call changed the account in the meantime. Argon2id work is done before the
// transaction whenever possible, so that the write lock is held for milliseconds. Every login,
// activation or reset attempt on an existing account writes a login_attempts row. Time is the
// caller's (`now`/`at`), never the clock, so that a simulator can replay days.
//
// Answers are outcomes; an Error means bad input (InvalidInput), no such account (NotFound, for
// activate and resetWithSecret) or a database failure.
class PortalService
{
public:
    struct Registration
    {
        Nir nir;
        CivilStatus civilStatus;
        QString email;
        QString secretQuestion;
        QString secretAnswer;
    };

    enum class RegisterOutcome { Registered, NotIdentified, NirNotCertified, AlreadyRegistered };
    enum class LoginOutcome { Ok, MustChangePassword, WrongPassword, Locked, TemporaryExpired, UnknownAccount };
    enum class ActivateOutcome { Activated, WrongPassword, TemporaryExpired, WeakPassword, Locked };
    enum class ResetOutcome { Reset, WrongAnswer, WeakPassword, Locked };

    struct LoginResult
    {
        LoginOutcome outcome = LoginOutcome::UnknownAccount;
        int failedAttempts = 0; // the account's consecutive failures after this attempt
    };

    // A call whose account keeps changing under it gives up (Conflict) after this many tries.
    static constexpr int MaxConcurrentRetries = 8;

    explicit PortalService(Database& database);

    // NotIdentified: no person has the NIR, or the folded civil status differs. NirNotCertified:
    // the person's NIR is not certified. AlreadyRegistered: the person has an account, unless it
    // is pending activation with an expired temporary password (then the registration starts
    // again: new e-mail and secret, expired temporary password dropped, a new one requested).
    // Registered: a pending account and a temporary-password request in the mail outbox.
    // InvalidInput: null NIR, incomplete civil status, invalid e-mail, empty question or answer.
    Result<RegisterOutcome> registerAccount(const Registration& registration, const QDateTime& now);

    // UnknownAccount when the NIR has no account (nothing is recorded then).
    Result<LoginResult> login(const Nir& nir, const QString& password, const QDateTime& at);

    // Sets the personal password with the temporary one. NotFound when the NIR has no account.
    Result<ActivateOutcome> activate(const Nir& nir, const QString& temporary, const QString& newPassword,
                                     const QDateTime& at);

    // Sets the personal password with the secret answer (folded like a civil status).
    // NotFound when the NIR has no account.
    Result<ResetOutcome> resetWithSecret(const Nir& nir, const QString& answer, const QString& newPassword,
                                         const QDateTime& at);

    // Stable names for JSON and the login_attempts.outcome column: "registered", "must_change_password"…
    static QString outcomeName(RegisterOutcome outcome);
    static QString outcomeName(LoginOutcome outcome);
    static QString outcomeName(ActivateOutcome outcome);
    static QString outcomeName(ResetOutcome outcome);

    // Sanity check, not RFC 5322: one @, something before it, a dot inside the domain, no empty
    // domain label, no white space or control character, at most MaxEmailLength characters.
    static bool isValidEmail(const QString& email);

private:
    class Secrets;
    struct Plan;
    using Decide = std::function<Error(Account& account, Secrets& secrets, Plan* plan)>;

    // Reads the account of nir before the transaction and lets decide() work on a copy (so that its
    // Argon2id work is done outside the write lock), then in the transaction reads it again,
    // decides again (cached results) and applies: the changed account saved with its version
    // check, the lockout, the attempt row at `at`. Retried from the read when the account changed
    // concurrently. NotFound when nir has no account.
    Error runOnAccount(const Nir& nir, const QDateTime& at, Secrets& secrets, const Decide& decide, Plan* plan);
    static Error apply(QSqlDatabase& db, Account& account, const Plan& plan);
    static Error recordAttempt(QSqlDatabase& db, qint64 accountId, const QString& kind, bool success,
                               const QString& outcome, const QDateTime& at);
    static Error openLockout(QSqlDatabase& db, const Account& account);

    Database& m_database;
};
