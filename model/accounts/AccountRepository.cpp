#include "accounts/AccountRepository.h"

#include "core/CodeDigest.h"
#include "db/SqlQuery.h"

namespace {

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

Result<Account> readAccount(SqlQuery& query)
{
    if (Error error = query.exec())
        return error;
    if (!query.next())
        return Error(ErrorCode::NotFound);
    Account account;
    account.id = query.value(QStringLiteral("id")).toLongLong();
    account.personId = query.value(QStringLiteral("person_id")).toLongLong();
    account.email = query.value(QStringLiteral("email")).toString();
    if (!Account::parseStatus(query.value(QStringLiteral("status")).toString(), &account.status))
        return Error(ErrorCode::DatabaseError, QStringLiteral("unknown account status"));
    account.failedAttempts = query.value(QStringLiteral("failed_attempts")).toInt();
    account.lastFailedAt = SqlDialect::toDateTime(query.value(QStringLiteral("last_failed_at")));
    account.lockedAt = SqlDialect::toDateTime(query.value(QStringLiteral("locked_at")));
    account.tempPasswordIssuedAt = SqlDialect::toDateTime(query.value(QStringLiteral("temp_password_issued_at")));
    account.tempPasswordExpiresAt = SqlDialect::toDateTime(query.value(QStringLiteral("temp_password_expires_at")));
    account.tempPasswordUsedAt = SqlDialect::toDateTime(query.value(QStringLiteral("temp_password_used_at")));
    account.passwordChangedAt = SqlDialect::toDateTime(query.value(QStringLiteral("password_changed_at")));
    account.secretQuestion = query.value(QStringLiteral("secret_question")).toString();
    if (query.value(QStringLiteral("withheld")).toBool()) {
        // A desk's read: whether each hash is set, not the hash (AccountRepository::withheldHash).
        if (query.value(QStringLiteral("has_temp_password")).toBool())
            account.tempPasswordHash = AccountRepository::withheldHash();
        if (query.value(QStringLiteral("has_password")).toBool())
            account.passwordHash = AccountRepository::withheldHash();
        if (query.value(QStringLiteral("has_email_code")).toBool())
            account.emailCodeHash = AccountRepository::withheldHash();
    } else {
        account.tempPasswordHash = query.value(QStringLiteral("temp_password_hash")).toString();
        account.passwordHash = query.value(QStringLiteral("password_hash")).toString();
        account.secretAnswerHash = query.value(QStringLiteral("secret_answer_hash")).toString();
        account.emailCodeHash = query.value(QStringLiteral("email_code_hash")).toString();
    }
    account.pendingEmail = query.value(QStringLiteral("pending_email")).toString();
    account.emailCodeExpiresAt = SqlDialect::toDateTime(query.value(QStringLiteral("email_code_expires_at")));
    account.emailCodeAttempts = query.value(QStringLiteral("email_code_attempts")).toInt();
    account.version = query.value(QStringLiteral("version")).toInt();
    account.deskVersion = query.value(QStringLiteral("desk_version")).toInt();
    account.loadedDeskState = account.deskState();
    account.createdAt = SqlDialect::toDateTime(query.value(QStringLiteral("created_at")));
    return account;
}

} // namespace

Account::State Account::state(const QDateTime& now) const
{
    switch (status) {
    case Status::Active:
        return State::Active;
    case Status::Locked:
        return State::Locked;
    case Status::PendingActivation:
        if (tempPasswordExpiresAt.isValid() && tempPasswordExpiresAt <= now)
            return State::TemporaryExpired;
        return State::PendingActivation;
    }
    return State::NoAccount;
}

QString Account::statusName(Status status)
{
    switch (status) {
    case Status::PendingActivation:
        return QStringLiteral("pending_activation");
    case Status::Active:
        return QStringLiteral("active");
    case Status::Locked:
        return QStringLiteral("locked");
    }
    return {};
}

bool Account::parseStatus(const QString& name, Status* status)
{
    for (Status candidate : {Status::PendingActivation, Status::Active, Status::Locked}) {
        if (statusName(candidate) == name) {
            *status = candidate;
            return true;
        }
    }
    return false;
}

QString Account::stateName(State state)
{
    switch (state) {
    case State::NoAccount:
        return QStringLiteral("no_account");
    case State::PendingActivation:
        return QStringLiteral("pending_activation");
    case State::Active:
        return QStringLiteral("active");
    case State::Locked:
        return QStringLiteral("locked");
    case State::TemporaryExpired:
        return QStringLiteral("temporary_expired");
    }
    return {};
}

