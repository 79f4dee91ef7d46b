#include "supervision/RetentionService.h"

#include "agents/RefusalAudit.h"
#include "audit/AuditLog.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

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
        SqlQuery attempts(db);
        if (Error e = attempts.prepare(QStringLiteral("DELETE FROM login_attempts WHERE attempted_at < :before")))
            return e;
        attempts.bind(QStringLiteral(":before"), before);
        if (Error e = attempts.exec())
            return e;
        report.loginAttempts = attempts.numRowsAffected();
        SqlQuery consultations(db);
        if (Error e = consultations.prepare(QStringLiteral("DELETE FROM consultations WHERE consulted_at < :before")))
            return e;
        consultations.bind(QStringLiteral(":before"), before);
        if (Error e = consultations.exec())
            return e;
        report.consultations = consultations.numRowsAffected();
        // The identity checks' limit counts hours (PortalPolicy::IdentityCheckWindowHours): a month
        // and more is long past it.
        SqlQuery checks(db);
        if (Error e = checks.prepare(QStringLiteral("DELETE FROM identity_checks WHERE checked_at < :before")))
            return e;
        checks.bind(QStringLiteral(":before"), before);
        if (Error e = checks.exec())
            return e;
        report.identityChecks = checks.numRowsAffected();
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
