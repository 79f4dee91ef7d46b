#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

class Database;
class MailDispatcher;

// guichetctl mailer: delivers the mail outbox.
//   mailer run --once --deliver-to-dir DIR   one pass over what is due, then
//                                            {"sent": n, "failed": n, "dead": n}
//   mailer run --deliver-to-dir DIR          a pass every 5 seconds until SIGINT or SIGTERM, then
//                                            the totals in the same form
// Without --deliver-to-dir: a usage error (exit 2); SMTP delivery arrives later.
class CtlMailerCommands
{
    Q_DECLARE_TR_FUNCTIONS(CtlMailerCommands)

public:
    CtlMailerCommands(QCommandLineParser& parser, Database& database);

    static void addOptions(QCommandLineParser& parser);
    static QString commandSummary();

    int run(const QStringList& argumentsAfterMailer);

private:
    int runOnce(MailDispatcher& dispatcher);
    int runUntilStopped(MailDispatcher& dispatcher);

    QCommandLineParser& m_parser;
    Database& m_database;
};
