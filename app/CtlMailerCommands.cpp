#include "CtlMailerCommands.h"

#include "ConnectionProfile.h"
#include "CtlOutput.h"
#include "CtlProfileCommands.h"
#include "Database.h"
#include "EmlDirectoryTransport.h"
#include "ErrorText.h"
#include "Logging.h"
#include "MailDispatcher.h"
#include "SecretStore.h"
#include "SmtpSettings.h"
#include "SmtpTransport.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimer>

#include <csignal>

namespace {

const QString optOnce = QStringLiteral("once");
const QString optDeliverToDir = QStringLiteral("deliver-to-dir");
const QString optSmtp = QStringLiteral("smtp");
const QString optSmtpCa = QStringLiteral("smtp-ca");
const char* const SmtpPasswordVariable = "GUICHET_SMTP_PASSWORD";
constexpr int PassIntervalMs = 5000;
constexpr int StopPollMs = 200;

volatile std::sig_atomic_t stopRequested = 0;

extern "C" void requestStop(int)
{
    stopRequested = 1;
}

QJsonObject describe(const DispatchReport& report)
{
    return QJsonObject{{QStringLiteral("sent"), report.sent},
                       {QStringLiteral("failed"), report.failed},
                       {QStringLiteral("dead"), report.dead}};
}

} // namespace

CtlMailerCommands::CtlMailerCommands(QCommandLineParser& parser, Database& database, const ConnectionProfile* profile,
                                     SecretStore* secrets)
    : m_parser(parser), m_database(database), m_profile(profile), m_secrets(secrets)
{ }

void CtlMailerCommands::addOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {optOnce, tr("mailer run: deliver what is due once, then stop.")},
        {optDeliverToDir, tr("mailer run: write each message as an .eml file into this folder."), tr("folder")},
        {optSmtp,
         tr("mailer run: deliver over SMTP: smtp://[user@]host[:port][?starttls=required|off] or "
            "smtps://[user@]host[:port]; the password comes from GUICHET_SMTP_PASSWORD."),
         tr("url")},
        {optSmtpCa, tr("mailer run --smtp: also trust the certificates of this PEM file."), tr("file")},
    });
}

QString CtlMailerCommands::commandSummary()
{
    return tr("  mailer run (--deliver-to-dir DIR | --smtp URL [--smtp-ca FILE] | --profile NAME) [--once]\n"
              "                                           deliver the mail outbox (until SIGINT/SIGTERM without "
              "--once)\n");
}

int CtlMailerCommands::run(const QStringList& argumentsAfterMailer)
{
    if (argumentsAfterMailer != QStringList{QStringLiteral("run")})
        return CtlOutput::usage(tr("Unknown mailer command: %1").arg(argumentsAfterMailer.join(QLatin1Char(' '))),
                                m_parser.helpText() + commandSummary());
    int exitCode = CtlOutput::Usage;
    const std::unique_ptr<MailTransport> transport = makeTransport(&exitCode);
    if (!transport)
        return exitCode;
    MailDispatcher dispatcher(m_database, *transport);
    return m_parser.isSet(optOnce) ? runOnce(dispatcher) : runUntilStopped(dispatcher);
}

std::unique_ptr<MailTransport> CtlMailerCommands::makeTransport(int* exitCode)
{
    const bool toDirectory = m_parser.isSet(optDeliverToDir);
    const bool overSmtp = m_parser.isSet(optSmtp);
    if (!toDirectory && !overSmtp && m_profile) {
        SmtpSettings settings;
        if (!profileSettings(&settings, exitCode))
            return nullptr;
        if (m_profile->mailDelivery == ConnectionProfile::MailDelivery::Embedded)
            qCInfo(lcMail) << "mailer: the profile's desks deliver their mail themselves; draining the queue by hand";
        qCInfo(lcMail).noquote() << "mailer: delivering through the profile's relay" << settings.toString();
        return std::make_unique<SmtpTransport>(std::move(settings));
    }
    if (toDirectory == overSmtp) {
        *exitCode = CtlOutput::usage(tr("mailer run needs exactly one of --deliver-to-dir DIR and --smtp URL."));
        return nullptr;
    }
    if (toDirectory) {
        const QString directory = m_parser.value(optDeliverToDir);
        if (directory.isEmpty() || m_parser.isSet(optSmtpCa)) {
            *exitCode = CtlOutput::usage(tr("mailer run --deliver-to-dir needs a folder and takes no --smtp-ca."));
            return nullptr;
        }
        return std::make_unique<EmlDirectoryTransport>(directory);
    }

    SmtpSettings::ParseError parseError = SmtpSettings::ParseError::None;
    SmtpSettings settings = SmtpSettings::parse(m_parser.value(optSmtp), &parseError);
    if (!settings.isValid()) {
        *exitCode = CtlOutput::usage(tr("Invalid --smtp URL (%1): expected smtp://[user@]host[:port][?starttls="
                                        "required|off] or smtps://[user@]host[:port], without a password.")
                                         .arg(SmtpSettings::errorCode(parseError)));
        return nullptr;
    }
    if (m_parser.isSet(optSmtpCa)) {
        if (m_parser.value(optSmtpCa).isEmpty()) {
            *exitCode = CtlOutput::usage(tr("--smtp-ca needs a PEM file."));
            return nullptr;
        }
        settings.setTrustedCaFile(m_parser.value(optSmtpCa));
    }
    if (!settings.userName().isEmpty()) {
        if (!qEnvironmentVariableIsSet(SmtpPasswordVariable)) {
            *exitCode = CtlOutput::usage(tr("--smtp names a user: set its password in GUICHET_SMTP_PASSWORD."));
            return nullptr;
        }
        settings.setPassword(qEnvironmentVariable(SmtpPasswordVariable));
    }
    settings.setSender(SmtpSettings::envelopeAddress(MailComposer().sender()));
    qCInfo(lcMail).noquote() << "mailer: delivering through" << settings.toString();
    return std::make_unique<SmtpTransport>(std::move(settings));
}

