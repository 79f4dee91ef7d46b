#include "AccountRepository.h"
#include "AuditLog.h"
#include "EmlDirectoryTransport.h"
#include "IdentityService.h"
#include "MailComposer.h"
#include "MailDispatcher.h"
#include "MailOutbox.h"
#include "PasswordHasher.h"
#include "PortalPolicy.h"
#include "SqlQuery.h"
#include "TestDatabases.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <utility>

namespace {

const QString Email = QStringLiteral("marc.lefevre@example.org");
const QString NewEmail = QStringLiteral("m.dalmas@example.net");
const QString LastName = QStringLiteral("Lefèvre-Dalmas");
const QString FirstNames = QStringLiteral("Marc-Antoine");
const QString NirDigits = QStringLiteral("185037510604292");
// A personal password's hash as stored (its value does not matter here; not hashing saves time).
const QString PersonalPasswordHash = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$"
                                                    "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g");

// A transport that refuses every message, as an SMTP server that is down would.
class FailingTransport : public MailTransport
{
public:
    explicit FailingTransport(ErrorCode code = ErrorCode::Busy) : m_code(code) { }
    Error deliver(const QByteArray&, const QString&, const QString&) override
    {
        ++calls;
        return Error(m_code, QStringLiteral("smtp: 451 4.3.0 try again later"));
    }
    int calls = 0;

private:
    ErrorCode m_code;
};

// A message as the test reads it back: unfolded headers (lower-case names), decoded parts.
struct Mail
{
    QByteArray raw;
    QHash<QByteArray, QByteArray> headers;
    QString text; // LF line ends
    QString html;
};

QByteArray decodeQuotedPrintable(QByteArray in)
{
    in.replace("=\r\n", "");
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const bool escape = in.at(i) == '=' && i + 2 < in.size();
        out.append(escape ? char(in.mid(i + 1, 2).toInt(nullptr, 16)) : in.at(i));
        i += escape ? 2 : 0;
    }
    return out;
}

