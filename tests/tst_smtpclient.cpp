#include "accounts/AccountRepository.h"
#include "core/PasswordHasher.h"
#include "identity/IdentityService.h"
#include "mail/MailDispatcher.h"
#include "mail/MailOutbox.h"
#include "mail/SmtpClient.h"
#include "mail/SmtpSettings.h"
#include "mail/SmtpTransport.h"
#include "support/SmtpTestServer.h"
#include "support/TestDatabases.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// SmtpClient, SmtpSettings and SmtpTransport against real aiosmtpd servers (tests/smtp_server.py,
// run with /usr/bin/python3) on free loopback ports, with a throwaway certificate made by openssl.
// Without aiosmtpd or openssl the server cases skip, or fail when CI or GUICHET_REQUIRE_POSTGRESQL
// is set (CI installs them).

namespace {

const QString Recipient = QStringLiteral("marc.lefevre@example.org");
const QString Sender = QStringLiteral("robot@guichet.invalid");
const QString AuthUser = QStringLiteral("relay-user");
const QString AuthPassword = QStringLiteral("s3cret-relay-pw");

SmtpSettings settingsFor(const QString& url, const QString& caFile = {}, int timeoutMs = 10000)
{
    SmtpSettings settings = SmtpSettings::parse(url);
    settings.setTrustedCaFile(caFile);
    settings.setTimeoutMs(timeoutMs);
    settings.setSender(Sender);
    return settings;
}

// A message with what SMTP must carry unchanged: a raw UTF-8 subject, lines that start with '.',
// a line that is only a dot.
QByteArray sampleMessage()
{
    return QStringLiteral("From: Assurance retraite <robot@guichet.invalid>\r\n"
                          "To: marc.lefevre@example.org\r\n"
                          "Subject: Votre mot de passe provisoire — « accentué » ✓\r\n"
                          "Message-ID: <sample.1@guichet.invalid>\r\n"
                          "MIME-Version: 1.0\r\n"
                          "Content-Type: text/plain; charset=utf-8\r\n"
                          "Content-Transfer-Encoding: 8bit\r\n"
                          "\r\n"
                          "Bonjour,\r\n"
                          ".une ligne qui commence par un point\r\n"
                          "..et une par deux\r\n"
                          ".\r\n"
                          "Fin du message.\r\n")
        .toUtf8();
}

qint64 makeAccount(Database& database)
{
    const Result<qint64> personId = IdentityService(database).addPerson(
        Nir::parse(QStringLiteral("185037510604292")),
        CivilStatus{QStringLiteral("Lefèvre-Dalmas"), QStringLiteral("Marc-Antoine"), QDate(1985, 3, 2),
                    QStringLiteral("Paris")},
        true);
    if (!personId)
        return 0;
    Account account;
    account.personId = personId.value();
    account.email = Recipient;
    account.status = Account::Status::PendingActivation;
    const Result<qint64> id = AccountRepository(database.connection().value()).add(account);
    return id ? id.value() : 0;
}

} // namespace

// Stops the current test when the SMTP server cannot run here (skip, or fail when required).
#define REQUIRE_SMTP_TOOLS() GUICHET_REQUIRE_SMTP_TOOLS(m_toolsMissing.isEmpty(), m_toolsMissing)

#define START_SERVER(server, ...)                                                                                      \
    REQUIRE_SMTP_TOOLS();                                                                                              \
    SmtpTestServer server;                                                                                             \
    QVERIFY2(server.start(QStringList{__VA_ARGS__}), "smtp_server.py did not start")

class TestSmtpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    // Without a server.
    void parsesUrls();
    void dataBlockStuffsDotsAndNormalisesLineEnds();
    void connectionRefusedIsRetryable();
    void greetingTimeoutIsRetryable();
    // Against aiosmtpd.
    void plainDeliveryIsByteExact();
    void startTlsWithTrustedCertificate();
    void startTlsWithUntrustedCertificateFails();
    void startTlsRequiredButNotOffered();
    void implicitTls();
    void authWithRightPassword();
    void authWithWrongPasswordCarriesTheReply();
    void refusedRecipientIsPermanent();
    void dispatcherRetriesThenDelivers_data() { TestDatabase::addEngineRows(); }
    void dispatcherRetriesThenDelivers();

