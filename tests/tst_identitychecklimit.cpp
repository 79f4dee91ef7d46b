// Identity checks limited per person across calls and agents (issue I, finding 4): the failed checks
// of one person within PortalPolicy::IdentityCheckWindowHours, whichever calls and agents made them,
// refuse every further check at PortalPolicy::IdentityCheckMaxFailuresPerPerson (a right answer
// too), audited and flagged to supervisors. Both engines.
#include "accounts/AccountRepository.h"
#include "audit/AuditLog.h"
#include "core/Masking.h"
#include "core/PortalPolicy.h"
#include "db/SqlQuery.h"
#include "desk/CallService.h"
#include "identity/IdentityService.h"
#include "supervision/SupervisionFlags.h"
#include "support/TestAgents.h"
#include "support/TestDatabases.h"

#include <QStandardPaths>
#include <QTest>
#include <QVariantMap>

namespace {

const Nir marieNir = Nir::parse(QStringLiteral("2 60 12 13 055 321 68"));
const CivilStatus marie{QStringLiteral("Lefèvre-d'Arc"), QStringLiteral("Marie Hélène"), QDate(1960, 12, 24),
                        QStringLiteral("Marseille")};
const CivilStatus wrong{QStringLiteral("Martin"), QStringLiteral("Marie Hélène"), QDate(1960, 12, 24),
                        QStringLiteral("Marseille")};

int count(Database& database, const QString& sql, const QVariantMap& bound = {})
{
    SqlQuery query(database.connection().value());
    if (query.prepare(sql))
        return -1;
    for (auto it = bound.cbegin(); it != bound.cend(); ++it)
        query.bind(it.key(), it.value());
    if (query.exec() || !query.next())
        return -1;
    return query.value(QStringLiteral("n")).toInt();
}

int audited(Database& database, const QString& action, const QString& outcome)
{
    return count(database, QStringLiteral("SELECT COUNT(*) AS n FROM audit_events WHERE action = :a AND outcome = :o"),
                 {{QStringLiteral(":a"), action}, {QStringLiteral(":o"), outcome}});
}

// Marie with a portal account; its id (0 on failure).
qint64 addMarie(Database& database, qint64* personId)
{
    const Result<qint64> person = IdentityService(database).addPerson(marieNir, marie, true);
    if (!person)
        return 0;
    *personId = person.value();
    Account account;
    account.personId = person.value();
    account.email = QStringLiteral("marie.lefevre@example.org");
    account.status = Account::Status::Active;
    account.passwordHash = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g");
    qint64 id = 0;
    const Error error = database.write([&](QSqlDatabase& db) -> Error {
        const Result<qint64> added = AccountRepository(db).add(account);
        if (!added)
            return added.error();
        id = added.value();
        return {};
    });
    return error ? 0 : id;
}

// A call about Marie by session at `at`: started and looked up; its id (0 on failure).
qint64 callAboutMarie(Database& database, const AgentSession& session, const QDateTime& at)
{
    CallService calls(database);
    const Result<qint64> call = calls.startCall(session, QStringLiteral("other"), at);
    if (!call || !calls.lookup(session, call.value(), marieNir, at))
        return 0;
    return call.value();
}

} // namespace

class TestIdentityCheckLimit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void policy();
    void failuresAcrossCallsAndAgents_data() { TestDatabase::addEngineRows(); }
    void failuresAcrossCallsAndAgents();
    void aroundTheLimit_data();
    void aroundTheLimit();
};

void TestIdentityCheckLimit::policy()
{
    // More than one call's attempts, fewer than two calls' worth.
    QVERIFY(PortalPolicy::IdentityCheckMaxFailuresPerPerson > PortalPolicy::VerificationMaxFailures);
    QVERIFY(PortalPolicy::IdentityCheckMaxFailuresPerPerson < 2 * PortalPolicy::VerificationMaxFailures);
    QCOMPARE(PortalPolicy::IdentityCheckWindowHours, 24);
}

