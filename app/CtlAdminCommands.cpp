#include "CtlAdminCommands.h"

#include "AccountRepository.h"
#include "AgentAuthService.h"
#include "AuditLog.h"
#include "CtlOutput.h"
#include "Database.h"
#include "ErrorText.h"
#include "PersonRepository.h"
#include "TerminalInput.h"

#include <QJsonArray>
#include <QTimeZone>

namespace {

const QString optRole = QStringLiteral("role");
const QString optName = QStringLiteral("name");
const QString optAccount = QStringLiteral("account");
const QString optSince = QStringLiteral("since");
const QString optLimit = QStringLiteral("limit");
const QString optAgent = QStringLiteral("agent");

int refused(const Error& error)
{
    return CtlOutput::refused(error);
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
    AgentAuthService service(m_database);
    const AgentSession bootstrap; // the command line acts with the database's own rights

    if (sub == QLatin1String("add")) {
        Agent::Role role = Agent::Role::Agent;
        if (!m_parser.isSet(optRole) || !Agent::parseRole(m_parser.value(optRole), &role))
            return CtlOutput::usage(tr("agent add needs --role agent, supervisor or admin."));
        QString password = qEnvironmentVariable("GUICHET_PASSWORD");
        if (password.isEmpty())
            password = TerminalInput::readPassword(
                //: %1 is the new agent's login.
                tr("Password of the new agent %1 (not shown): ").arg(login));
        const Result<qint64> id = service.addAgent(bootstrap, login, m_parser.value(optName), role, password);
        password.fill(QLatin1Char('\0'));
        if (!id) {
            if (id.error().code() == ErrorCode::InvalidInput)
                return CtlOutput::refused(
                    QStringLiteral("weak_password"),
                    tr("The password needs at least 8 characters from 3 of these 4 kinds: "
                       "lower case, upper case, digits, other characters (and a login without spaces)."));
            return refused(id.error());
        }
        return CtlOutput::success({{QStringLiteral("id"), id.value()}, {QStringLiteral("login"), login}});
    }
    const bool enable = sub == QLatin1String("enable");
    if (const Error error = service.setAgentActive(bootstrap, login, enable))
        return refused(error);
    return CtlOutput::success({{QStringLiteral("login"), login}, {QStringLiteral("active"), enable}});
}

int CtlAdminCommands::runAudit(const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return refused(db.error());
    if (sub == QLatin1String("verify") && arguments.size() == 1) {
        const Result<AuditLog::Verification> result = AuditLog(db.value()).verify();
        if (!result)
            return refused(result.error());
        return CtlOutput::success(
            {{QStringLiteral("events"), result->events},
             {QStringLiteral("intact"), result->intact},
             {QStringLiteral("first_broken"), result->intact ? QJsonValue() : QJsonValue(result->firstBroken)}});
    }
    if (sub != QLatin1String("list") || arguments.size() != 1)
        return CtlOutput::unknownCommand(QStringList{QStringLiteral("audit")} + arguments);

    AuditLog::Filter filter;
    if (m_parser.isSet(optAccount)) {
        Nir::Error nirError = Nir::Error::None;
        const Nir nir = Nir::parse(m_parser.value(optAccount), &nirError);
        if (nir.isNull())
            return CtlOutput::refused(QStringLiteral("invalid_nir"), ErrorText::nir(nirError));
        const Result<Person> person = PersonRepository(db.value()).findByNir(nir);
        if (!person)
            return refused(person.error());
        const Result<Account> account = AccountRepository(db.value()).findByPersonId(person->id);
        if (!account)
            return refused(account.error());
        filter.accountId = account->id;
    }
    filter.agentLogin = m_parser.value(optAgent);
    if (m_parser.isSet(optSince)) {
        filter.since = QDateTime::fromString(m_parser.value(optSince), Qt::ISODateWithMs);
        if (!filter.since.isValid())
            return CtlOutput::usage(tr("--since must be an ISO 8601 instant."));
        if (filter.since.timeSpec() == Qt::LocalTime)
            filter.since.setTimeZone(QTimeZone::utc());
    }
    if (m_parser.isSet(optLimit)) {
        bool ok = false;
        filter.limit = m_parser.value(optLimit).toInt(&ok);
        if (!ok || filter.limit < 1)
            return CtlOutput::usage(tr("--limit must be a positive number."));
    }
    const Result<QList<AuditLog::Event>> events = AuditLog(db.value()).list(filter);
    if (!events)
        return refused(events.error());
    QJsonArray out;
    for (const AuditLog::Event& event : events.value()) {
        out.append(QJsonObject{
            {QStringLiteral("id"), event.id},
            {QStringLiteral("at"), event.occurredAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("agent"), event.entry.agentLogin},
            {QStringLiteral("role"), event.entry.agentRole},
            {QStringLiteral("workstation"), event.entry.workstation},
            {QStringLiteral("action"), event.entry.action},
            {QStringLiteral("account_id"),
             event.entry.accountId > 0 ? QJsonValue(event.entry.accountId) : QJsonValue()},
            {QStringLiteral("call_id"), event.entry.callId > 0 ? QJsonValue(event.entry.callId) : QJsonValue()},
            {QStringLiteral("reason"), event.entry.reason},
            {QStringLiteral("outcome"), event.entry.outcome}});
    }
    return CtlOutput::success({{QStringLiteral("events"), out}});
}
