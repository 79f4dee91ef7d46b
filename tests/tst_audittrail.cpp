// AuditTrail on both engines: filters, keyset pages over equal instants, the chain's verification.
#include "accounts/AccountRepository.h"
#include "agents/AgentRepository.h"
#include "audit/AuditSealer.h"
#include "core/Masking.h"
#include "db/SqlQuery.h"
#include "identity/PersonRepository.h"
#include "supervision/AuditTrail.h"
#include "support/TestAccounts.h"
#include "support/TestAgents.h"
#include "support/TestDatabases.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

namespace {

const QDateTime base(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());

using namespace Qt::StringLiterals;
using TestAccounts::addAccount;
using TestAgents::addAgent;

// AuditLog::append dates an event by the database's clock; these tests need chosen instants
// (several events at one instant, a period in the past): AuditLog::appendAt, as the demo seeder.
Result<qint64> insertEvent(Database& database, const QDateTime& occurredAt, const AuditEntry& entry)
{
    qint64 id = 0;
    const Error error = database.write([&](QSqlDatabase& db) -> Error {
        const Result<qint64> appended = AuditLog(db).appendAt(entry, occurredAt);
        if (!appended)
            return appended.error();
        id = appended.value();
        return {};
    });
    if (error)
        return error;
    return id;
}

// What a test seeded, to compute the expected answers independently of the SQL.
struct Seeded
{
    qint64 id = 0;
    QDateTime at;
    qint64 agentId = 0;
    qint64 accountId = 0;
    QString action;
};

// Newest first, ties by id descending: the trail's order.
QList<qint64> expectedIds(QList<Seeded> rows, const std::function<bool(const Seeded&)>& keep)
{
    std::sort(rows.begin(), rows.end(),
              [](const Seeded& a, const Seeded& b) { return a.at != b.at ? a.at > b.at : a.id > b.id; });
    QList<qint64> ids;
    for (const Seeded& row : rows) {
        if (keep(row))
            ids.append(row.id);
    }
    return ids;
}

// Every page of the trail for filter, pageSize at a time.
QList<qint64> walk(AuditTrail& trail, const AgentSession& session, const AuditTrail::Filter& filter, int pageSize,
                   int* pages = nullptr)
{
    QList<qint64> ids;
    std::optional<AuditTrail::Cursor> cursor;
    int count = 0;
    do {
        const Result<AuditTrail::Page> page = trail.page(session, filter, cursor, pageSize);
        if (!page)
            return {-1};
        ++count;
        for (const AuditLog::Event& event : page->events)
            ids.append(event.id);
        cursor = page->next;
        if (count > 1000)
            return {-2};
    } while (cursor);
    if (pages)
        *pages = count;
    return ids;
}

} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void filters_data() { TestDatabase::addEngineRows(); }
    void filters();
    void keysetPagesOverEqualInstants_data() { TestDatabase::addEngineRows(); }
    void keysetPagesOverEqualInstants();
    void chainIntactThenBroken_data() { TestDatabase::addEngineRows(); }
    void chainIntactThenBroken();
    void agentIsRefused_data() { TestDatabase::addEngineRows(); }
    void agentIsRefused();
    void eventsCarryTheMaskedNir_data() { TestDatabase::addEngineRows(); }
    void eventsCarryTheMaskedNir();
    void readingIsAudited_data() { TestDatabase::addEngineRows(); }
    void readingIsAudited();

private:
    static QList<Seeded> seed(Database& database, const QList<AgentSession>& agents, const QList<qint64>& accounts,
                              int count, int perInstant);
};

QList<Seeded> TestAuditTrail::seed(Database& database, const QList<AgentSession>& agents, const QList<qint64>& accounts,
                                   int count, int perInstant)
{
    const QStringList actionNames{QStringLiteral("lookup"), QStringLiteral("unlock"), QStringLiteral("reissue")};
    QList<Seeded> rows;
    for (int n = 0; n < count; ++n) {
        const AgentSession& agent = agents.at(n % agents.size());
        Seeded row;
        // Instants do not follow the ids: groups of perInstant share one, and they go back in
        // time every other group so that id order and time order differ.
        const int group = n / perInstant;
        row.at = base.addSecs(group % 2 == 0 ? group * 3600 : -group * 3600);
        row.agentId = agent.agentId;
        row.accountId = n % 4 == 3 ? 0 : accounts.at(n % accounts.size());
        row.action = actionNames.at(n % actionNames.size());
        const Result<qint64> id = insertEvent(database, row.at,
                                              agent.auditEntry(*AuditActions::fromCode(row.action), 0, row.accountId,
                                                               QStringLiteral("ok"), QStringLiteral("n°%1").arg(n)));
        if (!id)
            return {};
        row.id = id.value();
        rows.append(row);
    }
    return rows;
}

