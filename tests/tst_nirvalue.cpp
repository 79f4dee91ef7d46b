// A NIR once read: its control key (97 − body mod 97, Corsica's 2A/2B counted as 19/18) against a
// reference written here, every key on a few bodies and the typos it catches; every month and every
// department; round trips through formatted(); the errors' codes; the null NIR and equality.
// tst_nir has the parsing: the spellings accepted, the parts, the errors found.

#include "identity/Nir.h"
#include "support/NirTesting.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <utility>

using namespace NirTesting;

class TestNirValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void computeKey_data();
    void computeKey();
    void computeKeyMatchesReference_data();
    void computeKeyMatchesReference();
    void corsicaKeyIsThatOf19And18();
    void everyKey_data();
    void everyKey();
    void singleDigitTyposAreDetected_data();
    void singleDigitTyposAreDetected();
    void everyMonth();
    void everyDepartment();
    void roundTrip_data();
    void roundTrip();
    void errorCode_data();
    void errorCode();
    void errorCodesAreDistinct();
    void nullNir();
    void outParameters();
    void equality();
};

// ---------------------------------------------------------------------------------------------------------------
// Valid inputs. The keys in the literals were computed with Python while writing the test
// (97 - int(body with 2A→19, 2B→18) % 97); parseValid also checks them against referenceKey().

void TestNirValue::computeKey_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("key");

    // Keys computed with Python: 97 - int(body with 2A→19, 2B→18) % 97
    QTest::newRow("known") << QStringLiteral("1850375106042") << 92;
    QTest::newRow("key 01") << QStringLiteral("1850375106036") << 1;
    QTest::newRow("key 97") << QStringLiteral("1850375106037") << 97;
    QTest::newRow("2A") << QStringLiteral("185032A004123") << 24;
    QTest::newRow("2A key 01") << QStringLiteral("185032A004049") << 1;
    QTest::newRow("2A key 97") << QStringLiteral("185032A004050") << 97;
    QTest::newRow("2B") << QStringLiteral("290072B033045") << 95;
    QTest::newRow("2B key 01") << QStringLiteral("290072B033042") << 1;
    QTest::newRow("2B key 97") << QStringLiteral("290072B033043") << 97;
    QTest::newRow("971") << QStringLiteral("2921197123105") << 18;
    QTest::newRow("99") << QStringLiteral("1800499352017") << 13;
    QTest::newRow("provisional") << QStringLiteral("7995069123456") << 66;
    QTest::newRow("all zeros (parts are not checked)") << QStringLiteral("0000000000000") << 97;
    QTest::newRow("all nines (largest body)") << QStringLiteral("9999999999999") << 83;

    // Not 13 canonical characters
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("12 digits") << QStringLiteral("185037510604") << -1;
    QTest::newRow("14 digits") << QStringLiteral("18503751060429") << -1;
    QTest::newRow("15 digits") << QStringLiteral("185037510604292") << -1;
    QTest::newRow("spaces") << QStringLiteral("1 85 03 75 106 042") << -1;
    QTest::newRow("lower-case 2a") << QStringLiteral("185032a004123") << -1;
    QTest::newRow("2C") << QStringLiteral("185032C004123") << -1;
    QTest::newRow("3A") << QStringLiteral("185033A004123") << -1;
    QTest::newRow("A2") << QStringLiteral("18503A2004123") << -1;
    QTest::newRow("A elsewhere") << QStringLiteral("185032000412A") << -1;
    QTest::newRow("full-width digit") << QStringLiteral("\uff11850375106042") << -1;
    QTest::newRow("Arabic-Indic digit") << QStringLiteral("\u0661850375106042") << -1;
}

void TestNirValue::computeKey()
{
    QFETCH(QString, body);
    QFETCH(int, key);

    QCOMPARE(Nir::computeKey(body), key);
    QCOMPARE(Nir::computeKey(body), referenceKey(body));
}

