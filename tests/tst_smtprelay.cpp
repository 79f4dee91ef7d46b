// SmtpClient and SmtpTransport against a relay that behaves as a hotline's Postfix does: it
// checks the sender against the login (553 5.7.1), defers (451), refuses (550) or finds a full
// mailbox (552), requires AUTH, offers SIZE and answers "queued as" (tests/smtp_server.py on
// aiosmtpd, run with /usr/bin/python3). What each answer means for the queue, one session for many
// messages, a new session when the relay closed the old one.
#include "mail/SmtpClient.h"
#include "mail/SmtpSettings.h"
#include "mail/SmtpTransport.h"
#include "profiles/ConnectionTester.h"
#include "support/SmtpTestServer.h"

#include <QStandardPaths>
#include <QTest>

namespace {

const QString Recipient = QStringLiteral("marc.lefevre@example.org");
const QString Allowed = QStringLiteral("no-reply@hotline.example");
const QString AuthUser = QStringLiteral("relay-user");
const QString AuthPassword = QStringLiteral("s3cret-relay-pw");

using Kind = SmtpClient::Failure::Kind;
using Step = SmtpClient::Step;

QStringList relayOptions(const SmtpTestTools& tools)
{
    return {QStringLiteral("--tls-cert"),      tools.certificate(),
            QStringLiteral("--tls-key"),       tools.key(),
            QStringLiteral("--auth-user"),     AuthUser,
            QStringLiteral("--auth-password"), AuthPassword};
}

QByteArray message(int n)
{
    return QStringLiteral("From: no-reply@hotline.example\r\nTo: marc.lefevre@example.org\r\n"
                          "Subject: message %1\r\nMessage-ID: <m%1@hotline.example>\r\n\r\nBonjour %1.\r\n")
        .arg(n)
        .toUtf8();
}

} // namespace

Q_DECLARE_METATYPE(SmtpClient::Step)
Q_DECLARE_METATYPE(SmtpClient::Failure::Kind)
Q_DECLARE_METATYPE(ErrorCode)

#define START_SERVER(server, ...)                                                                                      \
    if (!m_toolsMissing.isEmpty()) {                                                                                   \
        if (SmtpTestTools::required())                                                                                 \
            QFAIL(qPrintable(m_toolsMissing));                                                                         \
        QSKIP(qPrintable(m_toolsMissing));                                                                             \
    }                                                                                                                  \
    SmtpTestServer server;                                                                                             \
    QVERIFY2(server.start(__VA_ARGS__), "smtp_server.py did not start")

class TestSmtpRelay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void classify_data();
    void classify();
    void parseQueueId_data();
    void parseQueueId();
    void relayAnswers_data();
    void relayAnswers();
    void oneSessionForManyMessages();
    void recipientRefusalKeepsTheSession();
    void reconnectsWhenTheRelayClosed();
    void probeChecksTheSender_data();
    void probeChecksTheSender();
    void settingsTestSaysWhatPauses();

private:
    SmtpSettings settings(const SmtpTestServer& server, const QString& sender, const QString& password = {}) const;

    SmtpTestTools m_tools;
    QString m_toolsMissing;
};

void TestSmtpRelay::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!m_tools.prepare())
        m_toolsMissing = m_tools.why();
}

SmtpSettings TestSmtpRelay::settings(const SmtpTestServer& server, const QString& sender, const QString& password) const
{
    SmtpSettings result = SmtpSettings::parse(server.url(QStringLiteral("smtp"), AuthUser));
    result.setTrustedCaFile(m_tools.certificate());
    result.setTimeoutMs(10000);
    result.setSender(sender);
    result.setPassword(password.isEmpty() ? AuthPassword : password);
    return result;
}