QHash<QByteArray, QByteArray> parseHeaders(QByteArray block)
{
    block.replace("\r\n ", " ");
    QHash<QByteArray, QByteArray> headers;
    for (const QByteArray& line : block.split('\n')) {
        if (const qsizetype colon = line.indexOf(':'); colon > 0)
            headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    return headers;
}

Mail parseMail(const QByteArray& raw)
{
    Mail mail{raw, parseHeaders(raw.left(raw.indexOf("\r\n\r\n"))), {}, {}};
    const QString boundary = QRegularExpression(QStringLiteral("boundary=\"([^\"]+)\""))
                                 .match(QString::fromLatin1(mail.headers.value("content-type")))
                                 .captured(1);
    // The message is 7-bit: Latin-1 keeps its bytes.
    for (const QString& part : QString::fromLatin1(raw).split(QStringLiteral("--") + boundary)) {
        const QByteArray bytes = part.toLatin1();
        const qsizetype split = bytes.indexOf("\r\n\r\n");
        const QHash<QByteArray, QByteArray> headers = parseHeaders(bytes.left(split));
        const QByteArray body = bytes.mid(split + 4);
        const QByteArray type = headers.value("content-type");
        const QByteArray decoded = headers.value("content-transfer-encoding") == "base64" ? QByteArray::fromBase64(body)
                                                                                          : decodeQuotedPrintable(body);
        if (type.startsWith("text/plain"))
            mail.text = QString::fromUtf8(decoded).replace(QLatin1String("\r\n"), QLatin1String("\n"));
        else if (type.startsWith("text/html"))
            mail.html = QString::fromUtf8(decoded);
    }
    return mail;
}

QString decodeSubject(const QByteArray& value)
{
    QString out;
    const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="));
    auto it = word.globalMatch(QString::fromLatin1(value));
    while (it.hasNext())
        out += QString::fromUtf8(QByteArray::fromBase64(it.next().captured(1).toLatin1()));
    return out;
}

QList<Mail> mailsIn(const QString& directory)
{
    QList<Mail> mails;
    const QDir dir(directory);
    for (const QString& name : dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            mails.append(parseMail(file.readAll()));
    }
    return mails;
}

// The secret on its fixed line of the raw message (the text part is quoted-printable, which leaves
// such a line as it is).
QString secretIn(const Mail& mail, const QString& label)
{
    const QRegularExpression line(QStringLiteral("^") + QRegularExpression::escape(label)
                                      + QStringLiteral(" (\\S+)\\r$"),
                                  QRegularExpression::MultilineOption);
    return line.match(QString::fromUtf8(mail.raw)).captured(1);
}

QString passwordIn(const Mail& mail)
{
    return secretIn(mail, QStringLiteral("Mot de passe provisoire :"));
}

qint64 outboxIdOf(const Mail& mail)
{
    const QRegularExpression id(QStringLiteral("^<outbox-(\\d+)\\."));
    return id.match(QString::fromLatin1(mail.headers.value("message-id"))).captured(1).toLongLong();
}

// Every column of every row of a table, as text.
QString dump(QSqlDatabase db, const QString& table)
{
    QSqlQuery query(db);
    // The table names come from the test itself.
    if (!query.exec(QStringLiteral("SELECT * FROM ") + table))
        return QStringLiteral("<query failed>");
    QString out;
    while (query.next()) {
        for (int i = 0; i < query.record().count(); ++i)
            out += query.value(i).toString() + QLatin1Char('\n');
    }
    return out;
}

// One insured person with one account.
qint64 makeAccount(Database& database, Account::Status status = Account::Status::PendingActivation,
                   const QString& passwordHash = {})
{
    const Result<qint64> personId = IdentityService(database).addPerson(
        Nir::parse(NirDigits), CivilStatus{LastName, FirstNames, QDate(1985, 3, 2), QStringLiteral("Paris")}, true);
    if (!personId)
        return 0;
    Account account;
    account.personId = personId.value();
    account.email = Email;
    account.status = status;
    account.passwordHash = passwordHash;
    if (status == Account::Status::Locked) {
        account.lockedAt = QDateTime::currentDateTimeUtc().addDays(-1);
        account.failedAttempts = PortalPolicy::MaxFailedAttempts;
    }
    const Result<qint64> id = AccountRepository(database.connection().value()).add(account);
    return id ? id.value() : 0;
}

qint64 enqueue(Database& database, qint64 accountId, OutboxMessage::Kind kind, const QString& recipient,
               const QString& language = QStringLiteral("fr"), const QString& payload = {})
{
    qint64 id = 0;
    const Error error = database.write([&](QSqlDatabase& db) -> Error {
        const Result<qint64> queued = MailOutbox(db).enqueue(accountId, kind, recipient, language, payload);
        if (!queued)
            return queued.error();
        id = queued.value();
        return {};
    });
    return error ? 0 : id;
}

Account account(Database& database, qint64 id)
{
    return AccountRepository(database.connection().value()).findById(id).value();
}

OutboxMessage outboxRow(Database& database, qint64 id)
{
    return MailOutbox(database.connection().value()).findById(id).value();
}

// The first column of each row of a constant statement, as text ("NULL" for a null).
QStringList rows(Database& database, const QString& sql)
{
    SqlQuery query(database.connection().value());
    QStringList out;
    if (query.exec(sql))
        return {QStringLiteral("<query failed>")};
    while (query.next()) {
        const QVariant value = query.value(QStringLiteral("v"));
        out << (value.isNull() ? QStringLiteral("NULL") : value.toString());
    }
    return out;
}

const QString AuditActions = QStringLiteral("SELECT action || '/' || outcome AS v FROM audit_events ORDER BY id");

bool auditIntact(Database& database)
{
    const Result<AuditLog::Verification> verification = AuditLog(database.connection().value()).verify();
    return verification && verification->intact;
}

// One run, as "sent failed dead" counts, or the error.
QString runOnce(MailDispatcher& dispatcher, const QDateTime& now)
{
    const Result<DispatchReport> report = dispatcher.runOnce(now);
    if (!report)
        return report.error().codeName() + QLatin1Char(' ') + report.error().detail();
    return QStringLiteral("%1 %2 %3").arg(report->sent).arg(report->failed).arg(report->dead);
}

QString runOnceWith(Database& database, MailTransport& transport, const QDateTime& now)
{
    MailDispatcher dispatcher(database, transport);
    return runOnce(dispatcher, now);
}

// Now, past the database's default next_attempt_at of what was just queued.
QDateTime later()
{
    return QDateTime::currentDateTimeUtc().addSecs(1);
}

} // namespace

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
    // The composer alone.
    void composedHeaders();
    void quotedPrintableKeepsFixedLines();
    void composerRefusesInjection();
    void retryDelayDoublesUpToTheCap();
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

