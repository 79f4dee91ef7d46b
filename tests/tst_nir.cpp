// Reading a NIR: the spellings accepted, its parts, each error with its position, the 13-character
// form without a key. tst_nirvalue has the key, round trips, error codes and equality.

#include "identity/Nir.h"
#include "support/NirTesting.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <utility>

using namespace NirTesting;

class TestNir : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseValid_data();
    void parseValid();
    void parts_data();
    void parts();
    void parseInvalid_data();
    void parseInvalid();
    void thirteenCharacters_data();
    void thirteenCharacters();
};

// ---------------------------------------------------------------------------------------------------------------
// Valid inputs. The keys in the literals were computed with Python while writing the test
// (97 - int(body with 2A→19, 2B→18) % 97); parseValid also checks them against referenceKey().

void TestNir::parseValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QString>("formatted");

    const QString known = QStringLiteral("1 85 03 75 106 042 92");
    const QString knownDigits = QStringLiteral("185037510604292");

    // Separators
    QTest::newRow("known value") << known << knownDigits << known;
    QTest::newRow("no separators") << QStringLiteral("185037510604292") << knownDigits << known;
    QTest::newRow("dots") << QStringLiteral("1.85.03.75.106.042.92") << knownDigits << known;
    QTest::newRow("no-break spaces U+00A0")
        << QStringLiteral("1\u00a085\u00a003\u00a075\u00a0106\u00a0042\u00a092") << knownDigits << known;
    QTest::newRow("narrow no-break spaces U+202F")
        << QStringLiteral("1\u202f85\u202f03\u202f75\u202f106\u202f042\u202f92") << knownDigits << known;
    QTest::newRow("tabs") << QStringLiteral("1\t85\t03\t75\t106\t042\t92") << knownDigits << known;
    QTest::newRow("leading and trailing whitespace")
        << QStringLiteral("  \t1 85 03 75 106 042 92 \r\n") << knownDigits << known;
    QTest::newRow("mixed separators (thin, ideographic spaces)")
        << QStringLiteral("1. 85\u2009.03 ..75\u3000106\t042\n92") << knownDigits << known;
    QTest::newRow("odd grouping") << QStringLiteral("18503 7510 6042 92") << knownDigits << known;
    QTest::newRow("double spaces") << QStringLiteral("1  85  03  75  106  042  92") << knownDigits << known;

    // 13 characters: the key is computed
    QTest::newRow("13 characters") << QStringLiteral("1850375106042") << knownDigits << known;
    QTest::newRow("13 characters with spaces") << QStringLiteral("1 85 03 75 106 042") << knownDigits << known;
    QTest::newRow("13 characters with dots") << QStringLiteral("1.85.03.75.106.042.") << knownDigits << known;

    // Extreme keys
    QTest::newRow("key 01") << QStringLiteral("1 85 03 75 106 036 01") << QStringLiteral("185037510603601")
                            << QStringLiteral("1 85 03 75 106 036 01");
    QTest::newRow("key 97") << QStringLiteral("1 85 03 75 106 037 97") << QStringLiteral("185037510603797")
                            << QStringLiteral("1 85 03 75 106 037 97");
    QTest::newRow("key 01, 13 characters") << QStringLiteral("1850375106036") << QStringLiteral("185037510603601")
                                           << QStringLiteral("1 85 03 75 106 036 01");
    QTest::newRow("key 97, 13 characters") << QStringLiteral("1850375106037") << QStringLiteral("185037510603797")
                                           << QStringLiteral("1 85 03 75 106 037 97");

    // Corsica
    const QString corsicaA = QStringLiteral("1 85 03 2A 004 123 24"); // 1850319004123 → 24
    const QString corsicaADigits = QStringLiteral("185032A00412324");
    QTest::newRow("2A") << corsicaA << corsicaADigits << corsicaA;
    QTest::newRow("2a lower case") << QStringLiteral("1 85 03 2a 004 123 24") << corsicaADigits << corsicaA;
    QTest::newRow("2A no separators") << QStringLiteral("185032A00412324") << corsicaADigits << corsicaA;
    QTest::newRow("2a, 13 characters") << QStringLiteral("185032a004123") << corsicaADigits << corsicaA;
    QTest::newRow("2 A split by a space") << QStringLiteral("1 85 03 2 A 004 123 24") << corsicaADigits << corsicaA;
    QTest::newRow("2A key 01") << QStringLiteral("1 85 03 2A 004 049 01") << QStringLiteral("185032A00404901")
                               << QStringLiteral("1 85 03 2A 004 049 01");
    QTest::newRow("2A key 97") << QStringLiteral("1 85 03 2A 004 050 97") << QStringLiteral("185032A00405097")
                               << QStringLiteral("1 85 03 2A 004 050 97");
    const QString corsicaB = QStringLiteral("2 90 07 2B 033 045 95"); // 2900718033045 → 95
    const QString corsicaBDigits = QStringLiteral("290072B03304595");
    QTest::newRow("2B") << corsicaB << corsicaBDigits << corsicaB;
    QTest::newRow("2b lower case") << QStringLiteral("2 90 07 2b 033 045 95") << corsicaBDigits << corsicaB;
    QTest::newRow("2b, 13 characters") << QStringLiteral("290072b033045") << corsicaBDigits << corsicaB;
    QTest::newRow("2B key 01") << QStringLiteral("2 90 07 2B 033 042 01") << QStringLiteral("290072B03304201")
                               << QStringLiteral("2 90 07 2B 033 042 01");
    QTest::newRow("2B key 97") << QStringLiteral("2 90 07 2B 033 043 97") << QStringLiteral("290072B03304397")
                               << QStringLiteral("2 90 07 2B 033 043 97");
    QTest::newRow("department 20 (Corsica before 1976)")
        << QStringLiteral("1 85 03 20 004 123 94") << QStringLiteral("185032000412394")
        << QStringLiteral("1 85 03 20 004 123 94");

    // Overseas: 3-digit department, 2-digit commune
    QTest::newRow("971") << QStringLiteral("2 92 11 971 23 105 18") << QStringLiteral("292119712310518")
                         << QStringLiteral("2 92 11 971 23 105 18");
    QTest::newRow("971 no separators") << QStringLiteral("292119712310518") << QStringLiteral("292119712310518")
                                       << QStringLiteral("2 92 11 971 23 105 18");
    QTest::newRow("971, 13 characters") << QStringLiteral("2921197123105") << QStringLiteral("292119712310518")
                                        << QStringLiteral("2 92 11 971 23 105 18");
    QTest::newRow("971 key 01") << QStringLiteral("2 92 11 971 23 025 01") << QStringLiteral("292119712302501")
                                << QStringLiteral("2 92 11 971 23 025 01");
    QTest::newRow("971 key 97") << QStringLiteral("2 92 11 971 23 026 97") << QStringLiteral("292119712302697")
                                << QStringLiteral("2 92 11 971 23 026 97");
    QTest::newRow("974") << QStringLiteral("1 70 05 974 11 002 79") << QStringLiteral("170059741100279")
                         << QStringLiteral("1 70 05 974 11 002 79");
    QTest::newRow("975") << QStringLiteral("2 92 11 975 01 105 27") << QStringLiteral("292119750110527")
                         << QStringLiteral("2 92 11 975 01 105 27");
    QTest::newRow("976") << QStringLiteral("2 01 12 976 05 010 22") << QStringLiteral("201129760501022")
                         << QStringLiteral("2 01 12 976 05 010 22");
    QTest::newRow("978") << QStringLiteral("2 10 05 978 01 001 97") << QStringLiteral("210059780100197")
                         << QStringLiteral("2 10 05 978 01 001 97");
    QTest::newRow("979") << QStringLiteral("2 92 11 979 23 105 74") << QStringLiteral("292119792310574")
                         << QStringLiteral("2 92 11 979 23 105 74");
    QTest::newRow("980") << QStringLiteral("2 92 11 980 23 105 81") << QStringLiteral("292119802310581")
                         << QStringLiteral("2 92 11 980 23 105 81");
    QTest::newRow("988") << QStringLiteral("2 92 11 988 23 105 40") << QStringLiteral("292119882310540")
                         << QStringLiteral("2 92 11 988 23 105 40");
    QTest::newRow("989, commune 99, order 999")
        << QStringLiteral("1 99 01 989 99 999 09") << QStringLiteral("199019899999909")
        << QStringLiteral("1 99 01 989 99 999 09");

    // Born abroad: 99 + country code
    QTest::newRow("99 country 352") << QStringLiteral("1 80 04 99 352 017 13") << QStringLiteral("180049935201713")
                                    << QStringLiteral("1 80 04 99 352 017 13");
    QTest::newRow("99 country 100") << QStringLiteral("2 68 09 99 100 203 51") << QStringLiteral("268099910020351")
                                    << QStringLiteral("2 68 09 99 100 203 51");
    QTest::newRow("99 country 001") << QStringLiteral("1 85 03 99 001 001 16") << QStringLiteral("185039900100116")
                                    << QStringLiteral("1 85 03 99 001 001 16");
    QTest::newRow("99 country 999") << QStringLiteral("1 85 03 99 999 999 21") << QStringLiteral("185039999999921")
                                    << QStringLiteral("1 85 03 99 999 999 21");
    QTest::newRow("99 key 01") << QStringLiteral("1 80 04 99 352 029 01") << QStringLiteral("180049935202901")
                               << QStringLiteral("1 80 04 99 352 029 01");
    QTest::newRow("99 key 97") << QStringLiteral("1 80 04 99 352 030 97") << QStringLiteral("180049935203097")
                               << QStringLiteral("1 80 04 99 352 030 97");
    QTest::newRow("'990' reads as 99 + country 012")
        << QStringLiteral("1 85 03 990 12 042 33") << QStringLiteral("185039901204233")
        << QStringLiteral("1 85 03 99 012 042 33");

    // Sex, provisional numbers
    QTest::newRow("sex 2") << QStringLiteral("2 85 03 75 106 042 42") << QStringLiteral("285037510604242")
                           << QStringLiteral("2 85 03 75 106 042 42");
    QTest::newRow("provisional 3") << QStringLiteral("3 85 03 75 106 042 89") << QStringLiteral("385037510604289")
                                   << QStringLiteral("3 85 03 75 106 042 89");
    QTest::newRow("provisional 4") << QStringLiteral("4 02 10 13 055 321 62") << QStringLiteral("402101305532162")
                                   << QStringLiteral("4 02 10 13 055 321 62");
    QTest::newRow("provisional 7") << QStringLiteral("7 99 50 69 123 456 66") << QStringLiteral("799506912345666")
                                   << QStringLiteral("7 99 50 69 123 456 66");
    QTest::newRow("provisional 8") << QStringLiteral("8 00 99 33 063 001 51") << QStringLiteral("800993306300151")
                                   << QStringLiteral("8 00 99 33 063 001 51");

    // Years and months at their boundaries
    QTest::newRow("year 00") << QStringLiteral("1 00 03 75 106 042 86") << QStringLiteral("100037510604286")
                             << QStringLiteral("1 00 03 75 106 042 86");
    QTest::newRow("year 99") << QStringLiteral("1 99 03 75 106 042 85") << QStringLiteral("199037510604285")
                             << QStringLiteral("1 99 03 75 106 042 85");
    QTest::newRow("month 01") << QStringLiteral("1 85 01 75 106 042 60") << QStringLiteral("185017510604260")
                              << QStringLiteral("1 85 01 75 106 042 60");
    QTest::newRow("month 12") << QStringLiteral("1 85 12 75 106 042 42") << QStringLiteral("185127510604242")
                              << QStringLiteral("1 85 12 75 106 042 42");
    QTest::newRow("month 20") << QStringLiteral("1 85 20 75 106 042 73") << QStringLiteral("185207510604273")
                              << QStringLiteral("1 85 20 75 106 042 73");
    QTest::newRow("month 30") << QStringLiteral("1 85 30 75 106 042 39") << QStringLiteral("185307510604239")
                              << QStringLiteral("1 85 30 75 106 042 39");
    QTest::newRow("month 42") << QStringLiteral("1 85 42 75 106 042 37") << QStringLiteral("185427510604237")
                              << QStringLiteral("1 85 42 75 106 042 37");
    QTest::newRow("month 50") << QStringLiteral("1 85 50 75 106 042 68") << QStringLiteral("185507510604268")
                              << QStringLiteral("1 85 50 75 106 042 68");
    QTest::newRow("month 99") << QStringLiteral("1 85 99 75 106 042 76") << QStringLiteral("185997510604276")
                              << QStringLiteral("1 85 99 75 106 042 76");

    // Departments, communes and orders at their boundaries
    QTest::newRow("department 01") << QStringLiteral("1 85 03 01 001 001 43") << QStringLiteral("185030100100143")
                                   << QStringLiteral("1 85 03 01 001 001 43");
    QTest::newRow("department 95") << QStringLiteral("1 85 03 95 001 001 27") << QStringLiteral("185039500100127")
                                   << QStringLiteral("1 85 03 95 001 001 27");
    QTest::newRow("department 96") << QStringLiteral("1 85 03 96 001 001 97") << QStringLiteral("185039600100197")
                                   << QStringLiteral("1 85 03 96 001 001 97");
    QTest::newRow("commune 001, order 001")
        << QStringLiteral("1 85 03 75 001 001 82") << QStringLiteral("185037500100182")
        << QStringLiteral("1 85 03 75 001 001 82");
    QTest::newRow("commune 999, order 999")
        << QStringLiteral("1 85 03 75 999 999 87") << QStringLiteral("185037599999987")
        << QStringLiteral("1 85 03 75 999 999 87");
}

