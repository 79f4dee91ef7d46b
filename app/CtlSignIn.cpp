#include "CtlSignIn.h"

#include "CtlOutput.h"
#include "TerminalInput.h"
#include "agents/AgentAuthService.h"
#include "text/ErrorText.h"

#include <QCoreApplication>

std::optional<AgentSession> CtlSignIn::reviewer(const QCommandLineParser& parser, Database& database, int* exitCode)
{
    const QString optAgent = QStringLiteral("agent");
    if (!parser.isSet(optAgent)) {
        *exitCode = CtlOutput::usage(QCoreApplication::translate(
            "CtlHistoryCommands", "This command needs --agent LOGIN (a supervisor or an admin)."));
        return std::nullopt;
    }
    QString password = qEnvironmentVariable("GUICHET_AGENT_PASSWORD");
    if (password.isEmpty())
        password = TerminalInput::readPassword(
            QCoreApplication::translate("CtlDeskCommands", "Password of %1 (not shown): ").arg(parser.value(optAgent)));
    AgentAuthService auth(database);
    const Result<AgentSession> session
        = auth.signIn(parser.value(optAgent), password, AgentAuthService::workstationName());
    password.fill(QLatin1Char('\0'));
    if (!session) {
        *exitCode = CtlOutput::refused(session.error(), ErrorText::error(session.error()));
        return std::nullopt;
    }
    return session.value();
}
