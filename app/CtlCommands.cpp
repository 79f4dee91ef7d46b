#include "CtlCommands.h"

#include "AppContext.h"
#include "CtlAdminCommands.h"
#include "CtlAuditCommands.h"
#include "CtlCommandTable.h"
#include "CtlDeskCommands.h"
#include "CtlHelpText.h"
#include "CtlHistoryCommands.h"
#include "CtlMailerCommands.h"
#include "CtlOutput.h"
#include "CtlPortalCommands.h"
#include "CtlProfileCommands.h"
#include "CtlSignIn.h"
#include "PasswordFile.h"
#include "db/Migrator.h"
#include "demo/DemoSeeder.h"
#include "identity/CivilStatus.h"
#include "identity/IdentityService.h"
#include "identity/Nir.h"
#include "profiles/ConnectionChoice.h"
#include "secrets/KeychainSecretStore.h"
#include "text/ErrorText.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <cstdio>

namespace {

const QString optDatabase = QStringLiteral("database");
const QString optProfile = QStringLiteral("profile");
const QString optDatabasePasswordFile = QStringLiteral("database-password-file");
const QString optReadsDatabase = QStringLiteral("reads-database");
const QString optNir = QStringLiteral("nir");
const QString optLastName = QStringLiteral("last-name");
const QString optFirstNames = QStringLiteral("first-names");
const QString optBirthDate = QStringLiteral("birth-date");
const QString optBirthPlace = QStringLiteral("birth-place");
const QString optUncertified = QStringLiteral("uncertified");
const QString optAccounts = QStringLiteral("accounts");
const QString optSeed = QStringLiteral("seed");

QJsonObject describe(const Nir& nir)
{
    return QJsonObject{
        {QStringLiteral("valid"), true},
        {QStringLiteral("nir"), nir.digits()},
        {QStringLiteral("formatted"), nir.formatted()},
        {QStringLiteral("sex"), nir.sex()},
        {QStringLiteral("birth_year"), nir.birthYear()},
        {QStringLiteral("birth_month"), nir.birthMonth()},
        {QStringLiteral("department"), nir.department()},
        {QStringLiteral("commune"), nir.commune()},
        {QStringLiteral("order"), nir.order()},
        {QStringLiteral("key"), nir.key()},
        {QStringLiteral("provisional"), nir.isProvisional()},
    };
}

} // namespace

CtlCommands::CtlCommands(QCommandLineParser& parser) : m_parser(parser)
{ }

CtlCommands::~CtlCommands() = default;

