// Section 4: the first page of every filter of the supervisor's lockout history. Section 5: the
// demo seeder's time against a raw bulk load of the same rows (COPY on PostgreSQL, multi-row
// INSERTs through the C API on SQLite) into an empty database of the same schema.
#include "Bench.h"

#include "db/SqlQuery.h"
#include "supervision/LockoutHistory.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace Bench {

namespace {

QVariant firstValue(Engine& engine, const QString& sql)
{
    QSqlDatabase db = engine.database->connection().value();
    SqlQuery query(db);
    if (Error e = query.exec(sql))
        fail(sql + QLatin1Char(' ') + e.detail());
    return query.next() ? query.value(QStringLiteral("v")) : QVariant();
}

std::int64_t count(RawDb& raw, const std::string& table)
{
    std::vector<RawDb::Row> rows;
    std::vector<std::string> columns;
    if (!raw.fetchAll("SELECT COUNT(*) FROM " + RawDb::quoted(table), {}, &rows, &columns) || rows.empty()
        || !rows[0][0])
        fail(QStringLiteral("count ") + QString::fromStdString(table + ": " + raw.error()));
    return std::stoll(*rows[0][0]);
}

} // namespace

QJsonObject history(Engine& engine, const Options& options)
{
    const Result<AgentSession> session = signIn(engine, SupervisorLogin, 0);
    if (!session)
        fail(QStringLiteral("supervisor sign-in: ") + session.error().detail());
    const qint64 events = firstValue(engine, QStringLiteral("SELECT COUNT(*) AS v FROM lockout_events")).toLongLong();
    const qint64 unlocker
        = firstValue(engine, QStringLiteral("SELECT MIN(unlocked_by) AS v FROM lockout_events")).toLongLong();
    const QString lockedNir
        = firstValue(engine,
                     QStringLiteral("SELECT p.nir AS v FROM lockout_events l JOIN accounts a ON a.id ="
                                    " l.account_id JOIN persons p ON p.id = a.person_id ORDER BY l.id"
                                    " LIMIT 1"))
              .toString();
    struct Case
    {
        QString name;
        LockoutHistory::Filter filter;
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Case> cases;
    cases.append({QStringLiteral("all"), {}});
    LockoutHistory::Filter filter;
    filter.state = LockoutHistory::State::StillLocked;
    cases.append({QStringLiteral("still_locked"), filter});
    filter.state = LockoutHistory::State::Unlocked;
    cases.append({QStringLiteral("unlocked"), filter});
    filter = {};
    filter.from = now.addDays(-30);
    filter.to = now;
    cases.append({QStringLiteral("last_30_days"), filter});
    filter = {};
    filter.unlockedBy = unlocker;
    cases.append({QStringLiteral("unlocked_by_agent"), filter});
    filter = {};
    filter.nir = Nir::parse(lockedNir);
    cases.append({QStringLiteral("nir"), filter});
    filter = {};
    filter.repeatOnly = true;
    cases.append({QStringLiteral("repeat_lockouts"), filter});
    filter.from = now.addDays(-30);
    filter.to = now;
    cases.append({QStringLiteral("repeat_lockouts_last_30_days"), filter});

    LockoutHistory history(*engine.database);
    const int repeats = options.smoke ? 1 : 5;
    QJsonArray filters;
    for (const Case& c : std::as_const(cases)) {
        std::vector<double> times;
        int rows = 0;
        for (int i = 0; i < repeats; ++i) {
            QElapsedTimer timer;
            timer.start();
            const Result<LockoutHistory::Page> page = history.page(session.value(), c.filter, {}, std::nullopt, 100);
            times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            if (!page)
                fail(QStringLiteral("history ") + c.name + QLatin1Char(' ') + page.error().detail());
            rows = static_cast<int>(page->rows.size());
        }
        const double first = times.front();
        filters.append(QJsonObject{{QStringLiteral("filter"), c.name},
                                   {QStringLiteral("rows"), rows},
                                   {QStringLiteral("first_ms"), first},
                                   {QStringLiteral("median_ms"), percentiles(times).p50 / 1.0}});
    }
    return QJsonObject{{QStringLiteral("ok"), true},
                       {QStringLiteral("lockout_events"), events},
                       {QStringLiteral("page_rows"), 100},
                       {QStringLiteral("filters"), filters},
                       {QStringLiteral("target_ms_at_5M_events"), 20}};
}

QJsonObject seeding(Engine& engine, const Options& options)
{
    Q_UNUSED(options)
    std::string error;
    std::unique_ptr<RawDb> target = RawDb::open(engine.scratchUrl.toStdString(), &error);
    if (!target)
        fail(QStringLiteral("scratch database: ") + QString::fromStdString(error));
    std::vector<RawDb::Row> tables;
    std::vector<std::string> columns;
    const bool listed = engine.raw->fetchAll(engine.raw->isPostgreSql()
                                                 ? "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                                                   " ORDER BY tablename"
                                                 : "SELECT name FROM sqlite_master WHERE type = 'table' AND name"
                                                   " NOT LIKE 'sqlite_%' ORDER BY name",
                                             {}, &tables, &columns);
    if (!listed)
        fail(QString::fromStdString(engine.raw->error()));
    // The bulk load is what the engine does best: constraints are not checked while it runs
    // (PostgreSQL: session_replication_role = replica, SQLite: foreign_keys = OFF).
    if (!target->exec(target->isPostgreSql() ? "SET session_replication_role = replica" : "PRAGMA foreign_keys = OFF"))
        fail(QString::fromStdString(target->error()));
    double loadSeconds = 0;
    std::int64_t loadedRows = 0;
    QJsonObject perTable;
    for (const RawDb::Row& row : tables) {
        const std::string table = *row[0];
        if (count(*target, table) > 0) // the schema's own rows (migrations, settings)
            continue;
        // The stored columns (generated ones are computed by the engine).
        std::vector<RawDb::Row> stored;
        if (!engine.raw->fetchAll(engine.raw->isPostgreSql()
                                      ? "SELECT column_name FROM information_schema.columns WHERE table_schema ="
                                        " 'public' AND table_name = ? AND is_generated = 'NEVER' ORDER BY"
                                        " ordinal_position"
                                      : "SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0",
                                  {table}, &stored, &columns))
            fail(QString::fromStdString(engine.raw->error()));
        std::string select;
        bool hasId = false;
        for (const RawDb::Row& column : stored) {
            select += (select.empty() ? "" : ", ") + RawDb::quoted(*column[0]);
            hasId = hasId || *column[0] == "id";
        }
        // In slices of the id (10 million accounts make 25 million login attempts: one table at
        // once does not fit in memory); each slice is one bulk load, and only the loads are timed.
        // Identifiers cannot be bound: they come from the catalogue, quoted; the values are bound.
        constexpr std::int64_t Slice = 250000;
        const std::string all = "SELECT " + select + " FROM " + RawDb::quoted(table);
        const std::string slice = all + " WHERE id > ? ORDER BY id LIMIT ?";
        std::int64_t after = std::numeric_limits<std::int64_t>::min();
        std::int64_t tableRows = 0;
        for (;;) {
            std::vector<RawDb::Row> rows;
            const bool read = hasId
                ? engine.raw->fetchAll(slice, {RawDb::Value(after), RawDb::Value(Slice)}, &rows, &columns)
                : engine.raw->fetchAll(all, {}, &rows, &columns);
            if (!read)
                fail(QString::fromStdString(engine.raw->error()));
            if (rows.empty())
                break;
            QElapsedTimer timer;
            timer.start();
            if (!target->bulkLoad(table, columns, rows))
                fail(QStringLiteral("bulk load: ") + QString::fromStdString(target->error()));
            loadSeconds += static_cast<double>(timer.nsecsElapsed()) / 1e9;
            tableRows += static_cast<std::int64_t>(rows.size());
            if (!hasId || static_cast<std::int64_t>(rows.size()) < Slice)
                break;
            const auto idColumn = std::find(columns.begin(), columns.end(), std::string("id"));
            after = std::stoll(*rows.back()[static_cast<std::size_t>(idColumn - columns.begin())]);
        }
        if (tableRows == 0)
            continue;
        loadedRows += tableRows;
        perTable.insert(QString::fromStdString(table), static_cast<qint64>(tableRows));
    }
    return QJsonObject{{QStringLiteral("ok"), true},
                       {QStringLiteral("accounts"), engine.seededAccounts},
                       {QStringLiteral("seeder_seconds"), engine.seedSeconds},
                       {QStringLiteral("raw_load_seconds"), loadSeconds},
                       {QStringLiteral("rows"), static_cast<qint64>(loadedRows)},
                       {QStringLiteral("rows_per_table"), perTable},
                       {QStringLiteral("ratio"), loadSeconds > 0 ? engine.seedSeconds / loadSeconds : 0.0},
                       {QStringLiteral("target_ratio"), 2.0}};
}

} // namespace Bench