void TestNir::parseValid()
{
    QFETCH(QString, input);
    QFETCH(QString, digits);
    QFETCH(QString, formatted);

    Nir::Error error = Nir::Error::KeyMismatch;
    qsizetype position = 42;
    const Nir nir = Nir::parse(input, &error, &position);
    QCOMPARE(error, Nir::Error::None);
    QCOMPARE(position, NoPosition);
    QVERIFY(!nir.isNull());
    QCOMPARE(nir.digits(), digits);
    QCOMPARE(nir.digits().size(), qsizetype{15});
    QCOMPARE(nir.formatted(), formatted);

    // The literal key agrees with the independent computation and with Nir::computeKey.
    QCOMPARE(nir.key(), referenceKey(digits.left(13)));
    QCOMPARE(Nir::computeKey(digits.left(13)), nir.key());
    QCOMPARE(twoDigits(nir.key()), digits.right(2));

    // Round trips
    QCOMPARE(Nir::parse(nir.formatted()), nir);
    QCOMPARE(Nir::parse(nir.digits()), nir);
    QCOMPARE(Nir::parse(nir.digits().left(13)), nir);
}

// ---------------------------------------------------------------------------------------------------------------
// Part accessors

void TestNir::parts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("sex");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<QString>("department");
    QTest::addColumn<QString>("commune");
    QTest::addColumn<QString>("order");
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("provisional");
    QTest::addColumn<bool>("abroad");

    QTest::newRow("mainland") << QStringLiteral("1 85 03 75 106 042 92") << 1 << 85 << 3 << QStringLiteral("75")
                              << QStringLiteral("106") << QStringLiteral("042") << 92 << false << false;
    QTest::newRow("mainland, 13 characters") << QStringLiteral("1850375106042") << 1 << 85 << 3 << QStringLiteral("75")
                                             << QStringLiteral("106") << QStringLiteral("042") << 92 << false << false;
    QTest::newRow("overseas 971") << QStringLiteral("2 92 11 971 23 105 18") << 2 << 92 << 11 << QStringLiteral("971")
                                  << QStringLiteral("23") << QStringLiteral("105") << 18 << false << false;
    QTest::newRow("overseas 989") << QStringLiteral("199019899999909") << 1 << 99 << 1 << QStringLiteral("989")
                                  << QStringLiteral("99") << QStringLiteral("999") << 9 << false << false;
    QTest::newRow("2a, upper-cased") << QStringLiteral("1 85 03 2a 004 123 24") << 1 << 85 << 3 << QStringLiteral("2A")
                                     << QStringLiteral("004") << QStringLiteral("123") << 24 << false << false;
    QTest::newRow("2B") << QStringLiteral("2 90 07 2B 033 045 95") << 2 << 90 << 7 << QStringLiteral("2B")
                        << QStringLiteral("033") << QStringLiteral("045") << 95 << false << false;
    QTest::newRow("20") << QStringLiteral("1 85 03 20 004 123 94") << 1 << 85 << 3 << QStringLiteral("20")
                        << QStringLiteral("004") << QStringLiteral("123") << 94 << false << false;
    QTest::newRow("born abroad") << QStringLiteral("1 80 04 99 352 017 13") << 1 << 80 << 4 << QStringLiteral("99")
                                 << QStringLiteral("352") << QStringLiteral("017") << 13 << false << true;
    QTest::newRow("'990' is 99 + country 012")
        << QStringLiteral("1 85 03 990 12 042 33") << 1 << 85 << 3 << QStringLiteral("99") << QStringLiteral("012")
        << QStringLiteral("042") << 33 << false << true;
    QTest::newRow("96 is not abroad") << QStringLiteral("2 63 04 96 012 034 02") << 2 << 63 << 4 << QStringLiteral("96")
                                      << QStringLiteral("012") << QStringLiteral("034") << 2 << false << false;
    QTest::newRow("provisional 3") << QStringLiteral("3 85 03 75 106 042 89") << 3 << 85 << 3 << QStringLiteral("75")
                                   << QStringLiteral("106") << QStringLiteral("042") << 89 << true << false;
    QTest::newRow("provisional 4") << QStringLiteral("4 02 10 13 055 321 62") << 4 << 2 << 10 << QStringLiteral("13")
                                   << QStringLiteral("055") << QStringLiteral("321") << 62 << true << false;
    QTest::newRow("provisional 7") << QStringLiteral("7 99 50 69 123 456 66") << 7 << 99 << 50 << QStringLiteral("69")
                                   << QStringLiteral("123") << QStringLiteral("456") << 66 << true << false;
    QTest::newRow("provisional 8") << QStringLiteral("8 00 99 33 063 001 51") << 8 << 0 << 99 << QStringLiteral("33")
                                   << QStringLiteral("063") << QStringLiteral("001") << 51 << true << false;
    QTest::newRow("key 01") << QStringLiteral("1 85 03 75 106 036 01") << 1 << 85 << 3 << QStringLiteral("75")
                            << QStringLiteral("106") << QStringLiteral("036") << 1 << false << false;
    QTest::newRow("key 97") << QStringLiteral("1 85 03 75 106 037 97") << 1 << 85 << 3 << QStringLiteral("75")
                            << QStringLiteral("106") << QStringLiteral("037") << 97 << false << false;
}

