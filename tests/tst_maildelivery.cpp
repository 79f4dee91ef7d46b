// The dispatcher against a relay that enforces the sender and answers 4xx/5xx (tests/smtp_server.py),
// on SQLite and PostgreSQL: a relay set-up mistake pauses delivery and destroys nothing, 4xx and
// 552 retry, only a refused recipient is dead, requeue lifts the pause and revives dead mail, one
// session per run, the relay's queue id kept, the From (with a display name), Reply-To and
// Message-ID from the configuration.
#include "accounts/AccountRepository.h"
#include "audit/AuditLog.h"
#include "core/PasswordHasher.h"
#include "core/PortalPolicy.h"
#include "desk/AccountLookupService.h"
#include "identity/IdentityService.h"
#include "mail/MailComposer.h"
#include "mail/MailDeliveryState.h"
#include "mail/MailDispatcher.h"
#include "mail/MailOutbox.h"
#include "mail/MailSender.h"
#include "mail/SmtpSettings.h"
#include "mail/SmtpTransport.h"
#include "support/SmtpTestServer.h"
#include "support/TestDatabases.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace {

// What the desk's lookup shows of the account (masked), as CallService builds it in a call.
Result<AccountSummary> lookUp(Database& database, const Nir& nir)
{
    Result<QSqlDatabase> connection = database.connection();
    if (!connection)
        return connection.error();
    return AccountLookupService::summarize(connection.value(), nir, false);
}

const QString Allowed = QStringLiteral("no-reply@hotline.example");
const QString AuthUser = QStringLiteral("relay-user");
const QString AuthPassword = QStringLiteral("s3cret-relay-pw");
const QStringList Nirs{QStringLiteral("185037510604292"), QStringLiteral("185037510604391"),
                       QStringLiteral("185037510604490")};

QString emailFor(int n)
{
    return QStringLiteral("titulaire%1@example.org").arg(n);
}

struct Queued
{
    qint64 accountId = 0;
    qint64 messageId = 0;
};

// An account with a pending temporary password for person n (0, 1, 2), its request queued.
Queued queueFor(Database& database, int n)
{
    const Result<qint64> personId = IdentityService(database).addPerson(
        Nir::parse(Nirs.at(n)),
        CivilStatus{QStringLiteral("Lefèvre"), QStringLiteral("Marc"), QDate(1985, 3, 2), QStringLiteral("Paris")},
        true);
    if (!personId)
        return {};
    Queued queued;
    const Error error = database.write([&](QSqlDatabase& db) -> Error {
        Account account;
        account.personId = personId.value();
        account.email = emailFor(n);
        account.status = Account::Status::PendingActivation;
        const Result<qint64> accountId = AccountRepository(db).add(account);
        if (!accountId)
            return accountId.error();
        queued.accountId = accountId.value();
        const Result<qint64> id
            = MailOutbox(db).enqueue(queued.accountId, OutboxMessage::Kind::TemporaryPassword, emailFor(n));
        if (!id)
            return id.error();
        queued.messageId = id.value();
        return {};
    });
    return error ? Queued() : queued;
}

OutboxMessage row(Database& database, qint64 id)
{
    return MailOutbox(database.connection().value()).findById(id).value();
}

int auditCount(Database& database, const QString& action)
{
    AuditLog::Filter filter;
    filter.agentLogin = QStringLiteral("mailer"); // the mail service's events
    filter.limit = 1000;
    const Result<QList<AuditLog::Event>> events = AuditLog(database.connection().value()).list(filter);
    if (!events) {
        qWarning("audit list: %s", qPrintable(events.error().detail()));
        return -1;
    }
    return int(std::count_if(events->cbegin(), events->cend(),
                             [&](const AuditLog::Event& event) { return event.entry.action == action; }));
}

QByteArray header(const QByteArray& mail, const QByteArray& name)
{
    const QRegularExpression line(QStringLiteral("^%1: (.*)\\r$").arg(QString::fromLatin1(name)),
                                  QRegularExpression::MultilineOption);
    return line.match(QString::fromLatin1(mail.left(mail.indexOf("\r\n\r\n") + 2))).captured(1).toLatin1();
}

} // namespace

