#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

// A portal account as stored. Hashes are Argon2id PHC strings; no secret is ever stored in clear.
struct Account
{
    enum class Status { PendingActivation, Active, Locked };
    // What the desk shows: the stored status, with "temporary password expired" told apart.
    enum class State { NoAccount, PendingActivation, Active, Locked, TemporaryExpired };

    qint64 id = 0;
    qint64 personId = 0;
    QString email;
    Status status = Status::PendingActivation;
    int failedAttempts = 0;
    QDateTime lastFailedAt;
    QDateTime lockedAt;
    QString tempPasswordHash;
    QDateTime tempPasswordIssuedAt;
    QDateTime tempPasswordExpiresAt;
    QDateTime tempPasswordUsedAt;
    QString passwordHash;
    QDateTime passwordChangedAt;
    QString secretQuestion;
    QString secretAnswerHash;
    QString pendingEmail; // a new address waiting for its confirmation code
    QString emailCodeHash;
    QDateTime emailCodeExpiresAt;
    int emailCodeAttempts = 0;
    int version = 0; // moves on every write: the repository's optimistic row check
    int deskVersion = 0; // moves when a desk acts or what a desk acts on changes (see DeskState)
    QDateTime createdAt;

    // What a desk's action depends on, besides the desk actions themselves: a change of any of
    // these moves deskVersion, whoever made it. The failed-attempt count, the secrets' hashes and
    // their dates do not.
    struct DeskState
    {
        Status status = Status::PendingActivation;
        QString email;
        QString pendingEmail;
        bool operator==(const DeskState& other) const
        {
            return status == other.status && email == other.email && pendingEmail == other.pendingEmail;
        }
    };
    DeskState deskState() const { return {status, email, pendingEmail}; }
    // The DeskState as read from the database (set by AccountRepository).
    DeskState loadedDeskState;

    State state(const QDateTime& now) const;

    static QString statusName(Status status);
    static bool parseStatus(const QString& name, Status* status);
    static QString
    stateName(State state); // "active", "locked", "pending_activation", "temporary_expired", "no_account"
};

class AccountRepository
{
public:
    // Who writes an account, which decides whether the write moves its deskVersion.
    enum class Writer {
        Desk, // an agent's action: always moves deskVersion (another desk must look again)
        Portal, // the holder or the portal's rules: moves it only when the DeskState changed
        MailService, // storing what a desk's own request caused: never moves it
    };

    // as: who reads and writes through this repository. A desk (Writer::Desk) never reads nor
    // writes the password, temporary password, secret-answer and e-mail code hashes (on PostgreSQL the desk
    // groups have no privilege on those columns: resources/sql/grants/groups.sql): an account read
    // for a desk carries a placeholder instead of each hash that is set (WithheldHash), enough for
    // passwordHash.isEmpty(); its save() writes only the columns a desk changes.
    explicit AccountRepository(const QSqlDatabase& db, Writer as = Writer::Portal);

    // What a desk's read puts in place of a hash that is set.
    static QString withheldHash() { return QStringLiteral("withheld"); }

    // Inserts every stored field of account (id and version are assigned). Duplicate when the
    // person already has an account.
    Result<qint64> add(const Account& account);
    Result<Account> findByPersonId(qint64 personId) const;
    Result<Account> findById(qint64 id) const;

    // Writes every mutable field of account and bumps its version, only if the stored version is
    // still account.version (optimistic check): Conflict otherwise, NotFound if it is gone.
    // On success account.version and account.deskVersion hold the new versions.
    Error save(Account& account, Writer writer);

    // Whether code is the e-mail confirmation code stored for the account (CodeDigest), without
    // reading it: on PostgreSQL the database checks it (guichet_email_code_matches, the desk groups
    // may not read the column); on SQLite, here. False when no code is stored.
    Result<bool> emailCodeMatches(qint64 accountId, const QString& code) const;

private:
    Result<Account> find(const QString& where, const QString& key, qint64 value) const;

    QSqlDatabase m_db;
    Writer m_as;
};
