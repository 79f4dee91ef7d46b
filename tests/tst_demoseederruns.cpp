// How the demo seeder runs, on both engines: the same seed gives the same data, a non-empty
// database is refused, tiny counts, progress and batches, later inserts get fresh ids.
// tst_demoseeder checks the data it makes.

#include "accounts/AccountRepository.h"
#include "agents/AgentRepository.h"
#include "audit/AuditLog.h"
#include "core/PasswordHasher.h"
#include "core/PasswordPolicy.h"
#include "core/SecretGenerator.h"
#include "db/SqlDialect.h"
#include "demo/DemoSeeder.h"
#include "identity/CivilStatus.h"
#include "identity/IdentityService.h"
#include "identity/Nir.h"
#include "support/DemoSeederTesting.h"
#include "support/TestDatabases.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace DemoSeederTesting;

class TestDemoSeederRuns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void sameSeedSameData_data() { TestDatabase::addEngineRows(); }
    void sameSeedSameData();
    void refusesANonEmptyDatabase_data() { TestDatabase::addEngineRows(); }
    void refusesANonEmptyDatabase();
    void tinyCounts_data() { TestDatabase::addEngineRows(); }
    void tinyCounts();
    void progressAndBatches_data() { TestDatabase::addEngineRows(); }
    void progressAndBatches();
    void laterInsertsGetFreshIds_data() { TestDatabase::addEngineRows(); }
    void laterInsertsGetFreshIds();
};

void TestDemoSeederRuns::sameSeedSameData()
{
    QFETCH(QString, engine);
    const auto snapshot = [](TestDatabase& db) {
        QStringList out;
        for (const char* sql :
             {"SELECT p.nir, p.last_name, p.first_names, p.birth_date, p.birth_place, p.certified, a.email, a.status,"
              " a.temp_password_expires_at, a.locked_at FROM persons p LEFT JOIN accounts a ON a.person_id = p.id"
              " ORDER BY p.id",
              "SELECT account_id, attempted_at, outcome FROM login_attempts ORDER BY id",
              "SELECT account_id, locked_at, unlocked_at, unlocked_by, unlock_reason FROM lockout_events ORDER BY id",
              "SELECT nir, reference, last_name FROM national_register ORDER BY id"}) {
            for (const QVariantList& row : rows(db, QString::fromLatin1(sql))) {
                QStringList fields;
                for (const QVariant& value : row)
                    fields.append(value.metaType() == QMetaType::fromType<QDateTime>()
                                      ? value.toDateTime().toUTC().toString(Qt::ISODateWithMs)
                                      : value.toString());
                out.append(fields.join(u'|'));
            }
        }
        return out;
    };
    GUICHET_TEST_DATABASE(first, engine);
    QVERIFY2(first.migrate(), qPrintable(first.errorString()));
    TestDatabase second(engine), other(engine);
    QVERIFY2(second.isReady() && second.migrate(), qPrintable(second.errorString()));
    QVERIFY2(other.isReady() && other.migrate(), qPrintable(other.errorString()));
    const Result<DemoSeeder::Report> a = seed(first, 400, 7), b = seed(second, 400, 7), c = seed(other, 400, 8);
    QVERIFY(a.ok() && b.ok() && c.ok());

    const QStringList sa = snapshot(first), sb = snapshot(second), sc = snapshot(other);
    QVERIFY(sa.size() > 1000);
    QCOMPARE(sa, sb);
    QCOMPARE(a->accountsByState, b->accountsByState);
    QCOMPARE(a->loginAttempts, b->loginAttempts);
    QCOMPARE(a->demoAccountPassword, b->demoAccountPassword);
    QCOMPARE(a->agents.first().password, b->agents.first().password);
    // Another seed: other persons, other NIRs, other secrets (same proportions).
    QVERIFY(sa != sc);
    const QList<QVariantList> nirsA = rows(first, QStringLiteral("SELECT nir FROM persons ORDER BY id"));
    const QList<QVariantList> nirsC = rows(other, QStringLiteral("SELECT nir FROM persons ORDER BY id"));
    QCOMPARE(nirsA.size(), nirsC.size());
    int same = 0;
    for (qsizetype i = 0; i < nirsA.size(); ++i)
        same += nirsA.at(i) == nirsC.at(i) ? 1 : 0;
    QCOMPARE(same, 0);
    QVERIFY(a->demoAccountPassword != c->demoAccountPassword
            || a->agents.first().password != c->agents.first().password);
    QCOMPARE(a->accountsByState, c->accountsByState);
}

void TestDemoSeederRuns::refusesANonEmptyDatabase()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY2(db.migrate(), qPrintable(db.errorString()));
    DemoSeeder seeder(db.database());
    DemoSeeder::Options options;
    options.now = Now;
    options.accounts = 0;
    QCOMPARE(seeder.run(options).error().code(), ErrorCode::InvalidInput);
    options.accounts = 10;
    options.now = QDateTime();
    QCOMPARE(seeder.run(options).error().code(), ErrorCode::InvalidInput);

    // One person is enough to refuse, and nothing is added.
    IdentityService identity(db.database());
    QVERIFY(identity
                .addPerson(
                    Nir::parse(QStringLiteral("1 85 03 2A 004 123")),
                    {QStringLiteral("Lefèvre"), QStringLiteral("Jean"), QDate(1985, 3, 12), QStringLiteral("Ajaccio")},
                    true)
                .ok());
    options.now = Now;
    const Result<DemoSeeder::Report> refused = seeder.run(options);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), ErrorCode::Duplicate);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM persons")), 1);
    QVERIFY(none(db, QStringLiteral("SELECT COUNT(*) FROM agents")));
}

