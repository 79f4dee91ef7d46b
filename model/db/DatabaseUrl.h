#pragma once

#include <QString>

// Where the data lives, from one URL:
//   sqlite:PATH                                   an SQLite file (relative paths resolved against the working folder)
//   postgresql://USER@HOST:PORT/DB[?sslmode=..&sslrootcert=FILE&sslcert=FILE&sslkey=FILE&host=/socket/dir]
// sslmode=verify-full is the recommended setting on a network: libpq then checks the server's
// certificate against sslrootcert (default ~/.postgresql/root.crt, %APPDATA%\postgresql\root.crt)
// and that it names HOST.
// A password in the URL is refused: it comes from the OS keychain (the connection profile's
// "database" secret) and is set with setPassword(), or from PGPASSWORD or ~/.pgpass (libpq). It
// lives in memory only: toString() never shows it.
class DatabaseUrl
{
public:
    enum class Engine { Sqlite, PostgreSql };

    enum class ParseError {
        None,
        Empty,
        UnknownScheme,
        MissingPath,
        MissingHost,
        MissingDatabase,
        InvalidPort,
        PasswordInUrl,
        UnknownOption,
        InvalidOptionValue, // an sslmode libpq does not know, a file name with a ';', a noncharacter
    };

    DatabaseUrl() = default;

    static DatabaseUrl parse(const QString& text, ParseError* error = nullptr);
    // sqlite:<user data folder>/guichet.sqlite (QStandardPaths::AppLocalDataLocation).
    static DatabaseUrl defaultUrl();
    static QString errorCode(ParseError error);

    bool isValid() const { return m_valid; }
    Engine engine() const { return m_engine; }
    QString path() const { return m_path; }
    QString userName() const { return m_user; }
    QString hostName() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_database; }
    QString sslMode() const { return m_sslMode; }
    // Files for libpq (absolute paths); empty: libpq's default place.
    QString sslRootCert() const { return m_sslRootCert; }
    QString sslCert() const { return m_sslCert; }
    QString sslKey() const { return m_sslKey; }
    // The libpq connection options for QSqlDatabase::setConnectOptions (";"-separated; values
    // quoted as libpq wants).
    QString connectOptions() const;

    QString password() const { return m_password; }
    void setPassword(const QString& password) { m_password = password; }

    // The same server with another database (PostgreSQL).
    DatabaseUrl withDatabaseName(const QString& name) const;
    // The same server and options with another login and its password (PostgreSQL).
    DatabaseUrl withUser(const QString& user, const QString& password) const;

    // The URL in canonical form (never holds a password).
    QString toString() const;

private:
    bool m_valid = false;
    Engine m_engine = Engine::Sqlite;
    QString m_path;
    QString m_user;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_sslMode;
    QString m_sslRootCert;
    QString m_sslCert;
    QString m_sslKey;
    QString m_password;
};
