// The portal and the desk end to end through guichetctl, as a script or another tool would
// drive them, on SQLite and on PostgreSQL.
#include "audit/AuditLog.h"
#include "db/SqlQuery.h"
#include "support/CtlRunner.h"
#include "support/SmtpTestServer.h"
#include "support/TestDatabases.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString nir = QStringLiteral("260121305532168");
const QString agentPassword = QStringLiteral("Guichet-Agent-1");
const QString personalPassword = QStringLiteral("Mon-Passe-2026");
const QString relayPassword = QStringLiteral("Relais-Secret-77");

QStringList civil()
{
    return {QStringLiteral("--nir"),         nir,
            QStringLiteral("--last-name"),   QStringLiteral("Lefèvre-d'Arc"),
            QStringLiteral("--first-names"), QStringLiteral("Marie Hélène"),
            QStringLiteral("--birth-date"),  QStringLiteral("1960-12-24"),
            QStringLiteral("--birth-place"), QStringLiteral("Marseille")};
}

// Decodes every MIME part of a message enough to read its text lines.
QString readableText(const QByteArray& message)
{
    QString text = QString::fromUtf8(message);
    static const QRegularExpression base64Part(
        QStringLiteral("Content-Transfer-Encoding: base64\\r?\\n(?:[^\\r\\n]+\\r?\\n)*\\r?\\n([A-Za-z0-9+/=\\r\\n]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatchIterator parts = base64Part.globalMatch(text);
    while (parts.hasNext()) {
        const QByteArray encoded = parts.next().captured(1).toLatin1();
        text += QLatin1Char('\n') + QString::fromUtf8(QByteArray::fromBase64(encoded));
    }
    text.replace(QLatin1String("=\r\n"), QString()); // quoted-printable soft breaks
    text.replace(QLatin1String("=\n"), QString());
    return text;
}

// The value after "label : " in the newest message of the folder.
QString fromNewestMail(const QString& folder, const QString& label)
{
    static const QRegularExpression outboxId(QStringLiteral("outbox-(\\d+)"));
    QString newest;
    qint64 newestId = -1;
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.eml")}, QDir::Files);
    for (const QString& file : files) {
        // The .eml folder names files after the outbox id; the test SMTP server numbers them 1, 2…
        const QRegularExpressionMatch match = outboxId.match(file);
        const qint64 id = match.hasMatch() ? match.captured(1).toLongLong() : QFileInfo(file).baseName().toLongLong();
        if (id > newestId) {
            newestId = id;
            newest = file;
        }
    }
    QFile file(QDir(folder).filePath(newest));
    if (newest.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    const QRegularExpression line(QStringLiteral("^%1 ?: ?(\\S+)\\s*$").arg(QRegularExpression::escape(label)),
                                  QRegularExpression::MultilineOption);
    return line.match(readableText(file.readAll())).captured(1);
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void registerLockUnlockReissue_data();
    void registerLockUnlockReissue();
    void temporaryPasswordExpires_data() { TestDatabase::addEngineRows(); }
    void temporaryPasswordExpires();
    void failedVerificationsAndRoles_data() { TestDatabase::addEngineRows(); }
    void failedVerificationsAndRoles();
    void racingProcesses_data() { TestDatabase::addEngineRows(); }
    void racingProcesses();
    void editedAuditRowIsReported_data() { TestDatabase::addEngineRows(); }
    void editedAuditRowIsReported();

private:
    // init, a certified person with a register entry, agents alice/bruno (agent) and sophie
    // (supervisor), a registration with its temporary password delivered into mail.
    bool prepare(const CtlRunner& ctl, const QString& mailFolder);
    bool prepare(const CtlRunner& ctl, const QStringList& mailerOptions);
    static qint64 verifiedCall(const CtlRunner& ctl, const QString& agent);
};

bool TestLifecycle::prepare(const CtlRunner& ctl, const QString& mailFolder)
{
    return prepare(ctl, QStringList{QStringLiteral("--deliver-to-dir"), mailFolder});
}

bool TestLifecycle::prepare(const CtlRunner& ctl, const QStringList& mailerOptions)
{
    if (ctl.run({QStringLiteral("init")}).exitCode != 0)
        return false;
    if (ctl.run(QStringList{QStringLiteral("register"), QStringLiteral("add")} + civil()).exitCode != 0
        || ctl.run(QStringList{QStringLiteral("identity"), QStringLiteral("add")} + civil()).exitCode != 0)
        return false;
    // adam, the first admin, adds the others (--agent adam).
    CtlRunner admin = ctl;
    admin.setEnvironment(QStringLiteral("GUICHET_AGENT_PASSWORD"), agentPassword);
    for (const auto& [login, role] : {std::pair{"adam", "admin"}, std::pair{"alice", "agent"},
                                      std::pair{"bruno", "agent"}, std::pair{"sophie", "supervisor"}}) {
        QStringList add{QStringLiteral("agent"), QStringLiteral("add"), QString::fromLatin1(login),
                        QStringLiteral("--role"), QString::fromLatin1(role)};
        if (QLatin1String(role) != QLatin1String("admin"))
            add << QStringLiteral("--agent") << QStringLiteral("adam");
        if (admin.run(add, agentPassword.toUtf8() + '\n').exitCode != 0)
            return false;
    }
    const CtlRunner::Run registration
        = ctl.run(QStringList{QStringLiteral("portal"), QStringLiteral("register")} + civil()
                  + QStringList{QStringLiteral("--email"), QStringLiteral("marie@example.org"),
                                QStringLiteral("--secret-question"), QStringLiteral("Chien ?"),
                                QStringLiteral("--secret-answer"), QStringLiteral("Médor")});
    if (registration.json.value(QStringLiteral("outcome")).toString() != QLatin1String("registered"))
        return false;
    return ctl.run(QStringList{QStringLiteral("mailer"), QStringLiteral("run"), QStringLiteral("--once")}
                   + mailerOptions)
               .json.value(QStringLiteral("sent"))
               .toInt()
        == 1;
}

qint64 TestLifecycle::verifiedCall(const CtlRunner& ctl, const QString& agent)
{
    const QStringList desk{QStringLiteral("desk"), QStringLiteral("--agent"), agent};
    const qint64 call = ctl.run(desk
                                + QStringList{QStringLiteral("call-start"), QStringLiteral("--reason"),
                                              QStringLiteral("wrong_password_locked")})
                            .json.value(QStringLiteral("call_id"))
                            .toInteger();
    const QString id = QString::number(call);
    if (ctl.run(desk + QStringList{QStringLiteral("lookup"), QStringLiteral("--call"), id, nir}).exitCode != 0)
        return 0;
    const CtlRunner::Run verify
        = ctl.run(desk + QStringList{QStringLiteral("verify"), QStringLiteral("--call"), id} + civil().mid(2));
    return verify.json.value(QStringLiteral("verified")).toBool() ? call : 0;
}

void TestLifecycle::registerLockUnlockReissue_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<bool>("overSmtp");
    for (const QString& engine : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
        QTest::newRow(qPrintable(engine + QStringLiteral(", .eml folder"))) << engine << false;
        QTest::newRow(qPrintable(engine + QStringLiteral(", SMTP with STARTTLS and AUTH"))) << engine << true;
    }
}

// The whole story; the mail goes either to an .eml folder or to a real SMTP relay (aiosmtpd)
// that requires STARTTLS and a password, which guichetctl takes from GUICHET_SMTP_PASSWORD.
void TestLifecycle::registerLockUnlockReissue()
{
    QFETCH(QString, engine);
    QFETCH(bool, overSmtp);
    GUICHET_TEST_DATABASE(db, engine);
    QTemporaryDir folder;
    CtlRunner ctl(db.urlString());
    ctl.setEnvironment(QStringLiteral("GUICHET_AGENT_PASSWORD"), agentPassword);
    SmtpTestTools tools;
    std::unique_ptr<SmtpTestServer> relay;
    QString mailFolder = folder.path();
    QStringList mailer{QStringLiteral("--deliver-to-dir"), mailFolder};
    if (overSmtp) {
        if (!tools.prepare()) {
            if (SmtpTestTools::required())
                QFAIL(qPrintable(tools.why()));
            QSKIP(qPrintable(tools.why()));
        }
        relay = std::make_unique<SmtpTestServer>();
        QVERIFY(relay->start({QStringLiteral("--tls-cert"), tools.certificate(), QStringLiteral("--tls-key"),
                              tools.key(), QStringLiteral("--auth-user"), QStringLiteral("relay-user"),
                              QStringLiteral("--auth-password"), relayPassword}));
        mailFolder = relay->maildir();
        mailer = {QStringLiteral("--smtp"), relay->url(QStringLiteral("smtp"), QStringLiteral("relay-user")),
                  QStringLiteral("--smtp-ca"), tools.certificate()};
        ctl.setEnvironment(QStringLiteral("GUICHET_SMTP_PASSWORD"), relayPassword);
    }
    const QStringList deliver
        = QStringList{QStringLiteral("mailer"), QStringLiteral("run"), QStringLiteral("--once")} + mailer;
    QVERIFY(prepare(ctl, mailer));
    const QString portal = QStringLiteral("portal");

    // The mailed temporary password logs in once, only to be changed.
    const QString temporary = fromNewestMail(mailFolder, QStringLiteral("Mot de passe provisoire"));
    QVERIFY(temporary.size() >= 12);
    QCOMPARE(
        ctl.run({portal, QStringLiteral("login"), nir, temporary}).json.value(QStringLiteral("outcome")).toString(),
        QStringLiteral("must_change_password"));
    QCOMPARE(ctl.run({portal, QStringLiteral("activate"), nir, temporary, QStringLiteral("faible")})
                 .json.value(QStringLiteral("outcome"))
                 .toString(),
             QStringLiteral("weak_password"));
    QCOMPARE(ctl.run({portal, QStringLiteral("activate"), nir, temporary, personalPassword})
                 .json.value(QStringLiteral("outcome"))
                 .toString(),
             QStringLiteral("activated"));
    QCOMPARE(
        ctl.run({portal, QStringLiteral("login"), nir, temporary}).json.value(QStringLiteral("outcome")).toString(),
        QStringLiteral("wrong_password"));
    QCOMPARE(ctl.run({portal, QStringLiteral("login"), nir, personalPassword})
                 .json.value(QStringLiteral("outcome"))
                 .toString(),
             QStringLiteral("ok"));

    // Five wrong passwords: the fifth answer is already "locked"; then even the right one is refused.
    for (int i = 1; i <= 5; ++i) {
        const CtlRunner::Run wrong = ctl.run({portal, QStringLiteral("login"), nir, QStringLiteral("Wrong-%1").arg(i)});
        QCOMPARE(wrong.json.value(QStringLiteral("outcome")).toString(),
                 i < 5 ? QStringLiteral("wrong_password") : QStringLiteral("locked"));
        QCOMPARE(wrong.json.value(QStringLiteral("failed_attempts")).toInt(), i);
    }
    QCOMPARE(ctl.run({portal, QStringLiteral("login"), nir, personalPassword})
                 .json.value(QStringLiteral("outcome"))
                 .toString(),
             QStringLiteral("locked"));

    // The desk: look up (masked), verify, unlock.
    const QStringList desk{QStringLiteral("desk"), QStringLiteral("--agent"), QStringLiteral("alice")};
    const qint64 call
        = ctl.run(desk + QStringList{QStringLiteral("call-start")}).json.value(QStringLiteral("call_id")).toInteger();
    QVERIFY(call > 0);
    const QString id = QString::number(call);
    const CtlRunner::Run lookup
        = ctl.run(desk + QStringList{QStringLiteral("lookup"), QStringLiteral("--call"), id, nir});
    QCOMPARE(lookup.exitCode, 0);
    QCOMPARE(lookup.json.value(QStringLiteral("status")).toString(), QStringLiteral("locked"));
    QCOMPARE(lookup.json.value(QStringLiteral("failed_attempts")).toInt(), 5);
    QCOMPARE(lookup.json.value(QStringLiteral("email")).toString(),
             QStringLiteral("\u2022\u2022\u2022@\u2022\u2022\u2022"));
    QVERIFY(!lookup.stdoutText.contains("Marseille") && !lookup.stdoutText.contains("marie@"));
    const CtlRunner::Run early = ctl.run(desk
                                         + QStringList{QStringLiteral("unlock"), QStringLiteral("--call"), id,
                                                       QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(early.exitCode, 1);
    QCOMPARE(early.json.value(QStringLiteral("error")).toString(), QStringLiteral("not_verified"));
    const CtlRunner::Run verify
        = ctl.run(desk + QStringList{QStringLiteral("verify"), QStringLiteral("--call"), id} + civil().mid(2));
    QCOMPARE(verify.json.value(QStringLiteral("verified")).toBool(), true);
    QVERIFY(!verify.stdoutText.contains("Marseille"));
    const CtlRunner::Run unlock
        = ctl.run(desk
                  + QStringList{QStringLiteral("unlock"), QStringLiteral("--call"), id, QStringLiteral("--reason"),
                                QStringLiteral("Titulaire vérifié")});
    QCOMPARE(unlock.exitCode, 0);
    QCOMPARE(ctl.run({portal, QStringLiteral("login"), nir, personalPassword})
                 .json.value(QStringLiteral("outcome"))
                 .toString(),
             QStringLiteral("ok"));

    // Reissue twice: only the newest temporary password verifies.
    QCOMPARE(ctl.run(desk
                     + QStringList{QStringLiteral("reissue"), QStringLiteral("--call"), id, QStringLiteral("--reason"),
                                   QStringLiteral("oublié")})
                 .exitCode,
             0);
    QCOMPARE(ctl.run(deliver).json.value(QStringLiteral("sent")).toInt(), 1);
    const QString older = fromNewestMail(mailFolder, QStringLiteral("Mot de passe provisoire"));
    // The caller tries on the portal while on the phone (a typo): the agent reissues again without
    // a new lookup, since neither the delivery nor the caller's try is another desk's action.
    QCOMPARE(ctl.run({portal, QStringLiteral("login"), nir, QStringLiteral("Typo-1")})
                 .json.value(QStringLiteral("outcome"))
                 .toString(),
             QStringLiteral("wrong_password"));
    QCOMPARE(ctl.run(desk
                     + QStringList{QStringLiteral("reissue"), QStringLiteral("--call"), id, QStringLiteral("--reason"),
                                   QStringLiteral("toujours rien")})
                 .exitCode,
             0);
    QCOMPARE(ctl.run(deliver).json.value(QStringLiteral("sent")).toInt(), 1);
    const QString newest = fromNewestMail(mailFolder, QStringLiteral("Mot de passe provisoire"));
    QVERIFY(!older.isEmpty() && !newest.isEmpty() && older != newest);
    QCOMPARE(ctl.run({portal, QStringLiteral("activate"), nir, older, QStringLiteral("Encore-Un-3")})
                 .json.value(QStringLiteral("outcome"))
                 .toString(),
             QStringLiteral("wrong_password"));
    QCOMPARE(ctl.run({portal, QStringLiteral("activate"), nir, newest, QStringLiteral("Encore-Un-3")})
                 .json.value(QStringLiteral("outcome"))
                 .toString(),
             QStringLiteral("activated"));

    // A private address is refused in one sentence of the interface's language (French here).
    ctl.setLanguage(QStringLiteral("fr"));
    const CtlRunner::Run privateAddress = ctl.run(
        desk + QStringList{QStringLiteral("email"), QStringLiteral("--call"), id, QStringLiteral("x@intranet")});
    QCOMPARE(privateAddress.exitCode, 1);
    QCOMPARE(privateAddress.json.value(QStringLiteral("problem")).toString(),
             QStringLiteral("email_domain_without_dot"));
    ctl.setLanguage(QStringLiteral("en"));
    const QString refusal = privateAddress.json.value(QStringLiteral("message")).toString();
    QVERIFY2(refusal.startsWith(QLatin1String("Seules les adresses publiques"))
                 && !refusal.contains(QLatin1String("invalid")),
             qPrintable(refusal));

    // A change of address, confirmed with the code the mail service delivered, without a new
    // lookup: the delivery that the agent's own request caused is no conflict.
    QCOMPARE(ctl.run(desk
                     + QStringList{QStringLiteral("email"), QStringLiteral("--call"), id,
                                   QStringLiteral("marie.nouvelle@example.net")})
                 .exitCode,
             0);
    QCOMPARE(ctl.run(deliver).json.value(QStringLiteral("sent")).toInt(), 1);
    const QString code = fromNewestMail(mailFolder, QStringLiteral("Code de confirmation"));
    QCOMPARE(code.size(), 6);
    const CtlRunner::Run confirmed
        = ctl.run(desk + QStringList{QStringLiteral("email-confirm"), QStringLiteral("--call"), id, code});
    QVERIFY2(confirmed.exitCode == 0, confirmed.stdoutText.constData());

    QCOMPARE(ctl.run(desk
                     + QStringList{QStringLiteral("call-end"), QStringLiteral("--call"), id,
                                   QStringLiteral("--outcome"), QStringLiteral("resolved")})
                 .exitCode,
             0);

    const CtlRunner::Run audit = ctl.run(
        {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--agent"), QStringLiteral("sophie")});
    QCOMPARE(audit.json.value(QStringLiteral("intact")).toBool(), true);
    QVERIFY(audit.json.value(QStringLiteral("events")).toInt() > 8);
    // No secret at rest: neither temporary password is anywhere in the database.
    SqlQuery dump(db.database().connection().value());
    QVERIFY(!dump.exec(QStringLiteral("SELECT COALESCE(payload, '') AS p FROM mail_outbox")));
    while (dump.next()) {
        QVERIFY(!dump.value(QStringLiteral("p")).toString().contains(newest));
        QVERIFY(!dump.value(QStringLiteral("p")).toString().contains(relayPassword));
    }
}

void TestLifecycle::temporaryPasswordExpires()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QTemporaryDir mail;
    CtlRunner ctl(db.urlString());
    QVERIFY(prepare(ctl, mail.path()));
    const QString temporary = fromNewestMail(mail.path(), QStringLiteral("Mot de passe provisoire"));
    const QDateTime issued = QDateTime::currentDateTimeUtc();
    const QString late = issued.addDays(15).addSecs(60).toString(Qt::ISODate);
    const QString justInTime = issued.addDays(15).addSecs(-3600).toString(Qt::ISODate);
    // --at backdates or postdates an attempt: refused unless the simulator is enabled explicitly
    // (issue I.9), and nothing is done (the temporary password is still unused below).
    for (const QString& setting : {QString(), QStringLiteral("0"), QStringLiteral("yes")}) {
        if (setting.isNull())
            ctl.unsetEnvironment(QStringLiteral("GUICHET_PORTAL_SIMULATOR"));
        else
            ctl.setEnvironment(QStringLiteral("GUICHET_PORTAL_SIMULATOR"), setting);
        const CtlRunner::Run refused = ctl.run(
            {QStringLiteral("portal"), QStringLiteral("login"), nir, temporary, QStringLiteral("--at"), late});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.json.value(QStringLiteral("error")).toString(), QStringLiteral("simulator_not_enabled"));
        QVERIFY(refused.json.value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("GUICHET_PORTAL_SIMULATOR=1")));
    }
    ctl.setEnvironment(QStringLiteral("GUICHET_PORTAL_SIMULATOR"), QStringLiteral("1"));
    QCOMPARE(ctl.run({QStringLiteral("portal"), QStringLiteral("login"), nir, temporary, QStringLiteral("--at"), late})
                 .json.value(QStringLiteral("outcome"))
                 .toString(),
             QStringLiteral("temporary_expired"));
    QCOMPARE(
        ctl.run({QStringLiteral("portal"), QStringLiteral("login"), nir, temporary, QStringLiteral("--at"), justInTime})
            .json.value(QStringLiteral("outcome"))
            .toString(),
        QStringLiteral("must_change_password"));
}

void TestLifecycle::failedVerificationsAndRoles()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QTemporaryDir mail;
    CtlRunner ctl(db.urlString());
    ctl.setEnvironment(QStringLiteral("GUICHET_AGENT_PASSWORD"), agentPassword);
    QVERIFY(prepare(ctl, mail.path()));
    const QStringList desk{QStringLiteral("desk"), QStringLiteral("--agent"), QStringLiteral("alice")};
    const QString id = QString::number(
        ctl.run(desk + QStringList{QStringLiteral("call-start")}).json.value(QStringLiteral("call_id")).toInteger());
    QCOMPARE(ctl.run(desk + QStringList{QStringLiteral("lookup"), QStringLiteral("--call"), id, nir}).exitCode, 0);
    QStringList wrong = civil().mid(2);
    wrong[wrong.indexOf(QStringLiteral("Marseille"))] = QStringLiteral("Lyon");
    for (int remaining = 2; remaining >= 0; --remaining) {
        const CtlRunner::Run attempt
            = ctl.run(desk + QStringList{QStringLiteral("verify"), QStringLiteral("--call"), id} + wrong);
        QCOMPARE(attempt.json.value(QStringLiteral("verified")).toBool(true), false);
        QCOMPARE(attempt.json.value(QStringLiteral("remaining_attempts")).toInt(), remaining);
    }
    for (const QString& action : {QStringLiteral("unlock"), QStringLiteral("reissue")}) {
        const CtlRunner::Run refused = ctl.run(
            desk + QStringList{action, QStringLiteral("--call"), id, QStringLiteral("--reason"), QStringLiteral("x")});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.json.value(QStringLiteral("error")).toString(), QStringLiteral("verification_exhausted"));
    }
    // An agent may not certify, even with a verified caller.
    const qint64 call = verifiedCall(ctl, QStringLiteral("bruno"));
    QVERIFY(call > 0);
    const CtlRunner::Run certify
        = ctl.run({QStringLiteral("desk"), QStringLiteral("--agent"), QStringLiteral("bruno"),
                   QStringLiteral("certify"), QStringLiteral("--call"), QString::number(call)});
    QCOMPARE(certify.exitCode, 1);
    QCOMPARE(certify.json.value(QStringLiteral("error")).toString(), QStringLiteral("forbidden"));
    // A wrong agent password is refused before anything happens.
    CtlRunner intruder(db.urlString());
    intruder.setEnvironment(QStringLiteral("GUICHET_AGENT_PASSWORD"), QStringLiteral("not-the-password"));
    QCOMPARE(
        intruder.run(desk + QStringList{QStringLiteral("call-start")}).json.value(QStringLiteral("error")).toString(),
        QStringLiteral("unauthenticated"));
}

void TestLifecycle::racingProcesses()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QTemporaryDir mail;
    CtlRunner ctl(db.urlString());
    ctl.setEnvironment(QStringLiteral("GUICHET_AGENT_PASSWORD"), agentPassword);
    QVERIFY(prepare(ctl, mail.path()));
    const QString temporary = fromNewestMail(mail.path(), QStringLiteral("Mot de passe provisoire"));
    QCOMPARE(ctl.run({QStringLiteral("portal"), QStringLiteral("activate"), nir, temporary, personalPassword})
                 .json.value(QStringLiteral("outcome"))
                 .toString(),
             QStringLiteral("activated"));

    // Eight wrong logins at once from eight processes: no "database is locked", one lockout.
    QList<QProcess*> racers;
    for (int i = 0; i < 8; ++i)
        racers.append(
            ctl.start({QStringLiteral("portal"), QStringLiteral("login"), nir, QStringLiteral("Wrong-%1").arg(i)}));
    int locked = 0;
    for (QProcess* racer : racers) {
        const CtlRunner::Run run = CtlRunner::finish(racer);
        QVERIFY2(run.exitCode == 0, run.stdoutText.constData());
        const QString outcome = run.json.value(QStringLiteral("outcome")).toString();
        QVERIFY2(outcome == QLatin1String("wrong_password") || outcome == QLatin1String("locked"), qPrintable(outcome));
        locked += outcome == QLatin1String("locked") ? 1 : 0;
    }
    QCOMPARE(locked, 4); // attempts 5 to 8
    SqlQuery lockouts(db.database().connection().value());
    QVERIFY(!lockouts.exec(QStringLiteral("SELECT COUNT(*) AS n FROM lockout_events")));
    QVERIFY(lockouts.next());
    QCOMPARE(lockouts.value(QStringLiteral("n")).toInt(), 1);

    // Two desks unlock the same account at once: one succeeds, the other is told.
    const qint64 first = verifiedCall(ctl, QStringLiteral("alice"));
    const qint64 second = verifiedCall(ctl, QStringLiteral("bruno"));
    QVERIFY(first > 0 && second > 0);
    QProcess* a = ctl.start({QStringLiteral("desk"), QStringLiteral("--agent"), QStringLiteral("alice"),
                             QStringLiteral("unlock"), QStringLiteral("--call"), QString::number(first),
                             QStringLiteral("--reason"), QStringLiteral("A")});
    QProcess* b = ctl.start({QStringLiteral("desk"), QStringLiteral("--agent"), QStringLiteral("bruno"),
                             QStringLiteral("unlock"), QStringLiteral("--call"), QString::number(second),
                             QStringLiteral("--reason"), QStringLiteral("B")});
    const CtlRunner::Run ra = CtlRunner::finish(a);
    const CtlRunner::Run rb = CtlRunner::finish(b);
    QCOMPARE(ra.exitCode + rb.exitCode, 1); // exactly one refused
    const CtlRunner::Run& loser = ra.exitCode == 1 ? ra : rb;
    QCOMPARE(loser.json.value(QStringLiteral("error")).toString(), QStringLiteral("conflict"));
    QVERIFY(!loser.json.value(QStringLiteral("changed_by")).toString().isEmpty());
    QCOMPARE(ctl.run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--agent"),
                      QStringLiteral("sophie")})
                 .json.value(QStringLiteral("intact"))
                 .toBool(),
             true);
}

