// guichetctl at a terminal: every password it reads is typed without being shown. The real
// executable runs on a pseudo-terminal (run_in_pty.py, python3's pty module): the test waits for
// the prompt, types the password, and checks what the terminal showed, on both engines.
#include "support/CtlRunner.h"
#include "support/TestDatabases.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace {

using Run = CtlRunner::Run;
const QString password = QStringLiteral("Guichet-Agent-1");
const QString typedPassword = QStringLiteral("Tape-Au-Clavier-7");

struct TerminalRun
{
    int exitCode = -1;
    bool prompted = false;
    QString output; // everything the terminal showed
    QJsonObject json; // guichetctl's JSON line, found in the output
};

// Runs guichetctl on a pseudo-terminal, types typed once the prompt has appeared.
TerminalRun atTerminal(const QStringList& arguments, const QString& typed)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"GUICHET_DATABASE", "GUICHET_AGENT_PASSWORD", "GUICHET_PASSWORD", "GUICHET_PROFILE"})
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("python3"),
                  QStringList{QStringLiteral(PTY_SCRIPT), QStringLiteral("(not shown)"), typed, QStringLiteral("--"),
                              QStringLiteral(GUICHETCTL_PATH), QStringLiteral("--lang"), QStringLiteral("en")}
                      + arguments);
    TerminalRun run;
    if (!process.waitForFinished(180000))
        return run;
    const QJsonObject result = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    run.exitCode = result.value(QStringLiteral("exit")).toInt(-1);
    run.prompted = result.value(QStringLiteral("prompted")).toBool();
    run.output = result.value(QStringLiteral("output")).toString();
    const QStringList lines = run.output.split(QRegularExpression(QStringLiteral("[\r\n]+")));
    for (const QString& line : lines) {
        const qsizetype brace = line.indexOf(QLatin1Char('{'));
        if (brace >= 0)
            run.json = QJsonDocument::fromJson(line.mid(brace).toUtf8()).object();
    }
    return run;
}

} // namespace

class TestCtlTerminal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passwordNotEchoed_data();
    void passwordNotEchoed();
    void pipedPasswordStillRead_data() { TestDatabase::addEngineRows(); }
    void pipedPasswordStillRead();
    void everyPasswordReadGoesThroughTerminalInput();
};

void TestCtlTerminal::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        QFAIL("python3 is needed to drive guichetctl on a pseudo-terminal");
}

void TestCtlTerminal::passwordNotEchoed_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("typed"); // what the person types at the prompt
    QTest::addColumn<QString>("resultKey"); // a key of the JSON answer on success
    for (const char* engine : {"sqlite", "postgresql"}) {
        const QString e = QString::fromLatin1(engine);
        QTest::addRow("%s: agent add", engine)
            << e
            << QStringList{QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("carole"),
                           QStringLiteral("--role"), QStringLiteral("admin")}
            << typedPassword << "id";
        QTest::addRow("%s: desk call-start", engine)
            << e
            << QStringList{QStringLiteral("desk"), QStringLiteral("--agent"), QStringLiteral("sophie"),
                           QStringLiteral("call-start")}
            << password << "call_id";
        QTest::addRow("%s: history lockouts", engine)
            << e
            << QStringList{QStringLiteral("history"), QStringLiteral("lockouts"), QStringLiteral("--agent"),
                           QStringLiteral("sophie")}
            << password << "count";
        QTest::addRow("%s: purge", engine)
            << e << QStringList{QStringLiteral("purge"), QStringLiteral("--agent"), QStringLiteral("adam")} << password
            << "older_than_days";
    }
}