// Many bodies, the expected key computed by referenceKey() (a different method).
void TestNirValue::computeKeyMatchesReference_data()
{
    QTest::addColumn<QString>("body");

    QRandomGenerator random(20240601); // fixed seed: reproducible rows
    const auto digitsOf = [&random](int count) {
        QString result;
        for (int i = 0; i < count; ++i)
            result += QChar(u'0' + random.bounded(10));
        return result;
    };
    for (int i = 0; i < 100; ++i) {
        const QString body = digitsOf(13);
        QTest::addRow("digits %d", i) << body;
    }
    for (int i = 0; i < 50; ++i) {
        const QString body = digitsOf(5) + (i % 2 == 0 ? QStringLiteral("2A") : QStringLiteral("2B")) + digitsOf(6);
        QTest::addRow("Corsica %d", i) << body;
    }
}

void TestNirValue::computeKeyMatchesReference()
{
    QFETCH(QString, body);

    const int key = Nir::computeKey(body);
    QCOMPARE(key, referenceKey(body));
    QVERIFY(key >= 1 && key <= 97);
}

void TestNirValue::corsicaKeyIsThatOf19And18()
{
    QCOMPARE(Nir::computeKey(QStringLiteral("185032A004123")), Nir::computeKey(QStringLiteral("1850319004123")));
    QCOMPARE(Nir::computeKey(QStringLiteral("185032B004123")), Nir::computeKey(QStringLiteral("1850318004123")));
    QCOMPARE(Nir::computeKey(QStringLiteral("185032B004123")), 51); // Python
    QVERIFY(Nir::computeKey(QStringLiteral("185032A004123")) != Nir::computeKey(QStringLiteral("1850320004123")));
    QVERIFY(Nir::computeKey(QStringLiteral("185032B004123")) != Nir::computeKey(QStringLiteral("1850320004123")));
}

// ---------------------------------------------------------------------------------------------------------------
// Every 2-digit key on a few bodies: 00, 98 and 99 are out of range, exactly one of 01–97 matches.

void TestNirValue::everyKey_data()
{
    QTest::addColumn<QString>("body");

    QTest::newRow("mainland") << QStringLiteral("1850375106042");
    QTest::newRow("2A") << QStringLiteral("185032A004123");
    QTest::newRow("2B") << QStringLiteral("290072B033045");
    QTest::newRow("overseas") << QStringLiteral("2921197123105");
    QTest::newRow("abroad") << QStringLiteral("1800499352017");
    QTest::newRow("key 01 body") << QStringLiteral("1850375106036");
    QTest::newRow("key 97 body") << QStringLiteral("1850375106037");
}

void TestNirValue::everyKey()
{
    QFETCH(QString, body);

    const int expected = referenceKey(body);
    int matches = 0;
    for (int key = 0; key <= 99; ++key) {
        const QString input = body + twoDigits(key);
        Nir::Error error = Nir::Error::None;
        qsizetype position = 42;
        const Nir nir = Nir::parse(input, &error, &position);
        if (key == 0 || key > 97) {
            QCOMPARE(error, Nir::Error::InvalidKey);
            QCOMPARE(position, qsizetype{13});
        } else if (key == expected) {
            QCOMPARE(error, Nir::Error::None);
            QCOMPARE(nir.key(), key);
            ++matches;
        } else {
            QCOMPARE(error, Nir::Error::KeyMismatch);
            QCOMPARE(position, NoPosition);
            QVERIFY(nir.isNull());
        }
    }
    QCOMPARE(matches, 1);
}

// ---------------------------------------------------------------------------------------------------------------
// Any single-digit typo in the body (that keeps the parts valid) and any swap of two adjacent different digits is
// caught by the key.

void TestNirValue::singleDigitTyposAreDetected_data()
{
    QTest::addColumn<QString>("digits");

    QTest::newRow("mainland") << QStringLiteral("185037510604292");
    QTest::newRow("2A") << QStringLiteral("185032A00412324");
    QTest::newRow("overseas") << QStringLiteral("292119712310518");
    QTest::newRow("abroad") << QStringLiteral("180049935201713");
}

