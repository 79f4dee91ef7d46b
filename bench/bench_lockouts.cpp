// bench_lockouts: the supervisor's lockout history on a large table.
//   bench_lockouts [--events N] [--database URL]
// Loads N lockout events (default 5,000,000) into an empty database (or reuses one that holds
// exactly N), then measures the first page of a one-month filter, page 1000 against page 1 on
// the keyset cursor, and the process RSS while walking 1000 pages with the lazy model and with
// the cursor alone. Prints a table. Not a test: run it by hand on a Release build.
#include "agents/AgentRepository.h"
#include "agents/AgentSession.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "supervision/LockoutHistory.h"
#include "supervision/LockoutHistoryModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr qint64 SpanSeconds = 3LL * 365 * 24 * 3600; // the events cover three years
constexpr int Agents = 40;
constexpr int PageRows = 100;
constexpr int Pages = 1000;
constexpr qint64 Chunk = 500'000; // rows per load transaction

void fail(const QString& what, const Error& error)
{
    std::fprintf(stderr, "%s: %s %s\n", qPrintable(what), qPrintable(error.codeName()), qPrintable(error.detail()));
    std::exit(1);
}

qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values.at(values.size() / 2);
}

qint64 scalar(QSqlDatabase& db, const QString& sql)
{
    SqlQuery query(db);
    if (Error e = query.exec(sql))
        fail(sql, e);
    return query.next() ? query.value(QStringLiteral("n")).toLongLong() : 0;
}

void execBound(QSqlDatabase& db, const QString& sql, const QVariantMap& values)
{
    SqlQuery query(db);
    if (Error e = query.prepare(sql))
        fail(QStringLiteral("prepare"), e);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bind(it.key(), it.value());
    if (Error e = query.exec())
        fail(QStringLiteral("load"), e);
}

