#include "profiles/ConnectionProfileForm.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The rules behind the connection settings: what typed fields make, and which field a refusal names.

using Field = ConnectionProfileForm::Field;

namespace {

ConnectionProfileForm postgres()
{
    ConnectionProfileForm form;
    form.name = QStringLiteral("Hotline Lyon");
    form.sqlite = false;
    form.databaseHost = QStringLiteral(" db.example.fr ");
    form.databaseName = QStringLiteral("guichet");
    form.databaseUser = QStringLiteral("desk");
    form.sslMode = QStringLiteral("require");
    form.relay = true;
    form.relayHost = QStringLiteral("smtp.example.fr");
    form.relayUser = QStringLiteral("relay");
    form.sender = QStringLiteral("no-reply@example.fr");
    return form;
}

} // namespace

class TestConnectionProfileForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsUrls();
    void refusesNamingTheField_data();
    void refusesNamingTheField();
    void senderWithDisplayName_data();
    void senderWithDisplayName();
    void tlsFiles();
};

void TestConnectionProfileForm::buildsUrls()
{
    ConnectionProfileForm form = postgres();
    const auto built = form.profile();
    QVERIFY(built.value);
    QCOMPARE(built.value->database.toString(),
             QStringLiteral("postgresql://desk@db.example.fr:5432/guichet?sslmode=require"));
    QCOMPARE(built.value->smtp.toString(), QStringLiteral("smtp://relay@smtp.example.fr:587"));
    QCOMPARE(built.value->smtp.sender(), QStringLiteral("no-reply@example.fr"));

    form.security = SmtpSettings::Security::Implicit;
    QCOMPARE(form.smtp().value->port(), 465);
    form.security = SmtpSettings::Security::None;
    form.relayPort = QStringLiteral("2525");
    QCOMPARE(form.smtp().value->security(), SmtpSettings::Security::None);
    QCOMPARE(form.smtp().value->port(), 2525);

    form.databaseHost = QStringLiteral("/run/postgresql"); // a socket folder
    QCOMPARE(form.database().value->hostName(), QStringLiteral("/run/postgresql"));

    form.relay = false; // no relay: valid, and the settings say so
    QVERIFY(form.smtp().value && !form.smtp().value->isValid());

    ConnectionProfileForm sqlite;
    sqlite.name = QStringLiteral("poste");
    sqlite.sqlitePath = QStringLiteral("/var/lib/guichet/guichet.sqlite");
    QCOMPARE(sqlite.profile().value->database.path(), QStringLiteral("/var/lib/guichet/guichet.sqlite"));
}

void TestConnectionProfileForm::refusesNamingTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<Field>("failed");
    QTest::newRow("name with a slash") << "name"
                                       << "a/b" << Field::Name;
    QTest::newRow("name ending with a space") << "name"
                                              << "Lyon " << Field::Name;
    QTest::newRow("no host") << "databaseHost"
                             << "  " << Field::DatabaseHost;
    QTest::newRow("port zero") << "databasePort"
                               << "0" << Field::DatabasePort;
    QTest::newRow("port too high") << "databasePort"
                                   << "65536" << Field::DatabasePort;
    QTest::newRow("port not a number") << "databasePort"
                                       << "54a" << Field::DatabasePort;
    QTest::newRow("no database name") << "databaseName"
                                      << "" << Field::DatabaseName;
    QTest::newRow("database name with a slash") << "databaseName"
                                                << "a/b" << Field::DatabaseName;
    QTest::newRow("no relay host") << "relayHost"
                                   << "" << Field::RelayHost;
    QTest::newRow("relay host as a folder") << "relayHost"
                                            << "/tmp" << Field::RelayHost;
    QTest::newRow("relay port") << "relayPort"
                                << "-1" << Field::RelayPort;
    QTest::newRow("sender") << "sender"
                            << "no-reply" << Field::Sender;
    QTest::newRow("missing CA file") << "caFile"
                                     << "/nowhere/ca.pem" << Field::CaFile;
}

