#include "CtlSignIn.h"

#include "CtlOutput.h"
#include "TerminalInput.h"
#include "agents/AgentAuthService.h"
#include "agents/AgentLogins.h"
#include "db/Database.h"
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
    QString password = agentPassword(parser);
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

QString CtlSignIn::agentPassword(const QCommandLineParser& parser)
{
    // guichetctl runs one command and ends: the answer is kept for that command only.
    static QString typed;
    QString password = qEnvironmentVariable("GUICHET_AGENT_PASSWORD");
    if (!password.isEmpty())
        return password;
    if (typed.isEmpty())
        typed = TerminalInput::readPassword(
            //: %1 is the agent's login.
            QCoreApplication::translate("CtlDeskCommands", "Password of %1 (not shown): ")
                .arg(parser.value(QStringLiteral("agent"))));
    return typed;
}

bool CtlSignIn::connectAsAgent(const QCommandLineParser& parser, std::unique_ptr<Database>* database, int* exitCode)
{
    const QString login = parser.value(QStringLiteral("agent"));
    if (login.isEmpty())
        return true;
    const Result<AgentLogins::Mode> mode = AgentLogins::mode(**database);
    if (!mode) {
        *exitCode = CtlOutput::refused(mode.error(), ErrorText::error(mode.error()));
        return false;
    }
    if (mode.value() != AgentLogins::Mode::AgentLogins)
        return true;
    auto own = std::make_unique<Database>(AgentLogins::agentUrl((*database)->url(), login, agentPassword(parser)),
                                          Database::Creation::MustExist);
    const Result<QSqlDatabase> connection = own->connection();
    if (connection) {
        *database = std::move(own);
        return true;
    }
    if (connection.error().code() == ErrorCode::DatabaseAuthenticationFailed)
        return true; // the sign-in fails through the gate, counted and audited
    *exitCode = CtlOutput::refused(connection.error(), ErrorText::error(connection.error()));
    return false;
}
