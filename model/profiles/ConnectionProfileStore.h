#pragma once

#include "profiles/ConnectionProfile.h"

#include <QStringList>

#include <optional>

class QSettings;

// The connection profiles, in the application's QSettings (group "profiles"): names and addresses
// only. save() never writes a password, whatever the profile's SmtpSettings or DatabaseUrl hold in
// memory; the passwords go to SecretStore under the profile's name.
class ConnectionProfileStore
{
public:
    // NameTaken: another profile has the same name in another case ("lyon" beside "Lyon"): the
    // Windows registry and Credential Manager, which keep profiles and their passwords, fold case.
    enum class SaveError { None, InvalidName, InvalidDatabase, NotWritable, NameTaken, InvalidReadsDatabase };

    explicit ConnectionProfileStore(QSettings& settings);

    QStringList names() const; // sorted, case-insensitively
    // Empty when there is no such profile or what is stored no longer parses.
    std::optional<ConnectionProfile> load(const QString& name) const;
    // Creates the profile, or replaces the one of exactly this name.
    SaveError save(const ConnectionProfile& profile);
    // The profile whose name equals name but for case, if another one than name itself exists.
    QString sameNameOtherCase(const QString& name) const;
    // Removing a profile that does not exist succeeds. The keychain entries are the caller's.
    void remove(const QString& name);

    // The profile a desk offers first: the last one used, if it still exists.
    QString defaultName() const;
    void setDefaultName(const QString& name);

    static QString saveErrorCode(SaveError error); // "invalid_name"…

private:
    QSettings& m_settings;
};
