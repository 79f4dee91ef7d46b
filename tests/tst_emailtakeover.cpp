// Issue I, finding 3: one phone call must not take over a portal account. The civil status the
// desk checks is printed in the NIR (birth year, month, place), so a caller who passes the check,
// changes the address to their own, confirms the code that arrives there and asks for a reissue
// used to get the temporary password at the new address in about 15 seconds, the owner's old
// address hearing of it afterwards. Now the old address gets the notice with a refusal code at the
// change, no temporary password goes to the new address before the waiting period
// (PortalPolicy::EmailChangeWaitingHours) and then only with a second supervisor's approval, and
// supervisors see the combination flagged. The real desk services, mail dispatcher and portal, on
// SQLite and PostgreSQL; the waiting period is passed by back-dating the change's row (bound SQL),
// never by sleeping.
#include "accounts/AccountRepository.h"
#include "accounts/EmailChangeRepository.h"
#include "agents/AgentAuthService.h"
#include "core/PasswordHasher.h"
#include "core/PortalPolicy.h"
#include "db/SqlQuery.h"
#include "desk/CallService.h"
#include "desk/HelpdeskService.h"
#include "desk/ReissueApprovalService.h"
#include "identity/IdentityService.h"
#include "mail/MailDispatcher.h"
#include "mail/MailOutbox.h"
#include "mail/MailTransport.h"
#include "portal/EmailChangeRefusal.h"
#include "supervision/SupervisionFlags.h"
#include "support/CtlRunner.h"
#include "support/TestDatabases.h"
#include "text/ErrorText.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace {

const QString agentPassword = QStringLiteral("Guichet-Agent-1");
const QString personalPassword = QStringLiteral("Retraite-Sereine-42");
const QString ownerAddress = QStringLiteral("marie.lefevre@example.org");
const QString callerAddress = QStringLiteral("pirate@example.net");
const Nir marieNir = Nir::parse(QStringLiteral("2 60 12 13 055 321 68"));
const CivilStatus marie{QStringLiteral("Lefèvre-d'Arc"), QStringLiteral("Marie Hélène"), QDate(1960, 12, 24),
                        QStringLiteral("Marseille")};

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

    QList<Mail> to(const QString& recipient) const
    {
        QList<Mail> found;
        for (const Mail& mail : mails) {
            if (mail.recipient == recipient)
                found.append(mail);
        }
        return found;
    }
};

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
    AgentSession alice; // an agent
    AgentSession sophie; // a supervisor
    AgentSession victor; // another supervisor
};

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
    account.email = ownerAddress;
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
        || !auth.addAgent(bootstrap, QStringLiteral("sophie"), QStringLiteral("Sophie Leroy"), Agent::Role::Supervisor,
                          agentPassword)
        || !auth.addAgent(bootstrap, QStringLiteral("victor"), QStringLiteral("Victor Hugo"), Agent::Role::Supervisor,
                          agentPassword))
        return false;
    fixture->alice = auth.signIn(QStringLiteral("alice"), agentPassword, QStringLiteral("desk-1")).value();
    fixture->sophie = auth.signIn(QStringLiteral("sophie"), agentPassword, QStringLiteral("desk-2")).value();
    fixture->victor = auth.signIn(QStringLiteral("victor"), agentPassword, QStringLiteral("desk-3")).value();
    return fixture->alice.isValid() && fixture->sophie.isValid() && fixture->victor.isValid();
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

// The caller's 15 seconds: the address changed to the caller's own and confirmed with the code
// that arrived there. Returns the confirmation's error, empty on success.
QString changeAddress(Database& database, CapturingTransport& transport, const AgentSession& session, qint64 call)
{
    HelpdeskService desk(database);
    const Result<ActionAnswer> change = desk.changeEmail(session, call, callerAddress);
    if (!change)
        return change.error().codeName();
    const QString sent = deliverAll(database, transport);
    if (sent != QLatin1String("1 0 0"))
        return QStringLiteral("code mail: ") + sent;
    const QString code
        = secretIn(transport.to(callerAddress).constLast().raw, QStringLiteral("Code de confirmation :"));
    const Result<ActionAnswer> confirmed = desk.confirmEmail(session, call, code);
    return confirmed ? QString() : confirmed.error().codeName();
}

