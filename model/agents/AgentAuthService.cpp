#include "agents/AgentAuthService.h"

#include "agents/AgentLogins.h"
#include "agents/RefusalAudit.h"
#include "audit/AuditLog.h"
#include "core/PasswordHasher.h"
#include "core/PasswordPolicy.h"
#include "core/PortalPolicy.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QSysInfo>

namespace {

// A hash to verify against when the login does not exist, so that an unknown login costs the
// same time as a wrong password: made once, with the same parameters as the agents' hashes.
const QString& decoyHash()
{
    static const QString hash = PasswordHasher::hash(QStringLiteral("decoy-password-for-timing"));
    return hash;
}

} // namespace

AgentAuthService::AgentAuthService(Database& database) : m_database(database)
{ }

QString AgentAuthService::workstationName()
{
    return QSysInfo::machineHostName();
}

Result<AgentSession> AgentAuthService::signIn(const QString& login, const QString& password, const QString& workstation)
{
    // Made before any path, so that the first sign-in of the process costs the same whatever it is.
    const QString& decoy = decoyHash();
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    const Result<Agent> agent = AgentRepository(connection.value()).findByLogin(login);
    if (!agent && agent.error().code() != ErrorCode::NotFound)
        return agent.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();

    // Every path hashes once and writes once (an audit event, and a count on an existing login), so
    // that an unknown, a locked, a disabled login and a wrong password answer alike and as slowly.
    if (!agent) {
        PasswordHasher::verify(decoy, password);
        AuditEntry entry;
        // Nothing of the text typed: a login field often receives the password (typed one field too
        // early), and the audit is read by supervisors and kept for years. Not even a fingerprint:
        // unkeyed, it confirms a guessed password offline; keyed, the key would sit on every desk.
        // The workstation and the time say where to look.
        entry.agentLogin.clear();
        entry.workstation = workstation;
        entry.action = AuditActions::code(AuditAction::AgentSignIn);
        entry.outcome = AuditActions::code(AuditOutcome::UnknownLogin);
        const Error error
            = m_database.write([&](QSqlDatabase& db) -> Error { return AuditLog(db).append(entry).error(); });
        return error ? error : Error(ErrorCode::Unauthenticated);
    }

    AgentSession session;
    session.agentId = agent->id;
    session.login = agent->login;
    session.displayName = agent->displayName;
    session.role = agent->role;
    session.workstation = workstation;

    // Through the desks' gate (AgentLogins) no hash is readable: the decoy keeps the time, and
    // nothing succeeds there.
    const bool hashReadable = !agent->passwordHash.isEmpty();
    const bool rightPassword
        = PasswordHasher::verify(hashReadable ? agent->passwordHash : decoy, password) && hashReadable;
    const bool locked = agent->lockedUntil.isValid() && agent->lockedUntil > now;
    // A disabled agent who gives the right password is told the login is disabled: the password
    // proves it is them, and they learn whom to ask. Never during a lock, where nothing is checked.
    enum class Answer { SignedIn, Refused, Disabled };
    Answer answer = Answer::Refused;
    const Error error = m_database.write([&](QSqlDatabase& db) -> Error {
        AgentRepository agents(db);
        AuditLog audit(db);
        const auto signInEvent = [&](const QString& outcome) {
            return audit.append(session.auditEntry(AuditAction::AgentSignIn, 0, 0, outcome)).error();
        };
        if (locked) // not counted: the lock is not lengthened by whoever keeps trying
            return signInEvent(AuditActions::code(AuditOutcome::LoginLocked));
        if (rightPassword && agent->active) {
            answer = Answer::SignedIn;
            if (Error e = agents.recordSuccessfulLogin(agent->id, now))
                return e;
            return signInEvent(AuditActions::code(AuditOutcome::Ok));
        }
        if (rightPassword) {
            answer = Answer::Disabled;
            return signInEvent(Error::codeName(ErrorCode::AgentDisabled));
        }
        // A wrong password counts, on a disabled login too (its password cannot be guessed faster).
        const Result<Agent> after
            = agents.recordFailedLogin(agent->id, now.addSecs(-60LL * PortalPolicy::AgentFailureWindowMinutes), now);
        if (!after)
            return after.error();
        if (Error e = signInEvent(agent->active ? AuditActions::code(AuditOutcome::WrongPassword)
                                                : Error::codeName(ErrorCode::AgentDisabled)))
            return e;
        if (after->failedLogins < PortalPolicy::AgentMaxFailedLogins)
            return {};
        const QDateTime until = now.addSecs(60LL * PortalPolicy::AgentLockMinutes);
        if (const Result<Agent> lockedNow = agents.lockUntil(agent->id, until); !lockedNow)
            return lockedNow.error();
        return audit
            .append(session.auditEntry(AuditAction::AgentLocked, 0, 0, AuditActions::code(AuditOutcome::Ok),
                                       QStringLiteral("until=") + until.toString(Qt::ISODate)))
            .error();
    });
    if (error)
        return error;
    switch (answer) {
    case Answer::SignedIn:
        return session;
    case Answer::Disabled:
        return Error(ErrorCode::AgentDisabled);
    case Answer::Refused:
        break;
    }
    return Error(ErrorCode::Unauthenticated);
}