void TestDemoSeederRuns::tinyCounts()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(one, engine);
    QVERIFY2(one.migrate(), qPrintable(one.errorString()));
    const Result<DemoSeeder::Report> single = seed(one, 1);
    QVERIFY2(single.ok(), qPrintable(single.error().detail()));
    QCOMPARE(scalar(one, QStringLiteral("SELECT COUNT(*) FROM accounts")), 1);
    QCOMPARE(single->accountsByState.value(QStringLiteral("active")), 1);

    TestDatabase four(engine);
    QVERIFY2(four.isReady() && four.migrate(), qPrintable(four.errorString()));
    const Result<DemoSeeder::Report> report = seed(four, 4);
    QVERIFY2(report.ok(), qPrintable(report.error().detail()));
    QCOMPARE(scalar(four, QStringLiteral("SELECT COUNT(*) FROM accounts")), 4);
    for (const char* state : {"active", "locked", "pending_activation", "temporary_expired", "no_account"})
        QVERIFY2(report->accountsByState.value(QString::fromLatin1(state)) >= 1, state);
}

void TestDemoSeederRuns::progressAndBatches()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY2(db.migrate(), qPrintable(db.errorString()));
    QList<std::pair<int, int>> calls;
    const Result<DemoSeeder::Report> report = seed(db, 12000, 3, [&calls](int done, int total) {
        calls.append({done, total});
    });
    QVERIFY2(report.ok(), qPrintable(report.error().detail()));
    QVERIFY(calls.size() >= 3); // 0, then one per batch of persons
    QCOMPARE(calls.first().first, 0);
    QCOMPARE(calls.last().first, 12000);
    for (qsizetype i = 1; i < calls.size(); ++i) {
        QCOMPARE(calls.at(i).second, 12000);
        QVERIFY(calls.at(i).first > calls.at(i - 1).first);
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM accounts")), 12000);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT nir) FROM persons")), report->persons);
    QCOMPARE(scalar(db, QStringLiteral("SELECT MAX(id) FROM persons")), report->persons);
}

void TestDemoSeederRuns::laterInsertsGetFreshIds()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY2(db.migrate(), qPrintable(db.errorString()));
    const Result<DemoSeeder::Report> report = seed(db, 200);
    QVERIFY2(report.ok(), qPrintable(report.error().detail()));

    // The engine's own ids continue after the seeded ones (PostgreSQL: the sequences moved).
    const qint64 lastRegisterId = scalar(db, QStringLiteral("SELECT MAX(id) FROM national_register"));
    QVERIFY(lastRegisterId > 0);
    IdentityService identity(db.database());
    const Result<qint64> person = identity.addPerson(
        Nir::parse(QStringLiteral("2 60 01 971 20 999")),
        {QStringLiteral("N'Diaye"), QStringLiteral("Zoé"), QDate(1960, 1, 5), QStringLiteral("Pointe-à-Pitre")}, true);
    if (!person.ok() && person.error().code() == ErrorCode::Duplicate)
        QSKIP("the seed happened to give this NIR");
    QVERIFY2(person.ok(), qPrintable(person.error().detail()));
    QCOMPARE(person.value(), qint64(report->persons + 1));
    const Result<qint64> entry = identity.addRegisterEntry(
        Nir::parse(QStringLiteral("1 71 12 99 352 999")),
        {QStringLiteral("Benali"), QStringLiteral("Karim"), QDate(1971, 12, 1), QStringLiteral("Algérie")});
    QVERIFY2(entry.ok(), qPrintable(entry.error().detail()));
    QCOMPARE(entry.value(), lastRegisterId + 1);

    QSqlDatabase connection = db.database().connection().value();
    AgentRepository agents(connection);
    const Result<qint64> agent = agents.add(QStringLiteral("nouvel.agent"), QStringLiteral("Nouvel Agent"),
                                            Agent::Role::Agent, PasswordHasher::hash(QStringLiteral("Azerty-123")));
    QVERIFY2(agent.ok(), qPrintable(agent.error().detail()));
    QCOMPARE(agent.value(), qint64(report->agents.size() + 1));
    Account account;
    account.personId = person.value();
    account.email = QStringLiteral("zoe.ndiaye@example.org");
    account.status = Account::Status::Active;
    const Result<qint64> accountId = AccountRepository(connection).add(account);
    QVERIFY2(accountId.ok(), qPrintable(accountId.error().detail()));
    QCOMPARE(accountId.value(), qint64(report->accounts + 1));
}

QTEST_GUILESS_MAIN(TestDemoSeederRuns)
#include "tst_demoseederruns.moc"
