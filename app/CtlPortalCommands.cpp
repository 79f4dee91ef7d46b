#include "CtlPortalCommands.h"

#include "CtlOutput.h"
#include "db/Database.h"
#include "identity/CivilStatus.h"
#include "identity/Nir.h"
#include "portal/EmailChangeRefusal.h"
#include "portal/PortalService.h"
#include "text/ErrorText.h"

#include <QJsonObject>
#include <QTimeZone>

namespace {

const QString optNir = QStringLiteral("nir");
const QString optLastName = QStringLiteral("last-name");
const QString optFirstNames = QStringLiteral("first-names");
const QString optBirthDate = QStringLiteral("birth-date");
const QString optBirthPlace = QStringLiteral("birth-place");
const QString optEmail = QStringLiteral("email");
const QString optSecretQuestion = QStringLiteral("secret-question");
const QString optSecretAnswer = QStringLiteral("secret-answer");
const QString optAt = QStringLiteral("at");
const QString optCode = QStringLiteral("code");

const QString keyOutcome = QStringLiteral("outcome");

// ISO 8601 with or without milliseconds; a time without an offset is UTC.
QDateTime parseInstant(const QString& input)
{
    QString text = input.trimmed();
    const qsizetype t = text.indexOf(QLatin1Char('T'));
    if (t > 0) {
        const QString time = text.mid(t + 1);
        if (!time.endsWith(QLatin1Char('Z')) && !time.contains(QLatin1Char('+')) && !time.contains(QLatin1Char('-')))
            text += QLatin1Char('Z');
    }
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    if (parsed.timeSpec() == Qt::LocalTime) // a date alone: midnight UTC
        return QDateTime(parsed.date(), parsed.time(), QTimeZone::utc());
    return parsed.toUTC();
}

int refusedByModel(const Error& error)
{
    return CtlOutput::refused(error);
}

} // namespace

CtlPortalCommands::CtlPortalCommands(QCommandLineParser& parser, Database& database)
    : m_parser(parser), m_database(database)
{ }

int CtlPortalCommands::run(const QStringList& arguments)
{
    const QString command = arguments.value(0);
    if (command == QLatin1String("register") && arguments.size() == 1)
        return registerAccount();
    if (command == QLatin1String("login"))
        return login(arguments.mid(1));
    if (command == QLatin1String("activate"))
        return activate(arguments.mid(1));
    if (command == QLatin1String("reset-with-secret"))
        return resetWithSecret(arguments.mid(1));
    if (command == QLatin1String("refuse-email-change") && arguments.size() == 1)
        return refuseEmailChange();
    return CtlOutput::unknownCommand(QStringList{QStringLiteral("portal")} + arguments);
}

bool CtlPortalCommands::simulatorEnabled()
{
    return qEnvironmentVariable("GUICHET_PORTAL_SIMULATOR") == QLatin1String("1");
}

bool CtlPortalCommands::readTime(QDateTime* at, int* exitCode) const
{
    if (!m_parser.isSet(optAt)) {
        *at = QDateTime::currentDateTimeUtc();
        return true;
    }
    // The portal commands simulate the portal (tests, demonstrations); a time other than now would
    // let whoever runs them backdate attempts: only an explicitly enabled simulator accepts it.
    if (!simulatorEnabled()) {
        *exitCode = CtlOutput::refused(
            QStringLiteral("simulator_not_enabled"),
            //: %1 is the environment variable's setting, GUICHET_PORTAL_SIMULATOR=1.
            tr("--at changes the time of a portal action: only the portal simulator accepts it, enabled with %1 in "
               "the environment (tests, demonstrations).")
                .arg(QStringLiteral("GUICHET_PORTAL_SIMULATOR=1")));
        return false;
    }
    *at = parseInstant(m_parser.value(optAt));
    if (at->isValid())
        return true;
    *exitCode = CtlOutput::usage(tr("--at must be an ISO 8601 date and time, such as 2026-03-02T09:30:00Z."));
    return false;
}

bool CtlPortalCommands::readNir(const QString& text, Nir* nir, int* exitCode)
{
    Nir::Error error = Nir::Error::None;
    *nir = Nir::parse(text, &error);
    if (!nir->isNull())
        return true;
    *exitCode = CtlOutput::refused(QStringLiteral("invalid_nir"), ErrorText::nir(error),
                                   {{QStringLiteral("reason"), Nir::errorCode(error)}});
    return false;
}