bool CtlMailerCommands::profileSettings(SmtpSettings* settings, int* exitCode)
{
    if (!m_profile->smtp.isValid()) {
        *exitCode
            = CtlOutput::usage(tr("The profile \"%1\" has no mail relay: give --smtp URL or --deliver-to-dir DIR, "
                                  "or add --smtp to the profile.")
                                   .arg(m_profile->name));
        return false;
    }
    *settings = m_profile->smtp;
    if (m_parser.isSet(optSmtpCa)) {
        if (m_parser.value(optSmtpCa).isEmpty()) {
            *exitCode = CtlOutput::usage(tr("--smtp-ca needs a PEM file."));
            return false;
        }
        settings->setTrustedCaFile(m_parser.value(optSmtpCa));
    }
    if (settings->sender().isEmpty())
        settings->setSender(SmtpSettings::envelopeAddress(MailComposer().sender()));
    if (settings->userName().isEmpty())
        return true;
    // The keychain first, then the environment (a service without a keychain session).
    SecretStore::Result secret;
    if (m_secrets)
        secret = m_secrets->readBlocking(m_profile->name, ConnectionProfile::SmtpPurpose);
    if (secret.ok() && !secret.secret.isEmpty()) {
        settings->setPassword(secret.secret);
        return true;
    }
    if (!qEnvironmentVariableIsEmpty(SmtpPasswordVariable)) {
        settings->setPassword(qEnvironmentVariable(SmtpPasswordVariable));
        return true;
    }
    if (m_secrets && !secret.ok() && secret.failure != SecretStore::Failure::NotFound) {
        *exitCode = CtlProfileCommands::keychainFailure(secret.failure);
        return false;
    }
    *exitCode = CtlOutput::usage(tr("The profile's mail relay names a user, but no password is saved: run "
                                    "guichetctl profile set-password %1 --purpose smtp, or set "
                                    "GUICHET_SMTP_PASSWORD.")
                                     .arg(m_profile->name));
    return false;
}

int CtlMailerCommands::runOnce(MailDispatcher& dispatcher)
{
    const Result<DispatchReport> report = dispatcher.runOnce(QDateTime::currentDateTimeUtc());
    if (!report)
        return CtlOutput::refused(report.error().codeName(), ErrorText::error(report.error()));
    return CtlOutput::success(describe(report.value()));
}

int CtlMailerCommands::runUntilStopped(MailDispatcher& dispatcher)
{
    stopRequested = 0;
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);

    DispatchReport total;
    auto pass = [&] {
        const Result<DispatchReport> report = dispatcher.runOnce(QDateTime::currentDateTimeUtc());
        if (!report) {
            // A database that is down now may be back at the next pass.
            qCWarning(lcMail) << "mailer pass failed:" << report.error().codeName() << report.error().detail();
            return;
        }
        total.sent += report->sent;
        total.failed += report->failed;
        total.dead += report->dead;
    };

    QTimer passTimer;
    passTimer.setInterval(PassIntervalMs);
    QObject::connect(&passTimer, &QTimer::timeout, &passTimer, pass);
    QTimer stopTimer;
    stopTimer.setInterval(StopPollMs);
    QObject::connect(&stopTimer, &QTimer::timeout, &stopTimer, [] {
        if (stopRequested)
            QCoreApplication::quit();
    });

    pass();
    if (!stopRequested) {
        passTimer.start();
        stopTimer.start();
        QCoreApplication::exec();
    }
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return CtlOutput::success(describe(total));
}
