#include "db/DatabaseUrl.h"

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

bool isKnownSslMode(const QString& mode)
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes.contains(mode);
}

// A file option's value: an absolute path (relative ones against the working folder), never a ';'
// (QPSQL splits its options on it).
bool filePath(const QString& value, QString* path)
{
    if (value.isEmpty() || value.contains(QLatin1Char(';')))
        return false;
    *path = QDir::cleanPath(QDir::current().absoluteFilePath(QDir::fromNativeSeparators(value)));
    return true;
}

// libpq's conninfo quoting: in single quotes, with \ and \' escaped.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
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
        QString path = text.mid(7).trimmed();
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2); // sqlite:///abs/path and sqlite://relative both accepted
        if (path.trimmed().isEmpty())
            return failed(ParseError::MissingPath, error);
        // No name at the end of the path ends in white space (a typing slip, and toString() then
        // parse() would lose it, since parse() trims what it reads).
        QString clean = QDir::cleanPath(QDir::current().absoluteFilePath(path));
        for (QString previous; clean != previous;) {
            previous = clean;
            while (!clean.isEmpty() && clean.back().isSpace())
                clean.chop(1);
            clean = QDir::cleanPath(clean);
        }
        url.m_engine = Engine::Sqlite;
        url.m_path = clean;
        url.m_valid = true;
        return url;
    }

    // A Unicode noncharacter (U+FDD0…, U+xFFFE/F) does not come back from QUrl's encoding as it
    // went in (fuzz_databaseurl found one in a file name): refused, as no real name carries one.
    const QList<uint> codePoints = text.toUcs4();
    for (const uint codePoint : codePoints) {
        if (QChar::isNonCharacter(codePoint))
            return failed(ParseError::InvalidOptionValue, error);
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
        bool valid = true;
        if (key == QLatin1String("sslmode"))
            valid = isKnownSslMode(url.m_sslMode = value);
        else if (key == QLatin1String("sslrootcert"))
            valid = filePath(value, &url.m_sslRootCert);
        else if (key == QLatin1String("sslcert"))
            valid = filePath(value, &url.m_sslCert);
        else if (key == QLatin1String("sslkey"))
            valid = filePath(value, &url.m_sslKey);
        else if (key == QLatin1String("host"))
            url.m_host = value; // a Unix socket folder, as libpq accepts it
        else
            return failed(ParseError::UnknownOption, error);
        if (!valid)
            return failed(ParseError::InvalidOptionValue, error);
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
    // The local, not roaming, data folder: on Windows %LOCALAPPDATA%\Guichet\Guichet (a roaming
    // profile would copy the database at each logon); on Linux the same folder as AppDataLocation
    // (~/.local/share/Guichet/Guichet), where it always was.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return parse(QLatin1String("sqlite:") + QDir(folder).filePath(QStringLiteral("guichet.sqlite")));
}

DatabaseUrl DatabaseUrl::withDatabaseName(const QString& name) const
{
    DatabaseUrl copy = *this;
    copy.m_database = name;
    return copy;
}

DatabaseUrl DatabaseUrl::withUser(const QString& user, const QString& password) const
{
    DatabaseUrl copy = *this;
    copy.m_user = user;
    copy.m_password = password;
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
    // A socket folder, or a host= option that is no URL host ("db?x", "DB": QUrl would refuse or
    // lower-case it), stays an option: parse() reads it back as it was.
    QUrl authority;
    authority.setHost(m_host, QUrl::StrictMode);
    const bool hostOption = m_host.startsWith(QLatin1Char('/')) || !authority.isValid() || authority.host() != m_host;
    url.setHost(hostOption ? QStringLiteral("localhost") : m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    QUrlQuery query;
    if (hostOption)
        query.addQueryItem(QStringLiteral("host"), QString(m_host).replace(QLatin1Char('&'), QLatin1String("%26")));
    if (!m_sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), m_sslMode);
    const std::pair<const char*, const QString*> files[]
        = {{"sslrootcert", &m_sslRootCert}, {"sslcert", &m_sslCert}, {"sslkey", &m_sslKey}};
    for (const auto& [key, value] : files) {
        if (!value->isEmpty())
            query.addQueryItem(QString::fromLatin1(key),
                               QString(*value).replace(QLatin1Char('&'), QLatin1String("%26")));
    }
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded); // a space in a file name stays %20: parse() is strict
}

QString DatabaseUrl::connectOptions() const
{
    QStringList options{QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=guichet")};
    if (!m_sslMode.isEmpty())
        options << QLatin1String("sslmode=") + m_sslMode;
    if (!m_sslRootCert.isEmpty())
        options << QLatin1String("sslrootcert=") + quoted(QDir::toNativeSeparators(m_sslRootCert));
    if (!m_sslCert.isEmpty())
        options << QLatin1String("sslcert=") + quoted(QDir::toNativeSeparators(m_sslCert));
    if (!m_sslKey.isEmpty())
        options << QLatin1String("sslkey=") + quoted(QDir::toNativeSeparators(m_sslKey));
    return options.join(QLatin1Char(';'));
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
    case ParseError::InvalidOptionValue:
        return QStringLiteral("invalid_option_value");
    }
    return QStringLiteral("unknown");
}
