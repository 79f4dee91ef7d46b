// CodeDigest: the e-mail code's digest, in the one form that PostgreSQL's
// guichet_email_code_matches (migration 013) also checks.
#include "core/CodeDigest.h"

#include <QTest>

class TestCodeDigest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void knownDigest();
    void refuses_data();
    void refuses();
};

void TestCodeDigest::roundTrip()
{
    const QString digest = CodeDigest::make(QStringLiteral("482913"));
    QVERIFY(digest.startsWith(QLatin1String("sha256$")));
    QVERIFY(CodeDigest::matches(digest, QStringLiteral("482913")));
    QVERIFY(!CodeDigest::matches(digest, QStringLiteral("482914")));
    // A fresh salt each time: two digests of one code differ.
    QVERIFY(CodeDigest::make(QStringLiteral("482913")) != digest);
    QVERIFY(CodeDigest::make(QString()).isEmpty());
}

// Computed outside Guichet (Python's hashlib: sha256(salt || b"482913")), the form the server reads.
void TestCodeDigest::knownDigest()
{
    const QString digest = QStringLiteral("sha256$000102030405060708090a0b0c0d0e0f$"
                                          "1e9d1c5f6cb5e79f17f4e38816915772a54116ba66a05f9521d262c5718db5c1");
    QVERIFY(CodeDigest::matches(digest, QStringLiteral("482913")));
    QVERIFY(!CodeDigest::matches(digest, QStringLiteral("482912")));
}

void TestCodeDigest::refuses_data()
{
    QTest::addColumn<QString>("digest");
    const QString good = QStringLiteral("sha256$000102030405060708090a0b0c0d0e0f$"
                                        "1e9d1c5f6cb5e79f17f4e38816915772a54116ba66a05f9521d262c5718db5c1");
    QTest::newRow("empty") << QString();
    QTest::newRow("argon2id of before") << QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA");
    QTest::newRow("other scheme") << QString(good).replace(0, 6, QStringLiteral("sha512"));
    QTest::newRow("short salt") << QString(good).remove(7, 2);
    QTest::newRow("digest changed") << QString(good).replace(good.size() - 1, 1, QLatin1Char('0'));
    QTest::newRow("truncated") << good.left(good.size() - 2);
}

void TestCodeDigest::refuses()
{
    QFETCH(QString, digest);
    QVERIFY(!CodeDigest::matches(digest, QStringLiteral("482913")));
}

QTEST_GUILESS_MAIN(TestCodeDigest)
#include "tst_codedigest.moc"
