#include "core/PasswordPolicy.h"
#include "core/SecretGenerator.h"

#include <QSet>
#include <QTest>

class TestPasswordPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void temporaryPasswords();
    void confirmationCodes();
};

void TestPasswordPolicy::check_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("weakness");
    const int none = int(PasswordPolicy::Weakness::None);
    const int shortOne = int(PasswordPolicy::Weakness::TooShort);
    const int few = int(PasswordPolicy::Weakness::TooFewClasses);
    QTest::newRow("7 chars, 4 classes") << "Ab3!xyz" << shortOne;
    QTest::newRow("8 chars, 3 classes") << "Abcdefg1" << none;
    QTest::newRow("8 chars, 2 classes") << "abcdefg1" << few;
    QTest::newRow("lower upper special") << "Abcdefg!" << none;
    QTest::newRow("digits special lower") << "12345!ab" << none;
    QTest::newRow("only letters long") << "CorrectHorseBatteryStaple" << few;
    QTest::newRow("accented lower upper digit") << "Élodie2026" << none;
    QTest::newRow("emoji count as one") << QString::fromUtf8("Ab1\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80")
                                        << shortOne; // 6 characters, 9 UTF-16 units
    QTest::newRow("empty") << "" << shortOne;
    QTest::newRow("too long") << QString(129, QLatin1Char('a')) + QStringLiteral("A1")
                              << int(PasswordPolicy::Weakness::TooLong);
}

void TestPasswordPolicy::check()
{
    QFETCH(QString, password);
    QFETCH(int, weakness);
    QCOMPARE(int(PasswordPolicy::check(password)), weakness);
}

void TestPasswordPolicy::temporaryPasswords()
{
    const QString alphabet = SecretGenerator::unambiguousAlphabet();
    for (const QChar ambiguous : QStringLiteral("0Oo1lIi"))
        QVERIFY(!alphabet.contains(ambiguous));
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString password = SecretGenerator::temporaryPassword();
        QVERIFY(password.size() >= 12);
        for (const QChar c : password)
            QVERIFY(alphabet.contains(c));
        QCOMPARE(PasswordPolicy::check(password), PasswordPolicy::Weakness::None);
        seen.insert(password);
    }
    QCOMPARE(seen.size(), 200);
    QCOMPARE(SecretGenerator::temporaryPassword(4).size(), 12); // never shorter than 12
}

void TestPasswordPolicy::confirmationCodes()
{
    QSet<QString> seen;
    for (int i = 0; i < 300; ++i) {
        const QString code = SecretGenerator::confirmationCode();
        QCOMPARE(code.size(), 6);
        for (const QChar c : code)
            QVERIFY(c.isDigit());
        seen.insert(code);
    }
    QVERIFY(seen.size() > 290); // collisions are possible, but rare among a million
    QCOMPARE(SecretGenerator::randomToken().size(), 32);
}

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
