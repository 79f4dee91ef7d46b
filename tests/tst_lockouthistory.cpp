// LockoutHistory on both engines: filters, keyset pages across equal timestamps in both sort
// directions, refusals, the detail of one lockout, and the traces they leave.
#include "agents/AgentRepository.h"
#include "audit/AuditLog.h"
#include "core/Masking.h"
#include "db/Migrator.h"
#include "db/SqlQuery.h"
#include "supervision/LockoutHistory.h"
#include "support/TestAgents.h"
#include "support/TestDatabases.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

namespace {

const QDateTime base(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::utc());

using Values = QList<std::pair<QString, QVariant>>;

qint64 insert(Database& database, const QString& sql, const Values& values)
{
    qint64 id = 0;
    const Error error = database.write([&](QSqlDatabase& db) -> Error {
        SqlQuery query(db);
        if (Error e = query.prepare(sql + QStringLiteral(" RETURNING id")))
            return e;
        for (const auto& [name, value] : values)
            query.bind(name, value);
        if (Error e = query.exec())
            return e;
        id = query.next() ? query.value(QStringLiteral("id")).toLongLong() : 0;
        return {};
    });
    return error ? 0 : id;
}

qint64 count(Database& database, const QString& sql)
{
    SqlQuery query(database.connection().value());
    if (query.exec(sql) || !query.next())
        return -1;
    return query.value(QStringLiteral("n")).toLongLong();
}

QVariant at(Database& database, const QDateTime& instant)
{
    return database.dialect().toSql(instant);
}

Nir nirOf(int i)
{
    return Nir::parse(QStringLiteral("18503751060%1").arg(i, 2, 10, QLatin1Char('0')));
}

struct Fixture
{
    AgentSession agent;
    AgentSession supervisor;
    AgentSession admin;
    QList<qint64> accounts; // accounts.at(i) belongs to nirOf(i + 1)
    QList<qint64> persons;
};

using TestAgents::addAgent;

bool setUp(Database& database, Fixture* fixture, int accounts = 3)
{
    fixture->agent = addAgent(database, QStringLiteral("alice"), QStringLiteral("Alice Martin"), Agent::Role::Agent);
    fixture->supervisor
        = addAgent(database, QStringLiteral("sophie"), QStringLiteral("Sophie Roux"), Agent::Role::Supervisor);
    fixture->admin = addAgent(database, QStringLiteral("adam"), QStringLiteral("Adam Blanc"), Agent::Role::Admin);
    for (int i = 1; i <= accounts; ++i) {
        const qint64 person = insert(
            database,
            QStringLiteral("INSERT INTO persons (nir, sex, last_name, first_names, birth_date, birth_place, certified)"
                           " VALUES (:nir, 1, 'Durand', 'Jean', '1985-03-01', 'Paris', TRUE)"),
            {{QStringLiteral(":nir"), nirOf(i).digits()}});
        const qint64 account = insert(database,
                                      QStringLiteral("INSERT INTO accounts (person_id, email, status)"
                                                     " VALUES (:p, 'jean.durand@example.org', 'active')"),
                                      {{QStringLiteral(":p"), person}});
        if (person == 0 || account == 0)
            return false;
        fixture->persons.append(person);
        fixture->accounts.append(account);
    }
    return fixture->agent.isValid() && fixture->supervisor.isValid() && fixture->admin.isValid();
}

qint64 addEvent(Database& database, qint64 account, const QDateTime& lockedAt, int failed,
                const QDateTime& unlockedAt = {}, qint64 unlockedBy = 0, const QString& reason = {}, qint64 call = 0)
{
    const QVariant noId(QMetaType::fromType<qint64>());
    return insert(database,
                  QStringLiteral("INSERT INTO lockout_events (account_id, locked_at, failed_attempts, unlocked_at,"
                                 " unlocked_by, unlock_reason, unlock_call_id)"
                                 " VALUES (:a, :l, :f, :u, :b, :r, :c)"),
                  {{QStringLiteral(":a"), account},
                   {QStringLiteral(":l"), at(database, lockedAt)},
                   {QStringLiteral(":f"), failed},
                   {QStringLiteral(":u"), at(database, unlockedAt)},
                   {QStringLiteral(":b"), unlockedBy > 0 ? QVariant(unlockedBy) : noId},
                   {QStringLiteral(":r"), reason.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : reason},
                   {QStringLiteral(":c"), call > 0 ? QVariant(call) : noId}});
}

QList<qint64> ids(const QList<LockoutHistoryRow>& rows)
{
    QList<qint64> out;
    for (const LockoutHistoryRow& row : rows)
        out.append(row.eventId);
    return out;
}

// Every row of a filter, walking the cursor with pages of limit rows.
QList<qint64> walk(LockoutHistory& history, const AgentSession& session, const LockoutHistory::Filter& filter,
                   const LockoutHistory::Sort& sort, int limit, int* pages = nullptr)
{
    QList<qint64> out;
    std::optional<LockoutHistory::Cursor> cursor;
    int n = 0;
    do {
        const Result<LockoutHistory::Page> page = history.page(session, filter, sort, cursor, limit);
        if (!page)
            return {-1};
        out += ids(page->rows);
        cursor = page->next;
        if (++n > 1000)
            return {-2};
    } while (cursor);
    if (pages)
        *pages = n;
    return out;
}

// The "repeats only" listing, oldest first, in pages of 2.
QList<qint64> repeats(LockoutHistory& history, const AgentSession& session)
{
    LockoutHistory::Filter filter;
    filter.repeatOnly = true;
    return walk(history, session, filter, {LockoutHistory::SortColumn::LockedAt, false}, 2);
}

bool deleteEvent(Database& database, qint64 id)
{
    return !database.write([&](QSqlDatabase& db) -> Error {
        SqlQuery query(db);
        if (Error e = query.prepare(QStringLiteral("DELETE FROM lockout_events WHERE id = :id")))
            return e;
        query.bind(QStringLiteral(":id"), id);
        return query.exec();
    });
}

} // namespace

class TestLockoutHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void keysetPages_data() { TestDatabase::addEngineRows(); }
    void keysetPages();
    void filters_data() { TestDatabase::addEngineRows(); }
    void filters();
    void refusals_data() { TestDatabase::addEngineRows(); }
    void refusals();
    void detail_data() { TestDatabase::addEngineRows(); }
    void detail();
    void repeatEdges_data() { TestDatabase::addEngineRows(); }
    void repeatEdges();
    void repeatBackfill_data() { TestDatabase::addEngineRows(); }
    void repeatBackfill();
    void stateFirstPagesFromTheirIndexes_data() { TestDatabase::addEngineRows(); }
    void stateFirstPagesFromTheirIndexes();
};

void TestLockoutHistory::keysetPages()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    Fixture f;
    QVERIFY(setUp(database, &f, 9));

    // 27 events: groups of 5 at the same locked_at, 3 failure counts, some still locked (no unlock
    // time, no agent), unlock times and agents that repeat.
    struct Event
    {
        qint64 id;
        QDateTime lockedAt;
        QDateTime unlockedAt;
        int failed;
        qint64 agent;
    };
    QList<Event> events;
    const qint64 agents[] = {f.supervisor.agentId, f.agent.agentId, f.admin.agentId};
    for (int i = 0; i < 27; ++i) {
        const QDateTime lockedAt = base.addSecs(3600 * (i / 5));
        const bool open = i % 10 == 4; // accounts 4, 5 and 6: one open lockout per account at most
        const QDateTime unlockedAt = open ? QDateTime() : base.addDays(1).addSecs(60 * (i % 4));
        const qint64 agent = open ? 0 : agents[i % 3];
        const qint64 id = addEvent(database, f.accounts.at(i % 9), lockedAt, 5 + i % 3, unlockedAt, agent,
                                   QStringLiteral("reason"));
        QVERIFY(id > 0);
        events.append({id, lockedAt, unlockedAt, 5 + i % 3, agent});
    }
    LockoutHistory history(database);
    using Column = LockoutHistory::SortColumn;
    for (const Column column : {Column::LockedAt, Column::UnlockedAt, Column::FailedAttempts, Column::Agent}) {
        for (const bool descending : {false, true}) {
            // The expected order: key (absent keys last when ascending), then id; descending is the
            // exact reverse.
            QList<Event> expected = events;
            std::sort(expected.begin(), expected.end(), [column](const Event& a, const Event& b) {
                auto key = [column](const Event& e) -> std::pair<bool, qint64> {
                    switch (column) {
                    case Column::LockedAt:
                        return {false, e.lockedAt.toMSecsSinceEpoch()};
                    case Column::UnlockedAt:
                        return {!e.unlockedAt.isValid(), e.unlockedAt.isValid() ? e.unlockedAt.toMSecsSinceEpoch() : 0};
                    case Column::FailedAttempts:
                        return {false, e.failed};
                    case Column::Agent:
                        return {e.agent == 0, e.agent};
                    }
                    return {};
                };
                return std::make_tuple(key(a).first, key(a).second, a.id)
                    < std::make_tuple(key(b).first, key(b).second, b.id);
            });
            QList<qint64> expectedIds;
            for (const Event& e : expected)
                expectedIds.append(e.id);
            if (descending)
                std::reverse(expectedIds.begin(), expectedIds.end());
            for (const int limit : {1, 2, 3, 4, 5, 7, 26, 27, 50}) {
                int pages = 0;
                const QList<qint64> got
                    = walk(history, f.supervisor, {}, LockoutHistory::Sort{column, descending}, limit, &pages);
                const QString context = QStringLiteral("column %1 %2 limit %3")
                                            .arg(int(column))
                                            .arg(descending ? QStringLiteral("desc") : QStringLiteral("asc"))
                                            .arg(limit);
                QVERIFY2(QSet<qint64>(got.cbegin(), got.cend()).size() == got.size(), qPrintable(context));
                QVERIFY2(got == expectedIds, qPrintable(context));
                QCOMPARE(pages, (27 + limit - 1) / limit);
            }
        }
    }

    // A cursor only continues the sort it came from; page sizes are bounded.
    const Result<LockoutHistory::Page> first = history.page(f.supervisor, {}, {}, std::nullopt, 5);
    QVERIFY(first && first->next);
    const LockoutHistory::Sort other{Column::FailedAttempts, false};
    QCOMPARE(history.page(f.supervisor, {}, other, first->next, 5).error().code(), ErrorCode::InvalidInput);
    QCOMPARE(history.page(f.supervisor, {}, {}, std::nullopt, 0).error().code(), ErrorCode::InvalidInput);
    QCOMPARE(history.page(f.supervisor, {}, {}, std::nullopt, LockoutHistory::MaxPageSize + 1).error().code(),
             ErrorCode::InvalidInput);
}

