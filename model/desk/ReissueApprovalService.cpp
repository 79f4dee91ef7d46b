#include "desk/ReissueApprovalService.h"

#include "accounts/AccountRepository.h"
#include "accounts/EmailChangeRepository.h"
#include "agents/RefusalAudit.h"
#include "audit/AuditLog.h"
#include "core/Masking.h"
#include "core/PortalPolicy.h"
#include "core/TextLimits.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "desk/CallService.h"

namespace {

const QString SelectApprovals = QStringLiteral(
    "SELECT r.id, r.email_change_id, r.account_id, r.call_id, r.requested_by, g.login AS requested_by_login,"
    " r.requested_at, r.reason, r.approved_by, r.approved_at, p.nir, c.changed_at, c.waiting_until"
    " FROM reissue_approvals r JOIN email_changes c ON c.id = r.email_change_id"
    " JOIN accounts a ON a.id = r.account_id JOIN persons p ON p.id = a.person_id"
    " JOIN agents g ON g.id = r.requested_by");

QString requestReason(qint64 id)
{
    return QStringLiteral("request=%1").arg(id);
}

} // namespace

ReissueApprovalService::ReissueApprovalService(Database& database) : m_database(database)
{ }

Result<QList<ReissueApprovalService::Approval>> ReissueApprovalService::select(const QSqlDatabase& db,
                                                                               const QString& where,
                                                                               const QString& placeholder,
                                                                               const QVariant& value)
{
    SqlQuery query(db);
    if (Error error = query.prepare(SelectApprovals + QLatin1Char(' ') + where))
        return error;
    if (!placeholder.isEmpty())
        query.bind(placeholder, value);
    if (Error error = query.exec())
        return error;
    QList<Approval> approvals;
    while (query.next()) {
        Approval approval;
        approval.id = query.value(QStringLiteral("id")).toLongLong();
        approval.emailChangeId = query.value(QStringLiteral("email_change_id")).toLongLong();
        approval.accountId = query.value(QStringLiteral("account_id")).toLongLong();
        approval.callId = query.value(QStringLiteral("call_id")).toLongLong();
        approval.requestedBy = query.value(QStringLiteral("requested_by")).toLongLong();
        approval.requestedByLogin = query.value(QStringLiteral("requested_by_login")).toString();
        approval.requestedAt = SqlDialect::toDateTime(query.value(QStringLiteral("requested_at")));
        approval.reason = query.value(QStringLiteral("reason")).toString();
        approval.approvedBy = query.value(QStringLiteral("approved_by")).toLongLong();
        approval.approvedAt = SqlDialect::toDateTime(query.value(QStringLiteral("approved_at")));
        approval.maskedNir = Masking::nir(query.value(QStringLiteral("nir")).toString());
        approval.changedAt = SqlDialect::toDateTime(query.value(QStringLiteral("changed_at")));
        approval.waitingUntil = SqlDialect::toDateTime(query.value(QStringLiteral("waiting_until")));
        approvals.append(approval);
    }
    return approvals;
}

Result<qint64> ReissueApprovalService::requestIn(QSqlDatabase& db, const AgentSession& session, qint64 callId,
                                                 const EmailChange& change, const QString& reason, const QDateTime& now)
{
    SqlQuery existing(db);
    if (Error error = existing.prepare(QStringLiteral(
            "SELECT id FROM reissue_approvals WHERE email_change_id = :change AND cancelled_at IS NULL")))
        return error;
    existing.bind(QStringLiteral(":change"), change.id);
    if (Error error = existing.exec())
        return error;
    if (existing.next())
        return existing.value(QStringLiteral("id")).toLongLong();

    SqlQuery insert(db);
    if (Error error = insert.prepare(
            QStringLiteral("INSERT INTO reissue_approvals (email_change_id, account_id, requested_by, call_id,"
                           " requested_at, reason) VALUES (:change, :account, :agent, :call, :at, :reason)"
                           " RETURNING id")))
        return error;
    insert.bind(QStringLiteral(":change"), change.id);
    insert.bind(QStringLiteral(":account"), change.accountId);
    insert.bind(QStringLiteral(":agent"), session.agentId);
    insert.bind(QStringLiteral(":call"), callId > 0 ? QVariant(callId) : QVariant(QMetaType::fromType<qint64>()));
    insert.bind(QStringLiteral(":at"), SqlQuery::dialectOf(db).toSql(now));
    insert.bind(QStringLiteral(":reason"), reason.trimmed().left(TextLimits::Reason));
    if (Error error = insert.exec())
        return error;
    if (!insert.next())
        return Error(ErrorCode::DatabaseError, QStringLiteral("INSERT RETURNING gave no id"));
    const qint64 id = insert.value(QStringLiteral("id")).toLongLong();
    const Result<qint64> audited
        = AuditLog(db).append(session.auditEntry(AuditAction::ReissueApprovalRequested, callId, change.accountId,
                                                 AuditActions::code(AuditOutcome::Ok), requestReason(id)));
    if (!audited)
        return audited.error();
    return id;
}

Result<bool> ReissueApprovalService::approvedIn(const QSqlDatabase& db, qint64 emailChangeId)
{
    SqlQuery query(db);
    if (Error error = query.prepare(QStringLiteral(
            "SELECT id FROM reissue_approvals WHERE email_change_id = :change AND approved_at IS NOT NULL"
            " AND cancelled_at IS NULL")))
        return error;
    query.bind(QStringLiteral(":change"), emailChangeId);
    if (Error error = query.exec())
        return error;
    return query.next();
}

