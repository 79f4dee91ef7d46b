// The desk's optimistic check guards what an action depends on (issue F.1), a newer mail request
// supersedes a queued older one (F.2), and a caller's address is a public one, refused in one
// translated sentence (F.3). Every database case on SQLite and PostgreSQL, with the real mail
// dispatcher and the real portal rules.
#include "accounts/AccountRepository.h"
#include "agents/AgentAuthService.h"
#include "core/ActorName.h"
#include "core/EmailAddress.h"
#include "core/PasswordHasher.h"
#include "db/SqlQuery.h"
#include "desk/CallService.h"
#include "desk/HelpdeskService.h"
#include "identity/IdentityService.h"
#include "mail/MailDispatcher.h"
#include "mail/MailOutbox.h"
#include "mail/MailTransport.h"
#include "portal/PortalService.h"
#include "support/TestDatabases.h"
#include "text/ErrorText.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

namespace {

const QString agentPassword = QStringLiteral("Guichet-Agent-1");
const QString personalPassword = QStringLiteral("Retraite-Sereine-42");
const Nir marieNir = Nir::parse(QStringLiteral("2 60 12 13 055 321 68"));
const CivilStatus marie{QStringLiteral("Lefèvre-d'Arc"), QStringLiteral("Marie Hélène"), QDate(1960, 12, 24),
                        QStringLiteral("Marseille")};

// Keeps what it is given, as a relay that accepts everything would.
class CapturingTransport : public MailTransport
{
public:
    Error deliver(const QByteArray& mime, const QString& recipient, const QString&) override
    {
        mails.append({recipient, QString::fromUtf8(mime)});
        return {};
    }
    struct Mail
    {
        QString recipient;
        QString raw;
    };
    QList<Mail> mails;
};

// The secret on its own line of the message (quoted-printable leaves such a line as it is).
QString secretIn(const QString& raw, const QString& label)
{
    const QRegularExpression line(QStringLiteral("^") + QRegularExpression::escape(label)
                                      + QStringLiteral(" (\\S+)\\r?$"),
                                  QRegularExpression::MultilineOption);
    return line.match(raw).captured(1);
}

struct Fixture
{
    qint64 accountId = 0;
    AgentSession alice;
    AgentSession bruno;
};

// A certified person with an active account (a personal password) and two agents.
bool setUp(Database& database, Fixture* fixture)
{
    IdentityService identities(database);
    if (!identities.addRegisterEntry(marieNir, marie).ok())
        return false;
    const Result<qint64> person = identities.addPerson(marieNir, marie, true);
    if (!person)
        return false;
    Account account;
    account.personId = person.value();
    account.email = QStringLiteral("marie.lefevre@example.org");
    account.status = Account::Status::Active;
    account.passwordHash = PasswordHasher::hash(personalPassword);
    const Error error = database.write([&](QSqlDatabase& db) -> Error {
        const Result<qint64> id = AccountRepository(db).add(account);
        if (!id)
            return id.error();
        fixture->accountId = id.value();
        return {};
    });
    if (error)
        return false;
    AgentAuthService auth(database);
    const AgentSession bootstrap;
    if (!auth.addAgent(bootstrap, QStringLiteral("alice"), QStringLiteral("Alice Martin"), Agent::Role::Agent,
                       agentPassword)
        || !auth.addAgent(bootstrap, QStringLiteral("bruno"), QStringLiteral("Bruno Petit"), Agent::Role::Agent,
                          agentPassword))
        return false;
    fixture->alice = auth.signIn(QStringLiteral("alice"), agentPassword, QStringLiteral("desk-1")).value();
    fixture->bruno = auth.signIn(QStringLiteral("bruno"), agentPassword, QStringLiteral("desk-2")).value();
    return fixture->alice.isValid() && fixture->bruno.isValid();
}

qint64 verifiedCall(Database& database, const AgentSession& session)
{
    CallService calls(database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<qint64> call = calls.startCall(session, QStringLiteral("password_not_received"), now);
    if (!call || !calls.lookup(session, call.value(), marieNir, now))
        return 0;
    const Result<CallService::Verification> verification = calls.verify(session, call.value(), marie, now);
    return verification && verification->verified ? call.value() : 0;
}

QString deliverAll(Database& database, CapturingTransport& transport)
{
    MailDispatcher dispatcher(database, transport);
    const Result<DispatchReport> report = dispatcher.runOnce(QDateTime::currentDateTimeUtc());
    if (!report)
        return report.error().codeName();
    return QStringLiteral("%1 %2 %3").arg(report->sent).arg(report->failed).arg(report->dead);
}

PortalService::LoginOutcome portalLogin(Database& database, const QString& password)
{
    const Result<PortalService::LoginResult> result
        = PortalService(database).login(marieNir, password, QDateTime::currentDateTimeUtc());
    return result ? result->outcome : PortalService::LoginOutcome::UnknownAccount;
}

#define DESK_CHECK_SETUP()                                                                                             \
    QFETCH(QString, engine);                                                                                           \
    GUICHET_TEST_DATABASE(db, engine);                                                                                 \
    QVERIFY(db.migrate());                                                                                             \
    Database& database = db.database();                                                                                \
    Fixture f;                                                                                                         \
    QVERIFY(setUp(database, &f));                                                                                      \
    HelpdeskService desk(database);                                                                                    \
    CapturingTransport transport

} // namespace

class TestDeskCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void codeConfirmedAfterItsDelivery_data() { TestDatabase::addEngineRows(); }
    void codeConfirmedAfterItsDelivery();
    void secondReissueAfterTheCallersTries_data() { TestDatabase::addEngineRows(); }
    void secondReissueAfterTheCallersTries();
    void anotherDeskIsAConflict_data() { TestDatabase::addEngineRows(); }
    void anotherDeskIsAConflict();
    void lockedMeanwhileIsAConflict_data() { TestDatabase::addEngineRows(); }
    void lockedMeanwhileIsAConflict();
    void twoReissuesSendOneMail_data() { TestDatabase::addEngineRows(); }
    void twoReissuesSendOneMail();
    void addressRules_data();
    void addressRules();
    void refusedAddressChangesNothing_data() { TestDatabase::addEngineRows(); }
    void refusedAddressChangesNothing();
    void refusalsInTheInterfaceLanguage();
    void passValidity_data();
    void passValidity();
};