int CtlPortalCommands::registerAccount()
{
    for (const QString& name : {optNir, optLastName, optFirstNames, optBirthDate, optBirthPlace, optEmail,
                                optSecretQuestion, optSecretAnswer}) {
        if (!m_parser.isSet(name))
            return CtlOutput::usage(tr("The option --%1 is required.").arg(name));
    }
    int exitCode = 0;
    QDateTime now;
    Nir nir;
    if (!readTime(&now, &exitCode) || !readNir(m_parser.value(optNir), &nir, &exitCode))
        return exitCode;

    PortalService::Registration registration;
    registration.nir = nir;
    registration.civilStatus.lastName = m_parser.value(optLastName);
    registration.civilStatus.firstNames = m_parser.value(optFirstNames);
    registration.civilStatus.birthDate = CivilStatus::parseDate(m_parser.value(optBirthDate));
    registration.civilStatus.birthPlace = m_parser.value(optBirthPlace);
    registration.email = m_parser.value(optEmail).trimmed();
    registration.secretQuestion = m_parser.value(optSecretQuestion);
    registration.secretAnswer = m_parser.value(optSecretAnswer);
    // The model checks all of it and names the problem; the message follows from it (ErrorText).
    const Result<PortalService::RegisterOutcome> outcome = PortalService(m_database).registerAccount(registration, now);
    if (!outcome)
        return refusedByModel(outcome.error());
    return CtlOutput::success({{keyOutcome, PortalService::outcomeName(outcome.value())}});
}

int CtlPortalCommands::login(const QStringList& arguments)
{
    if (arguments.size() != 2)
        return CtlOutput::usage(tr("portal login takes two arguments: NIR PASSWORD."));
    int exitCode = 0;
    QDateTime at;
    Nir nir;
    if (!readTime(&at, &exitCode) || !readNir(arguments.at(0), &nir, &exitCode))
        return exitCode;
    const Result<PortalService::LoginResult> result = PortalService(m_database).login(nir, arguments.at(1), at);
    if (!result)
        return refusedByModel(result.error());
    return CtlOutput::success({{keyOutcome, PortalService::outcomeName(result->outcome)},
                               {QStringLiteral("failed_attempts"), result->failedAttempts}});
}

int CtlPortalCommands::activate(const QStringList& arguments)
{
    if (arguments.size() != 3)
        return CtlOutput::usage(tr("portal activate takes three arguments: NIR TEMPORARY NEW-PASSWORD."));
    int exitCode = 0;
    QDateTime at;
    Nir nir;
    if (!readTime(&at, &exitCode) || !readNir(arguments.at(0), &nir, &exitCode))
        return exitCode;
    const Result<PortalService::ActivateOutcome> outcome
        = PortalService(m_database).activate(nir, arguments.at(1), arguments.at(2), at);
    if (!outcome && outcome.error().code() == ErrorCode::NotFound)
        return CtlOutput::refused(outcome.error().codeName(), tr("No portal account has this social-security number."));
    if (!outcome)
        return refusedByModel(outcome.error());
    return CtlOutput::success({{keyOutcome, PortalService::outcomeName(outcome.value())}});
}

int CtlPortalCommands::resetWithSecret(const QStringList& arguments)
{
    if (arguments.size() != 3)
        return CtlOutput::usage(tr("portal reset-with-secret takes three arguments: NIR ANSWER NEW-PASSWORD."));
    int exitCode = 0;
    QDateTime at;
    Nir nir;
    if (!readTime(&at, &exitCode) || !readNir(arguments.at(0), &nir, &exitCode))
        return exitCode;
    const Result<PortalService::ResetOutcome> outcome
        = PortalService(m_database).resetWithSecret(nir, arguments.at(1), arguments.at(2), at);
    if (!outcome && outcome.error().code() == ErrorCode::NotFound)
        return CtlOutput::refused(outcome.error().codeName(), tr("No portal account has this social-security number."));
    if (!outcome)
        return refusedByModel(outcome.error());
    return CtlOutput::success({{keyOutcome, PortalService::outcomeName(outcome.value())}});
}

int CtlPortalCommands::refuseEmailChange()
{
    for (const QString& name : {optNir, optCode}) {
        if (!m_parser.isSet(name))
            return CtlOutput::usage(tr("The option --%1 is required.").arg(name));
    }
    int exitCode = 0;
    QDateTime at;
    Nir nir;
    if (!readTime(&at, &exitCode) || !readNir(m_parser.value(optNir), &nir, &exitCode))
        return exitCode;
    const Result<EmailChangeRefusal::Outcome> outcome
        = EmailChangeRefusal(m_database).refuse(nir, m_parser.value(optCode), at);
    if (!outcome && outcome.error().code() == ErrorCode::NotFound)
        return CtlOutput::refused(outcome.error().codeName(), tr("No portal account has this social-security number."));
    if (!outcome)
        return refusedByModel(outcome.error());
    return CtlOutput::success({{keyOutcome, EmailChangeRefusal::outcomeName(outcome.value())}});
}