void TestNir::parts()
{
    QFETCH(QString, input);
    QFETCH(int, sex);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(QString, department);
    QFETCH(QString, commune);
    QFETCH(QString, order);
    QFETCH(int, key);
    QFETCH(bool, provisional);
    QFETCH(bool, abroad);

    const Nir nir = Nir::parse(input);
    QVERIFY(!nir.isNull());
    QCOMPARE(nir.sex(), sex);
    QCOMPARE(nir.birthYear(), year);
    QCOMPARE(nir.birthMonth(), month);
    QCOMPARE(nir.department(), department);
    QCOMPARE(nir.commune(), commune);
    QCOMPARE(nir.order(), order);
    QCOMPARE(nir.key(), key);
    QCOMPARE(nir.isProvisional(), provisional);
    QCOMPARE(nir.isBornAbroad(), abroad);

    // The parts, concatenated, are the canonical digits.
    const QString concatenated
        = QString::number(sex) + twoDigits(year) + twoDigits(month) + department + commune + order + twoDigits(key);
    QCOMPARE(concatenated, nir.digits());
}

// ---------------------------------------------------------------------------------------------------------------
// Invalid inputs. Unless the row is about the key, the key in the literal is the right one for the (invalid) body,
// so that the part under test is the only fault. Positions count UTF-16 code units of the input.