void TestAuditTrail::filters()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const AgentSession alice = addAgent(database, QStringLiteral("alice"));
    const AgentSession bruno = addAgent(database, QStringLiteral("bruno"));
    const AgentSession sophie = addAgent(database, QStringLiteral("sophie"), Agent::Role::Supervisor);
    const qint64 first = addAccount(database, 1);
    const qint64 second = addAccount(database, 2);
    const QList<Seeded> rows = seed(database, {alice, bruno}, {first, second}, 30, 4);
    QCOMPARE(rows.size(), 30);

    AuditTrail trail(database);
    QCOMPARE(walk(trail, sophie, {}, 7), expectedIds(rows, [](const Seeded&) { return true; }));

    AuditTrail::Filter byAgent;
    byAgent.agentId = bruno.agentId;
    QCOMPARE(walk(trail, sophie, byAgent, 4),
             expectedIds(rows, [&](const Seeded& r) { return r.agentId == bruno.agentId; }));

    AuditTrail::Filter byAccount;
    byAccount.accountId = second;
    QCOMPARE(walk(trail, sophie, byAccount, 4),
             expectedIds(rows, [&](const Seeded& r) { return r.accountId == second; }));

    AuditTrail::Filter byAction;
    byAction.action = QStringLiteral("unlock");
    QCOMPARE(walk(trail, sophie, byAction, 4),
             expectedIds(rows, [](const Seeded& r) { return r.action == QLatin1String("unlock"); }));

    // [from, to): an event exactly at `to` is out, one exactly at `from` is in.
    AuditTrail::Filter period;
    period.from = base.addSecs(-5 * 3600);
    period.to = base.addSecs(4 * 3600);
    const QList<qint64> inPeriod
        = expectedIds(rows, [&](const Seeded& r) { return r.at >= period.from && r.at < period.to; });
    QVERIFY(!inPeriod.isEmpty());
    QCOMPARE(walk(trail, sophie, period, 3), inPeriod);
    QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [&](const Seeded& r) { return r.at == period.to; }));
    QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [&](const Seeded& r) { return r.at == period.from; }));

    AuditTrail::Filter all = period;
    all.agentId = alice.agentId;
    all.accountId = first;
    all.action = QStringLiteral("lookup");
    const QList<qint64> combined = expectedIds(rows, [&](const Seeded& r) {
        return r.at >= all.from && r.at < all.to && r.agentId == alice.agentId && r.accountId == first
            && r.action == QLatin1String("lookup");
    });
    QCOMPARE(walk(trail, sophie, all, 2), combined);

    // The page carries the event as stored.
    const Result<AuditTrail::Page> one = trail.page(sophie, byAgent, {}, 1);
    QVERIFY(one.ok());
    QCOMPARE(one->events.size(), 1);
    QCOMPARE(one->events.at(0).entry.agentLogin, QStringLiteral("bruno"));
    QCOMPARE(one->events.at(0).entry.outcome, QStringLiteral("ok"));
    QVERIFY(one->events.at(0).entry.reason.startsWith(QStringLiteral("n°")));
    QVERIFY(one->next.has_value());

    AuditTrail::Filter reversed;
    reversed.from = base;
    reversed.to = base;
    QCOMPARE(trail.page(sophie, reversed).error().code(), ErrorCode::InvalidInput);
}

