#pragma once

#include "agents/AgentSession.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

class Database;

// The agent a guichetctl command acts as, for the commands a supervisor or an admin runs (history,
// purge, audit list, audit verify): --agent LOGIN, password from GUICHET_AGENT_PASSWORD, else
// TerminalInput::readPassword. The role is the model's to check (and its refusal to audit).
class CtlSignIn
{
public:
    // Empty, with *exitCode set (usage without --agent, the sign-in's refusal), when nobody signed in.
    static std::optional<AgentSession> reviewer(const QCommandLineParser& parser, Database& database, int* exitCode);

    // The password of --agent LOGIN: GUICHET_AGENT_PASSWORD, else asked once on the terminal (the
    // connection as the agent and the sign-in then use the same answer).
    static QString agentPassword(const QCommandLineParser& parser);

    // On a PostgreSQL database whose desks sign in with their own logins (AgentLogins: url names a
    // gate login), a command with --agent connects as the agent: the database that *database then
    // holds. The server refusing the agent's password leaves the gate's, where the sign-in fails
    // (counted and audited like the desk's). Nothing changes otherwise. False with *exitCode set when
    // the database cannot say.
    static bool connectAsAgent(const QCommandLineParser& parser, std::unique_ptr<Database>* database, int* exitCode);
};
