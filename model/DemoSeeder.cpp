#include "DemoSeeder.h"

#include "AccountRepository.h"
#include "Database.h"
#include "DemoDataGenerator.h"
#include "Logging.h"
#include "PasswordHasher.h"
#include "SqlQuery.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrentMap>
#include <QtConcurrentRun>

#include <algorithm>

namespace {

constexpr qint64 Hour = 60 * 60 * 1000;
constexpr qint64 Day = 24 * Hour;
constexpr int PersonsPerBatch = 10000; // one transaction
const qsizetype RowsPerStatement = qEnvironmentVariableIsSet("RPS") ? qEnvironmentVariableIntValue("RPS") : 64;

// clang-format off
constexpr QStringView PasswordWords[] = {u"Mimosa", u"Lavande", u"Tilleul", u"Glycine", u"Cerisier", u"Romarin",
    u"Platane", u"Pivoine", u"Jasmin", u"Muguet", u"Capucine", u"Verveine", u"Noisetier", u"Bruyere", u"Amandier",
    u"Magnolia"};
constexpr QStringView Answers[] = {u"tournesol", u"marmotte", u"baobab", u"cigale", u"hirondelle", u"castor"};

struct AgentSpec
{
    QStringView login;
    QStringView name;
    QStringView role;
};
constexpr AgentSpec Agents[] = {{u"croussel", u"Camille Roussel", u"agent"}, {u"ybenali", u"Yanis Benali", u"agent"},
    {u"lfontaine", u"Léa Fontaine", u"agent"}, {u"slemaire", u"Sophie Lemaire-Dubois", u"supervisor"},
    {u"khaddad", u"Karim Haddad", u"supervisor"}, {u"hlegoff", u"Hervé Le Goff", u"admin"},
    {u"ichevalier", u"Inès Chevalier", u"admin"}};
// clang-format on
constexpr int Unlockers = 5; // agents 1–5 (agents and supervisors) unlock accounts
constexpr int AccountHashes = 4, TemporaryHashes = 2, AnswerHashes = 2;

template <typename T, std::size_t N> constexpr int sizeOf(const T (&)[N])
{
    return static_cast<int>(N);
}

template <typename T, std::size_t N> const T& pick(QRandomGenerator& rng, const T (&table)[N])
{
    return table[rng.bounded(static_cast<quint32>(N))];
}

// A few demo secrets, generated from the seed, and their Argon2id hashes.
struct Secrets
{
    QString accountPassword, temporaryPassword, secretAnswer;
    QStringList agentPasswords, agentHashes;
    DemoDataGenerator::Hashes accountHashes;
};

QString wordPassword(QRandomGenerator& rng)
{
    constexpr QStringView Separators = u"-!#*+";
    return pick(rng, PasswordWords).toString() + Separators[rng.bounded(Separators.size())]
        + QString::number(rng.bounded(1000, 10000));
}

QString temporaryPassword(QRandomGenerator& rng)
{
    // Unambiguous characters (no 0/O, 1/l/I): upper case [0, 24), lower case [24, 49), digits [49, 57).
    constexpr QStringView All = u"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString out;
    out += All[rng.bounded(0, 24)];
    out += All[rng.bounded(24, 49)];
    out += All[rng.bounded(49, 57)];
    while (out.size() < 14)
        out += All[rng.bounded(All.size())];
    return out;
}

QString hashOne(const QString& secret)
{
    return PasswordHasher::hash(secret);
}

Result<Secrets> makeSecrets(quint64 seed)
{
    QRandomGenerator rng = DemoDataGenerator::generatorFor(seed, 0x5EC2E7);
    Secrets secrets;
    secrets.accountPassword = wordPassword(rng);
    secrets.temporaryPassword = temporaryPassword(rng);
    secrets.secretAnswer = pick(rng, Answers).toString();
    for (int i = 0; i < sizeOf(Agents); ++i)
        secrets.agentPasswords.append(wordPassword(rng));
    QStringList clear;
    clear.insert(0, AccountHashes, secrets.accountPassword);
    clear.insert(clear.size(), TemporaryHashes, secrets.temporaryPassword);
    clear.insert(clear.size(), AnswerHashes, secrets.secretAnswer);
    clear += secrets.agentPasswords;
    // About 0.1 s each: on every core.
    const QStringList hashes = QtConcurrent::blockingMapped<QStringList>(clear, hashOne);
    if (hashes.size() != clear.size() || hashes.contains(QString()))
        return Error(ErrorCode::DatabaseError, QStringLiteral("Argon2id hashing failed"));
    secrets.accountHashes.password = hashes.mid(0, AccountHashes);
    secrets.accountHashes.temporary = hashes.mid(AccountHashes, TemporaryHashes);
    secrets.accountHashes.answer = hashes.mid(AccountHashes + TemporaryHashes, AnswerHashes);
    secrets.agentHashes = hashes.mid(AccountHashes + TemporaryHashes + AnswerHashes);
    return secrets;
}

// Inserts flattened rows with multi-row INSERTs of up to RowsPerStatement rows, each statement
// prepared once (one round trip per statement on PostgreSQL). Only placeholders go into the SQL.
Error insertRows(QSqlDatabase& db, const SqlDialect& dialect, const DemoDataGenerator::Rows& table)
{
    const QList<QVariant>& values = table.values;
    const qsizetype columns = std::count(table.columns.begin(), table.columns.end(), ',') + 1;
    const qsizetype rows = values.size() / columns;
    const QString row = QLatin1Char('(') + QStringLiteral("?, ").repeated(columns - 1) + QLatin1String("?)");
    QSqlQuery query(db);
    qsizetype prepared = 0;
    for (qsizetype done = 0; done < rows;) {
        const qsizetype n = std::min(RowsPerStatement, rows - done);
        if (n != prepared) {
            const QString sql = QLatin1String("INSERT INTO ") + table.table + QLatin1String(" (") + table.columns
                + QLatin1String(") VALUES ") + QStringList(n, row).join(QLatin1String(", "));
            if (!query.prepare(sql))
                return SqlQuery::toError(dialect, query.lastError());
            prepared = n;
        }
        const qsizetype first = done * columns;
        for (qsizetype i = 0; i < n * columns; ++i)
            query.bindValue(static_cast<int>(i), values.at(first + i));
        if (!query.exec())
            return SqlQuery::toError(dialect, query.lastError());
        done += n;
    }
    return {};
}

Error checkEmpty(QSqlDatabase& db)
{
    for (const char* statement : {"SELECT 1 FROM persons LIMIT 1", "SELECT 1 FROM national_register LIMIT 1",
                                  "SELECT 1 FROM agents LIMIT 1", "SELECT 1 FROM accounts LIMIT 1"}) {
        SqlQuery query(db);
        if (Error error = query.exec(QString::fromLatin1(statement)))
            return error;
        if (query.next())
            return Error(ErrorCode::Duplicate, QStringLiteral("demo data needs an empty database"));
    }
    return {};
}

Error writeAgents(QSqlDatabase& db, const SqlDialect& dialect, const Secrets& secrets, qint64 now)
{
    QList<QVariant> rows;
    for (int i = 0; i < sizeOf(Agents); ++i) {
        const AgentSpec& agent = Agents[i];
        rows << qint64(i + 1) << agent.login.toString() << agent.name.toString() << agent.role.toString()
             << secrets.agentHashes.at(i) << true << 0
             << dialect.toSql(QDateTime::fromMSecsSinceEpoch(now - (i + 1) * 7 * Hour, Qt::UTC)) << 1
             << dialect.toSql(QDateTime::fromMSecsSinceEpoch(now - (400 + 30 * i) * Day, Qt::UTC));
    }
    return insertRows(db, dialect,
                      {QLatin1String("agents"),
                       QLatin1String("id, login, display_name, role, password_hash, active, failed_logins,"
                                     " last_login_at, version, created_at"),
                       rows});
}

// Explicit ids do not move PostgreSQL's identity sequences: put them after the last id.
Error advanceSequences(QSqlDatabase& db)
{
    for (const char* table : {"persons", "person_nir_history", "national_register", "agents", "accounts",
                              "login_attempts", "lockout_events"}) {
        const QString name = QString::fromLatin1(table); // from this fixed list only
        SqlQuery query(db);
        if (Error error = query.exec(QLatin1String("SELECT setval(pg_get_serial_sequence('") + name
                                     + QLatin1String("', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM ") + name
                                     + QLatin1String("), false)")))
            return error;
    }
    return {};
}

} // namespace

