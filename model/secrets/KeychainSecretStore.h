#pragma once

#include "secrets/SecretStore.h"

// The operating system's keychain through QtKeychain: the Secret Service (GNOME Keyring,
// KWallet…) on Linux, the Keychain on macOS, the Credential Manager on Windows. Each secret is
// the entry "<profile>/<purpose>" of the service "Guichet". QtKeychain's plain-text fallback is
// never used: where no keychain answers, the operations fail with NoBackend.
class KeychainSecretStore : public SecretStore
{
public:
    explicit KeychainSecretStore(const QString& service = QStringLiteral("Guichet"));

    void read(const QString& profile, const QString& purpose, QObject* context, Callback done) override;
    void write(const QString& profile, const QString& purpose, const QString& secret, QObject* context,
               Callback done) override;
    void remove(const QString& profile, const QString& purpose, QObject* context, Callback done) override;

    QString service() const { return m_service; }

    // The decision for a QtKeychain error code (a QKeychain::Error) and its errorString().
    // The detail matters for OtherError only: QtKeychain reports an unreachable D-Bus session or
    // a missing Secret Service as OtherError, and that is NoBackend for Guichet.
    static Failure failureFor(int keychainError, const QString& detail);

private:
    QString m_service;
};
