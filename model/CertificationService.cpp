#include "CertificationService.h"

#include "AuditLog.h"
#include "CallService.h"
#include "CivilStatus.h"
#include "Database.h"
#include "IdempotencyStore.h"
#include "PersonRepository.h"
#include "RegisterRepository.h"

#include <QJsonArray>

namespace {

const QString action = QStringLiteral("certify");

} // namespace

CertificationService::CertificationService(Database& database) : m_database(database)
{ }

Result<QJsonObject> CertificationService::certify(const AgentSession& session, qint64 callId,
                                                  const QString& idempotencyKey, const QDateTime& now,
                                                  const QString& reason)
{
    QJsonObject answer;
    Error refusal;
    const Error error = m_database.write([&](QSqlDatabase& db) -> Error {
        answer = QJsonObject();
        refusal = {};
        if (!session.can(AgentSession::Permission::CertifyNir))
            refusal = Error(ErrorCode::Forbidden);
        if (!refusal && !idempotencyKey.isEmpty()) {
            const Result<std::optional<QJsonObject>> stored
                = IdempotencyStore(db).find(idempotencyKey, session.agentId, action);
            if (!stored)
                return stored.error();
            if (stored.value()) {
                answer = *stored.value();
                answer.insert(QStringLiteral("replayed"), true);
                return {};
            }
        }
        qint64 accountId = 0;
        Result<Call> call = CallService::requireVerifiedCall(db, session, callId, now);
        if (!refusal && !call)
            refusal = call.error();
        if (call)
            accountId = call->accountId;
        Result<Person> person = Error(ErrorCode::NothingLookedUp);
        if (!refusal) {
            person = PersonRepository(db).findById(call->personId);
            if (!person)
                return person.error();
            if (person->nir.isProvisional())
                refusal = Error(ErrorCode::ProvisionalNir);
            else if (person->certified)
                refusal = Error(ErrorCode::AlreadyCertified);
        }
        Result<RegisterEntry> entry = Error(ErrorCode::NotFound);
        if (!refusal) {
            entry = RegisterRepository(db).findByNir(person->nir);
            if (!entry) {
                if (entry.error().code() != ErrorCode::NotFound)
                    return entry.error();
                refusal = Error(ErrorCode::NotInRegister);
            }
        }
        if (!refusal) {
            const QStringList fields = person->civilStatus.differingFields(entry->civilStatus);
            if (!fields.isEmpty())
                refusal = Error(ErrorCode::RegisterMismatch).withContext(QStringLiteral("fields"), fields);
        }
        if (refusal) {
            // A refusal is an answer worth a trace; it commits nothing else.
            return AuditLog(db)
                .append(session.auditEntry(action, callId, accountId, refusal.codeName(), reason.trimmed()))
                .error();
        }
        if (Error e = PersonRepository(db).certify(person->id, entry->reference, now, person->version))
            return e;
        if (Error e = AuditLog(db)
                          .append(session.auditEntry(action, callId, accountId, QStringLiteral("ok"), reason.trimmed()))
                          .error())
            return e;
        answer.insert(QStringLiteral("action"), action);
        answer.insert(QStringLiteral("certified"), true);
        answer.insert(QStringLiteral("certification_ref"), entry->reference);
        if (accountId > 0)
            answer.insert(QStringLiteral("account_id"), accountId);
        if (!idempotencyKey.isEmpty())
            return IdempotencyStore(db).remember(idempotencyKey, session.agentId, action, accountId, answer);
        return {};
    });
    if (error)
        return error;
    if (refusal)
        return refusal;
    return answer;
}