// guichetctl's sealed trail (issue I finding 2): the key made once, the sequencer killed and
// restarted, a checkpoint kept in a file; an edited row and a cut trail are then reported.
void TestLifecycle::editedAuditRowIsReported()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QTemporaryDir mail;
    QTemporaryDir keep;
    CtlRunner ctl(db.urlString());
    ctl.setEnvironment(QStringLiteral("GUICHET_AGENT_PASSWORD"), agentPassword);
    QVERIFY(prepare(ctl, mail.path()));
    const QString keyFile = keep.filePath(QStringLiteral("audit.key"));
    const QStringList withKey{QStringLiteral("--audit-key-file"), keyFile};
    const QStringList sophie{QStringLiteral("--agent"), QStringLiteral("sophie")};
    const QStringList audit{QStringLiteral("audit")};
    const CtlRunner::Run created
        = ctl.run(audit + QStringList{QStringLiteral("key"), QStringLiteral("init")} + withKey);
    QVERIFY2(created.exitCode == 0, created.stdoutText.constData());
    QCOMPARE(QFile::permissions(keyFile) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    // Once: a second key never replaces the first.
    QCOMPARE(ctl.run(audit + QStringList{QStringLiteral("key"), QStringLiteral("init")} + withKey)
                 .json.value(QStringLiteral("error"))
                 .toString(),
             QStringLiteral("audit_key_exists"));
    QVERIFY(verifiedCall(ctl, QStringLiteral("alice")) > 0);

    // The sequencer runs, is killed, restarts: every event sealed once, in one order.
    QProcess* sequencer = ctl.start(audit
                                    + QStringList{QStringLiteral("sequencer"), QStringLiteral("run"),
                                                  QStringLiteral("--interval-ms"), QStringLiteral("50")}
                                    + withKey);
    QTRY_VERIFY_WITH_TIMEOUT(AuditLog(db.database().connection().value()).verify()->sealed > 0, 20000);
    sequencer->kill();
    CtlRunner::finish(sequencer);
    QVERIFY(verifiedCall(ctl, QStringLiteral("bruno")) > 0); // more events while it is down
    const QStringList once{QStringLiteral("sequencer"), QStringLiteral("run"), QStringLiteral("--once")};
    const CtlRunner::Run resumed = ctl.run(audit + once + withKey);
    QVERIFY2(resumed.exitCode == 0 && resumed.json.value(QStringLiteral("sealed")).toInt() > 0,
             resumed.stdoutText.constData());
    // Without a key the sequencer refuses to start.
    QCOMPARE(
        ctl.run(audit + once + QStringList{QStringLiteral("--audit-key-file"), keep.filePath(QStringLiteral("none"))})
            .json.value(QStringLiteral("error"))
            .toString(),
        QStringLiteral("audit_key_unavailable"));

    const CtlRunner::Run checkpoint = ctl.run(audit + QStringList{QStringLiteral("checkpoint")} + sophie + withKey);
    QVERIFY2(checkpoint.exitCode == 0, checkpoint.stdoutText.constData());
    const qint64 lastId = checkpoint.json.value(QStringLiteral("last_id")).toInteger();
    QVERIFY(lastId > 3);
    QCOMPARE(checkpoint.json.value(QStringLiteral("hash")).toString().size(), 64);
    QFile kept(keep.filePath(QStringLiteral("checkpoint.json")));
    QVERIFY(kept.open(QIODevice::WriteOnly));
    kept.write(checkpoint.stdoutText);
    kept.close();
    const QStringList withCheckpoint{QStringLiteral("--checkpoint"), kept.fileName()};
    const CtlRunner::Run clean
        = ctl.run(audit + QStringList{QStringLiteral("verify")} + sophie + withKey + withCheckpoint);
    QVERIFY2(clean.json.value(QStringLiteral("intact")).toBool(), clean.stdoutText.constData());
    QCOMPARE(clean.json.value(QStringLiteral("seals")).toString(), QStringLiteral("valid"));
    QCOMPARE(clean.json.value(QStringLiteral("checkpoint")).toString(), QStringLiteral("matches"));
    QVERIFY(clean.json.value(QStringLiteral("sealed")).toInteger() >= lastId);
    // Without the key (a supervisor's workstation): the seals are not checked, and that is no error.
    const CtlRunner::Run keyless = ctl.run(audit + QStringList{QStringLiteral("verify")} + sophie + withCheckpoint);
    QCOMPARE(keyless.exitCode, 0);
    QCOMPARE(keyless.json.value(QStringLiteral("seals")).toString(), QStringLiteral("not_checked"));
    QCOMPARE(keyless.json.value(QStringLiteral("checkpoint")).toString(), QStringLiteral("matches"));
    // An unreadable checkpoint file.
    QCOMPARE(ctl.run(audit + QStringList{QStringLiteral("verify"), QStringLiteral("--checkpoint"), keyFile} + sophie)
                 .json.value(QStringLiteral("error"))
                 .toString(),
             QStringLiteral("checkpoint_unreadable"));

    // The owner edits one of alice's events, the triggers out of the way.
    const QJsonArray events = ctl.run(audit + QStringList{QStringLiteral("list")} + sophie
                                      + QStringList{QStringLiteral("--by"), QStringLiteral("alice")})
                                  .json.value(QStringLiteral("events"))
                                  .toArray();
    QVERIFY(events.size() >= 3);
    const qint64 victim = events.at(1).toObject().value(QStringLiteral("id")).toInteger();
    const bool pg = db.database().dialect().isPostgreSql();
    const auto owner = [&](const QString& statement, qint64 value) {
        const Error error = db.database().write([&](QSqlDatabase& connection) -> Error {
            for (const QString& disarm : pg
                     ? QStringList{QStringLiteral("ALTER TABLE audit_events DISABLE TRIGGER USER"),
                                   QStringLiteral("ALTER TABLE audit_seals DISABLE TRIGGER USER")}
                     : QStringList{QStringLiteral("DROP TRIGGER IF EXISTS audit_events_no_update"),
                                   QStringLiteral("DROP TRIGGER IF EXISTS audit_events_no_delete"),
                                   QStringLiteral("DROP TRIGGER IF EXISTS audit_seals_no_delete")}) {
                if (Error e = SqlQuery(connection).exec(disarm))
                    return e;
            }
            SqlQuery change(connection);
            if (Error e = change.prepare(statement))
                return e;
            change.bind(QStringLiteral(":value"), value);
            return change.exec();
        });
        QVERIFY2(!error, qPrintable(error.detail()));
    };
    owner(QStringLiteral("UPDATE audit_events SET agent_login = 'bruno' WHERE id = :value"), victim);
    const CtlRunner::Run edited = ctl.run(audit + QStringList{QStringLiteral("verify")} + sophie + withKey);
    QCOMPARE(edited.json.value(QStringLiteral("intact")).toBool(true), false);
    QCOMPARE(edited.json.value(QStringLiteral("seals")).toString(), QStringLiteral("invalid"));
    QCOMPARE(edited.json.value(QStringLiteral("first_broken")).toInteger(), victim);

    // The owner cuts the trail's end, seals included: only the kept checkpoint sees it.
    owner(QStringLiteral("DELETE FROM audit_seals WHERE seq >= :value"), lastId - 1);
    const CtlRunner::Run cut = ctl.run(audit + QStringList{QStringLiteral("verify")} + sophie + withCheckpoint);
    QCOMPARE(cut.json.value(QStringLiteral("checkpoint")).toString(), QStringLiteral("missing_events"));
    QCOMPARE(cut.json.value(QStringLiteral("intact")).toBool(true), false);
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
