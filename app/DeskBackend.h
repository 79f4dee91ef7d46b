#pragma once

#include "agents/AgentAuthService.h"
#include "agents/AgentLogins.h"
#include "db/Database.h"
#include "db/DatabaseWorker.h"
#include "db/ReadReplica.h"
#include "desk/CallService.h"
#include "desk/CertificationService.h"
#include "desk/DeskServices.h"
#include "desk/HelpdeskService.h"

#include <memory>

class MailPump;
class MailTransport;

// What a desk runs on for one connection: the database, the services, the worker thread that
// runs their jobs, and the embedded mail delivery when the profile asks for it. Destroyed in the
// reverse order: the pump and the worker finish their work before the services and the database
// they use go away.
class DeskBackend
{
public:
    explicit DeskBackend(const DatabaseUrl& url);
    ~DeskBackend();
    Q_DISABLE_COPY_MOVE(DeskBackend)

    // Checks the schema (once, on the worker's thread, before anyone signs in): PostgreSQL must be
    // at this build's version (an administrator migrates it); an SQLite file is brought up to date.
    // Then how agents sign in (AgentLogins::mode), which signInMode() answers afterwards.
    Result<int> openSchema();
    AgentLogins::Mode signInMode() const { return m_signInMode; }
    // The schema's version once openSchema() succeeded (Help → About shows it); 0 before.
    int schemaVersion() const { return m_schemaVersion; }

    Database& database() { return m_database; }
    AgentAuthService& auth() { return m_auth; }
    DatabaseWorker& worker() { return m_worker; }
    DeskServices services() { return {m_auth, m_calls, m_helpdesk, m_certification, m_worker}; }

    // Starts delivering the outbox from a background thread through this transport.
    void startMailPump(std::unique_ptr<MailTransport> transport);
    MailPump* mailPump() const { return m_pump.get(); }

    // The profile's read replica, through this backend's login (the agent's own in agent_logins
    // mode): the supervision window's heavy reads go there. Null until set.
    void useReadReplica(const DatabaseUrl& url);
    ReadReplica* readReplica() const { return m_replica.get(); }

private:
    Database m_database;
    AgentAuthService m_auth;
    CallService m_calls;
    HelpdeskService m_helpdesk;
    CertificationService m_certification;
    DatabaseWorker m_worker;
    std::unique_ptr<ReadReplica> m_replica; // before the database it writes its audit events to
    std::unique_ptr<MailPump> m_pump;
    AgentLogins::Mode m_signInMode = AgentLogins::Mode::SharedLogin; // written by openSchema() on the worker
    int m_schemaVersion = 0; // likewise
};
