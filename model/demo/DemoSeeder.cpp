#include "demo/DemoSeeder.h"

#include "accounts/AccountRepository.h"
#include "audit/AuditAction.h"
#include "core/BuildInfo.h"
#include "core/Logging.h"
#include "core/PasswordHasher.h"
#include "core/PasswordPolicy.h"
#include "core/PortalPolicy.h"
#include "core/SecretGenerator.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "demo/BulkInsert.h"
#include "demo/DemoDataGenerator.h"
#include "identity/CivilStatus.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QMutex>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrentMap>
#include <QtConcurrentRun>

#include <algorithm>

namespace {

constexpr qint64 Hour = 60 * 60 * 1000;
constexpr qint64 Day = 24 * Hour;
constexpr int PersonsPerBatch = 10000; // one transaction

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

// Like the portal's, but from the seed: the unambiguous alphabet, an upper-case letter, a
// lower-case letter and a digit.
QString temporaryPassword(QRandomGenerator& rng)
{
    const QString alphabet = SecretGenerator::unambiguousAlphabet();
    QString out;
    while (PasswordPolicy::classCount(out) < 3) {
        out.clear();
        for (int i = 0; i < PortalPolicy::TemporaryPasswordLength; ++i)
            out += alphabet.at(rng.bounded(alphabet.size()));
    }
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
    clear.insert(clear.size(), AnswerHashes, CivilStatus::fold(secrets.secretAnswer)); // as the portal compares it
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

// The secrets of a seed are a function of it (but for the salts): hashed once per process, which
// spares a second of Argon2id to every run after the first (tests seed many databases).
Result<Secrets> secretsFor(quint64 seed)
{
    static QMutex mutex;
    static QHash<quint64, Secrets> known;
    const QMutexLocker locker(&mutex);
    if (const auto found = known.constFind(seed); found != known.cend())
        return found.value();
    Result<Secrets> made = makeSecrets(seed);
    if (made)
        known.insert(seed, made.value());
    return made;
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

// SQLite, for a bulk load: statement journals (multi-row INSERTs need them) in memory, a page cache
// of 256 MiB, two sorter threads for the index builds, and no foreign-key lookups (~10 % of the
// time; the rows are generated consistent, tst_demoseeder joins them). Returns the settings to
// put back. PostgreSQL keeps its checks.
using Pragmas = QList<std::pair<QLatin1String, int>>;

Pragmas tuneForBulkLoad(QSqlDatabase& db)
{
    Pragmas previous;
    for (const auto& [name, value] : Pragmas{{QLatin1String("temp_store"), 2 /* MEMORY */},
                                             {QLatin1String("cache_size"), -262144},
                                             {QLatin1String("threads"), 2},
                                             {QLatin1String("foreign_keys"), 0}}) {
        QSqlQuery query(db);
        bool ok = false;
        const int old = query.exec(QLatin1String("PRAGMA ") + name) && query.next() ? query.value(0).toInt(&ok) : 0;
        // PRAGMA takes no bound value: integers only, from this list or from the engine.
        if (ok && query.exec(QLatin1String("PRAGMA ") + name + QLatin1String(" = ") + QString::number(value)))
            previous.append({name, old});
        else
            qCWarning(lcSeed) << "cannot tune SQLite for the bulk load:" << name;
    }
    return previous;
}

void restorePragmas(QSqlDatabase& db, const Pragmas& previous)
{
    for (const auto& [name, value] : previous) {
        QSqlQuery query(db);
        if (!query.exec(QLatin1String("PRAGMA ") + name + QLatin1String(" = ") + QString::number(value)))
            qCWarning(lcSeed) << "cannot restore the SQLite setting" << name;
    }
}

// The batch's rows, and the rows that copy its persons (see DemoDataGenerator::Batch).
Error writeBatch(QSqlDatabase& db, const SqlDialect& dialect, const DemoDataGenerator::Batch& batch)
{
    BulkInsert bulk(db, dialect);
    if (Error error = bulk.insert(batch.tables[0])) // persons first
        return error;
    for (const char* copy :
         {"INSERT INTO person_nir_history (id, person_id, nir, valid_from, change_reason)"
          " SELECT id, id, nir, created_at, 'created' FROM persons WHERE id BETWEEN ? AND ?",
          "INSERT INTO national_register (id, nir, sex, last_name, first_names, birth_date, birth_place, reference,"
          " created_at) SELECT id, nir, sex, last_name, first_names, birth_date, birth_place, certification_ref,"
          " created_at FROM persons WHERE id BETWEEN ? AND ? AND certified"}) {
        QSqlQuery query(db);
        if (!query.prepare(QString::fromLatin1(copy)))
            return SqlQuery::toError(dialect, query.lastError());
        query.bindValue(0, batch.firstPersonId);
        query.bindValue(1, batch.lastPersonId);
        if (!query.exec())
            return SqlQuery::toError(dialect, query.lastError());
    }
    for (std::size_t i = 1; i < batch.tables.size(); ++i) {
        if (Error error = bulk.insert(batch.tables[i]))
            return error;
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
    return BulkInsert(db, dialect)
        .insert({QLatin1String("agents"),
                 QLatin1String("id, login, display_name, role, password_hash, active, failed_logins,"
                               " last_login_at, version, created_at"),
                 QLatin1String("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), rows});
}

// Indexes whose keys come in random order here (names, e-mail addresses, instants): they are
// dropped for the load and built again at the end from the definitions the database gives,
// which is many times faster than keeping them up to date row by row. The other indexes stay:
// ids, NIRs and register references are written in order, so those indexes only grow at their
// end. None of the deferred indexes is unique. A name missing from the schema is skipped.
struct DeferredIndex
{
    QString name, definition;
};

Result<QList<DeferredIndex>> deferrableIndexes(QSqlDatabase& db, const SqlDialect& dialect)
{
    const QString sql = dialect.isPostgreSql()
        ? QStringLiteral("SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i"
                         " JOIN pg_class c ON c.oid = i.indexrelid WHERE NOT i.indisunique"
                         " AND c.relnamespace = current_schema()::regnamespace AND c.relname = ?")
        : QStringLiteral("SELECT m.name, m.sql FROM sqlite_master m JOIN pragma_index_list(m.tbl_name) l"
                         " ON l.name = m.name WHERE m.type = 'index' AND l.\"unique\" = 0 AND m.name = ?");
    QList<DeferredIndex> indexes;
    for (const char* name :
         {"persons_last_name_idx", "accounts_email_idx", "accounts_temp_expiry_idx", "login_attempts_time_idx",
          "lockout_events_time_idx", "lockout_events_closed_time_idx", "lockout_events_unlocked_by_idx",
          "lockout_events_unlocked_at_idx", "lockout_events_repeat_time_idx", "lockout_events_repeat_unlocked_idx",
          "lockout_events_repeat_failed_idx", "lockout_events_repeat_agent_idx"}) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return SqlQuery::toError(dialect, query.lastError());
        query.bindValue(0, QString::fromLatin1(name));
        if (!query.exec())
            return SqlQuery::toError(dialect, query.lastError());
        if (query.next() && !query.value(1).toString().isEmpty())
            indexes.append({query.value(0).toString(), query.value(1).toString()});
    }
    return indexes;
}

Error dropIndexes(QSqlDatabase& db, const SqlDialect& dialect, const QList<DeferredIndex>& indexes)
{
    for (const DeferredIndex& index : indexes) {
        QSqlQuery query(db);
        // A name from the database's catalog, quoted by the driver.
        if (!query.exec(QLatin1String("DROP INDEX ")
                        + db.driver()->escapeIdentifier(index.name, QSqlDriver::TableName)))
            return SqlQuery::toError(dialect, query.lastError());
    }
    return {};
}

Error buildIndexes(QSqlDatabase& db, const SqlDialect& dialect, const QList<DeferredIndex>& indexes)
{
    for (const DeferredIndex& index : indexes) {
        QSqlQuery query(db);
        if (!query.exec(index.definition)) // the statement the database gave for it
            return SqlQuery::toError(dialect, query.lastError());
    }
    return {};
}

// The demo's past unlocks in the audit trail too, as the desks would have written them (who,
// when, why), appended in time order after what the trail already holds, unsealed like any new
// event: the supervisor's desk then shows who unlocked what on the demo data, and once the
// sequencer has sealed them (guichetctl audit sequencer run) the trail verifies.
Result<int> writeUnlockAudit(QSqlDatabase& db, const SqlDialect& dialect)
{
    // One statement: the rows AuditLog::appendAt would write for each unlock (empty pre-seal hash
    // columns, for the sequencer to seal), in the order of the unlocks.
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO audit_events (occurred_at, agent_id, agent_login, agent_role, workstation, action,"
            " account_id, call_id, reason, outcome, app_version, prev_hash, hash)"
            " SELECT e.unlocked_at, a.id, a.login, a.role, ?, ?, e.account_id, NULL, e.unlock_reason, ?, ?, '', ''"
            " FROM lockout_events e JOIN agents a ON a.id = e.unlocked_by"
            " WHERE e.unlocked_at IS NOT NULL ORDER BY e.unlocked_at, e.id")))
        return SqlQuery::toError(dialect, insert.lastError());
    insert.bindValue(0, QStringLiteral("demo"));
    insert.bindValue(1, AuditActions::code(AuditAction::Unlock));
    insert.bindValue(2, AuditActions::code(AuditOutcome::Ok));
    insert.bindValue(3, BuildInfo::version());
    if (!insert.exec())
        return SqlQuery::toError(dialect, insert.lastError());
    return insert.numRowsAffected();
}

// Explicit ids do not move PostgreSQL's identity sequences: put them after the last id.
Error advanceSequences(QSqlDatabase& db)
{
    for (const char* table : {"persons", "person_nir_history", "national_register", "agents", "accounts"}) {
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
    QSqlDatabase session = connection.value();
    const Pragmas previous = dialect.isPostgreSql() ? Pragmas() : tuneForBulkLoad(session);
    const auto restore = qScopeGuard([&session, &previous] { restorePragmas(session, previous); });
    const Result<Secrets> secrets = secretsFor(options.seed);
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
    QList<DeferredIndex> deferred;
    if (Error error = m_database.write([&](QSqlDatabase& db) -> Error {
            if (Error notEmpty = checkEmpty(db))
                return notEmpty;
            Result<QList<DeferredIndex>> indexes = deferrableIndexes(db, dialect);
            if (!indexes)
                return indexes.error();
            deferred = indexes.value();
            if (Error dropped = dropIndexes(db, dialect, deferred))
                return dropped;
            return writeAgents(db, dialect, secrets.value(), now);
        }))
        return error;
    // From here on, a failure still builds the indexes again (what was written stays).
    const auto giveUp = [&](const Error& error) {
        qCWarning(lcSeed) << "demo data stopped after" << report.persons << "persons:" << error.detail();
        if (Error rebuilt = m_database.write([&](QSqlDatabase& db) { return buildIndexes(db, dialect, deferred); }))
            qCWarning(lcSeed) << "indexes not rebuilt:" << rebuilt.detail();
        return error;
    };

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
            error = m_database.write([&](QSqlDatabase& db) { return writeBatch(db, dialect, batch); });
        }
        if (error) {
            next.waitForFinished();
            return giveUp(error);
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
        if (progress && report.accounts < options.accounts)
            progress(report.accounts, options.accounts);
    }
    const qint64 loadMs = timer.elapsed();
    if (Error error = m_database.write([&](QSqlDatabase& db) -> Error {
            if (Error built = buildIndexes(db, dialect, deferred))
                return built;
            if (Error advanced = dialect.isPostgreSql() ? advanceSequences(db) : Error())
                return advanced;
            const Result<int> audited = writeUnlockAudit(db, dialect);
            if (!audited)
                return audited.error();
            report.auditedUnlocks = audited.value();
            return Error();
        }))
        return giveUp(error);
    if (progress)
        progress(report.accounts, options.accounts);
    for (const Account::State state :
         {Account::State::Active, Account::State::Locked, Account::State::PendingActivation,
          Account::State::TemporaryExpired, Account::State::NoAccount})
        report.accountsByState.insert(Account::stateName(state), states[static_cast<std::size_t>(state)]);

    qCInfo(lcSeed) << "demo data:" << report.persons << "persons," << report.accounts << "accounts,"
                   << report.loginAttempts << "login attempts," << report.lockouts << "lockouts in" << timer.elapsed()
                   << "ms (hashing" << hashingMs << "ms, indexes" << timer.elapsed() - loadMs << "ms)";
    return report;
}