QString emailOf(Database& database, qint64 accountId)
{
    return AccountRepository(database.connection().value()).findById(accountId)->email;
}

// The waiting period has passed: the change's row back-dated, as if made hours ago.
bool waitingPeriodPassed(Database& database, qint64 accountId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime changedAt = now.addSecs(-qint64(PortalPolicy::EmailChangeWaitingHours + 1) * 3600);
    const Error error = database.write([&](QSqlDatabase& db) -> Error {
        SqlQuery update(db);
        if (Error e = update.prepare(QStringLiteral("UPDATE email_changes SET changed_at = :changed,"
                                                    " waiting_until = :until WHERE account_id = :account")))
            return e;
        update.bind(QStringLiteral(":changed"), SqlQuery::dialectOf(db).toSql(changedAt));
        update.bind(QStringLiteral(":until"), SqlQuery::dialectOf(db).toSql(EmailChange::waitingEnd(changedAt)));
        update.bind(QStringLiteral(":account"), accountId);
        return update.exec();
    });
    return !error;
}

QStringList auditRows(Database& database, const QString& action)
{
    SqlQuery query(database.connection().value());
    if (query.prepare(QStringLiteral("SELECT agent_login, outcome FROM audit_events WHERE action = :action"
                                     " ORDER BY id")))
        return {QStringLiteral("query failed")};
    query.bind(QStringLiteral(":action"), action);
    if (query.exec())
        return {QStringLiteral("query failed")};
    QStringList rows;
    while (query.next())
        rows.append(query.value(QStringLiteral("agent_login")).toString() + QLatin1Char('=')
                    + query.value(QStringLiteral("outcome")).toString());
    return rows;
}

int temporaryPasswordsTo(Database& database, const QString& recipient)
{
    SqlQuery query(database.connection().value());
    if (query.prepare(QStringLiteral("SELECT COUNT(*) AS n FROM mail_outbox WHERE kind = :kind"
                                     " AND recipient = :recipient AND status <> :dead")))
        return -1;
    query.bind(QStringLiteral(":kind"), OutboxMessage::kindName(OutboxMessage::Kind::TemporaryPassword));
    query.bind(QStringLiteral(":recipient"), recipient);
    query.bind(QStringLiteral(":dead"), OutboxMessage::statusName(OutboxMessage::Status::Dead));
    if (query.exec() || !query.next())
        return -1;
    return query.value(QStringLiteral("n")).toInt();
}

#define TAKEOVER_SETUP()                                                                                               \
    QFETCH(QString, engine);                                                                                           \
    GUICHET_TEST_DATABASE(db, engine);                                                                                 \
    QVERIFY(db.migrate());                                                                                             \
    Database& database = db.database();                                                                                \
    Fixture f;                                                                                                         \
    QVERIFY(setUp(database, &f));                                                                                      \
    HelpdeskService desk(database);                                                                                    \
    ReissueApprovalService approvals(database);                                                                        \
    CapturingTransport transport

} // namespace

class TestEmailTakeover : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void takeoverInOneCallIsRefused_data() { TestDatabase::addEngineRows(); }
    void takeoverInOneCallIsRefused();
    void afterTheWaitingPeriodApprovalIsRequired_data() { TestDatabase::addEngineRows(); }
    void afterTheWaitingPeriodApprovalIsRequired();
    void ownApprovalIsForbidden_data() { TestDatabase::addEngineRows(); }
    void ownApprovalIsForbidden();
    void anotherSupervisorsApprovalLetsTheReissueGo_data() { TestDatabase::addEngineRows(); }
    void anotherSupervisorsApprovalLetsTheReissueGo();
    void refusalFromThePreviousAddress_data() { TestDatabase::addEngineRows(); }
    void refusalFromThePreviousAddress();
    void unchangedAddressReissuesAsBefore_data() { TestDatabase::addEngineRows(); }
    void unchangedAddressReissuesAsBefore();
    void supervisorsSeeTheCombinationFlagged_data() { TestDatabase::addEngineRows(); }
    void supervisorsSeeTheCombinationFlagged();
    void commandLine_data() { TestDatabase::addEngineRows(); }
    void commandLine();
};