void TestLockoutHistory::filters()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    Fixture f;
    QVERIFY(setUp(database, &f, 3));
    const qint64 sophie = f.supervisor.agentId;
    const qint64 alice = f.agent.agentId;
    // Account 0: three lockouts within 30 days (the third is a repeat), then one 60 days later.
    const qint64 a1 = addEvent(database, f.accounts[0], base, 5, base.addSecs(600), sophie, QStringLiteral("r"));
    const qint64 a2 = addEvent(database, f.accounts[0], base.addDays(10), 5, base.addDays(10).addSecs(600), alice);
    const qint64 a3 = addEvent(database, f.accounts[0], base.addDays(20), 6, base.addDays(20).addSecs(600), sophie);
    const qint64 a4 = addEvent(database, f.accounts[0], base.addDays(80), 5);
    // Account 1: three lockouts spread over 90 days: never a repeat.
    const qint64 b1 = addEvent(database, f.accounts[1], base.addDays(-40), 5, base.addDays(-40).addSecs(60), alice);
    const qint64 b2 = addEvent(database, f.accounts[1], base.addDays(5), 5, base.addDays(5).addSecs(60), alice);
    const qint64 b3 = addEvent(database, f.accounts[1], base.addDays(50), 5);
    // Account 2: exactly at the period's bounds.
    const qint64 c1 = addEvent(database, f.accounts[2], base.addDays(30), 5, base.addDays(30).addSecs(5), sophie);
    QVERIFY(a1 && a2 && a3 && a4 && b1 && b2 && b3 && c1);

    LockoutHistory history(database);
    const LockoutHistory::Sort oldestFirst{LockoutHistory::SortColumn::LockedAt, false};
    auto rows = [&](const LockoutHistory::Filter& filter) {
        return walk(history, f.supervisor, filter, oldestFirst, 2);
    };

    QCOMPARE(rows({}), (QList<qint64>{b1, a1, b2, a2, a3, c1, b3, a4}));
    LockoutHistory::Filter period;
    period.from = base; // included
    period.to = base.addDays(30); // excluded
    QCOMPARE(rows(period), (QList<qint64>{a1, b2, a2, a3}));
    period.to = base.addDays(30).addMSecs(1);
    QCOMPARE(rows(period), (QList<qint64>{a1, b2, a2, a3, c1}));

    LockoutHistory::Filter locked;
    locked.state = LockoutHistory::State::StillLocked;
    QCOMPARE(rows(locked), (QList<qint64>{b3, a4}));
    LockoutHistory::Filter unlocked;
    unlocked.state = LockoutHistory::State::Unlocked;
    QCOMPARE(rows(unlocked), (QList<qint64>{b1, a1, b2, a2, a3, c1}));

    LockoutHistory::Filter byAgent;
    byAgent.unlockedBy = alice;
    QCOMPARE(rows(byAgent), (QList<qint64>{b1, b2, a2}));

    LockoutHistory::Filter byNir;
    byNir.nir = nirOf(2);
    QCOMPARE(rows(byNir), (QList<qint64>{b1, b2, b3}));
    byNir.nir = nirOf(42); // nobody
    QCOMPARE(rows(byNir), QList<qint64>{});

    LockoutHistory::Filter repeat;
    repeat.repeatOnly = true;
    QCOMPARE(rows(repeat), (QList<qint64>{a3}));
    repeat.from = base.addDays(21);
    QCOMPARE(rows(repeat), QList<qint64>{});

    LockoutHistory::Filter combined;
    combined.nir = nirOf(1);
    combined.state = LockoutHistory::State::Unlocked;
    combined.unlockedBy = sophie;
    QCOMPARE(rows(combined), (QList<qint64>{a1, a3}));

    LockoutHistory::Filter backwards;
    backwards.from = base;
    backwards.to = base.addDays(-1);
    QCOMPARE(history.page(f.supervisor, backwards, {}, std::nullopt, 10).error().code(), ErrorCode::InvalidInput);

    // Row content: masked NIR, the unlocking agent's names, the reason.
    const Result<LockoutHistory::Page> page = history.page(f.supervisor, {}, oldestFirst, std::nullopt, 2);
    QVERIFY(page);
    const LockoutHistoryRow& row = page->rows.at(1); // a1
    QCOMPARE(row.eventId, a1);
    QCOMPARE(row.lockedAt, base);
    QCOMPARE(row.unlockedAt, base.addSecs(600));
    QCOMPARE(row.accountId, f.accounts[0]);
    QCOMPARE(row.maskedNir, Masking::nir(nirOf(1).digits()));
    QVERIFY(!row.maskedNir.contains(nirOf(1).digits().mid(3, 4)));
    QCOMPARE(row.unlockedByLogin, QStringLiteral("sophie"));
    QCOMPARE(row.unlockedByName, QStringLiteral("Sophie Roux"));
    QCOMPARE(row.unlockReason, QStringLiteral("r"));

    // Each listing's first page is audited once; a listing by NIR records a consultation.
    const qint64 listings = count(database,
                                  QStringLiteral("SELECT COUNT(*) AS n FROM audit_events"
                                                 " WHERE action = 'history_list' AND outcome = 'ok'"));
    QCOMPARE(listings, 12);
    QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) AS n FROM consultations")), 2);
}

