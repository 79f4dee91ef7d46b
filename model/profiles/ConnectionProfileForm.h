#pragma once

#include "profiles/ConnectionProfile.h"

#include <QString>

#include <optional>

// What the connection settings' fields hold, as typed, and the rules that turn them into a
// DatabaseUrl, SmtpSettings or a whole ConnectionProfile. A refusal names the first wrong field;
// the settings dialog turns it into words and puts the cursor there.
class ConnectionProfileForm
{
public:
    enum class Field {
        None,
        Name,
        SqlitePath,
        DatabaseHost,
        DatabasePort,
        DatabaseName,
        RelayHost,
        RelayPort,
        Sender,
        CaFile,
        DatabaseRootCert, // sslrootcert: no such file
        DatabaseClientCert, // sslcert: no such file
        DatabaseClientKey, // sslkey: no such file
    };

    template <typename T> struct Built
    {
        std::optional<T> value;
        Field failed = Field::None;
        DatabaseUrl::ParseError urlError = DatabaseUrl::ParseError::None; // DatabaseHost only
    };

    static constexpr int PostgreSqlDefaultPort = 5432;
    static int defaultSmtpPort(SmtpSettings::Security security); // 465 for SMTPS, else 587

    QString name;
    bool sqlite = true;
    QString sqlitePath;
    QString databaseHost; // a name, an address, or a Unix socket folder ("/run/postgresql")
    QString databasePort; // empty: 5432
    QString databaseName;
    QString databaseUser;
    QString sslMode;
    QString sslRootCert; // empty: libpq's default place (~/.postgresql/root.crt, %APPDATA%\postgresql\root.crt)
    QString sslCert;
    QString sslKey;
    bool relay = false;
    SmtpSettings::Security security = SmtpSettings::Security::StartTls;
    QString relayHost;
    QString relayPort; // empty: the security's usual port
    QString relayUser;
    QString sender; // "Name <address>" or an address (MailSender)
    QString replyTo; // optional, the same form; no field of its own in the dialog (guichetctl profile set)
    QString caFile; // empty: the system CAs only
    ConnectionProfile::MailDelivery delivery = ConnectionProfile::MailDelivery::Embedded;
    // The read replica (ConnectionProfile::reads); no field of its own in the dialog (guichetctl
    // profile set --reads-database), kept as it is.
    DatabaseUrl reads;

    Built<DatabaseUrl> database() const;
    // No relay: valid Built holding invalid settings (the mail stays queued).
    Built<SmtpSettings> smtp() const;
    Built<ConnectionProfile> profile() const;

private:
    static std::optional<int> port(const QString& text, int defaultPort);
};