void TestAuditTrail::keysetPagesOverEqualInstants()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const AgentSession alice = addAgent(database, QStringLiteral("alice"));
    const AgentSession sophie = addAgent(database, QStringLiteral("sophie"), Agent::Role::Supervisor);
    const qint64 account = addAccount(database, 1);
    const QList<Seeded> rows = seed(database, {alice}, {account}, 25, 5); // 5 instants × 5 events
    QCOMPARE(rows.size(), 25);
    const QList<qint64> expected = expectedIds(rows, [](const Seeded&) { return true; });

    AuditTrail trail(database);
    // Alice's events: each listing's first page adds its own "audit_list" event, sophie's.
    AuditTrail::Filter byAlice;
    byAlice.agentId = alice.agentId;
    for (int pageSize : {1, 3, 5, 7, 25, 100}) {
        int pages = 0;
        const QList<qint64> ids = walk(trail, sophie, byAlice, pageSize, &pages);
        QCOMPARE(ids, expected); // no duplicate, no gap, in order
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), 25);
        QCOMPARE(pages, std::max(1, int((25 + pageSize - 1) / pageSize)));
    }

    // An event appended while a supervisor pages (newer than everything) shifts nothing.
    const Result<AuditTrail::Page> firstPage = trail.page(sophie, byAlice, {}, 4);
    QVERIFY(firstPage.ok());
    QVERIFY(
        insertEvent(database, base.addDays(1), alice.auditEntry(AuditAction::Lookup, 0, account, QStringLiteral("ok")))
            .ok());
    QList<qint64> ids;
    for (const AuditLog::Event& event : firstPage->events)
        ids.append(event.id);
    std::optional<AuditTrail::Cursor> cursor = firstPage->next;
    while (cursor) {
        const Result<AuditTrail::Page> page = trail.page(sophie, byAlice, cursor, 4);
        QVERIFY(page.ok());
        for (const AuditLog::Event& event : page->events)
            ids.append(event.id);
        cursor = page->next;
    }
    QCOMPARE(ids, expected);

    QCOMPARE(trail.page(sophie, {}, AuditTrail::Cursor{QDateTime(), 3}).error().code(), ErrorCode::InvalidInput);
}

void TestAuditTrail::chainIntactThenBroken()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const AgentSession alice = addAgent(database, QStringLiteral("alice"));
    const AgentSession sophie = addAgent(database, QStringLiteral("sophie"), Agent::Role::Supervisor);
    AuditTrail trail(database);
    const Result<AuditTrail::ChainStatus> empty = trail.verifyChain(sophie);
    QVERIFY(empty.ok());
    QVERIFY(empty->intact);
    QCOMPARE(empty->events, 0);

    const QList<Seeded> rows = seed(database, {alice}, {addAccount(database, 1)}, 6, 2);
    QCOMPARE(rows.size(), 6);
    // And events from AuditLog itself, after the inserted ones.
    for (int n = 0; n < 2; ++n) {
        QVERIFY(!database.write([&](QSqlDatabase& connection) -> Error {
            return AuditLog(connection)
                .append(alice.auditEntry(AuditAction::Lookup, 0, 0, QStringLiteral("ok")))
                .error();
        }));
    }
    // The sequencer seals them; the check with its key covers every MAC.
    const QByteArray key = AuditSealer::generateKey();
    QCOMPARE(AuditSealer(database, key).sealPending().value().sealed, 1 + 8);
    const Result<AuditTrail::ChainStatus> intact = trail.verifyChain(sophie, key);
    QVERIFY(intact.ok());
    QVERIFY(intact->intact);
    QCOMPARE(intact->seals, AuditLog::SealCheck::Valid);
    QCOMPARE(intact->events, 1 + 8); // the first check's own "audit_verify", then the eight
    QCOMPARE(intact->sealed, 1 + 8);
    QCOMPARE(intact->firstBrokenId, 0);
    QCOMPARE(intact->firstBrokenPosition, 0);

    // An intruder with direct access edits the 4th event, the append-only triggers out of the way
    // (as in tst_auditlog).
    const qint64 victim = rows.at(3).id;
    const bool pg = database.dialect().isPostgreSql();
    const Error tampered = database.write([&](QSqlDatabase& connection) -> Error {
        SqlQuery query(connection);
        if (pg) {
            if (Error e = query.exec(QStringLiteral("ALTER TABLE audit_events DISABLE TRIGGER USER")))
                return e;
        } else if (Error e = query.exec(QStringLiteral("DROP TRIGGER audit_events_no_update"))) {
            return e;
        }
        SqlQuery change(connection);
        if (Error e = change.prepare(QStringLiteral("UPDATE audit_events SET outcome = 'refused' WHERE id = :id")))
            return e;
        change.bind(QStringLiteral(":id"), victim);
        return change.exec();
    });
    QVERIFY2(!tampered, qPrintable(tampered.detail()));
    // Without the key (a supervisor's desk) the rewrite is not seen; with it, it is.
    QVERIFY(trail.verifyChain(sophie)->intact);
    const Result<AuditTrail::ChainStatus> broken = trail.verifyChain(sophie, key);
    QVERIFY(broken.ok());
    QVERIFY(!broken->intact);
    QCOMPARE(broken->seals, AuditLog::SealCheck::Invalid);
    QCOMPARE(broken->events, 3 + 8); // and the two later checks' (not sealed yet, not stale)
    QCOMPARE(broken->unsealed, 2);
    QCOMPARE(broken->firstBrokenId, victim);
    QCOMPARE(broken->firstBrokenPosition, 1 + 4);
}

