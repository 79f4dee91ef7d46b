#include "CtlProfileCommands.h"

#include "TerminalInput.h"

#include "CtlOutput.h"
#include "mail/MailSender.h"
#include "profiles/ConnectionProfileStore.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretStoreText.h"
#include "text/ErrorText.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSettings>

namespace {

const QString optDatabase = QStringLiteral("database");
const QString optSmtp = QStringLiteral("smtp");
const QString optSmtpCa = QStringLiteral("smtp-ca");
const QString optSmtpSender = QStringLiteral("smtp-sender");
const QString optSmtpReplyTo = QStringLiteral("smtp-reply-to");
const QString optMailDelivery = QStringLiteral("mail-delivery");
const QString optPurpose = QStringLiteral("purpose");
const QString optReadsDatabase = QStringLiteral("reads-database");

} // namespace

CtlProfileCommands::CtlProfileCommands(QCommandLineParser& parser) : m_parser(parser)
{ }

CtlProfileCommands::~CtlProfileCommands() = default;

int CtlProfileCommands::run(const QStringList& argumentsAfterProfile)
{
    const QString sub = argumentsAfterProfile.value(0);
    QSettings settings;
    ConnectionProfileStore store(settings);
    if (sub == QLatin1String("list") && argumentsAfterProfile.size() == 1)
        return list(store);
    if (argumentsAfterProfile.size() == 2) {
        const QString name = argumentsAfterProfile.at(1);
        if (sub == QLatin1String("show"))
            return show(store, name);
        if (sub == QLatin1String("set"))
            return set(store, name);
        if (sub == QLatin1String("remove"))
            return remove(store, name);
        if (sub == QLatin1String("default"))
            return setDefault(store, name);
        if (sub == QLatin1String("set-password"))
            return setPassword(store, name);
    }
    return CtlOutput::unknownCommand(QStringList{QStringLiteral("profile")} + argumentsAfterProfile);
}

int CtlProfileCommands::keychainFailure(SecretStore::Failure failure)
{
    return CtlOutput::refused(QStringLiteral("keychain_") + SecretStore::failureName(failure),
                              SecretStoreText::failure(failure));
}

int CtlProfileCommands::unknownProfile(const QString& name)
{
    return badInput(QStringLiteral("unknown_profile"), tr("There is no connection profile named \"%1\".").arg(name),
                    {{QStringLiteral("name"), name}});
}

std::optional<ConnectionProfile> CtlProfileCommands::loadProfile(const QString& name, int* exitCode)
{
    QSettings settings;
    const std::optional<ConnectionProfile> profile = ConnectionProfileStore(settings).load(name);
    if (!profile)
        *exitCode = unknownProfile(name);
    return profile;
}

int CtlProfileCommands::badInput(const QString& code, const QString& message, QJsonObject extra)
{
    extra.insert(QStringLiteral("error"), code);
    extra.insert(QStringLiteral("message"), message);
    CtlOutput::print(extra);
    return CtlOutput::Usage;
}

SecretStore& CtlProfileCommands::secrets()
{
    if (!m_secrets)
        m_secrets = std::make_unique<KeychainSecretStore>();
    return *m_secrets;
}

QJsonObject CtlProfileCommands::describe(const ConnectionProfile& profile, const QString& defaultName)
{
    // toString() of both URLs never holds a password; neither do the profiles themselves.
    const bool hasSmtp = profile.smtp.isValid();
    auto orNull = [](const QString& text) {
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    };
    return QJsonObject{
        {QStringLiteral("name"), profile.name},
        {QStringLiteral("database"), profile.database.toString()},
        {QStringLiteral("smtp"), hasSmtp ? QJsonValue(profile.smtp.toString()) : QJsonValue()},
        {QStringLiteral("smtp_sender"), hasSmtp ? orNull(profile.smtp.sender()) : QJsonValue()},
        {QStringLiteral("smtp_reply_to"), hasSmtp ? orNull(profile.smtp.replyTo()) : QJsonValue()},
        {QStringLiteral("smtp_ca"), hasSmtp ? orNull(profile.smtp.trustedCaFile()) : QJsonValue()},
        {QStringLiteral("mail_delivery"), ConnectionProfile::mailDeliveryName(profile.mailDelivery)},
        {QStringLiteral("reads_database"),
         profile.reads.isValid() ? QJsonValue(profile.reads.toString()) : QJsonValue()},
        {QStringLiteral("default"), profile.name == defaultName},
    };
}

