// guichet-bench: the model against the engines' own C APIs, on SQLite and PostgreSQL, on a
// database seeded by the demo seeder. Prints a table; --json FILE writes every figure with the
// machine. See --help and README.md ("Benchmarks"). Not a test: only --smoke runs under CTest,
// and it asserts that every section ran and that no audited action was lost, never a time.
#include "Bench.h"

#include "agents/AgentAuthService.h"
#include "core/BuildInfo.h"
#include "core/PasswordHasher.h"
#include "db/DatabaseUrl.h"
#include "db/Migrator.h"
#include "db/SqlQuery.h"
#include "demo/DemoSeeder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace Bench {

Percentiles percentiles(std::vector<double> values)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) {
        return values.at(std::min(values.size() - 1, std::size_t(q * values.size())));
    };
    return {at(0.50), at(0.95)};
}

void fail(const QString& what)
{
    std::fprintf(stderr, "guichet-bench: %s\n", qPrintable(what));
    std::exit(1);
}

QString sqlAgentColumns(bool postgresql)
{
    // AgentRepository's columns.
    return QStringLiteral("id, login, display_name, role, active, failed_logins, first_failed_at, locked_until, "
                          "version, ")
        + (postgresql ? QStringLiteral("guichet_agent_password_hash(login) AS password_hash")
                      : QStringLiteral("password_hash"));
}

Result<AgentSession> signIn(Engine& engine, const QString& login, int workstation)
{
    AgentAuthService auth(*engine.database);
    return auth.signIn(login, engine.agentPassword, QStringLiteral("bench-%1").arg(workstation));
}

} // namespace Bench

using namespace Bench;

namespace {

QString firstLine(const QString& path, const QByteArray& prefix)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return {};
}

QJsonObject machine()
{
    return {{QStringLiteral("cpu"), firstLine(QStringLiteral("/proc/cpuinfo"), "model name")},
            {QStringLiteral("cores"), QThread::idealThreadCount()},
            {QStringLiteral("ram"), firstLine(QStringLiteral("/proc/meminfo"), "MemTotal")},
            {QStringLiteral("os"), QSysInfo::prettyProductName()},
            {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
            {QStringLiteral("guichet"), BuildInfo::version()}};
}

std::unique_ptr<RawDb> openRaw(const QString& url)
{
    std::string error;
    std::unique_ptr<RawDb> raw = RawDb::open(url.toStdString(), &error);
    if (!raw)
        fail(QStringLiteral("cannot open ") + DatabaseUrl::parse(url).toString() + QStringLiteral(": ")
             + QString::fromStdString(error));
    return raw;
}

void migrate(const QString& url)
{
    Database database(DatabaseUrl::parse(url));
    const Result<int> version = Migrator(database).migrate();
    if (!version)
        fail(QStringLiteral("migrate: ") + version.error().detail());
}

// A fresh engine: the seeded database (timed seeder) and an empty one for the raw load.
void prepare(Engine& engine, const Options& options)
{
    migrate(engine.url);
    migrate(engine.scratchUrl);
    engine.database = std::make_unique<Database>(DatabaseUrl::parse(engine.url));
    DemoSeeder::Options seed;
    seed.accounts = options.accounts;
    QElapsedTimer timer;
    timer.start();
    const Result<DemoSeeder::Report> report = DemoSeeder(*engine.database).run(seed);
    engine.seedSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!report)
        fail(QStringLiteral("seed: ") + report.error().detail());
    engine.seededAccounts = report->accounts;
    engine.raw = openRaw(engine.url);
}

