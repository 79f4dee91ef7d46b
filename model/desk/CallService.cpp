#include "desk/CallService.h"

#include "agents/AgentRepository.h"
#include "agents/IdentityCheckRepository.h"
#include "agents/RefusalAudit.h"
#include "audit/AuditLog.h"
#include "core/PortalPolicy.h"
#include "core/TextLimits.h"
#include "db/Database.h"
#include "desk/AccountLookupService.h"
#include "desk/CallCatalog.h"
#include "identity/PersonRepository.h"

CallService::CallService(Database& database) : m_database(database)
{ }

bool CallService::passIsFresh(const Call& call, const QDateTime& now)
{
    return call.verificationFailures < PortalPolicy::VerificationMaxFailures && passIsFresh(call.verifiedAt, now);
}

bool CallService::passIsFresh(const QDateTime& passedAt, const QDateTime& now)
{
    constexpr qint64 ClockToleranceSeconds = 60;
    return passedAt.isValid() && now.isValid() && passedAt <= now.addSecs(ClockToleranceSeconds)
        && now < passExpiresAt(passedAt);
}

QDateTime CallService::passExpiresAt(const QDateTime& passedAt)
{
    return passedAt.isValid() ? passedAt.addSecs(qint64(PortalPolicy::VerificationValidityMinutes) * 60) : QDateTime();
}

Error CallService::requireActiveAgent(QSqlDatabase& db, const AgentSession& session)
{
    if (!session.isValid())
        return Error(ErrorCode::Unauthenticated);
    const Result<bool> active = AgentRepository(db).isActive(session.agentId);
    if (!active)
        return active.error().code() == ErrorCode::NotFound ? Error(ErrorCode::Unauthenticated) : active.error();
    return active.value() ? Error() : Error(ErrorCode::AgentDisabled);
}

namespace {

Result<Call> openCall(const AgentSession& session, const Result<Call>& found)
{
    if (!found) {
        if (found.error().code() == ErrorCode::NotFound)
            return Error(ErrorCode::CallNotOpen);
        return found.error();
    }
    if (found->agentId != session.agentId || !found->isOpen())
        return Error(ErrorCode::CallNotOpen);
    return found;
}

} // namespace

Result<Call> CallService::requireOpenCall(QSqlDatabase& db, const AgentSession& session, qint64 callId,
                                          AgentCheck check)
{
    if (!session.isValid())
        return Error(ErrorCode::Unauthenticated);
    if (check == AgentCheck::Active) {
        if (Error e = requireActiveAgent(db, session))
            return e;
    }
    return openCall(session, CallRepository(db).find(callId));
}

Result<Call> CallService::requireVerifiedCall(QSqlDatabase& db, const AgentSession& session, qint64 callId,
                                              const QDateTime& now)
{
    if (!session.isValid())
        return Error(ErrorCode::Unauthenticated);
    if (Error e = requireActiveAgent(db, session))
        return e;
    return verifiedCall(session, CallRepository(db).find(callId), now);
}

Result<Call> CallService::verifiedCall(const AgentSession& session, const Result<Call>& found, const QDateTime& now)
{
    if (!session.isValid())
        return Error(ErrorCode::Unauthenticated);
    const Result<Call> call = openCall(session, found);
    if (!call)
        return call;
    if (call->personId == 0)
        return Error(ErrorCode::NothingLookedUp);
    if (call->verificationFailures >= PortalPolicy::VerificationMaxFailures)
        return Error(ErrorCode::VerificationExhausted);
    if (!passIsFresh(call.value(), now))
        return Error(ErrorCode::NotVerified);
    return call;
}