void TestDeskCheck::codeConfirmedAfterItsDelivery()
{
    DESK_CHECK_SETUP();
    const qint64 call = verifiedCall(database, f.alice);
    QVERIFY(call > 0);
    QVERIFY(desk.changeEmail(f.alice, call, QStringLiteral("marie.nouvelle@example.net")).ok());
    QCOMPARE(deliverAll(database, transport), QStringLiteral("1 0 0"));
    QCOMPARE(transport.mails.size(), 1);
    QCOMPARE(transport.mails.at(0).recipient, QStringLiteral("marie.nouvelle@example.net"));
    const QString code = secretIn(transport.mails.at(0).raw, QStringLiteral("Code de confirmation :"));
    QCOMPARE(code.size(), 6);

    // No new lookup: the delivery the agent asked for is not a conflict.
    const Result<ActionAnswer> confirmed = desk.confirmEmail(f.alice, call, code);
    QVERIFY2(confirmed.ok(), qPrintable(ErrorText::error(confirmed.error())));
    const Account account = AccountRepository(database.connection().value()).findById(f.accountId).value();
    QCOMPARE(account.email, QStringLiteral("marie.nouvelle@example.net"));
    QVERIFY(account.pendingEmail.isEmpty());
}

void TestDeskCheck::secondReissueAfterTheCallersTries()
{
    DESK_CHECK_SETUP();
    const qint64 call = verifiedCall(database, f.alice);
    QVERIFY(call > 0);
    QVERIFY(desk.reissue(f.alice, call, QStringLiteral("mot de passe perdu")).ok());
    QCOMPARE(deliverAll(database, transport), QStringLiteral("1 0 0"));
    // The caller tries on the portal while on the phone, and mistypes twice.
    QCOMPARE(portalLogin(database, QStringLiteral("Faute-de-frappe-1")), PortalService::LoginOutcome::WrongPassword);
    QCOMPARE(portalLogin(database, QStringLiteral("Faute-de-frappe-2")), PortalService::LoginOutcome::WrongPassword);

    const Result<ActionAnswer> again = desk.reissue(f.alice, call, QStringLiteral("le courriel n'arrive pas"));
    QVERIFY2(again.ok(), qPrintable(ErrorText::error(again.error())));
    QCOMPARE(deliverAll(database, transport), QStringLiteral("1 0 0"));
    // The newest password is the one that works.
    const QString newest = secretIn(transport.mails.constLast().raw, QStringLiteral("Mot de passe provisoire :"));
    QVERIFY(newest.size() >= 12);
    QCOMPARE(portalLogin(database, newest), PortalService::LoginOutcome::MustChangePassword);
}