void TestNir::parseInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Nir::Error>("error");
    QTest::addColumn<int>("position");

    using E = Nir::Error;

    // Empty
    QTest::newRow("empty string") << QString() << E::Empty << -1;
    QTest::newRow("spaces only") << QStringLiteral("   ") << E::Empty << -1;
    QTest::newRow("dots and spaces") << QStringLiteral(" . . . ") << E::Empty << -1;
    QTest::newRow("Unicode spaces only") << QStringLiteral("\u00a0\u202f\t\n\u2009\u3000") << E::Empty << -1;

    // Characters: position of the character in the original input
    QTest::newRow("letter first") << QStringLiteral("X85037510604292") << E::InvalidCharacter << 0;
    QTest::newRow("letter in the month") << QStringLiteral("1 85 0A 75 106 042 92") << E::InvalidCharacter << 6;
    QTest::newRow("A after 3") << QStringLiteral("1 85 03 3A 004 123 24") << E::InvalidCharacter << 9;
    QTest::newRow("C after 2") << QStringLiteral("1 85 03 2C 004 123 24") << E::InvalidCharacter << 9;
    QTest::newRow("c after 2") << QStringLiteral("1 85 03 2c 004 123 24") << E::InvalidCharacter << 9;
    QTest::newRow("A before 2") << QStringLiteral("1 85 03 A2 004 123 24") << E::InvalidCharacter << 8;
    QTest::newRow("A in the commune") << QStringLiteral("1 85 03 2A 0A4 123 24") << E::InvalidCharacter << 12;
    QTest::newRow("B right after 2A") << QStringLiteral("1 85 03 2AB 04 123 24") << E::InvalidCharacter << 10;
    QTest::newRow("A after 97") << QStringLiteral("2 92 11 97A 23 105 18") << E::InvalidCharacter << 10;
    QTest::newRow("2A as sex and year") << QStringLiteral("2A8503751060429") << E::InvalidCharacter << 1;
    QTest::newRow("letter in the key") << QStringLiteral("1 85 03 75 106 042 9A") << E::InvalidCharacter << 20;
    QTest::newRow("key left as xx") << QStringLiteral("2 92 11 971 23 105 xx") << E::InvalidCharacter << 19;
    QTest::newRow("letter after a full NIR") << QStringLiteral("1 85 03 75 106 042 92 A") << E::InvalidCharacter << 22;
    QTest::newRow("hyphens") << QStringLiteral("1-85-03-75-106-042-92") << E::InvalidCharacter << 1;
    QTest::newRow("commas") << QStringLiteral("1,85,03,75,106,042,92") << E::InvalidCharacter << 1;
    QTest::newRow("plus sign") << QStringLiteral("+185037510604292") << E::InvalidCharacter << 0;
    QTest::newRow("full-width digit") << QStringLiteral("\uff1185037510604292") << E::InvalidCharacter << 0;
    QTest::newRow("Arabic-Indic digit") << QStringLiteral("1\u0668503751060429") << E::InvalidCharacter << 1;
    QTest::newRow("emoji (surrogate pair)") << QStringLiteral("1\U0001F60085037510604292") << E::InvalidCharacter << 1;
    QTest::newRow("letter after an emoji")
        << QStringLiteral("1 85 03 75 106 042 92 \U0001F600") << E::InvalidCharacter << 22;
    QTest::newRow("letter after no-break spaces")
        << QStringLiteral("1\u00a085\u00a003\u00a075\u00a0106\u00a0042\u00a09x") << E::InvalidCharacter << 20;
    QTest::newRow("zero-width space is not a space")
        << QStringLiteral("1\u200b85 03 75 106 042 92") << E::InvalidCharacter << 1;
    QTest::newRow("letter in a too-short input") << QStringLiteral("12A") << E::InvalidCharacter << 2;
    QTest::newRow("character before length") << QStringLiteral("1X") << E::InvalidCharacter << 1;
    QTest::newRow("character before every other error")
        << QStringLiteral("5 85 00 00 000 000 0X") << E::InvalidCharacter << 20;

    // Length
    QTest::newRow("1 digit") << QStringLiteral("1") << E::WrongLength << -1;
    QTest::newRow("12 digits") << QStringLiteral("185037510604") << E::WrongLength << -1;
    QTest::newRow("14 digits") << QStringLiteral("18503751060429") << E::WrongLength << -1;
    QTest::newRow("14 digits with spaces") << QStringLiteral("1 85 03 75 106 042 9") << E::WrongLength << -1;
    QTest::newRow("16 digits") << QStringLiteral("1850375106042921") << E::WrongLength << -1;
    QTest::newRow("30 digits") << QStringLiteral("185037510604292185037510604292") << E::WrongLength << -1;
    QTest::newRow("Corsica, too short") << QStringLiteral("1 85 03 2A") << E::WrongLength << -1;
    QTest::newRow("14 digits with 2A") << QStringLiteral("185032A0041232") << E::WrongLength << -1;
    QTest::newRow("length before sex") << QStringLiteral("5 85 03") << E::WrongLength << -1;

    // Sex: position of the sex
    QTest::newRow("sex 0") << QStringLiteral("0 85 03 75 106 042 45") << E::InvalidSex << 0;
    QTest::newRow("sex 5") << QStringLiteral("5 85 03 75 106 042 86") << E::InvalidSex << 0;
    QTest::newRow("sex 6") << QStringLiteral("6 85 03 75 106 042 36") << E::InvalidSex << 0;
    QTest::newRow("sex 9") << QStringLiteral("9 85 03 75 106 042 80") << E::InvalidSex << 0;
    QTest::newRow("sex 5 after spaces") << QStringLiteral("  5 85 03 75 106 042 86") << E::InvalidSex << 2;
    QTest::newRow("sex 5, 13 characters") << QStringLiteral("5850375106042") << E::InvalidSex << 0;

    // Month: position of the month
    QTest::newRow("month 00") << QStringLiteral("1 85 00 75 106 042 44") << E::InvalidMonth << 5;
    QTest::newRow("month 13") << QStringLiteral("1 85 13 75 106 042 58") << E::InvalidMonth << 5;
    QTest::newRow("month 19") << QStringLiteral("1 85 19 75 106 042 57") << E::InvalidMonth << 5;
    QTest::newRow("month 21") << QStringLiteral("1 85 21 75 106 042 89") << E::InvalidMonth << 5;
    QTest::newRow("month 29") << QStringLiteral("1 85 29 75 106 042 23") << E::InvalidMonth << 5;
    QTest::newRow("month 43") << QStringLiteral("1 85 43 75 106 042 53") << E::InvalidMonth << 5;
    QTest::newRow("month 49") << QStringLiteral("1 85 49 75 106 042 52") << E::InvalidMonth << 5;
    QTest::newRow("month 13, no separators") << QStringLiteral("185137510604258") << E::InvalidMonth << 3;
    QTest::newRow("month 00, 13 characters") << QStringLiteral("1850075106042") << E::InvalidMonth << 3;
    QTest::newRow("month 13, dots") << QStringLiteral("1.85.13.75.106.042.58") << E::InvalidMonth << 5;

    // Department: position of the department
    QTest::newRow("department 00") << QStringLiteral("1 85 03 00 106 042 80") << E::InvalidDepartment << 8;
    QTest::newRow("department 00, no separators") << QStringLiteral("185030010604280") << E::InvalidDepartment << 5;
    QTest::newRow("department 970") << QStringLiteral("2 92 11 970 23 105 11") << E::InvalidDepartment << 8;

    // Commune and country: position of the commune or country code
    QTest::newRow("commune 000") << QStringLiteral("1 85 03 75 000 042 71") << E::InvalidCommune << 11;
    QTest::newRow("commune 000, no separators") << QStringLiteral("185037500004271") << E::InvalidCommune << 7;
    QTest::newRow("overseas commune 00") << QStringLiteral("2 92 11 971 00 105 29") << E::InvalidCommune << 12;
    QTest::newRow("overseas commune 00, no separators") << QStringLiteral("292119710010529") << E::InvalidCommune << 8;
    QTest::newRow("department 96 commune 000") << QStringLiteral("2 63 04 96 000 034 71") << E::InvalidCommune << 11;
    QTest::newRow("2A commune 000") << QStringLiteral("1 85 03 2A 000 123 47") << E::InvalidCommune << 11;
    QTest::newRow("2B commune 000") << QStringLiteral("1 85 03 2B 000 123 74") << E::InvalidCommune << 11;
    QTest::newRow("abroad, country 000") << QStringLiteral("1 80 04 99 000 017 97") << E::InvalidCountry << 11;
    QTest::newRow("'990 00' is 99 + country 000") << QStringLiteral("1 80 04 990 00 017 97") << E::InvalidCountry << 10;

    // Order: position of the order
    QTest::newRow("order 000") << QStringLiteral("1 85 03 75 106 000 37") << E::InvalidOrder << 15;
    QTest::newRow("overseas order 000") << QStringLiteral("2 92 11 971 23 000 26") << E::InvalidOrder << 15;
    QTest::newRow("order 000, 13 characters") << QStringLiteral("1850375106000") << E::InvalidOrder << 10;

    // Key range: position of the key
    QTest::newRow("key 00") << QStringLiteral("1 85 03 75 106 042 00") << E::InvalidKey << 19;
    QTest::newRow("key 98") << QStringLiteral("1 85 03 75 106 042 98") << E::InvalidKey << 19;
    QTest::newRow("key 99") << QStringLiteral("1 85 03 75 106 042 99") << E::InvalidKey << 19;
    QTest::newRow("key 00, no separators") << QStringLiteral("185037510604200") << E::InvalidKey << 13;
    QTest::newRow("key 98, 2A") << QStringLiteral("1 85 03 2A 004 123 98") << E::InvalidKey << 19;

    // Key mismatch: no position
    QTest::newRow("key 91 instead of 92") << QStringLiteral("1 85 03 75 106 042 91") << E::KeyMismatch << -1;
    QTest::newRow("key 93 instead of 92") << QStringLiteral("1 85 03 75 106 042 93") << E::KeyMismatch << -1;
    QTest::newRow("key 01 instead of 92") << QStringLiteral("1 85 03 75 106 042 01") << E::KeyMismatch << -1;
    QTest::newRow("key 97 instead of 92") << QStringLiteral("1 85 03 75 106 042 97") << E::KeyMismatch << -1;
    QTest::newRow("key 29, digits swapped") << QStringLiteral("1 85 03 75 106 042 29") << E::KeyMismatch << -1;
    // 1850375160042 → 24
    QTest::newRow("commune digits transposed") << QStringLiteral("1 85 03 75 160 042 92") << E::KeyMismatch << -1;
    // 1850357106042 → 93
    QTest::newRow("department transposed") << QStringLiteral("1 85 03 57 106 042 92") << E::KeyMismatch << -1;
    // 1850375106024 → 13
    QTest::newRow("order transposed") << QStringLiteral("1 85 03 75 106 024 92") << E::KeyMismatch << -1;
    // 3850375106042 → 89
    QTest::newRow("provisional with the key of sex 1")
        << QStringLiteral("3 85 03 75 106 042 92") << E::KeyMismatch << -1;
    // The right key of 1 85 03 2A 004 123 is 24 (2A→19); naive substitutions give other keys.
    QTest::newRow("2A with the key of A→0") << QStringLiteral("1 85 03 2A 004 123 94") << E::KeyMismatch << -1;
    QTest::newRow("2A with the key of A→1") << QStringLiteral("1 85 03 2A 004 123 67") << E::KeyMismatch << -1;
    QTest::newRow("2A with the key of 2B") << QStringLiteral("1 85 03 2A 004 123 51") << E::KeyMismatch << -1;
    // The right key of 2 90 07 2B 033 045 is 95 (2B→18).
    QTest::newRow("2B with the key of B→0") << QStringLiteral("2 90 07 2B 033 045 41") << E::KeyMismatch << -1;
    QTest::newRow("2B with the key of B→2") << QStringLiteral("2 90 07 2B 033 045 84") << E::KeyMismatch << -1;

    // First failing part wins, from left to right
    QTest::newRow("sex before month") << QStringLiteral("5 85 00 00 000 000 00") << E::InvalidSex << 0;
    QTest::newRow("month before department") << QStringLiteral("1 85 00 00 000 000 00") << E::InvalidMonth << 5;
    QTest::newRow("department before commune") << QStringLiteral("1 85 03 00 000 000 00") << E::InvalidDepartment << 8;
    QTest::newRow("commune before order") << QStringLiteral("1 85 03 75 000 000 00") << E::InvalidCommune << 11;
    QTest::newRow("country before order") << QStringLiteral("1 85 03 99 000 000 00") << E::InvalidCountry << 11;
    QTest::newRow("order before key") << QStringLiteral("1 85 03 75 106 000 00") << E::InvalidOrder << 15;
    QTest::newRow("overseas department before commune")
        << QStringLiteral("2 92 11 970 00 105 29") << E::InvalidDepartment << 8;
}

