// Drives the real guichetctl executable: its JSON, its exit codes, its database commands on both
// engines.
#include "db/Migrator.h"
#include "support/CtlRunner.h"
#include "support/TestDatabases.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace {

using Run = CtlRunner::Run;

Run guichetctl(const QStringList& arguments, const QString& language = QStringLiteral("en"))
{
    CtlRunner runner;
    runner.setLanguage(language);
    return runner.run(arguments);
}

QStringList identity(const QString& nir, const QString& last, const QString& first, const QString& date,
                     const QString& place)
{
    return {QStringLiteral("--nir"),         nir,   QStringLiteral("--last-name"),  last,
            QStringLiteral("--first-names"), first, QStringLiteral("--birth-date"), date,
            QStringLiteral("--birth-place"), place};
}

} // namespace

class TestGuichetctl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void nirCheckValid();
    void nirCheckInvalid_data();
    void nirCheckInvalid();
    void usageErrors_data();
    void usageErrors();
    void messagesAreTranslated();
    void initCommand_data() { TestDatabase::addEngineRows(); }
    void initCommand();
    void identityAndRegister_data() { TestDatabase::addEngineRows(); }
    void identityAndRegister();
    void identityRefusals_data();
    void identityRefusals();
    void seedDemo_data() { TestDatabase::addEngineRows(); }
    void seedDemo();
    void idempotencyKeyBoundToItsCall_data() { TestDatabase::addEngineRows(); }
    void idempotencyKeyBoundToItsCall();
};

void TestGuichetctl::nirCheckValid()
{
    const Run run
        = guichetctl({QStringLiteral("nir"), QStringLiteral("check"), QStringLiteral("1 85 03 75 106 042 92")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject expected{{QStringLiteral("valid"), true},
                               {QStringLiteral("nir"), QStringLiteral("185037510604292")},
                               {QStringLiteral("formatted"), QStringLiteral("1 85 03 75 106 042 92")},
                               {QStringLiteral("sex"), 1},
                               {QStringLiteral("birth_year"), 85},
                               {QStringLiteral("birth_month"), 3},
                               {QStringLiteral("department"), QStringLiteral("75")},
                               {QStringLiteral("commune"), QStringLiteral("106")},
                               {QStringLiteral("order"), QStringLiteral("042")},
                               {QStringLiteral("key"), 92},
                               {QStringLiteral("provisional"), false}};
    QCOMPARE(run.json, expected);
    QCOMPARE(run.stdoutText.count('\n'), 1); // one JSON object, one line

    const Run corsica = guichetctl({QStringLiteral("nir"), QStringLiteral("check"), QStringLiteral("185032a004123")});
    QCOMPARE(corsica.exitCode, 0);
    QCOMPARE(corsica.json.value(QStringLiteral("department")).toString(), QStringLiteral("2A"));
    QCOMPARE(corsica.json.value(QStringLiteral("key")).toInt(), 24);
    QCOMPARE(corsica.json.value(QStringLiteral("formatted")).toString(), QStringLiteral("1 85 03 2A 004 123 24"));
}

void TestGuichetctl::nirCheckInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::newRow("key") << "1 85 03 75 106 042 93"
                         << "key_mismatch";
    QTest::newRow("month 13") << "1 85 13 75 106 042"
                              << "invalid_month";
    QTest::newRow("sex 5") << "5 85 03 75 106 042"
                           << "invalid_sex";
    QTest::newRow("length") << "1 85 03 75 106 04"
                            << "wrong_length";
    QTest::newRow("letter") << "1 85 03 75 1O6 042 92"
                            << "invalid_character";
    QTest::newRow("empty") << " . "
                           << "empty";
    QTest::newRow("order 000") << "1 85 03 75 106 000"
                               << "invalid_order";
}

void TestGuichetctl::nirCheckInvalid()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    const Run run = guichetctl({QStringLiteral("nir"), QStringLiteral("check"), input});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json.value(QStringLiteral("valid")).toBool(true), false);
    QCOMPARE(run.json.value(QStringLiteral("error")).toString(), code);
    QVERIFY(!run.json.value(QStringLiteral("message")).toString().isEmpty());
}

void TestGuichetctl::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("nir check without input") << QStringList{QStringLiteral("nir"), QStringLiteral("check")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("init"), QStringLiteral("--frobnicate")};
    QTest::newRow("password in URL") << QStringList{
        QStringLiteral("--database"), QStringLiteral("postgresql://u:pw@localhost/d"), QStringLiteral("init")};
    QTest::newRow("identity without name") << QStringList{QStringLiteral("identity"), QStringLiteral("add"),
                                                          QStringLiteral("--nir"), QStringLiteral("185037510604292")};
    QTest::newRow("seed without count") << QStringList{QStringLiteral("seed-demo")};
    QTest::newRow("seed with bad count") << QStringList{QStringLiteral("seed-demo"), QStringLiteral("--accounts"),
                                                        QStringLiteral("many")};
}

