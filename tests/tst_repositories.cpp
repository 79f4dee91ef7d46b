#include "accounts/AccountRepository.h"
#include "agents/AgentRepository.h"
#include "core/PasswordHasher.h"
#include "db/SqlQuery.h"
#include "identity/IdentityService.h"
#include "identity/PersonRepository.h"
#include "identity/RegisterRepository.h"
#include "support/TestDatabases.h"

#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

namespace {

Nir nir(const char* text)
{
    return Nir::parse(QString::fromLatin1(text));
}

CivilStatus civil(const QString& last, const QString& first, const QDate& date, const QString& place)
{
    return CivilStatus{last, first, date, place};
}

int count(QSqlDatabase db, const QString& table)
{
    SqlQuery query(db);
    // Table names come from the test itself, from a fixed list.
    if (query.exec(QStringLiteral("SELECT COUNT(*) AS n FROM ") + table) || !query.next())
        return -1;
    return query.value(QStringLiteral("n")).toInt();
}

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void personRoundTrip_data() { TestDatabase::addEngineRows(); }
    void personRoundTrip();
    void duplicateNir_data() { TestDatabase::addEngineRows(); }
    void duplicateNir();
    void failedWriteLeavesNothing_data() { TestDatabase::addEngineRows(); }
    void failedWriteLeavesNothing();
    void registerEntry_data() { TestDatabase::addEngineRows(); }
    void registerEntry();
    void certifiedPersonTakesRegisterReference_data() { TestDatabase::addEngineRows(); }
    void certifiedPersonTakesRegisterReference();
    void accountStates_data() { TestDatabase::addEngineRows(); }
    void accountStates();
    void optimisticSave_data() { TestDatabase::addEngineRows(); }
    void optimisticSave();
    void oneAccountPerPerson_data() { TestDatabase::addEngineRows(); }
    void oneAccountPerPerson();
    void oneOpenLockoutPerAccount_data() { TestDatabase::addEngineRows(); }
    void oneOpenLockoutPerAccount();
    void agents_data() { TestDatabase::addEngineRows(); }
    void agents();
    void instantsKeepMilliseconds_data() { TestDatabase::addEngineRows(); }
    void instantsKeepMilliseconds();
    void schemaChecksRefuseBadRows_data() { TestDatabase::addEngineRows(); }
    void schemaChecksRefuseBadRows();
};

void TestRepositories::personRoundTrip()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    IdentityService service(db.database());
    const Nir corsican = nir("1 85 03 2A 004 123 24");
    QVERIFY(!corsican.isNull());
    const CivilStatus status = civil(QStringLiteral("  Lefèvre-d'Arc "), QStringLiteral("Jean  François"),
                                     QDate(1985, 3, 12), QStringLiteral("Ajaccio"));
    const Result<qint64> id = service.addPerson(corsican, status, false);
    QVERIFY2(id.ok(), qPrintable(id.error().detail()));

    PersonRepository persons(db.database().connection().value());
    const Result<Person> found = persons.findByNir(corsican);
    QVERIFY(found.ok());
    QCOMPARE(found->id, id.value());
    QCOMPARE(found->nir, corsican);
    QCOMPARE(found->civilStatus.lastName, QStringLiteral("Lefèvre-d'Arc")); // trimmed, accents kept
    QCOMPARE(found->civilStatus.firstNames, QStringLiteral("Jean François")); // inner spaces collapsed
    QCOMPARE(found->civilStatus.birthDate, QDate(1985, 3, 12));
    QCOMPARE(found->civilStatus.birthPlace, QStringLiteral("Ajaccio"));
    QCOMPARE(found->certified, false);
    QCOMPARE(found->version, 1);

    const Result<Person> byId = persons.findById(id.value());
    QVERIFY(byId.ok());
    QCOMPARE(byId->nir, corsican);

    const Result<Person> missing = persons.findByNir(nir("2 92 11 971 23 105 18"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code(), ErrorCode::NotFound);

    // The NIR history keeps the first number.
    QCOMPARE(count(db.database().connection().value(), QStringLiteral("person_nir_history")), 1);
}