void TestLockoutHistory::refusals()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    Fixture f;
    QVERIFY(setUp(database, &f, 1));
    const qint64 event = addEvent(database, f.accounts[0], base, 5);
    QVERIFY(event > 0);
    LockoutHistory history(database);

    QCOMPARE(history.page(f.agent, {}, {}, std::nullopt, 10).error().code(), ErrorCode::Forbidden);
    QCOMPARE(history.detail(f.agent, event).error().code(), ErrorCode::Forbidden);
    QCOMPARE(history.page(AgentSession(), {}, {}, std::nullopt, 10).error().code(), ErrorCode::Forbidden);

    // Each refusal is in the audit trail, signed by the agent (by nobody without a session).
    SqlQuery trail(database.connection().value());
    QVERIFY(!trail.exec(QStringLiteral("SELECT agent_login, action FROM audit_events WHERE outcome = 'forbidden'"
                                       " ORDER BY id")));
    QStringList refusals;
    while (trail.next()) {
        refusals.append(trail.value(QStringLiteral("agent_login")).toString() + QLatin1Char(':')
                        + trail.value(QStringLiteral("action")).toString());
    }
    QCOMPARE(refusals,
             (QStringList{QStringLiteral("alice:history_list"), QStringLiteral("alice:history_detail"),
                          QStringLiteral(":history_list")}));
    // Supervisors and admins may read.
    QVERIFY(history.page(f.supervisor, {}, {}, std::nullopt, 10));
    QVERIFY(history.page(f.admin, {}, {}, std::nullopt, 10));
}

