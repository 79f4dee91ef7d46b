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
//                                            one pass over what is due, then {"sent": n, "failed":
//                                            n, "dead": n, "held": n, "paused": bool, …}; exit 1
//                                            with "error": "delivery_failed" when anything due was
//                                            not sent (failed, dead or held by a pause)
//   mailer run (--deliver-to-dir DIR | --smtp URL [--smtp-ca FILE])
//                                            a pass every 5 seconds until SIGINT or SIGTERM, then
//                                            the totals in the same form
//   mailer requeue [--dead] [--account NIR]  waiting mail due now, the pause lifted; with --dead,
//                                            dead mail queued again (MailDispatcher::requeue)
// --sender "Name <address>" and --reply-to set the From (and MAIL FROM) and Reply-To, over the
// profile's. --smtp-password-file FILE reads the relay's password from a file (a systemd
// credential) before the keychain and GUICHET_SMTP_PASSWORD.
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

    int run(const QStringList& argumentsAfterMailer);

private:
    // The transport the options ask for, or nullptr after printing the usage error into *exitCode.
    std::unique_ptr<MailTransport> makeTransport(int* exitCode);
    // The profile's relay with its password; false after printing the error into *exitCode.
    bool profileSettings(SmtpSettings* settings, int* exitCode);
    // The relay's password when the settings name a user: --smtp-password-file, else nothing
    // (nullopt with *exitCode set when the file cannot be read).
    bool passwordFromFile(SmtpSettings* settings, bool* found, int* exitCode);
    // --sender and --reply-to, checked; false after printing the error into *exitCode.
    bool senderOptions(QString* sender, QString* replyTo, int* exitCode);
    int runOnce(MailDispatcher& dispatcher);
    int runUntilStopped(MailDispatcher& dispatcher);
    int requeue();

    QCommandLineParser& m_parser;
    Database& m_database;
    const ConnectionProfile* m_profile;
    SecretStore* m_secrets;
};
