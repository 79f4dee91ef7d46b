#include "CtlMailerCommands.h"

#include "CtlOutput.h"
#include "CtlProfileCommands.h"
#include "PasswordFile.h"
#include "Platform.h"
#include "accounts/AccountRepository.h"
#include "core/Logging.h"
#include "db/Database.h"
#include "identity/Nir.h"
#include "identity/PersonRepository.h"
#include "mail/EmlDirectoryTransport.h"
#include "mail/MailDispatcher.h"
#include "mail/MailSender.h"
#include "mail/SmtpSettings.h"
#include "mail/SmtpTransport.h"
#include "profiles/ConnectionProfile.h"
#include "secrets/SecretStore.h"
#include "text/ErrorText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace {

const QString optOnce = QStringLiteral("once");
const QString optDeliverToDir = QStringLiteral("deliver-to-dir");
const QString optSmtp = QStringLiteral("smtp");
const QString optSmtpCa = QStringLiteral("smtp-ca");
const QString optSmtpPasswordFile = QStringLiteral("smtp-password-file");
const QString optSender = QStringLiteral("sender");
const QString optReplyTo = QStringLiteral("reply-to");
const QString optDead = QStringLiteral("dead");
const QString optAccount = QStringLiteral("account"); // declared by CtlAdminCommands (audit list)
const char* const SmtpPasswordVariable = "GUICHET_SMTP_PASSWORD";
constexpr int PassIntervalMs = 5000;
constexpr int StopPollMs = 200;

QJsonObject describe(const DispatchReport& report)
{
    QJsonObject out{{QStringLiteral("sent"), report.sent},
                    {QStringLiteral("failed"), report.failed},
                    {QStringLiteral("dead"), report.dead},
                    {QStringLiteral("held"), report.held},
                    {QStringLiteral("paused"), report.paused}};
    if (report.paused)
        out.insert(QStringLiteral("pause_reason"), report.pauseReason);
    if (!report.relayQueueIds.isEmpty())
        out.insert(QStringLiteral("relay_queue_ids"), QJsonArray::fromStringList(report.relayQueueIds));
    return out;
}

} // namespace

CtlMailerCommands::CtlMailerCommands(QCommandLineParser& parser, Database& database, const ConnectionProfile* profile,
                                     SecretStore* secrets)
    : m_parser(parser), m_database(database), m_profile(profile), m_secrets(secrets)
{ }