void TestGuichetctl::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = guichetctl(arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.json.value(QStringLiteral("error")).toString(), QStringLiteral("usage"));
    QVERIFY(!run.json.value(QStringLiteral("message")).toString().isEmpty());
}

void TestGuichetctl::messagesAreTranslated()
{
    const QStringList arguments{QStringLiteral("nir"), QStringLiteral("check"), QStringLiteral("1 85 13 75 106 042")};
    const Run english = guichetctl(arguments, QStringLiteral("en"));
    const Run french = guichetctl(arguments, QStringLiteral("fr"));
    QCOMPARE(english.json.value(QStringLiteral("error")), french.json.value(QStringLiteral("error")));
    QVERIFY(english.json.value(QStringLiteral("message")).toString().contains(QLatin1String("month")));
    QVERIFY(french.json.value(QStringLiteral("message")).toString().contains(QLatin1String("mois")));
}

void TestGuichetctl::initCommand()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    const QStringList arguments{QStringLiteral("--database"), db.urlString(), QStringLiteral("init")};
    for (int round = 0; round < 2; ++round) { // idempotent
        const Run run = guichetctl(arguments);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json, QJsonObject({{QStringLiteral("schema_version"), Migrator::latestVersion()}}));
        QVERIFY2(!run.stderrText.contains("NOTICE"), run.stderrText.constData()); // no DDL on a current schema
    }
    const Run migrate = guichetctl({QStringLiteral("--database"), db.urlString(), QStringLiteral("migrate")});
    QCOMPARE(migrate.exitCode, 0);
    QCOMPARE(migrate.json,
             QJsonObject({{QStringLiteral("schema_version"), Migrator::latestVersion()},
                          {QStringLiteral("previous_version"), Migrator::latestVersion()}}));
}

void TestGuichetctl::identityAndRegister()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    const QStringList database{QStringLiteral("--database"), db.urlString()};
    const QStringList fields
        = identity(QStringLiteral("2 60 12 13 055 321 68"), QStringLiteral("Lefèvre-d'Arc"),
                   QStringLiteral("Marie Hélène"), QStringLiteral("1960-12-24"), QStringLiteral("Marseille"));

    if (engine == QLatin1String("postgresql")) {
        // A shared database is never migrated by a command that only uses it: the owner runs init.
        const Run early
            = guichetctl(database + QStringList{QStringLiteral("identity"), QStringLiteral("add")} + fields);
        QCOMPARE(early.exitCode, 1);
        QCOMPARE(early.json.value(QStringLiteral("error")).toString(), QStringLiteral("schema_upgrade_needed"));
        QCOMPARE(early.json.value(QStringLiteral("schema_version")).toInt(), 0);
        QCOMPARE(guichetctl(database + QStringList{QStringLiteral("init")}).exitCode, 0);
    }
    const Run person = guichetctl(database + QStringList{QStringLiteral("identity"), QStringLiteral("add")} + fields);
    QCOMPARE(person.exitCode, 0);
    QVERIFY(person.json.value(QStringLiteral("id")).toInteger() > 0);

    const Run again = guichetctl(database + QStringList{QStringLiteral("identity"), QStringLiteral("add")} + fields);
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.json.value(QStringLiteral("error")).toString(), QStringLiteral("duplicate"));

    const Run entry = guichetctl(database + QStringList{QStringLiteral("register"), QStringLiteral("add")} + fields);
    QCOMPARE(entry.exitCode, 0);
    QVERIFY(entry.json.value(QStringLiteral("id")).toInteger() > 0);

    const Run uncertified = guichetctl(
        database + QStringList{QStringLiteral("identity"), QStringLiteral("add"), QStringLiteral("--uncertified")}
        + identity(QStringLiteral("1720899350017"), QStringLiteral("N'Diaye"), QStringLiteral("Moussa"),
                   QStringLiteral("1972-08-30"), QStringLiteral("Maroc")));
    QCOMPARE(uncertified.exitCode, 0);

    const Run registerUncertified = guichetctl(
        database + QStringList{QStringLiteral("register"), QStringLiteral("add"), QStringLiteral("--uncertified")}
        + fields);
    QCOMPARE(registerUncertified.exitCode, 2);
}

