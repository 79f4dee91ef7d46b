// CsvWriter (RFC 4180, UTF-8 with BOM, formula neutralisation) and the streaming export of the
// lockout history (page by page, progress, cancellation) on both engines.
#include "agents/AgentRepository.h"
#include "core/CsvWriter.h"
#include "db/SqlQuery.h"
#include "supervision/LockoutHistoryExport.h"
#include "support/TestDatabases.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

const QByteArray bom = QByteArrayLiteral("\xEF\xBB\xBF");

QByteArray written(const QList<QStringList>& records, CsvWriter::Separator separator = CsvWriter::Separator::Semicolon)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, separator);
    for (const QStringList& record : records)
        writer.writeRecord(record);
    return buffer.data();
}

// events accounts with one lockout each, and a supervisor.
bool setUp(Database& database, int events, AgentSession* supervisor)
{
    const QDateTime base(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::utc());
    return !database.write([&](QSqlDatabase& db) -> Error {
        const Result<qint64> agent = AgentRepository(db).add(QStringLiteral("sophie"), QStringLiteral("Sophie Roux"),
                                                             Agent::Role::Supervisor, QStringLiteral("$argon2id$x"));
        if (!agent)
            return agent.error();
        supervisor->agentId = agent.value();
        supervisor->login = QStringLiteral("sophie");
        supervisor->role = Agent::Role::Supervisor;
        for (int i = 1; i <= events; ++i) {
            SqlQuery insert(db);
            if (Error e = insert.prepare(
                    QStringLiteral("INSERT INTO persons (nir, sex, last_name, first_names, birth_date, birth_place)"
                                   " VALUES (:nir, 1, 'Durand', 'Jean', '1985-03-01', 'Paris') RETURNING id")))
                return e;
            insert.bind(QStringLiteral(":nir"),
                        Nir::parse(QStringLiteral("18503751060%1").arg(i, 2, 10, QLatin1Char('0'))).digits());
            if (Error e = insert.exec(); e || !insert.next())
                return e ? e : Error(ErrorCode::DatabaseError);
            SqlQuery account(db);
            if (Error e = account.prepare(QStringLiteral("INSERT INTO accounts (person_id, email, status)"
                                                         " VALUES (:p, 'j@example.org', 'active') RETURNING id")))
                return e;
            account.bind(QStringLiteral(":p"), insert.value(QStringLiteral("id")));
            if (Error e = account.exec(); e || !account.next())
                return e ? e : Error(ErrorCode::DatabaseError);
            SqlQuery event(db);
            if (Error e = event.prepare(QStringLiteral("INSERT INTO lockout_events (account_id, locked_at,"
                                                       " failed_attempts, unlocked_at, unlocked_by, unlock_reason)"
                                                       " VALUES (:a, :l, 5, :u, :b, '=HYPERLINK(\"x\")')")))
                return e;
            event.bind(QStringLiteral(":a"), account.value(QStringLiteral("id")));
            event.bind(QStringLiteral(":l"), database.dialect().toSql(base.addSecs(i)));
            event.bind(QStringLiteral(":u"), database.dialect().toSql(base.addDays(1)));
            event.bind(QStringLiteral(":b"), agent.value());
            if (Error e = event.exec())
                return e;
        }
        return {};
    });
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // A zone with summer time, whatever the machine's: the export's offsets change with the date.
        qputenv("TZ", "Europe/Paris");
        QCOMPARE(QTimeZone::systemTimeZoneId(), QByteArray("Europe/Paris"));
    }
    void record_data();
    void record();
    void bomOnceAndCrlf();
    void refusedDevice();
    void exportStreams_data() { TestDatabase::addEngineRows(); }
    void exportStreams();
    void exportLocalTimes_data() { TestDatabase::addEngineRows(); }
    void exportLocalTimes();
    void exportFile_data() { TestDatabase::addEngineRows(); }
    void exportFile();
};