void TestNir::parseInvalid()
{
    QFETCH(QString, input);
    QFETCH(Nir::Error, error);
    QFETCH(int, position);

    Nir::Error actualError = Nir::Error::None;
    qsizetype actualPosition = 42;
    const Nir nir = Nir::parse(input, &actualError, &actualPosition);
    QVERIFY(nir.isNull());
    QCOMPARE(nir, Nir());
    QCOMPARE(actualError, error);
    QCOMPARE(actualPosition, static_cast<qsizetype>(position));
}

// ---------------------------------------------------------------------------------------------------------------
// 13 characters: same Nir as the 15 characters with the right key

void TestNir::thirteenCharacters_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("digits");

    QTest::newRow("mainland") << QStringLiteral("1850375106042") << QStringLiteral("185037510604292");
    QTest::newRow("key 01") << QStringLiteral("1 85 03 75 106 036") << QStringLiteral("185037510603601");
    QTest::newRow("key 97") << QStringLiteral("1 85 03 75 106 037") << QStringLiteral("185037510603797");
    QTest::newRow("2A") << QStringLiteral("1 85 03 2A 004 123") << QStringLiteral("185032A00412324");
    QTest::newRow("2b") << QStringLiteral("2 90 07 2b 033 045") << QStringLiteral("290072B03304595");
    QTest::newRow("overseas") << QStringLiteral("2 92 11 971 23 105") << QStringLiteral("292119712310518");
    QTest::newRow("abroad") << QStringLiteral("1 80 04 99 352 017") << QStringLiteral("180049935201713");
    QTest::newRow("provisional") << QStringLiteral("7 99 50 69 123 456") << QStringLiteral("799506912345666");
    QTest::newRow("department 96") << QStringLiteral("2.63.04.96.012.034") << QStringLiteral("263049601203402");
}

void TestNir::thirteenCharacters()
{
    QFETCH(QString, body);
    QFETCH(QString, digits);

    Nir::Error error = Nir::Error::Empty;
    const Nir nir = Nir::parse(body, &error);
    QCOMPARE(error, Nir::Error::None);
    QCOMPARE(nir.digits(), digits);
    QCOMPARE(nir.key(), referenceKey(digits.left(13)));
    QCOMPARE(nir, Nir::parse(QString(body + u' ' + twoDigits(referenceKey(nir.digits().left(13))))));
}

// ---------------------------------------------------------------------------------------------------------------
// computeKey

QTEST_GUILESS_MAIN(TestNir)

#include "tst_nir.moc"