void TestNirValue::singleDigitTyposAreDetected()
{
    QFETCH(QString, digits);
    QVERIFY(!Nir::parse(digits).isNull());

    int checked = 0;
    for (qsizetype i = 0; i < 13; ++i) {
        if (!digits.at(i).isDigit())
            continue;
        for (char16_t d = u'0'; d <= u'9'; ++d) {
            QString typo = digits;
            if (typo.at(i) == QChar(d))
                continue;
            typo[i] = QChar(d);
            // Only typos that leave a well-formed body are about the key.
            if (Nir::parse(typo.left(13)).isNull())
                continue;
            Nir::Error error = Nir::Error::None;
            QVERIFY2(Nir::parse(typo, &error).isNull(), qPrintable(typo));
            QCOMPARE(error, Nir::Error::KeyMismatch);
            ++checked;
        }
        if (i + 1 < 13 && digits.at(i + 1).isDigit() && digits.at(i) != digits.at(i + 1)) {
            QString swapped = digits;
            std::swap(swapped[i], swapped[i + 1]);
            if (!Nir::parse(swapped.left(13)).isNull()) {
                Nir::Error error = Nir::Error::None;
                QVERIFY2(Nir::parse(swapped, &error).isNull(), qPrintable(swapped));
                QCOMPARE(error, Nir::Error::KeyMismatch);
                ++checked;
            }
        }
    }
    QVERIFY(checked > 50);
}

// ---------------------------------------------------------------------------------------------------------------
// Every month 00–99 and every department, against the rules written independently here.

void TestNirValue::everyMonth()
{
    int valid = 0;
    for (int month = 0; month <= 99; ++month) {
        const QString body = QStringLiteral("185") + twoDigits(month) + QStringLiteral("75106042");
        const QString input = body + twoDigits(referenceKey(body));
        Nir::Error error = Nir::Error::None;
        qsizetype position = 42;
        const Nir nir = Nir::parse(input, &error, &position);
        if (isValidMonth(month)) {
            QCOMPARE(error, Nir::Error::None);
            QCOMPARE(nir.birthMonth(), month);
            ++valid;
        } else {
            QCOMPARE(error, Nir::Error::InvalidMonth);
            QCOMPARE(position, qsizetype{3});
        }
    }
    QCOMPARE(valid, 12 + 1 + 13 + 50);
}