void TestDeskCheck::anotherDeskIsAConflict()
{
    DESK_CHECK_SETUP();
    const qint64 mine = verifiedCall(database, f.alice);
    const qint64 theirs = verifiedCall(database, f.bruno);
    QVERIFY(mine > 0 && theirs > 0);
    QVERIFY(desk.reissue(f.bruno, theirs, QStringLiteral("autre poste")).ok());
    QCOMPARE(deliverAll(database, transport), QStringLiteral("1 0 0"));

    const Result<ActionAnswer> late = desk.reissue(f.alice, mine, QStringLiteral("mon poste"));
    QVERIFY(!late.ok());
    QCOMPARE(late.error().code(), ErrorCode::Conflict);
    const QVariantMap context = late.error().context();
    QCOMPARE(context.value(QStringLiteral("changed_by")).toString(), QStringLiteral("bruno"));
    QCOMPARE(context.value(QStringLiteral("changed_by_kind")).toString(), QStringLiteral("desk"));
    QCOMPARE(context.value(QStringLiteral("changed_action")).toString(), QStringLiteral("reissue"));
    QVERIFY(ErrorText::conflict(late.error()).contains(QLatin1String("bruno")));
    // Nothing was queued for the refused action.
    QCOMPARE(transport.mails.size(), 1);
    // Bruno's own later action is no conflict for him.
    QVERIFY(desk.reissue(f.bruno, theirs, QStringLiteral("encore")).ok());
}

void TestDeskCheck::lockedMeanwhileIsAConflict()
{
    DESK_CHECK_SETUP();
    const qint64 call = verifiedCall(database, f.alice);
    QVERIFY(call > 0);
    for (int i = 1; i <= 5; ++i)
        portalLogin(database, QStringLiteral("Mauvais-%1").arg(i));
    QCOMPARE(AccountRepository(database.connection().value()).findById(f.accountId)->status, Account::Status::Locked);

    const Result<ActionAnswer> late = desk.reissue(f.alice, call, QStringLiteral("mot de passe perdu"));
    QVERIFY(!late.ok());
    QCOMPARE(late.error().code(), ErrorCode::Conflict);
    QCOMPARE(late.error().context().value(QStringLiteral("changed_by_kind")).toString(), QStringLiteral("portal"));
    QCOMPARE(late.error().context().value(QStringLiteral("account_status")).toString(), QStringLiteral("locked"));
    const QString sentence = ErrorText::conflict(late.error());
    QVERIFY2(sentence.contains(QLatin1String("locked")), qPrintable(sentence));
    // Looked up again, the agent sees the lock and unlocks.
    QVERIFY(CallService(database).lookup(f.alice, call, marieNir).ok());
    QVERIFY(desk.unlock(f.alice, call, QStringLiteral("titulaire vérifié")).ok());
}

void TestDeskCheck::twoReissuesSendOneMail()
{
    DESK_CHECK_SETUP();
    const qint64 call = verifiedCall(database, f.alice);
    QVERIFY(call > 0);
    const Result<ActionAnswer> first = desk.reissue(f.alice, call, QStringLiteral("premier essai"));
    const Result<ActionAnswer> second = desk.reissue(f.alice, call, QStringLiteral("second essai"));
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(second->supersededMail.value_or(-1), 1);

    QCOMPARE(deliverAll(database, transport), QStringLiteral("1 0 0"));
    QCOMPARE(transport.mails.size(), 1);
    MailOutbox outbox(database.connection().value());
    const OutboxMessage older = outbox.findById(first->mailId.value_or(0)).value();
    const OutboxMessage newer = outbox.findById(second->mailId.value_or(0)).value();
    QCOMPARE(older.status, OutboxMessage::Status::Dead);
    QCOMPARE(older.attempts, 0);
    QCOMPARE(newer.status, OutboxMessage::Status::Sent);
    SqlQuery query(database.connection().value());
    QVERIFY(!query.prepare(QStringLiteral("SELECT superseded_by FROM mail_outbox WHERE id = :id")));
    query.bind(QStringLiteral(":id"), older.id);
    QVERIFY(!query.exec() && query.next());
    QCOMPARE(query.value(QStringLiteral("superseded_by")).toLongLong(), newer.id);
    // Putting dead mail back (mailer requeue --dead) never revives a superseded request.
    const Result<MailDispatcher::RequeueReport> requeued
        = MailDispatcher::requeue(database, QDateTime::currentDateTimeUtc(), true, f.accountId);
    QVERIFY(requeued.ok());
    QCOMPARE(requeued->revived, 0);
    QCOMPARE(outbox.findById(older.id)->status, OutboxMessage::Status::Dead);

    // The one password mailed works; other kinds and other accounts are untouched by the rule.
    const QString password = secretIn(transport.mails.at(0).raw, QStringLiteral("Mot de passe provisoire :"));
    QCOMPARE(portalLogin(database, password), PortalService::LoginOutcome::MustChangePassword);
    QVERIFY(desk.changeEmail(f.alice, call, QStringLiteral("marie.nouvelle@example.net")).ok());
    const Result<ActionAnswer> third = desk.reissue(f.alice, call, QStringLiteral("troisième"));
    QVERIFY(third.ok());
    QCOMPARE(third->supersededMail.value_or(-1), 0);
}