int CtlCommands::run(const QStringList& arguments)
{
    // main() has checked the command, its options and its number of arguments (CtlCommandTable).
    if (arguments.isEmpty())
        return CtlOutput::usage(tr("No command given."), CtlHelpText::overview());
    const QString command = arguments.first();
    const QString sub = arguments.value(1);

    if (command == QLatin1String("init") && arguments.size() == 1)
        return init(false);
    if (command == QLatin1String("migrate") && arguments.size() == 1)
        return init(true);
    if (command == QLatin1String("nir") && sub == QLatin1String("check"))
        return nirCheck(arguments.mid(2));
    if (command == QLatin1String("identity") && sub == QLatin1String("add") && arguments.size() == 2)
        return addIdentity(false);
    if (command == QLatin1String("register") && sub == QLatin1String("add") && arguments.size() == 2)
        return addIdentity(true);
    if (command == QLatin1String("seed-demo") && arguments.size() == 1)
        return seedDemo();
    if (command == QLatin1String("profile")) // the settings and the keychain, never the database
        return CtlProfileCommands(m_parser).run(arguments.mid(1));
    if (arguments == QStringList{QStringLiteral("audit"), QStringLiteral("key"), QStringLiteral("init")}) {
        // The key is made on this computer, never in the database: no database is opened.
        int exitCode = 0;
        if (!loadProfile(&exitCode))
            return exitCode;
        return CtlAuditCommands(m_parser, nullptr, m_profile ? &*m_profile : nullptr, m_secrets.get())
            .run(arguments.mid(1));
    }
    // Command groups with their own classes, all on the opened database.
    static const QStringList groups{QStringLiteral("portal"), QStringLiteral("desk"),  QStringLiteral("mailer"),
                                    QStringLiteral("agent"),  QStringLiteral("audit"), QStringLiteral("history"),
                                    QStringLiteral("purge")};
    if (groups.contains(command)) {
        int exitCode = 0;
        if (!openDatabase(&exitCode))
            return exitCode;
        const QStringList rest = arguments.mid(1);
        if (command == QLatin1String("portal"))
            return CtlPortalCommands(m_parser, *m_database).run(rest);
        if (command == QLatin1String("desk"))
            return CtlDeskCommands(m_parser, *m_database).run(rest);
        if (command == QLatin1String("mailer"))
            return CtlMailerCommands(m_parser, *m_database, m_profile ? &*m_profile : nullptr, m_secrets.get())
                .run(rest);
        if (command == QLatin1String("history")) {
            DatabaseUrl reads;
            if (!resolveReads(&reads, &exitCode))
                return exitCode;
            return CtlHistoryCommands(m_parser, *m_database, reads).runHistory(rest);
        }
        if (command == QLatin1String("purge"))
            return CtlHistoryCommands(m_parser, *m_database).runPurge(rest);
        if (command == QLatin1String("agent"))
            return CtlAdminCommands(m_parser, *m_database).runAgent(rest);
        if (rest.value(0) != QLatin1String("list"))
            return CtlAuditCommands(m_parser, m_database.get(), m_profile ? &*m_profile : nullptr, m_secrets.get())
                .run(rest);
        return CtlAdminCommands(m_parser, *m_database).runAudit(rest);
    }
    return CtlOutput::unknownCommand(arguments);
}

bool CtlCommands::loadProfile(int* exitCode)
{
    const QString name = ConnectionChoice::Request::fromEnvironment({}, m_parser.value(optProfile)).namedProfile();
    if (name.isEmpty())
        return true;
    m_profile = CtlProfileCommands::loadProfile(name, exitCode);
    if (!m_profile)
        return false;
    m_secrets = std::make_unique<KeychainSecretStore>();
    return true;
}

bool CtlCommands::resolveDatabase(DatabaseUrl* url, int* exitCode)
{
    if (!loadProfile(exitCode))
        return false;
    // ConnectionChoice's order, the same as the desk's (guichetctl has no profile "used last").
    const ConnectionChoice choice = ConnectionChoice::choose(
        ConnectionChoice::Request::fromEnvironment(m_parser.value(optDatabase), m_parser.value(optProfile)));
    *url = choice.isProfile() && m_profile ? m_profile->database : choice.url();
    if (!url->isValid()) {
        *exitCode = CtlOutput::usage(ErrorText::databaseUrl(choice.parseError()));
        return false;
    }
    if (m_parser.isSet(optDatabasePasswordFile)) {
        // A service's credential: the keychain is not asked (a system service has no session).
        const std::optional<QString> password = PasswordFile::read(m_parser.value(optDatabasePasswordFile));
        if (!password) {
            *exitCode = CtlOutput::refused(Error::codeName(ErrorCode::PasswordFileUnreadable),
                                           ErrorText::error(Error(ErrorCode::PasswordFileUnreadable)),
                                           {{QStringLiteral("option"), optDatabasePasswordFile}});
            return false;
        }
        if (url->engine() == DatabaseUrl::Engine::PostgreSql)
            url->setPassword(*password);
        return true;
    }
    if (!choice.isProfile() || !m_profile || url->engine() != DatabaseUrl::Engine::PostgreSql)
        return true; // an SQLite file has no password: the keychain is not even asked
    // NotFound: no password saved; libpq may still find one in PGPASSWORD or ~/.pgpass.
    const SecretStore::Result secret = m_secrets->readBlocking(m_profile->name, ConnectionProfile::DatabasePurpose);
    if (!secret.ok() && secret.failure != SecretStore::Failure::NotFound) {
        *exitCode = CtlProfileCommands::keychainFailure(secret.failure);
        return false;
    }
    url->setPassword(secret.secret);
    return true;
}