Result<ReissueApprovalService::Approval> ReissueApprovalService::request(const AgentSession& session, qint64 callId,
                                                                         const QString& reason, const QDateTime& now)
{
    if (!session.can(AgentSession::Permission::TakeCalls))
        return RefusalAudit::record(m_database, session, AuditAction::ReissueApprovalRequested,
                                    Error(ErrorCode::Forbidden), callId);
    Approval approval;
    const Error error = m_database.write([&](QSqlDatabase& db) -> Error {
        const Result<Call> call = CallService::requireVerifiedCall(db, session, callId, now);
        if (!call)
            return call.error();
        if (call->accountId == 0)
            return Error(ErrorCode::NoAccount);
        const Result<Account> account = AccountRepository(db).findById(call->accountId);
        if (!account)
            return account.error();
        const Result<std::optional<EmailChange>> change = EmailChangeRepository(db).latest(account->id);
        if (!change)
            return change.error();
        if (!change.value() || !change.value()->underReview(now))
            return Error(ErrorCode::NoPendingChange, QStringLiteral("no recent change of address at the desk"));
        if (change.value()->refused())
            return Error(ErrorCode::ChangeRefusedByOwner);
        if (account->email.compare(change.value()->newEmail, Qt::CaseInsensitive) != 0)
            return Error(ErrorCode::NoPendingChange, QStringLiteral("the address is no longer the changed one"));
        const Result<qint64> id = requestIn(db, session, callId, *change.value(), reason, now);
        if (!id)
            return id.error();
        const Result<QList<Approval>> found
            = select(db, QStringLiteral("WHERE r.id = :id"), QStringLiteral(":id"), id.value());
        if (!found)
            return found.error();
        if (found->isEmpty())
            return Error(ErrorCode::NotFound);
        approval = found->first();
        return {};
    });
    if (error)
        return RefusalAudit::record(m_database, session, AuditAction::ReissueApprovalRequested, error, callId);
    return approval;
}

Result<ReissueApprovalService::Approval> ReissueApprovalService::approve(const AgentSession& session, qint64 requestId,
                                                                         const QDateTime& now)
{
    if (!session.can(AgentSession::Permission::ReviewHistory))
        return RefusalAudit::record(m_database, session, AuditAction::ReissueApprovalGranted,
                                    Error(ErrorCode::Forbidden));
    Approval approval;
    qint64 accountId = 0;
    const Error error = m_database.write([&](QSqlDatabase& db) -> Error {
        const Result<QList<Approval>> found
            = select(db, QStringLiteral("WHERE r.id = :id"), QStringLiteral(":id"), requestId);
        if (!found)
            return found.error();
        if (found->isEmpty())
            return Error(ErrorCode::NotFound);
        approval = found->first();
        accountId = approval.accountId;
        const Result<std::optional<EmailChange>> change = EmailChangeRepository(db).latest(approval.accountId);
        if (!change)
            return change.error();
        // The holder refused, or a newer change replaced this one: nothing left to approve.
        if (!change.value() || change.value()->id != approval.emailChangeId || change.value()->refused())
            return Error(ErrorCode::ChangeRefusedByOwner);
        if (approval.requestedBy == session.agentId || change.value()->agentId == session.agentId)
            return Error(ErrorCode::Forbidden, QStringLiteral("four eyes: not one's own request"))
                .withContext(QStringLiteral("problem"), QStringLiteral("own_request"));
        if (approval.approved())
            return {};
        SqlQuery update(db);
        if (Error e
            = update.prepare(QStringLiteral("UPDATE reissue_approvals SET approved_by = :agent, approved_at = :at"
                                            " WHERE id = :id AND approved_at IS NULL AND cancelled_at IS NULL")))
            return e;
        update.bind(QStringLiteral(":agent"), session.agentId);
        update.bind(QStringLiteral(":at"), SqlQuery::dialectOf(db).toSql(now));
        update.bind(QStringLiteral(":id"), requestId);
        if (Error e = update.exec())
            return e;
        if (update.numRowsAffected() != 1)
            return Error(ErrorCode::Busy, QStringLiteral("the request changed meanwhile"));
        approval.approvedBy = session.agentId;
        approval.approvedAt = now;
        return AuditLog(db)
            .append(session.auditEntry(AuditAction::ReissueApprovalGranted, 0, approval.accountId,
                                       AuditActions::code(AuditOutcome::Ok), requestReason(requestId)))
            .error();
    });
    if (error)
        return RefusalAudit::record(m_database, session, AuditAction::ReissueApprovalGranted, error, 0, accountId);
    return approval;
}

Result<QList<ReissueApprovalService::Approval>> ReissueApprovalService::pending(const AgentSession& session,
                                                                                const QDateTime& now) const
{
    if (!session.can(AgentSession::Permission::ReviewHistory))
        return RefusalAudit::record(m_database, session, AuditAction::ReissueApprovalGranted,
                                    Error(ErrorCode::Forbidden));
    const Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    const Result<QList<Approval>> found = select(
        connection.value(),
        QStringLiteral("WHERE r.approved_at IS NULL AND r.cancelled_at IS NULL AND c.refused_at IS NULL"
                       " AND c.changed_at >= :since ORDER BY r.requested_at, r.id"),
        QStringLiteral(":since"), m_database.dialect().toSql(now.addDays(-PortalPolicy::EmailChangeReviewDays)));
    return found;
}