void TestDeskCheck::addressRules_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("problem"); // empty: accepted

    QTest::newRow("plain") << QStringLiteral("marie.lefevre@laposte.net") << QString();
    QTest::newRow("plus and hyphen") << QStringLiteral("jean-paul+retraite@orange.fr") << QString();
    QTest::newRow("spaces around") << QStringLiteral("  marie@free.fr ") << QString();
    QTest::newRow("accented domain") << QStringLiteral("marie@académie.fr") << QString();
    QTest::newRow("subdomain") << QStringLiteral("m@mail.caisse.gouv.fr") << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("email_empty");
    QTest::newRow("no at") << QStringLiteral("marie.laposte.net") << QStringLiteral("email_missing_at");
    QTest::newRow("two ats") << QStringLiteral("a@b@laposte.net") << QStringLiteral("email_missing_at");
    QTest::newRow("no local part") << QStringLiteral("@laposte.net") << QStringLiteral("email_missing_local_part");
    QTest::newRow("long local part") << QString(65, QLatin1Char('a')) + QStringLiteral("@laposte.net")
                                     << QStringLiteral("email_local_part_too_long");
    QTest::newRow("space inside") << QStringLiteral("marie lefevre@laposte.net")
                                  << QStringLiteral("email_invalid_local_part");
    QTest::newRow("accent before at") << QStringLiteral("hélène@laposte.net")
                                      << QStringLiteral("email_invalid_local_part");
    QTest::newRow("double dot") << QStringLiteral("marie..l@laposte.net") << QStringLiteral("email_invalid_local_part");
    QTest::newRow("leading dot") << QStringLiteral(".marie@laposte.net") << QStringLiteral("email_invalid_local_part");
    QTest::newRow("no domain") << QStringLiteral("marie@") << QStringLiteral("email_missing_domain");
    QTest::newRow("underscore in domain") << QStringLiteral("m@la_poste.net") << QStringLiteral("email_invalid_domain");
    QTest::newRow("empty label") << QStringLiteral("m@laposte..net") << QStringLiteral("email_invalid_domain");
    QTest::newRow("hyphen first") << QStringLiteral("m@-laposte.net") << QStringLiteral("email_invalid_domain");
    QTest::newRow("localhost") << QStringLiteral("someone@localhost") << QStringLiteral("email_domain_without_dot");
    QTest::newRow("intranet") << QStringLiteral("x@intranet") << QStringLiteral("email_domain_without_dot");
    QTest::newRow("ip") << QStringLiteral("x@192.168.1.10") << QStringLiteral("email_domain_not_public");
    QTest::newRow("ip literal") << QStringLiteral("x@[192.168.1.10]") << QStringLiteral("email_domain_not_public");
    QTest::newRow(".local") << QStringLiteral("x@poste.local") << QStringLiteral("email_domain_not_public");
    QTest::newRow(".invalid") << QStringLiteral("x@guichet.invalid") << QStringLiteral("email_domain_not_public");
    QTest::newRow(".test") << QStringLiteral("x@caisse.test") << QStringLiteral("email_domain_not_public");
    QTest::newRow("home.arpa") << QStringLiteral("x@box.home.arpa") << QStringLiteral("email_domain_not_public");
    QTest::newRow("too long") << QStringLiteral("m@") + QString(250, QLatin1Char('a')) + QStringLiteral(".fr")
                              << QStringLiteral("email_too_long");
}

void TestDeskCheck::addressRules()
{
    QFETCH(QString, address);
    QFETCH(QString, problem);
    QCOMPARE(EmailAddress::problemName(EmailAddress::check(address)), problem);
    QCOMPARE(EmailAddress::isPublic(address), problem.isEmpty());
    // Every refusal has its own sentence, never the generic one.
    if (!problem.isEmpty()) {
        Error error(ErrorCode::InvalidInput, QStringLiteral("invalid e-mail address"));
        error.withContext(QStringLiteral("problem"), problem);
        const QString sentence = ErrorText::error(error);
        QCOMPARE(sentence, ErrorText::emailAddress(EmailAddress::check(address)));
        QVERIFY(!sentence.isEmpty());
    }
}

