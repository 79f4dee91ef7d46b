#include "support/AgentLoginsFixture.h"

#include "agents/AgentAuthService.h"
#include "agents/AgentLogins.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "db/SqlQuery.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>

namespace {

QAtomicInt fixtureCounter;

} // namespace

AgentLoginsFixture::AgentLoginsFixture()
{
    const DatabaseUrl server = DatabaseUrl::parse(qEnvironmentVariable("GUICHET_TEST_POSTGRESQL"));
    m_ca = qEnvironmentVariable("GUICHET_TEST_POSTGRESQL_TLS_CA");
    m_tlsGroup = qEnvironmentVariable("GUICHET_TEST_POSTGRESQL_TLS_GROUP");
    if (!server.isValid() || m_ca.isEmpty() || m_tlsGroup.isEmpty()) {
        m_error = QStringLiteral("GUICHET_TEST_POSTGRESQL, _TLS_CA and _TLS_GROUP: run the tests through "
                                 "resources/scripts/with-postgresql.sh");
        return;
    }
    m_port = server.port();
    m_test = std::make_unique<TestDatabase>(QStringLiteral("postgresql"));
    if (!m_test->isReady()) {
        m_error = m_test->errorString();
        return;
    }
    // This test's own identifiers: DDL binds nothing.
    const QString prefix
        = QStringLiteral("alf%1_%2").arg(QCoreApplication::applicationPid()).arg(fixtureCounter.fetchAndAddRelaxed(1));
    m_owner = prefix + QStringLiteral("_owner");
    m_gate = prefix + QStringLiteral("_gate");
    for (const QString& statement : {QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE").arg(m_owner),
                                     QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(databaseName(), m_owner),
                                     QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE guichet_gate").arg(m_gate)}) {
        m_error = asSuperuser(statement);
        if (!m_error.isEmpty())
            return;
    }
    Database owner(ownerUrl(), Database::Creation::MustExist);
    if (const Result<int> version = Migrator(owner).migrate(); !version) {
        m_error = version.error().detail();
        return;
    }
    QFile grants(QStringLiteral(GUICHET_GROUP_GRANTS));
    if (!grants.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read groups.sql");
        return;
    }
    const QStringList statements = Migrator::splitStatements(QString::fromUtf8(grants.readAll()));
    const Error granted = owner.write([&](QSqlDatabase& db) -> Error {
        for (const QString& statement : statements) {
            if (Error e = SqlQuery(db).exec(statement))
                return e;
        }
        return {};
    });
    owner.closeThreadConnection();
    if (granted)
        m_error = granted.detail();
}

AgentLoginsFixture::~AgentLoginsFixture()
{
    if (!m_test)
        return;
    const QString database = databaseName();
    m_test.reset(); // drops the database
    TestDatabase maintenance(QStringLiteral("postgresql"));
    if (!maintenance.isReady())
        return;
    QStringList roles;
    for (const QString& login : std::as_const(m_logins))
        roles << AgentLogins::roleName(login, database);
    roles << m_owner << m_gate;
    for (const QString& role : std::as_const(roles)) {
        if (role.isEmpty())
            continue;
        const Error error = maintenance.database().write([&role](QSqlDatabase& db) {
            return SqlQuery(db).exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
        });
        if (error)
            qWarning("%s", qPrintable(error.detail()));
    }
}

QString AgentLoginsFixture::databaseName() const
{
    return m_test ? m_test->url().databaseName() : QString();
}

DatabaseUrl AgentLoginsFixture::urlOf(const QString& role, const QString& password) const
{
    const DatabaseUrl url
        = DatabaseUrl::parse(QStringLiteral("postgresql://x@localhost:%1/%2?sslmode=verify-full&sslrootcert=%3")
                                 .arg(m_port)
                                 .arg(databaseName(), m_ca));
    return url.withUser(role, password);
}

QString AgentLoginsFixture::roleOf(const QString& login) const
{
    return AgentLogins::roleName(login, databaseName());
}

QString AgentLoginsFixture::addAgent(const QString& login, Agent::Role role, const QString& password)
{
    {
        Database owner(ownerUrl(), Database::Creation::MustExist);
        const Result<qint64> added
            = AgentAuthService(owner).addAgent(AgentSession(), login, login.toUpper(), role, password);
        owner.closeThreadConnection();
        if (!added)
            return added.error().detail();
    }
    return checkPasswordOf(login);
}

QString AgentLoginsFixture::checkPasswordOf(const QString& login)
{
    if (!m_logins.contains(login))
        m_logins << login;
    return asSuperuser(QStringLiteral("GRANT %1 TO \"%2\"").arg(m_tlsGroup, roleOf(login)));
}

QString AgentLoginsFixture::asSuperuser(const QString& statement)
{
    const Error error
        = m_test->database().write([&](QSqlDatabase& db) -> Error { return SqlQuery(db).exec(statement); });
    return error ? error.detail() : QString();
}