void TestEmailTakeover::takeoverInOneCallIsRefused()
{
    TAKEOVER_SETUP();
    const qint64 call = verifiedCall(database, f.alice);
    QVERIFY(call > 0);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QCOMPARE(changeAddress(database, transport, f.alice, call), QString());
    QCOMPARE(emailOf(database, f.accountId), callerAddress);

    // The notice leaves for the owner's address at the change, with a refusal code.
    QCOMPARE(deliverAll(database, transport), QStringLiteral("1 0 0"));
    QCOMPARE(transport.to(ownerAddress).size(), 1);
    const QString notice = transport.to(ownerAddress).constFirst().raw;
    const QString refusalCode = secretIn(notice, QStringLiteral("Code de refus :"));
    QCOMPARE(refusalCode.size(), 6);

    // The reissue is refused, and says until when.
    const Result<ActionAnswer> reissue = desk.reissue(f.alice, call, QStringLiteral("mot de passe perdu"));
    QVERIFY(!reissue.ok());
    QCOMPARE(reissue.error().code(), ErrorCode::ChangeWaitingPeriod);
    const QDateTime until
        = QDateTime::fromString(reissue.error().context().value(QStringLiteral("until")).toString(), Qt::ISODateWithMs);
    QVERIFY(until.isValid());
    QVERIFY(until >= before.addSecs(qint64(PortalPolicy::EmailChangeWaitingHours) * 3600 - 1));
    QVERIFY(reissue.error().context().value(QStringLiteral("approval_request")).toLongLong() > 0);
    // The agent can tell the caller when.
    QVERIFY2(ErrorText::error(reissue.error()).contains(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat)),
             qPrintable(ErrorText::error(reissue.error())));

    // Nothing for the caller's address but the confirmation code.
    QCOMPARE(deliverAll(database, transport), QStringLiteral("0 0 0"));
    QCOMPARE(temporaryPasswordsTo(database, callerAddress), 0);
    for (const CapturingTransport::Mail& mail : transport.to(callerAddress))
        QVERIFY(secretIn(mail.raw, QStringLiteral("Mot de passe provisoire :")).isEmpty());
    QCOMPARE(auditRows(database, QStringLiteral("reissue")),
             QStringList{QStringLiteral("alice=change_waiting_period")});
    QCOMPARE(auditRows(database, QStringLiteral("reissue_approval_requested")),
             QStringList{QStringLiteral("alice=ok")});
}

void TestEmailTakeover::afterTheWaitingPeriodApprovalIsRequired()
{
    TAKEOVER_SETUP();
    const qint64 call = verifiedCall(database, f.alice);
    QVERIFY(call > 0);
    QCOMPARE(changeAddress(database, transport, f.alice, call), QString());
    QCOMPARE(deliverAll(database, transport), QStringLiteral("1 0 0"));
    QVERIFY(waitingPeriodPassed(database, f.accountId));

    const Result<ActionAnswer> reissue = desk.reissue(f.alice, call, QStringLiteral("mot de passe perdu"));
    QVERIFY(!reissue.ok());
    QCOMPARE(reissue.error().code(), ErrorCode::ApprovalRequired);
    QCOMPARE(temporaryPasswordsTo(database, callerAddress), 0);
    // The request waits in the supervisors' list.
    const Result<QList<ReissueApprovalService::Approval>> pending = approvals.pending(f.sophie);
    QVERIFY(pending.ok());
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->first().requestedByLogin, QStringLiteral("alice"));
    QCOMPARE(pending->first().accountId, f.accountId);
    QCOMPARE(pending->first().id, reissue.error().context().value(QStringLiteral("approval_request")).toLongLong());
    // An agent does not see it.
    QCOMPARE(approvals.pending(f.alice).error().code(), ErrorCode::Forbidden);
}