bool CtlCommands::resolveReads(DatabaseUrl* reads, int* exitCode)
{
    const DatabaseUrl primary = m_database->url();
    const bool postgres = primary.engine() == DatabaseUrl::Engine::PostgreSql;
    if (m_parser.isSet(optReadsDatabase)) {
        DatabaseUrl::ParseError urlError = DatabaseUrl::ParseError::None;
        *reads = DatabaseUrl::parse(m_parser.value(optReadsDatabase), &urlError);
        if (!reads->isValid()) {
            *exitCode = CtlOutput::usage(ErrorText::databaseUrl(urlError));
            return false;
        }
        if (!postgres || reads->engine() != DatabaseUrl::Engine::PostgreSql) {
            *exitCode = CtlOutput::usage(tr("--reads-database names a PostgreSQL streaming replica, for a PostgreSQL "
                                            "database only."));
            return false;
        }
        // Its password: the primary's for the same login (the standby has the same roles), else
        // libpq's (PGPASSWORD, ~/.pgpass).
        if (reads->userName() == primary.userName())
            reads->setPassword(primary.password());
        return true;
    }
    if (!postgres || !m_profile || !m_profile->reads.isValid() || m_profile->database.toString() != primary.toString())
        return true;
    *reads = m_profile->reads;
    const SecretStore::Result secret
        = m_secrets->readBlocking(m_profile->name, ConnectionProfile::ReadsDatabasePurpose);
    if (!secret.ok() && secret.failure != SecretStore::Failure::NotFound) {
        *exitCode = CtlProfileCommands::keychainFailure(secret.failure);
        return false;
    }
    reads->setPassword(!secret.secret.isEmpty()                      ? secret.secret
                           : reads->userName() == primary.userName() ? primary.password()
                                                                     : QString());
    return true;
}

bool CtlCommands::openDatabase(int* exitCode, Schema schema)
{
    DatabaseUrl url;
    if (!resolveDatabase(&url, exitCode))
        return false;
    // Only the owner's steps (init, migrate, seed-demo) create a missing SQLite file.
    m_database = std::make_unique<Database>(
        url, schema == Schema::Migrate ? Database::Creation::CreateIfMissing : Database::Creation::MustExist);
    Migrator migrator(*m_database);
    if (schema == Schema::Migrate) {
        const Result<int> previous = migrator.currentVersion();
        if (!previous) {
            *exitCode = refusedByModel(previous.error());
            return false;
        }
        m_previousSchemaVersion = previous.value();
    }
    const Result<int> version = schema == Schema::Migrate ? migrator.migrate() : migrator.openForUse();
    if (!version) {
        *exitCode = refusedByModel(version.error());
        return false;
    }
    m_schemaVersion = version.value();
    // The schema is checked with the URL's login; a command of an agent then runs as the agent's own
    // login where the database has them.
    return schema == Schema::Migrate || CtlSignIn::connectAsAgent(m_parser, &m_database, exitCode);
}

int CtlCommands::refusedByModel(const Error& error)
{
    return CtlOutput::refused(error);
}

int CtlCommands::init(bool reportPrevious)
{
    int exitCode = 0;
    if (!openDatabase(&exitCode, Schema::Migrate))
        return exitCode;
    QJsonObject out{{QStringLiteral("schema_version"), m_schemaVersion}};
    if (reportPrevious)
        out.insert(QStringLiteral("previous_version"), m_previousSchemaVersion);
    return CtlOutput::success(out);
}

int CtlCommands::nirCheck(const QStringList& arguments)
{
    if (arguments.size() != 1)
        return CtlOutput::usage(tr("nir check takes exactly one argument (quote a number typed with spaces)."));
    Nir::Error error = Nir::Error::None;
    qsizetype position = -1;
    const Nir nir = Nir::parse(arguments.first(), &error, &position);
    if (nir.isNull()) {
        QJsonObject out{{QStringLiteral("valid"), false}};
        if (position >= 0)
            out.insert(QStringLiteral("position"), static_cast<qint64>(position));
        return CtlOutput::refused(Nir::errorCode(error), ErrorText::nir(error), out);
    }
    return CtlOutput::success(describe(nir));
}

