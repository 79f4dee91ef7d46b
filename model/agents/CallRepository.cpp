#include "agents/CallRepository.h"

#include "db/SqlQuery.h"

CallRepository::CallRepository(const QSqlDatabase& db) : m_db(db)
{ }

Result<qint64> CallRepository::start(qint64 agentId, const QString& workstation, const QString& reason,
                                     const QDateTime& now)
{
    SqlQuery insert(m_db);
    if (Error error
        = insert.prepare(QStringLiteral("INSERT INTO calls (agent_id, workstation, reason, started_at)"
                                        " VALUES (:agent_id, :workstation, :reason, :started_at) RETURNING id")))
        return error;
    insert.bind(QStringLiteral(":agent_id"), agentId);
    insert.bind(QStringLiteral(":workstation"), workstation.isNull() ? QStringLiteral("") : workstation);
    insert.bind(QStringLiteral(":reason"), reason);
    insert.bind(QStringLiteral(":started_at"), SqlQuery::dialectOf(m_db).toSql(now));
    if (Error error = insert.exec())
        return error;
    if (!insert.next())
        return Error(ErrorCode::DatabaseError, QStringLiteral("INSERT RETURNING gave no id"));
    return insert.value(QStringLiteral("id")).toLongLong();
}

Result<Call> CallRepository::find(qint64 id) const
{
    SqlQuery query(m_db);
    if (Error error = query.prepare(QStringLiteral(
            "SELECT id, agent_id, workstation, reason, person_id, account_id, seen_account_version, started_at,"
            " ended_at, outcome, note, verified_at, verification_failures FROM calls WHERE id = :id")))
        return error;
    query.bind(QStringLiteral(":id"), id);
    if (Error error = query.exec())
        return error;
    if (!query.next())
        return Error(ErrorCode::NotFound);
    Call call;
    call.id = query.value(QStringLiteral("id")).toLongLong();
    call.agentId = query.value(QStringLiteral("agent_id")).toLongLong();
    call.workstation = query.value(QStringLiteral("workstation")).toString();
    call.reason = query.value(QStringLiteral("reason")).toString();
    call.personId = query.value(QStringLiteral("person_id")).toLongLong();
    call.accountId = query.value(QStringLiteral("account_id")).toLongLong();
    call.seenAccountVersion = query.value(QStringLiteral("seen_account_version")).toInt();
    call.startedAt = SqlDialect::toDateTime(query.value(QStringLiteral("started_at")));
    call.endedAt = SqlDialect::toDateTime(query.value(QStringLiteral("ended_at")));
    call.outcome = query.value(QStringLiteral("outcome")).toString();
    call.note = query.value(QStringLiteral("note")).toString();
    call.verifiedAt = SqlDialect::toDateTime(query.value(QStringLiteral("verified_at")));
    call.verificationFailures = query.value(QStringLiteral("verification_failures")).toInt();
    return call;
}

Error CallRepository::setSubject(qint64 callId, qint64 personId, qint64 accountId, int seenVersion, bool samePerson)
{
    SqlQuery update(m_db);
    if (Error error = update.prepare(QStringLiteral(
            "UPDATE calls SET person_id = :person_id, account_id = :account_id, seen_account_version = :seen,"
            " verified_at = CASE WHEN :same THEN verified_at ELSE NULL END WHERE id = :id")))
        return error;
    update.bind(QStringLiteral(":person_id"), personId);
    update.bind(QStringLiteral(":account_id"),
                accountId > 0 ? QVariant(accountId) : QVariant(QMetaType::fromType<qint64>()));
    update.bind(QStringLiteral(":seen"), seenVersion);
    update.bind(QStringLiteral(":same"), samePerson);
    update.bind(QStringLiteral(":id"), callId);
    return update.exec();
}

Error CallRepository::setSeenVersion(qint64 callId, int version)
{
    SqlQuery update(m_db);
    if (Error error = update.prepare(QStringLiteral("UPDATE calls SET seen_account_version = :seen WHERE id = :id")))
        return error;
    update.bind(QStringLiteral(":seen"), version);
    update.bind(QStringLiteral(":id"), callId);
    return update.exec();
}

