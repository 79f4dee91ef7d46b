#pragma once

#include "db/DatabaseUrl.h"

#include <QString>

// Which database a desk or guichetctl opens, the one order for both: what the command line says
// beats the environment, and at each level an explicit database beats a profile:
//   1. --database URL           3. GUICHET_DATABASE
//   2. --profile NAME           4. GUICHET_PROFILE
//   5. the profile used last (the desk remembers it; guichetctl has none, a script names its database)
//   6. the local SQLite file in the user's data folder (DatabaseUrl::defaultUrl()).
// An empty value counts as not given.
class ConnectionChoice
{
public:
    struct Request
    {
        QString databaseOption;
        QString profileOption;
        QString databaseEnvironment;
        QString profileEnvironment;
        QString lastProfile;

        // The environment's two variables read, with the options and the profile used last given.
        static Request fromEnvironment(const QString& databaseOption, const QString& profileOption,
                                       const QString& lastProfile = {});
        // Only --database, or only --profile (tests, and callers without an environment).
        static Request databaseOnly(const QString& url) { return {url, {}, {}, {}, {}}; }
        static Request profileOnly(const QString& name) { return {{}, name, {}, {}, {}}; }
        // The profile named by --profile, else GUICHET_PROFILE, whatever database wins (guichetctl's
        // mail relay comes from it); empty when neither names one.
        QString namedProfile() const { return profileOption.isEmpty() ? profileEnvironment : profileOption; }
    };
    enum class Source {
        DatabaseOption,
        ProfileOption,
        DatabaseEnvironment,
        ProfileEnvironment,
        LastProfile,
        DefaultFile
    };

    static ConnectionChoice choose(const Request& request);

    Source source() const { return m_source; }
    bool isProfile() const { return !m_profile.isEmpty(); }
    QString profile() const { return m_profile; } // when isProfile()
    DatabaseUrl url() const { return m_url; } // otherwise; invalid when the text given is not a URL
    DatabaseUrl::ParseError parseError() const { return m_parseError; }
    // "--database", "GUICHET_PROFILE"…: where the choice came from, for messages.
    QString sourceName() const;

private:
    Source m_source = Source::DefaultFile;
    QString m_profile;
    DatabaseUrl m_url;
    DatabaseUrl::ParseError m_parseError = DatabaseUrl::ParseError::None;
};
