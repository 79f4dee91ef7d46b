// The mail dispatcher on both engines: the temporary password issued at delivery, retries and
// dead letters, the e-mail confirmation code, superseded requests, what a notice holds.
// tst_mailcomposer has the composer alone (headers, quoted-printable, injection, retry delays).

#include "accounts/AccountRepository.h"
#include "audit/AuditLog.h"
#include "core/CodeDigest.h"
#include "core/PasswordHasher.h"
#include "core/PortalPolicy.h"
#include "db/SqlQuery.h"
#include "identity/IdentityService.h"
#include "mail/EmlDirectoryTransport.h"
#include "mail/MailComposer.h"
#include "mail/MailDispatcher.h"
#include "mail/MailOutbox.h"
#include "support/MailTesting.h"
#include "support/TestDatabases.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <utility>

using namespace MailTesting;

// A fresh database for the fetched engine, migrated, with one account (makeAccount's arguments),
// and a transport that writes into a temporary folder.
#define MAIL_TEST_SETUP(...)                                                                                           \
    QFETCH(QString, engine);                                                                                           \
    GUICHET_TEST_DATABASE(db, engine);                                                                                 \
    QVERIFY(db.migrate());                                                                                             \
    Database& database = db.database();                                                                                \
    const qint64 accountId = makeAccount(database __VA_OPT__(, ) __VA_ARGS__);                                         \
    QVERIFY(accountId > 0);                                                                                            \
    QTemporaryDir dir;                                                                                                 \
    EmlDirectoryTransport transport(dir.path())

class TestMailDispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(PasswordHasher::initialize());
    }
    // The dispatcher, on both engines.
    void temporaryPasswordIsIssuedAtDelivery_data() { TestDatabase::addEngineRows(); }
    void temporaryPasswordIsIssuedAtDelivery();
    void onlyNewestTemporaryPasswordVerifies_data() { TestDatabase::addEngineRows(); }
    void onlyNewestTemporaryPasswordVerifies();
    void failedDeliveryLeavesAccountUntouched_data() { TestDatabase::addEngineRows(); }
    void failedDeliveryLeavesAccountUntouched();
    void deadAfterMaxAttempts_data() { TestDatabase::addEngineRows(); }
    void deadAfterMaxAttempts();
    void englishMailKeepsLockedAccountLocked_data() { TestDatabase::addEngineRows(); }
    void englishMailKeepsLockedAccountLocked();
    void emailConfirmationCode_data() { TestDatabase::addEngineRows(); }
    void emailConfirmationCode();
    void supersededRequestsAreDead_data() { TestDatabase::addEngineRows(); }
    void supersededRequestsAreDead();
    void addressChangeNoticeHoldsNoPersonalData_data() { TestDatabase::addEngineRows(); }
    void addressChangeNoticeHoldsNoPersonalData();
    void expiredClaimStoresNothing_data() { TestDatabase::addEngineRows(); }
    void expiredClaimStoresNothing();
};