// The finding: 8 failures over 4 calls by 4 agents, then a pass. Now the 6th check and every
// later one, the pass included, are refused, audited, and the person is flagged.
void TestIdentityCheckLimit::failuresAcrossCallsAndAgents()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    qint64 personId = 0;
    const qint64 accountId = addMarie(database, &personId);
    QVERIFY(accountId > 0);
    QList<AgentSession> agents;
    for (const char* login : {"alice", "bruno", "chloe", "damien"})
        agents.append(TestAgents::addAgent(database, QLatin1String(login)));
    const AgentSession supervisor = TestAgents::addAgent(database, QStringLiteral("sophie"), Agent::Role::Supervisor);

    CallService calls(database);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QStringList answers;
    int attempt = 0;
    for (int i = 0; i < 4; ++i) {
        const QDateTime at = start.addSecs(600LL * i);
        const qint64 call = callAboutMarie(database, agents.at(i), at);
        QVERIFY(call > 0);
        for (int j = 0; j < 2; ++j) {
            ++attempt;
            const Result<CallService::Verification> checked
                = calls.verify(agents.at(i), call, wrong, at.addSecs(60LL * (j + 1)));
            if (!checked) {
                answers << checked.error().codeName();
                continue;
            }
            QVERIFY(!checked->verified);
            QCOMPARE(checked->personLimitReached, attempt == PortalPolicy::IdentityCheckMaxFailuresPerPerson);
            answers << QStringLiteral("fail");
        }
        if (i == 3) {
            // The right answer, at last: refused all the same.
            const Result<CallService::Verification> right = calls.verify(agents.at(i), call, marie, at.addSecs(300));
            QVERIFY(!right.ok());
            answers << right.error().codeName();
            // Nothing unmasked: the call has no pass.
            QVERIFY(!calls.lookup(agents.at(i), call, marieNir, at.addSecs(310))->verified);
        }
    }
    const QString fail = QStringLiteral("fail");
    const QString limited = QStringLiteral("identity_checks_limited");
    QCOMPARE(answers, (QStringList{fail, fail, fail, fail, fail, limited, limited, limited, limited}));

    // Audited: 5 failed checks, the limit reached once, each refused check.
    QCOMPARE(audited(database, QStringLiteral("verify"), fail), 5);
    QCOMPARE(audited(database, QStringLiteral("verify"), QStringLiteral("pass")), 0);
    QCOMPARE(audited(database, QStringLiteral("identity_check_limit"), QStringLiteral("ok")), 1);
    QCOMPARE(audited(database, QStringLiteral("identity_check_limit"), limited), 4);
    QCOMPARE(count(database,
                   QStringLiteral("SELECT COUNT(*) AS n FROM audit_events WHERE action = 'identity_check_limit'"
                                  " AND account_id = :account AND reason LIKE 'failures=5;until=%'"),
                   {{QStringLiteral(":account"), accountId}}),
             4);
    QVERIFY(AuditLog(database.connection().value()).verify()->intact);

    // Flagged to supervisors, per person and account; refused to an agent (and that is audited).
    SupervisionFlags flags(database);
    const Result<QList<SupervisionFlags::IdentityChecksLimited>> flagged
        = flags.identityChecksLimited(supervisor, start.addSecs(3600));
    QVERIFY2(flagged.ok(), qPrintable(flagged.error().codeName()));
    QCOMPARE(flagged->size(), 1);
    QCOMPARE(flagged->at(0).personId, personId);
    QCOMPARE(flagged->at(0).accountId, accountId);
    QCOMPARE(flagged->at(0).maskedNir, Masking::nir(marieNir.digits()));
    QCOMPARE(flagged->at(0).failures, 5);
    QCOMPARE(flagged->at(0).refused, 4);
    QVERIFY(flagged->at(0).limitedUntil > start.addSecs(3600));
    QCOMPARE(flags.identityChecksLimited(agents.at(0)).error().code(), ErrorCode::Forbidden);
    // A day after the last failure, nobody is flagged any more and a check is compared again.
    const QDateTime dayLater = start.addSecs(3600LL * (PortalPolicy::IdentityCheckWindowHours + 2));
    QVERIFY(flags.identityChecksLimited(supervisor, dayLater)->isEmpty());
    const qint64 later = callAboutMarie(database, agents.at(0), dayLater);
    QVERIFY(later > 0);
    QVERIFY(calls.verify(agents.at(0), later, marie, dayLater)->verified);
}

// Around the limit: failures made `ago` before a check with the right answer.
void TestIdentityCheckLimit::aroundTheLimit_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("agoMinutes");
    QTest::addColumn<bool>("passes");
    const int limit = PortalPolicy::IdentityCheckMaxFailuresPerPerson;
    const int window = PortalPolicy::IdentityCheckWindowHours * 60;
    for (const QString& engine : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
        const QByteArray e = engine.toLatin1();
        QTest::addRow("%s/none", e.constData()) << engine << 0 << 10 << true;
        QTest::addRow("%s/limit-1, then pass", e.constData()) << engine << limit - 1 << 10 << true;
        QTest::addRow("%s/limit, then pass refused", e.constData()) << engine << limit << 10 << false;
        QTest::addRow("%s/limit, an hour before the window ends", e.constData())
            << engine << limit << window - 60 << false;
        QTest::addRow("%s/limit, older than the window", e.constData()) << engine << limit << window + 1 << true;
        QTest::addRow("%s/limit, exactly the window ago", e.constData()) << engine << limit << window << true;
    }
}

void TestIdentityCheckLimit::aroundTheLimit()
{
    QFETCH(QString, engine);
    QFETCH(int, failures);
    QFETCH(int, agoMinutes);
    QFETCH(bool, passes);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    qint64 personId = 0;
    QVERIFY(addMarie(database, &personId) > 0);
    const AgentSession alice = TestAgents::addAgent(database, QStringLiteral("alice"));
    const AgentSession bruno = TestAgents::addAgent(database, QStringLiteral("bruno"));
    CallService calls(database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The failures, all at `ago` (one call holds 3 of them at most: a new call by another agent then).
    const QDateTime then = now.addSecs(-60LL * agoMinutes);
    qint64 call = 0;
    for (int i = 0; i < failures; ++i) {
        const AgentSession& agent = (i / PortalPolicy::VerificationMaxFailures) % 2 == 0 ? alice : bruno;
        if (i % PortalPolicy::VerificationMaxFailures == 0) {
            call = callAboutMarie(database, agent, then);
            QVERIFY(call > 0);
        }
        const Result<CallService::Verification> failed = calls.verify(agent, call, wrong, then);
        QVERIFY2(failed.ok(), qPrintable(failed.error().codeName()));
        QVERIFY(!failed->verified);
    }
    const qint64 checked = callAboutMarie(database, bruno, now);
    QVERIFY(checked > 0);
    const Result<CallService::Verification> right = calls.verify(bruno, checked, marie, now);
    if (passes) {
        QVERIFY2(right.ok(), qPrintable(right.error().codeName()));
        QVERIFY(right->verified);
        QVERIFY(calls.lookup(bruno, checked, marieNir, now)->verified);
    } else {
        QCOMPARE(right.error().code(), ErrorCode::IdentityChecksLimited);
        QCOMPARE(audited(database, QStringLiteral("identity_check_limit"), QStringLiteral("identity_checks_limited")),
                 1);
        QVERIFY(!calls.lookup(bruno, checked, marieNir, now)->verified);
    }
}

QTEST_GUILESS_MAIN(TestIdentityCheckLimit)
#include "tst_identitychecklimit.moc"
