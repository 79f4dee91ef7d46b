// guichetctl's command line: the command table (CtlCommandTable) is the only list of commands and
// of the options each one takes. A foreign option is a usage error that changes nothing; the help
// texts list exactly the table; every command of the dispatch is in the table and the reverse.
#include "CtlCommandTable.h"
#include "support/CtlRunner.h"
#include "support/TestDatabases.h"

#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using Run = CtlRunner::Run;
using Command = CtlCommandTable::Command;
const QString password = QStringLiteral("Guichet-Agent-1");

QStringList identity()
{
    return {QStringLiteral("--nir"),        QStringLiteral("185037510604292"), QStringLiteral("--last-name"),
            QStringLiteral("Dupont"),       QStringLiteral("--first-names"),   QStringLiteral("Marc"),
            QStringLiteral("--birth-date"), QStringLiteral("1985-03-02"),      QStringLiteral("--birth-place"),
            QStringLiteral("Paris")};
}

// The rows of every table of the database: what "nothing changed" is compared with.
QMap<QString, qint64> rowCounts(Database& database)
{
    QMap<QString, qint64> counts;
    const Result<QSqlDatabase> db = database.connection();
    if (!db)
        return counts;
    const QStringList tables = db.value().tables();
    for (const QString& table : tables) {
        QSqlQuery query(db.value());
        if (query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && query.next())
            counts.insert(table, query.value(0).toLongLong());
    }
    return counts;
}

// The first column of a help section ("Commands:", "Options:"): its rows' labels.
QStringList sectionLabels(const QString& help, const QString& heading)
{
    QStringList labels;
    const QStringList lines = help.split(QLatin1Char('\n'));
    qsizetype i = lines.indexOf(heading);
    if (i < 0)
        return labels;
    for (++i; i < lines.size() && !lines.at(i).isEmpty(); ++i) {
        const QString& line = lines.at(i);
        if (line.startsWith(QLatin1String("  ")) && !line.at(2).isSpace()) // not a wrapped description
            labels.append(line.mid(2).section(QStringLiteral("  "), 0, 0).trimmed());
    }
    return labels;
}

const QString commandsHeading = QStringLiteral("Commands:");
const QString optionsHeading = QStringLiteral("Options:");

} // namespace

class TestCtlCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void foreignOptionRefused_data();
    void foreignOptionRefused();
    void helpListsExactlyTheTable();
    void commandHelp_data();
    void commandHelp();
    void dispatchedCommandsAreInTheTable_data();
    void dispatchedCommandsAreInTheTable();
    void tableCommandsAreDispatched_data();
    void tableCommandsAreDispatched();
    void unknownCommands_data();
    void unknownCommands();

private:
    CtlRunner ctl(const QString& databaseUrl = {}) const;
    std::unique_ptr<QTemporaryDir> m_config;
};

void TestCtlCommands::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCtlCommands::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
}

CtlRunner TestCtlCommands::ctl(const QString& databaseUrl) const
{
    // The profile commands write the settings file: a throwaway one.
    CtlRunner runner(databaseUrl);
    runner.setEnvironment(QStringLiteral("XDG_CONFIG_HOME"), m_config->path());
    runner.setEnvironment(QStringLiteral("XDG_DATA_HOME"), m_config->filePath(QStringLiteral("data")));
    runner.unsetEnvironment(QStringLiteral("GUICHET_PROFILE"));
    return runner;
}