void TestSmtpRelay::classify_data()
{
    QTest::addColumn<Step>("step");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("AUTH 535") << Step::Auth << 535 << "5.7.8 Authentication credentials invalid" << Kind::Configuration;
    QTest::newRow("AUTH 534") << Step::Auth << 534 << "5.7.9 Authentication mechanism is too weak"
                              << Kind::Configuration;
    QTest::newRow("AUTH 454") << Step::Auth << 454 << "4.7.0 Temporary authentication failure" << Kind::Transient;
    QTest::newRow("MAIL 553 5.7.1") << Step::MailFrom << 553 << "5.7.1 Sender address rejected: not owned by user"
                                    << Kind::Configuration;
    QTest::newRow("MAIL 530") << Step::MailFrom << 530 << "5.7.0 Authentication required" << Kind::Configuration;
    QTest::newRow("MAIL 451") << Step::MailFrom << 451 << "4.3.0 Try again" << Kind::Transient;
    QTest::newRow("greeting 554") << Step::Greeting << 554 << "5.7.1 No service" << Kind::Configuration;
    QTest::newRow("greeting 421") << Step::Greeting << 421 << "4.3.2 Busy" << Kind::Transient;
    QTest::newRow("RCPT 550") << Step::RcptTo << 550 << "5.1.1 User unknown" << Kind::Recipient;
    QTest::newRow("RCPT 552") << Step::RcptTo << 552 << "5.2.2 Mailbox full" << Kind::Transient;
    QTest::newRow("RCPT 451") << Step::RcptTo << 451 << "4.3.0 Try again later" << Kind::Transient;
    QTest::newRow("end of DATA 554 5.7.1") << Step::EndOfData << 554 << "5.7.1 DMARC policy" << Kind::Configuration;
    QTest::newRow("end of DATA 550 5.6.0") << Step::EndOfData << 550 << "5.6.0 Bad content" << Kind::Recipient;
    QTest::newRow("TLS, no reply") << Step::Tls << 0 << "handshake failed" << Kind::Configuration;
    QTest::newRow("STARTTLS, no reply") << Step::StartTls << 0 << "not offered" << Kind::Configuration;
    QTest::newRow("connect, no reply") << Step::Connect << 0 << "Connection refused" << Kind::Transient;
    QTest::newRow("DATA timeout") << Step::EndOfData << 0 << "no reply within 30 s" << Kind::Transient;
}

void TestSmtpRelay::classify()
{
    QFETCH(Step, step);
    QFETCH(int, code);
    QFETCH(QString, text);
    QFETCH(Kind, kind);
    QCOMPARE(SmtpClient::classify(step, code, text), kind);
}

void TestSmtpRelay::parseQueueId_data()
{
    QTest::addColumn<QString>("reply");
    QTest::addColumn<QString>("id");
    QTest::newRow("postfix") << "2.0.0 Ok: queued as 4F2A1B"
                             << "4F2A1B";
    QTest::newRow("postfix long") << "2.0.0 Ok: queued as 4Lq9Zx3Kb2z1Gd"
                                  << "4Lq9Zx3Kb2z1Gd";
    QTest::newRow("exim") << "OK id=1rXyZa-0003Ab-Cd"
                          << "1rXyZa-0003Ab-Cd";
    QTest::newRow("sentence end") << "2.0.0 Message queued as ABC123."
                                  << "ABC123";
    QTest::newRow("none") << "Message accepted for delivery"
                          << "";
}

void TestSmtpRelay::parseQueueId()
{
    QFETCH(QString, reply);
    QFETCH(QString, id);
    QCOMPARE(SmtpClient::parseQueueId(reply), id);
}

