// guichetctl mailer against a relay that enforces the sender, requires AUTH and refuses chosen
// recipients (tests/smtp_server.py), on SQLite and PostgreSQL: the exit status and the counts of
// `mailer run --once`, `mailer requeue`, the sender from the options and the profile, the password
// files, and the example systemd unit's own ExecStart= line run as systemd would run it.
#include "support/CtlRunner.h"
#include "support/SmtpTestServer.h"
#include "support/TestDatabases.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Nir = QStringLiteral("260121305532168");
const QString Email = QStringLiteral("marie@example.org");
const QString Allowed = QStringLiteral("no-reply@hotline.example");
const QString Sender = QStringLiteral("Assurance retraite <no-reply@hotline.example>");
const QString AuthUser = QStringLiteral("relay-user");
const QString AuthPassword = QStringLiteral("Relais-Secret-77");

QStringList civil()
{
    return {QStringLiteral("--nir"),         Nir,
            QStringLiteral("--last-name"),   QStringLiteral("Lefèvre-d'Arc"),
            QStringLiteral("--first-names"), QStringLiteral("Marie Hélène"),
            QStringLiteral("--birth-date"),  QStringLiteral("1960-12-24"),
            QStringLiteral("--birth-place"), QStringLiteral("Marseille")};
}

// init, the person and her registration: one temporary password queued for Email.
bool queueOneMail(const CtlRunner& ctl)
{
    if (ctl.run({QStringLiteral("init")}).exitCode != 0
        || ctl.run(QStringList{QStringLiteral("register"), QStringLiteral("add")} + civil()).exitCode != 0
        || ctl.run(QStringList{QStringLiteral("identity"), QStringLiteral("add")} + civil()).exitCode != 0)
        return false;
    const CtlRunner::Run registration
        = ctl.run(QStringList{QStringLiteral("portal"), QStringLiteral("register")} + civil()
                  + QStringList{QStringLiteral("--email"), Email, QStringLiteral("--secret-question"),
                                QStringLiteral("Chien ?"), QStringLiteral("--secret-answer"), QStringLiteral("Médor")});
    return registration.json.value(QStringLiteral("outcome")).toString() == QLatin1String("registered");
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.write(content) == content.size();
}

QByteArray header(const QByteArray& mail, const QByteArray& name)
{
    const QRegularExpression line(QStringLiteral("^%1: (.*)\\r$").arg(QString::fromLatin1(name)),
                                  QRegularExpression::MultilineOption);
    return line.match(QString::fromLatin1(mail.left(mail.indexOf("\r\n\r\n") + 2))).captured(1).toLatin1();
}

// A unit file's ExecStart= and Environment= as systemd reads them: words split on blanks, double
// or single quotes group, %d and $CREDENTIALS_DIRECTORY / ${CREDENTIALS_DIRECTORY} are the
// credentials folder, %% is %.
struct Unit
{
    QStringList execStart;
    QStringList environment; // NAME=VALUE
    QStringList credentials; // the names of LoadCredential= / LoadCredentialEncrypted=
};

QStringList splitWords(const QString& line)
{
    QStringList words;
    QString current;
    bool inWord = false;
    QChar quote;
    for (const QChar c : line) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                current += c;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words << current;
            current.clear();
            inWord = false;
        } else {
            current += c;
            inWord = true;
        }
    }
    if (inWord)
        words << current;
    return words;
}

Unit readUnit(const QString& path, const QString& credentialsDirectory)
{
    Unit unit;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return unit;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1Char('#')) || !line.contains(QLatin1Char('=')))
            continue;
        const QString key = line.left(line.indexOf(QLatin1Char('=')));
        QString value = line.mid(key.size() + 1);
        value.replace(QLatin1String("%%"), QLatin1String("\x01"));
        value.replace(QLatin1String("%d"), credentialsDirectory);
        value.replace(QLatin1String("${CREDENTIALS_DIRECTORY}"), credentialsDirectory);
        value.replace(QLatin1String("$CREDENTIALS_DIRECTORY"), credentialsDirectory);
        value.replace(QLatin1String("\x01"), QLatin1String("%"));
        if (key == QLatin1String("ExecStart"))
            unit.execStart = splitWords(value);
        else if (key == QLatin1String("Environment"))
            unit.environment << splitWords(value);
        else if (key == QLatin1String("LoadCredential") || key == QLatin1String("LoadCredentialEncrypted"))
            unit.credentials << value.left(value.indexOf(QLatin1Char(':')));
    }
    return unit;
}

} // namespace