void TestAuditTrail::agentIsRefused()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    const AgentSession alice = addAgent(db.database(), QStringLiteral("alice"));
    const AgentSession admin = addAgent(db.database(), QStringLiteral("root"), Agent::Role::Admin);
    AuditTrail trail(db.database());
    QCOMPARE(trail.page(alice, {}).error().code(), ErrorCode::Forbidden);
    QCOMPARE(trail.verifyChain(alice).error().code(), ErrorCode::Forbidden);
    QCOMPARE(trail.page(AgentSession(), {}).error().code(), ErrorCode::Forbidden);
    QVERIFY(trail.page(admin, {}).ok());
    QVERIFY(trail.verifyChain(admin).ok());
}

// The trail shows an account as its holder's NIR, masked, never the account's id nor the NIR in clear;
// an event about no account has none, and the filters still narrow on the events' own columns.
void TestAuditTrail::eventsCarryTheMaskedNir()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const AgentSession alice = addAgent(database, QStringLiteral("alice"));
    const AgentSession sophie = addAgent(database, QStringLiteral("sophie"), Agent::Role::Supervisor);
    const qint64 first = addAccount(database, 1);
    const qint64 second = addAccount(database, 2);
    QVERIFY(first > 0 && second > 0);
    const QString firstNir = Nir::parse(QStringLiteral("1800175056001")).digits();
    const QString secondNir = Nir::parse(QStringLiteral("1800175056002")).digits();
    QVERIFY(insertEvent(database, base, alice.auditEntry(AuditAction::Lookup, 0, first, QStringLiteral("ok"))).ok());
    QVERIFY(insertEvent(database, base.addSecs(60),
                        alice.auditEntry(AuditAction::Unlock, 0, second, QStringLiteral("ok"), QStringLiteral("asked")))
                .ok());
    QVERIFY(insertEvent(database, base.addSecs(120),
                        alice.auditEntry(AuditAction::AgentSignIn, 0, 0, QStringLiteral("wrong_password")))
                .ok());

    AuditTrail trail(database);
    const Result<AuditTrail::Page> page = trail.page(sophie, {});
    QVERIFY2(page.ok(), qPrintable(page.error().codeName() + QLatin1Char(' ') + page.error().detail()));
    QCOMPARE(page->events.size(), 3);
    QCOMPARE(page->events.at(0).entry.action, QStringLiteral("agent_sign_in"));
    QVERIFY(page->events.at(0).maskedNir.isEmpty());
    QCOMPARE(page->events.at(1).entry.accountId, second);
    QCOMPARE(page->events.at(1).maskedNir, Masking::nir(secondNir));
    QCOMPARE(page->events.at(2).maskedNir, Masking::nir(firstNir));
    QVERIFY(!page->events.at(2).maskedNir.isEmpty());
    for (const AuditLog::Event& event : page->events) {
        QVERIFY(!event.maskedNir.contains(firstNir.left(7)));
        QVERIFY(!event.maskedNir.contains(secondNir.left(7)));
    }

    AuditTrail::Filter byAccount;
    byAccount.accountId = first;
    byAccount.action = QStringLiteral("lookup");
    byAccount.agentId = alice.agentId;
    byAccount.from = base;
    byAccount.to = base.addSecs(1);
    const Result<AuditTrail::Page> narrowed = trail.page(sophie, byAccount);
    QVERIFY(narrowed.ok());
    QCOMPARE(narrowed->events.size(), 1);
    QCOMPARE(narrowed->events.at(0).maskedNir, Masking::nir(firstNir));
}