void TestRepositories::duplicateNir()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    IdentityService service(db.database());
    const Nir number = nir("185037510604292");
    const CivilStatus status
        = civil(QStringLiteral("Dupont"), QStringLiteral("Marc"), QDate(1985, 3, 1), QStringLiteral("Paris"));
    QVERIFY(service.addPerson(number, status, true).ok());
    const Result<qint64> again = service.addPerson(number, status, true);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code(), ErrorCode::Duplicate);
    QVERIFY(!again.error().detail().contains(number.digits())); // no personal data in the detail
    QCOMPARE(count(db.database().connection().value(), QStringLiteral("persons")), 1);
    QCOMPARE(count(db.database().connection().value(), QStringLiteral("person_nir_history")), 1);
}

void TestRepositories::failedWriteLeavesNothing()
{
    // A person inserted, then a failing step in the same transaction: nothing remains.
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    const Error error = db.database().write([](QSqlDatabase& connection) -> Error {
        const Result<qint64> id = PersonRepository(connection)
                                      .add(nir("2 92 11 971 23 105 18"),
                                           civil(QStringLiteral("Zoé"), QStringLiteral("Anaïs"), QDate(1992, 11, 3),
                                                 QStringLiteral("Pointe-à-Pitre")),
                                           false);
        if (!id)
            return id.error();
        Account account;
        account.personId = id.value() + 1000; // no such person: the foreign key refuses it
        account.email = QStringLiteral("zoe@example.org");
        account.status = Account::Status::Active;
        const Result<qint64> accountId = AccountRepository(connection).add(account);
        return accountId ? Error() : accountId.error();
    });
    QVERIFY(error.isError());
    QCOMPARE(error.code(), ErrorCode::DatabaseError);
    QCOMPARE(count(db.database().connection().value(), QStringLiteral("persons")), 0);
    QCOMPARE(count(db.database().connection().value(), QStringLiteral("person_nir_history")), 0);
    QCOMPARE(count(db.database().connection().value(), QStringLiteral("accounts")), 0);
}

void TestRepositories::registerEntry()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    IdentityService service(db.database());
    const Nir abroad = nir("1 72 08 99 350 017 44");
    QVERIFY(!abroad.isNull());
    const Result<qint64> id = service.addRegisterEntry(
        abroad,
        civil(QStringLiteral("N'Diaye"), QStringLiteral("Moussa"), QDate(1972, 8, 30), QStringLiteral("Maroc")));
    QVERIFY2(id.ok(), qPrintable(id.error().detail()));
    const Result<RegisterEntry> entry = RegisterRepository(db.database().connection().value()).findByNir(abroad);
    QVERIFY(entry.ok());
    QCOMPARE(entry->id, id.value());
    QCOMPARE(entry->civilStatus.lastName, QStringLiteral("N'Diaye"));
    QVERIFY(entry->reference.startsWith(QLatin1String("RN-")));
    QCOMPARE(service.addRegisterEntry(abroad, entry->civilStatus).error().code(), ErrorCode::Duplicate);
}

void TestRepositories::certifiedPersonTakesRegisterReference()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    IdentityService service(db.database());
    const Nir number = nir("2 60 12 13 055 321");
    QVERIFY(!number.isNull());
    const CivilStatus status
        = civil(QStringLiteral("Martin"), QStringLiteral("Hélène"), QDate(1960, 12, 24), QStringLiteral("Marseille"));
    QVERIFY(service.addRegisterEntry(number, status).ok());
    QVERIFY(service.addPerson(number, status, true).ok());
    const QSqlDatabase connection = db.database().connection().value();
    const Result<Person> person = PersonRepository(connection).findByNir(number);
    QVERIFY(person.ok());
    QVERIFY(person->certified);
    QCOMPARE(person->certificationRef, RegisterRepository(connection).findByNir(number)->reference);
    QVERIFY(person->certifiedAt.isValid());
}

