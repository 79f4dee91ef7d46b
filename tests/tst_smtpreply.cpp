// An SMTP reply read line by line (SmtpReply): single and multi-line replies, the code that must
// stay the same on every line, malformed lines, the line and line-count limits, and the round trip
// through toBytes() that the fuzzer (tests/fuzz/fuzz_smtpreply.cpp) checks on any input.
#include "mail/SmtpReply.h"

#include <QTest>

Q_DECLARE_METATYPE(SmtpReply::Status)

class TestSmtpReply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void lineAfterTheEndIsMalformed();
    void limits();
};

void TestSmtpReply::parse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<SmtpReply::Status>("status");
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<qsizetype>("consumed");
    using S = SmtpReply::Status;
    QTest::newRow("greeting") << QByteArray("220 mail.example ESMTP\r\n") << S::Complete << 220
                              << QStringList{QStringLiteral("mail.example ESMTP")} << qsizetype(24);
    QTest::newRow("ehlo") << QByteArray("250-relay\r\n250-SIZE 1000\r\n250 STARTTLS\r\n") << S::Complete << 250
                          << QStringList{QStringLiteral("relay"), QStringLiteral("SIZE 1000"),
                                         QStringLiteral("STARTTLS")}
                          << qsizetype(40);
    QTest::newRow("bare LF, code alone") << QByteArray("354\n") << S::Complete << 354 << QStringList{QString()}
                                         << qsizetype(4);
    QTest::newRow("next reply left") << QByteArray("250 ok\r\n221 bye\r\n") << S::Complete << 250
                                     << QStringList{QStringLiteral("ok")} << qsizetype(8);
    QTest::newRow("utf-8") << QByteArray("550 bo\xc3\xaete inconnue\r\n") << S::Complete << 550
                           << QStringList{QStringLiteral("bo\u00eete inconnue")} << qsizetype(21);
    QTest::newRow("more announced") << QByteArray("250-relay\r\n") << S::Incomplete << 250
                                    << QStringList{QStringLiteral("relay")} << qsizetype(11);
    QTest::newRow("empty") << QByteArray() << S::Incomplete << 0 << QStringList() << qsizetype(0);
    QTest::newRow("code changes") << QByteArray("250-a\r\n251 b\r\n") << S::Malformed << 250
                                  << QStringList{QStringLiteral("a")} << qsizetype(14);
    QTest::newRow("code too low") << QByteArray("199 x\r\n") << S::Malformed << 0 << QStringList() << qsizetype(7);
    QTest::newRow("code too high") << QByteArray("600 x\r\n") << S::Malformed << 0 << QStringList() << qsizetype(7);
    QTest::newRow("not digits") << QByteArray("2x0 x\r\n") << S::Malformed << 0 << QStringList() << qsizetype(7);
    QTest::newRow("short") << QByteArray("25\r\n") << S::Malformed << 0 << QStringList() << qsizetype(4);
    QTest::newRow("bad separator") << QByteArray("250:x\r\n") << S::Malformed << 0 << QStringList() << qsizetype(7);
    QTest::newRow("signed") << QByteArray("+25 x\r\n") << S::Malformed << 0 << QStringList() << qsizetype(7);
}

void TestSmtpReply::parse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(SmtpReply::Status, status);
    QFETCH(int, code);
    QFETCH(QStringList, lines);
    QFETCH(qsizetype, consumed);
    qsizetype used = -1;
    const SmtpReply reply = SmtpReply::parse(bytes, &used);
    QCOMPARE(reply.status(), status);
    QCOMPARE(reply.code(), code);
    QCOMPARE(reply.lines(), lines);
    QCOMPARE(used, consumed);
    if (reply.isComplete()) {
        const SmtpReply again = SmtpReply::parse(reply.toBytes());
        QCOMPARE(again.code(), code);
        QCOMPARE(again.lines(), lines);
    } else {
        QVERIFY(reply.toBytes().isEmpty());
    }
}

void TestSmtpReply::lineAfterTheEndIsMalformed()
{
    SmtpReply reply;
    QCOMPARE(reply.addLine("250 ok\r\n"), SmtpReply::Status::Complete);
    QCOMPARE(reply.addLine("250 again\r\n"), SmtpReply::Status::Malformed);
    QCOMPARE(reply.addLine("250 again\r\n"), SmtpReply::Status::Malformed);
}

void TestSmtpReply::limits()
{
    SmtpReply longest;
    const QByteArray longestLine = "250 " + QByteArray(SmtpReply::MaxLineBytes - 4, 'x') + "\r\n";
    QCOMPARE(longest.addLine(longestLine), SmtpReply::Status::Complete);
    SmtpReply tooLong;
    const QByteArray tooLongLine = "250 " + QByteArray(SmtpReply::MaxLineBytes - 3, 'x');
    QCOMPARE(tooLong.addLine(tooLongLine), SmtpReply::Status::Malformed);
    SmtpReply many;
    for (int i = 0; i < SmtpReply::MaxLines; ++i)
        QCOMPARE(many.addLine("250-more\r\n"), SmtpReply::Status::Incomplete);
    QCOMPARE(many.addLine("250 last\r\n"), SmtpReply::Status::TooManyLines);
    QCOMPARE(many.lines().size(), SmtpReply::MaxLines);
}

QTEST_APPLESS_MAIN(TestSmtpReply)
#include "tst_smtpreply.moc"
