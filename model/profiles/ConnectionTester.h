#pragma once

#include "core/Error.h"
#include "db/DatabaseUrl.h"
#include "mail/SmtpClient.h"
#include "mail/SmtpSettings.h"

#include <QCoreApplication>
#include <QString>

// "Test the connection" for a connection profile, without widgets: opens a database or talks to a
// mail relay once, says what it found, and leaves nothing behind (no connection kept open, no mail
// sent, no migration applied).
//
// BLOCKING: both functions return only when the test is over (the database's connect timeout, or
// one SmtpSettings timeout per SMTP step). Run them off the UI thread (QtConcurrent::run). The
// passwords are the ones already set in the url or the settings; they are never logged.
class ConnectionTester
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionTester)

public:
    struct DatabaseResult
    {
        Error error; // none when the database answered; else why not (DatabaseFailure's codes), with the detail
        DatabaseUrl::Engine engine = DatabaseUrl::Engine::Sqlite;
        QString serverVersion; // "16.4" (PostgreSQL), "3.40.1" (the SQLite library)
        bool hasSchema = false; // false: an empty database (guichetctl init creates the schema; SQLite: the first desk)
        int schemaVersion = 0; // when hasSchema
        int latestSchemaVersion = 0; // what this build migrates to

        bool ok() const { return !error.isError(); }
        // The database was made by a newer Guichet: this build would refuse it.
        bool schemaTooNew() const { return hasSchema && schemaVersion > latestSchemaVersion; }
    };

    struct SmtpResult
    {
        bool ok = false;
        SmtpClient::Failure failure; // the failed step and the server's reply, when !ok
        bool encrypted = false; // the session used TLS (STARTTLS or SMTPS)
        QString authMechanism; // "PLAIN", "LOGIN", or empty when no user is set
    };

    // Opens its own Database on the calling thread, runs a trivial query, reads the schema version
    // when there is a schema, closes the connection. An SQLite file that does not exist yet is
    // created empty, as a desk would.
    static DatabaseResult testDatabase(const DatabaseUrl& url);
    // SmtpClient::probe(): connect, EHLO, STARTTLS when required, AUTH when a user is set, MAIL FROM
    // with the sender when one is set (then RSET), QUIT. A failure here is what would pause the
    // delivery (SmtpClient::Failure::Kind::Configuration).
    static SmtpResult testSmtp(const SmtpSettings& settings);

    // The outcome in words for people (translated), given what was tested: what answered, or what
    // failed with the technical detail (the server's reply). Never a password.
    static QString describe(const DatabaseResult& result, const DatabaseUrl& url);
    static QString describe(const SmtpResult& result, const SmtpSettings& settings);
};