Result<ScreenUnlock> AgentAuthService::checkScreenUnlock(const AgentSession& session, const QString& password,
                                                         int failedSoFar)
{
    if (!session.isValid() || failedSoFar < 0 || failedSoFar >= PortalPolicy::ScreenLockMaxAttempts)
        return RefusalAudit::record(m_database, session, AuditAction::ScreenUnlock, Error(ErrorCode::Unauthenticated));
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    const Result<Agent> agent = AgentRepository(connection.value()).findById(session.agentId);
    if (!agent) {
        if (agent.error().code() != ErrorCode::NotFound)
            return agent.error();
        PasswordHasher::verify(decoyHash(), password);
        return Error(ErrorCode::Unauthenticated);
    }
    if (!agent->active)
        return Error(ErrorCode::AgentDisabled);

    ScreenUnlock answer;
    answer.unlocked = PasswordHasher::verify(agent->passwordHash, password);
    answer.remainingAttempts
        = answer.unlocked ? PortalPolicy::ScreenLockMaxAttempts : PortalPolicy::ScreenLockMaxAttempts - failedSoFar - 1;
    // The login's failure count is left alone: the lock screen has its own limit.
    const Error error = m_database.write([&](QSqlDatabase& db) -> Error {
        AuditLog audit(db);
        const QString outcome = AuditActions::code(answer.unlocked ? AuditOutcome::Ok : AuditOutcome::WrongPassword);
        if (Error e = audit.append(session.auditEntry(AuditAction::ScreenUnlock, 0, 0, outcome)).error())
            return e;
        if (!answer.signedOut())
            return {};
        return audit
            .append(session.auditEntry(AuditAction::ScreenLockSignOut, 0, 0,
                                       AuditActions::code(AuditOutcome::TooManyWrongPasswords)))
            .error();
    });
    if (error)
        return error;
    return answer;
}

Result<qint64> AgentAuthService::addAgent(const AgentSession& actor, const QString& login, const QString& displayName,
                                          Agent::Role role, const QString& password)
{
    if (actor.isValid() && !actor.can(AgentSession::Permission::ManageAgents))
        return RefusalAudit::record(m_database, actor, AuditAction::AgentAdd, Error(ErrorCode::Forbidden));
    return add(actor, login, displayName, role, password, false);
}

Result<qint64> AgentAuthService::addFirstAdmin(const QString& login, const QString& displayName, Agent::Role role,
                                               const QString& password)
{
    if (role != Agent::Role::Admin)
        return RefusalAudit::record(m_database, AgentSession(), AuditAction::AgentAdd, Error(ErrorCode::Forbidden));
    const Result<qint64> id = add(AgentSession(), login, displayName, role, password, true);
    if (!id && id.error().code() == ErrorCode::Forbidden)
        return RefusalAudit::record(m_database, AgentSession(), AuditAction::AgentAdd, id.error());
    return id;
}

Result<qint64> AgentAuthService::add(const AgentSession& actor, const QString& login, const QString& displayName,
                                     Agent::Role role, const QString& password, bool firstOnly)
{
    if (login.trimmed().isEmpty() || login.trimmed().size() > 64 || login.contains(QLatin1Char(' ')))
        return Error(ErrorCode::InvalidInput, QStringLiteral("invalid login"));
    if (PasswordPolicy::check(password) != PasswordPolicy::Weakness::None)
        return Error(ErrorCode::InvalidInput, QStringLiteral("weak password"));
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return Error(ErrorCode::DatabaseError, QStringLiteral("hashing failed"));
    qint64 id = 0;
    const Error error = m_database.write([&](QSqlDatabase& db) -> Error {
        if (firstOnly) {
            // Two bootstraps at once: the second waits, then sees the first one's admin.
            if (SqlQuery::dialectOf(db).isPostgreSql()) {
                SqlQuery lock(db);
                if (Error e = lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(5149137624642188291)")))
                    return e;
            }
            SqlQuery any(db);
            if (Error e = any.exec(QStringLiteral("SELECT id FROM agents LIMIT 1")))
                return e;
            if (any.next())
                return Error(ErrorCode::Forbidden, QStringLiteral("agents exist: an admin must sign in"));
        }
        const Result<qint64> added = AgentRepository(db).add(login, displayName, role, hash);
        if (!added)
            return added.error();
        id = added.value();
        // On PostgreSQL, the agent's own login, in the same transaction.
        if (Error e = AgentLogins::create(db, login, password))
            return e;
        const AuditEntry entry = actor.auditEntry(AuditAction::AgentAdd, 0, 0, AuditActions::code(AuditOutcome::Ok),
                                                  Agent::roleName(role));
        return AuditLog(db).append(entry).error();
    });
    if (error)
        return error;
    return id;
}

Error AgentAuthService::setAgentActive(const AgentSession& actor, const QString& login, bool active)
{
    if (actor.isValid() && !actor.can(AgentSession::Permission::ManageAgents))
        return RefusalAudit::record(m_database, actor, active ? AuditAction::AgentEnable : AuditAction::AgentDisable,
                                    Error(ErrorCode::Forbidden));
    return m_database.write([&](QSqlDatabase& db) -> Error {
        AgentRepository agents(db);
        const Result<Agent> agent = agents.findByLogin(login);
        if (!agent)
            return agent.error();
        if (Error e = agents.setActive(agent->id, active, QDateTime::currentDateTimeUtc()))
            return e;
        const AuditEntry entry = actor.auditEntry(active ? AuditAction::AgentEnable : AuditAction::AgentDisable, 0, 0,
                                                  AuditActions::code(AuditOutcome::Ok), agent->login);
        return AuditLog(db).append(entry).error();
    });
}
