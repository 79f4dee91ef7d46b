#pragma once

#include "db/DatabaseUrl.h"
#include "mail/SmtpSettings.h"

#include <QString>

// What connects a desk (or guichetctl) to its database and its mail relay, under a name that
// agents pick at sign-in ("Hotline Lyon", "test"). The addresses only: the database and SMTP
// passwords are in the OS keychain (SecretStore, purposes DatabasePurpose and SmtpPurpose under
// the profile's name), never in the profile.
struct ConnectionProfile
{
    // Who sends the outbox's mail: a background thread of each desk (one desk or a few), or one
    // shared `guichetctl mailer run` service for the whole hotline (then the desks send nothing).
    enum class MailDelivery { Embedded, SharedService };

    static inline const QString DatabasePurpose = QStringLiteral("database");
    static inline const QString SmtpPurpose = QStringLiteral("smtp");
    // The read replica's password, when it has one of its own (a separate login on the standby).
    static inline const QString ReadsDatabasePurpose = QStringLiteral("database-reads");

    QString name;
    DatabaseUrl database;
    // Invalid (default-constructed) when the profile has no relay: mail stays queued.
    SmtpSettings smtp;
    MailDelivery mailDelivery = MailDelivery::Embedded;
    // Optional: a PostgreSQL streaming replica (hot standby) of database, where the supervisors'
    // heavy reads go (ReadReplica). Invalid (default-constructed): none. Its password, if any, is
    // in the keychain under ReadsDatabasePurpose; without one, the primary's is used (the standby
    // has the same roles).
    DatabaseUrl reads;

    // Whether reads may go with database: none, or PostgreSQL beside a PostgreSQL database.
    bool readsAllowed() const;

    // 1 to 40 letters, digits, spaces, '.', '_' or '-', not starting or ending with a space;
    // never '/', which separates the profile from the purpose in the keychain.
    static bool isValidName(const QString& name);
    static QString mailDeliveryName(MailDelivery delivery); // "embedded", "shared_service"
    static bool parseMailDelivery(const QString& text, MailDelivery* delivery);
};
