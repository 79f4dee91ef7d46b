#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <memory>

class Database;
class MailDispatcher;
class MailTransport;
class SecretStore;
class SmtpSettings;
struct ConnectionProfile;

// guichetctl mailer: delivers the mail outbox.
//   mailer run --once (--deliver-to-dir DIR | --smtp URL [--smtp-ca FILE])
//                                            one pass over what is due, then
//                                            {"sent": n, "failed": n, "dead": n}
//   mailer run (--deliver-to-dir DIR | --smtp URL [--smtp-ca FILE])
//                                            a pass every 5 seconds until SIGINT or SIGTERM, then
//                                            the totals in the same form
// Exactly one of --deliver-to-dir and --smtp, else a usage error (exit 2). --smtp takes
// smtp://[USER@]HOST[:PORT][?starttls=required|off] or smtps://[USER@]HOST[:PORT] (SmtpSettings);
// with a USER, the password comes from GUICHET_SMTP_PASSWORD. --smtp-ca trusts the certificates of
// one PEM file besides the system CAs. SMTP delivery blocks this process, one session per message.
// With a connection profile (--profile, GUICHET_PROFILE) and neither option, the profile's relay:
// its URL, sender and CA file (--smtp-ca overrides the latter); the password from the keychain
// (profile, "smtp"), else GUICHET_SMTP_PASSWORD.
class CtlMailerCommands
{
    Q_DECLARE_TR_FUNCTIONS(CtlMailerCommands)

public:
    // profile and secrets: the connection profile in use and its keychain, or nullptr for none.
    CtlMailerCommands(QCommandLineParser& parser, Database& database, const ConnectionProfile* profile = nullptr,
                      SecretStore* secrets = nullptr);

    static void addOptions(QCommandLineParser& parser);
    static QString commandSummary();

    int run(const QStringList& argumentsAfterMailer);

private:
    // The transport the options ask for, or nullptr after printing the usage error into *exitCode.
    std::unique_ptr<MailTransport> makeTransport(int* exitCode);
    // The profile's relay with its password; false after printing the error into *exitCode.
    bool profileSettings(SmtpSettings* settings, int* exitCode);
    int runOnce(MailDispatcher& dispatcher);
    int runUntilStopped(MailDispatcher& dispatcher);

    QCommandLineParser& m_parser;
    Database& m_database;
    const ConnectionProfile* m_profile;
    SecretStore* m_secrets;
};