void TestCtlCommands::foreignOptionRefused_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("command");
    const QString agent = QStringLiteral("--agent");
    const QString sophie = QStringLiteral("sophie");
    for (const char* engine : {"sqlite", "postgresql"}) {
        const QString e = QString::fromLatin1(engine);
        // Each would have done its work before (the option ignored): the row counts would differ.
        QTest::addRow("%s: agent add --since", engine) << e
                                                       << QStringList{QStringLiteral("agent"),
                                                                      QStringLiteral("add"),
                                                                      QStringLiteral("bob"),
                                                                      QStringLiteral("--role"),
                                                                      QStringLiteral("agent"),
                                                                      QStringLiteral("--since"),
                                                                      QStringLiteral("2026-01-01T00:00:00Z")}
                                                       << "--since"
                                                       << "agent add";
        QTest::addRow("%s: identity add --email", engine)
            << e
            << QStringList{QStringLiteral("identity"), QStringLiteral("add"), QStringLiteral("--email"),
                           QStringLiteral("marc@example.org")}
                + identity()
            << "--email"
            << "identity add";
        QTest::addRow("%s: register add --uncertified", engine)
            << e
            << QStringList{QStringLiteral("register"), QStringLiteral("add"), QStringLiteral("--uncertified")}
                + identity()
            << "--uncertified"
            << "register add";
        QTest::addRow("%s: desk call-start --file", engine) << e << QStringList{QStringLiteral("desk"),
                                                                                agent,
                                                                                sophie,
                                                                                QStringLiteral("call-start"),
                                                                                QStringLiteral("--file"),
                                                                                QStringLiteral("nirs.csv")}
                                                            << "--file"
                                                            << "desk call-start";
        QTest::addRow("%s: mailer run --from", engine)
            << e << QStringList{QStringLiteral("mailer"),           QStringLiteral("run"), QStringLiteral("--once"),
                                QStringLiteral("--deliver-to-dir"), QStringLiteral("DIR"), QStringLiteral("--from"),
                                QStringLiteral("2026-01-01")}
            << "--from"
            << "mailer run";
        QTest::addRow("%s: mailer requeue --once", engine)
            << e << QStringList{QStringLiteral("mailer"), QStringLiteral("requeue"), QStringLiteral("--once")}
            << "--once"
            << "mailer requeue";
        QTest::addRow("%s: history lockouts --older-than", engine)
            << e << QStringList{QStringLiteral("history"),      QStringLiteral("lockouts"), agent, sophie,
                                QStringLiteral("--older-than"), QStringLiteral("40")}
            << "--older-than"
            << "history lockouts";
        QTest::addRow("%s: purge --nir", engine)
            << e
            << QStringList{QStringLiteral("purge"), agent, sophie, QStringLiteral("--nir"),
                           QStringLiteral("185037510604292")}
            << "--nir"
            << "purge";
        QTest::addRow("%s: audit list --format", engine)
            << e << QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--format=csv")}
            << "--format"
            << "audit list";
        QTest::addRow("%s: init --smtp", engine)
            << e << QStringList{QStringLiteral("init"), QStringLiteral("--smtp"), QStringLiteral("smtp://relay")}
            << "--smtp"
            << "init";
    }
}

void TestCtlCommands::foreignOptionRefused()
{
    QFETCH(QString, engine);
    QFETCH(QStringList, arguments);
    QFETCH(QString, option);
    QFETCH(QString, command);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    CtlRunner runner = ctl(db.urlString());
    const Run added = runner.run({QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("sophie"),
                                  QStringLiteral("--role"), QStringLiteral("admin")},
                                 password.toUtf8() + '\n');
    QVERIFY2(added.exitCode == 0, added.stdoutText.constData());
    // With the passwords given, a command that ignored the option would do its work.
    runner.setEnvironment(QStringLiteral("GUICHET_AGENT_PASSWORD"), password);
    runner.setEnvironment(QStringLiteral("GUICHET_PASSWORD"), password);
    QTemporaryDir outbox;
    arguments.replaceInStrings(QStringLiteral("DIR"), outbox.path());

    const QMap<QString, qint64> before = rowCounts(db.database());
    QVERIFY(!before.isEmpty());
    const Run run = runner.run(arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.json.value(QStringLiteral("error")).toString(), QStringLiteral("usage"));
    const QString message = run.json.value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(option) && message.contains(command), qPrintable(message));
    QCOMPARE(run.json.value(QStringLiteral("option")).toString(), option);
    QCOMPARE(run.json.value(QStringLiteral("command")).toString(), command);
    QCOMPARE(run.stdoutText.count('\n'), 1);
    QVERIFY(run.stderrText.contains(QByteArray("Usage: guichetctl " + command.toUtf8()))); // that command's help
    QCOMPARE(rowCounts(db.database()), before); // nothing changed
}

