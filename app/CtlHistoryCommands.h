#pragma once

#include "db/DatabaseUrl.h"

#include "agents/AgentSession.h"
#include "supervision/LockoutHistory.h"

#include <QCommandLineParser>
#include <QCoreApplication>

class Database;

// `guichetctl history lockouts …` (the supervisor's lockout history, streamed to standard output
// as CSV or as one JSON object) and `guichetctl purge --older-than DAYS` (the retention purge of
// login attempts and consultations). Both sign in as an agent with --agent LOGIN, like the desk
// commands (password from GUICHET_AGENT_PASSWORD, else TerminalInput::readPassword): the model
// decides what that agent may see or delete, and audits it.
class CtlHistoryCommands
{
    Q_DECLARE_TR_FUNCTIONS(CtlHistoryCommands)

public:
    // reads: a streaming replica for history lockouts (--reads-database, or the profile's); invalid: none.
    CtlHistoryCommands(QCommandLineParser& parser, Database& database, const DatabaseUrl& reads = {});
    int runHistory(const QStringList& arguments); // after "history"
    int runPurge(const QStringList& arguments); // after "purge"

private:
    bool signIn(int* exitCode);
    bool readFilter(LockoutHistory::Filter* filter, int* exitCode);
    int streamCsv(LockoutHistory& history, const LockoutHistory::Filter& filter);
    int streamJson(LockoutHistory& history, const LockoutHistory::Filter& filter);

    QCommandLineParser& m_parser;
    Database& m_database;
    DatabaseUrl m_reads;
    AgentSession m_session;
};