#define REQUIRE_SMTP_TOOLS() GUICHET_REQUIRE_SMTP_TOOLS(m_toolsMissing.isEmpty(), m_toolsMissing)

class TestMailDelivery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void composerFrom_data();
    void composerFrom();
    void senderFromConfiguration_data() { TestDatabase::addEngineRows(); }
    void senderFromConfiguration();
    void relayRefusalPauses_data();
    void relayRefusalPauses();
    void pauseResumesOnItsOwn_data() { TestDatabase::addEngineRows(); }
    void pauseResumesOnItsOwn();
    void recipientAnswers_data();
    void recipientAnswers();
    void requeueRevivesDeadMail_data() { TestDatabase::addEngineRows(); }
    void requeueRevivesDeadMail();

private:
    bool startRelay(SmtpTestServer& server, const QStringList& extra = {});
    SmtpSettings settings(const SmtpTestServer& server, const QString& sender, const QString& password = {}) const;

    SmtpTestTools m_tools;
    QString m_toolsMissing;
};

void TestMailDelivery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(PasswordHasher::initialize());
    if (!m_tools.prepare())
        m_toolsMissing = m_tools.why();
}

bool TestMailDelivery::startRelay(SmtpTestServer& server, const QStringList& extra)
{
    return server.start(QStringList{QStringLiteral("--tls-cert"), m_tools.certificate(), QStringLiteral("--tls-key"),
                                    m_tools.key(), QStringLiteral("--auth-user"), AuthUser,
                                    QStringLiteral("--auth-password"), AuthPassword, QStringLiteral("--allowed-sender"),
                                    Allowed}
                        + extra);
}

SmtpSettings TestMailDelivery::settings(const SmtpTestServer& server, const QString& sender,
                                        const QString& password) const
{
    SmtpSettings result = SmtpSettings::parse(server.url(QStringLiteral("smtp"), AuthUser));
    result.setTrustedCaFile(m_tools.certificate());
    result.setTimeoutMs(10000);
    result.setSender(sender);
    result.setPassword(password.isEmpty() ? AuthPassword : password);
    return result;
}

void TestMailDelivery::composerFrom_data()
{
    QTest::addColumn<QString>("sender");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("messageIdDomain");
    QTest::newRow("bare") << "no-reply@hotline.example"
                          << "no-reply@hotline.example"
                          << "hotline.example";
    QTest::newRow("display name") << "Assurance retraite <no-reply@hotline.example>"
                                  << "Assurance retraite <no-reply@hotline.example>"
                                  << "hotline.example";
    QTest::newRow("quoted name") << "\"Assurance retraite, Lyon\" <bot@lyon.example>"
                                 << "\"Assurance retraite, Lyon\" <bot@lyon.example>"
                                 << "lyon.example";
    QTest::newRow("non-ASCII name") << QStringLiteral("Caisse de retraite Île-de-France <no-reply@idf.example>")
                                    << "=?UTF-8?B?Q2Fpc3NlIGRlIHJldHJhaXRlIMOObGUtZGUtRnJhbmNl?= <no-reply@idf.example>"
                                    << "idf.example";
}

void TestMailDelivery::composerFrom()
{
    QFETCH(QString, sender);
    QFETCH(QString, from);
    QFETCH(QString, messageIdDomain);
    const std::optional<MailSender> parsed = MailSender::parse(sender);
    QVERIFY(parsed);
    MailComposer composer(parsed->toString());
    composer.setReplyTo(QStringLiteral("Service clients <contact@hotline.example>"));
    const Result<ComposedMail> mail
        = composer.compose(OutboxMessage::Kind::TemporaryPassword, QStringLiteral("fr"), emailFor(0), 7,
                           {{QStringLiteral("password"), QStringLiteral("ABCDEFGHJKMNPQ")},
                            {QStringLiteral("validity_days"), QStringLiteral("15")},
                            {QStringLiteral("expires_at"), QStringLiteral("demain")}},
                           QDateTime::currentDateTimeUtc());
    QVERIFY2(mail.ok(), qPrintable(mail.error().detail()));
    QCOMPARE(QString::fromLatin1(header(mail->mime, "From")), from);
    QCOMPARE(header(mail->mime, "Reply-To"), QByteArray("Service clients <contact@hotline.example>"));
    QVERIFY2(mail->messageId.endsWith(QLatin1Char('@') + messageIdDomain), qPrintable(mail->messageId));
    // Nothing else passes as a sender.
    for (const QString& bad : {QStringLiteral("no-reply"), QStringLiteral("Name <no-reply>"),
                               QStringLiteral("Na\r\nBcc: x@y.fr <a@b.fr>"), QStringLiteral("A <b@c.fr> <d@e.fr>")})
        QVERIFY2(!MailSender::isValid(bad), qPrintable(bad));
}