#define REQUIRE_SMTP_TOOLS() GUICHET_REQUIRE_SMTP_TOOLS(m_toolsMissing.isEmpty(), m_toolsMissing)

class TestMailerCtl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pausedRunExitsOneThenRequeue_data() { TestDatabase::addEngineRows(); }
    void pausedRunExitsOneThenRequeue();
    void requeueDeadForOneAccount_data() { TestDatabase::addEngineRows(); }
    void requeueDeadForOneAccount();
    void passwordFiles_data();
    void passwordFiles();
    void profileSender_data() { TestDatabase::addEngineRows(); }
    void profileSender();
    void systemdUnitDelivers_data() { TestDatabase::addEngineRows(); }
    void systemdUnitDelivers();

private:
    bool startRelay(SmtpTestServer& server, const QStringList& extra = {});
    QStringList smtpOptions(const SmtpTestServer& server) const;

    SmtpTestTools m_tools;
    QString m_toolsMissing;
    QTemporaryDir m_dir;
    QString m_passwordFile;
};

void TestMailerCtl::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_passwordFile = m_dir.filePath(QStringLiteral("smtp-password"));
    QVERIFY(writeFile(m_passwordFile, AuthPassword.toUtf8() + '\n'));
    if (!m_tools.prepare())
        m_toolsMissing = m_tools.why();
}

bool TestMailerCtl::startRelay(SmtpTestServer& server, const QStringList& extra)
{
    return server.start(QStringList{QStringLiteral("--tls-cert"), m_tools.certificate(), QStringLiteral("--tls-key"),
                                    m_tools.key(), QStringLiteral("--auth-user"), AuthUser,
                                    QStringLiteral("--auth-password"), AuthPassword, QStringLiteral("--allowed-sender"),
                                    Allowed}
                        + extra);
}

QStringList TestMailerCtl::smtpOptions(const SmtpTestServer& server) const
{
    return {QStringLiteral("--smtp"), server.url(QStringLiteral("smtp"), AuthUser), QStringLiteral("--smtp-ca"),
            m_tools.certificate(),    QStringLiteral("--smtp-password-file"),       m_passwordFile};
}

void TestMailerCtl::pausedRunExitsOneThenRequeue()
{
    QFETCH(QString, engine);
    REQUIRE_SMTP_TOOLS();
    GUICHET_TEST_DATABASE(db, engine);
    CtlRunner ctl(db.urlString());
    ctl.unsetEnvironment(QStringLiteral("GUICHET_SMTP_PASSWORD"));
    QVERIFY(queueOneMail(ctl));
    SmtpTestServer server;
    QVERIFY(startRelay(server));
    const QStringList run
        = QStringList{QStringLiteral("mailer"), QStringLiteral("run"), QStringLiteral("--once")} + smtpOptions(server);

    // The default sender is not the relay login's: paused, nothing dead, exit 1 with the counts.
    for (int pass = 0; pass < 2; ++pass) {
        const CtlRunner::Run paused = ctl.run(run);
        QCOMPARE(paused.exitCode, 1);
        QCOMPARE(paused.json.value(QStringLiteral("error")).toString(), QStringLiteral("delivery_failed"));
        QCOMPARE(paused.json.value(QStringLiteral("sent")).toInt(), 0);
        QCOMPARE(paused.json.value(QStringLiteral("dead")).toInt(), 0);
        QCOMPARE(paused.json.value(QStringLiteral("held")).toInt(), 1);
        QVERIFY(paused.json.value(QStringLiteral("paused")).toBool());
        QVERIFY2(paused.json.value(QStringLiteral("pause_reason")).toString().contains(QStringLiteral("553 5.7.1")),
                 paused.stdoutText.constData());
        QVERIFY(!paused.stdoutText.contains(Email.toUtf8()) && !paused.stderrText.contains(Email.toUtf8()));
    }
    QCOMPARE(server.statistic(QStringLiteral("connections")), 1); // the second run tried nothing

    const CtlRunner::Run requeue = ctl.run({QStringLiteral("mailer"), QStringLiteral("requeue")});
    QCOMPARE(requeue.exitCode, 0);
    QVERIFY(requeue.json.value(QStringLiteral("pause_lifted")).toBool());
    QCOMPARE(requeue.json.value(QStringLiteral("requeued")).toInt(), 1);

    const CtlRunner::Run sent = ctl.run(run + QStringList{QStringLiteral("--sender"), Sender});
    QCOMPARE(sent.exitCode, 0);
    QCOMPARE(sent.json.value(QStringLiteral("sent")).toInt(), 1);
    QCOMPARE(sent.json.value(QStringLiteral("relay_queue_ids")).toArray(), QJsonArray{QStringLiteral("Q0001")});
    QCOMPARE(header(server.message(1), "From"), Sender.toUtf8());
    QCOMPARE(server.envelope(1).split('\n').value(0), Allowed.toUtf8());

    // The mail service's own events, read by a supervisor (--by: the system's "mailer" login).
    const QString password = QStringLiteral("Correct-Horse-42");
    ctl.setEnvironment(QStringLiteral("GUICHET_PASSWORD"), password);
    ctl.setEnvironment(QStringLiteral("GUICHET_AGENT_PASSWORD"), password);
    QCOMPARE(ctl.run({QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("adam"), QStringLiteral("--role"),
                      QStringLiteral("admin")})
                 .exitCode,
             0);
    QCOMPARE(
        ctl.run({QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("sophie"), QStringLiteral("--role"),
                 QStringLiteral("supervisor"), QStringLiteral("--agent"), QStringLiteral("adam")})
            .exitCode,
        0);
    const CtlRunner::Run audit = ctl.run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--agent"),
                                          QStringLiteral("sophie"), QStringLiteral("--by"), QStringLiteral("mailer")});
    QVERIFY(audit.stdoutText.contains("\"mail_requeued\""));
    QVERIFY(audit.stdoutText.contains("\"paused\""));
}

