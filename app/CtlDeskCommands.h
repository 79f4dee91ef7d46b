#pragma once

#include "agents/AgentSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>

class Database;

// `guichetctl desk --agent LOGIN …`: the call workflow and the desk's operations, signed in as
// the agent (password from GUICHET_AGENT_PASSWORD, else the first line of standard input, read
// without echo on a terminal: TerminalInput::readPassword).
class CtlDeskCommands
{
    Q_DECLARE_TR_FUNCTIONS(CtlDeskCommands)

public:
    CtlDeskCommands(QCommandLineParser& parser, Database& database);
    int run(const QStringList& arguments); // the arguments after "desk"

private:
    int callStart();
    int lookup(const QStringList& arguments);
    int verify();
    int callEnd();
    int unlock();
    int reissue();
    int email(const QStringList& arguments);
    int emailConfirm(const QStringList& arguments);
    int certify();
    int unlockBulk();
    int approvalRequest();
    int approvals();
    int approve(const QStringList& arguments);

    bool signIn(int* exitCode);
    bool readCallId(qint64* callId, int* exitCode);

    QCommandLineParser& m_parser;
    Database& m_database;
    AgentSession m_session;
};
