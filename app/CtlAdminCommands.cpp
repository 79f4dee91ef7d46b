#include "CtlAdminCommands.h"

#include "CtlOutput.h"
#include "CtlSignIn.h"
#include "TerminalInput.h"
#include "agents/AgentAuthService.h"
#include "agents/RefusalAudit.h"
#include "db/Database.h"
#include "supervision/AuditTrail.h"
#include "text/ErrorText.h"

#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

namespace {

const QString optRole = QStringLiteral("role");
const QString optName = QStringLiteral("name");
const QString optAccount = QStringLiteral("account");
const QString optSince = QStringLiteral("since");
const QString optLimit = QStringLiteral("limit");
const QString optBy = QStringLiteral("by");
const QString optAgent = QStringLiteral("agent");

constexpr int DefaultListLimit = 200;

int refused(const Error& error)
{
    return CtlOutput::refused(error);
}

QJsonObject describe(const AuditLog::Event& event)
{
    return QJsonObject{
        {QStringLiteral("id"), event.id},
        {QStringLiteral("at"), event.occurredAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("agent"), event.entry.agentLogin},
        {QStringLiteral("role"), event.entry.agentRole},
        {QStringLiteral("workstation"), event.entry.workstation},
        {QStringLiteral("action"), event.entry.action},
        {QStringLiteral("account_id"), event.entry.accountId > 0 ? QJsonValue(event.entry.accountId) : QJsonValue()},
        {QStringLiteral("nir_masked"), event.maskedNir.isEmpty() ? QJsonValue() : QJsonValue(event.maskedNir)},
        {QStringLiteral("call_id"), event.entry.callId > 0 ? QJsonValue(event.entry.callId) : QJsonValue()},
        {QStringLiteral("reason"), event.entry.reason},
        {QStringLiteral("outcome"), event.entry.outcome}};
}

} // namespace

CtlAdminCommands::CtlAdminCommands(QCommandLineParser& parser, Database& database)
    : m_parser(parser), m_database(database)
{ }

int CtlAdminCommands::runAgent(const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (arguments.size() != 2
        || (sub != QLatin1String("add") && sub != QLatin1String("disable") && sub != QLatin1String("enable")))
        return CtlOutput::unknownCommand(QStringList{QStringLiteral("agent")} + arguments);
    const QString login = arguments.at(1);
    const bool add = sub == QLatin1String("add");
    const bool enable = sub == QLatin1String("enable");
    AgentAuthService service(m_database);

    Agent::Role role = Agent::Role::Agent;
    if (add && (!m_parser.isSet(optRole) || !Agent::parseRole(m_parser.value(optRole), &role)))
        return CtlOutput::usage(tr("agent add needs --role agent, supervisor or admin."));

    // An administrator signs in as for the desk commands (--agent ADMIN). Without one, only the
    // first agent of an empty database may be added, and only as an admin: anything else is
    // refused, and the refusal audited (signed by nobody).
    std::optional<AgentSession> admin;
    if (m_parser.isSet(optAgent)) {
        int exitCode = 0;
        admin = CtlSignIn::reviewer(m_parser, m_database, &exitCode);
        if (!admin)
            return exitCode;
    } else if (!add) {
        const Error refusal = RefusalAudit::record(m_database, AgentSession(),
                                                   enable ? AuditAction::AgentEnable : AuditAction::AgentDisable,
                                                   Error(ErrorCode::Forbidden));
        if (!RefusalAudit::isRefusal(refusal))
            return refused(refusal);
        return CtlOutput::refused(refusal.codeName(),
                                  //: %1 is the subcommand: disable or enable.
                                  tr("agent %1 needs --agent ADMIN: an administrator signs in.").arg(sub));
    }

    if (add) {
        QString password = qEnvironmentVariable("GUICHET_PASSWORD");
        if (password.isEmpty())
            password = TerminalInput::readPassword(
                //: %1 is the new agent's login.
                tr("Password of the new agent %1 (not shown): ").arg(login));
        const Result<qint64> id = admin ? service.addAgent(*admin, login, m_parser.value(optName), role, password)
                                        : service.addFirstAdmin(login, m_parser.value(optName), role, password);
        password.fill(QLatin1Char('\0'));
        if (!id) {
            if (id.error().code() == ErrorCode::InvalidInput)
                return CtlOutput::refused(
                    QStringLiteral("weak_password"),
                    tr("The password needs at least 8 characters from 3 of these 4 kinds: "
                       "lower case, upper case, digits, other characters (and a login without spaces)."));
            if (!admin && id.error().code() == ErrorCode::Forbidden)
                return CtlOutput::refused(id.error().codeName(),
                                          tr("agent add needs --agent ADMIN: an administrator signs in. Only the "
                                             "first agent of a database without any is added without one, as an "
                                             "admin (--role admin)."));
            return refused(id.error());
        }
        return CtlOutput::success({{QStringLiteral("id"), id.value()}, {QStringLiteral("login"), login}});
    }
    if (const Error error = service.setAgentActive(*admin, login, enable))
        return refused(error);
    return CtlOutput::success({{QStringLiteral("login"), login}, {QStringLiteral("active"), enable}});
}

int CtlAdminCommands::runAudit(const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (arguments.size() != 1 || sub != QLatin1String("list"))
        return CtlOutput::unknownCommand(QStringList{QStringLiteral("audit")} + arguments);

    AuditTrail::Filter filter;
    int total = DefaultListLimit;
    {
        if (m_parser.isSet(optAccount)) {
            Nir::Error nirError = Nir::Error::None;
            filter.accountNir = Nir::parse(m_parser.value(optAccount), &nirError);
            if (filter.accountNir.isNull())
                return CtlOutput::refused(QStringLiteral("invalid_nir"), ErrorText::nir(nirError));
        }
        filter.agentLogin = m_parser.value(optBy);
        if (m_parser.isSet(optSince)) {
            filter.from = QDateTime::fromString(m_parser.value(optSince), Qt::ISODateWithMs);
            if (!filter.from.isValid())
                return CtlOutput::usage(tr("--since must be an ISO 8601 instant."));
            if (filter.from.timeSpec() == Qt::LocalTime)
                filter.from.setTimeZone(QTimeZone::utc());
        }
        if (m_parser.isSet(optLimit)) {
            bool ok = false;
            total = m_parser.value(optLimit).toInt(&ok);
            if (!ok || total < 1)
                return CtlOutput::usage(tr("--limit must be a positive number."));
        }
    }
    int exitCode = 0;
    const std::optional<AgentSession> session = CtlSignIn::reviewer(m_parser, m_database, &exitCode);
    if (!session)
        return exitCode;
    AuditTrail trail(m_database);

    QJsonArray out;
    std::optional<AuditTrail::Cursor> cursor;
    do {
        const Result<AuditTrail::Page> page
            = trail.page(*session, filter, cursor, std::min<int>(total - int(out.size()), AuditTrail::MaxPageSize));
        if (!page)
            return refused(page.error());
        for (const AuditLog::Event& event : page->events)
            out.append(describe(event));
        cursor = page->next;
    } while (cursor && out.size() < total);
    return CtlOutput::success({{QStringLiteral("events"), out}});
}