void TestLockoutHistory::detail()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    Fixture f;
    QVERIFY(setUp(database, &f, 2));
    const qint64 account = f.accounts[0];
    const QDateTime lockedAt = base.addSecs(3600);
    // A success two hours before, then 24 failures up to the lock (the detail shows the last 20), and one
    // failure after it.
    for (int i = 0; i < 24; ++i) {
        QVERIFY(insert(database,
                       QStringLiteral("INSERT INTO login_attempts (account_id, attempted_at, kind, success, outcome)"
                                      " VALUES (:a, :t, 'password', FALSE, :o)"),
                       {{QStringLiteral(":a"), account},
                        {QStringLiteral(":t"), at(database, lockedAt.addSecs(-60 * (24 - i) + 60))},
                        {QStringLiteral(":o"), QStringLiteral("wrong_password_%1").arg(i)}}));
    }
    QVERIFY(insert(database,
                   QStringLiteral("INSERT INTO login_attempts (account_id, attempted_at, kind, success, outcome)"
                                  " VALUES (:a, :t, 'password', TRUE, 'ok')"),
                   {{QStringLiteral(":a"), account}, {QStringLiteral(":t"), at(database, lockedAt.addSecs(-7200))}}));
    QVERIFY(insert(database,
                   QStringLiteral("INSERT INTO login_attempts (account_id, attempted_at, kind, success, outcome)"
                                  " VALUES (:a, :t, 'password', FALSE, 'locked')"),
                   {{QStringLiteral(":a"), account}, {QStringLiteral(":t"), at(database, lockedAt.addSecs(30))}}));
    const qint64 call = insert(database,
                               QStringLiteral("INSERT INTO calls (agent_id, reason, started_at, ended_at, outcome)"
                                              " VALUES (:g, 'wrong_password_locked', :s, :e, 'resolved')"),
                               {{QStringLiteral(":g"), f.agent.agentId},
                                {QStringLiteral(":s"), at(database, lockedAt.addSecs(7200))},
                                {QStringLiteral(":e"), at(database, lockedAt.addSecs(7500))}});
    QVERIFY(call > 0);
    const QDateTime unlockedAt = lockedAt.addSecs(7300);
    const qint64 event = addEvent(database, account, lockedAt, 5, unlockedAt, f.agent.agentId,
                                  QStringLiteral("caller verified"), call);
    QVERIFY(event > 0);
    QVERIFY(!database.write([&](QSqlDatabase& c) -> Error {
        AuditEntry entry = f.agent.auditEntry(AuditAction::Unlock, call, account, QStringLiteral("ok"));
        entry.workstation = QStringLiteral("desk-7");
        return AuditLog(c).append(entry).error();
    }));

    LockoutHistory history(database);
    const Result<LockoutHistory::Detail> detail = history.detail(f.supervisor, event);
    QVERIFY2(detail, qPrintable(detail.error().detail()));
    QCOMPARE(detail->event.eventId, event);
    QCOMPARE(detail->event.unlockedAt, unlockedAt);
    QCOMPARE(detail->event.unlockedByLogin, QStringLiteral("alice"));
    QCOMPARE(detail->event.unlockReason, QStringLiteral("caller verified"));
    QCOMPARE(detail->event.maskedNir, Masking::nir(nirOf(1).digits()));
    QCOMPARE(detail->failedAttempts.size(), LockoutHistory::DetailAttempts);
    // The last 20 failures of the streak since the success two hours before; nothing after the lock.
    QCOMPARE(detail->failedAttempts.first().outcome, QStringLiteral("wrong_password_4"));
    QCOMPARE(detail->failedAttempts.last().outcome, QStringLiteral("wrong_password_23"));
    QCOMPARE(detail->failedAttempts.last().at, lockedAt);
    QVERIFY(detail->call);
    QCOMPARE(detail->call->id, call);
    QCOMPARE(detail->call->agentLogin, QStringLiteral("alice"));
    QCOMPARE(detail->call->reason, QStringLiteral("wrong_password_locked"));
    QCOMPARE(detail->call->outcome, QStringLiteral("resolved"));
    QCOMPARE(detail->unlockAction, QStringLiteral("unlock"));
    QCOMPARE(detail->unlockWorkstation, QStringLiteral("desk-7"));

    // The view is a consultation of the person and an audit event of the supervisor.
    QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) AS n FROM consultations WHERE call_id IS NULL")), 1);
    QCOMPARE(count(database,
                   QStringLiteral("SELECT COUNT(*) AS n FROM audit_events WHERE action = 'history_detail'"
                                  " AND outcome = 'ok'")),
             1);
    QCOMPARE(history.detail(f.supervisor, event + 1000).error().code(), ErrorCode::NotFound);

    // A lockout still open: no call, no unlock.
    const qint64 open = addEvent(database, f.accounts[1], base, 5);
    const Result<LockoutHistory::Detail> openDetail = history.detail(f.admin, open);
    QVERIFY(openDetail);
    QVERIFY(!openDetail->event.unlockedAt.isValid());
    QVERIFY(!openDetail->call);
    QVERIFY(openDetail->failedAttempts.isEmpty());
    QVERIFY(openDetail->unlockAction.isEmpty());
}