void TestGuichetctl::identityRefusals_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("code");
    const QString nir = QStringLiteral("185037510604292");
    const QString last = QStringLiteral("Dupont");
    const QString first = QStringLiteral("Marc");
    const QString date = QStringLiteral("1985-03-02");
    const QString place = QStringLiteral("Paris");
    QTest::newRow("bad key") << identity(QStringLiteral("185037510604293"), last, first, date, place) << "invalid_nir";
    QTest::newRow("date format") << identity(nir, last, first, QStringLiteral("1985/03/02"), place)
                                 << "invalid_birth_date";
    QTest::newRow("date impossible") << identity(nir, last, first, QStringLiteral("1985-02-30"), place)
                                     << "invalid_birth_date";
    QTest::newRow("year differs") << identity(nir, last, first, QStringLiteral("1986-03-02"), place)
                                  << "birth_date_mismatch";
    QTest::newRow("month differs") << identity(nir, last, first, QStringLiteral("1985-04-02"), place)
                                   << "birth_date_mismatch";
    QTest::newRow("digits in name") << identity(nir, QStringLiteral("Dup0nt"), first, date, place)
                                    << "invalid_last_name";
    QTest::newRow("blank first names") << identity(nir, last, QStringLiteral("   "), date, place)
                                       << "missing_first_names";
    QTest::newRow("blank place") << identity(nir, last, first, date, QStringLiteral(" ")) << "missing_birth_place";
}

void TestGuichetctl::identityRefusals()
{
    QFETCH(QStringList, fields);
    QFETCH(QString, code);
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY(db.migrate());
    const Run run = guichetctl(
        QStringList{QStringLiteral("--database"), db.urlString(), QStringLiteral("identity"), QStringLiteral("add")}
        + fields);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json.value(QStringLiteral("error")).toString(), code);
    QVERIFY(!run.json.value(QStringLiteral("message")).toString().isEmpty());
    // Nothing was written.
    const Run check = guichetctl(
        QStringList{QStringLiteral("--database"), db.urlString(), QStringLiteral("identity"), QStringLiteral("add")}
        + identity(QStringLiteral("185037510604292"), QStringLiteral("Dupont"), QStringLiteral("Marc"),
                   QStringLiteral("1985-03-02"), QStringLiteral("Paris")));
    QCOMPARE(check.exitCode, 0);
}

void TestGuichetctl::seedDemo()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    const Run run = guichetctl({QStringLiteral("--database"), db.urlString(), QStringLiteral("seed-demo"),
                                QStringLiteral("--accounts"), QStringLiteral("300"), QStringLiteral("--seed"),
                                QStringLiteral("7")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value(QStringLiteral("accounts")).toInt(), 300);
    QVERIFY(run.json.value(QStringLiteral("persons")).toInt() >= 300);
    QVERIFY(run.json.value(QStringLiteral("lockouts")).toInt() > 0);
    QVERIFY(run.json.value(QStringLiteral("agents")).toArray().size() >= 3);
    const QJsonObject states = run.json.value(QStringLiteral("accounts_by_state")).toObject();
    for (const char* state : {"active", "locked", "pending_activation", "temporary_expired"})
        QVERIFY2(states.value(QString::fromLatin1(state)).toInt() > 0, state);
}

