#include "mail/SmtpSettings.h"

#include <QUrl>
#include <QUrlQuery>

namespace {

SmtpSettings failed(SmtpSettings::ParseError reason, SmtpSettings::ParseError* error)
{
    if (error)
        *error = reason;
    return {};
}

} // namespace

SmtpSettings SmtpSettings::parse(const QString& input, ParseError* error)
{
    if (error)
        *error = ParseError::None;
    const QString text = input.trimmed();
    if (text.isEmpty())
        return failed(ParseError::Empty, error);

    const QUrl parsed(text, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != QLatin1String("smtp") && scheme != QLatin1String("smtps")))
        return failed(ParseError::UnknownScheme, error);
    // "user:@host" has an empty password but still says one was meant to be there.
    if (!parsed.password().isEmpty() || parsed.userInfo(QUrl::FullyEncoded).contains(QLatin1Char(':')))
        return failed(ParseError::PasswordInUrl, error);
    if (parsed.host().isEmpty())
        return failed(ParseError::MissingHost, error);
    if (parsed.port() == 0)
        return failed(ParseError::InvalidPort, error);
    if (!parsed.path().isEmpty() && parsed.path() != QLatin1String("/"))
        return failed(ParseError::PathInUrl, error);
    if (parsed.hasFragment())
        return failed(ParseError::UnknownOption, error);

    SmtpSettings settings;
    settings.m_host = parsed.host();
    settings.m_user = parsed.userName(QUrl::FullyDecoded);
    const bool implicit = scheme == QLatin1String("smtps");
    settings.m_security = implicit ? Security::Implicit : Security::StartTls;
    settings.m_port = parsed.port(implicit ? 465 : 587);

    const QUrlQuery query(parsed);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (implicit || key != QLatin1String("starttls"))
            return failed(ParseError::UnknownOption, error);
        if (value == QLatin1String("required"))
            settings.m_security = Security::StartTls;
        else if (value == QLatin1String("off"))
            settings.m_security = Security::None;
        else
            return failed(ParseError::UnknownOption, error);
    }
    settings.m_valid = true;
    return settings;
}

QString SmtpSettings::errorCode(ParseError error)
{
    switch (error) {
    case ParseError::None:
        return QStringLiteral("none");
    case ParseError::Empty:
        return QStringLiteral("empty");
    case ParseError::UnknownScheme:
        return QStringLiteral("unknown_scheme");
    case ParseError::MissingHost:
        return QStringLiteral("missing_host");
    case ParseError::InvalidPort:
        return QStringLiteral("invalid_port");
    case ParseError::PasswordInUrl:
        return QStringLiteral("password_in_url");
    case ParseError::UnknownOption:
        return QStringLiteral("unknown_option");
    case ParseError::PathInUrl:
        return QStringLiteral("path_in_url");
    }
    return QStringLiteral("unknown");
}

QString SmtpSettings::envelopeAddress(const QString& headerSender)
{
    const QString text = headerSender.trimmed();
    const qsizetype open = text.lastIndexOf(QLatin1Char('<'));
    if (open >= 0 && text.endsWith(QLatin1Char('>')))
        return text.mid(open + 1, text.size() - open - 2).trimmed();
    return text;
}

QString SmtpSettings::toString() const
{
    if (!m_valid)
        return {};
    QUrl url;
    url.setScheme(m_security == Security::Implicit ? QStringLiteral("smtps") : QStringLiteral("smtp"));
    if (!m_user.isEmpty())
        url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    if (m_security == Security::None)
        url.setQuery(QStringLiteral("starttls=off"));
    return url.toString();
}