void TestRepositories::accountStates()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    IdentityService service(db.database());
    const Nir number = nir("1 85 03 75 106 042 92");
    const Result<qint64> personId = service.addPerson(
        number, civil(QStringLiteral("Dupont"), QStringLiteral("Marc"), QDate(1985, 3, 2), QStringLiteral("Paris")),
        true);
    QVERIFY(personId.ok());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    Account account;
    account.personId = personId.value();
    account.email = QStringLiteral("marc.dupont@laposte.net");
    account.status = Account::Status::PendingActivation;
    account.tempPasswordHash = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaA");
    account.tempPasswordIssuedAt = now.addDays(-16);
    account.tempPasswordExpiresAt = now.addDays(-1);
    const Result<qint64> id = AccountRepository(db.database().connection().value()).add(account);
    QVERIFY2(id.ok(), qPrintable(id.error().detail()));

    const Result<Account> found
        = AccountRepository(db.database().connection().value()).findByPersonId(personId.value());
    QVERIFY(found.ok());
    QCOMPARE(found->id, id.value());
    QCOMPARE(found->email, account.email);
    QCOMPARE(found->status, Account::Status::PendingActivation);
    QCOMPARE(found->version, 1);
    QCOMPARE(found->state(now), Account::State::TemporaryExpired);
    QCOMPARE(found->state(now.addDays(-3)), Account::State::PendingActivation);
    QCOMPARE(found->tempPasswordExpiresAt, account.tempPasswordExpiresAt.addMSecs(0));
    QCOMPARE(Account::stateName(found->state(now)), QStringLiteral("temporary_expired"));
}

void TestRepositories::optimisticSave()
{
    // Two desks read version 1; the first save wins, the second gets Conflict and changes nothing.
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    const Result<qint64> personId = IdentityService(db.database())
                                        .addPerson(nir("185037510604292"),
                                                   civil(QStringLiteral("Dupont"), QStringLiteral("Marc"),
                                                         QDate(1985, 3, 2), QStringLiteral("Paris")),
                                                   true);
    Account account;
    account.personId = personId.value();
    account.email = QStringLiteral("a@example.org");
    account.status = Account::Status::Locked;
    account.lockedAt = QDateTime::currentDateTimeUtc();
    account.failedAttempts = 5;
    AccountRepository accounts(db.database().connection().value());
    const Result<qint64> id = accounts.add(account);
    QVERIFY(id.ok());

    Account first = accounts.findById(id.value()).value();
    Account second = first;
    QCOMPARE(first.version, 1);
    first.status = Account::Status::Active;
    first.failedAttempts = 0;
    first.lockedAt = QDateTime();
    QVERIFY(!accounts.save(first, AccountRepository::Writer::Portal));
    QCOMPARE(first.version, 2);

    second.email = QStringLiteral("other@example.org");
    QCOMPARE(accounts.save(second, AccountRepository::Writer::Portal).code(), ErrorCode::Conflict);
    const Account stored = accounts.findById(id.value()).value();
    QCOMPARE(stored.version, 2);
    QCOMPARE(stored.status, Account::Status::Active);
    QCOMPARE(stored.email, QStringLiteral("a@example.org"));
    QVERIFY(!stored.lockedAt.isValid());
}

void TestRepositories::oneAccountPerPerson()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    const Result<qint64> personId = IdentityService(db.database())
                                        .addPerson(nir("185037510604292"),
                                                   civil(QStringLiteral("Dupont"), QStringLiteral("Marc"),
                                                         QDate(1985, 3, 2), QStringLiteral("Paris")),
                                                   true);
    QVERIFY(personId.ok());
    Account account;
    account.personId = personId.value();
    account.email = QStringLiteral("a@example.org");
    account.status = Account::Status::Active;
    AccountRepository accounts(db.database().connection().value());
    QVERIFY(accounts.add(account).ok());
    QCOMPARE(accounts.add(account).error().code(), ErrorCode::Duplicate);
}