void TestMailDispatcher::composedHeaders()
{
    const QString subject = QStringLiteral("Votre mot de passe provisoire, à activer sous 15 jours — « accentué » ✓");
    const QByteArray encoded = MailComposer::encodeHeader(subject);
    QVERIFY(encoded.startsWith("=?UTF-8?B?"));
    for (const QByteArray& line : encoded.split('\n')) {
        QVERIFY(line.size() <= 76);
        QVERIFY(std::all_of(line.cbegin(), line.cend(), [](char c) { return uchar(c) < 0x80; }));
    }
    QCOMPARE(decodeSubject(encoded), subject);
    QCOMPARE(MailComposer::encodeHeader(QStringLiteral("Plain subject")), QByteArray("Plain subject"));

    const Result<ComposedMail> notice = MailComposer().compose(
        OutboxMessage::Kind::AddressChangeNotice, QStringLiteral("fr"), Email, 7, {}, QDateTime::currentDateTimeUtc());
    QVERIFY(notice.ok());
    const Mail parsed = parseMail(notice->mime);
    QVERIFY(parsed.headers.value("subject").startsWith("=?UTF-8?B?"));
    QCOMPARE(decodeSubject(parsed.headers.value("subject")),
             QStringLiteral("L'adresse électronique de votre espace personnel a été modifiée"));
    for (const auto& [name, value] : {std::pair("from", "Assurance retraite <no-reply@guichet.invalid>"),
                                      std::pair("to", "marc.lefevre@example.org"), std::pair("mime-version", "1.0")})
        QCOMPARE(parsed.headers.value(name), QByteArray(value));
    QVERIFY(parsed.headers.value("content-type").startsWith("multipart/alternative; boundary="));
    QVERIFY(QDateTime::fromString(QString::fromLatin1(parsed.headers.value("date")), Qt::RFC2822Date).isValid());
    QVERIFY(parsed.text.contains(QStringLiteral("0 971 10 20 10")));
    QVERIFY(parsed.html.contains(QStringLiteral("<!DOCTYPE html>")));

    // A configured sender: an encoded display name, and its domain in the Message-ID.
    MailComposer composer(QStringLiteral("Caisse « test » <robot@mail.example.fr>"));
    const Result<ComposedMail> mail = composer.compose(OutboxMessage::Kind::AddressChangeNotice, QStringLiteral("en"),
                                                       Email, 4242, {}, QDateTime::currentDateTimeUtc());
    QVERIFY(mail.ok());
    QVERIFY(mail->messageId.startsWith(QStringLiteral("outbox-4242.")));
    QVERIFY(mail->messageId.endsWith(QStringLiteral("@mail.example.fr")));
    const Mail english = parseMail(mail->mime);
    QCOMPARE(english.headers.value("message-id"), "<" + mail->messageId.toLatin1() + ">");
    QCOMPARE(outboxIdOf(english), 4242);
    QVERIFY(english.headers.value("from").startsWith("=?UTF-8?B?"));
    QVERIFY(english.headers.value("from").endsWith(" <robot@mail.example.fr>"));
    QCOMPARE(english.headers.value("content-language"), QByteArray("en"));
    // Two messages for the same row get distinct ids.
    QVERIFY(
        composer.compose(OutboxMessage::Kind::AddressChangeNotice, QStringLiteral("en"), Email, 4242, {}, {})->messageId
        != mail->messageId);
}

