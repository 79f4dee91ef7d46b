#pragma once

#include <QString>
#include <QVariantMap>

#include <optional>
#include <utility>

// What the model answers when it refuses or fails. The code is the contract (tests assert on it,
// the UI and guichetctl turn it into translated text through ErrorText); the detail is technical
// context for logs and never holds personal data (no NIR, name or e-mail address).
enum class ErrorCode {
    None,
    InvalidInput,
    NotFound,
    Duplicate,
    DatabaseUnavailable,
    DatabaseError,
    SchemaTooNew,
    Busy,
    Conflict, // someone changed the record since it was read
    Forbidden, // the signed-in role may not do this
    NotVerified, // the caller's identity was not verified in this call (or the pass expired)
    Unauthenticated,
    AgentDisabled, // the agent's login is disabled by an admin (told only to whoever gives its right password)
    CallNotOpen, // no such call for this agent, or it has ended
    NothingLookedUp, // the call has no caller looked up yet
    VerificationExhausted, // 3 failed identity checks: the call may no longer act
    NoAccount, // the person has no portal account
    NotLocked, // unlock asked for an account that is not locked
    ProvisionalNir, // a provisional number is never certified
    AlreadyCertified,
    NotInRegister, // the national register has no entry for this NIR
    RegisterMismatch, // the register's civil status differs (context "fields")
    NoPendingChange, // no e-mail change waits for a code
    CodeNotSent, // the confirmation code has not been delivered yet
    CodeExpired,
    WrongCode, // context "remaining_attempts"
    CodeAttemptsExhausted,
    IdempotencyKeyReused, // the key was used for another action or by another agent
    MailRelayRefused, // the mail relay refuses the service itself (credentials, sender, TLS): delivery pauses
    DeliveryFailed, // some mail that was due was not sent (mailer run --once)
    PasswordFileUnreadable, // --database-password-file / --smtp-password-file: missing, unreadable or empty
    // Why a database connection or statement failed (DatabaseFailure classifies libpq's and the
    // server's words); the server's first line is the detail.
    DatabaseAuthenticationFailed, // wrong login or password, or no pg_hba.conf line lets it in
    DatabaseCertificateInvalid, // context "reason" (host_name, not_trusted), "expected_host", "certificate_names"
    DatabaseUnreachable, // no server answers at that address (refused, unknown host, timeout)
    DatabaseBadOption, // a connection option is wrong, or a file it names cannot be read
    DatabasePermissionDenied, // the login lacks a privilege (SQLSTATE 42501, CONNECT, read-only file)
    DatabaseMissing, // no database of that name on the server
    SchemaUpgradeNeeded, // the schema is older than this build (or absent): an administrator migrates
    SchemaOwnerRequired, // migrating needs the schema owner's login
    // An SQLite file that cannot serve as the desk's database; context "path" is the full path.
    DatabaseFileMissing, // no file at that path: the desk never creates one (guichetctl init does)
    DatabaseFileReadOnly, // the file (or its folder) may not be written by this user
    DatabaseFileCorrupt, // the file is not an SQLite database, or is damaged
    // Trust (issue I).
    IdentityChecksLimited, // this person failed too many identity checks across calls and agents
    ApprovalRequired, // a temporary password to a recently changed address waits for a supervisor's approval
    ChangeWaitingPeriod, // the previous address may still refuse the change (context "until")
    ChangeRefusedByOwner, // the previous address refused the change of address
    AuditKeyUnavailable, // the audit seal key is not on this machine
    CheckpointUnreadable, // an audit checkpoint file cannot be read, or is not a checkpoint
    ConnectionLost, // the database connection dropped; reconnecting
    OutcomeUnknown, // the connection dropped during a commit and its outcome could not be checked
};

// [[nodiscard]]: an Error returned and dropped is a bug the compiler reports (warnings are errors).
class [[nodiscard]] Error
{
public:
    Error() = default;
    Error(ErrorCode code, QString detail = {}) : m_code(code), m_detail(std::move(detail)) { }

    bool isError() const { return m_code != ErrorCode::None; }
    explicit operator bool() const { return isError(); }
    ErrorCode code() const { return m_code; }
    QString detail() const { return m_detail; }

    // Structured facts that come with a refusal (who changed the account, which fields differ…);
    // never personal data of a caller.
    QVariantMap context() const { return m_context; }
    Error& withContext(const QString& key, const QVariant& value)
    {
        m_context.insert(key, value);
        return *this;
    }

    // Stable machine-readable name ("not_found"), used in JSON output.
    static QString codeName(ErrorCode code);
    // The database failed (cannot be reached, refused the login, the statement failed…): not a
    // refusal of the request itself.
    static bool isDatabaseFailure(ErrorCode code);
    QString codeName() const { return codeName(m_code); }

private:
    ErrorCode m_code = ErrorCode::None;
    QString m_detail;
    QVariantMap m_context;
};

// A value or the Error that prevented it. value(), * and -> on a Result without one assert in
// debug builds (and in the sanitizer job).
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const
    {
        Q_ASSERT_X(m_value.has_value(), "Result::value", "no value: check ok() first");
        return *m_value;
    }
    T& value()
    {
        Q_ASSERT_X(m_value.has_value(), "Result::value", "no value: check ok() first");
        return *m_value;
    }
    const T& operator*() const { return value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};
