#pragma once

#include <QByteArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <memory>

class Database;
class SecretStore;
struct ConnectionProfile;

// guichetctl audit key|sequencer|checkpoint|verify: the sealed audit trail (AuditSealer).
//   audit key init                 a random sealing key into this machine's keychain, as
//                                  (<profile or "default">, "audit-seal"); refused when one is
//                                  there. With --audit-key-file FILE, into that new file (0600)
//                                  instead, for a service without a keychain session.
//   audit sequencer run [--once] [--interval-ms N]
//                                  seals the committed events every N ms (default 1000) until
//                                  SIGINT or SIGTERM, then {"sealed", "last_seq", "passes"}; it
//                                  only reads while there is nothing to seal (no lock held).
//   audit checkpoint --agent LOGIN {"last_id", "hash", "events", "signature"} to keep outside the
//                                  database; the database records that it was taken.
//   audit verify --agent LOGIN [--checkpoint FILE]
//                                  events, sealed, unsealed, seqs, the MACs when the key is on
//                                  this machine (else "seals": "not_checked", not an error), and
//                                  the trail against a kept checkpoint.
// The key comes from --audit-key-file, else the keychain; key init, sequencer run and
// checkpoint need it (AuditKeyUnavailable), verify does without.
class CtlAuditCommands
{
    Q_DECLARE_TR_FUNCTIONS(CtlAuditCommands)

public:
    static const QString KeyPurpose; // "audit-seal"

    // database: nullptr for audit key init only (it never opens one).
    CtlAuditCommands(QCommandLineParser& parser, Database* database, const ConnectionProfile* profile,
                     SecretStore* secrets);
    ~CtlAuditCommands();

    // After "audit" (audit list stays CtlAdminCommands').
    int run(const QStringList& arguments);

private:
    int keyInit();
    int runSequencer();
    int checkpoint();
    int verify();
    // The key: from --audit-key-file, else the keychain. Empty when there is none; *exitCode set
    // (and an empty key) when the file option is given but unreadable.
    QByteArray loadKey(int* exitCode);
    QString keychainProfile() const;
    SecretStore& secrets();

    QCommandLineParser& m_parser;
    Database* m_database;
    const ConnectionProfile* m_profile;
    SecretStore* m_secrets;
    std::unique_ptr<SecretStore> m_ownSecrets;
};
