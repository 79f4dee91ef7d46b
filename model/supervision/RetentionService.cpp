#include "supervision/RetentionService.h"

#include "agents/RefusalAudit.h"
#include "audit/AuditLog.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

namespace {

// One DELETE … WHERE <time> < :before of the purge; the rows it deleted.
Result<qint64> deleteOlder(QSqlDatabase& db, const QString& sql, const QVariant& before)
{
    SqlQuery query(db);
    if (Error e = query.prepare(sql))
        return e;
    query.bind(QStringLiteral(":before"), before);
    if (Error e = query.exec())
        return e;
    return qint64(query.numRowsAffected());
}

} // namespace

RetentionService::RetentionService(Database& database) : m_database(database)
{ }

Result<RetentionService::PurgeReport> RetentionService::purge(const AgentSession& session, int olderThanDays,
                                                              const QDateTime& now)
{
    if (!session.can(AgentSession::Permission::PurgeData))
        return RefusalAudit::record(m_database, session, AuditAction::Purge, Error(ErrorCode::Forbidden));
    if (olderThanDays < MinimumPurgeDays)
        return Error(ErrorCode::InvalidInput, QStringLiteral("at least %1 days").arg(MinimumPurgeDays));
    PurgeReport report;
    report.before = now.toUTC().addDays(-olderThanDays);
    const Error error = m_database.write([&](QSqlDatabase& db) -> Error {
        const QVariant before = SqlQuery::dialectOf(db).toSql(report.before);
        const Result<qint64> attempts
            = deleteOlder(db, QStringLiteral("DELETE FROM login_attempts WHERE attempted_at < :before"), before);
        if (!attempts)
            return attempts.error();
        report.loginAttempts = attempts.value();
        const Result<qint64> consultations
            = deleteOlder(db, QStringLiteral("DELETE FROM consultations WHERE consulted_at < :before"), before);
        if (!consultations)
            return consultations.error();
        report.consultations = consultations.value();
        // The identity checks' limit counts hours (PortalPolicy::IdentityCheckWindowHours): a month
        // and more is long past it.
        const Result<qint64> checks
            = deleteOlder(db, QStringLiteral("DELETE FROM identity_checks WHERE checked_at < :before"), before);
        if (!checks)
            return checks.error();
        report.identityChecks = checks.value();
        const QString counts
            = QStringLiteral("older_than_days=%1;login_attempts=%2;consultations=%3;identity_checks=%4")
                  .arg(olderThanDays)
                  .arg(report.loginAttempts)
                  .arg(report.consultations)
                  .arg(report.identityChecks);
        return AuditLog(db)
            .append(session.auditEntry(AuditAction::Purge, 0, 0, AuditActions::code(AuditOutcome::Ok), counts))
            .error();
    });
    if (error)
        return error;
    return report;
}