AccountRepository::AccountRepository(const QSqlDatabase& db, Writer as) : m_db(db), m_as(as)
{ }

Result<qint64> AccountRepository::add(const Account& account)
{
    const SqlDialect dialect = SqlQuery::dialectOf(m_db);
    SqlQuery insert(m_db);
    if (Error error = insert.prepare(QStringLiteral(
            "INSERT INTO accounts (person_id, email, status, failed_attempts, last_failed_at, locked_at,"
            " temp_password_hash, temp_password_issued_at, temp_password_expires_at, temp_password_used_at,"
            " password_hash, password_changed_at, secret_question, secret_answer_hash)"
            " VALUES (:person_id, :email, :status, :failed_attempts, :last_failed_at, :locked_at,"
            " :temp_password_hash, :temp_password_issued_at, :temp_password_expires_at, :temp_password_used_at,"
            " :password_hash, :password_changed_at, :secret_question, :secret_answer_hash) RETURNING id")))
        return error;
    insert.bind(QStringLiteral(":person_id"), account.personId);
    insert.bind(QStringLiteral(":email"), account.email);
    insert.bind(QStringLiteral(":status"), Account::statusName(account.status));
    insert.bind(QStringLiteral(":failed_attempts"), account.failedAttempts);
    insert.bind(QStringLiteral(":last_failed_at"), dialect.toSql(account.lastFailedAt));
    insert.bind(QStringLiteral(":locked_at"), dialect.toSql(account.lockedAt));
    insert.bind(QStringLiteral(":temp_password_hash"), nullableText(account.tempPasswordHash));
    insert.bind(QStringLiteral(":temp_password_issued_at"), dialect.toSql(account.tempPasswordIssuedAt));
    insert.bind(QStringLiteral(":temp_password_expires_at"), dialect.toSql(account.tempPasswordExpiresAt));
    insert.bind(QStringLiteral(":temp_password_used_at"), dialect.toSql(account.tempPasswordUsedAt));
    insert.bind(QStringLiteral(":password_hash"), nullableText(account.passwordHash));
    insert.bind(QStringLiteral(":password_changed_at"), dialect.toSql(account.passwordChangedAt));
    insert.bind(QStringLiteral(":secret_question"), nullableText(account.secretQuestion));
    insert.bind(QStringLiteral(":secret_answer_hash"), nullableText(account.secretAnswerHash));
    if (Error error = insert.exec())
        return error;
    if (!insert.next())
        return Error(ErrorCode::DatabaseError, QStringLiteral("INSERT RETURNING gave no id"));
    return insert.value(QStringLiteral("id")).toLongLong();
}

Result<Account> AccountRepository::findByPersonId(qint64 personId) const
{
    return find(QStringLiteral("person_id = :key"), QStringLiteral(":key"), personId);
}

Result<Account> AccountRepository::findById(qint64 id) const
{
    return find(QStringLiteral("id = :key"), QStringLiteral(":key"), id);
}

Result<Account> AccountRepository::find(const QString& where, const QString& key, qint64 value) const
{
    // A desk reads no hash (see the constructor); everyone else reads them all.
    const QString secrets = m_as == Writer::Desk
        ? QStringLiteral("TRUE AS withheld, has_password, has_temp_password, has_email_code")
        : QStringLiteral("FALSE AS withheld, temp_password_hash, password_hash, secret_answer_hash, email_code_hash");
    SqlQuery query(m_db);
    if (Error error = query.prepare(
            QStringLiteral("SELECT id, person_id, email, status, failed_attempts, last_failed_at, locked_at,"
                           " temp_password_issued_at, temp_password_expires_at, temp_password_used_at,"
                           " password_changed_at, secret_question, pending_email,"
                           " email_code_expires_at, email_code_attempts, version, desk_version, created_at, ")
            + secrets + QStringLiteral(" FROM accounts WHERE ") + where))
        return error;
    query.bind(key, value);
    return readAccount(query);
}