int CtlMailerCommands::run(const QStringList& argumentsAfterMailer)
{
    if (argumentsAfterMailer == QStringList{QStringLiteral("requeue")})
        return requeue();
    if (argumentsAfterMailer != QStringList{QStringLiteral("run")})
        return CtlOutput::unknownCommand(QStringList{QStringLiteral("mailer")} + argumentsAfterMailer);
    int exitCode = CtlOutput::Usage;
    const std::unique_ptr<MailTransport> transport = makeTransport(&exitCode);
    if (!transport)
        return exitCode;
    QString sender;
    QString replyTo;
    if (!senderOptions(&sender, &replyTo, &exitCode))
        return exitCode;
    MailDispatcher dispatcher(m_database, *transport);
    MailComposer composer = dispatcher.composer();
    if (!sender.isEmpty())
        composer.setSender(sender);
    if (!replyTo.isEmpty())
        composer.setReplyTo(replyTo);
    dispatcher.setComposer(composer);
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
    bool fromFile = false;
    if (!passwordFromFile(&settings, &fromFile, exitCode))
        return nullptr;
    if (!settings.userName().isEmpty() && !fromFile) {
        if (!qEnvironmentVariableIsSet(SmtpPasswordVariable)) {
            *exitCode = CtlOutput::usage(tr("--smtp names a user: give its password with --smtp-password-file FILE "
                                            "or in GUICHET_SMTP_PASSWORD."));
            return nullptr;
        }
        settings.setPassword(qEnvironmentVariable(SmtpPasswordVariable));
    }
    QString sender;
    QString replyTo;
    if (!senderOptions(&sender, &replyTo, exitCode))
        return nullptr;
    settings.setSender(sender.isEmpty() ? MailComposer::defaultSender() : sender);
    settings.setReplyTo(replyTo);
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
    QString sender;
    QString replyTo;
    if (!senderOptions(&sender, &replyTo, exitCode))
        return false;
    if (!sender.isEmpty())
        settings->setSender(sender);
    if (!replyTo.isEmpty())
        settings->setReplyTo(replyTo);
    if (settings->sender().isEmpty())
        settings->setSender(MailComposer::defaultSender());
    bool fromFile = false;
    if (!passwordFromFile(settings, &fromFile, exitCode))
        return false;
    if (settings->userName().isEmpty() || fromFile)
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

bool CtlMailerCommands::passwordFromFile(SmtpSettings* settings, bool* found, int* exitCode)
{
    *found = false;
    if (!m_parser.isSet(optSmtpPasswordFile))
        return true;
    const std::optional<QString> password = PasswordFile::read(m_parser.value(optSmtpPasswordFile));
    if (!password) {
        *exitCode = CtlOutput::refused(Error::codeName(ErrorCode::PasswordFileUnreadable),
                                       ErrorText::error(Error(ErrorCode::PasswordFileUnreadable)),
                                       {{QStringLiteral("option"), optSmtpPasswordFile}});
        return false;
    }
    settings->setPassword(*password);
    *found = true;
    return true;
}

bool CtlMailerCommands::senderOptions(QString* sender, QString* replyTo, int* exitCode)
{
    for (const auto& [option, target] : {std::pair{optSender, sender}, std::pair{optReplyTo, replyTo}}) {
        target->clear();
        if (!m_parser.isSet(option))
            continue;
        const std::optional<MailSender> parsed = MailSender::parse(m_parser.value(option));
        if (!parsed) {
            *exitCode = CtlOutput::refused(QStringLiteral("invalid_sender"),
                                           //: %1 is the option (--sender or --reply-to).
                                           tr("%1 must be an e-mail address, optionally after a name: "
                                              "Assurance retraite <no-reply@example.org>.")
                                               .arg(QStringLiteral("--") + option),
                                           {{QStringLiteral("option"), option}});
            return false;
        }
        *target = parsed->toString();
    }
    return true;
}

int CtlMailerCommands::runOnce(MailDispatcher& dispatcher)
{
    const Result<DispatchReport> report = dispatcher.runOnce(QDateTime::currentDateTimeUtc());
    if (!report)
        return CtlOutput::refused(report.error().codeName(), ErrorText::error(report.error()));
    if (report->incomplete()) {
        const Error error(report->paused ? ErrorCode::MailRelayRefused : ErrorCode::DeliveryFailed);
        return CtlOutput::refused(Error::codeName(ErrorCode::DeliveryFailed), ErrorText::error(error),
                                  describe(report.value()));
    }
    return CtlOutput::success(describe(report.value()));
}

int CtlMailerCommands::requeue()
{
    const Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return CtlOutput::refused(db.error().codeName(), ErrorText::error(db.error()));
    std::optional<qint64> accountId;
    if (m_parser.isSet(optAccount)) {
        Nir::Error nirError = Nir::Error::None;
        const Nir nir = Nir::parse(m_parser.value(optAccount), &nirError);
        if (nir.isNull())
            return CtlOutput::refused(QStringLiteral("invalid_nir"), ErrorText::nir(nirError));
        const Result<Person> person = PersonRepository(db.value()).findByNir(nir);
        if (!person)
            return CtlOutput::refused(person.error().codeName(), ErrorText::error(person.error()));
        const Result<Account> account = AccountRepository(db.value()).findByPersonId(person->id);
        if (!account)
            return CtlOutput::refused(account.error().codeName(), ErrorText::error(account.error()));
        accountId = account->id;
    }
    const Result<MailDispatcher::RequeueReport> report
        = MailDispatcher::requeue(m_database, QDateTime::currentDateTimeUtc(), m_parser.isSet(optDead), accountId);
    if (!report)
        return CtlOutput::refused(report.error().codeName(), ErrorText::error(report.error()));
    return CtlOutput::success({{QStringLiteral("requeued"), report->requeued},
                               {QStringLiteral("revived"), report->revived},
                               {QStringLiteral("pause_lifted"), report->pauseLifted}});
}

int CtlMailerCommands::runUntilStopped(MailDispatcher& dispatcher)
{
    // SIGINT/SIGTERM, or Windows' console events: the pass in progress ends, then the loop.
    Platform::watchStopRequests();

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
        total.relayQueueIds += report->relayQueueIds;
        // The state at the last pass, not a sum: a pause holds the same mail pass after pass.
        total.held = report->held;
        total.paused = report->paused;
        total.pauseReason = report->pauseReason;
    };

    QTimer passTimer;
    passTimer.setInterval(PassIntervalMs);
    QObject::connect(&passTimer, &QTimer::timeout, &passTimer, pass);
    QTimer stopTimer;
    stopTimer.setInterval(StopPollMs);
    QObject::connect(&stopTimer, &QTimer::timeout, &stopTimer, [] {
        if (Platform::stopRequested())
            QCoreApplication::quit();
    });

    pass();
    if (!Platform::stopRequested()) {
        passTimer.start();
        stopTimer.start();
        QCoreApplication::exec();
    }
    Platform::unwatchStopRequests();
    return CtlOutput::success(describe(total));
}