Error CallRepository::recordVerification(qint64 callId, bool passed, const QDateTime& now)
{
    SqlQuery update(m_db);
    if (passed) {
        if (Error error = update.prepare(QStringLiteral("UPDATE calls SET verified_at = :now WHERE id = :id")))
            return error;
        update.bind(QStringLiteral(":now"), SqlQuery::dialectOf(m_db).toSql(now));
    } else {
        if (Error error
            = update.prepare(QStringLiteral("UPDATE calls SET verification_failures = verification_failures + 1,"
                                            " verified_at = NULL WHERE id = :id")))
            return error;
    }
    update.bind(QStringLiteral(":id"), callId);
    return update.exec();
}

Error CallRepository::end(qint64 callId, const QString& outcome, const QString& note, const QDateTime& now)
{
    SqlQuery update(m_db);
    if (Error error = update.prepare(QStringLiteral(
            "UPDATE calls SET ended_at = :now, outcome = :outcome, note = :note WHERE id = :id AND ended_at IS NULL")))
        return error;
    update.bind(QStringLiteral(":now"), SqlQuery::dialectOf(m_db).toSql(now));
    update.bind(QStringLiteral(":outcome"), outcome);
    update.bind(QStringLiteral(":note"), note.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(note));
    update.bind(QStringLiteral(":id"), callId);
    if (Error error = update.exec())
        return error;
    return update.numRowsAffected() == 1 ? Error() : Error(ErrorCode::Conflict, QStringLiteral("call already ended"));
}

Result<QList<CallRecord>> CallRepository::earlierCalls(qint64 personId, qint64 excludeCallId, int limit) const
{
    SqlQuery query(m_db);
    if (Error error = query.prepare(QStringLiteral(
            "SELECT c.id, c.started_at, c.reason, c.outcome, a.login FROM calls c JOIN agents a ON a.id = c.agent_id"
            " WHERE c.person_id = :person_id AND c.id <> :exclude ORDER BY c.started_at DESC, c.id DESC LIMIT :limit")))
        return error;
    query.bind(QStringLiteral(":person_id"), personId);
    query.bind(QStringLiteral(":exclude"), excludeCallId);
    query.bind(QStringLiteral(":limit"), limit);
    if (Error error = query.exec())
        return error;
    QList<CallRecord> records;
    while (query.next()) {
        CallRecord record;
        record.id = query.value(QStringLiteral("id")).toLongLong();
        record.startedAt = SqlDialect::toDateTime(query.value(QStringLiteral("started_at")));
        record.reason = query.value(QStringLiteral("reason")).toString();
        record.outcome = query.value(QStringLiteral("outcome")).toString();
        record.agentLogin = query.value(QStringLiteral("login")).toString();
        records.append(record);
    }
    return records;
}

Result<qint64> CallRepository::addConsultation(qint64 agentId, qint64 callId, qint64 personId,
                                               const QString& workstation, const QDateTime& now)
{
    SqlQuery insert(m_db);
    if (Error error = insert.prepare(
            QStringLiteral("INSERT INTO consultations (agent_id, call_id, person_id, consulted_at, workstation)"
                           " VALUES (:agent_id, :call_id, :person_id, :now, :workstation) RETURNING id")))
        return error;
    insert.bind(QStringLiteral(":agent_id"), agentId);
    insert.bind(QStringLiteral(":call_id"), callId);
    insert.bind(QStringLiteral(":person_id"), personId);
    insert.bind(QStringLiteral(":now"), SqlQuery::dialectOf(m_db).toSql(now));
    insert.bind(QStringLiteral(":workstation"), workstation.isNull() ? QStringLiteral("") : workstation);
    if (Error error = insert.exec())
        return error;
    if (!insert.next())
        return Error(ErrorCode::DatabaseError, QStringLiteral("INSERT RETURNING gave no id"));
    return insert.value(QStringLiteral("id")).toLongLong();
}