Error AccountRepository::save(Account& account, Writer writer)
{
    bool moveDeskVersion = false;
    switch (writer) {
    case Writer::Desk:
        moveDeskVersion = true;
        break;
    case Writer::Portal:
        moveDeskVersion = !(account.deskState() == account.loadedDeskState);
        break;
    case Writer::MailService:
        break;
    }
    const int deskVersion = account.deskVersion + (moveDeskVersion ? 1 : 0);
    const SqlDialect dialect = SqlQuery::dialectOf(m_db);
    // A desk writes only what a desk changes: never a hash (its groups may not, on PostgreSQL).
    const bool desk = writer == Writer::Desk;
    SqlQuery update(m_db);
    if (Error error = update.prepare(
            QStringLiteral("UPDATE accounts SET email = :email, status = :status, failed_attempts = :failed_attempts,"
                           " last_failed_at = :last_failed_at, locked_at = :locked_at,")
            + (desk ? QString()
                    : QStringLiteral(
                        " temp_password_hash = :temp_password_hash, temp_password_issued_at = :temp_password_issued_at,"
                        " temp_password_expires_at = :temp_password_expires_at,"
                        " temp_password_used_at = :temp_password_used_at, password_hash = :password_hash,"
                        " password_changed_at = :password_changed_at, secret_question = :secret_question,"
                        " secret_answer_hash = :secret_answer_hash,"))
            + (desk ? QString() : QStringLiteral(" email_code_hash = :email_code_hash,"))
            + QStringLiteral(
                " pending_email = :pending_email,"
                " email_code_expires_at = :email_code_expires_at, email_code_attempts = :email_code_attempts,"
                " version = version + 1, desk_version = :desk_version, updated_at = :updated_at"
                " WHERE id = :id AND version = :version")))
        return error;
    update.bind(QStringLiteral(":email"), account.email);
    update.bind(QStringLiteral(":status"), Account::statusName(account.status));
    update.bind(QStringLiteral(":failed_attempts"), account.failedAttempts);
    update.bind(QStringLiteral(":last_failed_at"), dialect.toSql(account.lastFailedAt));
    update.bind(QStringLiteral(":locked_at"), dialect.toSql(account.lockedAt));
    if (!desk) {
        update.bind(QStringLiteral(":temp_password_hash"), nullableText(account.tempPasswordHash));
        update.bind(QStringLiteral(":temp_password_issued_at"), dialect.toSql(account.tempPasswordIssuedAt));
        update.bind(QStringLiteral(":temp_password_expires_at"), dialect.toSql(account.tempPasswordExpiresAt));
        update.bind(QStringLiteral(":temp_password_used_at"), dialect.toSql(account.tempPasswordUsedAt));
        update.bind(QStringLiteral(":password_hash"), nullableText(account.passwordHash));
        update.bind(QStringLiteral(":password_changed_at"), dialect.toSql(account.passwordChangedAt));
        update.bind(QStringLiteral(":secret_question"), nullableText(account.secretQuestion));
        update.bind(QStringLiteral(":secret_answer_hash"), nullableText(account.secretAnswerHash));
    }
    update.bind(QStringLiteral(":pending_email"), nullableText(account.pendingEmail));
    if (!desk)
        update.bind(QStringLiteral(":email_code_hash"), nullableText(account.emailCodeHash));
    update.bind(QStringLiteral(":email_code_expires_at"), dialect.toSql(account.emailCodeExpiresAt));
    update.bind(QStringLiteral(":email_code_attempts"), account.emailCodeAttempts);
    update.bind(QStringLiteral(":updated_at"), dialect.toSql(QDateTime::currentDateTimeUtc()));
    update.bind(QStringLiteral(":id"), account.id);
    update.bind(QStringLiteral(":version"), account.version);
    update.bind(QStringLiteral(":desk_version"), deskVersion);
    if (Error error = update.exec())
        return error;
    if (update.numRowsAffected() == 1) {
        ++account.version;
        account.deskVersion = deskVersion;
        account.loadedDeskState = account.deskState();
        return {};
    }
    // Nothing matched: the account moved on (or vanished) since it was read.
    const Result<Account> current = findById(account.id);
    if (!current)
        return current.error();
    return Error(ErrorCode::Conflict, QStringLiteral("account version changed"));
}

Result<bool> AccountRepository::emailCodeMatches(qint64 accountId, const QString& code) const
{
    const bool server = SqlQuery::dialectOf(m_db).isPostgreSql();
    SqlQuery query(m_db);
    if (Error error = query.prepare(server ? QStringLiteral("SELECT guichet_email_code_matches(:id, :code) AS matches")
                                           : QStringLiteral("SELECT email_code_hash FROM accounts WHERE id = :id")))
        return error;
    query.bind(QStringLiteral(":id"), accountId);
    if (server)
        query.bind(QStringLiteral(":code"), code);
    if (Error error = query.exec())
        return error;
    if (!query.next())
        return false;
    return server ? query.value(QStringLiteral("matches")).toBool()
                  : CodeDigest::matches(query.value(QStringLiteral("email_code_hash")).toString(), code);
}
