#pragma once

#include "profiles/ConnectionProfile.h"
#include "secrets/SecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>

class ConnectionProfileStore;
class QSettings;

// guichetctl profile: the connection profiles (ConnectionProfileStore, in the application's
// QSettings) and their passwords (the OS keychain, KeychainSecretStore).
//   profile list                                 {"profiles": [...], "default": NAME or null}
//   profile show NAME                            the profile, addresses only
//   profile set NAME --database URL [--smtp URL] [--smtp-sender ADDR] [--smtp-ca FILE]
//               [--mail-delivery embedded|shared_service]   creates or replaces it
//   profile remove NAME                          with its two keychain entries
//   profile default NAME                         the profile offered first
//   profile set-password NAME --purpose database|smtp      the first line of standard input
// No password is ever printed. Bad input: a translated message, nothing changed, exit 2.
class CtlProfileCommands
{
    Q_DECLARE_TR_FUNCTIONS(CtlProfileCommands)

public:
    explicit CtlProfileCommands(QCommandLineParser& parser);
    ~CtlProfileCommands();
    Q_DISABLE_COPY_MOVE(CtlProfileCommands)

    int run(const QStringList& argumentsAfterProfile);

    // Shared with the other commands: the JSON error for a keychain failure (exit 1), coded
    // "keychain_no_backend", "keychain_access_denied"…, and the one for an unknown profile (exit 2).
    static int keychainFailure(SecretStore::Failure failure);
    static int unknownProfile(const QString& name);
    // The profile named name in the application's QSettings, or nothing (then the error is printed
    // and *exitCode set).
    static std::optional<ConnectionProfile> loadProfile(const QString& name, int* exitCode);

private:
    int list(ConnectionProfileStore& store);
    int show(ConnectionProfileStore& store, const QString& name);
    int set(ConnectionProfileStore& store, const QString& name);
    int remove(ConnectionProfileStore& store, const QString& name);
    int setDefault(ConnectionProfileStore& store, const QString& name);
    int setPassword(ConnectionProfileStore& store, const QString& name);

    // Reads the options of `profile set` into *profile; prints the problem and returns false if any.
    bool readProfile(ConnectionProfile* profile, int* exitCode);
    static QJsonObject describe(const ConnectionProfile& profile, const QString& defaultName);
    static int badInput(const QString& code, const QString& message, QJsonObject extra = {});
    SecretStore& secrets();

    QCommandLineParser& m_parser;
    std::unique_ptr<SecretStore> m_secrets;
};
