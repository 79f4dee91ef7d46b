#include "profiles/ConnectionTester.h"

#include "core/Logging.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "db/SqlQuery.h"
#include "text/ErrorText.h"

namespace {

// The first word of the server's version ("16.4 (Debian 16.4-1.pgdg120+1)" -> "16.4").
QString firstToken(const QString& text)
{
    return text.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
}

ConnectionTester::DatabaseResult probe(Database& database)
{
    ConnectionTester::DatabaseResult result;
    result.engine = database.url().engine();
    result.latestSchemaVersion = Migrator::latestVersion();

    Result<QSqlDatabase> db = database.connection();
    if (!db) {
        result.error = db.error();
        return result;
    }
    {
        SqlQuery query(db.value());
        const QString sql = database.dialect().isPostgreSql()
            ? QStringLiteral("SELECT current_setting('server_version') AS version")
            : QStringLiteral("SELECT sqlite_version() AS version");
        if (Error error = query.exec(sql)) {
            result.error = error;
            return result;
        }
        if (query.next())
            result.serverVersion = firstToken(query.value(QStringLiteral("version")).toString());
    }
    Result<int> version = Migrator(database).currentVersion();
    if (!version) {
        result.error = version.error();
        return result;
    }
    result.schemaVersion = version.value();
    result.hasSchema = result.schemaVersion > 0;
    return result;
}

} // namespace

ConnectionTester::DatabaseResult ConnectionTester::testDatabase(const DatabaseUrl& url)
{
    if (!url.isValid()) {
        DatabaseResult result;
        result.engine = url.engine();
        result.latestSchemaVersion = Migrator::latestVersion();
        result.error = Error(ErrorCode::InvalidInput, QStringLiteral("invalid database URL"));
        return result;
    }
    Database database(url, Database::Creation::MustExist); // a test never creates a file
    DatabaseResult result = probe(database);
    database.closeThreadConnection();
    // The engine and the outcome only: never the URL's password, never a user's data.
    qCInfo(lcSql).noquote() << "connection test:" << (result.ok() ? QStringLiteral("ok") : result.error.codeName())
                            << "schema" << result.schemaVersion;
    return result;
}

ConnectionTester::SmtpResult ConnectionTester::testSmtp(const SmtpSettings& settings)
{
    SmtpClient client(settings);
    SmtpResult result;
    result.ok = client.probe();
    result.failure = client.failure();
    result.encrypted = client.wasEncrypted();
    result.authMechanism = client.authMechanism();
    qCInfo(lcMail).noquote() << "relay test:" << (result.ok ? QStringLiteral("ok") : result.failure.describe());
    return result;
}

QString ConnectionTester::describe(const DatabaseResult& result, const DatabaseUrl& url)
{
    if (!result.ok()) {
        QString text = ErrorText::error(result.error);
        if (!result.error.detail().isEmpty())
            //: After a failed connection test; %1 is the technical reason, often the server's own words.
            text += QLatin1Char('\n') + tr("Details: %1").arg(result.error.detail());
        return text;
    }
    QString text;
    if (result.engine == DatabaseUrl::Engine::Sqlite) {
        //: %1 is the SQLite file, %2 the version of the SQLite library.
        text = tr("Connected to the SQLite file %1 (SQLite %2).").arg(url.path(), result.serverVersion);
    } else {
        const QString server = url.hostName() + QLatin1Char(':') + QString::number(url.port());
        //: %1 is the server's version, %2 the server (host:port), %3 the database name.
        text = tr("Connected to PostgreSQL %1 on %2, database %3.")
                   .arg(result.serverVersion, server, url.databaseName());
    }
    text += QLatin1Char(' ');
    const bool shared = result.engine == DatabaseUrl::Engine::PostgreSql;
    if (!result.hasSchema && shared)
        text += tr("No schema yet: an administrator creates it with guichetctl init, with the login that will own "
                   "the schema.");
    else if (!result.hasSchema)
        text += tr("No schema yet: the first desk that opens the database creates it.");
    else if (result.schemaTooNew())
        text += tr("Its schema (version %1) is newer than this program (version %2): install the update first.")
                    .arg(result.schemaVersion)
                    .arg(result.latestSchemaVersion);
    else if (result.schemaVersion < result.latestSchemaVersion && shared)
        text += tr("Schema version %1: an administrator must bring it to version %2 (guichetctl migrate) before the "
                   "desks can use it.")
                    .arg(result.schemaVersion)
                    .arg(result.latestSchemaVersion);
    else if (result.schemaVersion < result.latestSchemaVersion)
        text += tr("Schema version %1; the first desk that opens it brings it to version %2.")
                    .arg(result.schemaVersion)
                    .arg(result.latestSchemaVersion);
    else
        text += tr("Schema version %1, up to date.").arg(result.schemaVersion);
    return text;
}

QString ConnectionTester::describe(const SmtpResult& result, const SmtpSettings& settings)
{
    const QString relay = settings.hostName() + QLatin1Char(':') + QString::number(settings.port());
    if (result.ok) {
        QStringList sentences;
        //: %1 is the mail relay (host:port).
        sentences << tr("The mail relay %1 answered.").arg(relay);
        sentences << (result.encrypted ? tr("The connection is encrypted.") : tr("The connection is not encrypted."));
        if (!result.authMechanism.isEmpty())
            //: %1 is the relay login, %2 the SMTP authentication mechanism (PLAIN, LOGIN).
            sentences << tr("Signed in as %1 (%2).").arg(settings.userName(), result.authMechanism);
        if (!settings.sender().isEmpty())
            //: %1 is the sender's e-mail address.
            sentences << tr("The relay accepts %1 as the sender.").arg(settings.envelopeSender());
        sentences << tr("No mail was sent.");
        return sentences.join(QLatin1Char(' '));
    }
    QString text;
    switch (result.failure.step) {
    case SmtpClient::Step::Connect:
        text = tr("The mail relay %1 cannot be reached.").arg(relay);
        break;
    case SmtpClient::Step::Greeting:
    case SmtpClient::Step::Ehlo:
        text = tr("The server %1 does not answer as a mail relay.").arg(relay);
        break;
    case SmtpClient::Step::StartTls:
    case SmtpClient::Step::Tls:
        text = tr("The encrypted connection to the mail relay %1 failed: check the security setting and the CA "
                  "certificate.")
                   .arg(relay);
        break;
    case SmtpClient::Step::Auth:
        text = tr("The mail relay %1 refused the login or the password.").arg(relay);
        break;
    case SmtpClient::Step::MailFrom:
        //: %1 is the mail relay (host:port), %2 the sender's e-mail address.
        text = tr("The mail relay %1 refuses %2 as the sender: use an address that the relay's login may send "
                  "from.")
                   .arg(relay, settings.envelopeSender());
        break;
    default:
        text = tr("The mail relay %1 refused the test.").arg(relay);
        break;
    }
    if (result.failure.kind == SmtpClient::Failure::Kind::Configuration)
        text += QLatin1Char(' ')
            + tr("Until this is corrected, mail delivery stays paused; the waiting mail is kept and goes out "
                 "once the relay accepts it.");
    //: After a failed relay test; %1 is the failed step and the server's reply, in English.
    return text + QLatin1Char('\n') + tr("Details: %1").arg(result.failure.describe());
}
