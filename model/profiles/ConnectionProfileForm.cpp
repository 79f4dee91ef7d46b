#include "profiles/ConnectionProfileForm.h"

#include "core/EmailAddress.h"
#include "mail/MailSender.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

#include <tuple>

int ConnectionProfileForm::defaultSmtpPort(SmtpSettings::Security security)
{
    return security == SmtpSettings::Security::Implicit ? 465 : 587;
}

std::optional<int> ConnectionProfileForm::port(const QString& text, int defaultPort)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return defaultPort;
    bool ok = false;
    const int value = trimmed.toInt(&ok);
    if (!ok || value < 1 || value > 65535)
        return std::nullopt;
    return value;
}

ConnectionProfileForm::Built<DatabaseUrl> ConnectionProfileForm::database() const
{
    if (sqlite) {
        const QString path = sqlitePath.trimmed();
        const DatabaseUrl url = DatabaseUrl::parse(QLatin1String("sqlite:") + QDir::fromNativeSeparators(path));
        if (path.isEmpty() || !url.isValid())
            return {std::nullopt, Field::SqlitePath};
        return {url};
    }
    const QString host = databaseHost.trimmed();
    const QString databaseOnServer = databaseName.trimmed();
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(databaseUser.trimmed());
    QUrlQuery query;
    if (host.startsWith(QLatin1Char('/'))) { // a Unix socket folder, as libpq takes it
        url.setHost(QStringLiteral("localhost"));
        query.addQueryItem(QStringLiteral("host"), host);
    } else {
        url.setHost(host);
    }
    if (host.isEmpty() || !url.isValid() || url.host().isEmpty())
        return {std::nullopt, Field::DatabaseHost};
    const std::optional<int> number = port(databasePort, PostgreSqlDefaultPort);
    if (!number)
        return {std::nullopt, Field::DatabasePort};
    if (databaseOnServer.isEmpty() || databaseOnServer.contains(QLatin1Char('/')))
        return {std::nullopt, Field::DatabaseName};
    url.setPort(*number);
    url.setPath(QLatin1Char('/') + databaseOnServer);
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    const std::tuple<const char*, const QString*, Field> files[] = {
        {"sslrootcert", &sslRootCert, Field::DatabaseRootCert},
        {"sslcert", &sslCert, Field::DatabaseClientCert},
        {"sslkey", &sslKey, Field::DatabaseClientKey},
    };
    for (const auto& [key, text, field] : files) {
        const QString file = QDir::fromNativeSeparators(text->trimmed());
        if (file.isEmpty())
            continue;
        if (!QFileInfo(file).isFile() || file.contains(QLatin1Char(';')))
            return {std::nullopt, field};
        query.addQueryItem(QString::fromLatin1(key),
                           QFileInfo(file).absoluteFilePath().replace(QLatin1Char('&'), QLatin1String("%26")));
    }
    url.setQuery(query);
    DatabaseUrl::ParseError error = DatabaseUrl::ParseError::None;
    const DatabaseUrl parsed = DatabaseUrl::parse(url.toString(QUrl::FullyEncoded), &error);
    if (!parsed.isValid())
        return {std::nullopt, Field::DatabaseHost, error};
    return {parsed};
}

ConnectionProfileForm::Built<SmtpSettings> ConnectionProfileForm::smtp() const
{
    if (!relay)
        return {SmtpSettings()};
    const QString host = relayHost.trimmed();
    QUrl url;
    url.setScheme(security == SmtpSettings::Security::Implicit ? QStringLiteral("smtps") : QStringLiteral("smtp"));
    url.setHost(host);
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')) || !url.isValid() || url.host().isEmpty())
        return {std::nullopt, Field::RelayHost};
    const std::optional<int> number = port(relayPort, defaultSmtpPort(security));
    if (!number)
        return {std::nullopt, Field::RelayPort};
    url.setPort(*number);
    const QString user = relayUser.trimmed();
    if (!user.isEmpty())
        url.setUserName(user);
    if (security == SmtpSettings::Security::None)
        url.setQuery(QStringLiteral("starttls=off"));
    SmtpSettings settings = SmtpSettings::parse(url.toString(QUrl::FullyEncoded));
    if (!settings.isValid())
        return {std::nullopt, Field::RelayHost};
    // "Assurance retraite <no-reply@hotline.example>" or a bare address.
    const std::optional<MailSender> from = MailSender::parse(sender);
    if (!from)
        return {std::nullopt, Field::Sender};
    settings.setSender(from->toString());
    const std::optional<MailSender> replyToSender = MailSender::parse(replyTo);
    if (!replyTo.trimmed().isEmpty() && !replyToSender)
        return {std::nullopt, Field::Sender};
    settings.setReplyTo(replyToSender ? replyToSender->toString() : QString());
    const QString ca = QDir::fromNativeSeparators(caFile.trimmed());
    if (!ca.isEmpty() && !QFileInfo(ca).isFile())
        return {std::nullopt, Field::CaFile};
    settings.setTrustedCaFile(ca.isEmpty() ? QString() : QFileInfo(ca).absoluteFilePath());
    return {settings};
}

ConnectionProfileForm::Built<ConnectionProfile> ConnectionProfileForm::profile() const
{
    ConnectionProfile profile;
    profile.name = name;
    if (!ConnectionProfile::isValidName(profile.name))
        return {std::nullopt, Field::Name};
    const Built<DatabaseUrl> url = database();
    if (!url.value)
        return {std::nullopt, url.failed, url.urlError};
    profile.database = *url.value;
    const Built<SmtpSettings> relaySettings = smtp();
    if (!relaySettings.value)
        return {std::nullopt, relaySettings.failed};
    profile.smtp = *relaySettings.value;
    profile.mailDelivery = delivery;
    profile.reads = reads;
    return {profile};
}
