#pragma once

#include "ConnectionProfile.h"

#include <QStringList>

#include <optional>

class QSettings;

// The connection profiles, in the application's QSettings (group "profiles"): names and addresses
// only. save() never writes a password, whatever the profile's SmtpSettings or DatabaseUrl hold in
// memory; the passwords go to SecretStore under the profile's name.
class ConnectionProfileStore
{
public:
    enum class SaveError { None, InvalidName, InvalidDatabase, NotWritable };

    explicit ConnectionProfileStore(QSettings& settings);

    QStringList names() const; // sorted, case-insensitively
    // Empty when there is no such profile or what is stored no longer parses.
    std::optional<ConnectionProfile> load(const QString& name) const;
    SaveError save(const ConnectionProfile& profile);
    // Removing a profile that does not exist succeeds. The keychain entries are the caller's.
    void remove(const QString& name);

    // The profile a desk offers first: the last one used, if it still exists.
    QString defaultName() const;
    void setDefaultName(const QString& name);

    static QString saveErrorCode(SaveError error); // "invalid_name"…

private:
    QSettings& m_settings;
};
