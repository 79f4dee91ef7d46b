#include "accounts/EmailChangeRepository.h"

#include "core/PortalPolicy.h"
#include "db/SqlQuery.h"

namespace {

const QString Columns
    = QStringLiteral("id, account_id, previous_email, new_email, changed_at, waiting_until, agent_id, call_id,"
                     " notice_mail_id, refusal_attempts, refused_at, ");

QString secretColumns(EmailChangeRepository::Reader reader)
{
    return reader == EmailChangeRepository::Reader::Desk ? QStringLiteral("TRUE AS withheld, has_refusal_code")
                                                         : QStringLiteral("FALSE AS withheld, refusal_code_hash");
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

bool EmailChange::underReview(const QDateTime& now) const
{
    return changedAt.isValid() && now < changedAt.addDays(PortalPolicy::EmailChangeReviewDays);
}

QDateTime EmailChange::waitingEnd(const QDateTime& changedAt)
{
    return changedAt.addSecs(qint64(PortalPolicy::EmailChangeWaitingHours) * 3600);
}

EmailChangeRepository::EmailChangeRepository(const QSqlDatabase& db, Reader reader) : m_db(db), m_reader(reader)
{ }

Result<qint64> EmailChangeRepository::add(const EmailChange& change)
{
    const SqlDialect dialect = SqlQuery::dialectOf(m_db);
    SqlQuery insert(m_db);
    if (Error error = insert.prepare(
            QStringLiteral("INSERT INTO email_changes (account_id, previous_email, new_email, changed_at,"
                           " waiting_until, agent_id, call_id, notice_mail_id) VALUES (:account_id, :previous_email,"
                           " :new_email, :changed_at, :waiting_until, :agent_id, :call_id, :notice_mail_id)"
                           " RETURNING id")))
        return error;
    insert.bind(QStringLiteral(":account_id"), change.accountId);
    insert.bind(QStringLiteral(":previous_email"), change.previousEmail);
    insert.bind(QStringLiteral(":new_email"), change.newEmail);
    insert.bind(QStringLiteral(":changed_at"), dialect.toSql(change.changedAt));
    insert.bind(QStringLiteral(":waiting_until"), dialect.toSql(change.waitingUntil));
    insert.bind(QStringLiteral(":agent_id"), nullableId(change.agentId));
    insert.bind(QStringLiteral(":call_id"), nullableId(change.callId));
    insert.bind(QStringLiteral(":notice_mail_id"), nullableId(change.noticeMailId));
    if (Error error = insert.exec())
        return error;
    if (!insert.next())
        return Error(ErrorCode::DatabaseError, QStringLiteral("INSERT RETURNING gave no id"));
    return insert.value(QStringLiteral("id")).toLongLong();
}

Result<std::optional<EmailChange>> EmailChangeRepository::latest(qint64 accountId) const
{
    return findOne(QStringLiteral("SELECT ") + Columns + secretColumns(m_reader)
                       + QStringLiteral(" FROM email_changes WHERE account_id = :key ORDER BY id DESC LIMIT 1"),
                   QStringLiteral(":key"), accountId);
}

Result<std::optional<EmailChange>> EmailChangeRepository::findByNotice(qint64 mailId) const
{
    return findOne(QStringLiteral("SELECT ") + Columns + secretColumns(m_reader)
                       + QStringLiteral(" FROM email_changes WHERE notice_mail_id = :key ORDER BY id DESC LIMIT 1"),
                   QStringLiteral(":key"), mailId);
}

Result<std::optional<EmailChange>> EmailChangeRepository::findOne(const QString& sql, const QString& placeholder,
                                                                  qint64 value) const
{
    SqlQuery query(m_db);
    if (Error error = query.prepare(sql))
        return error;
    query.bind(placeholder, value);
    if (Error error = query.exec())
        return error;
    if (!query.next())
        return std::optional<EmailChange>();
    EmailChange change;
    change.id = query.value(QStringLiteral("id")).toLongLong();
    change.accountId = query.value(QStringLiteral("account_id")).toLongLong();
    change.previousEmail = query.value(QStringLiteral("previous_email")).toString();
    change.newEmail = query.value(QStringLiteral("new_email")).toString();
    change.changedAt = SqlDialect::toDateTime(query.value(QStringLiteral("changed_at")));
    change.waitingUntil = SqlDialect::toDateTime(query.value(QStringLiteral("waiting_until")));
    change.agentId = query.value(QStringLiteral("agent_id")).toLongLong();
    change.callId = query.value(QStringLiteral("call_id")).toLongLong();
    change.noticeMailId = query.value(QStringLiteral("notice_mail_id")).toLongLong();
    if (!query.value(QStringLiteral("withheld")).toBool())
        change.refusalCodeHash = query.value(QStringLiteral("refusal_code_hash")).toString();
    else if (query.value(QStringLiteral("has_refusal_code")).toBool())
        change.refusalCodeHash = QStringLiteral("withheld");
    change.refusalAttempts = query.value(QStringLiteral("refusal_attempts")).toInt();
    change.refusedAt = SqlDialect::toDateTime(query.value(QStringLiteral("refused_at")));
    return std::optional<EmailChange>(change);
}

Error EmailChangeRepository::setRefusalCodeHash(qint64 id, const QString& hash)
{
    SqlQuery update(m_db);
    if (Error error = update.prepare(
            QStringLiteral("UPDATE email_changes SET refusal_code_hash = :hash, refusal_attempts = 0 WHERE id = :id")))
        return error;
    update.bind(QStringLiteral(":hash"), hash);
    update.bind(QStringLiteral(":id"), id);
    return update.exec();
}

Error EmailChangeRepository::countRefusalAttempt(qint64 id)
{
    SqlQuery update(m_db);
    if (Error error = update.prepare(
            QStringLiteral("UPDATE email_changes SET refusal_attempts = refusal_attempts + 1 WHERE id = :id")))
        return error;
    update.bind(QStringLiteral(":id"), id);
    return update.exec();
}

Error EmailChangeRepository::markRefused(qint64 id, const QDateTime& at)
{
    SqlQuery update(m_db);
    if (Error error = update.prepare(
            QStringLiteral("UPDATE email_changes SET refused_at = :at WHERE id = :id AND refused_at IS NULL")))
        return error;
    update.bind(QStringLiteral(":at"), SqlQuery::dialectOf(m_db).toSql(at));
    update.bind(QStringLiteral(":id"), id);
    if (Error error = update.exec())
        return error;
    if (update.numRowsAffected() != 1)
        return Error(ErrorCode::Conflict, QStringLiteral("the change was refused meanwhile"));
    return {};
}

Error EmailChangeRepository::cancelApprovals(qint64 id, const QDateTime& at)
{
    SqlQuery update(m_db);
    if (Error error = update.prepare(QStringLiteral(
            "UPDATE reissue_approvals SET cancelled_at = :at WHERE email_change_id = :id AND cancelled_at IS NULL")))
        return error;
    update.bind(QStringLiteral(":at"), SqlQuery::dialectOf(m_db).toSql(at));
    update.bind(QStringLiteral(":id"), id);
    return update.exec();
}