void TestRepositories::oneOpenLockoutPerAccount()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    const Result<qint64> personId = IdentityService(db.database())
                                        .addPerson(nir("185037510604292"),
                                                   civil(QStringLiteral("Dupont"), QStringLiteral("Marc"),
                                                         QDate(1985, 3, 2), QStringLiteral("Paris")),
                                                   true);
    Account account;
    account.personId = personId.value();
    account.email = QStringLiteral("a@example.org");
    account.status = Account::Status::Locked;
    account.lockedAt = QDateTime::currentDateTimeUtc();
    account.failedAttempts = 5;
    const Result<qint64> accountId = AccountRepository(db.database().connection().value()).add(account);
    QVERIFY(accountId.ok());

    const SqlDialect& dialect = db.database().dialect();
    auto openLockout = [&] {
        SqlQuery insert(db.database().connection().value());
        if (Error error = insert.prepare(QStringLiteral("INSERT INTO lockout_events (account_id, locked_at, "
                                                        "failed_attempts) VALUES (:account, :at, 5)")))
            return error;
        insert.bind(QStringLiteral(":account"), accountId.value());
        insert.bind(QStringLiteral(":at"), dialect.toSql(QDateTime::currentDateTimeUtc()));
        return insert.exec();
    };
    QVERIFY(!openLockout().isError());
    QCOMPARE(openLockout().code(), ErrorCode::Duplicate); // the schema itself refuses a second open lockout
}

void TestRepositories::agents()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    AgentRepository agents(db.database().connection().value());
    const QString hash = PasswordHasher::hash(QStringLiteral("Desk-Pass-2026"));
    const Result<qint64> id
        = agents.add(QStringLiteral("cmartin"), QStringLiteral("Céline Martin"), Agent::Role::Supervisor, hash);
    QVERIFY(id.ok());
    const Result<Agent> agent = agents.findByLogin(QStringLiteral("cmartin"));
    QVERIFY(agent.ok());
    QCOMPARE(agent->id, id.value());
    QCOMPARE(agent->displayName, QStringLiteral("Céline Martin"));
    QCOMPARE(agent->role, Agent::Role::Supervisor);
    QVERIFY(agent->active);
    QVERIFY(PasswordHasher::verify(agent->passwordHash, QStringLiteral("Desk-Pass-2026")));
    QCOMPARE(agents.add(QStringLiteral("cmartin"), QString(), Agent::Role::Agent, hash).error().code(),
             ErrorCode::Duplicate);
    QCOMPARE(agents.findByLogin(QStringLiteral("nobody")).error().code(), ErrorCode::NotFound);
}

void TestRepositories::instantsKeepMilliseconds()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    const QDateTime instant(QDate(2026, 3, 29), QTime(1, 59, 59, 987), QTimeZone::utc()); // around a DST change
    const QDateTime local = instant.toLocalTime();
    SqlQuery insert(db.database().connection().value());
    QVERIFY(!insert.prepare(QStringLiteral("INSERT INTO schema_version (version, description, applied_at)"
                                           " VALUES (:v, :d, :at)")));
    insert.bind(QStringLiteral(":v"), 500);
    insert.bind(QStringLiteral(":d"), QStringLiteral("instant"));
    insert.bind(QStringLiteral(":at"), db.database().dialect().toSql(local));
    QVERIFY(!insert.exec());
    SqlQuery select(db.database().connection().value());
    QVERIFY(!select.exec(QStringLiteral("SELECT applied_at FROM schema_version WHERE version = 500")));
    QVERIFY(select.next());
    const QDateTime read = SqlDialect::toDateTime(select.value(QStringLiteral("applied_at")));
    QCOMPARE(read, instant);
    QCOMPARE(read.timeSpec(), Qt::UTC);
}

void TestRepositories::schemaChecksRefuseBadRows()
{
    // The schema is the last line of defence: a row that bypasses the services is still refused.
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    SqlQuery insert(db.database().connection().value());
    QVERIFY(!insert.prepare(QStringLiteral("INSERT INTO persons (nir, sex, last_name, first_names, birth_date,"
                                           " birth_place) VALUES (:nir, :sex, 'X', 'Y', :date, 'Z')")));
    insert.bind(QStringLiteral(":nir"), QStringLiteral("1850375106042")); // 13 characters: refused
    insert.bind(QStringLiteral(":sex"), 1);
    insert.bind(QStringLiteral(":date"), db.database().dialect().toSql(QDate(1985, 3, 1)));
    QVERIFY(insert.exec().isError());
    insert.bind(QStringLiteral(":nir"), QStringLiteral("585037510604292"));
    insert.bind(QStringLiteral(":sex"), 5); // no such sex digit
    QVERIFY(insert.exec().isError());
    QCOMPARE(count(db.database().connection().value(), QStringLiteral("persons")), 0);
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
