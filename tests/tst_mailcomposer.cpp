// The mail composer alone, without a database: its headers, quoted-printable lines, the injections
// it refuses, and the dispatcher's retry delays. tst_maildispatcher delivers on both engines.

#include "accounts/AccountRepository.h"
#include "audit/AuditLog.h"
#include "core/PasswordHasher.h"
#include "core/PortalPolicy.h"
#include "db/SqlQuery.h"
#include "identity/IdentityService.h"
#include "mail/EmlDirectoryTransport.h"
#include "mail/MailComposer.h"
#include "mail/MailDispatcher.h"
#include "mail/MailOutbox.h"
#include "support/MailTesting.h"
#include "support/TestDatabases.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <utility>

using namespace MailTesting;

class TestMailComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(PasswordHasher::initialize());
    }
    // The composer alone.
    void composedHeaders();
    void quotedPrintableKeepsFixedLines();
    void composerRefusesInjection();
    void retryDelayDoublesUpToTheCap();
};

void TestMailComposer::composedHeaders()
{
    const QString subject = QStringLiteral("Votre mot de passe provisoire, à activer sous 15 jours — « accentué » ✓");
    const QByteArray encoded = MailComposer::encodeHeader(subject);
    QVERIFY(encoded.startsWith("=?UTF-8?B?"));
    for (const QByteArray& line : encoded.split('\n')) {
        QVERIFY(line.size() <= 76);
        QVERIFY(std::all_of(line.cbegin(), line.cend(), [](char c) { return uchar(c) < 0x80; }));
    }
    QCOMPARE(decodeSubject(encoded), subject);
    QCOMPARE(MailComposer::encodeHeader(QStringLiteral("Plain subject")), QByteArray("Plain subject"));

    const Result<ComposedMail> notice = MailComposer().compose(
        OutboxMessage::Kind::AddressChangeNotice, QStringLiteral("fr"), Email, 7, {}, QDateTime::currentDateTimeUtc());
    QVERIFY(notice.ok());
    const Mail parsed = parseMail(notice->mime);
    QVERIFY(parsed.headers.value("subject").startsWith("=?UTF-8?B?"));
    QCOMPARE(decodeSubject(parsed.headers.value("subject")),
             QStringLiteral("L'adresse électronique de votre espace personnel a été modifiée"));
    for (const auto& [name, value] : {std::pair("from", "Assurance retraite <no-reply@guichet.invalid>"),
                                      std::pair("to", "marc.lefevre@example.org"), std::pair("mime-version", "1.0")})
        QCOMPARE(parsed.headers.value(name), QByteArray(value));
    QVERIFY(parsed.headers.value("content-type").startsWith("multipart/alternative; boundary="));
    QVERIFY(QDateTime::fromString(QString::fromLatin1(parsed.headers.value("date")), Qt::RFC2822Date).isValid());
    QVERIFY(parsed.text.contains(QStringLiteral("0 971 10 20 10")));
    QVERIFY(parsed.html.contains(QStringLiteral("<!DOCTYPE html>")));

    // A configured sender: an encoded display name, and its domain in the Message-ID.
    MailComposer composer(QStringLiteral("Caisse « test » <robot@mail.example.fr>"));
    const Result<ComposedMail> mail = composer.compose(OutboxMessage::Kind::AddressChangeNotice, QStringLiteral("en"),
                                                       Email, 4242, {}, QDateTime::currentDateTimeUtc());
    QVERIFY(mail.ok());
    QVERIFY(mail->messageId.startsWith(QStringLiteral("outbox-4242.")));
    QVERIFY(mail->messageId.endsWith(QStringLiteral("@mail.example.fr")));
    const Mail english = parseMail(mail->mime);
    QCOMPARE(english.headers.value("message-id"), "<" + mail->messageId.toLatin1() + ">");
    QCOMPARE(outboxIdOf(english), 4242);
    QVERIFY(english.headers.value("from").startsWith("=?UTF-8?B?"));
    QVERIFY(english.headers.value("from").endsWith(" <robot@mail.example.fr>"));
    QCOMPARE(english.headers.value("content-language"), QByteArray("en"));
    // Two messages for the same row get distinct ids.
    QVERIFY(
        composer.compose(OutboxMessage::Kind::AddressChangeNotice, QStringLiteral("en"), Email, 4242, {}, {})->messageId
        != mail->messageId);
}