DemoSeeder::DemoSeeder(Database& database) : m_database(database)
{ }

Result<DemoSeeder::Report> DemoSeeder::run(const Options& options,
                                           const std::function<void(int done, int total)>& progress)
{
    if (options.accounts < 1 || !options.now.isValid())
        return Error(ErrorCode::InvalidInput, QStringLiteral("seed-demo needs at least one account and a valid time"));
    QElapsedTimer timer;
    timer.start();
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    if (Error error = checkEmpty(connection.value())) // fail before spending a second on hashes
        return error;
    const SqlDialect dialect = m_database.dialect();
    const Result<Secrets> secrets = makeSecrets(options.seed);
    if (!secrets)
        return secrets.error();
    const qint64 hashingMs = timer.elapsed();

    Report report;
    report.demoAccountPassword = secrets->accountPassword;
    report.demoTemporaryPassword = secrets->temporaryPassword;
    report.demoSecretAnswer = secrets->secretAnswer;
    for (int i = 0; i < sizeOf(Agents); ++i) {
        report.agents.append({Agents[i].login.toString(), Agents[i].name.toString(), Agents[i].role.toString(),
                              secrets->agentPasswords.at(i)});
    }
    const qint64 now = options.now.toMSecsSinceEpoch();
    if (Error error = m_database.write([&](QSqlDatabase& db) -> Error {
            if (Error notEmpty = checkEmpty(db))
                return notEmpty;
            return writeAgents(db, dialect, secrets.value(), now);
        }))
        return error;

    // One thread generates the next batch while this one writes the current one.
    DemoDataGenerator generator(options.accounts, options.seed, options.now, dialect, secrets->accountHashes,
                                Unlockers);
    const int total = generator.personCount();
    const auto generate = [&generator, total](int from) {
        return QtConcurrent::run(
            [&generator, from, total] { return generator.generate(from, std::min(total, from + PersonsPerBatch)); });
    };
    std::array<int, 5> states{};
    if (progress)
        progress(0, options.accounts);
    QFuture<DemoDataGenerator::Batch> next = generate(0);
    for (int from = 0; from < total; from += PersonsPerBatch) {
        const DemoDataGenerator::Batch batch = next.result();
        if (from + PersonsPerBatch < total)
            next = generate(from + PersonsPerBatch);
        Error error = batch.error;
        if (!error) {
            error = m_database.write([&](QSqlDatabase& db) -> Error {
                for (const DemoDataGenerator::Rows& rows : batch.tables) {
                    if (Error failed = insertRows(db, dialect, rows))
                        return failed;
                }
                return {};
            });
        }
        if (error) {
            next.waitForFinished();
            qCWarning(lcSeed) << "demo data stopped after" << report.persons << "persons:" << error.detail();
            return error;
        }
        report.persons += batch.persons;
        report.accounts += batch.accounts;
        report.registerEntries += batch.registerEntries;
        report.loginAttempts += batch.loginAttempts;
        report.lockouts += batch.lockouts;
        report.openLockouts += batch.openLockouts;
        report.uncertifiedPersons += batch.uncertified;
        for (std::size_t i = 0; i < states.size(); ++i)
            states[i] += batch.states[i];
        if (progress)
            progress(report.accounts, options.accounts);
    }
    if (dialect.isPostgreSql()) {
        if (Error error = m_database.write(advanceSequences))
            return error;
    }
    for (const Account::State state :
         {Account::State::Active, Account::State::Locked, Account::State::PendingActivation,
          Account::State::TemporaryExpired, Account::State::NoAccount})
        report.accountsByState.insert(Account::stateName(state), states[static_cast<std::size_t>(state)]);

    qCInfo(lcSeed) << "demo data:" << report.persons << "persons," << report.accounts << "accounts,"
                   << report.loginAttempts << "login attempts," << report.lockouts << "lockouts in" << timer.elapsed()
                   << "ms (hashing" << hashingMs << "ms)";
    return report;
}