// Reading the trail leaves its own trace, the same for the desk and guichetctl: one "audit_list"
// per listing (its first page, the filter in words, never a NIR), one "audit_verify" per check, and
// each refusal once (RefusalAudit); --by's login and --account's NIR narrow like the ids.
void TestAuditTrail::readingIsAudited()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const AgentSession alice = addAgent(database, QStringLiteral("alice"));
    const AgentSession sophie = addAgent(database, QStringLiteral("sophie"), Agent::Role::Supervisor);
    const qint64 first = addAccount(database, 1);
    QVERIFY(first > 0);
    for (int n = 0; n < 3; ++n)
        QVERIFY(insertEvent(database, base.addSecs(n), alice.auditEntry(AuditAction::Lookup, 0, first, u"ok"_s)).ok());
    QVERIFY(insertEvent(database, base.addSecs(10), sophie.auditEntry(AuditAction::HistoryList, 0, 0, u"ok"_s)).ok());
    const auto events = [&database](const QString& where) {
        QStringList out;
        SqlQuery query(database.connection().value());
        if (query.exec(u"SELECT agent_login, action, outcome, reason FROM audit_events WHERE "_s + where
                       + u" ORDER BY id"_s))
            return QStringList{u"error"_s};
        while (query.next())
            out.append(query.value(u"agent_login"_s).toString() + u':' + query.value(u"action"_s).toString() + u':'
                       + query.value(u"outcome"_s).toString() + u':' + query.value(u"reason"_s).toString());
        return out;
    };
    AuditTrail trail(database);

    // A listing of three pages: one event, written after its first page was read (not on it).
    AuditTrail::Filter byLogin;
    byLogin.agentLogin = u"alice"_s;
    byLogin.accountNir = Nir::parse(u"1800175056001"_s);
    Result<AuditTrail::Page> page = trail.page(sophie, byLogin, {}, 1);
    QVERIFY(page.ok());
    QCOMPARE(page->events.at(0).entry.agentLogin, u"alice"_s);
    while (page->next) {
        page = trail.page(sophie, byLogin, page->next, 1);
        QVERIFY(page.ok());
    }
    const QString filter = u"by=%1;account=%2"_s.arg(alice.agentId).arg(first);
    QCOMPARE(events(u"action = 'audit_list'"_s), QStringList{u"sophie:audit_list:ok:"_s + filter});
    // The filters hold: alice's events on that account, sophie's own listing left out.
    AuditTrail::Filter nobody;
    nobody.agentLogin = u"nobody"_s;
    QVERIFY(trail.page(sophie, nobody)->events.isEmpty());
    AuditTrail::Filter unknownNir;
    unknownNir.accountNir = Nir::parse(u"1800175056002"_s);
    QVERIFY(trail.page(sophie, unknownNir)->events.isEmpty());
    AuditTrail::Filter everyone;
    QCOMPARE(trail.page(sophie, everyone)->events.size(), 4 + 3); // the seeded four and three listings

    QVERIFY(trail.verifyChain(sophie).ok());
    QCOMPARE(events(u"action = 'audit_verify'"_s),
             QStringList{u"sophie:audit_verify:ok:events=8;sealed=0;intact=yes"_s});

    QCOMPARE(trail.page(alice, {}).error().code(), ErrorCode::Forbidden);
    QCOMPARE(trail.verifyChain(alice).error().code(), ErrorCode::Forbidden);
    QCOMPARE(trail.page(AgentSession(), {}).error().code(), ErrorCode::Forbidden);
    QCOMPARE(events(u"outcome = 'forbidden'"_s),
             (QStringList{u"alice:audit_list:forbidden:"_s, u"alice:audit_verify:forbidden:"_s,
                          u":audit_list:forbidden:"_s}));
}

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