void TestCtlCommands::helpListsExactlyTheTable()
{
    const Run run = ctl().run({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    const QString help = QString::fromUtf8(run.stdoutText);
    QStringList expected;
    for (const Command& command : CtlCommandTable::commands())
        expected.append(command.label());
    QCOMPARE(sectionLabels(help, commandsHeading), expected);
    for (const CtlCommandTable::Option& option : CtlCommandTable::globalOptions())
        QVERIFY2(help.contains(QStringLiteral("  ") + option.label()), qPrintable(option.label()));
}

void TestCtlCommands::commandHelp_data()
{
    QTest::addColumn<int>("index");
    const QList<Command>& commands = CtlCommandTable::commands();
    for (qsizetype i = 0; i < commands.size(); ++i)
        QTest::newRow(qPrintable(commands.at(i).name())) << static_cast<int>(i);
}

void TestCtlCommands::commandHelp()
{
    QFETCH(int, index);
    const Command& command = CtlCommandTable::commands().at(index);
    // --help anywhere after the command, with its options around it.
    const Run run = ctl().run(command.words + QStringList{QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    const QString help = QString::fromUtf8(run.stdoutText);
    QVERIFY2(help.startsWith(QStringLiteral("Usage: guichetctl ") + command.label() + QLatin1Char(' ')),
             qPrintable(help));
    QStringList expected;
    for (const CtlCommandTable::Option& option : command.options)
        expected.append(option.label());
    QCOMPARE(sectionLabels(help, optionsHeading), expected); // its options, only its own
}

void TestCtlCommands::dispatchedCommandsAreInTheTable_data()
{
    // The commands CtlCommands::run and the command classes dispatch (read from their code): one
    // missing from the table could not be run, and its --help would be an unknown command.
    QTest::addColumn<QString>("command");
    for (const char* command : {"init",
                                "migrate",
                                "nir check",
                                "identity add",
                                "register add",
                                "seed-demo",
                                "agent add",
                                "agent disable",
                                "agent enable",
                                "audit verify",
                                "audit checkpoint",
                                "audit key init",
                                "audit sequencer run",
                                "audit list",
                                "portal register",
                                "portal login",
                                "portal activate",
                                "portal reset-with-secret",
                                "portal refuse-email-change",
                                "desk call-start",
                                "desk lookup",
                                "desk verify",
                                "desk call-end",
                                "desk unlock",
                                "desk reissue",
                                "desk email",
                                "desk email-confirm",
                                "desk certify",
                                "desk unlock-bulk",
                                "desk approval-request",
                                "desk approvals",
                                "desk approve",
                                "mailer run",
                                "mailer requeue",
                                "history lockouts",
                                "purge",
                                "profile list",
                                "profile show",
                                "profile set",
                                "profile remove",
                                "profile default",
                                "profile set-password"})
        QTest::newRow(command) << QString::fromLatin1(command);
}

void TestCtlCommands::dispatchedCommandsAreInTheTable()
{
    QFETCH(QString, command);
    const Run run = ctl().run(command.split(QLatin1Char(' ')) + QStringList{QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.stdoutText.startsWith(QByteArray("Usage: guichetctl " + command.toUtf8())),
             run.stdoutText.constData());
    const CtlCommandTable::Command* found = CtlCommandTable::find(command.split(QLatin1Char(' ')));
    QVERIFY(found);
    QCOMPARE(found->name(), command);
}

void TestCtlCommands::tableCommandsAreDispatched_data()
{
    commandHelp_data();
}

void TestCtlCommands::tableCommandsAreDispatched()
{
    // Each command of the table reaches its code: whatever it answers to placeholder arguments, it
    // is not an unknown command.
    QFETCH(int, index);
    const Command& command = CtlCommandTable::commands().at(index);
    TestDatabase db(QStringLiteral("sqlite"));
    QVERIFY(db.migrate());
    QStringList arguments = command.words;
    for (int i = 0; i < command.argumentCount; ++i)
        arguments.append(QStringLiteral("X"));
    const Run run = ctl(db.urlString()).run(arguments);
    QVERIFY2(run.exitCode >= 0, run.stderrText.constData());
    QVERIFY2(!run.json.isEmpty(), run.stdoutText.constData());
    QVERIFY2(!run.json.contains(QStringLiteral("unknown_command")), run.stdoutText.constData());
}

void TestCtlCommands::unknownCommands_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("frobnicate") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("group alone") << QStringList{QStringLiteral("desk")};
    QTest::newRow("unknown desk command") << QStringList{QStringLiteral("desk"), QStringLiteral("transfer")};
    QTest::newRow("unknown mailer command") << QStringList{QStringLiteral("mailer"), QStringLiteral("flush")};
    QTest::newRow("unknown with --help") << QStringList{QStringLiteral("frobnicate"), QStringLiteral("--help")};
    QTest::newRow("old history spelling") << QStringList{QStringLiteral("history")};
}

void TestCtlCommands::unknownCommands()
{
    QFETCH(QStringList, arguments);
    const Run run = ctl().run(arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.json.value(QStringLiteral("error")).toString(), QStringLiteral("usage"));
    arguments.removeAll(QStringLiteral("--help"));
    QCOMPARE(run.json.value(QStringLiteral("unknown_command")).toString(), arguments.join(QLatin1Char(' ')));
}

QTEST_GUILESS_MAIN(TestCtlCommands)
#include "tst_ctlcommands.moc"