void TestMailerCtl::requeueDeadForOneAccount()
{
    QFETCH(QString, engine);
    REQUIRE_SMTP_TOOLS();
    GUICHET_TEST_DATABASE(db, engine);
    CtlRunner ctl(db.urlString());
    QVERIFY(queueOneMail(ctl));
    const QStringList send = {QStringLiteral("mailer"), QStringLiteral("run"), QStringLiteral("--once"),
                              QStringLiteral("--sender"), Allowed};
    {
        SmtpTestServer refusing;
        QVERIFY(startRelay(refusing, {QStringLiteral("--refuse-recipient"), Email}));
        const CtlRunner::Run dead = ctl.run(send + smtpOptions(refusing));
        QCOMPARE(dead.exitCode, 1);
        QCOMPARE(dead.json.value(QStringLiteral("error")).toString(), QStringLiteral("delivery_failed"));
        QCOMPARE(dead.json.value(QStringLiteral("dead")).toInt(), 1);
        QVERIFY(!dead.json.value(QStringLiteral("paused")).toBool());
    }
    // Without --dead a dead message stays dead.
    QCOMPARE(
        ctl.run({QStringLiteral("mailer"), QStringLiteral("requeue")}).json.value(QStringLiteral("revived")).toInt(),
        0);
    const CtlRunner::Run revived = ctl.run({QStringLiteral("mailer"), QStringLiteral("requeue"),
                                            QStringLiteral("--dead"), QStringLiteral("--account"), Nir});
    QCOMPARE(revived.exitCode, 0);
    QCOMPARE(revived.json.value(QStringLiteral("revived")).toInt(), 1);
    QCOMPARE(ctl.run({QStringLiteral("mailer"), QStringLiteral("requeue"), QStringLiteral("--account"),
                      QStringLiteral("185037510604292")})
                 .json.value(QStringLiteral("error"))
                 .toString(),
             QStringLiteral("not_found"));

    SmtpTestServer server;
    QVERIFY(startRelay(server));
    const CtlRunner::Run sent = ctl.run(send + smtpOptions(server));
    QCOMPARE(sent.exitCode, 0);
    QCOMPARE(sent.json.value(QStringLiteral("sent")).toInt(), 1);
    QCOMPARE(server.count(), 1);
}

void TestMailerCtl::passwordFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("ok");
    QTest::newRow("trailing LF") << AuthPassword.toUtf8() + '\n' << true;
    QTest::newRow("trailing CRLF") << AuthPassword.toUtf8() + "\r\n" << true;
    QTest::newRow("no line end") << AuthPassword.toUtf8() << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("only a line end") << QByteArray("\n") << false;
}