void TestConnectionProfileForm::refusesNamingTheField()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(Field, failed);
    ConnectionProfileForm form = postgres();
    QString* target = field == QLatin1String("name") ? &form.name
        : field == QLatin1String("databaseHost")     ? &form.databaseHost
        : field == QLatin1String("databasePort")     ? &form.databasePort
        : field == QLatin1String("databaseName")     ? &form.databaseName
        : field == QLatin1String("relayHost")        ? &form.relayHost
        : field == QLatin1String("relayPort")        ? &form.relayPort
        : field == QLatin1String("sender")           ? &form.sender
                                                     : &form.caFile;
    *target = value;
    const auto built = form.profile();
    QVERIFY(!built.value);
    QCOMPARE(built.failed, failed);
}

void TestConnectionProfileForm::senderWithDisplayName_data()
{
    QTest::addColumn<QString>("sender");
    QTest::addColumn<QString>("replyTo");
    QTest::addColumn<QString>("stored"); // empty: refused (Field::Sender)
    QTest::newRow("bare") << "no-reply@example.fr"
                          << ""
                          << "no-reply@example.fr";
    QTest::newRow("display name") << " Assurance retraite <no-reply@example.fr> "
                                  << ""
                                  << "Assurance retraite <no-reply@example.fr>";
    QTest::newRow("quoted name") << "\"Assurance retraite, Lyon\" <no-reply@example.fr>"
                                 << ""
                                 << "Assurance retraite, Lyon <no-reply@example.fr>";
    QTest::newRow("accented name") << QStringLiteral("Caisse d'assurance Île-de-France <no-reply@example.fr>") << ""
                                   << QStringLiteral("Caisse d'assurance Île-de-France <no-reply@example.fr>");
    QTest::newRow("with Reply-To") << "no-reply@example.fr"
                                   << "Contact <contact@example.fr>"
                                   << "no-reply@example.fr";
    QTest::newRow("name without address") << "Assurance retraite"
                                          << ""
                                          << "";
    QTest::newRow("address without domain") << "Assurance retraite <no-reply>"
                                            << ""
                                            << "";
    QTest::newRow("header injection") << "A\r\nBcc: x@example.fr <no-reply@example.fr>"
                                      << ""
                                      << "";
    QTest::newRow("bad Reply-To") << "no-reply@example.fr"
                                  << "contact"
                                  << "";
}

void TestConnectionProfileForm::senderWithDisplayName()
{
    QFETCH(QString, sender);
    QFETCH(QString, replyTo);
    QFETCH(QString, stored);
    ConnectionProfileForm form = postgres();
    form.sender = sender;
    form.replyTo = replyTo;
    const auto built = form.profile();
    if (stored.isEmpty()) {
        QVERIFY(!built.value);
        QCOMPARE(built.failed, Field::Sender);
        return;
    }
    QVERIFY(built.value);
    QCOMPARE(built.value->smtp.sender(), stored);
    QCOMPARE(built.value->smtp.envelopeSender(), QStringLiteral("no-reply@example.fr"));
    QCOMPARE(built.value->smtp.replyTo(), replyTo);
}

// The server's CA and a client certificate and key: files that exist, kept in the URL.
void TestConnectionProfileForm::tlsFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ca = dir.filePath(QStringLiteral("root ca.crt"));
    QFile file(ca);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    ConnectionProfileForm form = postgres();
    form.sslMode = QStringLiteral("verify-full");
    form.sslRootCert = QLatin1Char(' ') + ca + QLatin1Char(' ');
    const auto built = form.profile();
    QVERIFY(built.value);
    QCOMPARE(built.value->database.sslRootCert(), ca);
    QCOMPARE(DatabaseUrl::parse(built.value->database.toString()).sslRootCert(), ca);
    form.sslCert = ca;
    form.sslKey = ca;
    QCOMPARE(form.database().value->sslKey(), ca);

    form.sslKey = QStringLiteral("/nowhere/client.key");
    QCOMPARE(form.profile().failed, Field::DatabaseClientKey);
    form.sslCert = QStringLiteral("/nowhere/client.crt");
    QCOMPARE(form.profile().failed, Field::DatabaseClientCert);
    form.sslRootCert = QStringLiteral("/nowhere/root.crt");
    QCOMPARE(form.profile().failed, Field::DatabaseRootCert);
}

QTEST_GUILESS_MAIN(TestConnectionProfileForm)
#include "tst_connectionprofileform.moc"
