#pragma once

#include "agents/AgentRepository.h"
#include "agents/AgentSession.h"
#include "core/Error.h"

class Database;

// What the lock screen learns from one password (AgentAuthService::checkScreenUnlock).
struct ScreenUnlock
{
    bool unlocked = false;
    int remainingAttempts = 0; // wrong passwords still allowed on this lock screen

    // The limit is reached: the desk signs the agent out.
    bool signedOut() const { return !unlocked && remainingAttempts <= 0; }
};

// Signs agents in and manages their logins. Passwords are Argon2id; PortalPolicy::AgentMaxFailedLogins
// wrong passwords within AgentFailureWindowMinutes lock the login for AgentLockMinutes (a lock, not
// a disable: only an administrator disables a login, and re-enabling lifts a lock too). Every
// sign-in is audited, each refusal with its precise reason, and so are the changes.
// Synchronous (hashing costs ~0.1 s): call it off the UI thread.
class AgentAuthService
{
public:
    explicit AgentAuthService(Database& database);

    // One answer, Unauthenticated, for an unknown login, a wrong password, a disabled login with a
    // wrong password and any attempt on a locked login (the right password too): indistinguishable,
    // and as slow (every path verifies one Argon2id hash and writes one audit event). The precise
    // reason goes to the audit only (agent_sign_in: unknown_login without the text typed, which may
    // be a password typed in the wrong field,
    // wrong_password, login_locked, agent_disabled; agent_locked when a lock starts).
    // AgentDisabled only for a disabled login with the right password (the password proves it is them).
    Result<AgentSession> signIn(const QString& login, const QString& password, const QString& workstation);

    // The lock screen: checks the password of the agent signed in (session) without counting toward
    // the login's AgentMaxFailedLogins. failedSoFar: wrong passwords already typed on this lock
    // screen; at PortalPolicy::ScreenLockMaxAttempts the answer is signedOut(). Each answer is
    // audited (screen_unlock: ok or wrong_password; at the limit also screen_lock_sign_out) in one
    // transaction. AgentDisabled when an administrator disabled the login meanwhile; Unauthenticated
    // when the session's agent does not exist or failedSoFar is already at the limit.
    Result<ScreenUnlock> checkScreenUnlock(const AgentSession& session, const QString& password, int failedSoFar);

    // Administration. actor is the admin's session, or an empty session for the command-line
    // bootstrap (audited as "guichetctl"). InvalidInput when the password breaks PasswordPolicy.
    Result<qint64> addAgent(const AgentSession& actor, const QString& login, const QString& displayName,
                            Agent::Role role, const QString& password);
    Error setAgentActive(const AgentSession& actor, const QString& login, bool active);
    // The first agent of a database that has none yet, added without anybody signed in
    // (guichetctl's bootstrap): an admin only. Forbidden, audited as a refusal signed by nobody,
    // once any agent exists or for another role. Checked and added in one transaction.
    Result<qint64> addFirstAdmin(const QString& login, const QString& displayName, Agent::Role role,
                                 const QString& password);

    static QString workstationName();

private:
    Result<qint64> add(const AgentSession& actor, const QString& login, const QString& displayName, Agent::Role role,
                       const QString& password, bool firstOnly);

    Database& m_database;
};
