#include "desk/CertificationService.h"

#include "agents/CallRepository.h"
#include "agents/RefusalAudit.h"
#include "audit/AuditLog.h"
#include "db/Database.h"
#include "desk/CallService.h"
#include "desk/IdempotencyStore.h"
#include "identity/CivilStatus.h"
#include "identity/PersonRepository.h"
#include "identity/RegisterRepository.h"

namespace {

constexpr AuditAction action = AuditAction::Certify;

} // namespace

CertificationService::CertificationService(Database& database) : m_database(database)
{ }

Result<ActionAnswer> CertificationService::certify(const AgentSession& session, qint64 callId,
                                                   const QString& idempotencyKey, const QDateTime& now,
                                                   const QString& reason)
{
    if (!session.can(AgentSession::Permission::CertifyNir))
        return RefusalAudit::record(m_database, session, action, Error(ErrorCode::Forbidden), callId);
    ActionAnswer answer;
    Error refusal;
    const Database::Work work = [&](QSqlDatabase& db) -> Error {
        answer = ActionAnswer{};
        answer.action = action;
        refusal = {};
        if (Error e = CallService::requireActiveAgent(db, session)) // before a stored answer too
            return refusal = e;
        const Result<Call> found = CallRepository(db).find(callId); // read once, for the key and the checks
        IdempotencyStore::Request request{idempotencyKey, session.agentId, AuditActions::code(action), callId, 0};
        if (!idempotencyKey.isEmpty()) {
            if (found)
                request.accountId = found->accountId;
            const Result<std::optional<ActionAnswer>> stored = IdempotencyStore(db).find(request);
            if (!stored && stored.error().code() == ErrorCode::IdempotencyKeyReused)
                return refusal = stored.error();
            if (!stored)
                return stored.error();
            if (stored.value()) {
                answer = *stored.value();
                return {};
            }
        }
        qint64 accountId = 0;
        Result<Call> call = CallService::verifiedCall(session, found, now);
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
        if (refusal)
            return refusal; // rolled back, then audited on its own (RefusalAudit)
        if (Error e = PersonRepository(db).certify(person->id, entry->reference, now, person->version))
            return e;
        if (Error e = AuditLog(db)
                          .append(session.auditEntry(action, callId, accountId, AuditActions::code(AuditOutcome::Ok),
                                                     reason.trimmed()))
                          .error())
            return e;
        answer.accountId = accountId;
        answer.certificationRef = entry->reference;
        if (!idempotencyKey.isEmpty())
            return IdempotencyStore(db).remember(request, answer);
        return {};
    };
    // A COMMIT lost with the connection is resolved by the key: run again, the work finds the stored
    // answer if the first run committed. Without a key nothing is retried blindly (OutcomeUnknown).
    const Error error
        = m_database.write(work, 8, idempotencyKey.isEmpty() ? Database::Replay::Never : Database::Replay::ByKey);
    if (error && refusal)
        return RefusalAudit::record(m_database, session, action, error, callId);
    if (error)
        return error;
    return answer;
}