// The repeat is the database's (migration 012): both ends of the window count, a millisecond
// outside does not, and a lockout inserted before others, or deleted, recounts the later ones.
void TestLockoutHistory::repeatEdges()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    Fixture f;
    QVERIFY(setUp(database, &f, 3));
    LockoutHistory history(database);
    const QDateTime edge = base.addDays(30); // the window of a lockout at edge starts at base

    // Account 0, inserted latest first: base, +10 days, exactly +30 days. The last is a repeat.
    const qint64 a3 = addEvent(database, f.accounts[0], edge, 5);
    const qint64 a1 = addEvent(database, f.accounts[0], base, 5, base.addSecs(60), f.agent.agentId);
    const qint64 a2
        = addEvent(database, f.accounts[0], base.addDays(10), 5, base.addDays(10).addSecs(60), f.agent.agentId);
    // Account 1: the same a millisecond later: not a repeat.
    const qint64 b3 = addEvent(database, f.accounts[1], edge.addMSecs(1), 5);
    const qint64 b1 = addEvent(database, f.accounts[1], base, 5, base.addSecs(60), f.agent.agentId);
    const qint64 b2
        = addEvent(database, f.accounts[1], base.addDays(10), 5, base.addDays(10).addSecs(60), f.agent.agentId);
    // Account 2: two lockouts at the same instant, one a day before: both ends of both windows.
    const qint64 c1 = addEvent(database, f.accounts[2], base.addDays(-1), 5, base.addSecs(-60), f.agent.agentId);
    const qint64 c2 = addEvent(database, f.accounts[2], base, 5, base.addSecs(60), f.agent.agentId);
    const qint64 c3 = addEvent(database, f.accounts[2], base, 5);
    QVERIFY(a1 && a2 && a3 && b1 && b2 && b3 && c1 && c2 && c3);
    QCOMPARE(repeats(history, f.supervisor), (QList<qint64>{c2, c3, a3}));

    // A lockout of account 1 inserted between the others: it and the last become repeats.
    const qint64 b4
        = addEvent(database, f.accounts[1], base.addDays(20), 5, base.addDays(20).addSecs(60), f.agent.agentId);
    QVERIFY(b4);
    QCOMPARE(repeats(history, f.supervisor), (QList<qint64>{c2, c3, b4, a3, b3}));
    QCOMPARE(count(database, QStringLiteral("SELECT MAX(repeat_count) AS n FROM lockout_events")), 3);

    // Deleted, the first of account 0 no longer counts for the last.
    QVERIFY(deleteEvent(database, a1));
    QCOMPARE(repeats(history, f.supervisor), (QList<qint64>{c2, c3, b4, b3}));
}

