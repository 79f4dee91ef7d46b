#include "DatabaseUrl.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace {

DatabaseUrl failed(DatabaseUrl::ParseError reason, DatabaseUrl::ParseError* error)
{
    if (error)
        *error = reason;
    return {};
}

} // namespace

DatabaseUrl DatabaseUrl::parse(const QString& input, ParseError* error)
{
    if (error)
        *error = ParseError::None;
    const QString text = input.trimmed();
    if (text.isEmpty())
        return failed(ParseError::Empty, error);

    DatabaseUrl url;
    if (text.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive)) {
        QString path = text.mid(7);
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2); // sqlite:///abs/path and sqlite://relative both accepted
        if (path.isEmpty())
            return failed(ParseError::MissingPath, error);
        url.m_engine = Engine::Sqlite;
        url.m_path = QDir::cleanPath(QDir::current().absoluteFilePath(path));
        url.m_valid = true;
        return url;
    }

    const QUrl parsed(text, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")))
        return failed(ParseError::UnknownScheme, error);
    if (!parsed.password().isEmpty())
        return failed(ParseError::PasswordInUrl, error);

    url.m_engine = Engine::PostgreSql;
    url.m_user = parsed.userName();
    url.m_host = parsed.host();
    if (parsed.port() == 0)
        return failed(ParseError::InvalidPort, error);
    url.m_port = parsed.port(5432);
    url.m_database = parsed.path().mid(1);

    const QUrlQuery query(parsed);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode"))
            url.m_sslMode = value;
        else if (key == QLatin1String("host"))
            url.m_host = value; // a Unix socket folder, as libpq accepts it
        else
            return failed(ParseError::UnknownOption, error);
    }
    if (url.m_host.isEmpty())
        return failed(ParseError::MissingHost, error);
    if (url.m_database.isEmpty() || url.m_database.contains(QLatin1Char('/')))
        return failed(ParseError::MissingDatabase, error);
    url.m_valid = true;
    return url;
}

DatabaseUrl DatabaseUrl::defaultUrl()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return parse(QLatin1String("sqlite:") + QDir(folder).filePath(QStringLiteral("guichet.sqlite")));
}

DatabaseUrl DatabaseUrl::withDatabaseName(const QString& name) const
{
    DatabaseUrl copy = *this;
    copy.m_database = name;
    return copy;
}

QString DatabaseUrl::toString() const
{
    if (!m_valid)
        return {};
    if (m_engine == Engine::Sqlite)
        return QLatin1String("sqlite:") + QDir::fromNativeSeparators(m_path);
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    const bool socketFolder = m_host.startsWith(QLatin1Char('/'));
    url.setHost(socketFolder ? QStringLiteral("localhost") : m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    QUrlQuery query;
    if (socketFolder)
        query.addQueryItem(QStringLiteral("host"), m_host);
    if (!m_sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), m_sslMode);
    url.setQuery(query);
    return url.toString();
}

QString DatabaseUrl::errorCode(ParseError error)
{
    switch (error) {
    case ParseError::None:
        return QStringLiteral("none");
    case ParseError::Empty:
        return QStringLiteral("empty");
    case ParseError::UnknownScheme:
        return QStringLiteral("unknown_scheme");
    case ParseError::MissingPath:
        return QStringLiteral("missing_path");
    case ParseError::MissingHost:
        return QStringLiteral("missing_host");
    case ParseError::MissingDatabase:
        return QStringLiteral("missing_database");
    case ParseError::InvalidPort:
        return QStringLiteral("invalid_port");
    case ParseError::PasswordInUrl:
        return QStringLiteral("password_in_url");
    case ParseError::UnknownOption:
        return QStringLiteral("unknown_option");
    }
    return QStringLiteral("unknown");
}