void TestMailDelivery::senderFromConfiguration()
{
    QFETCH(QString, engine);
    REQUIRE_SMTP_TOOLS();
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    SmtpTestServer server;
    QVERIFY(startRelay(server));
    const Queued queued = queueFor(db.database(), 0);
    QVERIFY(queued.messageId > 0);

    SmtpSettings relay = settings(server, QStringLiteral("Assurance retraite <%1>").arg(Allowed));
    relay.setReplyTo(QStringLiteral("contact@hotline.example"));
    SmtpTransport transport(relay);
    MailDispatcher dispatcher(db.database(), transport);
    const Result<DispatchReport> report = dispatcher.runOnce(QDateTime::currentDateTimeUtc().addSecs(1));
    QVERIFY2(report.ok(), qPrintable(report.error().detail()));
    QCOMPARE(report->sent, 1);
    QCOMPARE(report->relayQueueIds, QStringList{QStringLiteral("Q0001")});
    const QByteArray mail = server.message(1);
    QCOMPARE(header(mail, "From"), "Assurance retraite <" + Allowed.toUtf8() + ">");
    QCOMPARE(header(mail, "Reply-To"), QByteArray("contact@hotline.example"));
    QVERIFY2(header(mail, "Message-ID").endsWith("@hotline.example>"), header(mail, "Message-ID").constData());
    QCOMPARE(server.envelope(1).split('\n').value(0), Allowed.toUtf8());
    // The relay's queue id is kept with the message.
    const Result<QString> queueId
        = MailDeliveryState(db.database().connection().value()).relayQueueId(queued.messageId);
    QCOMPARE(queueId.value(), QStringLiteral("Q0001"));
}

void TestMailDelivery::relayRefusalPauses_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("sender");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("reason");
    for (const QString& engine : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
        QTest::addRow("%s: sender not owned", qPrintable(engine))
            << engine << QStringLiteral("no-reply@guichet.invalid") << AuthPassword
            << QStringLiteral("553 5.7.1 <<address>>: Sender address rejected: not owned by user");
        QTest::addRow("%s: wrong password", qPrintable(engine))
            << engine << Allowed << QStringLiteral("not-the-password")
            << QStringLiteral("AUTH: 535 5.7.8 Authentication credentials invalid");
    }
}

