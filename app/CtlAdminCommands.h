#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>

class Database;

// `guichetctl agent …` and `guichetctl audit …`: administration from the command line, with the
// database's own credentials (the bootstrap of the first admin, scripts).
class CtlAdminCommands
{
    Q_DECLARE_TR_FUNCTIONS(CtlAdminCommands)

public:
    CtlAdminCommands(QCommandLineParser& parser, Database& database);
    int runAgent(const QStringList& arguments); // after "agent"
    int runAudit(const QStringList& arguments); // after "audit"

private:
    QCommandLineParser& m_parser;
    Database& m_database;
};