void TestMailDispatcher::quotedPrintableKeepsFixedLines()
{
    const QByteArray text = QStringLiteral("Mot de passe provisoire : Ab3dEfGh7JkLmN\n"
                                           "Une très longue ligne accentuée, écrite pour dépasser largement les "
                                           "soixante-seize caractères permis = vraiment.\n"
                                           ".point en tête\nespace finale \n")
                                .toUtf8();
    const QByteArray encoded = MailComposer::quotedPrintable(text);
    QVERIFY(encoded.startsWith("Mot de passe provisoire : Ab3dEfGh7JkLmN\r\n"));
    for (const QByteArray& line : encoded.split('\n'))
        QVERIFY2(line.size() <= 77, line.constData()); // 76 + the CR
    QVERIFY(encoded.contains("=3D"));
    QVERIFY(encoded.contains("\r\n=2Epoint"));
    QVERIFY(encoded.contains("finale=20\r\n"));
    QByteArray expected = text;
    expected.replace("\n", "\r\n");
    QCOMPARE(decodeQuotedPrintable(encoded), expected);
}

void TestMailDispatcher::composerRefusesInjection()
{
    const MailComposer composer;
    for (const QString& recipient :
         {QStringLiteral("a@example.org\r\nBcc: evil@example.com"), QStringLiteral("a@example.org, b@example.org"),
          QStringLiteral("Name <a@example.org>"), QStringLiteral("no-at-sign"), QString()}) {
        const Result<ComposedMail> mail = composer.compose(OutboxMessage::Kind::AddressChangeNotice,
                                                           QStringLiteral("fr"), recipient, 1, {}, QDateTime());
        QCOMPARE(mail.error().code(), ErrorCode::InvalidInput);
    }

    const QHash<QString, QString> values{{QStringLiteral("password"), QStringLiteral("<b>&x\"")},
                                         {QStringLiteral("validity_days"), QStringLiteral("15")},
                                         {QStringLiteral("expires_at"), QStringLiteral("demain")}};
    const Result<ComposedMail> mail
        = composer.compose(OutboxMessage::Kind::TemporaryPassword, QStringLiteral("fr"), Email, 1, values, {});
    QVERIFY(mail.ok());
    const Mail parsed = parseMail(mail->mime);
    QVERIFY(parsed.html.contains(QStringLiteral("&lt;b&gt;&amp;x&quot;")));
    QVERIFY(!parsed.html.contains(QStringLiteral("<b>&x")));
    QVERIFY(parsed.text.contains(QStringLiteral("Mot de passe provisoire : <b>&x\"\n")));
    // A placeholder without a value is an error, not an empty hole.
    QCOMPARE(
        composer.compose(OutboxMessage::Kind::TemporaryPassword, QStringLiteral("fr"), Email, 1, {}, {}).error().code(),
        ErrorCode::InvalidInput);
}

void TestMailDispatcher::retryDelayDoublesUpToTheCap()
{
    QCOMPARE(MailDispatcher::retryDelaySeconds(1), PortalPolicy::MailFirstRetrySeconds);
    QCOMPARE(MailDispatcher::retryDelaySeconds(2), 2 * PortalPolicy::MailFirstRetrySeconds);
    QCOMPARE(MailDispatcher::retryDelaySeconds(3), 4 * PortalPolicy::MailFirstRetrySeconds);
    QCOMPARE(MailDispatcher::retryDelaySeconds(PortalPolicy::MailMaxAttempts), PortalPolicy::MailMaxRetrySeconds);
    QCOMPARE(MailDispatcher::retryDelaySeconds(1000), PortalPolicy::MailMaxRetrySeconds);
}

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
    QVERIFY(PasswordHasher::verify(stored.emailCodeHash, code));
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