void TestCtlTerminal::passwordNotEchoed()
{
    QFETCH(QString, engine);
    QFETCH(QStringList, arguments);
    QFETCH(QString, typed);
    QFETCH(QString, resultKey);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    CtlRunner ctl(db.urlString());
    // agent add at the terminal: the first admin of an empty database (no admin signs in first).
    const bool firstAdmin = arguments.value(0) == QLatin1String("agent");
    ctl.setEnvironment(QStringLiteral("GUICHET_AGENT_PASSWORD"), password);
    for (const auto& [login, role] : {std::pair{"adam", "admin"}, std::pair{"sophie", "supervisor"}}) {
        if (firstAdmin)
            break;
        QStringList add{QStringLiteral("agent"), QStringLiteral("add"), QString::fromLatin1(login),
                        QStringLiteral("--role"), QString::fromLatin1(role)};
        if (QLatin1String(role) != QLatin1String("admin"))
            add << QStringLiteral("--agent") << QStringLiteral("adam");
        const Run added = ctl.run(add, password.toUtf8() + '\n');
        QVERIFY2(added.exitCode == 0, added.stdoutText.constData());
    }

    const TerminalRun run = atTerminal(QStringList{QStringLiteral("--database"), db.urlString()} + arguments, typed);
    const QByteArray shown = run.output.toUtf8();
    QVERIFY2(!run.output.contains(typed), shown.constData()); // the terminal never showed it
    QVERIFY2(run.prompted, shown.constData()); // a prompt said what to type
    QVERIFY2(run.exitCode == 0, shown.constData()); // and the password was read all the same
    QVERIFY2(run.json.contains(resultKey), shown.constData());
}

void TestCtlTerminal::pipedPasswordStillRead()
{
    // Not a terminal (a script's pipe): the first line, no prompt on stderr, as before.
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    const CtlRunner ctl(db.urlString());
    QCOMPARE(ctl.run({QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("adam"), QStringLiteral("--role"),
                      QStringLiteral("admin")},
                     password.toUtf8() + '\n')
                 .exitCode,
             0);
    CtlRunner admin = ctl;
    admin.setEnvironment(QStringLiteral("GUICHET_AGENT_PASSWORD"), password);
    const Run added
        = admin.run({QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("sophie"), QStringLiteral("--role"),
                     QStringLiteral("supervisor"), QStringLiteral("--agent"), QStringLiteral("adam")},
                    password.toUtf8() + '\n');
    QVERIFY2(added.exitCode == 0, added.stdoutText.constData());
    QVERIFY2(!added.stderrText.contains("not shown"), added.stderrText.constData());
    const Run call = ctl.run(
        {QStringLiteral("desk"), QStringLiteral("--agent"), QStringLiteral("sophie"), QStringLiteral("call-start")},
        password.toUtf8() + '\n');
    QVERIFY2(call.exitCode == 0, call.stdoutText.constData());
    QVERIFY(call.json.value(QStringLiteral("call_id")).toInteger() > 0);
    QVERIFY2(!call.stderrText.contains("not shown"), call.stderrText.constData());
}

void TestCtlTerminal::everyPasswordReadGoesThroughTerminalInput()
{
    // The source side of the same rule: only TerminalInput.cpp reads standard input, and each
    // command that takes a password calls TerminalInput::readPassword.
    const QDir app(QStringLiteral(APP_SOURCE_DIR));
    const QStringList sources = app.entryList({QStringLiteral("*.cpp")}, QDir::Files);
    QVERIFY(sources.contains(QStringLiteral("TerminalInput.cpp")));
    const QRegularExpression readsStdin(QStringLiteral("\\bstdin\\b|std::cin|STDIN_FILENO|\\bgetpass\\b"));
    QStringList readers;
    for (const QString& name : sources) {
        QFile file(app.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        if (readsStdin.match(text).hasMatch())
            readers.append(name);
    }
    QCOMPARE(readers, QStringList{QStringLiteral("TerminalInput.cpp")});
    for (const char* name : {"CtlAdminCommands.cpp", "CtlSignIn.cpp", "CtlProfileCommands.cpp"}) {
        QFile file(app.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.readAll().contains("TerminalInput::readPassword("), name);
    }
    // The desk and history commands take the agent's password from CtlSignIn (read once: the
    // connection as the agent's own login and the sign-in use the same answer).
    for (const char* name : {"CtlDeskCommands.cpp", "CtlHistoryCommands.cpp"}) {
        QFile file(app.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("CtlSignIn::agentPassword(") || text.contains("CtlSignIn::reviewer("), name);
    }
}

QTEST_GUILESS_MAIN(TestCtlTerminal)
#include "tst_ctlterminal.moc"