// Set-based load: each statement generates its rows in the engine (a recursive CTE on SQLite,
// generate_series on PostgreSQL), Chunk rows per transaction.
void load(Database& database, qint64 events, const QDateTime& base)
{
    QSqlDatabase db = database.connection().value();
    const SqlDialect& dialect = database.dialect();
    const bool pg = dialect.isPostgreSql();
    const qint64 accounts = std::max<qint64>(1, events / 20);
    SqlQuery pragma(db);
    if (!pg && pragma.exec(QStringLiteral("PRAGMA synchronous = OFF")))
        fail(QStringLiteral("pragma"), Error(ErrorCode::DatabaseError));

    QElapsedTimer timer;
    timer.start();
    {
        Transaction tx(db, dialect);
        if (Error e = tx.begin())
            fail(QStringLiteral("begin"), e);
        AgentRepository agents(db);
        for (int i = 0; i < Agents; ++i) {
            const Result<qint64> id
                = agents.add(QStringLiteral("bench%1").arg(i, 2, 10, QLatin1Char('0')),
                             QStringLiteral("Agent %1").arg(i), i == 0 ? Agent::Role::Supervisor : Agent::Role::Agent,
                             QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$bench$bench"));
            if (!id)
                fail(QStringLiteral("agent"), id.error());
        }
        const QString series = pg
            ? QStringLiteral(" FROM generate_series(1, CAST(:n AS BIGINT)) AS s(x)")
            : QStringLiteral(" FROM (WITH RECURSIVE s(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM s"
                             " WHERE x < :n) SELECT x FROM s)");
        const QString nir = pg
            ? QStringLiteral("CAST(1850375000000 + x AS TEXT) || lpad(CAST(97 - (1850375000000 + x) % "
                             "97 AS TEXT), 2, '0')")
            : QStringLiteral("printf('%013d%02d', 1850375000000 + x, 97 - (1850375000000 + x) % 97)");
        execBound(db,
                  QStringLiteral("INSERT INTO persons (nir, sex, last_name, first_names, birth_date, birth_place,"
                                 " certified) SELECT ")
                      + nir + QStringLiteral(", 1, 'Bench', 'Test', '1985-03-01', 'Paris', TRUE") + series,
                  {{QStringLiteral(":n"), accounts}});
        execBound(db,
                  QStringLiteral("INSERT INTO accounts (person_id, email, status) SELECT id, 'bench@example.org',"
                                 " 'active' FROM persons ORDER BY id"),
                  {});
        if (Error e = tx.commit())
            fail(QStringLiteral("commit"), e);
    }
    const qint64 firstAccount = scalar(db, QStringLiteral("SELECT MIN(id) AS n FROM accounts"));
    const qint64 firstAgent = scalar(db, QStringLiteral("SELECT MIN(id) AS n FROM agents"));
    const qint64 openFrom = events - accounts; // the last lockout of each account is still open
    const QString at = pg ? QStringLiteral("CAST(:base AS TIMESTAMPTZ) + (x * CAST(:span AS BIGINT) / CAST(:events AS "
                                           "BIGINT) + %1) * INTERVAL '1 second'")
                          : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', :base, '+' || (x * :span / :events + %1) || "
                                           "' seconds')");
    const QString series = pg
        ? QStringLiteral(" FROM generate_series(CAST(:lo AS BIGINT), CAST(:hi AS BIGINT)) AS s(x)")
        : QStringLiteral(" FROM (WITH RECURSIVE s(x) AS (SELECT :lo UNION ALL SELECT x + 1 FROM s"
                         " WHERE x < :hi) SELECT x FROM s)");
    const QString insert
        = QStringLiteral("INSERT INTO lockout_events (account_id, locked_at, failed_attempts, unlocked_at, unlocked_by,"
                         " unlock_reason) SELECT x % :accounts + :first_account, ")
        + at.arg(0) + QStringLiteral(", 5 + x % 3, CASE WHEN x >= :open_from THEN NULL ELSE ") + at.arg(600)
        + QStringLiteral(" END, CASE WHEN x >= :open_from2 THEN NULL ELSE x % :agents + :first_agent END,"
                         " CASE WHEN x >= :open_from3 THEN NULL ELSE 'bench' END")
        + series;
    for (qint64 lo = 0; lo < events; lo += Chunk) {
        const qint64 hi = std::min(events, lo + Chunk) - 1;
        Transaction tx(db, dialect);
        if (Error e = tx.begin())
            fail(QStringLiteral("begin"), e);
        execBound(db, insert,
                  {{QStringLiteral(":accounts"), accounts},
                   {QStringLiteral(":first_account"), firstAccount},
                   {QStringLiteral(":base"), dialect.toSql(base)},
                   {QStringLiteral(":span"), SpanSeconds},
                   {QStringLiteral(":events"), events},
                   {QStringLiteral(":open_from"), openFrom},
                   {QStringLiteral(":open_from2"), openFrom},
                   {QStringLiteral(":open_from3"), openFrom},
                   {QStringLiteral(":agents"), Agents},
                   {QStringLiteral(":first_agent"), firstAgent},
                   {QStringLiteral(":lo"), lo},
                   {QStringLiteral(":hi"), hi}});
        if (Error e = tx.commit())
            fail(QStringLiteral("commit"), e);
        std::fprintf(stderr, "\rloaded %lld / %lld", static_cast<long long>(hi + 1), static_cast<long long>(events));
    }
    SqlQuery analyze(db);
    if (Error e = analyze.exec(QStringLiteral("ANALYZE")))
        fail(QStringLiteral("analyze"), e);
    if (!pg && pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        fail(QStringLiteral("pragma"), Error(ErrorCode::DatabaseError));
    std::fprintf(stderr, "\nload: %.1f s\n", double(timer.elapsed()) / 1000.0);
}

double timedPage(LockoutHistory& history, const AgentSession& session, const LockoutHistory::Filter& filter,
                 const LockoutHistory::Sort& sort, const std::optional<LockoutHistory::Cursor>& after,
                 std::optional<LockoutHistory::Cursor>* next = nullptr, bool fullPage = true)
{
    QElapsedTimer timer;
    timer.start();
    const Result<LockoutHistory::Page> page = history.page(session, filter, sort, after, PageRows);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!page)
        fail(QStringLiteral("page"), page.error());
    if (fullPage && page->rows.size() != PageRows)
        fail(QStringLiteral("short page"), Error(ErrorCode::NotFound));
    if (next)
        *next = page->next;
    return ms;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("events"), QStringLiteral("Lockout events to load (default 5000000)."),
                        QStringLiteral("n"), QStringLiteral("5000000")},
                       {QStringLiteral("database"),
                        QStringLiteral("Database URL (default: a fresh SQLite file in the temporary folder)."),
                        QStringLiteral("url")}});
    parser.process(app);
    const qint64 events = parser.value(QStringLiteral("events")).toLongLong();
    QString urlText = parser.value(QStringLiteral("database"));
    if (urlText.isEmpty())
        urlText = QStringLiteral("sqlite:") + QDir::tempPath() + QStringLiteral("/bench_lockouts.sqlite");
    DatabaseUrl::ParseError parseError = DatabaseUrl::ParseError::None;
    const DatabaseUrl url = DatabaseUrl::parse(urlText, &parseError);
    if (!url.isValid() || events < PageRows * (Pages + 1)) {
        std::fprintf(stderr, "bad --database or --events (at least %d)\n", PageRows * (Pages + 1));
        return 2;
    }
    Database database(url);
    if (const Result<int> version = Migrator(database).migrate(); !version)
        fail(QStringLiteral("migrate"), version.error());
    QSqlDatabase db = database.connection().value();
    const QDateTime base = QDateTime(QDate(2023, 1, 1), QTime(0, 0), QTimeZone::utc());
    const qint64 existing = scalar(db, QStringLiteral("SELECT COUNT(*) AS n FROM lockout_events"));
    if (existing == 0)
        load(database, events, base);
    else if (existing != events)
        fail(QStringLiteral("the database holds another number of events"), Error(ErrorCode::InvalidInput));

    AgentSession session;
    session.agentId = scalar(db, QStringLiteral("SELECT MIN(id) AS n FROM agents"));
    session.login = QStringLiteral("bench00");
    session.role = Agent::Role::Supervisor;
    session.workstation = QStringLiteral("bench");
    LockoutHistory history(database);
    const LockoutHistory::Sort newestFirst{LockoutHistory::SortColumn::LockedAt, true};

    // 1. First page of a one-month filter (a listing's first page is audited: a write).
    LockoutHistory::Filter month;
    month.from = base.addMonths(18);
    month.to = base.addMonths(19);
    std::vector<double> first;
    std::vector<double> second;
    for (int i = 0; i < 7; ++i) {
        std::optional<LockoutHistory::Cursor> next;
        first.push_back(timedPage(history, session, month, newestFirst, std::nullopt, &next));
        second.push_back(timedPage(history, session, month, newestFirst, next));
    }

    // Rarer filters: a repeat-only month (few or no rows: the page scans the whole month) and one
    // person by NIR.
    LockoutHistory::Filter repeatMonth = month;
    repeatMonth.repeatOnly = true;
    LockoutHistory::Filter byNir;
    byNir.nir = Nir::parse(QStringLiteral("1850375012345"));
    std::vector<double> repeat;
    std::vector<double> nir;
    for (int i = 0; i < 3; ++i) {
        repeat.push_back(timedPage(history, session, repeatMonth, newestFirst, std::nullopt, nullptr, false));
        nir.push_back(timedPage(history, session, byNir, newestFirst, std::nullopt, nullptr, false));
    }

    // 2. Walk 1000 pages of the whole history with the cursor alone (rows dropped), then time page
    // 1000 again from its cursor against page 2 from its cursor.
    const LockoutHistory::Filter all;
    const qint64 rssBeforeCursor = rssKiB();
    std::optional<LockoutHistory::Cursor> cursor;
    std::optional<LockoutHistory::Cursor> cursorOfPage2;
    std::optional<LockoutHistory::Cursor> cursorOfPage1000;
    std::vector<double> walk;
    for (int page = 1; page <= Pages; ++page) {
        if (page == 2)
            cursorOfPage2 = cursor;
        if (page == Pages)
            cursorOfPage1000 = cursor;
        walk.push_back(timedPage(history, session, all, newestFirst, cursor, &cursor));
    }
    const qint64 rssAfterCursor = rssKiB();
    std::vector<double> page2;
    std::vector<double> page1000;
    std::vector<double> page1;
    for (int i = 0; i < 7; ++i) {
        page1.push_back(timedPage(history, session, all, newestFirst, std::nullopt));
        page2.push_back(timedPage(history, session, all, newestFirst, cursorOfPage2));
        page1000.push_back(timedPage(history, session, all, newestFirst, cursorOfPage1000));
    }

    // 3. The lazy model keeps what it fetched: 1000 pages of 100 rows.
    const qint64 rssBeforeModel = rssKiB();
    QElapsedTimer modelTimer;
    modelTimer.start();
    {
        LockoutHistoryModel model(LockoutHistoryModel::synchronousLoader(history, session));
        model.setPageSize(PageRows);
        model.setSort(newestFirst);
        for (int page = 0; page < Pages && model.canFetchMore(); ++page)
            model.fetchMore();
        if (model.rowCount() != PageRows * Pages)
            fail(QStringLiteral("model rows"), Error(ErrorCode::NotFound));
        const qint64 rssWithModel = rssKiB();
        std::printf("\n%s, %lld events (%s)\n", database.dialect().isPostgreSql() ? "PostgreSQL" : "SQLite",
                    static_cast<long long>(events), qPrintable(QStringLiteral("2-core machine")));
        std::printf("%-58s %10s\n", "measure", "value");
        std::printf("%-58s %8.2f ms\n", "first page, one-month filter (median of 7, incl. audit)", median(first));
        std::printf("%-58s %8.2f ms\n", "second page, one-month filter (median of 7)", median(second));
        std::printf("%-58s %8.2f ms\n", "first page, one-month + repeat filter (median of 3)", median(repeat));
        std::printf("%-58s %8.2f ms\n", "first page, one NIR (median of 3, incl. audit)", median(nir));
        std::printf("%-58s %8.2f ms\n", "page 1, whole history (median of 7, incl. audit)", median(page1));
        std::printf("%-58s %8.2f ms\n", "page 2, from its cursor (median of 7)", median(page2));
        std::printf("%-58s %8.2f ms\n", "page 1000, from its cursor (median of 7)", median(page1000));
        std::printf("%-58s %8.2f\n", "ratio page 1000 / page 2", median(page1000) / median(page2));
        std::printf("%-58s %8.2f\n", "ratio page 1000 / page 1", median(page1000) / median(page1));
        std::printf("%-58s %8.2f ms\n", "walk: median page time over 1000 pages",
                    median(std::vector<double>(walk.begin() + 1, walk.end())));
        std::printf("%-58s %8lld KiB\n", "RSS before cursor-only walk", static_cast<long long>(rssBeforeCursor));
        std::printf("%-58s %8lld KiB\n", "RSS after cursor-only walk (1000 pages)",
                    static_cast<long long>(rssAfterCursor));
        std::printf("%-58s %8lld KiB\n", "RSS before model walk", static_cast<long long>(rssBeforeModel));
        std::printf("%-58s %8lld KiB\n", "RSS with model holding 100,000 rows", static_cast<long long>(rssWithModel));
        std::printf("%-58s %8.1f s\n", "model walk, 1000 fetchMore()", double(modelTimer.elapsed()) / 1000.0);
    }
    return 0;
}