// Migration 012 counts the lockouts already there, whatever order they were written in.
void TestLockoutHistory::repeatBackfill()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    Database& database = db.database();
    const Result<int> v11 = Migrator(database).migrate(11);
    QVERIFY2(v11, qPrintable(v11.error().detail()));
    Fixture f;
    QVERIFY(setUp(database, &f, 2));
    const qint64 a3 = addEvent(database, f.accounts[0], base.addDays(30), 5);
    const qint64 a1 = addEvent(database, f.accounts[0], base, 5, base.addSecs(60), f.agent.agentId);
    const qint64 a2
        = addEvent(database, f.accounts[0], base.addDays(29), 5, base.addDays(29).addSecs(60), f.agent.agentId);
    const qint64 b3 = addEvent(database, f.accounts[1], base.addDays(30).addMSecs(1), 5);
    const qint64 b1 = addEvent(database, f.accounts[1], base, 5, base.addSecs(60), f.agent.agentId);
    const qint64 b2
        = addEvent(database, f.accounts[1], base.addDays(29), 5, base.addDays(29).addSecs(60), f.agent.agentId);
    QVERIFY(a1 && a2 && a3 && b1 && b2 && b3);
    QVERIFY(db.migrate());
    LockoutHistory history(database);
    QCOMPARE(repeats(history, f.supervisor), QList<qint64>{a3});
    QCOMPARE(count(database, QStringLiteral("SELECT SUM(repeat_count) AS n FROM lockout_events")),
             1 + 2 + 3 + 1 + 2 + 2);
}