Result<qint64> CallService::startCall(const AgentSession& session, const QString& reason, const QDateTime& now)
{
    if (!session.can(AgentSession::Permission::TakeCalls))
        return RefusalAudit::record(m_database, session, AuditAction::CallStart, Error(ErrorCode::Forbidden));
    if (!CallCatalog::isReason(reason))
        return Error(ErrorCode::InvalidInput, QStringLiteral("unknown call reason"));
    qint64 id = 0;
    const Error error = m_database.write([&](QSqlDatabase& db) -> Error {
        if (Error e = requireActiveAgent(db, session))
            return e;
        const Result<qint64> started = CallRepository(db).start(session.agentId, session.workstation, reason, now);
        if (!started)
            return started.error();
        id = started.value();
        const AuditEntry entry
            = session.auditEntry(AuditAction::CallStart, id, 0, AuditActions::code(AuditOutcome::Ok), reason);
        return AuditLog(db).append(entry).error();
    });
    if (error)
        return RefusalAudit::record(m_database, session, AuditAction::CallStart, error);
    return id;
}

Result<AccountSummary> CallService::lookup(const AgentSession& session, qint64 callId, const Nir& nir,
                                           const QDateTime& now)
{
    if (nir.isNull())
        return Error(ErrorCode::InvalidInput, QStringLiteral("null NIR"));
    std::optional<AccountSummary> result;
    Error notFound;
    const Error error = m_database.write([&](QSqlDatabase& db) -> Error {
        result.reset();
        notFound = {};
        const Result<Call> call = requireOpenCall(db, session, callId);
        if (!call)
            return call.error();
        const Result<Person> person = PersonRepository(db).findByNir(nir);
        if (!person) {
            if (person.error().code() != ErrorCode::NotFound)
                return person.error();
            // An unknown number is an answer, and worth a trace (enumeration shows in the audit).
            notFound = person.error();
            return AuditLog(db)
                .append(session.auditEntry(AuditAction::Lookup, callId, 0, Error::codeName(ErrorCode::NotFound)))
                .error();
        }
        const bool samePerson = call->personId == person->id;
        const bool verified = samePerson && passIsFresh(call.value(), now);
        Result<AccountSummary> summary = AccountLookupService::summarize(db, person.value(), verified);
        if (!summary)
            return summary.error();
        CallRepository calls(db);
        const Result<QList<CallRecord>> earlier = calls.earlierCalls(person->id, callId, 10);
        if (!earlier)
            return earlier.error();
        summary.value().earlierCalls = earlier.value();
        if (Error e = calls.setSubject(callId, person->id, summary->accountId, summary->accountVersion, samePerson))
            return e;
        const Result<qint64> consultation
            = calls.addConsultation(session.agentId, callId, person->id, session.workstation, now);
        if (!consultation)
            return consultation.error();
        if (Error e = AuditLog(db)
                          .append(session.auditEntry(AuditAction::Lookup, callId, summary->accountId,
                                                     AuditActions::code(AuditOutcome::Ok)))
                          .error())
            return e;
        result = summary.value();
        return {};
    });
    if (error)
        return RefusalAudit::record(m_database, session, AuditAction::Lookup, error, callId);
    if (notFound)
        return notFound;
    return result.value();
}