void TestMailerCtl::passwordFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, ok);
    REQUIRE_SMTP_TOOLS();
    GUICHET_TEST_DATABASE(db, QStringLiteral("sqlite"));
    CtlRunner ctl(db.urlString());
    ctl.setEnvironment(QStringLiteral("GUICHET_SMTP_PASSWORD"), QStringLiteral("not-this-one"));
    QVERIFY(queueOneMail(ctl));
    SmtpTestServer server;
    QVERIFY(startRelay(server));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("password"));
    QVERIFY(writeFile(file, content));
    const CtlRunner::Run run = ctl.run({QStringLiteral("mailer"), QStringLiteral("run"), QStringLiteral("--once"),
                                        QStringLiteral("--sender"), Allowed, QStringLiteral("--smtp"),
                                        server.url(QStringLiteral("smtp"), AuthUser), QStringLiteral("--smtp-ca"),
                                        m_tools.certificate(), QStringLiteral("--smtp-password-file"), file});
    if (ok) {
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json.value(QStringLiteral("sent")).toInt(), 1);
        QCOMPARE(server.statistic(QStringLiteral("auth_failures")), 0);
    } else {
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json.value(QStringLiteral("error")).toString(), QStringLiteral("password_file_unreadable"));
        QCOMPARE(server.statistic(QStringLiteral("connections")), 0);
    }
    // A missing file, and one that others may read (used, with a warning).
    const CtlRunner::Run missing
        = ctl.run({QStringLiteral("--database-password-file"), dir.filePath(QStringLiteral("none")),
                   QStringLiteral("mailer"), QStringLiteral("requeue")});
    QCOMPARE(missing.json.value(QStringLiteral("error")).toString(), QStringLiteral("password_file_unreadable"));
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    if (ok) {
        const CtlRunner::Run warned = ctl.run(
            {QStringLiteral("--database-password-file"), file, QStringLiteral("mailer"), QStringLiteral("requeue")});
        QCOMPARE(warned.exitCode, 0);
        QVERIFY2(warned.stderrText.contains("may be read by other users"), warned.stderrText.constData());
        QVERIFY(!warned.stderrText.contains(AuthPassword.toUtf8()));
    }
}