void TestEmailTakeover::ownApprovalIsForbidden()
{
    TAKEOVER_SETUP();
    // A supervisor takes the call and asks for the approval herself.
    const qint64 call = verifiedCall(database, f.sophie);
    QVERIFY(call > 0);
    QCOMPARE(changeAddress(database, transport, f.sophie, call), QString());
    QCOMPARE(deliverAll(database, transport), QStringLiteral("1 0 0"));
    QVERIFY(waitingPeriodPassed(database, f.accountId));
    const Result<ReissueApprovalService::Approval> request
        = approvals.request(f.sophie, call, QStringLiteral("la titulaire insiste"));
    QVERIFY2(request.ok(), qPrintable(request.error().codeName()));

    const Result<ReissueApprovalService::Approval> own = approvals.approve(f.sophie, request->id);
    QVERIFY(!own.ok());
    QCOMPARE(own.error().code(), ErrorCode::Forbidden);
    QCOMPARE(own.error().context().value(QStringLiteral("problem")).toString(), QStringLiteral("own_request"));
    QVERIFY(ErrorText::error(own.error()).contains(QLatin1String("another supervisor")));
    // Nor may an agent approve.
    const Result<ReissueApprovalService::Approval> agent = approvals.approve(f.alice, request->id);
    QCOMPARE(agent.error().code(), ErrorCode::Forbidden);

    const Result<ActionAnswer> reissue = desk.reissue(f.sophie, call, QStringLiteral("mot de passe perdu"));
    QCOMPARE(reissue.error().code(), ErrorCode::ApprovalRequired);
    QCOMPARE(temporaryPasswordsTo(database, callerAddress), 0);
    QCOMPARE(auditRows(database, QStringLiteral("reissue_approval_granted")),
             (QStringList{QStringLiteral("sophie=forbidden"), QStringLiteral("alice=forbidden")}));
}

void TestEmailTakeover::anotherSupervisorsApprovalLetsTheReissueGo()
{
    TAKEOVER_SETUP();
    const qint64 call = verifiedCall(database, f.alice);
    QVERIFY(call > 0);
    QCOMPARE(changeAddress(database, transport, f.alice, call), QString());
    QCOMPARE(deliverAll(database, transport), QStringLiteral("1 0 0"));
    const Result<ReissueApprovalService::Approval> request
        = approvals.request(f.alice, call, QStringLiteral("nouvelle adresse, ancienne perdue"));
    QVERIFY2(request.ok(), qPrintable(request.error().codeName()));

    // Approved during the waiting period: the reissue still waits for its end.
    const Result<ReissueApprovalService::Approval> approved = approvals.approve(f.victor, request->id);
    QVERIFY2(approved.ok(), qPrintable(approved.error().codeName()));
    QVERIFY(approved->approved());
    QCOMPARE(desk.reissue(f.alice, call, QStringLiteral("mot de passe perdu")).error().code(),
             ErrorCode::ChangeWaitingPeriod);
    QVERIFY(approvals.pending(f.victor)->isEmpty());

    QVERIFY(waitingPeriodPassed(database, f.accountId));
    const Result<ActionAnswer> reissue = desk.reissue(f.alice, call, QStringLiteral("mot de passe perdu"));
    QVERIFY2(reissue.ok(), qPrintable(reissue.error().codeName()));
    QCOMPARE(deliverAll(database, transport), QStringLiteral("1 0 0"));
    QCOMPARE(transport.mails.constLast().recipient, callerAddress);
    QVERIFY(secretIn(transport.mails.constLast().raw, QStringLiteral("Mot de passe provisoire :")).size() >= 12);
    QCOMPARE(auditRows(database, QStringLiteral("reissue_approval_granted")), QStringList{QStringLiteral("victor=ok")});
}

