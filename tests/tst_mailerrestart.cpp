// `guichetctl mailer run`, the shared mail service, carries on when PostgreSQL restarts under it:
// the private server of resources/scripts/with-postgresql.sh is restarted (pg_ctl restart -m fast:
// every session is terminated) while the service runs as a child process; a mail queued after the
// restart reaches the relay (tests/smtp_server.py) without the service being restarted, and the
// service is still running. The restart cuts every session on the server: this test is RUN_SERIAL
// (tests/CMakeLists.txt). PostgreSQL only: an SQLite file has no server to restart.
#include "support/CtlRunner.h"
#include "support/SmtpTestServer.h"
#include "support/TestDatabases.h"

#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>

namespace {

struct Person
{
    QString nir;
    QString lastName;
    QString firstNames;
    QString birthDate;
    QString birthPlace;
    QString email;
};

const Person Marie{QStringLiteral("260121305532168"), QStringLiteral("Lefèvre-d'Arc"),
                   QStringLiteral("Marie Hélène"),    QStringLiteral("1960-12-24"),
                   QStringLiteral("Marseille"),       QStringLiteral("marie@example.org")};
const Person Paul{QStringLiteral("172089935001744"), QStringLiteral("N'Diaye"), QStringLiteral("Moussa"),
                  QStringLiteral("1972-08-30"),      QStringLiteral("Maroc"),   QStringLiteral("paul@example.org")};

QStringList civil(const Person& person)
{
    return {QStringLiteral("--nir"),         person.nir,        QStringLiteral("--last-name"),  person.lastName,
            QStringLiteral("--first-names"), person.firstNames, QStringLiteral("--birth-date"), person.birthDate,
            QStringLiteral("--birth-place"), person.birthPlace};
}

// The person in the register and the identity table, then her registration on the portal: one
// temporary password queued for her address.
QString queueRegistration(const CtlRunner& ctl, const Person& person)
{
    for (const QString& table : {QStringLiteral("register"), QStringLiteral("identity")}) {
        const CtlRunner::Run added = ctl.run(QStringList{table, QStringLiteral("add")} + civil(person));
        if (added.exitCode != 0)
            return QString::fromUtf8(added.stdoutText + added.stderrText);
    }
    const CtlRunner::Run registration
        = ctl.run(QStringList{QStringLiteral("portal"), QStringLiteral("register")} + civil(person)
                  + QStringList{QStringLiteral("--email"), person.email, QStringLiteral("--secret-question"),
                                QStringLiteral("Chien ?"), QStringLiteral("--secret-answer"), QStringLiteral("Médor")});
    if (registration.json.value(QStringLiteral("outcome")).toString() != QLatin1String("registered"))
        return QString::fromUtf8(registration.stdoutText + registration.stderrText);
    return {};
}

} // namespace

class TestMailerRestart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deliversAfterServerRestart_data() { TestDatabase::addEngineRows(); }
    void deliversAfterServerRestart();

private:
    SmtpTestTools m_tools;
    QString m_toolsMissing;
};

void TestMailerRestart::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!m_tools.prepare())
        m_toolsMissing = m_tools.why();
}

void TestMailerRestart::deliversAfterServerRestart()
{
    QFETCH(QString, engine);
    if (engine == QLatin1String("sqlite"))
        QSKIP("an SQLite file has no server to restart: PostgreSQL only");
    GUICHET_REQUIRE_SMTP_TOOLS(m_toolsMissing.isEmpty(), m_toolsMissing);
    GUICHET_TEST_DATABASE(db, engine);
    CtlRunner ctl(db.urlString());
    ctl.unsetEnvironment(QStringLiteral("GUICHET_SMTP_PASSWORD"));
    const CtlRunner::Run init = ctl.run({QStringLiteral("init")});
    QVERIFY2(init.exitCode == 0, init.stdoutText.constData());
    const QString first = queueRegistration(ctl, Marie);
    QVERIFY2(first.isEmpty(), qPrintable(first));
    SmtpTestServer relay;
    QVERIFY(
        relay.start({QStringLiteral("--tls-cert"), m_tools.certificate(), QStringLiteral("--tls-key"), m_tools.key()}));

    QProcess* service
        = ctl.start({QStringLiteral("mailer"), QStringLiteral("run"), QStringLiteral("--smtp"),
                     relay.url(QStringLiteral("smtp")), QStringLiteral("--smtp-ca"), m_tools.certificate()});
    const auto stop = qScopeGuard([service] {
        if (service->state() != QProcess::NotRunning)
            service->kill();
        CtlRunner::finish(service);
    });
    QVERIFY(service->waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(relay.count(), 1, 30000); // the service works, its session is open

    QString why;
    QVERIFY2(TestDatabase::restartPostgreSql(&why), qPrintable(why));
    const QString second = queueRegistration(ctl, Paul);
    QVERIFY2(second.isEmpty(), qPrintable(second));

    QTRY_COMPARE_WITH_TIMEOUT(relay.count(), 2, 60000);
    QVERIFY(relay.envelope(2).contains(Paul.email.toUtf8()));
    QCOMPARE(service->state(), QProcess::Running);

    service->terminate(); // SIGTERM, as systemctl stop
    QVERIFY(service->waitForFinished(30000));
    const QByteArray errors = service->readAllStandardError();
    QCOMPARE(service->exitStatus(), QProcess::NormalExit);
    QVERIFY2(service->exitCode() == 0, errors.constData());
}

QTEST_GUILESS_MAIN(TestMailerRestart)
#include "tst_mailerrestart.moc"
