#pragma once

#include "db/Database.h"
#include "profiles/ConnectionProfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

#include <memory>
#include <optional>

class Nir;
class SecretStore;
struct CivilStatus;

// guichetctl's commands. Each one validates its input, calls a model service and prints one
// JSON object (CtlOutput); the return value is the process exit code.
class CtlCommands
{
    Q_DECLARE_TR_FUNCTIONS(CtlCommands)

public:
    explicit CtlCommands(QCommandLineParser& parser);
    ~CtlCommands();
    Q_DISABLE_COPY_MOVE(CtlCommands)

    int run(const QStringList& arguments);

private:
    int init(bool reportPrevious);
    int nirCheck(const QStringList& arguments);
    int addIdentity(bool toRegister);
    int seedDemo();

    // How a command treats the schema when it opens the database.
    enum class Schema {
        Use, // the schema must be current (PostgreSQL); an SQLite file is brought up to date
        Migrate, // the owner's step: bring it to the latest version
    };
    // Opens the database named by --database / the profile (--profile, GUICHET_PROFILE) /
    // GUICHET_DATABASE / the default, with its schema as asked. On failure prints the error and
    // returns false with *exitCode set.
    bool openDatabase(int* exitCode, Schema schema = Schema::Use);
    // Loads the profile named by --profile or GUICHET_PROFILE into m_profile (none named: true).
    bool loadProfile(int* exitCode);
    // The database URL in the order above; with a PostgreSQL profile, its keychain password.
    bool resolveDatabase(DatabaseUrl* url, int* exitCode);
    // The streaming replica for history lockouts: --reads-database, else the profile's when the
    // database is the profile's; invalid when none. False (with exitCode) when it cannot be used.
    bool resolveReads(DatabaseUrl* reads, int* exitCode);
    // Reads --nir and the civil-status options; prints the problem and returns false if any.
    bool readIdentity(Nir* nir, CivilStatus* civilStatus, int* exitCode);
    int refusedByModel(const Error& error);

    QCommandLineParser& m_parser;
    std::optional<ConnectionProfile> m_profile;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Database> m_database;
    int m_schemaVersion = 0;
    int m_previousSchemaVersion = 0;
};