void TestEmailTakeover::refusalFromThePreviousAddress()
{
    TAKEOVER_SETUP();
    const qint64 call = verifiedCall(database, f.alice);
    QVERIFY(call > 0);
    QCOMPARE(changeAddress(database, transport, f.alice, call), QString());
    QCOMPARE(deliverAll(database, transport), QStringLiteral("1 0 0"));
    const QString refusalCode
        = secretIn(transport.to(ownerAddress).constFirst().raw, QStringLiteral("Code de refus :"));
    QCOMPARE(refusalCode.size(), 6);
    const Result<ActionAnswer> waiting = desk.reissue(f.alice, call, QStringLiteral("mot de passe perdu"));
    QCOMPARE(waiting.error().code(), ErrorCode::ChangeWaitingPeriod);
    const qint64 requestId = waiting.error().context().value(QStringLiteral("approval_request")).toLongLong();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString wrong = refusalCode == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
    QCOMPARE(EmailChangeRefusal(database).refuse(marieNir, wrong, now).value(), EmailChangeRefusal::Outcome::WrongCode);
    QCOMPARE(emailOf(database, f.accountId), callerAddress);
    QCOMPARE(EmailChangeRefusal(database).refuse(marieNir, refusalCode, now).value(),
             EmailChangeRefusal::Outcome::Refused);
    QCOMPARE(emailOf(database, f.accountId), ownerAddress);
    QCOMPARE(auditRows(database, QStringLiteral("email_change_refused")), QStringList{QStringLiteral("portal=ok")});
    // Once is enough: nothing left to refuse.
    QCOMPARE(EmailChangeRefusal(database).refuse(marieNir, refusalCode, now).value(),
             EmailChangeRefusal::Outcome::NoChange);

    // The caller tries again: the account moved (the portal), and then the refusal stands.
    QVERIFY(CallService(database).lookup(f.alice, call, marieNir).ok());
    const Result<ActionAnswer> reissue = desk.reissue(f.alice, call, QStringLiteral("mot de passe perdu"));
    QVERIFY(!reissue.ok());
    QCOMPARE(reissue.error().code(), ErrorCode::ChangeRefusedByOwner);
    QCOMPARE(approvals.approve(f.victor, requestId).error().code(), ErrorCode::ChangeRefusedByOwner);
    QVERIFY(approvals.pending(f.victor)->isEmpty());
    QCOMPARE(temporaryPasswordsTo(database, callerAddress), 0);
    QCOMPARE(deliverAll(database, transport), QStringLiteral("0 0 0"));
}

void TestEmailTakeover::unchangedAddressReissuesAsBefore()
{
    TAKEOVER_SETUP();
    const qint64 call = verifiedCall(database, f.alice);
    QVERIFY(call > 0);
    QVERIFY(desk.reissue(f.alice, call, QStringLiteral("mot de passe perdu")).ok());
    // A change asked but never confirmed changes nothing either.
    QVERIFY(desk.changeEmail(f.alice, call, callerAddress).ok());
    QVERIFY(desk.reissue(f.alice, call, QStringLiteral("encore")).ok());
    QCOMPARE(deliverAll(database, transport), QStringLiteral("2 0 0"));
    QCOMPARE(transport.to(ownerAddress).size(), 1);
    // No change confirmed: nothing to approve.
    QCOMPARE(approvals.request(f.alice, call, QStringLiteral("rien à approuver")).error().code(),
             ErrorCode::NoPendingChange);
}

void TestEmailTakeover::supervisorsSeeTheCombinationFlagged()
{
    TAKEOVER_SETUP();
    const QDateTime from = QDateTime::currentDateTimeUtc().addDays(-1);
    const QDateTime to = QDateTime::currentDateTimeUtc().addDays(1);
    SupervisionFlags flags(database);
    const qint64 call = verifiedCall(database, f.alice);
    QVERIFY(call > 0);
    QCOMPARE(changeAddress(database, transport, f.alice, call), QString());
    QCOMPARE(deliverAll(database, transport), QStringLiteral("1 0 0"));
    // A change alone is no flag.
    QVERIFY(flags.changedAddressReissues(f.sophie, from, to)->isEmpty());

    QCOMPARE(desk.reissue(f.alice, call, QStringLiteral("mot de passe perdu")).error().code(),
             ErrorCode::ChangeWaitingPeriod);
    Result<QList<SupervisionFlags::ChangedAddressReissue>> flagged = flags.changedAddressReissues(f.sophie, from, to);
    QVERIFY(flagged.ok());
    QCOMPARE(flagged->size(), 1);
    QCOMPARE(flagged->first().accountId, f.accountId);
    QCOMPARE(flagged->first().changedBy, QStringLiteral("alice"));
    QCOMPARE(flagged->first().reissueBy, QStringLiteral("alice"));
    QCOMPARE(flagged->first().reissueOutcome, QStringLiteral("change_waiting_period"));
    QVERIFY(!flagged->first().refusedAt.isValid());
    QVERIFY(!flagged->first().maskedNir.contains(QLatin1String("055")));

    const QString refusalCode
        = secretIn(transport.to(ownerAddress).constFirst().raw, QStringLiteral("Code de refus :"));
    QCOMPARE(EmailChangeRefusal(database).refuse(marieNir, refusalCode, QDateTime::currentDateTimeUtc()).value(),
             EmailChangeRefusal::Outcome::Refused);
    flagged = flags.changedAddressReissues(f.sophie, from, to);
    QCOMPARE(flagged->size(), 1);
    QVERIFY(flagged->first().refusedAt.isValid());
    QCOMPARE(flags.changedAddressReissues(f.alice, from, to).error().code(), ErrorCode::Forbidden);
}