bool CtlCommands::readIdentity(Nir* nir, CivilStatus* civilStatus, int* exitCode)
{
    for (const QString& name : {optNir, optLastName, optFirstNames, optBirthDate, optBirthPlace}) {
        if (!m_parser.isSet(name)) {
            *exitCode = CtlOutput::usage(tr("The option --%1 is required.").arg(name));
            return false;
        }
    }
    Nir::Error nirError = Nir::Error::None;
    *nir = Nir::parse(m_parser.value(optNir), &nirError);
    if (nir->isNull()) {
        *exitCode = CtlOutput::refused(QStringLiteral("invalid_nir"), ErrorText::nir(nirError),
                                       {{QStringLiteral("reason"), Nir::errorCode(nirError)}});
        return false;
    }
    civilStatus->lastName = m_parser.value(optLastName);
    civilStatus->firstNames = m_parser.value(optFirstNames);
    civilStatus->birthDate = CivilStatus::parseDate(m_parser.value(optBirthDate));
    civilStatus->birthPlace = m_parser.value(optBirthPlace);
    const CivilStatus::Problem problem = civilStatus->validate(*nir);
    if (problem != CivilStatus::Problem::None) {
        *exitCode = CtlOutput::refused(CivilStatus::problemCode(problem), ErrorText::civilStatus(problem));
        return false;
    }
    return true;
}

int CtlCommands::addIdentity(bool toRegister)
{
    Nir nir;
    CivilStatus civilStatus;
    int exitCode = 0;
    if (!readIdentity(&nir, &civilStatus, &exitCode) || !openDatabase(&exitCode))
        return exitCode;

    IdentityService service(*m_database);
    const Result<qint64> id = toRegister ? service.addRegisterEntry(nir, civilStatus)
                                         : service.addPerson(nir, civilStatus, !m_parser.isSet(optUncertified));
    if (!id)
        return refusedByModel(id.error());
    return CtlOutput::success({{QStringLiteral("id"), id.value()}});
}

int CtlCommands::seedDemo()
{
    bool ok = false;
    const int accounts = m_parser.value(optAccounts).toInt(&ok);
    if (!m_parser.isSet(optAccounts) || !ok || accounts < 1 || accounts > 10'000'000)
        return CtlOutput::usage(tr("seed-demo needs --accounts N, with N between 1 and 10000000."));
    DemoSeeder::Options options;
    options.accounts = accounts;
    if (m_parser.isSet(optSeed)) {
        options.seed = m_parser.value(optSeed).toULongLong(&ok);
        if (!ok)
            return CtlOutput::usage(tr("--seed must be a non-negative integer."));
    }
    int exitCode = 0;
    if (!openDatabase(&exitCode, Schema::Migrate)) // fills an empty database: the owner's step
        return exitCode;

    QElapsedTimer timer;
    timer.start();
    DemoSeeder seeder(*m_database);
    const Result<DemoSeeder::Report> report = seeder.run(options, [](int done, int total) {
        std::fprintf(stderr, "\r%d / %d", done, total);
        if (done == total)
            std::fputc('\n', stderr);
    });
    if (!report)
        return refusedByModel(report.error());

    QJsonArray agents;
    for (const DemoSeeder::DemoAgent& agent : report->agents) {
        agents.append(QJsonObject{{QStringLiteral("login"), agent.login},
                                  {QStringLiteral("name"), agent.displayName},
                                  {QStringLiteral("role"), agent.role},
                                  {QStringLiteral("password"), agent.password}});
    }
    QJsonObject states;
    for (auto it = report->accountsByState.cbegin(); it != report->accountsByState.cend(); ++it)
        states.insert(it.key(), it.value());
    return CtlOutput::success({
        {QStringLiteral("persons"), report->persons},
        {QStringLiteral("accounts"), report->accounts},
        {QStringLiteral("register_entries"), report->registerEntries},
        {QStringLiteral("login_attempts"), report->loginAttempts},
        {QStringLiteral("lockouts"), report->lockouts},
        {QStringLiteral("accounts_by_state"), states},
        {QStringLiteral("agents"), agents},
        {QStringLiteral("seconds"), static_cast<double>(timer.elapsed()) / 1000.0},
    });
}