void TestCsvWriter::record_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<bool>("comma");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringList{QStringLiteral("a"), QStringLiteral("b")} << false << QByteArray("a;b\r\n");
    QTest::newRow("comma separator") << QStringList{QStringLiteral("a"), QStringLiteral("b")} << true
                                     << QByteArray("a,b\r\n");
    QTest::newRow("separator inside") << QStringList{QStringLiteral("a;b"), QStringLiteral("c")} << false
                                      << QByteArray("\"a;b\";c\r\n");
    QTest::newRow("comma inside, semicolon file")
        << QStringList{QStringLiteral("1,5")} << false << QByteArray("1,5\r\n");
    QTest::newRow("comma inside, comma file")
        << QStringList{QStringLiteral("1,5")} << true << QByteArray("\"1,5\"\r\n");
    QTest::newRow("quotes doubled") << QStringList{QStringLiteral("say \"hi\"")} << false
                                    << QByteArray("\"say \"\"hi\"\"\"\r\n");
    QTest::newRow("LF inside") << QStringList{QStringLiteral("l1\nl2"), QStringLiteral("x")} << false
                               << QByteArray("\"l1\nl2\";x\r\n");
    QTest::newRow("CRLF inside") << QStringList{QStringLiteral("l1\r\nl2")} << false << QByteArray("\"l1\r\nl2\"\r\n");
    QTest::newRow("=cmd") << QStringList{QStringLiteral("=cmd|' /C calc'!A0")} << false
                          << QByteArray("'=cmd|' /C calc'!A0\r\n");
    QTest::newRow("plus") << QStringList{QStringLiteral("+33 1 23 45")} << false << QByteArray("'+33 1 23 45\r\n");
    QTest::newRow("minus") << QStringList{QStringLiteral("-2+3")} << false << QByteArray("'-2+3\r\n");
    QTest::newRow("at") << QStringList{QStringLiteral("@SUM(A1:A9)")} << false << QByteArray("'@SUM(A1:A9)\r\n");
    QTest::newRow("tab") << QStringList{QStringLiteral("\tx")} << false << QByteArray("'\tx\r\n");
    QTest::newRow("CR first") << QStringList{QStringLiteral("\rx")} << false << QByteArray("\"'\rx\"\r\n");
    QTest::newRow("formula with separator")
        << QStringList{QStringLiteral("=1;2")} << false << QByteArray("\"'=1;2\"\r\n");
    QTest::newRow("formula with quote") << QStringList{QStringLiteral("=\"a\"")} << false
                                        << QByteArray("\"'=\"\"a\"\"\"\r\n");
    QTest::newRow("minus inside is fine") << QStringList{QStringLiteral("a-b=c")} << false << QByteArray("a-b=c\r\n");
    QTest::newRow("empty fields") << QStringList{QString(), QString(), QString()} << false << QByteArray(";;\r\n");
    QTest::newRow("utf-8") << QStringList{QStringLiteral("H\u00e9l\u00e8ne"), QStringLiteral("\u2022\u2022")} << false
                           << QByteArray("H\xc3\xa9l\xc3\xa8ne;\xe2\x80\xa2\xe2\x80\xa2\r\n");
}

void TestCsvWriter::record()
{
    QFETCH(QStringList, fields);
    QFETCH(bool, comma);
    QFETCH(QByteArray, expected);
    const QByteArray out = written({fields}, comma ? CsvWriter::Separator::Comma : CsvWriter::Separator::Semicolon);
    QVERIFY(out.startsWith(bom));
    QCOMPARE(out.mid(bom.size()), expected);
}

void TestCsvWriter::bomOnceAndCrlf()
{
    const QByteArray out = written({{QStringLiteral("a")}, {QStringLiteral("b")}, {QStringLiteral("c")}});
    QCOMPARE(out, bom + QByteArray("a\r\nb\r\nc\r\n"));
    QCOMPARE(out.count(bom), 1);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    QCOMPARE(writer.separatorChar(), QLatin1Char(';')); // French Excel's default
    QCOMPARE(buffer.size(), 0); // nothing before the first record
}

