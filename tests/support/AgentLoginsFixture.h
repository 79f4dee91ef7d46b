#pragma once

#include "agents/AgentRepository.h"
#include "db/DatabaseUrl.h"
#include "support/TestDatabases.h"

#include <QString>

#include <memory>

// A PostgreSQL test database set up as a hotline's IT does for agents' own logins (AgentLogins):
// an owner that is no superuser but has CREATEROLE migrates and grants groups.sql, and the desks'
// profile names a gate login (group guichet_gate). The agents' logins that agent add creates are
// put in the test server's TLS group (GUICHET_TEST_POSTGRESQL_TLS_GROUP), whose members alone have
// their passwords checked (SCRAM over TLS) on the server of with-postgresql.sh; every other login
// of that server is trusted, the gate and the owner included. Everything goes with the fixture.
class AgentLoginsFixture
{
public:
    AgentLoginsFixture();
    ~AgentLoginsFixture();
    Q_DISABLE_COPY_MOVE(AgentLoginsFixture)

    bool isReady() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    TestDatabase& test() { return *m_test; }
    QString databaseName() const;
    // role's connection to the test database over TLS (verify-full against the test CA).
    DatabaseUrl urlOf(const QString& role, const QString& password = {}) const;
    DatabaseUrl ownerUrl() const { return urlOf(m_owner); }
    DatabaseUrl gateUrl() const { return urlOf(m_gate); }
    QString gate() const { return m_gate; }
    // The agent's database login, "<login>@<database>".
    QString roleOf(const QString& login) const;

    // The owner adds the agent (its login with it), which then needs its password at the server.
    // An empty string when done, else why not.
    QString addAgent(const QString& login, Agent::Role role, const QString& password);
    // Puts an agent's login (created by someone else's agent add) in the TLS group.
    QString checkPasswordOf(const QString& login);
    // Runs a statement that binds nothing as the server's superuser: an empty string, else the error.
    QString asSuperuser(const QString& statement);

private:
    std::unique_ptr<TestDatabase> m_test;
    QString m_error;
    QString m_owner;
    QString m_gate;
    QString m_ca;
    QString m_tlsGroup;
    int m_port = 0;
    QStringList m_logins; // agents' logins, dropped with the fixture
};
