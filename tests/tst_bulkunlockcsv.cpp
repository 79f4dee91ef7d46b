// The bulk unlock's CSV file (BulkUnlockCsv), as spreadsheets export it: the first column of each
// line, with or without a header, quotes, a byte-order mark, other separators and line ends.
#include "desk/BulkUnlockCsv.h"

#include <QTest>

class TestBulkUnlockCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nirs_data();
    void nirs();
};

void TestBulkUnlockCsv::nirs_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("nirs");
    const QString a = QStringLiteral("185037510604292");
    const QString b = QStringLiteral("2 85 03 75 106 042 58");
    QTest::newRow("one column") << QByteArray("185037510604292\n2 85 03 75 106 042 58\n") << QStringList{a, b};
    QTest::newRow("header, commas") << QByteArray("nir,name\n185037510604292,Dupont\n") << QStringList{a};
    QTest::newRow("header upper case, semicolons, CRLF")
        << QByteArray("NIR;nom\r\n185037510604292;Dupont\r\n2 85 03 75 106 042 58;Martin\r\n") << QStringList{a, b};
    QTest::newRow("tabs, quotes, spaces")
        << QByteArray("\"nir\"\t\"nom\"\n  \"185037510604292\" \t\"Dupont\"\n") << QStringList{a};
    QTest::newRow("BOM") << QByteArray("\xef\xbb\xbfnir\n185037510604292\n") << QStringList{a};
    QTest::newRow("BOM before a NIR") << QByteArray("\xef\xbb\xbf"
                                                    "185037510604292")
                                      << QStringList{a};
    QTest::newRow("old Mac line ends") << QByteArray("185037510604292\r2 85 03 75 106 042 58\r") << QStringList{a, b};
    QTest::newRow("blank lines and empty first column")
        << QByteArray("\n\n;Dupont\n   \n185037510604292\n") << QStringList{a};
    QTest::newRow("a typo is kept for the service to count")
        << QByteArray("18503751060429X\n") << QStringList{QStringLiteral("18503751060429X")};
    QTest::newRow("empty") << QByteArray() << QStringList();
    QTest::newRow("not UTF-8") << QByteArray("\xff\xfe"
                                             "1\n")
                               << QStringList{QStringLiteral("\ufffd\ufffd"
                                                             "1")};
}

void TestBulkUnlockCsv::nirs()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, nirs);
    QCOMPARE(BulkUnlockCsv::nirs(bytes), nirs);
}

QTEST_APPLESS_MAIN(TestBulkUnlockCsv)
#include "tst_bulkunlockcsv.moc"