Result<CallService::Verification> CallService::verify(const AgentSession& session, qint64 callId,
                                                      const CivilStatus& answers, const QDateTime& now)
{
    Verification verification;
    bool limited = false;
    const Error error = m_database.write([&](QSqlDatabase& db) -> Error {
        verification = {};
        limited = false;
        const Result<Call> call = requireOpenCall(db, session, callId);
        if (!call)
            return call.error();
        if (call->personId == 0)
            return Error(ErrorCode::NothingLookedUp);
        if (call->verificationFailures >= PortalPolicy::VerificationMaxFailures)
            return Error(ErrorCode::VerificationExhausted);
        // The person's failures across every call and agent: counted with the person locked, so
        // that two desks checking them at once cannot both make the attempt past the limit.
        IdentityCheckRepository checks(db);
        if (Error e = checks.lockPerson(call->personId))
            return e;
        const Result<int> earlier = checks.failuresInWindow(call->personId, now);
        if (!earlier)
            return earlier.error();
        AuditLog audit(db);
        if (earlier.value() >= PortalPolicy::IdentityCheckMaxFailuresPerPerson) {
            // Refused without comparing (a right answer too), recorded and audited: committed, not
            // rolled back, so that the supervisors see every attempt made while limited.
            limited = true;
            const Result<QDateTime> until = limitedUntil(db, call->personId, now);
            if (!until)
                return until.error();
            if (Error e = checks.record(call->personId, callId, session.agentId,
                                        IdentityCheckRepository::Outcome::Refused, now))
                return e;
            return audit
                .append(session.auditEntry(
                    AuditAction::IdentityCheckLimit, callId, call->accountId,
                    Error::codeName(ErrorCode::IdentityChecksLimited),
                    QStringLiteral("failures=%1;until=%2").arg(earlier.value()).arg(until->toString(Qt::ISODate))))
                .error();
        }
        const Result<Person> person = PersonRepository(db).findById(call->personId);
        if (!person)
            return person.error();
        verification.verified = person->civilStatus.matches(answers);
        const int failures = call->verificationFailures + (verification.verified ? 0 : 1);
        verification.remainingAttempts = std::max(0, PortalPolicy::VerificationMaxFailures - failures);
        if (Error e = CallRepository(db).recordVerification(callId, verification.verified, now))
            return e;
        if (Error e = checks.record(call->personId, callId, session.agentId,
                                    verification.verified ? IdentityCheckRepository::Outcome::Pass
                                                          : IdentityCheckRepository::Outcome::Fail,
                                    now))
            return e;
        if (Error e = audit
                          .append(session.auditEntry(
                              AuditAction::Verify, callId, call->accountId,
                              AuditActions::code(verification.verified ? AuditOutcome::Pass : AuditOutcome::Fail)))
                          .error())
            return e;
        if (verification.verified || earlier.value() + 1 < PortalPolicy::IdentityCheckMaxFailuresPerPerson)
            return {};
        // This failure reaches the limit: said once, when it starts.
        verification.personLimitReached = true;
        const Result<QDateTime> until = limitedUntil(db, call->personId, now);
        if (!until)
            return until.error();
        return audit
            .append(session.auditEntry(AuditAction::IdentityCheckLimit, callId, call->accountId,
                                       AuditActions::code(AuditOutcome::Ok),
                                       QStringLiteral("until=") + until->toString(Qt::ISODate)))
            .error();
    });
    if (error)
        return RefusalAudit::record(m_database, session, AuditAction::Verify, error, callId);
    if (limited)
        return Error(ErrorCode::IdentityChecksLimited);
    return verification;
}

Result<QDateTime> CallService::limitedUntil(QSqlDatabase& db, qint64 personId, const QDateTime& now)
{
    const Result<QList<IdentityCheckRepository::LimitedPerson>> limited
        = IdentityCheckRepository(db).limitedPersons(now);
    if (!limited)
        return limited.error();
    for (const IdentityCheckRepository::LimitedPerson& person : limited.value()) {
        if (person.personId == personId)
            return person.limitedUntil;
    }
    return now;
}

Error CallService::endCall(const AgentSession& session, qint64 callId, const QString& outcome, const QString& note,
                           const QDateTime& now)
{
    if (!CallCatalog::isOutcome(outcome))
        return Error(ErrorCode::InvalidInput, QStringLiteral("unknown call outcome"));
    if (note.size() > TextLimits::CallNote)
        return Error(ErrorCode::InvalidInput, QStringLiteral("note too long"));
    const Error error = m_database.write([&](QSqlDatabase& db) -> Error {
        // A call that an administrator's disable interrupted may still be closed: bookkeeping, not
        // an action about the caller.
        const Result<Call> call = requireOpenCall(db, session, callId, AgentCheck::AnyState);
        if (!call)
            return call.error();
        if (Error e = CallRepository(db).end(callId, outcome, note.trimmed(), now))
            return e;
        const AuditEntry entry = session.auditEntry(AuditAction::CallEnd, callId, call->accountId,
                                                    AuditActions::code(AuditOutcome::Ok), outcome);
        return AuditLog(db).append(entry).error();
    });
    return RefusalAudit::record(m_database, session, AuditAction::CallEnd, error, callId);
}