void TestNirValue::everyDepartment()
{
    // Two digits (97 and 98 start a 3-digit department)
    for (int department = 0; department <= 99; ++department) {
        if (department == 97 || department == 98)
            continue;
        const QString body = QStringLiteral("18503") + twoDigits(department) + QStringLiteral("106042");
        Nir::Error error = Nir::Error::None;
        qsizetype position = 42;
        const Nir nir = Nir::parse(QString(body + twoDigits(referenceKey(body))), &error, &position);
        const bool valid = (department >= 1 && department <= 96) || department == 99;
        if (valid) {
            QCOMPARE(error, Nir::Error::None);
            QCOMPARE(nir.department(), twoDigits(department));
            QCOMPARE(nir.commune(), QStringLiteral("106"));
            QCOMPARE(nir.isBornAbroad(), department == 99);
        } else {
            QCOMPARE(error, Nir::Error::InvalidDepartment);
            QCOMPARE(position, qsizetype{5});
        }
    }

    // Three digits
    for (int department = 970; department <= 989; ++department) {
        const QString body = QStringLiteral("18503") + QString::number(department) + QStringLiteral("23042");
        Nir::Error error = Nir::Error::None;
        qsizetype position = 42;
        const Nir nir = Nir::parse(QString(body + twoDigits(referenceKey(body))), &error, &position);
        if (department >= 971) {
            QCOMPARE(error, Nir::Error::None);
            QCOMPARE(nir.department(), QString::number(department));
            QCOMPARE(nir.commune(), QStringLiteral("23"));
            QCOMPARE(nir.order(), QStringLiteral("042"));
            QVERIFY(!nir.isBornAbroad());
            const QString formatted = QStringLiteral("1 85 03 ") + QString::number(department)
                + QStringLiteral(" 23 042 ") + twoDigits(nir.key());
            QCOMPARE(nir.formatted(), formatted);
        } else {
            QCOMPARE(error, Nir::Error::InvalidDepartment);
            QCOMPARE(position, qsizetype{5});
        }
    }

    // Corsica
    for (const QString& department : {QStringLiteral("2A"), QStringLiteral("2B"), QStringLiteral("20")}) {
        const QString body = QStringLiteral("18503") + department + QStringLiteral("004123");
        const Nir nir = Nir::parse(QString(body + twoDigits(referenceKey(body))));
        QCOMPARE(nir.department(), department);
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Round trip: parse(formatted()) and other spellings give the same Nir

void TestNirValue::roundTrip_data()
{
    QTest::addColumn<QString>("digits");

    QTest::newRow("mainland") << QStringLiteral("185037510604292");
    QTest::newRow("2A") << QStringLiteral("185032A00412324");
    QTest::newRow("2B") << QStringLiteral("290072B03304595");
    QTest::newRow("20") << QStringLiteral("185032000412394");
    QTest::newRow("971") << QStringLiteral("292119712310518");
    QTest::newRow("989") << QStringLiteral("199019899999909");
    QTest::newRow("abroad") << QStringLiteral("180049935201713");
    QTest::newRow("provisional 8") << QStringLiteral("800993306300151");
    QTest::newRow("key 01") << QStringLiteral("185037510603601");
    QTest::newRow("key 97") << QStringLiteral("185037510603797");
}

void TestNirValue::roundTrip()
{
    QFETCH(QString, digits);

    const Nir nir = Nir::parse(digits);
    QVERIFY(!nir.isNull());
    QCOMPARE(nir.digits(), digits);

    const QString formatted = nir.formatted();
    QCOMPARE(formatted.size(), qsizetype{15 + 6});
    QCOMPARE(QString(formatted).remove(u' '), digits);
    QCOMPARE(Nir::parse(formatted), nir);
    QCOMPARE(Nir::parse(formatted).formatted(), formatted);
    QCOMPARE(Nir::parse(formatted.toLower()), nir);
    QCOMPARE(Nir::parse(QString(formatted).replace(u' ', u'.')), nir);
    QCOMPARE(Nir::parse(QString(formatted).replace(u' ', QChar(0x00a0))), nir);
    QCOMPARE(Nir::parse(QString(formatted).replace(u' ', QChar(0x202f))), nir);
    QCOMPARE(Nir::parse(digits.left(13)), nir);
    QCOMPARE(Nir::parse(nir.digits()).digits(), digits);
}

// ---------------------------------------------------------------------------------------------------------------
// errorCode

void TestNirValue::errorCode_data()
{
    QTest::addColumn<Nir::Error>("error");
    QTest::addColumn<QString>("code");

    QTest::newRow("None") << Nir::Error::None << QStringLiteral("none");
    QTest::newRow("Empty") << Nir::Error::Empty << QStringLiteral("empty");
    QTest::newRow("InvalidCharacter") << Nir::Error::InvalidCharacter << QStringLiteral("invalid_character");
    QTest::newRow("WrongLength") << Nir::Error::WrongLength << QStringLiteral("wrong_length");
    QTest::newRow("InvalidSex") << Nir::Error::InvalidSex << QStringLiteral("invalid_sex");
    QTest::newRow("InvalidMonth") << Nir::Error::InvalidMonth << QStringLiteral("invalid_month");
    QTest::newRow("InvalidDepartment") << Nir::Error::InvalidDepartment << QStringLiteral("invalid_department");
    QTest::newRow("InvalidCommune") << Nir::Error::InvalidCommune << QStringLiteral("invalid_commune");
    QTest::newRow("InvalidCountry") << Nir::Error::InvalidCountry << QStringLiteral("invalid_country");
    QTest::newRow("InvalidOrder") << Nir::Error::InvalidOrder << QStringLiteral("invalid_order");
    QTest::newRow("InvalidKey") << Nir::Error::InvalidKey << QStringLiteral("invalid_key");
    QTest::newRow("KeyMismatch") << Nir::Error::KeyMismatch << QStringLiteral("key_mismatch");
}

void TestNirValue::errorCode()
{
    QFETCH(Nir::Error, error);
    QFETCH(QString, code);

    QCOMPARE(Nir::errorCode(error), code);
}

void TestNirValue::errorCodesAreDistinct()
{
    QSet<QString> codes;
    for (const Nir::Error error : allErrors()) {
        const QString code = Nir::errorCode(error);
        QVERIFY(!code.isEmpty());
        QVERIFY(code != QLatin1String("unknown"));
        codes.insert(code);
    }
    QCOMPARE(codes.size(), allErrors().size());
}

// ---------------------------------------------------------------------------------------------------------------
// Null Nir, out-parameters, equality

void TestNirValue::nullNir()
{
    const Nir nir;
    QVERIFY(nir.isNull());
    QVERIFY(nir.digits().isEmpty());
    QVERIFY(nir.formatted().isEmpty());
    QCOMPARE(nir.sex(), -1);
    QCOMPARE(nir.birthYear(), -1);
    QCOMPARE(nir.birthMonth(), -1);
    QVERIFY(nir.department().isEmpty());
    QVERIFY(nir.commune().isEmpty());
    QVERIFY(nir.order().isEmpty());
    QCOMPARE(nir.key(), -1);
    QVERIFY(!nir.isProvisional());
    QVERIFY(!nir.isBornAbroad());
    QCOMPARE(nir, Nir());
    QVERIFY(nir != Nir::parse(QStringLiteral("1 85 03 75 106 042 92")));
    QCOMPARE(Nir::parse(QStringLiteral("nonsense")), nir);
}

void TestNirValue::outParameters()
{
    const QString valid = QStringLiteral("1 85 03 75 106 042 92");
    const QString invalid = QStringLiteral("1 85 13 75 106 042 58");

    // Both optional
    QVERIFY(!Nir::parse(valid).isNull());
    QVERIFY(Nir::parse(invalid).isNull());
    QVERIFY(Nir::parse(invalid, nullptr, nullptr).isNull());

    // Only one of them
    Nir::Error error = Nir::Error::None;
    QVERIFY(Nir::parse(invalid, &error).isNull());
    QCOMPARE(error, Nir::Error::InvalidMonth);
    qsizetype position = 42;
    QVERIFY(Nir::parse(invalid, nullptr, &position).isNull());
    QCOMPARE(position, qsizetype{5});

    // Reset on success
    error = Nir::Error::InvalidMonth;
    position = 5;
    QVERIFY(!Nir::parse(valid, &error, &position).isNull());
    QCOMPARE(error, Nir::Error::None);
    QCOMPARE(position, NoPosition);

    // Set to -1 on failures that are not about one character or part
    position = 5;
    Nir::parse(QStringLiteral("1 85 03 75 106 042 91"), &error, &position);
    QCOMPARE(error, Nir::Error::KeyMismatch);
    QCOMPARE(position, NoPosition);
    position = 5;
    Nir::parse(QStringLiteral("18503"), &error, &position);
    QCOMPARE(error, Nir::Error::WrongLength);
    QCOMPARE(position, NoPosition);
    position = 5;
    Nir::parse(QStringLiteral(" "), &error, &position);
    QCOMPARE(error, Nir::Error::Empty);
    QCOMPARE(position, NoPosition);
}

void TestNirValue::equality()
{
    const Nir a = Nir::parse(QStringLiteral("1 85 03 2a 004 123 24"));
    const Nir b = Nir::parse(QStringLiteral("185032A00412324"));
    const Nir c = Nir::parse(QStringLiteral("185032A004123"));
    const Nir other = Nir::parse(QStringLiteral("1 85 03 75 106 042 92"));
    QVERIFY(!a.isNull());
    QVERIFY(a == b);
    QVERIFY(!(a != b));
    QVERIFY(a == c);
    QVERIFY(a != other);
    QVERIFY(!(a == other));
    QVERIFY(a != Nir());

    // Copies compare equal
    Nir copy = a;
    QCOMPARE(copy, a);
    copy = other;
    QCOMPARE(copy, other);
}

QTEST_GUILESS_MAIN(TestNirValue)

#include "tst_nirvalue.moc"