void TestDeskCheck::refusedAddressChangesNothing()
{
    DESK_CHECK_SETUP();
    const qint64 call = verifiedCall(database, f.alice);
    QVERIFY(call > 0);
    const int versionBefore = AccountRepository(database.connection().value()).findById(f.accountId)->version;
    const Result<ActionAnswer> refused = desk.changeEmail(f.alice, call, QStringLiteral("x@intranet"));
    QCOMPARE(refused.error().code(), ErrorCode::InvalidInput);
    QCOMPARE(refused.error().context().value(QStringLiteral("problem")).toString(),
             QStringLiteral("email_domain_without_dot"));
    const Account account = AccountRepository(database.connection().value()).findById(f.accountId).value();
    QCOMPARE(account.version, versionBefore);
    QVERIFY(account.pendingEmail.isEmpty());
    QCOMPARE(deliverAll(database, transport), QStringLiteral("0 0 0"));
    // The same address already on file is its own refusal.
    const Result<ActionAnswer> same = desk.changeEmail(f.alice, call, QStringLiteral("Marie.Lefevre@EXAMPLE.org"));
    QCOMPARE(same.error().context().value(QStringLiteral("problem")).toString(), QStringLiteral("email_same_address"));
}

// In French, the refusal is one French sentence: no English detail appended, no technical login.
void TestDeskCheck::refusalsInTheInterfaceLanguage()
{
    QTranslator french;
    QVERIFY(french.load(QStringLiteral(":/i18n/guichet_fr.qm")));
    QVERIFY(QCoreApplication::installTranslator(&french));
    for (EmailAddress::Problem problem :
         {EmailAddress::Problem::MissingAt, EmailAddress::Problem::DomainWithoutDot,
          EmailAddress::Problem::DomainNotPublic, EmailAddress::Problem::InvalidLocalPart}) {
        Error error(ErrorCode::InvalidInput, QStringLiteral("invalid e-mail address"));
        error.withContext(QStringLiteral("problem"), EmailAddress::problemName(problem));
        const QString sentence = ErrorText::error(error);
        QVERIFY2(!sentence.contains(QLatin1String("invalid")) && !sentence.contains(QLatin1String("address")),
                 qPrintable(sentence));
        QVERIFY2(sentence.contains(QLatin1String("adresse")) || sentence.contains(QLatin1String("domaine"))
                     || sentence.contains(QLatin1String("@")),
                 qPrintable(sentence));
    }
    Error conflict(ErrorCode::Conflict);
    conflict.withContext(QStringLiteral("changed_by"), ActorName::mailServiceLogin());
    conflict.withContext(QStringLiteral("changed_by_kind"), QStringLiteral("desk"));
    const QString sentence = ErrorText::conflict(conflict);
    QVERIFY2(!sentence.contains(ActorName::mailServiceLogin()), qPrintable(sentence));
    QVERIFY2(sentence.contains(QLatin1String("messagerie")), qPrintable(sentence));
    QCoreApplication::removeTranslator(&french);
}

// The identity pass's validity, the one rule the desk displays and the services enforce: from the
// pass (a clock up to a minute ahead tolerated) until 15 minutes later, excluded.
void TestDeskCheck::passValidity_data()
{
    QTest::addColumn<int>("secondsSincePass");
    QTest::addColumn<bool>("fresh");
    QTest::newRow("just passed") << 0 << true;
    QTest::newRow("14:59") << 899 << true;
    QTest::newRow("15:00") << 900 << false;
    QTest::newRow("an hour") << 3600 << false;
    QTest::newRow("clock 59 s behind") << -59 << true;
    QTest::newRow("clock 60 s behind") << -60 << true;
    QTest::newRow("from the future") << -61 << false;
}

void TestDeskCheck::passValidity()
{
    QFETCH(int, secondsSincePass);
    QFETCH(bool, fresh);
    const QDateTime passedAt(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC);
    const QDateTime now = passedAt.addSecs(secondsSincePass);
    QCOMPARE(CallService::passIsFresh(passedAt, now), fresh);
    QCOMPARE(CallService::passExpiresAt(passedAt), passedAt.addSecs(15 * 60));
    Call call;
    call.verifiedAt = passedAt;
    QCOMPARE(CallService::passIsFresh(call, now), fresh);
    call.verificationFailures = 3;
    QVERIFY(!CallService::passIsFresh(call, now));
    QVERIFY(!CallService::passIsFresh(QDateTime(), now));
}

QTEST_GUILESS_MAIN(TestDeskCheck)
#include "tst_deskcheck.moc"