void TestMailComposer::quotedPrintableKeepsFixedLines()
{
    const QByteArray text = QStringLiteral("Mot de passe provisoire : Ab3dEfGh7JkLmN\n"
                                           "Une très longue ligne accentuée, écrite pour dépasser largement les "
                                           "soixante-seize caractères permis = vraiment.\n"
                                           ".point en tête\nespace finale \n")
                                .toUtf8();
    const QByteArray encoded = MailComposer::quotedPrintable(text);
    QVERIFY(encoded.startsWith("Mot de passe provisoire : Ab3dEfGh7JkLmN\r\n"));
    for (const QByteArray& line : encoded.split('\n'))
        QVERIFY2(line.size() <= 77, line.constData()); // 76 + the CR
    QVERIFY(encoded.contains("=3D"));
    QVERIFY(encoded.contains("\r\n=2Epoint"));
    QVERIFY(encoded.contains("finale=20\r\n"));
    QByteArray expected = text;
    expected.replace("\n", "\r\n");
    QCOMPARE(decodeQuotedPrintable(encoded), expected);
}

void TestMailComposer::composerRefusesInjection()
{
    const MailComposer composer;
    for (const QString& recipient :
         {QStringLiteral("a@example.org\r\nBcc: evil@example.com"), QStringLiteral("a@example.org, b@example.org"),
          QStringLiteral("Name <a@example.org>"), QStringLiteral("no-at-sign"), QString()}) {
        const Result<ComposedMail> mail = composer.compose(OutboxMessage::Kind::AddressChangeNotice,
                                                           QStringLiteral("fr"), recipient, 1, {}, QDateTime());
        QCOMPARE(mail.error().code(), ErrorCode::InvalidInput);
    }

    const QHash<QString, QString> values{{QStringLiteral("password"), QStringLiteral("<b>&x\"")},
                                         {QStringLiteral("validity_days"), QStringLiteral("15")},
                                         {QStringLiteral("expires_at"), QStringLiteral("demain")}};
    const Result<ComposedMail> mail
        = composer.compose(OutboxMessage::Kind::TemporaryPassword, QStringLiteral("fr"), Email, 1, values, {});
    QVERIFY(mail.ok());
    const Mail parsed = parseMail(mail->mime);
    QVERIFY(parsed.html.contains(QStringLiteral("&lt;b&gt;&amp;x&quot;")));
    QVERIFY(!parsed.html.contains(QStringLiteral("<b>&x")));
    QVERIFY(parsed.text.contains(QStringLiteral("Mot de passe provisoire : <b>&x\"\n")));
    // A placeholder without a value is an error, not an empty hole.
    QCOMPARE(
        composer.compose(OutboxMessage::Kind::TemporaryPassword, QStringLiteral("fr"), Email, 1, {}, {}).error().code(),
        ErrorCode::InvalidInput);
}

void TestMailComposer::retryDelayDoublesUpToTheCap()
{
    QCOMPARE(MailDispatcher::retryDelaySeconds(1), PortalPolicy::MailFirstRetrySeconds);
    QCOMPARE(MailDispatcher::retryDelaySeconds(2), 2 * PortalPolicy::MailFirstRetrySeconds);
    QCOMPARE(MailDispatcher::retryDelaySeconds(3), 4 * PortalPolicy::MailFirstRetrySeconds);
    QCOMPARE(MailDispatcher::retryDelaySeconds(PortalPolicy::MailMaxAttempts), PortalPolicy::MailMaxRetrySeconds);
    QCOMPARE(MailDispatcher::retryDelaySeconds(1000), PortalPolicy::MailMaxRetrySeconds);
}

QTEST_GUILESS_MAIN(TestMailComposer)
#include "tst_mailcomposer.moc"
