#include "DeskBackend.h"

#include "db/Migrator.h"
#include "mail/MailPump.h"
#include "mail/MailTransport.h"

DeskBackend::DeskBackend(const DatabaseUrl& url)
    : m_database(url, Database::Creation::MustExist) // a missing SQLite file is an error, never created
    , m_auth(m_database)
    , m_calls(m_database)
    , m_helpdesk(m_database)
    , m_certification(m_database)
    , m_worker(m_database)
{ }

DeskBackend::~DeskBackend()
{
    m_pump.reset(); // before the worker, the services and the database
}

Result<int> DeskBackend::openSchema()
{
    Migrator migrator(m_database);
    const Result<int> version = migrator.openForUse();
    if (!version)
        return version;
    const Result<AgentLogins::Mode> mode = AgentLogins::mode(m_database);
    if (!mode)
        return mode.error();
    m_signInMode = mode.value();
    m_schemaVersion = version.value();
    return version;
}

void DeskBackend::startMailPump(std::unique_ptr<MailTransport> transport)
{
    m_pump = std::make_unique<MailPump>(m_database, std::move(transport));
    m_pump->start();
}

void DeskBackend::useReadReplica(const DatabaseUrl& url)
{
    m_replica = std::make_unique<ReadReplica>(m_database, url);
}