// guichetctl: the supervisors' list and approval (never one's own, never an agent's), and the
// portal simulator's refusal from the previous address.
void TestEmailTakeover::commandLine()
{
    TAKEOVER_SETUP();
    const qint64 call = verifiedCall(database, f.alice);
    QVERIFY(call > 0);
    QCOMPARE(changeAddress(database, transport, f.alice, call), QString());
    QCOMPARE(deliverAll(database, transport), QStringLiteral("1 0 0"));
    QCOMPARE(desk.reissue(f.alice, call, QStringLiteral("mot de passe perdu")).error().code(),
             ErrorCode::ChangeWaitingPeriod);

    CtlRunner ctl(db.urlString());
    ctl.setEnvironment(QStringLiteral("GUICHET_AGENT_PASSWORD"), agentPassword);
    const auto as = [](const char* agent) {
        return QStringList{QStringLiteral("desk"), QStringLiteral("--agent"), QString::fromLatin1(agent)};
    };
    const CtlRunner::Run list = ctl.run(as("sophie") + QStringList{QStringLiteral("approvals")});
    QVERIFY2(list.exitCode == 0, list.stdoutText.constData());
    const QJsonArray pending = list.json.value(QStringLiteral("approvals")).toArray();
    QCOMPARE(pending.size(), 1);
    const QString request = QString::number(pending.at(0).toObject().value(QStringLiteral("request")).toInteger());
    QCOMPARE(pending.at(0).toObject().value(QStringLiteral("requested_by")).toString(), QStringLiteral("alice"));
    const CtlRunner::Run agentList = ctl.run(as("alice") + QStringList{QStringLiteral("approvals")});
    QCOMPARE(agentList.json.value(QStringLiteral("error")).toString(), QStringLiteral("forbidden"));
    const CtlRunner::Run byAgent = ctl.run(as("alice") + QStringList{QStringLiteral("approve"), request});
    QVERIFY(byAgent.exitCode != 0);
    QCOMPARE(byAgent.json.value(QStringLiteral("error")).toString(), QStringLiteral("forbidden"));

    const QString code = secretIn(transport.to(ownerAddress).constFirst().raw, QStringLiteral("Code de refus :"));
    const QStringList refuse{QStringLiteral("portal"), QStringLiteral("refuse-email-change"), QStringLiteral("--nir"),
                             marieNir.digits(), QStringLiteral("--code")};
    QCOMPARE(
        ctl.run(refuse
                + QStringList{code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000")})
            .json.value(QStringLiteral("outcome"))
            .toString(),
        QStringLiteral("wrong_code"));
    const CtlRunner::Run refused = ctl.run(refuse + QStringList{code});
    QVERIFY2(refused.exitCode == 0, refused.stdoutText.constData());
    QCOMPARE(refused.json.value(QStringLiteral("outcome")).toString(), QStringLiteral("refused"));
    QCOMPARE(emailOf(database, f.accountId), ownerAddress);
    const CtlRunner::Run late = ctl.run(as("victor") + QStringList{QStringLiteral("approve"), request});
    QCOMPARE(late.json.value(QStringLiteral("error")).toString(), QStringLiteral("change_refused_by_owner"));
}

QTEST_GUILESS_MAIN(TestEmailTakeover)
#include "tst_emailtakeover.moc"