// A relay that refuses the service itself: nothing dead, no attempt burned, one AUTH only, the
// reason on the account; requeue with the right settings delivers all in one session.
void TestMailDelivery::relayRefusalPauses()
{
    QFETCH(QString, engine);
    QFETCH(QString, sender);
    QFETCH(QString, password);
    QFETCH(QString, reason);
    REQUIRE_SMTP_TOOLS();
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    SmtpTestServer server;
    QVERIFY(startRelay(server));
    QList<Queued> queued;
    for (int n = 0; n < 3; ++n) {
        queued << queueFor(database, n);
        QVERIFY(queued.last().messageId > 0);
    }

    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(1);
    SmtpTransport wrong(settings(server, sender, password));
    MailDispatcher dispatcher(database, wrong);
    Result<DispatchReport> report = dispatcher.runOnce(now);
    QVERIFY2(report.ok(), qPrintable(report.error().detail()));
    QCOMPARE(report->sent, 0);
    QCOMPARE(report->failed, 0);
    QCOMPARE(report->dead, 0);
    QCOMPARE(report->held, 3);
    QVERIFY(report->paused);
    QVERIFY2(report->pauseReason.contains(reason), qPrintable(report->pauseReason));
    QVERIFY(report->incomplete());
    for (const Queued& each : std::as_const(queued)) {
        const OutboxMessage message = row(database, each.messageId);
        QCOMPARE(message.status, OutboxMessage::Status::Queued);
        QCOMPARE(message.attempts, 0);
    }
    QCOMPARE(server.statistic(QStringLiteral("connections")), 1);

    // Paused: the next runs try nothing (no new connection, so no fail2ban), and say why.
    report = dispatcher.runOnce(now.addSecs(60));
    QCOMPARE(report->held, 3);
    QVERIFY(report->paused);
    QCOMPARE(server.statistic(QStringLiteral("connections")), 1);

    // The desk shows the reason on the account's last-mail line.
    const Result<AccountSummary> summary = lookUp(database, Nir::parse(Nirs.at(1)));
    QVERIFY2(summary.ok(), qPrintable(summary.error().detail()));
    QVERIFY2(summary->mailPausedReason.contains(reason), qPrintable(summary->mailPausedReason));
    QVERIFY(!summary->mailPausedReason.contains(QLatin1Char('@')));

    // The administrator fixes the settings and requeues: all three in one session, one AUTH.
    const Result<MailDispatcher::RequeueReport> requeued = MailDispatcher::requeue(database, now.addSecs(61), false);
    QVERIFY(requeued.ok());
    QVERIFY(requeued->pauseLifted);
    QCOMPARE(requeued->requeued, 3);
    QCOMPARE(auditCount(database, QStringLiteral("mail_requeued")), 3);
    const int authsBefore = server.statistic(QStringLiteral("auths"));
    SmtpTransport right(settings(server, QStringLiteral("Assurance retraite <%1>").arg(Allowed)));
    MailDispatcher fixed(database, right);
    report = fixed.runOnce(now.addSecs(61));
    QVERIFY2(report.ok(), qPrintable(report.error().detail()));
    QCOMPARE(report->sent, 3);
    QVERIFY(!report->paused);
    QCOMPARE(server.statistic(QStringLiteral("connections")), 2);
    QCOMPARE(server.statistic(QStringLiteral("auths")), authsBefore + 1);
    for (const Queued& each : std::as_const(queued)) {
        const OutboxMessage message = row(database, each.messageId);
        QCOMPARE(message.status, OutboxMessage::Status::Sent);
        QCOMPARE(message.attempts, 1);
        QVERIFY(!MailDeliveryState(database.connection().value()).relayQueueId(each.messageId)->isEmpty());
    }
    QVERIFY(lookUp(database, Nir::parse(Nirs.at(1)))->mailPausedReason.isEmpty());
}

void TestMailDelivery::pauseResumesOnItsOwn()
{
    QFETCH(QString, engine);
    REQUIRE_SMTP_TOOLS();
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    SmtpTestServer server;
    QVERIFY(startRelay(server));
    const Queued queued = queueFor(database, 0);
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(1);
    SmtpTransport wrong(settings(server, Allowed, QStringLiteral("not-the-password")));
    QVERIFY(MailDispatcher(database, wrong).runOnce(now)->paused);

    // The password is fixed in the relay's settings; at the pause's resume time one message is
    // tried, goes out, and the pause is over.
    SmtpTransport right(settings(server, Allowed));
    MailDispatcher dispatcher(database, right);
    QVERIFY(dispatcher.runOnce(now.addSecs(PortalPolicy::MailPauseRetrySeconds - 1))->paused);
    const Result<DispatchReport> report = dispatcher.runOnce(now.addSecs(PortalPolicy::MailPauseRetrySeconds));
    QVERIFY2(report.ok(), qPrintable(report.error().detail()));
    QCOMPARE(report->sent, 1);
    QVERIFY(!report->paused);
    QVERIFY(!MailDeliveryState(database.connection().value()).pause()->paused);
    QCOMPARE(row(database, queued.messageId).status, OutboxMessage::Status::Sent);
}

void TestMailDelivery::recipientAnswers_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("dead");
    QTest::addColumn<QString>("reason");
    for (const QString& engine : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
        QTest::addRow("%s: 451 retries", qPrintable(engine))
            << engine << QStringLiteral("--defer-recipient") << false << QStringLiteral("RCPT TO: 451 4.3.0");
        QTest::addRow("%s: 552 retries", qPrintable(engine))
            << engine << QStringLiteral("--full-recipient") << false << QStringLiteral("RCPT TO: 552 5.2.2");
        QTest::addRow("%s: 550 is dead", qPrintable(engine))
            << engine << QStringLiteral("--refuse-recipient") << true << QStringLiteral("RCPT TO: 550 5.1.1");
    }
}