void TestCsvWriter::refusedDevice()
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadOnly);
    CsvWriter writer(&buffer);
    QVERIFY(!writer.writeRecord({QStringLiteral("a")}));
    QVERIFY(!writer.ok());
    QCOMPARE(writer.records(), 0);
}

void TestCsvWriter::exportStreams()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    AgentSession supervisor;
    QVERIFY(setUp(db.database(), 23, &supervisor));
    LockoutHistory history(db.database());

    // The whole history, 5 rows a page: progress after each page, the header once.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    QList<qint64> progress;
    const Result<LockoutHistoryExport::Report> report = LockoutHistoryExport::writeCsv(
        history, supervisor, {}, {}, writer, [&](qint64 rows) { progress.append(rows); }, nullptr, 5);
    QVERIFY(report);
    QCOMPARE(report->rows, 23);
    QVERIFY(!report->cancelled);
    QCOMPARE(progress, (QList<qint64>{5, 10, 15, 20, 23}));
    const QList<QByteArray> lines = buffer.data().mid(bom.size()).split('\n');
    QCOMPARE(lines.size(), 23 + 2); // header, rows, and the empty rest after the last CRLF
    QCOMPARE(QString::fromUtf8(lines.first().chopped(1)), LockoutHistoryExport::header().join(QLatin1Char(';')));
    QVERIFY(lines.at(1).contains(";\"'=HYPERLINK(\"\"x\"\")\";")); // the reason is neutralised and quoted
    QVERIFY(!buffer.data().contains("185037510601")); // the NIR is masked

    // Raised after the second page: the export stops there, with what it wrote.
    QBuffer cancelled;
    cancelled.open(QIODevice::WriteOnly);
    CsvWriter cancelledWriter(&cancelled);
    std::atomic<bool> cancel(false);
    const Result<LockoutHistoryExport::Report> stopped = LockoutHistoryExport::writeCsv(
        history, supervisor, {}, {}, cancelledWriter,
        [&](qint64 rows) {
            if (rows >= 10)
                cancel = true;
        },
        &cancel, 5);
    QVERIFY(stopped);
    QVERIFY(stopped->cancelled);
    QCOMPARE(stopped->rows, 10);
    QCOMPARE(cancelledWriter.records(), 11);

    // An agent may not export.
    AgentSession agent = supervisor;
    agent.role = Agent::Role::Agent;
    QBuffer refused;
    refused.open(QIODevice::WriteOnly);
    CsvWriter refusedWriter(&refused);
    QCOMPARE(LockoutHistoryExport::writeCsv(history, agent, {}, {}, refusedWriter).error().code(),
             ErrorCode::Forbidden);
    QCOMPARE(refused.size(), 0);
}

// The file itself: complete, or nothing (cancelled, refused, unwritable), an older file of that
// name untouched; what the supervisor's panel asks of the model, the panel only choosing the path.
void TestCsvWriter::exportFile()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    AgentSession supervisor;
    QVERIFY(setUp(db.database(), 12, &supervisor));
    LockoutHistory history(db.database());
    QTemporaryDir folder;
    QVERIFY(folder.isValid());

    const QString path = folder.filePath(QStringLiteral("lockouts.csv"));
    QList<qint64> progress;
    const LockoutHistoryExport::FileReport done = LockoutHistoryExport::writeFile(
        history, supervisor, {}, {}, path, [&](qint64 rows) { progress.append(rows); }, nullptr, 5);
    QVERIFY(done.ok());
    QCOMPARE(done.report.rows, 12);
    QCOMPARE(progress, (QList<qint64>{5, 10, 12}));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    file.close();
    QVERIFY(written.startsWith(bom));
    QCOMPARE(written.count('\n'), 12 + 1);

    // Cancelled after the first page: the older file of that name stays as it was, nothing beside it.
    std::atomic<bool> cancel(false);
    const LockoutHistoryExport::FileReport cancelled = LockoutHistoryExport::writeFile(
        history, supervisor, {}, {}, path, [&](qint64) { cancel = true; }, &cancel, 5);
    QVERIFY(!cancelled.ok());
    QVERIFY(cancelled.report.cancelled);
    QVERIFY(!cancelled.error);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), written);
    file.close();

    // Refused: no file.
    AgentSession agent = supervisor;
    agent.role = Agent::Role::Agent;
    const QString refusedPath = folder.filePath(QStringLiteral("refused.csv"));
    const LockoutHistoryExport::FileReport refused
        = LockoutHistoryExport::writeFile(history, agent, {}, {}, refusedPath);
    QCOMPARE(refused.error.code(), ErrorCode::Forbidden);
    QVERIFY(!QFile::exists(refusedPath));

    // A folder that does not exist: the system's reason, no file.
    const LockoutHistoryExport::FileReport unwritable = LockoutHistoryExport::writeFile(
        history, supervisor, {}, {}, folder.filePath(QStringLiteral("missing/lockouts.csv")));
    QVERIFY(!unwritable.ok());
    QVERIFY(!unwritable.error);
    QVERIFY(!unwritable.fileError.isEmpty());
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("lockouts.csv")});
}