void TestMailerCtl::profileSender()
{
    QFETCH(QString, engine);
    REQUIRE_SMTP_TOOLS();
    GUICHET_TEST_DATABASE(db, engine);
    QTemporaryDir config;
    CtlRunner ctl(db.urlString());
    ctl.setEnvironment(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    QVERIFY(queueOneMail(ctl));
    SmtpTestServer server;
    QVERIFY(startRelay(server));
    CtlRunner bare; // profile commands take no --database
    bare.setEnvironment(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    const CtlRunner::Run set = bare.run(
        {QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("hotline"), QStringLiteral("--database"),
         db.urlString(), QStringLiteral("--smtp"), server.url(QStringLiteral("smtp"), AuthUser),
         QStringLiteral("--smtp-ca"), m_tools.certificate(), QStringLiteral("--smtp-sender"), Sender,
         QStringLiteral("--smtp-reply-to"), QStringLiteral("Service clients <contact@hotline.example>")});
    QVERIFY2(set.exitCode == 0, set.stdoutText.constData());
    const CtlRunner::Run shown
        = bare.run({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("hotline")});
    QCOMPARE(shown.json.value(QStringLiteral("smtp_sender")).toString(), Sender);
    QCOMPARE(shown.json.value(QStringLiteral("smtp_reply_to")).toString(),
             QStringLiteral("Service clients <contact@hotline.example>"));
    QCOMPARE(
        bare.run({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("bad"), QStringLiteral("--database"),
                  db.urlString(), QStringLiteral("--smtp"), server.url(QStringLiteral("smtp")),
                  QStringLiteral("--smtp-sender"), QStringLiteral("Assurance retraite <no-reply>")})
            .json.value(QStringLiteral("error"))
            .toString(),
        QStringLiteral("invalid_smtp_sender"));

    const CtlRunner::Run sent = ctl.run({QStringLiteral("--profile"), QStringLiteral("hotline"),
                                         QStringLiteral("mailer"), QStringLiteral("run"), QStringLiteral("--once"),
                                         QStringLiteral("--smtp-password-file"), m_passwordFile});
    QVERIFY2(sent.exitCode == 0, sent.stdoutText.constData());
    const QByteArray mail = server.message(1);
    QCOMPARE(header(mail, "From"), Sender.toUtf8());
    QCOMPARE(header(mail, "Reply-To"), QByteArray("Service clients <contact@hotline.example>"));
    QVERIFY(header(mail, "Message-ID").endsWith("@hotline.example>"));
    QCOMPARE(server.envelope(1).split('\n').value(0), Allowed.toUtf8());
}

// resources/systemd/guichet-mailer.service's ExecStart=, as systemd runs it: its Environment=,
// the credentials folder holding the two passwords, no keychain (no D-Bus session) and no
// password in the environment. The profile it names points at a real database and a relay with
// AUTH that enforces the sender; SIGTERM ends it cleanly.
void TestMailerCtl::systemdUnitDelivers()
{
    QFETCH(QString, engine);
    REQUIRE_SMTP_TOOLS();
    GUICHET_TEST_DATABASE(db, engine);
    QTemporaryDir config;
    QTemporaryDir credentials;
    CtlRunner ctl(db.urlString());
    QVERIFY(queueOneMail(ctl));
    SmtpTestServer server;
    QVERIFY(startRelay(server));

    const Unit unit = readUnit(QStringLiteral(SYSTEMD_UNIT), credentials.path());
    QVERIFY2(unit.execStart.size() > 2, "no ExecStart= in the unit");
    QCOMPARE(unit.execStart.first(), QStringLiteral("/usr/bin/guichetctl"));
    QVERIFY(!unit.execStart.contains(QStringLiteral("--once")));
    QCOMPARE(unit.credentials, (QStringList{QStringLiteral("database-password"), QStringLiteral("smtp-password")}));
    QVERIFY(writeFile(QDir(credentials.path()).filePath(QStringLiteral("database-password")), "db-secret\n"));
    QVERIFY(
        writeFile(QDir(credentials.path()).filePath(QStringLiteral("smtp-password")), AuthPassword.toUtf8() + '\n'));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : {QStringLiteral("GUICHET_SMTP_PASSWORD"), QStringLiteral("GUICHET_DATABASE"),
                                QStringLiteral("GUICHET_PROFILE"), QStringLiteral("PGPASSWORD")})
        environment.remove(name);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    environment.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), credentials.path());
    QString profile;
    for (const QString& assignment : unit.environment) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        environment.insert(assignment.left(equals), assignment.mid(equals + 1));
        if (assignment.startsWith(QLatin1String("GUICHET_PROFILE=")))
            profile = assignment.mid(equals + 1);
    }
    QVERIFY2(!profile.isEmpty(), "the unit names no profile");

    // The profile, as the administrator sets it up for the service's user.
    CtlRunner admin;
    admin.setEnvironment(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    const CtlRunner::Run set
        = admin.run({QStringLiteral("profile"), QStringLiteral("set"), profile, QStringLiteral("--database"),
                     db.urlString(), QStringLiteral("--smtp"), server.url(QStringLiteral("smtp"), AuthUser),
                     QStringLiteral("--smtp-ca"), m_tools.certificate(), QStringLiteral("--smtp-sender"), Sender,
                     QStringLiteral("--mail-delivery"), QStringLiteral("shared_service")});
    QVERIFY2(set.exitCode == 0, set.stdoutText.constData());

    QProcess service;
    service.setProcessEnvironment(environment);
    service.start(QStringLiteral(GUICHETCTL_PATH), unit.execStart.mid(1));
    QVERIFY(service.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(server.count(), 1, 30000);
    service.terminate(); // SIGTERM, as systemctl stop
    QVERIFY(service.waitForFinished(30000));
    const QByteArray errors = service.readAllStandardError();
    QCOMPARE(service.exitStatus(), QProcess::NormalExit);
    QVERIFY2(service.exitCode() == 0, errors.constData());
    QVERIFY2(!errors.contains("keychain") && !errors.contains(AuthPassword.toUtf8()), errors.constData());
    QCOMPARE(header(server.message(1), "From"), Sender.toUtf8());
    QCOMPARE(server.statistic(QStringLiteral("auth_failures")), 0);
    QCOMPARE(server.statistic(QStringLiteral("auths")), 1);
}

QTEST_GUILESS_MAIN(TestMailerCtl)
#include "tst_mailerctl.moc"
