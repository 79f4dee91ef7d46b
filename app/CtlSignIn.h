#pragma once

#include "agents/AgentSession.h"

#include <QCommandLineParser>

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
};
