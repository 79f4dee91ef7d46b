#include "core/PasswordHasher.h"

#include <QTest>

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(PasswordHasher::initialize()); }
    void hashIsArgon2idPhc();
    void verify_data();
    void verify();
    void saltsDiffer();
    void rejectsOtherFormats();
    void needsRehash();
};

void TestPasswordHasher::hashIsArgon2idPhc()
{
    const QString hash = PasswordHasher::hash(QStringLiteral("Correct-Horse-9"));
    QVERIFY(hash.startsWith(QLatin1String("$argon2id$v=19$m=")));
    QVERIFY(!hash.contains(QLatin1String("Correct-Horse-9")));
}

void TestPasswordHasher::verify_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("attempt");
    QTest::addColumn<bool>("expected");
    QTest::newRow("same") << "Tr0ub4dor&3"
                          << "Tr0ub4dor&3" << true;
    QTest::newRow("case differs") << "Tr0ub4dor&3"
                                  << "tr0ub4dor&3" << false;
    QTest::newRow("one char more") << "Tr0ub4dor&3"
                                   << "Tr0ub4dor&3 " << false;
    QTest::newRow("empty attempt") << "Tr0ub4dor&3"
                                   << "" << false;
    QTest::newRow("accents") << "Élégance-Ça-42"
                             << "Élégance-Ça-42" << true;
    QTest::newRow("accents folded") << "Élégance-Ça-42"
                                    << "Elegance-Ca-42" << false;
}

void TestPasswordHasher::verify()
{
    QFETCH(QString, password);
    QFETCH(QString, attempt);
    QFETCH(bool, expected);
    const QString hash = PasswordHasher::hash(password);
    QVERIFY(!hash.isEmpty());
    QCOMPARE(PasswordHasher::verify(hash, attempt), expected);
}

void TestPasswordHasher::saltsDiffer()
{
    const QString a = PasswordHasher::hash(QStringLiteral("Same-Password-1"));
    const QString b = PasswordHasher::hash(QStringLiteral("Same-Password-1"));
    QVERIFY(a != b);
    QVERIFY(PasswordHasher::verify(a, QStringLiteral("Same-Password-1")));
    QVERIFY(PasswordHasher::verify(b, QStringLiteral("Same-Password-1")));
}

void TestPasswordHasher::rejectsOtherFormats()
{
    QVERIFY(!PasswordHasher::verify(QString(), QStringLiteral("x")));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("plaintext"), QStringLiteral("plaintext")));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("$argon2i$v=19$m=4096,t=3,p=1$abc$def"), QStringLiteral("x")));
}

void TestPasswordHasher::needsRehash()
{
    const QString interactive = PasswordHasher::hash(QStringLiteral("Rehash-Me-7"));
    QVERIFY(!PasswordHasher::needsRehash(interactive));
    QVERIFY(PasswordHasher::needsRehash(interactive, PasswordHasher::Strength::Moderate));
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
