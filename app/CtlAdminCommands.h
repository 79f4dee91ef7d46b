#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>

class Database;

// `guichetctl agent …`: administration from the command line, with the database's own credentials
// (the bootstrap of the first admin, scripts). `guichetctl audit list`: the audit trail as
// the supervisor's desk reads it, through AuditTrail, signed in as the supervisor or admin given by
// --agent (CtlSignIn): the model checks the role and audits the reading.
class CtlAdminCommands
{
    Q_DECLARE_TR_FUNCTIONS(CtlAdminCommands)

public:
    CtlAdminCommands(QCommandLineParser& parser, Database& database);
    int runAgent(const QStringList& arguments); // after "agent"
    int runAudit(const QStringList& arguments); // after "audit": list (the rest: CtlAuditCommands)

private:
    QCommandLineParser& m_parser;
    Database& m_database;
};