// The export's times are the local time with its offset (2026-07-14T10:30:00+02:00), and the
// header says so: the offset is the system zone's at that instant (winter and summer here).
void TestCsvWriter::exportLocalTimes()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    AgentSession supervisor;
    QVERIFY(setUp(db.database(), 2, &supervisor));
    const QDateTime winter(QDate(2026, 3, 2), QTime(10, 0, 1), QTimeZone::utc()); // setUp's first lockout
    const QDateTime summer(QDate(2026, 7, 14), QTime(8, 30), QTimeZone::utc());
    QVERIFY(!db.database().write([&](QSqlDatabase& sql) -> Error {
        SqlQuery update(sql);
        if (Error e = update.prepare(QStringLiteral("UPDATE lockout_events SET locked_at = :l, unlocked_at = :u"
                                                    " WHERE id = (SELECT MAX(id) FROM lockout_events)")))
            return e;
        update.bind(QStringLiteral(":l"), db.database().dialect().toSql(summer));
        update.bind(QStringLiteral(":u"), db.database().dialect().toSql(summer.addSecs(900)));
        return update.exec();
    }));
    LockoutHistory history(db.database());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    QVERIFY(LockoutHistoryExport::writeCsv(history, supervisor, {}, {}, writer));
    const QStringList lines
        = QString::fromUtf8(buffer.data().mid(bom.size())).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 2);
    const QStringList header = lines.first().split(QLatin1Char(';'));
    QCOMPARE(header, LockoutHistoryExport::header());
    QCOMPARE(header.at(1), QStringLiteral("Locked at (local time, UTC offset)"));
    QCOMPARE(header.at(2), QStringLiteral("Unlocked at (local time, UTC offset)"));

    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d$"));
    QList<QDateTime> lockedAt;
    QSet<int> offsets;
    for (const QString& line : lines.mid(1)) {
        const QStringList fields = line.split(QLatin1Char(';'));
        for (int column : {1, 2}) {
            const QString text = fields.at(column);
            QVERIFY2(iso.match(text).hasMatch(), qPrintable(text));
            const QDateTime instant = QDateTime::fromString(text, Qt::ISODate);
            QVERIFY2(instant.isValid(), qPrintable(text));
            QCOMPARE(instant.offsetFromUtc(), QTimeZone::systemTimeZone().offsetFromUtc(instant));
            offsets.insert(instant.offsetFromUtc());
            if (column == 1)
                lockedAt.append(instant.toUTC());
        }
    }
    QCOMPARE(offsets, (QSet<int>{3600, 7200})); // Paris in March and in July
    QVERIFY(lockedAt.contains(winter));
    QVERIFY(lockedAt.contains(summer));
    QVERIFY(lines.join(u'\n').contains(QLatin1String("2026-07-14T10:30:00+02:00")));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
