// guichetctl history lockouts (CSV and JSON on standard output) and purge, through the real
// executable on both engines.
#include "db/SqlQuery.h"
#include "identity/Nir.h"
#include "support/CtlRunner.h"
#include "support/TestDatabases.h"
#include "support/TestReplica.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

namespace {

using Run = CtlRunner::Run;
const QString password = QStringLiteral("Guichet-Agent-1");

qint64 insert(Database& database, const QString& sql, const QList<std::pair<QString, QVariant>>& values)
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

Nir nirOf(int i)
{
    return Nir::parse(QStringLiteral("18503751060%1").arg(i, 2, 10, QLatin1Char('0')));
}

Run as(const CtlRunner& ctl, const QString& login, const QStringList& arguments)
{
    return ctl.run(arguments + QStringList{QStringLiteral("--agent"), login}, password.toUtf8() + '\n');
}

} // namespace

class TestCtlHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // guichetctl (a child, which inherits it) writes the CSV's times in this zone's local time.
        qputenv("TZ", "Europe/Paris");
    }
    void historyAndPurge_data() { TestDatabase::addEngineRows(); }
    void historyAndPurge();
    void readsOnTheStandby_data() { TestDatabase::addEngineRows(); }
    void readsOnTheStandby();
};

void TestCtlHistory::historyAndPurge()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const CtlRunner ctl(db.urlString());
    // adam, the first admin, then the others added by him (--agent adam).
    CtlRunner admin = ctl;
    admin.setEnvironment(QStringLiteral("GUICHET_AGENT_PASSWORD"), password);
    for (const auto& [login, role] :
         {std::pair{"adam", "admin"}, std::pair{"alice", "agent"}, std::pair{"sophie", "supervisor"}}) {
        QStringList add{QStringLiteral("agent"), QStringLiteral("add"), QString::fromLatin1(login),
                        QStringLiteral("--role"), QString::fromLatin1(role)};
        if (QLatin1String(role) != QLatin1String("admin"))
            add << QStringLiteral("--agent") << QStringLiteral("adam");
        const Run added = admin.run(add, password.toUtf8() + '\n');
        QVERIFY2(added.exitCode == 0, added.stdoutText.constData());
    }

    // Three accounts; lockouts in March and April 2026, one still locked.
    const QDateTime march(QDate(2026, 3, 10), QTime(9, 30), QTimeZone::utc());
    QList<qint64> accounts;
    for (int i = 1; i <= 3; ++i) {
        const qint64 person
            = insert(database,
                     QStringLiteral("INSERT INTO persons (nir, sex, last_name, first_names, birth_date, birth_place)"
                                    " VALUES (:nir, 1, 'Durand', 'Jean', '1985-03-01', 'Paris')"),
                     {{QStringLiteral(":nir"), nirOf(i).digits()}});
        accounts.append(insert(database,
                               QStringLiteral("INSERT INTO accounts (person_id, email, status)"
                                              " VALUES (:p, 'jean@example.org', 'active')"),
                               {{QStringLiteral(":p"), person}}));
        QVERIFY(accounts.last() > 0);
    }
    const qint64 sophie = count(database, QStringLiteral("SELECT id AS n FROM agents WHERE login = 'sophie'"));
    const QString lockout = QStringLiteral("INSERT INTO lockout_events (account_id, locked_at, failed_attempts,"
                                           " unlocked_at, unlocked_by, unlock_reason) VALUES (:a, :l, 5, :u, :b, :r)");
    const SqlDialect& dialect = database.dialect();
    for (int i = 0; i < 3; ++i) {
        QVERIFY(insert(database, lockout,
                       {{QStringLiteral(":a"), accounts.at(i)},
                        {QStringLiteral(":l"), dialect.toSql(march.addDays(i))},
                        {QStringLiteral(":u"), dialect.toSql(march.addDays(i).addSecs(900))},
                        {QStringLiteral(":b"), sophie},
                        {QStringLiteral(":r"), QStringLiteral("rappel; \"vérifié\"")}}));
    }
    QVERIFY(insert(database, lockout,
                   {{QStringLiteral(":a"), accounts.at(0)},
                    {QStringLiteral(":l"), dialect.toSql(march.addDays(40))},
                    {QStringLiteral(":u"), QVariant(QMetaType::fromType<QString>())},
                    {QStringLiteral(":b"), QVariant(QMetaType::fromType<qint64>())},
                    {QStringLiteral(":r"), QVariant(QMetaType::fromType<QString>())}}));

    // CSV on standard output: BOM, header, CRLF, ';', masked NIRs, newest first.
    const QStringList history{QStringLiteral("history"), QStringLiteral("lockouts")};
    const Run csv
        = as(ctl, QStringLiteral("sophie"), history + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.stdoutText.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = csv.stdoutText.mid(3).split('\n');
    QCOMPARE(lines.size(), 1 + 4 + 1);
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        QVERIFY(lines.at(i).endsWith('\r'));
    QVERIFY(lines.at(0).startsWith("Event;Locked at (local time, UTC offset);"));
    QVERIFY(lines.at(1).contains(";2026-04-19T11:30:00+02:00;;5;")); // 09:30 UTC, Paris summer time
    QVERIFY(lines.at(4).contains(";2026-03-10T10:30:00+01:00;2026-03-10T10:45:00+01:00;")); // winter time
    QVERIFY(lines.at(2).contains(";\"rappel; \"\"v\xc3\xa9rifi\xc3\xa9\"\"\";"));
    QVERIFY(!csv.stdoutText.contains(nirOf(1).digits().toLatin1()));
    QVERIFY(csv.stdoutText.contains(QStringLiteral("1 85 \u2022\u2022").toUtf8()));

    // Filters, JSON.
    const Run march2026
        = as(ctl, QStringLiteral("sophie"),
             history
                 + QStringList{QStringLiteral("--from"), QStringLiteral("2026-03-11T00:00:00Z"), QStringLiteral("--to"),
                               QStringLiteral("2026-04-01"), QStringLiteral("--state"), QStringLiteral("unlocked")});
    QCOMPARE(march2026.exitCode, 0);
    QCOMPARE(march2026.json.value(QStringLiteral("count")).toInt(), 2);
    const QJsonObject first = march2026.json.value(QStringLiteral("rows")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("locked_at")).toString(), QStringLiteral("2026-03-12T09:30:00.000Z"));
    QCOMPARE(first.value(QStringLiteral("unlocked_by")).toObject().value(QStringLiteral("login")).toString(),
             QStringLiteral("sophie"));
    const Run byNir = as(ctl, QStringLiteral("adam"),
                         history
                             + QStringList{QStringLiteral("--nir"), nirOf(1).formatted(), QStringLiteral("--state"),
                                           QStringLiteral("locked")});
    QCOMPARE(byNir.exitCode, 0);
    QCOMPARE(byNir.json.value(QStringLiteral("count")).toInt(), 1);

    // Refusals: an agent, no identity, a bad state.
    const Run agent = as(ctl, QStringLiteral("alice"), history);
    QCOMPARE(agent.exitCode, 1);
    QCOMPARE(agent.json.value(QStringLiteral("error")).toString(), QStringLiteral("forbidden"));
    QCOMPARE(ctl.run(history).exitCode, 2);
    QCOMPARE(as(ctl, QStringLiteral("sophie"), history + QStringList{QStringLiteral("--state"), QStringLiteral("x")})
                 .exitCode,
             2);

    // guichetctl's --agent sign-in gives the desk's one answer to an unknown login, a wrong password
    // and a disabled login (issue I, finding 6): the same JSON, the same words.
    const Run added
        = admin.run({QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("dora"), QStringLiteral("--role"),
                     QStringLiteral("supervisor"), QStringLiteral("--agent"), QStringLiteral("adam")},
                    password.toUtf8() + '\n');
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(admin
                 .run({QStringLiteral("agent"), QStringLiteral("disable"), QStringLiteral("dora"),
                       QStringLiteral("--agent"), QStringLiteral("adam")})
                 .exitCode,
             0);
    const QList<Run> refused{
        ctl.run(history + QStringList{QStringLiteral("--agent"), QStringLiteral("nobody")}, password.toUtf8() + '\n'),
        ctl.run(history + QStringList{QStringLiteral("--agent"), QStringLiteral("sophie")}, "Not-Her-Password\n"),
        ctl.run(history + QStringList{QStringLiteral("--agent"), QStringLiteral("dora")}, "Not-Her-Password\n"),
    };
    for (const Run& run : refused) {
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json.value(QStringLiteral("error")).toString(), QStringLiteral("unauthenticated"));
        QCOMPARE(run.json, refused.first().json);
        QCOMPARE(run.stderrText, refused.first().stderrText);
    }

    // Purge: attempts and consultations 400 and 100 days old go, 10 days old stay.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 alice = count(database, QStringLiteral("SELECT id AS n FROM agents WHERE login = 'alice'"));
    const qint64 person = count(database, QStringLiteral("SELECT MIN(id) AS n FROM persons"));
    for (const int days : {400, 100, 10}) {
        QVERIFY(insert(
            database,
            QStringLiteral("INSERT INTO login_attempts (account_id, attempted_at, kind, success, outcome)"
                           " VALUES (:a, :t, 'password', FALSE, 'wrong_password')"),
            {{QStringLiteral(":a"), accounts.at(0)}, {QStringLiteral(":t"), dialect.toSql(now.addDays(-days))}}));
        QVERIFY(insert(database,
                       QStringLiteral("INSERT INTO consultations (agent_id, person_id, consulted_at)"
                                      " VALUES (:g, :p, :t)"),
                       {{QStringLiteral(":g"), alice},
                        {QStringLiteral(":p"), person},
                        {QStringLiteral(":t"), dialect.toSql(now.addDays(-days))}}));
    }
    const qint64 consultationsBefore = count(database, QStringLiteral("SELECT COUNT(*) AS n FROM consultations"));
    const QStringList purge{QStringLiteral("purge")};
    const Run tooRecent
        = as(ctl, QStringLiteral("adam"), purge + QStringList{QStringLiteral("--older-than"), QStringLiteral("29")});
    QCOMPARE(tooRecent.exitCode, 1);
    QCOMPARE(tooRecent.json.value(QStringLiteral("error")).toString(), QStringLiteral("purge_too_recent"));
    QVERIFY(tooRecent.json.value(QStringLiteral("message")).toString().contains(QLatin1String("30")));
    QCOMPARE(as(ctl, QStringLiteral("sophie"), purge).json.value(QStringLiteral("error")).toString(),
             QStringLiteral("forbidden"));
    QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) AS n FROM login_attempts")), 3);

    const Run yearly = as(ctl, QStringLiteral("adam"), purge); // 365 days by default
    QCOMPARE(yearly.exitCode, 0);
    QCOMPARE(yearly.json.value(QStringLiteral("login_attempts")).toInt(), 1);
    QCOMPARE(yearly.json.value(QStringLiteral("consultations")).toInt(), 1);
    const Run quarterly
        = as(ctl, QStringLiteral("adam"), purge + QStringList{QStringLiteral("--older-than"), QStringLiteral("90")});
    QCOMPARE(quarterly.exitCode, 0);
    QCOMPARE(quarterly.json.value(QStringLiteral("login_attempts")).toInt(), 1);
    QCOMPARE(quarterly.json.value(QStringLiteral("consultations")).toInt(), 1);
    QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) AS n FROM login_attempts")), 1);
    QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) AS n FROM consultations")), consultationsBefore - 2);
    // Each purge is one audit event of the admin, with its counts.
    SqlQuery audit(database.connection().value());
    QVERIFY(!audit.exec(QStringLiteral("SELECT agent_login, reason, outcome FROM audit_events WHERE action = 'purge'"
                                       " ORDER BY id")));
    QStringList purges;
    while (audit.next()) {
        purges.append(audit.value(QStringLiteral("agent_login")).toString() + QLatin1Char(' ')
                      + audit.value(QStringLiteral("outcome")).toString() + QLatin1Char(' ')
                      + audit.value(QStringLiteral("reason")).toString());
    }
    QCOMPARE(
        purges,
        (QStringList{QStringLiteral("sophie forbidden "),
                     QStringLiteral("adam ok older_than_days=365;login_attempts=1;consultations=1;identity_checks=0"),
                     QStringLiteral("adam ok older_than_days=90;login_attempts=1;consultations=1;identity_checks=0")}));
}

