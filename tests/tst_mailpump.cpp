#include "accounts/AccountRepository.h"
#include "core/PasswordHasher.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "identity/IdentityService.h"
#include "mail/EmlDirectoryTransport.h"
#include "mail/MailOutbox.h"
#include "mail/MailPump.h"
#include "mail/SmtpTransport.h"
#include "support/SmtpTestServer.h"
#include "support/TestDatabases.h"

#include <QDir>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

// The embedded delivery of a desk: MailPump sends the outbox from its own thread, through a
// folder or a real SMTP relay (aiosmtpd with STARTTLS and AUTH), on both engines.

namespace {

const QString Email = QStringLiteral("marc.lefevre@example.org");
const QString AuthUser = QStringLiteral("relay-user");
const QString AuthPassword = QStringLiteral("s3cret-relay-pw");
constexpr int Timeout = 30000;

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
    account.email = Email;
    account.status = Account::Status::Locked;
    account.lockedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    account.failedAttempts = 5;
    const Result<qint64> id = AccountRepository(database.connection().value()).add(account);
    return id ? id.value() : 0;
}

bool enqueueReissue(Database& database, qint64 accountId)
{
    const Error error = database.write([&](QSqlDatabase& db) -> Error {
        const Result<qint64> queued = MailOutbox(db).enqueue(accountId, OutboxMessage::Kind::TemporaryPassword, Email,
                                                             QStringLiteral("fr"), QStringLiteral("reissue"));
        return queued ? Error() : queued.error();
    });
    return !error;
}

QString outboxStatus(Database& database)
{
    SqlQuery query(database.connection().value());
    if (query.exec(QStringLiteral("SELECT status FROM mail_outbox ORDER BY id")))
        return {};
    QStringList statuses;
    while (query.next())
        statuses << query.value(QStringLiteral("status")).toString();
    return statuses.join(u',');
}

// Every value of every row of every table, as text: what a dump of the database would hold.
QString dumpAll(Database& database)
{
    QSqlDatabase db = database.connection().value();
    QString out;
    const QStringList tables = db.tables();
    for (const QString& table : tables) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT * FROM ") + table)) // names from the driver itself
            continue;
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                out += query.value(i).toString() + QLatin1Char('\n');
        }
    }
    return out;
}

QString temporaryPasswordIn(const QByteArray& message)
{
    static const QRegularExpression line(QStringLiteral("Mot de passe provisoire : (\\S+)\r?\n"));
    return line.match(QString::fromUtf8(message)).captured(1);
}

// A transport that notes the thread it runs on, around a real one.
class ThreadNotingTransport : public MailTransport
{
public:
    explicit ThreadNotingTransport(std::unique_ptr<MailTransport> inner) : m_inner(std::move(inner)) { }
    Error deliver(const QByteArray& mimeMessage, const QString& recipient, const QString& messageId) override
    {
        thread = QThread::currentThread();
        return m_inner->deliver(mimeMessage, recipient, messageId);
    }
    std::atomic<QThread*> thread = nullptr;

private:
    std::unique_ptr<MailTransport> m_inner;
};

} // namespace

class TestMailPump : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deliversFromItsOwnThread_data() { TestDatabase::addEngineRows(); }
    void deliversFromItsOwnThread();
    void wakeUpSendsWithoutWaitingForTheInterval_data() { TestDatabase::addEngineRows(); }
    void wakeUpSendsWithoutWaitingForTheInterval();
    void smtpWithTlsAndAuthLeavesNoSecretAtRest_data() { TestDatabase::addEngineRows(); }
    void smtpWithTlsAndAuthLeavesNoSecretAtRest();

private:
    SmtpTestTools m_tools;
    bool m_toolsReady = false;
};

void TestMailPump::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(PasswordHasher::initialize());
    m_toolsReady = m_tools.prepare();
}

