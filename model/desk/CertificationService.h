#pragma once

#include "agents/AgentSession.h"
#include "core/Error.h"
#include "desk/ActionAnswer.h"

#include <QDateTime>

class Database;

// Certifies a caller's NIR against the national-register stand-in: certified with the
// register's reference when the civil status matches, refused naming the fields that differ
// otherwise; provisional numbers never. Supervisors (and admins) only. Same guarantees as
// HelpdeskService: verified caller, one transaction, idempotency key, audit event.
class CertificationService
{
public:
    explicit CertificationService(Database& database);

    // reason: why the supervisor certifies (the desk asks for it), kept in the audit trail.
    Result<ActionAnswer> certify(const AgentSession& session, qint64 callId, const QString& idempotencyKey = {},
                                 const QDateTime& now = QDateTime::currentDateTimeUtc(), const QString& reason = {});

private:
    Database& m_database;
};