void TestMailDispatcher::temporaryPasswordIsIssuedAtDelivery()
{
    MAIL_TEST_SETUP();
    const qint64 id = enqueue(database, accountId, OutboxMessage::Kind::TemporaryPassword, Email, QStringLiteral("fr"),
                              QStringLiteral("reissue"));
    QVERIFY(id > 0);
    const int versionBefore = account(database, accountId).version;

    MailDispatcher dispatcher(database, transport);
    const QDateTime now = later();
    QCOMPARE(runOnce(dispatcher, now), QStringLiteral("1 0 0"));

    const QList<Mail> mails = mailsIn(dir.path());
    QCOMPARE(mails.size(), 1);
    const Mail& mail = mails.first();
    const QString secret = passwordIn(mail);
    QCOMPARE(secret.size(), PortalPolicy::TemporaryPasswordLength);
    QVERIFY(mail.text.contains(QStringLiteral("Mot de passe provisoire : ") + secret + QLatin1Char('\n')));
    QVERIFY(mail.html.contains(secret));
    QCOMPARE(mail.headers.value("to"), Email.toLatin1());
    QCOMPARE(outboxIdOf(mail), id);
    QCOMPARE(decodeSubject(mail.headers.value("subject")),
             QStringLiteral("Votre mot de passe provisoire, à activer sous 15 jours"));

    const Account stored = account(database, accountId);
    QVERIFY(PasswordHasher::verify(stored.tempPasswordHash, secret));
    QCOMPARE(stored.tempPasswordIssuedAt, now);
    QCOMPARE(stored.tempPasswordExpiresAt, stored.tempPasswordIssuedAt.addDays(15));
    QVERIFY(!stored.tempPasswordUsedAt.isValid());
    QCOMPARE(stored.status, Account::Status::PendingActivation);
    QCOMPARE(stored.version, versionBefore + 1);

    const OutboxMessage row = outboxRow(database, id);
    QCOMPARE(row.status, OutboxMessage::Status::Sent);
    QCOMPARE(row.attempts, 1);
    QCOMPARE(row.sentAt, now);
    QVERIFY(row.lastError.isEmpty());
    QVERIFY(rows(database, QStringLiteral("SELECT payload AS v FROM mail_outbox"))
            == QStringList{QStringLiteral("NULL")});

    QCOMPARE(rows(database, AuditActions), QStringList{QStringLiteral("mail_sent/ok")});
    QVERIFY(auditIntact(database));

    // No secret at rest: every column of every table that was written, as text.
    const QSqlDatabase connection = database.connection().value();
    for (const QString& table :
         {QStringLiteral("accounts"), QStringLiteral("mail_outbox"), QStringLiteral("audit_events")}) {
        const QString text = dump(connection, table);
        QVERIFY(text.contains(Email) || table == QLatin1String("audit_events"));
        QVERIFY2(!text.contains(secret), qPrintable(table));
    }
#ifdef Q_OS_UNIX
    const QString file = QDir(dir.path()).entryInfoList({QStringLiteral("*.eml")}).first().filePath();
    QCOMPARE(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
#endif

    // Nothing more is due.
    QCOMPARE(runOnce(dispatcher, now.addDays(1)), QStringLiteral("0 0 0"));
    QCOMPARE(mailsIn(dir.path()).size(), 1);
}

void TestMailDispatcher::onlyNewestTemporaryPasswordVerifies()
{
    MAIL_TEST_SETUP();
    const qint64 first = enqueue(database, accountId, OutboxMessage::Kind::TemporaryPassword, Email);
    const qint64 second = enqueue(database, accountId, OutboxMessage::Kind::TemporaryPassword, Email);
    QVERIFY(first > 0 && second > first);
    QCOMPARE(runOnceWith(database, transport, later()), QStringLiteral("2 0 0"));

    QHash<qint64, QString> secrets;
    for (const Mail& mail : mailsIn(dir.path()))
        secrets.insert(outboxIdOf(mail), passwordIn(mail));
    QCOMPARE(secrets.size(), 2);
    QVERIFY(!secrets.value(first).isEmpty());
    QVERIFY(secrets.value(first) != secrets.value(second));
    const Account stored = account(database, accountId);
    QVERIFY(PasswordHasher::verify(stored.tempPasswordHash, secrets.value(second)));
    QVERIFY(!PasswordHasher::verify(stored.tempPasswordHash, secrets.value(first)));
    QCOMPARE(rows(database, AuditActions),
             (QStringList{QStringLiteral("mail_sent/ok"), QStringLiteral("mail_sent/ok")}));
    QVERIFY(auditIntact(database));
}

void TestMailDispatcher::failedDeliveryLeavesAccountUntouched()
{
    MAIL_TEST_SETUP();
    const qint64 id = enqueue(database, accountId, OutboxMessage::Kind::TemporaryPassword, Email);
    const Account before = account(database, accountId);

    FailingTransport failing;
    const QDateTime now = later();
    QCOMPARE(runOnceWith(database, failing, now), QStringLiteral("0 1 0"));
    QCOMPARE(failing.calls, 1);

    const OutboxMessage row = outboxRow(database, id);
    QCOMPARE(row.status, OutboxMessage::Status::Queued);
    QCOMPARE(row.attempts, 1);
    QCOMPARE(row.nextAttemptAt, now.addSecs(PortalPolicy::MailFirstRetrySeconds));
    QVERIFY(row.nextAttemptAt > now);
    QVERIFY(row.lastError.startsWith(QStringLiteral("delivery failed: busy: smtp: 451")));
    QVERIFY(!row.claimedUntil.isValid());
    const Account after = account(database, accountId);
    QCOMPARE(after.version, before.version);
    QVERIFY(after.tempPasswordHash.isEmpty());
    QVERIFY(!after.tempPasswordIssuedAt.isValid());
    QCOMPARE(rows(database, AuditActions), QStringList{QStringLiteral("mail_failed/retry")});

    // Before next_attempt_at nothing happens.
    QCOMPARE(runOnceWith(database, transport, row.nextAttemptAt.addMSecs(-1)), QStringLiteral("0 0 0"));
    QCOMPARE(outboxRow(database, id).attempts, 1);
    QVERIFY(mailsIn(dir.path()).isEmpty());

    // Then the retry issues a fresh secret, which verifies.
    QCOMPARE(runOnceWith(database, transport, row.nextAttemptAt), QStringLiteral("1 0 0"));
    const QString secret = passwordIn(mailsIn(dir.path()).value(0));
    QVERIFY(PasswordHasher::verify(account(database, accountId).tempPasswordHash, secret));
    QCOMPARE(outboxRow(database, id).attempts, 2);
    QVERIFY(outboxRow(database, id).lastError.isEmpty());
    QVERIFY(auditIntact(database));
}

void TestMailDispatcher::deadAfterMaxAttempts()
{
    MAIL_TEST_SETUP();
    // A notice: the same path as a password without the hashing, which keeps the test fast.
    const qint64 id = enqueue(database, accountId, OutboxMessage::Kind::AddressChangeNotice, Email,
                              QStringLiteral("fr"), QStringLiteral("request"));
    const int version = account(database, accountId).version;
    FailingTransport failing;
    MailDispatcher dispatcher(database, failing);
    QDateTime now = later();
    for (int attempt = 1; attempt <= PortalPolicy::MailMaxAttempts; ++attempt) {
        const bool last = attempt == PortalPolicy::MailMaxAttempts;
        QCOMPARE(runOnce(dispatcher, now), last ? QStringLiteral("0 0 1") : QStringLiteral("0 1 0"));
        const OutboxMessage row = outboxRow(database, id);
        QCOMPARE(row.attempts, attempt);
        if (!last) {
            QCOMPARE(row.status, OutboxMessage::Status::Queued);
            QCOMPARE(row.nextAttemptAt, now.addSecs(MailDispatcher::retryDelaySeconds(attempt)));
            now = row.nextAttemptAt;
        } else {
            QCOMPARE(row.status, OutboxMessage::Status::Dead);
        }
    }
    QCOMPARE(failing.calls, PortalPolicy::MailMaxAttempts);
    QVERIFY(rows(database, QStringLiteral("SELECT payload AS v FROM mail_outbox"))
            == QStringList{QStringLiteral("NULL")});
    QCOMPARE(runOnce(dispatcher, now.addDays(30)), QStringLiteral("0 0 0"));
    QCOMPARE(failing.calls, PortalPolicy::MailMaxAttempts);
    QCOMPARE(account(database, accountId).version, version);
    const QStringList actions = rows(database, AuditActions);
    QCOMPARE(actions.size(), PortalPolicy::MailMaxAttempts);
    QCOMPARE(actions.last(), QStringLiteral("mail_failed/dead"));

    // A refusal for good (InvalidInput from the transport) is dead at the first attempt.
    const qint64 refused = enqueue(database, accountId, OutboxMessage::Kind::TemporaryPassword, Email);
    FailingTransport refusing(ErrorCode::InvalidInput);
    QCOMPARE(runOnceWith(database, refusing, now.addDays(31)), QStringLiteral("0 0 1"));
    QCOMPARE(outboxRow(database, refused).status, OutboxMessage::Status::Dead);
    QCOMPARE(outboxRow(database, refused).attempts, 1);
    QVERIFY(account(database, accountId).tempPasswordHash.isEmpty());
    QVERIFY(auditIntact(database));
}

void TestMailDispatcher::englishMailKeepsLockedAccountLocked()
{
    MAIL_TEST_SETUP(Account::Status::Locked, PersonalPasswordHash);
    const Account before = account(database, accountId);
    enqueue(database, accountId, OutboxMessage::Kind::TemporaryPassword, Email, QStringLiteral("en"));
    QCOMPARE(runOnceWith(database, transport, later()), QStringLiteral("1 0 0"));
    const Mail mail = mailsIn(dir.path()).value(0);
    const Account after = account(database, accountId);
    QVERIFY(PasswordHasher::verify(after.tempPasswordHash, secretIn(mail, QStringLiteral("Temporary password:"))));
    QVERIFY(!mail.text.contains(QStringLiteral("Mot de passe")));
    QCOMPARE(mail.headers.value("content-language"), QByteArray("en"));
    QCOMPARE(mail.headers.value("subject"), QByteArray("Your temporary password, to be activated within 15 days"));
    // Unlocking is the desk's decision: the account keeps its lock and its personal password.
    QCOMPARE(after.status, Account::Status::Locked);
    QCOMPARE(after.lockedAt, before.lockedAt);
    QCOMPARE(after.failedAttempts, before.failedAttempts);
    QCOMPARE(after.passwordHash, before.passwordHash);
}

void TestMailDispatcher::emailConfirmationCode()
{
    MAIL_TEST_SETUP(Account::Status::Active, PersonalPasswordHash);
    Account pending = account(database, accountId);
    pending.pendingEmail = NewEmail;
    pending.emailCodeAttempts = 2;
    QVERIFY(!AccountRepository(database.connection().value()).save(pending, AccountRepository::Writer::Desk));
    const qint64 id = enqueue(database, accountId, OutboxMessage::Kind::EmailConfirmation, NewEmail);

    const QDateTime now = later();
    QCOMPARE(runOnceWith(database, transport, now), QStringLiteral("1 0 0"));
    const Mail mail = mailsIn(dir.path()).value(0);
    QCOMPARE(mail.headers.value("to"), NewEmail.toLatin1());
    QCOMPARE(outboxIdOf(mail), id);
    const QString code = secretIn(mail, QStringLiteral("Code de confirmation :"));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{6}$")).match(code).hasMatch());
    const Account stored = account(database, accountId);
    QVERIFY(CodeDigest::matches(stored.emailCodeHash, code));
    QVERIFY(!CodeDigest::matches(
        stored.emailCodeHash, QStringLiteral("000000") == code ? QStringLiteral("111111") : QStringLiteral("000000")));
    QCOMPARE(stored.emailCodeExpiresAt, now.addSecs(PortalPolicy::EmailCodeValidityMinutes * 60));
    QCOMPARE(stored.emailCodeAttempts, 0);
    QCOMPARE(stored.email, Email); // unchanged until the code is confirmed
    QCOMPARE(stored.pendingEmail, NewEmail);
    QVERIFY(stored.tempPasswordHash.isEmpty());
    QCOMPARE(stored.status, Account::Status::Active);
    QVERIFY(!dump(database.connection().value(), QStringLiteral("mail_outbox")).contains(code + QLatin1Char('\n')));
    QCOMPARE(outboxRow(database, id).status, OutboxMessage::Status::Sent);
    QVERIFY(auditIntact(database));
}

void TestMailDispatcher::supersededRequestsAreDead()
{
    MAIL_TEST_SETUP();
    // A password for an address that is no longer the account's; a code while no change is pending.
    const qint64 password
        = enqueue(database, accountId, OutboxMessage::Kind::TemporaryPassword, QStringLiteral("old@example.org"));
    const qint64 code = enqueue(database, accountId, OutboxMessage::Kind::EmailConfirmation, NewEmail);
    QCOMPARE(runOnceWith(database, transport, later()), QStringLiteral("0 0 2"));
    QVERIFY(mailsIn(dir.path()).isEmpty());
    QCOMPARE(outboxRow(database, password).status, OutboxMessage::Status::Dead);
    QVERIFY(outboxRow(database, password).lastError.startsWith(QStringLiteral("superseded")));
    QCOMPARE(outboxRow(database, code).status, OutboxMessage::Status::Dead);
    const Account stored = account(database, accountId);
    QVERIFY(stored.tempPasswordHash.isEmpty());
    QVERIFY(stored.emailCodeHash.isEmpty());
    QVERIFY(auditIntact(database));
}

void TestMailDispatcher::addressChangeNoticeHoldsNoPersonalData()
{
    MAIL_TEST_SETUP(Account::Status::Active, PersonalPasswordHash);
    const int version = account(database, accountId).version;
    const QString oldAddress = QStringLiteral("ancienne.adresse@example.org");
    const qint64 id = enqueue(database, accountId, OutboxMessage::Kind::AddressChangeNotice, oldAddress);
    QCOMPARE(runOnceWith(database, transport, later()), QStringLiteral("1 0 0"));
    const Mail mail = mailsIn(dir.path()).value(0);
    QCOMPARE(mail.headers.value("to"), oldAddress.toLatin1());
    QCOMPARE(outboxIdOf(mail), id);
    const Nir nir = Nir::parse(NirDigits);
    for (const QString& body : {mail.text, mail.html, QString::fromUtf8(mail.raw)}) {
        QVERIFY(!body.isEmpty());
        for (const QString& personal :
             {nir.digits(), nir.formatted(), nir.digits().left(13), LastName, QStringLiteral("Lefèvre"),
              QStringLiteral("Dalmas"), FirstNames, NewEmail, Email})
            QVERIFY2(!body.contains(personal, Qt::CaseInsensitive), qPrintable(personal));
    }
    QVERIFY(mail.text.contains(QStringLiteral("0 971 10 20 10")));
    QVERIFY(mail.text.contains(QStringLiteral("du lundi au vendredi de 8 h à 17 h")));
    QVERIFY(mail.html.contains(QStringLiteral("0&nbsp;971&nbsp;10&nbsp;20&nbsp;10")));
    QCOMPARE(account(database, accountId).version, version); // nothing written to the account
    QCOMPARE(rows(database, AuditActions), QStringList{QStringLiteral("mail_sent/ok")});
}

void TestMailDispatcher::expiredClaimStoresNothing()
{
    // A dispatcher that outlived its lease: another one took the message meanwhile. The late one
    // stores nothing (its secret never verifies); the owner of the claim issues the valid one.
    MAIL_TEST_SETUP();
    const qint64 id = enqueue(database, accountId, OutboxMessage::Kind::TemporaryPassword, Email);
    const QDateTime now = later();
    const QDateTime afterLease = now.addSecs(PortalPolicy::MailLeaseSeconds + 1);
    auto claim = [&](const QDateTime& at) {
        QList<OutboxMessage> claimed;
        const Error error = database.write([&](QSqlDatabase& connection) -> Error {
            const Result<QList<OutboxMessage>> due
                = MailOutbox(connection).claimDue(at, at.addSecs(PortalPolicy::MailLeaseSeconds), 10);
            if (!due)
                return due.error();
            claimed = due.value();
            return {};
        });
        return error ? QList<OutboxMessage>() : claimed;
    };
    const QList<OutboxMessage> first = claim(now);
    QCOMPARE(first.size(), 1);
    QVERIFY(claim(now.addSecs(1)).isEmpty()); // leased
    const QList<OutboxMessage> second = claim(afterLease);
    QCOMPARE(second.size(), 1);
    QCOMPARE(second.first().attempts, 2);

    MailDispatcher dispatcher(database, transport);
    const Result<MailDispatcher::Outcome> late = dispatcher.processClaimed(first.first(), now);
    QVERIFY(late.ok());
    QCOMPARE(late.value(), MailDispatcher::Outcome::Failed);
    QVERIFY(account(database, accountId).tempPasswordHash.isEmpty());
    QCOMPARE(outboxRow(database, id).status, OutboxMessage::Status::Sending);
    QCOMPARE(outboxRow(database, id).attempts, 2);

    const Result<MailDispatcher::Outcome> owner = dispatcher.processClaimed(second.first(), afterLease);
    QVERIFY(owner.ok());
    QCOMPARE(owner.value(), MailDispatcher::Outcome::Sent);
    const QList<Mail> mails = mailsIn(dir.path());
    QCOMPARE(mails.size(), 2);
    const Account stored = account(database, accountId);
    int verifying = 0;
    for (const Mail& mail : mails)
        verifying += PasswordHasher::verify(stored.tempPasswordHash, passwordIn(mail));
    QCOMPARE(verifying, 1);
    QCOMPARE(stored.tempPasswordIssuedAt, afterLease);
    QCOMPARE(outboxRow(database, id).status, OutboxMessage::Status::Sent);
    QVERIFY(auditIntact(database));
}

QTEST_GUILESS_MAIN(TestMailDispatcher)
#include "tst_maildispatcher.moc"