// desk unlock --idempotency-key: the same key in the same call answers again (exit 0, "replayed");
// in the agent's next call, about another holder, it is refused (exit 1) and that holder's
// account stays locked.
void TestGuichetctl::idempotencyKeyBoundToItsCall()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    CtlRunner ctl(db.urlString());
    const QString agentPassword = QStringLiteral("Guichet-Agent-1");
    ctl.setEnvironment(QStringLiteral("GUICHET_AGENT_PASSWORD"), agentPassword);
    QCOMPARE(ctl.run({QStringLiteral("init")}).exitCode, 0);
    QCOMPARE(ctl.run({QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("adam"), QStringLiteral("--role"),
                      QStringLiteral("admin")},
                     agentPassword.toUtf8() + '\n')
                 .exitCode,
             0);
    QCOMPARE(ctl.run({QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("alice"), QStringLiteral("--role"),
                      QStringLiteral("agent"), QStringLiteral("--agent"), QStringLiteral("adam")},
                     agentPassword.toUtf8() + '\n')
                 .exitCode,
             0);
    const QList<QStringList> holders{
        identity(QStringLiteral("2 60 12 13 055 321 68"), QStringLiteral("Lefèvre-d'Arc"),
                 QStringLiteral("Marie Hélène"), QStringLiteral("1960-12-24"), QStringLiteral("Marseille")),
        identity(QStringLiteral("1850578006084"), QStringLiteral("Durand"), QStringLiteral("Paul"),
                 QStringLiteral("1985-05-01"), QStringLiteral("Versailles"))};
    const QStringList emails{QStringLiteral("marie@example.org"), QStringLiteral("paul@example.org")};
    for (qsizetype i = 0; i < holders.size(); ++i) {
        const QStringList& holder = holders.at(i);
        QCOMPARE(ctl.run(QStringList{QStringLiteral("register"), QStringLiteral("add")} + holder).exitCode, 0);
        QCOMPARE(ctl.run(QStringList{QStringLiteral("identity"), QStringLiteral("add")} + holder).exitCode, 0);
        const Run registration = ctl.run(QStringList{QStringLiteral("portal"), QStringLiteral("register")} + holder
                                         + QStringList{QStringLiteral("--email"), emails.at(i),
                                                       QStringLiteral("--secret-question"), QStringLiteral("Chien ?"),
                                                       QStringLiteral("--secret-answer"), QStringLiteral("Médor")});
        QVERIFY2(registration.json.value(QStringLiteral("outcome")).toString() == QLatin1String("registered"),
                 registration.stdoutText.constData());
    }
    const QStringList desk{QStringLiteral("desk"), QStringLiteral("--agent"), QStringLiteral("alice")};
    const auto verifiedCall = [&](const QStringList& holder) -> QString {
        const QString id = QString::number(ctl.run(desk + QStringList{QStringLiteral("call-start")})
                                               .json.value(QStringLiteral("call_id"))
                                               .toInteger());
        if (ctl.run(desk + QStringList{QStringLiteral("lookup"), QStringLiteral("--call"), id, holder.at(1)}).exitCode
            != 0)
            return {};
        const Run verify
            = ctl.run(desk + QStringList{QStringLiteral("verify"), QStringLiteral("--call"), id} + holder.mid(2));
        return verify.json.value(QStringLiteral("verified")).toBool() ? id : QString();
    };
    const QStringList keyed{QStringLiteral("--reason"), QStringLiteral("forgotten"),
                            QStringLiteral("--idempotency-key"), QStringLiteral("reissue-0c4d2e91")};
    const QString first = verifiedCall(holders.at(0));
    QVERIFY(!first.isEmpty());
    const Run answer = ctl.run(desk + QStringList{QStringLiteral("reissue"), QStringLiteral("--call"), first} + keyed);
    QCOMPARE(answer.exitCode, 0);
    const Run replay = ctl.run(desk + QStringList{QStringLiteral("reissue"), QStringLiteral("--call"), first} + keyed);
    QCOMPARE(replay.exitCode, 0);
    QCOMPARE(replay.json.value(QStringLiteral("replayed")).toBool(), true);
    QCOMPARE(replay.json.value(QStringLiteral("mail_id")), answer.json.value(QStringLiteral("mail_id")));
    // The JSON of the answer, field by field (the replay adds "replayed" and nothing else).
    QCOMPARE(answer.json.keys(),
             QStringList({QStringLiteral("account_id"), QStringLiteral("account_locked"), QStringLiteral("action"),
                          QStringLiteral("mail_id"), QStringLiteral("superseded_mail"), QStringLiteral("version")}));
    QCOMPARE(answer.json.value(QStringLiteral("action")).toString(), QStringLiteral("reissue"));
    QCOMPARE(answer.json.value(QStringLiteral("account_locked")), QJsonValue(false));
    // The registration's temporary password, still queued (no mail service here), is withdrawn.
    QCOMPARE(answer.json.value(QStringLiteral("superseded_mail")), QJsonValue(1));
    QVERIFY(answer.json.value(QStringLiteral("account_id")).toInteger() > 0);
    QVERIFY(answer.json.value(QStringLiteral("version")).isDouble());
    QJsonObject replayed = answer.json;
    replayed.insert(QStringLiteral("replayed"), true);
    QCOMPARE(replay.json, replayed);

    const QString second = verifiedCall(holders.at(1));
    QVERIFY(!second.isEmpty());
    const Run elsewhere
        = ctl.run(desk + QStringList{QStringLiteral("reissue"), QStringLiteral("--call"), second} + keyed);
    QCOMPARE(elsewhere.exitCode, 1);
    QCOMPARE(elsewhere.json.value(QStringLiteral("error")).toString(), QStringLiteral("idempotency_key_reused"));
    QVERIFY(!elsewhere.json.contains(QStringLiteral("mail_id")));
}

QTEST_GUILESS_MAIN(TestGuichetctl)
#include "tst_guichetctl.moc"