void TestMailDelivery::recipientAnswers()
{
    QFETCH(QString, engine);
    QFETCH(QString, rule);
    QFETCH(bool, dead);
    QFETCH(QString, reason);
    REQUIRE_SMTP_TOOLS();
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    SmtpTestServer server;
    QVERIFY(startRelay(server, {rule, emailFor(0)}));
    const Queued refused = queueFor(database, 0);
    const Queued fine = queueFor(database, 1);
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(1);
    SmtpTransport transport(settings(server, Allowed));
    const Result<DispatchReport> report = MailDispatcher(database, transport).runOnce(now);
    QVERIFY2(report.ok(), qPrintable(report.error().detail()));
    QCOMPARE(report->sent, 1);
    QCOMPARE(report->dead, dead ? 1 : 0);
    QCOMPARE(report->failed, dead ? 0 : 1);
    QVERIFY(!report->paused);
    QVERIFY(report->incomplete());
    const OutboxMessage message = row(database, refused.messageId);
    QCOMPARE(message.status, dead ? OutboxMessage::Status::Dead : OutboxMessage::Status::Queued);
    QCOMPARE(message.attempts, 1);
    QVERIFY2(message.lastError.contains(reason), qPrintable(message.lastError));
    QVERIFY(!message.lastError.contains(emailFor(0)));
    if (!dead)
        QCOMPARE(message.nextAttemptAt, now.addSecs(MailDispatcher::retryDelaySeconds(1)));
    QCOMPARE(row(database, fine.messageId).status, OutboxMessage::Status::Sent);
    QCOMPARE(server.statistic(QStringLiteral("connections")), 1);
}

void TestMailDelivery::requeueRevivesDeadMail()
{
    QFETCH(QString, engine);
    REQUIRE_SMTP_TOOLS();
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const Queued queued = queueFor(database, 0);
    const Queued other = queueFor(database, 1);
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(1);
    {
        SmtpTestServer refusing;
        QVERIFY(startRelay(
            refusing,
            {QStringLiteral("--refuse-recipient"), emailFor(0), QStringLiteral("--refuse-recipient"), emailFor(1)}));
        SmtpTransport transport(settings(refusing, Allowed));
        QCOMPARE(MailDispatcher(database, transport).runOnce(now)->dead, 2);
    }
    // One account only: the other stays dead.
    const Result<MailDispatcher::RequeueReport> requeued
        = MailDispatcher::requeue(database, now.addSecs(10), true, queued.accountId);
    QVERIFY(requeued.ok());
    QCOMPARE(requeued->revived, 1);
    QCOMPARE(requeued->requeued, 0);
    QCOMPARE(row(database, queued.messageId).status, OutboxMessage::Status::Queued);
    QCOMPARE(row(database, queued.messageId).attempts, 0);
    QCOMPARE(row(database, other.messageId).status, OutboxMessage::Status::Dead);
    QCOMPARE(auditCount(database, QStringLiteral("mail_requeued")), 1);

    // The mailbox exists now: a fresh temporary password goes out, and it is the one that counts.
    SmtpTestServer server;
    QVERIFY(startRelay(server));
    SmtpTransport transport(settings(server, Allowed));
    QCOMPARE(MailDispatcher(database, transport).runOnce(now.addSecs(10))->sent, 1);
    const QString secret = QRegularExpression(QStringLiteral("^Mot de passe provisoire : (\\S+)\\r$"),
                                              QRegularExpression::MultilineOption)
                               .match(QString::fromUtf8(server.message(1)))
                               .captured(1);
    QVERIFY(!secret.isEmpty());
    const Account account = AccountRepository(database.connection().value()).findById(queued.accountId).value();
    QVERIFY(PasswordHasher::verify(account.tempPasswordHash, secret));
}

QTEST_GUILESS_MAIN(TestMailDelivery)
#include "tst_maildelivery.moc"