private:
    SmtpTestTools m_tools;
    QString m_toolsMissing; // why the server cases cannot run; empty when they can
    QString m_cert;
    QString m_key;
};

void TestSmtpClient::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(PasswordHasher::initialize());
    if (!m_tools.prepare()) {
        m_toolsMissing = m_tools.why();
        return;
    }
    m_cert = m_tools.certificate();
    m_key = m_tools.key();
}

void TestSmtpClient::parsesUrls()
{
    SmtpSettings::ParseError error = SmtpSettings::ParseError::None;
    SmtpSettings settings = SmtpSettings::parse(QStringLiteral("smtp://relay.example.fr"), &error);
    QVERIFY(settings.isValid());
    QCOMPARE(settings.port(), 587);
    QCOMPARE(settings.security(), SmtpSettings::Security::StartTls);
    QCOMPARE(settings.timeoutMs(), SmtpSettings::DefaultTimeoutMs);
    QVERIFY(settings.userName().isEmpty());

    settings = SmtpSettings::parse(QStringLiteral("smtp://mailer%40caisse@relay.example.fr:2525?starttls=off"));
    QVERIFY(settings.isValid());
    QCOMPARE(settings.userName(), QStringLiteral("mailer@caisse"));
    QCOMPARE(settings.port(), 2525);
    QCOMPARE(settings.security(), SmtpSettings::Security::None);
    settings.setPassword(AuthPassword);
    QCOMPARE(settings.toString(), QStringLiteral("smtp://mailer%40caisse@relay.example.fr:2525?starttls=off"));
    QVERIFY(!settings.toString().contains(AuthPassword));

    QCOMPARE(SmtpSettings::parse(QStringLiteral("smtp://h?starttls=required")).security(),
             SmtpSettings::Security::StartTls);
    settings = SmtpSettings::parse(QStringLiteral("smtps://u@relay.example.fr"));
    QCOMPARE(settings.port(), 465);
    QCOMPARE(settings.security(), SmtpSettings::Security::Implicit);
    QCOMPARE(settings.toString(), QStringLiteral("smtps://u@relay.example.fr:465"));

    const QList<std::pair<QString, SmtpSettings::ParseError>> refused{
        {QString(), SmtpSettings::ParseError::Empty},
        {QStringLiteral("http://relay.example.fr"), SmtpSettings::ParseError::UnknownScheme},
        {QStringLiteral("smtp://u:pw@relay.example.fr"), SmtpSettings::ParseError::PasswordInUrl},
        {QStringLiteral("smtp://u:@relay.example.fr"), SmtpSettings::ParseError::PasswordInUrl},
        {QStringLiteral("smtp://"), SmtpSettings::ParseError::MissingHost},
        {QStringLiteral("smtp://relay.example.fr:0"), SmtpSettings::ParseError::InvalidPort},
        {QStringLiteral("smtp://relay.example.fr?starttls=maybe"), SmtpSettings::ParseError::UnknownOption},
        {QStringLiteral("smtp://relay.example.fr?tls=off"), SmtpSettings::ParseError::UnknownOption},
        {QStringLiteral("smtps://relay.example.fr?starttls=off"), SmtpSettings::ParseError::UnknownOption},
        {QStringLiteral("smtp://relay.example.fr/path"), SmtpSettings::ParseError::PathInUrl},
    };
    for (const auto& [url, expected] : refused) {
        QVERIFY2(!SmtpSettings::parse(url, &error).isValid(), qPrintable(url));
        QCOMPARE(SmtpSettings::errorCode(error), SmtpSettings::errorCode(expected));
    }

    QCOMPARE(SmtpSettings::envelopeAddress(QStringLiteral("Assurance retraite <no-reply@guichet.invalid>")),
             QStringLiteral("no-reply@guichet.invalid"));
    QCOMPARE(SmtpSettings::envelopeAddress(QStringLiteral(" a@b.fr ")), QStringLiteral("a@b.fr"));
}