void TestMailPump::deliversFromItsOwnThread()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    const qint64 accountId = makeAccount(db.database());
    QVERIFY(accountId > 0);
    QVERIFY(enqueueReissue(db.database(), accountId));

    QTemporaryDir folder;
    auto transport = std::make_unique<ThreadNotingTransport>(std::make_unique<EmlDirectoryTransport>(folder.path()));
    ThreadNotingTransport* noting = transport.get();
    MailPump pump(db.database(), std::move(transport));
    QSignalSpy passed(&pump, &MailPump::passed);
    pump.start();
    QVERIFY(pump.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(passed.count(), 1, Timeout);
    const DispatchReport report = passed.at(0).at(0).value<DispatchReport>();
    QCOMPARE(report.sent, 1);
    QCOMPARE(report.failed, 0);
    QVERIFY(noting->thread.load() != nullptr);
    QVERIFY(noting->thread.load() != QThread::currentThread());
    QCOMPARE(QDir(folder.path()).entryList({QStringLiteral("*.eml")}, QDir::Files).size(), 1);
    QCOMPARE(outboxStatus(db.database()), QStringLiteral("sent"));
}

void TestMailPump::wakeUpSendsWithoutWaitingForTheInterval()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    const qint64 accountId = makeAccount(db.database());
    QVERIFY(accountId > 0);

    QTemporaryDir folder;
    MailPump pump(db.database(), std::make_unique<EmlDirectoryTransport>(folder.path()));
    pump.setIntervalMs(3600 * 1000); // only the first pass and the wake-ups
    QSignalSpy passed(&pump, &MailPump::passed);
    QSignalSpy finished(&pump, &MailPump::passFinished);
    pump.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout); // the first pass is over
    QCOMPARE(passed.count(), 0); // it found nothing and said nothing

    QVERIFY(enqueueReissue(db.database(), accountId));
    pump.wakeUp();
    QTRY_COMPARE_WITH_TIMEOUT(passed.count(), 1, Timeout);
    QCOMPARE(passed.at(0).at(0).value<DispatchReport>().sent, 1);
    QCOMPARE(finished.count(), 2); // passed comes before its pass's end
    QCOMPARE(outboxStatus(db.database()), QStringLiteral("sent"));
}

void TestMailPump::smtpWithTlsAndAuthLeavesNoSecretAtRest()
{
    if (!m_toolsReady) {
        if (SmtpTestTools::required())
            QFAIL(qPrintable(m_tools.why()));
        QSKIP(qPrintable(m_tools.why()));
    }
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    const qint64 accountId = makeAccount(db.database());
    QVERIFY(accountId > 0);
    QVERIFY(enqueueReissue(db.database(), accountId));

    SmtpTestServer server;
    QVERIFY(
        server.start({QStringLiteral("--tls-cert"), m_tools.certificate(), QStringLiteral("--tls-key"), m_tools.key(),
                      QStringLiteral("--auth-user"), AuthUser, QStringLiteral("--auth-password"), AuthPassword}));
    SmtpSettings settings = SmtpSettings::parse(server.url(QStringLiteral("smtp"), AuthUser));
    QVERIFY(settings.isValid());
    QCOMPARE(settings.security(), SmtpSettings::Security::StartTls);
    settings.setTrustedCaFile(m_tools.certificate());
    settings.setPassword(AuthPassword);
    settings.setSender(QStringLiteral("robot@guichet.invalid"));
    settings.setTimeoutMs(10000);

    MailPump pump(db.database(), std::make_unique<SmtpTransport>(settings));
    QSignalSpy passed(&pump, &MailPump::passed);
    pump.start();
    QTRY_COMPARE_WITH_TIMEOUT(passed.count(), 1, Timeout);
    QCOMPARE(passed.at(0).at(0).value<DispatchReport>().sent, 1);
    QCOMPARE(server.count(), 1);

    const QString password = temporaryPasswordIn(server.message(1));
    QVERIFY2(password.size() >= 8, server.message(1).constData());
    const QString dump = dumpAll(db.database());
    QVERIFY(!dump.isEmpty());
    QVERIFY2(!dump.contains(password), "the temporary password is in the database in clear");
    QVERIFY(!dump.contains(AuthPassword));
    const Account stored = AccountRepository(db.database().connection().value()).findById(accountId).value();
    QVERIFY(PasswordHasher::verify(stored.tempPasswordHash, password)); // only its hash is kept
}

QTEST_GUILESS_MAIN(TestMailPump)
#include "tst_mailpump.moc"
