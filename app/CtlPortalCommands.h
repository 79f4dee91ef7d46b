#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

class Database;
class Nir;

// guichetctl portal …: the portal's side (register, login, activate, reset with the secret
// answer), so that a desk action can be checked end to end from a script. Outcomes are answers
// (exit 0, {"outcome": …}); bad input is refused (exit 1); a usage error exits 2. --at (the time
// of the action) is the simulator's alone: refused unless GUICHET_PORTAL_SIMULATOR=1.
class CtlPortalCommands
{
    Q_DECLARE_TR_FUNCTIONS(CtlPortalCommands)

public:
    // --email, --secret-question, --secret-answer, --at. The NIR and civil-status options are
    // CtlCommands' (--nir, --last-name, --first-names, --birth-date, --birth-place).

    CtlPortalCommands(QCommandLineParser& parser, Database& database);

    // arguments after "portal": {"register"} | {"login", NIR, PASSWORD} |
    // {"activate", NIR, TEMPORARY, NEW} | {"reset-with-secret", NIR, ANSWER, NEW}
    int run(const QStringList& arguments);

private:
    int registerAccount();
    int login(const QStringList& arguments);
    int activate(const QStringList& arguments);
    int resetWithSecret(const QStringList& arguments);
    int refuseEmailChange();

    // The simulator is enabled explicitly: GUICHET_PORTAL_SIMULATOR=1 in the environment.
    static bool simulatorEnabled();
    // --at, or the current time. --at is refused (simulator_not_enabled) unless the simulator is
    // enabled; on a bad value prints the usage error. Returns false after printing.
    bool readTime(QDateTime* at, int* exitCode) const;
    // Parses a positional NIR; prints the refusal and returns false when it is not valid.
    static bool readNir(const QString& text, Nir* nir, int* exitCode);

    QCommandLineParser& m_parser;
    Database& m_database;
};
