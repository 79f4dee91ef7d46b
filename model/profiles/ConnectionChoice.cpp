#include "profiles/ConnectionChoice.h"

ConnectionChoice::Request ConnectionChoice::Request::fromEnvironment(const QString& databaseOption,
                                                                     const QString& profileOption,
                                                                     const QString& lastProfile)
{
    return {databaseOption, profileOption, qEnvironmentVariable("GUICHET_DATABASE"),
            qEnvironmentVariable("GUICHET_PROFILE"), lastProfile};
}

ConnectionChoice ConnectionChoice::choose(const Request& request)
{
    ConnectionChoice choice;
    const auto database = [&choice](Source source, const QString& text) {
        choice.m_source = source;
        choice.m_url = DatabaseUrl::parse(text, &choice.m_parseError);
        return choice;
    };
    const auto profile = [&choice](Source source, const QString& name) {
        choice.m_source = source;
        choice.m_profile = name;
        return choice;
    };
    if (!request.databaseOption.isEmpty())
        return database(Source::DatabaseOption, request.databaseOption);
    if (!request.profileOption.isEmpty())
        return profile(Source::ProfileOption, request.profileOption);
    if (!request.databaseEnvironment.isEmpty())
        return database(Source::DatabaseEnvironment, request.databaseEnvironment);
    if (!request.profileEnvironment.isEmpty())
        return profile(Source::ProfileEnvironment, request.profileEnvironment);
    if (!request.lastProfile.isEmpty())
        return profile(Source::LastProfile, request.lastProfile);
    choice.m_source = Source::DefaultFile;
    choice.m_url = DatabaseUrl::defaultUrl();
    return choice;
}

QString ConnectionChoice::sourceName() const
{
    switch (m_source) {
    case Source::DatabaseOption:
        return QStringLiteral("--database");
    case Source::ProfileOption:
        return QStringLiteral("--profile");
    case Source::DatabaseEnvironment:
        return QStringLiteral("GUICHET_DATABASE");
    case Source::ProfileEnvironment:
        return QStringLiteral("GUICHET_PROFILE");
    case Source::LastProfile:
        return QStringLiteral("last profile");
    case Source::DefaultFile:
        break;
    }
    return QStringLiteral("default file");
}