void TestSmtpClient::dataBlockStuffsDotsAndNormalisesLineEnds()
{
    QCOMPARE(SmtpClient::dataBlock("a\n.b\r\n..c\rd"), QByteArray("a\r\n..b\r\n...c\r\nd\r\n.\r\n"));
    QCOMPARE(SmtpClient::dataBlock(".\r\n"), QByteArray("..\r\n.\r\n"));
    QCOMPARE(SmtpClient::dataBlock("x.y\r\n"), QByteArray("x.y\r\n.\r\n"));
    QCOMPARE(SmtpClient::dataBlock(""), QByteArray(".\r\n"));
}

void TestSmtpClient::connectionRefusedIsRetryable()
{
    const quint16 port = SmtpTestServer::freePort();
    QVERIFY(port != 0);
    SmtpTransport transport(settingsFor(QStringLiteral("smtp://127.0.0.1:%1?starttls=off").arg(port), {}, 5000));
    QElapsedTimer timer;
    timer.start();
    const Error error = transport.deliver(sampleMessage(), Recipient, QStringLiteral("sample.1@guichet.invalid"));
    QCOMPARE(error.code(), ErrorCode::Busy);
    QVERIFY2(error.detail().startsWith(QStringLiteral("smtp: connect: ")), qPrintable(error.detail()));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

void TestSmtpClient::greetingTimeoutIsRetryable()
{
    // Accepts connections (the kernel does, without an event loop) and never says a word.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    SmtpTransport transport(settingsFor(QStringLiteral("smtp://127.0.0.1:%1").arg(silent.serverPort()), {}, 500));
    QElapsedTimer timer;
    timer.start();
    const Error error = transport.deliver(sampleMessage(), Recipient, QStringLiteral("sample.1@guichet.invalid"));
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(error.code(), ErrorCode::Busy);
    QCOMPARE(error.detail(), QStringLiteral("smtp: greeting: no reply within 0.5 s"));
    QVERIFY2(elapsed >= 450 && elapsed < 3000, qPrintable(QString::number(elapsed)));
}

void TestSmtpClient::plainDeliveryIsByteExact()
{
    START_SERVER(server);
    SmtpClient client(settingsFor(server.url(QStringLiteral("smtp"), {}, QStringLiteral("?starttls=off"))));
    QVERIFY2(client.send(sampleMessage(), Recipient), qPrintable(client.failure().describe()));
    QCOMPARE(server.count(), 1);
    QCOMPARE(server.message(1), sampleMessage());
    QVERIFY(server.envelope(1).startsWith((Sender + QLatin1Char('\n') + Recipient + QLatin1Char('\n')).toUtf8()));
    // The server offers SIZE and 8BITMIME: MAIL FROM carries both.
    QCOMPARE(server.envelope(1).split('\n').value(2),
             "options: SIZE=" + QByteArray::number(SmtpClient::dataBlock(sampleMessage()).size() - 3)
                 + " BODY=8BITMIME");
    QVERIFY(!client.wasEncrypted());
    QVERIFY(!client.usedHelo());
    // aiosmtpd's EHLO reply spans several lines.
    QVERIFY2(client.extensions().contains(QStringLiteral("8BITMIME")), qPrintable(client.extensions().join(u',')));
    QVERIFY(client.extensions().contains(QStringLiteral("SIZE")));
    QVERIFY(client.extensions().contains(QStringLiteral("HELP")));

    // Bare LF line ends arrive as CRLF.
    QByteArray lf = sampleMessage();
    lf.replace("\r\n", "\n");
    QVERIFY2(client.send(lf, Recipient), qPrintable(client.failure().describe()));
    QCOMPARE(server.message(2), sampleMessage());
}

void TestSmtpClient::startTlsWithTrustedCertificate()
{
    START_SERVER(server, QStringLiteral("--tls-cert"), m_cert, QStringLiteral("--tls-key"), m_key);
    SmtpClient client(settingsFor(server.url(QStringLiteral("smtp")), m_cert));
    QVERIFY2(client.send(sampleMessage(), Recipient), qPrintable(client.failure().describe()));
    QVERIFY(client.wasEncrypted());
    QCOMPARE(server.message(1), sampleMessage());
}

void TestSmtpClient::startTlsWithUntrustedCertificateFails()
{
    START_SERVER(server, QStringLiteral("--tls-cert"), m_cert, QStringLiteral("--tls-key"), m_key);
    SmtpTransport transport(settingsFor(server.url(QStringLiteral("smtp"))));
    const Error error = transport.deliver(sampleMessage(), Recipient, QStringLiteral("sample.1@guichet.invalid"));
    // The relay's set-up (its certificate, our CA file), not the message: delivery pauses.
    QCOMPARE(error.code(), ErrorCode::MailRelayRefused);
    QVERIFY2(error.detail().startsWith(QStringLiteral("smtp: TLS: handshake failed: ")), qPrintable(error.detail()));
    QCOMPARE(server.count(), 0);
}

void TestSmtpClient::startTlsRequiredButNotOffered()
{
    START_SERVER(server);
    SmtpTransport transport(settingsFor(server.url(QStringLiteral("smtp")), m_cert));
    const Error error = transport.deliver(sampleMessage(), Recipient, QStringLiteral("sample.1@guichet.invalid"));
    QCOMPARE(error.code(), ErrorCode::MailRelayRefused);
    QVERIFY2(error.detail().startsWith(QStringLiteral("smtp: STARTTLS: the server does not offer STARTTLS")),
             qPrintable(error.detail()));
    QCOMPARE(server.count(), 0);
}

void TestSmtpClient::implicitTls()
{
    START_SERVER(server, QStringLiteral("--tls-cert"), m_cert, QStringLiteral("--tls-key"), m_key,
                 QStringLiteral("--smtps"));
    SmtpClient client(settingsFor(server.url(QStringLiteral("smtps")), m_cert));
    QVERIFY2(client.send(sampleMessage(), Recipient), qPrintable(client.failure().describe()));
    QVERIFY(client.wasEncrypted());
    QCOMPARE(server.message(1), sampleMessage());

    // Without the certificate: refused at the handshake.
    SmtpClient untrusted(settingsFor(server.url(QStringLiteral("smtps"))));
    QVERIFY(!untrusted.send(sampleMessage(), Recipient));
    QCOMPARE(untrusted.failure().step, SmtpClient::Step::Tls);
    QCOMPARE(server.count(), 1);
}

void TestSmtpClient::authWithRightPassword()
{
    START_SERVER(server, QStringLiteral("--tls-cert"), m_cert, QStringLiteral("--tls-key"), m_key,
                 QStringLiteral("--auth-user"), AuthUser, QStringLiteral("--auth-password"), AuthPassword);
    SmtpSettings settings = settingsFor(server.url(QStringLiteral("smtp"), AuthUser), m_cert);
    settings.setPassword(AuthPassword);
    SmtpClient client(settings);
    QVERIFY2(client.send(sampleMessage(), Recipient), qPrintable(client.failure().describe()));
    QCOMPARE(client.authMechanism(), QStringLiteral("PLAIN"));
    QCOMPARE(server.message(1), sampleMessage());

    // Without credentials the server refuses the envelope (530): the service's set-up, delivery
    // pauses, with the reply.
    SmtpTransport anonymous(settingsFor(server.url(QStringLiteral("smtp")), m_cert));
    const Error error = anonymous.deliver(sampleMessage(), Recipient, QStringLiteral("sample.2@guichet.invalid"));
    QCOMPARE(error.code(), ErrorCode::MailRelayRefused);
    QVERIFY2(error.detail().startsWith(QStringLiteral("smtp: MAIL FROM: 530")), qPrintable(error.detail()));
}

void TestSmtpClient::authWithWrongPasswordCarriesTheReply()
{
    START_SERVER(server, QStringLiteral("--tls-cert"), m_cert, QStringLiteral("--tls-key"), m_key,
                 QStringLiteral("--auth-user"), AuthUser, QStringLiteral("--auth-password"), AuthPassword);
    SmtpSettings settings = settingsFor(server.url(QStringLiteral("smtp"), AuthUser), m_cert);
    settings.setPassword(QStringLiteral("not-the-password"));
    SmtpTransport transport(settings);
    const Error error = transport.deliver(sampleMessage(), Recipient, QStringLiteral("sample.1@guichet.invalid"));
    QCOMPARE(error.code(), ErrorCode::MailRelayRefused);
    QCOMPARE(error.detail(), QStringLiteral("smtp: AUTH: 535 5.7.8 Authentication credentials invalid"));
    QCOMPARE(server.count(), 0);
}

void TestSmtpClient::refusedRecipientIsPermanent()
{
    const QString refused = QStringLiteral("nobody@example.org");
    START_SERVER(server, QStringLiteral("--refuse-recipient"), refused);
    SmtpTransport transport(settingsFor(server.url(QStringLiteral("smtp"), {}, QStringLiteral("?starttls=off"))));
    const Error error = transport.deliver(sampleMessage(), refused, QStringLiteral("sample.1@guichet.invalid"));
    QCOMPARE(error.code(), ErrorCode::InvalidInput);
    // The server's reply, without the address it quoted.
    QCOMPARE(error.detail(),
             QStringLiteral("smtp: RCPT TO: 550 5.1.1 <<address>>: Recipient address rejected: User unknown"));
    QCOMPARE(server.count(), 0);
    // An address that cannot go on the command line never reaches the server.
    QCOMPARE(transport.deliver(sampleMessage(), QStringLiteral("a@b.fr>\r\nRSET"), QStringLiteral("x")).code(),
             ErrorCode::InvalidInput);
}

void TestSmtpClient::dispatcherRetriesThenDelivers()
{
    QFETCH(QString, engine);
    REQUIRE_SMTP_TOOLS();
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const qint64 accountId = makeAccount(database);
    QVERIFY(accountId > 0);
    qint64 id = 0;
    QVERIFY(!database.write([&](QSqlDatabase& connection) -> Error {
        const Result<qint64> queued
            = MailOutbox(connection)
                  .enqueue(accountId, OutboxMessage::Kind::TemporaryPassword, Recipient, QStringLiteral("fr"), {});
        id = queued ? queued.value() : 0;
        return queued ? Error() : queued.error();
    }));

    // The server is down: the request stays queued for a retry.
    auto server = std::make_unique<SmtpTestServer>();
    SmtpTransport transport(settingsFor(server->url(QStringLiteral("smtp"), {}, QStringLiteral("?starttls=off"))));
    MailDispatcher dispatcher(database, transport);
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(1);
    Result<DispatchReport> report = dispatcher.runOnce(now);
    QVERIFY2(report.ok(), qPrintable(report.error().detail()));
    QCOMPARE(report->sent + report->failed * 10 + report->dead * 100, 10);
    OutboxMessage row = MailOutbox(database.connection().value()).findById(id).value();
    QCOMPARE(row.status, OutboxMessage::Status::Queued);
    QCOMPARE(row.attempts, 1);
    QVERIFY2(row.lastError.contains(QStringLiteral("smtp: connect: ")), qPrintable(row.lastError));
    QVERIFY(AccountRepository(database.connection().value()).findById(accountId)->tempPasswordHash.isEmpty());

    // The server is up: delivered once, and the password in the mail is the account's.
    QVERIFY2(server->start({}), "smtp_server.py did not start");
    report = dispatcher.runOnce(row.nextAttemptAt);
    QVERIFY2(report.ok(), qPrintable(report.error().detail()));
    QCOMPARE(report->sent + report->failed * 10 + report->dead * 100, 1);
    QCOMPARE(server->count(), 1);
    const QByteArray mail = server->message(1);
    QVERIFY(server->envelope(1).startsWith((Sender + QLatin1Char('\n') + Recipient + QLatin1Char('\n')).toUtf8()));
    const QString secret = QRegularExpression(QStringLiteral("^Mot de passe provisoire : (\\S+)\\r$"),
                                              QRegularExpression::MultilineOption)
                               .match(QString::fromUtf8(mail))
                               .captured(1);
    QVERIFY(!secret.isEmpty());
    const Account stored = AccountRepository(database.connection().value()).findById(accountId).value();
    QVERIFY(PasswordHasher::verify(stored.tempPasswordHash, secret));
    row = MailOutbox(database.connection().value()).findById(id).value();
    QCOMPARE(row.status, OutboxMessage::Status::Sent);
    QCOMPARE(row.attempts, 2);
    QCOMPARE(dispatcher.runOnce(row.nextAttemptAt.addDays(1))->sent, 0);
    QCOMPARE(server->count(), 1);
}

QTEST_GUILESS_MAIN(TestSmtpClient)
#include "tst_smtpclient.moc"