void TestSmtpRelay::relayAnswers_data()
{
    QTest::addColumn<QString>("sender");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("serverOptions");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("detailStart");
    QTest::newRow("accepted") << Allowed << AuthPassword << QStringList() << ErrorCode::None << "";
    QTest::newRow("sender not owned") << QStringLiteral("no-reply@guichet.invalid") << AuthPassword << QStringList()
                                      << ErrorCode::MailRelayRefused
                                      << "smtp: MAIL FROM: 553 5.7.1 <<address>>: Sender address rejected";
    QTest::newRow("wrong password") << Allowed << QStringLiteral("wrong") << QStringList()
                                    << ErrorCode::MailRelayRefused << "smtp: AUTH: 535";
    QTest::newRow("deferred") << Allowed << AuthPassword << QStringList{QStringLiteral("--defer-recipient"), Recipient}
                              << ErrorCode::Busy << "smtp: RCPT TO: 451 4.3.0";
    QTest::newRow("mailbox full") << Allowed << AuthPassword
                                  << QStringList{QStringLiteral("--full-recipient"), Recipient} << ErrorCode::Busy
                                  << "smtp: RCPT TO: 552 5.2.2";
    QTest::newRow("unknown user") << Allowed << AuthPassword
                                  << QStringList{QStringLiteral("--refuse-recipient"), Recipient}
                                  << ErrorCode::InvalidInput << "smtp: RCPT TO: 550 5.1.1";
}

void TestSmtpRelay::relayAnswers()
{
    QFETCH(QString, sender);
    QFETCH(QString, password);
    QFETCH(QStringList, serverOptions);
    QFETCH(ErrorCode, code);
    QFETCH(QString, detailStart);
    START_SERVER(server,
                 relayOptions(m_tools) + QStringList{QStringLiteral("--allowed-sender"), Allowed} + serverOptions);
    const SmtpTestServer* target = &server;
    SmtpTransport transport(settings(*target, sender, password));
    const Error error = transport.deliver(message(1), Recipient, QStringLiteral("m1@hotline.example"));
    transport.endRun();
    QCOMPARE(error.code(), code);
    QVERIFY2(detailStart.isEmpty() || error.detail().startsWith(detailStart), qPrintable(error.detail()));
    QVERIFY2(!error.detail().contains(Recipient) && !error.detail().contains(sender), qPrintable(error.detail()));
    QCOMPARE(target->count(), code == ErrorCode::None ? 1 : 0);
    if (code == ErrorCode::None)
        QCOMPARE(transport.lastQueueId(), QStringLiteral("Q0001"));
}

void TestSmtpRelay::oneSessionForManyMessages()
{
    START_SERVER(server, relayOptions(m_tools) + QStringList{QStringLiteral("--allowed-sender"), Allowed});
    SmtpTransport transport(settings(server, QStringLiteral("Assurance retraite <%1>").arg(Allowed)));
    for (int n = 1; n <= 3; ++n) {
        const Error error = transport.deliver(message(n), Recipient, QStringLiteral("m%1@hotline.example").arg(n));
        QVERIFY2(!error, qPrintable(error.detail()));
        QCOMPARE(transport.lastQueueId(), QStringLiteral("Q%1").arg(n, 4, 10, QLatin1Char('0')));
    }
    transport.endRun();
    QCOMPARE(server.count(), 3);
    QCOMPARE(server.statistic(QStringLiteral("connections")), 1);
    QCOMPARE(server.statistic(QStringLiteral("auths")), 1);
    QCOMPARE(transport.sessionsOpened(), 1);
    for (int n = 1; n <= 3; ++n) {
        // The envelope sender is the bare address; SIZE= carries the message's size.
        const QList<QByteArray> envelope = server.envelope(n).split('\n');
        QCOMPARE(envelope.value(0), Allowed.toUtf8());
        QCOMPARE(envelope.value(2),
                 "options: SIZE=" + QByteArray::number(SmtpClient::dataBlock(message(n)).size() - 3));
        QCOMPARE(server.message(n), message(n));
    }
}