int CtlProfileCommands::list(ConnectionProfileStore& store)
{
    const QString defaultName = store.defaultName();
    QJsonArray profiles;
    const QStringList names = store.names();
    for (const QString& name : names) {
        if (const std::optional<ConnectionProfile> profile = store.load(name))
            profiles.append(describe(*profile, defaultName));
    }
    return CtlOutput::success({{QStringLiteral("profiles"), profiles},
                               {QStringLiteral("default"), defaultName.isEmpty() ? QJsonValue() : defaultName}});
}

int CtlProfileCommands::show(ConnectionProfileStore& store, const QString& name)
{
    const std::optional<ConnectionProfile> profile = store.load(name);
    if (!profile)
        return unknownProfile(name);
    return CtlOutput::success(describe(*profile, store.defaultName()));
}

bool CtlProfileCommands::readProfile(ConnectionProfile* profile, int* exitCode)
{
    if (!m_parser.isSet(optDatabase)) {
        *exitCode = badInput(QStringLiteral("usage"), tr("profile set needs --database URL."));
        return false;
    }
    DatabaseUrl::ParseError urlError = DatabaseUrl::ParseError::None;
    profile->database = DatabaseUrl::parse(m_parser.value(optDatabase), &urlError);
    if (!profile->database.isValid()) {
        *exitCode = badInput(QStringLiteral("invalid_database"), ErrorText::databaseUrl(urlError),
                             {{QStringLiteral("reason"), DatabaseUrl::errorCode(urlError)}});
        return false;
    }
    if (m_parser.isSet(optReadsDatabase) && !m_parser.value(optReadsDatabase).isEmpty()) {
        profile->reads = DatabaseUrl::parse(m_parser.value(optReadsDatabase), &urlError);
        if (!profile->reads.isValid()) {
            *exitCode = badInput(QStringLiteral("invalid_reads_database"), ErrorText::databaseUrl(urlError),
                                 {{QStringLiteral("reason"), DatabaseUrl::errorCode(urlError)}});
            return false;
        }
        if (!profile->readsAllowed()) {
            *exitCode = badInput(QStringLiteral("invalid_reads_database"),
                                 tr("--reads-database names a PostgreSQL streaming replica, for a PostgreSQL "
                                    "--database only."));
            return false;
        }
    }
    if (!m_parser.isSet(optSmtp)) {
        if (m_parser.isSet(optSmtpSender) || m_parser.isSet(optSmtpCa) || m_parser.isSet(optSmtpReplyTo)) {
            *exitCode = badInput(QStringLiteral("usage"),
                                 tr("--smtp-sender, --smtp-reply-to and --smtp-ca go with --smtp URL."));
            return false;
        }
    } else {
        SmtpSettings::ParseError smtpError = SmtpSettings::ParseError::None;
        profile->smtp = SmtpSettings::parse(m_parser.value(optSmtp), &smtpError);
        if (!profile->smtp.isValid()) {
            *exitCode = badInput(QStringLiteral("invalid_smtp"),
                                 tr("Invalid --smtp URL: expected smtp://[user@]host[:port][?starttls=required|off] "
                                    "or smtps://[user@]host[:port], without a password."),
                                 {{QStringLiteral("reason"), SmtpSettings::errorCode(smtpError)}});
            return false;
        }
        for (const QString& option : {optSmtpSender, optSmtpReplyTo}) {
            if (!m_parser.isSet(option))
                continue;
            const std::optional<MailSender> sender = MailSender::parse(m_parser.value(option));
            if (!sender) {
                *exitCode = badInput(option == optSmtpSender ? QStringLiteral("invalid_smtp_sender")
                                                             : QStringLiteral("invalid_smtp_reply_to"),
                                     //: %1 is the option (--smtp-sender or --smtp-reply-to).
                                     tr("%1 must be an e-mail address, optionally after a name: "
                                        "Assurance retraite <no-reply@example.org>.")
                                         .arg(QStringLiteral("--") + option));
                return false;
            }
            if (option == optSmtpSender)
                profile->smtp.setSender(sender->toString());
            else
                profile->smtp.setReplyTo(sender->toString());
        }
        if (m_parser.isSet(optSmtpCa)) {
            const QFileInfo caFile(m_parser.value(optSmtpCa));
            if (m_parser.value(optSmtpCa).isEmpty() || !caFile.isFile() || !caFile.isReadable()) {
                *exitCode = badInput(QStringLiteral("invalid_smtp_ca"), tr("--smtp-ca must name a readable PEM file."));
                return false;
            }
            profile->smtp.setTrustedCaFile(caFile.absoluteFilePath());
        }
    }
    if (m_parser.isSet(optMailDelivery)
        && !ConnectionProfile::parseMailDelivery(m_parser.value(optMailDelivery), &profile->mailDelivery)) {
        *exitCode = badInput(QStringLiteral("invalid_mail_delivery"),
                             tr("--mail-delivery must be embedded or shared_service."));
        return false;
    }
    return true;
}