void addAgents(Engine& engine)
{
    engine.agentPassword = QStringLiteral("Guichet-Bench-1");
    AgentAuthService auth(*engine.database);
    if (!auth.addAgent(AgentSession(), AgentLogin, QStringLiteral("Bench Agent"), Agent::Role::Agent,
                       engine.agentPassword))
        fail(QStringLiteral("cannot add the bench agent"));
    if (!auth.addAgent(AgentSession(), SupervisorLogin, QStringLiteral("Bench Supervisor"), Agent::Role::Supervisor,
                       engine.agentPassword))
        fail(QStringLiteral("cannot add the bench supervisor"));
    QSqlDatabase db = engine.database->connection().value();
    SqlQuery query(db);
    if (Error e
        = query.exec(QStringLiteral("SELECT p.nir AS nir FROM persons p JOIN accounts a ON a.person_id = p.id")))
        fail(e.detail());
    while (query.next())
        engine.nirs << query.value(QStringLiteral("nir")).toString();
    if (engine.nirs.isEmpty())
        fail(QStringLiteral("the seed made no account"));
}

// after(result so far): called once each section is measured, so that a run stopped late keeps
// what it measured.
QJsonObject runEngine(Engine& engine, const Options& options, const std::function<void(const QJsonObject&)>& after)
{
    std::fprintf(stderr, "== %s: seeding %d accounts\n", qPrintable(engine.name), options.accounts);
    prepare(engine, options);
    QJsonObject result{{QStringLiteral("version"), QString::fromStdString(engine.raw->version())}};
    const auto section = [&](const QString& name, const std::function<QJsonObject()>& run) {
        if (!options.runs(name))
            return;
        std::fprintf(stderr, "== %s: %s\n", qPrintable(engine.name), qPrintable(name));
        const QJsonObject figures = run();
        result.insert(name, figures);
        std::fprintf(stderr, "== %s: %s measured: %s\n", qPrintable(engine.name), qPrintable(name),
                     QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
        after(result);
    };
    section(QStringLiteral("seeding"), [&] { return seeding(engine, options); });
    addAgents(engine);
    section(QStringLiteral("lookup"), [&] { return lookup(engine, options); });
    section(QStringLiteral("desk"), [&] { return desk(engine, options); });
    section(QStringLiteral("actions"), [&] {
        return actions(engine, options,
                       engine.name == QLatin1String("sqlite") ? options.sqliteThreads : options.threads);
    });
    section(QStringLiteral("history"), [&] { return history(engine, options); });
    if (engine.name == QLatin1String("sqlite"))
        section(QStringLiteral("desktop"), [&] { return desktop(engine, options); });
    engine.raw.reset();
    engine.database.reset();
    return result;
}

void printTable(const QJsonObject& engines)
{
    std::printf("%-11s %-42s %12s %14s %10s\n", "engine", "measure", "model", "raw", "ratio");
    const auto line
        = [](const QString& engine, const QString& what, const QString& a, const QString& b, const QString& c) {
              std::printf("%-11s %-42s %12s %14s %10s\n", qPrintable(engine), qPrintable(what), qPrintable(a),
                          qPrintable(b), qPrintable(c));
          };
    const auto num = [](double v, int decimals = 1) {
        return QString::number(v, 'f', decimals);
    };
    for (auto it = engines.constBegin(); it != engines.constEnd(); ++it) {
        const QString name = it.key();
        const QJsonObject e = it.value().toObject();
        for (const char* section : {"lookup", "desk"}) {
            const QJsonObject s = e.value(QLatin1String(section)).toObject();
            if (s.isEmpty()) // not asked for (--sections)
                continue;
            for (const char* p : {"p50", "p95"}) {
                const QString q = QLatin1String(p);
                line(name, QLatin1String(section) + QStringLiteral(" ") + q + QStringLiteral(" (us)"),
                     num(s.value(QStringLiteral("model_") + q + QStringLiteral("_us")).toDouble()),
                     num(s.value(QStringLiteral("raw_") + q + QStringLiteral("_us")).toDouble()),
                     num(s.value(QStringLiteral("ratio_") + q).toDouble(), 2) + QStringLiteral("x"));
            }
        }
        for (const QJsonValue& run :
             e.value(QStringLiteral("actions")).toObject().value(QStringLiteral("runs")).toArray()) {
            const QJsonObject r = run.toObject();
            const QJsonObject raw = r.value(QStringLiteral("raw")).toObject();
            const double model = r.value(QStringLiteral("actions_per_second")).toDouble();
            const double engine = raw.value(QStringLiteral("actions_per_second")).toDouble();
            const bool lost
                = !r.value(QStringLiteral("no_loss")).toBool() || !raw.value(QStringLiteral("no_loss")).toBool();
            line(name,
                 QStringLiteral("reissues/s, %1 threads (raw: engine)").arg(r.value(QStringLiteral("threads")).toInt()),
                 num(model), lost ? QStringLiteral("LOSS") : num(engine),
                 engine > 0 ? num(model / engine, 2) + QStringLiteral("x") : QStringLiteral("-"));
        }
        const QJsonObject h = e.value(QStringLiteral("history")).toObject();
        for (const QJsonValue& f : h.value(QStringLiteral("filters")).toArray()) {
            const QJsonObject o = f.toObject();
            line(name, QStringLiteral("history %1 (ms)").arg(o.value(QStringLiteral("filter")).toString()),
                 num(o.value(QStringLiteral("first_ms")).toDouble(), 2),
                 num(o.value(QStringLiteral("median_ms")).toDouble(), 2) + QStringLiteral(" med"),
                 QStringLiteral("%1 rows").arg(o.value(QStringLiteral("rows")).toInt()));
        }
        const QJsonObject s = e.value(QStringLiteral("seeding")).toObject();
        if (!s.isEmpty())
            line(name, QStringLiteral("seeding (s)"), num(s.value(QStringLiteral("seeder_seconds")).toDouble(), 2),
                 num(s.value(QStringLiteral("raw_load_seconds")).toDouble(), 2),
                 num(s.value(QStringLiteral("ratio")).toDouble(), 2) + QStringLiteral("x"));
        const QJsonObject d = e.value(QStringLiteral("desktop")).toObject();
        if (!d.isEmpty())
            line(name, QStringLiteral("cold start (ms) / idle RSS (MiB)"),
                 d.value(QStringLiteral("ok")).toBool()
                     ? num(d.value(QStringLiteral("cold_start_ms_median")).toDouble())
                     : QStringLiteral("failed"),
                 num(d.value(QStringLiteral("idle_rss_mib")).toDouble()), QString());
    }
}

// What --smoke asserts: every section asked for ran, and no audited action was lost.
bool complete(const QJsonObject& engines, const Options& options, QStringList* missing)
{
    for (auto it = engines.constBegin(); it != engines.constEnd(); ++it) {
        const QJsonObject e = it.value().toObject();
        QStringList sections{QStringLiteral("lookup"), QStringLiteral("desk"), QStringLiteral("actions"),
                             QStringLiteral("history"), QStringLiteral("seeding")};
        if (it.key() == QLatin1String("sqlite"))
            sections << QStringLiteral("desktop");
        for (const QString& section : sections) {
            if (options.runs(section) && !e.value(section).toObject().value(QStringLiteral("ok")).toBool())
                *missing << it.key() + QLatin1Char('.') + section;
        }
        if (!options.runs(QStringLiteral("actions")))
            continue;
        const QJsonObject actions = e.value(QStringLiteral("actions")).toObject();
        if (!actions.value(QStringLiteral("no_loss")).toBool())
            *missing << it.key() + QStringLiteral(".actions.no_loss");
        if (!actions.value(QStringLiteral("all_desks_set_up")).toBool())
            *missing << it.key() + QStringLiteral(".actions.all_desks_set_up");
    }
    return missing->isEmpty();
}

QList<int> parseThreads(const QString& text)
{
    QList<int> threads;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = part.trimmed().toInt(&ok);
        if (!ok || n < 1 || n > 1000)
            fail(QStringLiteral("--threads: a list of counts, such as 1,8,50,200"));
        threads << n;
    }
    return threads;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("guichet-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures the model against the engines' C APIs on a seeded database: lookup, desk path, audited "
        "actions per second (with the no-loss proof), lockout history pages, seeding, the desktop's cold start."));
    parser.addHelpOption();
    const QCommandLineOption engineOpt(QStringLiteral("engine"), QStringLiteral("sqlite, postgresql or both."),
                                       QStringLiteral("ENGINE"), QStringLiteral("both"));
    const QCommandLineOption pgOpt(QStringLiteral("pg-url"),
                                   QStringLiteral("A PostgreSQL server where the user may CREATE DATABASE. Default: "
                                                  "GUICHET_TEST_POSTGRESQL (set by with-postgresql.sh)."),
                                   QStringLiteral("URL"));
    const QCommandLineOption accountsOpt(QStringLiteral("accounts"), QStringLiteral("Accounts to seed (2000)."),
                                         QStringLiteral("N"));
    const QCommandLineOption roundsOpt(QStringLiteral("rounds"), QStringLiteral("Lookup rounds (2000)."),
                                       QStringLiteral("N"));
    const QCommandLineOption threadsOpt(QStringLiteral("threads"),
                                        QStringLiteral("Desks for the audited actions on PostgreSQL (1,8,50,200); "
                                                       "SQLite runs the counts up to 8."),
                                        QStringLiteral("LIST"));
    const QCommandLineOption secondsOpt(QStringLiteral("seconds"), QStringLiteral("Seconds per actions run (5)."),
                                        QStringLiteral("S"));
    const QCommandLineOption sectionsOpt(
        QStringLiteral("sections"),
        QStringLiteral("Only these sections, comma-separated: seeding, lookup, desk, actions, history, desktop."),
        QStringLiteral("LIST"));
    const QCommandLineOption smokeOpt(QStringLiteral("smoke"), QStringLiteral("A few seconds in all, small sizes."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Writes the figures to FILE."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption guichetOpt(QStringLiteral("guichet"),
                                        QStringLiteral("The desktop binary (default: ../../app/guichet from here)."),
                                        QStringLiteral("PATH"));
    parser.addOptions(
        {engineOpt, pgOpt, accountsOpt, roundsOpt, threadsOpt, secondsOpt, sectionsOpt, smokeOpt, jsonOpt, guichetOpt});
    parser.process(app);

    Options options;
    options.smoke = parser.isSet(smokeOpt);
    if (options.smoke) {
        options.accounts = 200;
        options.rounds = 40;
        options.threads = {1, 4};
        options.sqliteThreads = {1, 2};
        options.seconds = 0.5;
    }
    const QString engine = parser.value(engineOpt);
    if (engine == QLatin1String("both"))
        options.engines = {QStringLiteral("sqlite"), QStringLiteral("postgresql")};
    else if (engine == QLatin1String("sqlite") || engine == QLatin1String("postgresql"))
        options.engines = {engine};
    else
        fail(QStringLiteral("--engine: sqlite, postgresql or both"));
    if (parser.isSet(accountsOpt))
        options.accounts = parser.value(accountsOpt).toInt();
    if (parser.isSet(roundsOpt))
        options.rounds = parser.value(roundsOpt).toInt();
    if (parser.isSet(threadsOpt)) {
        options.threads = parseThreads(parser.value(threadsOpt));
        options.sqliteThreads.clear();
        for (int t : std::as_const(options.threads)) {
            if (t <= 8)
                options.sqliteThreads << t;
        }
    }
    if (parser.isSet(sectionsOpt)) {
        const QStringList known{QStringLiteral("seeding"), QStringLiteral("lookup"),  QStringLiteral("desk"),
                                QStringLiteral("actions"), QStringLiteral("history"), QStringLiteral("desktop")};
        options.sections = parser.value(sectionsOpt).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& name : std::as_const(options.sections)) {
            if (!known.contains(name))
                fail(QStringLiteral("--sections: ") + known.join(QStringLiteral(", ")));
        }
        if (options.smoke && !options.sections.isEmpty())
            fail(QStringLiteral("--smoke runs every section"));
    }
    if (parser.isSet(secondsOpt))
        options.seconds = parser.value(secondsOpt).toDouble();
    if (options.accounts < 10 || options.rounds < 1 || options.seconds <= 0)
        fail(QStringLiteral("--accounts (at least 10), --rounds and --seconds must be positive"));
    options.pgUrl = parser.isSet(pgOpt) ? parser.value(pgOpt) : qEnvironmentVariable("GUICHET_TEST_POSTGRESQL");
    options.guichet = parser.isSet(guichetOpt)
        ? parser.value(guichetOpt)
        : QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../../app/guichet"));
    options.json = parser.value(jsonOpt);
    if (!PasswordHasher::initialize())
        fail(QStringLiteral("libsodium did not start"));

    QJsonObject engines;
    QJsonObject versions;
    const QJsonObject host = machine();
    // Every figure so far, with the machine and the options: written after each section too.
    const auto everything = [&](const QJsonObject& measured) {
        QJsonObject withVersions = host;
        withVersions.insert(QStringLiteral("engines"), versions);
        return QJsonObject{{QStringLiteral("machine"), withVersions},
                           {QStringLiteral("options"),
                            QJsonObject{{QStringLiteral("accounts"), options.accounts},
                                        {QStringLiteral("rounds"), options.rounds},
                                        {QStringLiteral("seconds"), options.seconds},
                                        {QStringLiteral("smoke"), options.smoke}}},
                           {QStringLiteral("engines"), measured}};
    };
    const auto writeJson = [&](const QJsonObject& all) {
        if (options.json.isEmpty())
            return;
        QFile file(options.json);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(QJsonDocument(all).toJson()) < 0)
            fail(QStringLiteral("cannot write ") + options.json);
    };
    QTemporaryDir folder;
    for (const QString& name : std::as_const(options.engines)) {
        Engine e;
        e.name = name;
        std::unique_ptr<RawDb> server;
        QString pgName;
        if (name == QLatin1String("sqlite")) {
            e.url = QStringLiteral("sqlite:") + folder.filePath(QStringLiteral("bench.sqlite"));
            e.scratchUrl = QStringLiteral("sqlite:") + folder.filePath(QStringLiteral("raw.sqlite"));
        } else {
            if (options.pgUrl.isEmpty()) {
                const bool required
                    = !qEnvironmentVariableIsEmpty("CI") || !qEnvironmentVariableIsEmpty("GUICHET_REQUIRE_POSTGRESQL");
                std::fprintf(stderr, "guichet-bench: no PostgreSQL server (--pg-url or GUICHET_TEST_POSTGRESQL)\n");
                if (required)
                    return 1;
                continue;
            }
            server = openRaw(options.pgUrl);
            pgName = QStringLiteral("guichet_bench_%1").arg(QCoreApplication::applicationPid());
            for (const QString& db : QStringList{pgName, pgName + QStringLiteral("_raw")}) {
                server->exec("DROP DATABASE IF EXISTS " + db.toStdString());
                if (!server->exec("CREATE DATABASE " + db.toStdString() + " ENCODING 'UTF8' TEMPLATE template0"))
                    fail(QString::fromStdString(server->error()));
            }
            const DatabaseUrl base = DatabaseUrl::parse(options.pgUrl);
            e.url = base.withDatabaseName(pgName).toString();
            e.scratchUrl = base.withDatabaseName(pgName + QStringLiteral("_raw")).toString();
        }
        const QJsonObject result = runEngine(e, options, [&](const QJsonObject& soFar) {
            QJsonObject measured = engines;
            measured.insert(name, soFar);
            writeJson(everything(measured));
        });
        versions.insert(name, result.value(QStringLiteral("version")));
        engines.insert(name, result);
        if (server) {
            for (const QString& db : QStringList{pgName, pgName + QStringLiteral("_raw")})
                server->exec("DROP DATABASE IF EXISTS " + db.toStdString() + " WITH (FORCE)");
        }
    }
    const QJsonObject all = everything(engines);
    std::printf("machine: %s, %d cores, %s RAM\n", qPrintable(host.value(QStringLiteral("cpu")).toString()),
                host.value(QStringLiteral("cores")).toInt(), qPrintable(host.value(QStringLiteral("ram")).toString()));
    printTable(engines);
    writeJson(all);
    QStringList missing;
    if (!complete(engines, options, &missing)) {
        std::fprintf(stderr, "guichet-bench: incomplete: %s\n", qPrintable(missing.join(QStringLiteral(", "))));
        return 1;
    }
    return 0;
}