// The query plan of LockoutHistory::page's own statement for a filter (first page, newest first).
QString planOf(Database& database, const LockoutHistory::Filter& filter)
{
    Result<QSqlDatabase> connection = database.connection();
    if (!connection)
        return {};
    const bool postgresql = database.dialect().isPostgreSql();
    SqlQuery plan(connection.value());
    const QString sql
        = LockoutHistory::pageStatement(database.dialect(), filter, {}, false, LockoutHistory::CursorShape::None);
    if (plan.prepare((postgresql ? QStringLiteral("EXPLAIN ") : QStringLiteral("EXPLAIN QUERY PLAN ")) + sql))
        return {};
    plan.bind(QStringLiteral(":limit"), 101);
    if (plan.exec())
        return {};
    QString text;
    while (plan.next())
        text += plan.value(postgresql ? QStringLiteral("QUERY PLAN") : QStringLiteral("detail")).toString()
            + QLatin1Char('\n');
    return text;
}

// "Unlocked" and "still locked", newest first, each from its own partial index: the page neither
// walks past the lockouts of the other state (migration 015 for "unlocked": at a hotline the newest
// are the open ones) nor sorts every open lockout (SQLite took lockout_events_unlocked_at_idx for
// "unlocked_at IS NULL", thinking it matched a couple of rows: 450 ms at 10 million accounts).
void TestLockoutHistory::stateFirstPagesFromTheirIndexes()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    Fixture f;
    QVERIFY(setUp(database, &f, 42));
    for (int i = 0; i < 600; ++i) {
        const QDateTime lockedAt = base.addSecs(3600LL * i);
        QVERIFY(addEvent(database, f.accounts[i % 2], lockedAt, 5, lockedAt.addSecs(600), f.agent.agentId));
    }
    for (int i = 2; i < 42; ++i)
        QVERIFY(addEvent(database, f.accounts[i], base.addDays(30).addSecs(i), 5));
    Result<QSqlDatabase> connection = database.connection();
    QVERIFY(connection);
    SqlQuery analyze(connection.value());
    QVERIFY(!analyze.exec(QStringLiteral("ANALYZE")));

    LockoutHistory::Filter unlocked;
    unlocked.state = LockoutHistory::State::Unlocked;
    const QString unlockedPlan = planOf(database, unlocked);
    QVERIFY2(unlockedPlan.contains(QStringLiteral("lockout_events_closed_time_idx")), qPrintable(unlockedPlan));
    LockoutHistory::Filter locked;
    locked.state = LockoutHistory::State::StillLocked;
    const QString lockedPlan = planOf(database, locked);
    if (!database.dialect().isPostgreSql()) {
        // The inner query walks the index in order: the one sort left is the outer query's, of at
        // most a page's rows. (PostgreSQL plans from its own statistics: sorting these 40 open
        // lockouts is its right choice here, the index at a hotline's size, 3 ms at 1M accounts.)
        QVERIFY2(lockedPlan.contains(QStringLiteral("lockout_events_open_time_idx")), qPrintable(lockedPlan));
        QVERIFY2(lockedPlan.count(QStringLiteral("TEMP B-TREE")) <= 1, qPrintable(lockedPlan));
    }

    // And the pages themselves: the newest of each state, none of the other.
    LockoutHistory history(database);
    const Result<LockoutHistory::Page> closed = history.page(f.supervisor, unlocked, {}, std::nullopt, 10);
    QVERIFY(closed);
    QCOMPARE(closed->rows.size(), 10);
    QCOMPARE(closed->rows.constFirst().lockedAt, base.addSecs(3600LL * 599));
    QVERIFY(closed->rows.constFirst().unlockedAt.isValid());
    const Result<LockoutHistory::Page> open = history.page(f.supervisor, locked, {}, std::nullopt, 10);
    QVERIFY(open);
    QCOMPARE(open->rows.size(), 10);
    QCOMPARE(open->rows.constFirst().lockedAt, base.addDays(30).addSecs(41));
    QVERIFY(!open->rows.constFirst().unlockedAt.isValid());
}

QTEST_GUILESS_MAIN(TestLockoutHistory)
#include "tst_lockouthistory.moc"