void TestSmtpRelay::recipientRefusalKeepsTheSession()
{
    const QString unknown = QStringLiteral("nobody@example.org");
    START_SERVER(server, relayOptions(m_tools) + QStringList{QStringLiteral("--refuse-recipient"), unknown});
    SmtpTransport transport(settings(server, Allowed));
    QCOMPARE(transport.deliver(message(1), unknown, QStringLiteral("m1@x")).code(), ErrorCode::InvalidInput);
    QCOMPARE(transport.deliver(message(2), Recipient, QStringLiteral("m2@x")).code(), ErrorCode::None);
    transport.endRun();
    QCOMPARE(server.count(), 1);
    QCOMPARE(server.statistic(QStringLiteral("connections")), 1);
    QCOMPARE(server.statistic(QStringLiteral("auths")), 1);
}

void TestSmtpRelay::reconnectsWhenTheRelayClosed()
{
    START_SERVER(server, relayOptions(m_tools) + QStringList{QStringLiteral("--close-after"), QStringLiteral("2")});
    SmtpTransport transport(settings(server, Allowed));
    for (int n = 1; n <= 3; ++n) {
        const Error error = transport.deliver(message(n), Recipient, QStringLiteral("m%1@x").arg(n));
        QVERIFY2(!error, qPrintable(error.detail()));
    }
    transport.endRun();
    QCOMPARE(server.count(), 3);
    QCOMPARE(server.statistic(QStringLiteral("connections")), 2);
    QCOMPARE(transport.sessionsOpened(), 2);
}

void TestSmtpRelay::probeChecksTheSender_data()
{
    QTest::addColumn<QString>("sender");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<Step>("step");
    QTest::newRow("allowed") << QStringLiteral("Assurance retraite <%1>").arg(Allowed) << AuthPassword << true
                             << Step::None;
    QTest::newRow("not owned") << QStringLiteral("no-reply@guichet.invalid") << AuthPassword << false << Step::MailFrom;
    QTest::newRow("wrong password") << Allowed << QStringLiteral("wrong") << false << Step::Auth;
}

void TestSmtpRelay::probeChecksTheSender()
{
    QFETCH(QString, sender);
    QFETCH(QString, password);
    QFETCH(bool, ok);
    QFETCH(Step, step);
    START_SERVER(server, relayOptions(m_tools) + QStringList{QStringLiteral("--allowed-sender"), Allowed});
    SmtpClient client(settings(server, sender, password));
    QCOMPARE(client.probe(), ok);
    QCOMPARE(client.failure().step, step);
    if (!ok)
        QCOMPARE(client.failure().kind, Kind::Configuration);
    QCOMPARE(server.count(), 0);
}

// The settings dialog's relay test (ConnectionTester) names the refused sender and says that
// delivery pauses until it is corrected; an accepted sender is said too.
void TestSmtpRelay::settingsTestSaysWhatPauses()
{
    START_SERVER(server, relayOptions(m_tools) + QStringList{QStringLiteral("--allowed-sender"), Allowed});
    const SmtpSettings refused = settings(server, QStringLiteral("Assurance retraite <no-reply@guichet.invalid>"));
    const ConnectionTester::SmtpResult failed = ConnectionTester::testSmtp(refused);
    QVERIFY(!failed.ok);
    QCOMPARE(failed.failure.step, Step::MailFrom);
    QCOMPARE(failed.failure.kind, Kind::Configuration);
    const QString text = ConnectionTester::describe(failed, refused);
    QVERIFY2(text.contains(QStringLiteral("refuses no-reply@guichet.invalid as the sender")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("mail delivery stays paused")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("553 5.7.1")), qPrintable(text));

    const SmtpSettings accepted = settings(server, QStringLiteral("Assurance retraite <%1>").arg(Allowed));
    const ConnectionTester::SmtpResult passed = ConnectionTester::testSmtp(accepted);
    QVERIFY2(passed.ok, qPrintable(passed.failure.describe()));
    QVERIFY2(ConnectionTester::describe(passed, accepted).contains(Allowed), "the accepted sender is named");
    QCOMPARE(server.count(), 0);
}

QTEST_GUILESS_MAIN(TestSmtpRelay)
#include "tst_smtprelay.moc"