// history lockouts --reads-database: the listing comes from the PostgreSQL standby (with its replay
// paused, a lockout written since is missing there, not on the primary); refused beside SQLite.
void TestCtlHistory::readsOnTheStandby()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const CtlRunner ctl(db.urlString());
    CtlRunner admin = ctl;
    admin.setEnvironment(QStringLiteral("GUICHET_AGENT_PASSWORD"), password);
    QCOMPARE(admin
                 .run({QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("adam"), QStringLiteral("--role"),
                       QStringLiteral("admin")},
                      password.toUtf8() + '\n')
                 .exitCode,
             0);
    QCOMPARE(
        admin
            .run({QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("sophie"), QStringLiteral("--role"),
                  QStringLiteral("supervisor"), QStringLiteral("--agent"), QStringLiteral("adam")},
                 password.toUtf8() + '\n')
            .exitCode,
        0);
    const QStringList history{QStringLiteral("history"), QStringLiteral("lockouts")};

    if (engine == QLatin1String("sqlite")) {
        const Run refused = as(ctl, QStringLiteral("sophie"),
                               history
                                   + QStringList{QStringLiteral("--reads-database"),
                                                 QStringLiteral("postgresql://guichet@standby.example/guichet")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.stdoutText.contains("PostgreSQL"), refused.stdoutText.constData());
        return;
    }
    if (!TestReplica::require())
        return;

    const qint64 person
        = insert(database,
                 QStringLiteral("INSERT INTO persons (nir, sex, last_name, first_names, birth_date,"
                                " birth_place) VALUES (:nir, 1, 'Durand', 'Jean', '1985-03-01', 'Paris')"),
                 {{QStringLiteral(":nir"), nirOf(1).digits()}});
    const qint64 account = insert(database,
                                  QStringLiteral("INSERT INTO accounts (person_id, email, status)"
                                                 " VALUES (:p, 'jean@example.org', 'active')"),
                                  {{QStringLiteral(":p"), person}});
    QVERIFY(account > 0);
    const QString lockout = QStringLiteral("INSERT INTO lockout_events (account_id, locked_at, failed_attempts)"
                                           " VALUES (:a, :l, 5)");
    const QDateTime march(QDate(2026, 3, 10), QTime(9, 30), QTimeZone::utc());
    QVERIFY(insert(database, lockout,
                   {{QStringLiteral(":a"), account}, {QStringLiteral(":l"), database.dialect().toSql(march)}}));
    QString why;
    QVERIFY2(TestReplica::waitForReplay(db.url(), &why), qPrintable(why));
    const QStringList onStandby
        = history + QStringList{QStringLiteral("--reads-database"), TestReplica::urlFor(db.url()).toString()};
    Run run = as(ctl, QStringLiteral("sophie"), onStandby);
    QVERIFY2(run.exitCode == 0, run.stdoutText.constData());
    QCOMPARE(run.json.value(QStringLiteral("count")).toInt(), 1);

    QVERIFY2(TestReplica::pauseReplay(&why), qPrintable(why));
    auto resume = qScopeGuard([] {
        QString ignored;
        TestReplica::resumeReplay(&ignored);
    });
    // Another account's lockout: only the primary knows.
    const qint64 other = insert(database,
                                QStringLiteral("INSERT INTO persons (nir, sex, last_name, first_names, birth_date,"
                                               " birth_place) VALUES (:nir, 1, 'Petit', 'Luc', '1985-03-01', 'Lyon')"),
                                {{QStringLiteral(":nir"), nirOf(2).digits()}});
    const qint64 otherAccount = insert(database,
                                       QStringLiteral("INSERT INTO accounts (person_id, email, status)"
                                                      " VALUES (:p, 'luc@example.org', 'active')"),
                                       {{QStringLiteral(":p"), other}});
    QVERIFY(otherAccount > 0);
    QVERIFY(insert(
        database, lockout,
        {{QStringLiteral(":a"), otherAccount}, {QStringLiteral(":l"), database.dialect().toSql(march.addDays(1))}}));
    run = as(ctl, QStringLiteral("sophie"), onStandby);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value(QStringLiteral("count")).toInt(), 1);
    run = as(ctl, QStringLiteral("sophie"), history);
    QCOMPARE(run.json.value(QStringLiteral("count")).toInt(), 2);

    resume.dismiss();
    QVERIFY2(TestReplica::resumeReplay(&why), qPrintable(why));
    QVERIFY2(TestReplica::waitForReplay(db.url(), &why), qPrintable(why));
    run = as(ctl, QStringLiteral("sophie"), onStandby);
    QCOMPARE(run.json.value(QStringLiteral("count")).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestCtlHistory)
#include "tst_ctlhistory.moc"