int CtlProfileCommands::set(ConnectionProfileStore& store, const QString& name)
{
    if (!ConnectionProfile::isValidName(name))
        return badInput(QStringLiteral("invalid_name"),
                        tr("A profile name has 1 to 40 letters, digits, spaces, '.', '_' or '-', and does not start "
                           "or end with a space."));
    ConnectionProfile profile;
    profile.name = name;
    int exitCode = CtlOutput::Usage;
    if (!readProfile(&profile, &exitCode))
        return exitCode;
    const bool existed = store.names().contains(name);
    const ConnectionProfileStore::SaveError error = store.save(profile);
    if (error == ConnectionProfileStore::SaveError::NameTaken)
        //: %1 is the existing profile's name, which differs from the one given only by case.
        return badInput(ConnectionProfileStore::saveErrorCode(error),
                        tr("A profile named %1 already exists: names that differ only by case are the same name.")
                            .arg(store.sameNameOtherCase(name)));
    if (error != ConnectionProfileStore::SaveError::None)
        return CtlOutput::refused(ConnectionProfileStore::saveErrorCode(error),
                                  tr("The connection profile could not be saved in the settings file."));
    QJsonObject out = describe(profile, store.defaultName());
    out.insert(QStringLiteral("created"), !existed);
    return CtlOutput::success(out);
}

int CtlProfileCommands::remove(ConnectionProfileStore& store, const QString& name)
{
    if (!store.names().contains(name))
        return unknownProfile(name);
    // The keychain first: when it cannot be reached, the profile stays, so the command can be run
    // again once it can (no password left behind without its profile).
    for (const QString& purpose : {ConnectionProfile::DatabasePurpose, ConnectionProfile::SmtpPurpose,
                                   ConnectionProfile::ReadsDatabasePurpose}) {
        const SecretStore::Failure failure = secrets().removeBlocking(name, purpose);
        if (failure != SecretStore::Failure::None && failure != SecretStore::Failure::NotFound)
            return keychainFailure(failure);
    }
    store.remove(name);
    return CtlOutput::success({{QStringLiteral("name"), name}, {QStringLiteral("removed"), true}});
}

int CtlProfileCommands::setDefault(ConnectionProfileStore& store, const QString& name)
{
    if (!store.names().contains(name))
        return unknownProfile(name);
    store.setDefaultName(name);
    return CtlOutput::success({{QStringLiteral("default"), name}});
}

int CtlProfileCommands::setPassword(ConnectionProfileStore& store, const QString& name)
{
    const QString purpose = m_parser.value(optPurpose);
    if (purpose != ConnectionProfile::DatabasePurpose && purpose != ConnectionProfile::SmtpPurpose
        && purpose != ConnectionProfile::ReadsDatabasePurpose)
        return badInput(QStringLiteral("invalid_purpose"),
                        tr("profile set-password needs --purpose database, --purpose smtp or --purpose "
                           "database-reads."));
    const std::optional<ConnectionProfile> profile = store.load(name);
    if (!profile)
        return unknownProfile(name);
    if (purpose == ConnectionProfile::DatabasePurpose && profile->database.engine() != DatabaseUrl::Engine::PostgreSql)
        return badInput(QStringLiteral("no_password_needed"),
                        tr("The profile's database is an SQLite file: it has no password."));
    if (purpose == ConnectionProfile::ReadsDatabasePurpose && !profile->reads.isValid())
        return badInput(QStringLiteral("no_password_needed"),
                        tr("The profile has no read replica (--reads-database): there is no password to save for it."));
    if (purpose == ConnectionProfile::SmtpPurpose && !profile->smtp.isValid())
        return badInput(QStringLiteral("no_password_needed"),
                        tr("The profile has no mail relay (--smtp): there is no SMTP password to save."));

    QString password = TerminalInput::readPassword(tr("Password (not shown): "));
    if (password.isEmpty())
        return badInput(QStringLiteral("empty_password"),
                        tr("No password read: write it on the first line of standard input."));
    const SecretStore::Failure failure = secrets().writeBlocking(name, purpose, password);
    password.fill(QLatin1Char('\0'));
    if (failure != SecretStore::Failure::None)
        return keychainFailure(failure);
    return CtlOutput::success(
        {{QStringLiteral("name"), name}, {QStringLiteral("purpose"), purpose}, {QStringLiteral("saved"), true}});
}
