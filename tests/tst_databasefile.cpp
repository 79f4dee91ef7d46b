// The desk's SQLite file: the desk never creates one (a mistyped path is an error that names the
// full path), and a missing, read-only or damaged file each get their own code and sentence; the
// sign-in window shows the full path (or the server and database). guichetctl init still creates.
#include "DeskApplication.h"
#include "agents/AgentAuthService.h"
#include "common/SignInDialog.h"
#include "db/Database.h"
#include "db/DatabaseWorker.h"
#include "db/Migrator.h"
#include "support/FakeSecretStore.h"
#include "support/TestDatabases.h"
#include "text/ErrorText.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int Timeout = 20000;

enum class FileState { Missing, ReadOnly, Corrupt, ReadOnlyFolder };

// Makes the file at path as the row asks; the path is inside dir.
bool prepare(const QString& path, FileState state)
{
    switch (state) {
    case FileState::Missing:
        return true;
    case FileState::Corrupt: {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        // Text where SQLite expects its 100-byte header.
        file.write(QByteArray("Guichet export, not a database.\n").repeated(20));
        return true;
    }
    case FileState::ReadOnly:
    case FileState::ReadOnlyFolder: {
        Database database(DatabaseUrl::parse(QStringLiteral("sqlite:") + path));
        if (!Migrator(database).migrate())
            return false;
        database.closeThreadConnection();
        if (state == FileState::ReadOnly)
            return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser);
        return true;
    }
    }
    return false;
}

} // namespace

class TestDatabaseFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sqliteFile_data();
    void sqliteFile();
    void deskDoesNotStartOnAMissingFile();
    void toolsStillCreate();
    void signInShowsTheDatabase_data() { TestDatabase::addEngineRows(); }
    void signInShowsTheDatabase();
};

void TestDatabaseFile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GuichetTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_databasefile"));
}

void TestDatabaseFile::sqliteFile_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("creation");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("advice"); // part of the sentence: what to do
    const int mustExist = static_cast<int>(Database::Creation::MustExist);
    const int create = static_cast<int>(Database::Creation::CreateIfMissing);
    QTest::newRow("missing") << int(FileState::Missing) << mustExist << ErrorCode::DatabaseFileMissing
                             << QStringLiteral("guichetctl init");
    QTest::newRow("read-only") << int(FileState::ReadOnly) << mustExist << ErrorCode::DatabaseFileReadOnly
                               << QStringLiteral("write the file");
    QTest::newRow("corrupt") << int(FileState::Corrupt) << mustExist << ErrorCode::DatabaseFileCorrupt
                             << QStringLiteral("backup");
    // The same refusals for a command that may create a file, but for the missing one.
    QTest::newRow("read-only, tool") << int(FileState::ReadOnly) << create << ErrorCode::DatabaseFileReadOnly
                                     << QStringLiteral("write the file");
    QTest::newRow("corrupt, tool") << int(FileState::Corrupt) << create << ErrorCode::DatabaseFileCorrupt
                                   << QStringLiteral("backup");
    QTest::newRow("missing, tool") << int(FileState::Missing) << create << ErrorCode::None << QString();
}

void TestDatabaseFile::sqliteFile()
{
    QFETCH(int, state);
    QFETCH(int, creation);
    QFETCH(ErrorCode, code);
    QFETCH(QString, advice);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A folder with a space, as on Windows ("Mes documents").
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("Hotline Lyon")));
    const QString path = dir.filePath(QStringLiteral("Hotline Lyon/guichet.sqlite"));
    QVERIFY(prepare(path, FileState(state)));
    const bool existed = QFile::exists(path);
    const QByteArray before = existed ? [&path] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }()
                                      : QByteArray();

    Database database(DatabaseUrl::parse(QStringLiteral("sqlite:") + path), Database::Creation(creation));
    const Result<QSqlDatabase> connection = database.connection();
    if (code == ErrorCode::None) {
        QVERIFY(connection.ok());
        QVERIFY(QFile::exists(path));
        return;
    }
    QVERIFY(!connection.ok());
    QCOMPARE(connection.error().code(), code);
    QVERIFY(Error::isDatabaseFailure(code));
    const QString text = ErrorText::error(connection.error());
    QVERIFY2(text.contains(QDir::toNativeSeparators(path)), qPrintable(text));
    QVERIFY2(text.contains(advice), qPrintable(text));
    // Nothing was created or changed.
    QCOMPARE(QFile::exists(path), existed);
    if (existed) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }
    QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
    // The migrator (what the desk calls first) answers the same.
    QCOMPARE(Migrator(database).openForUse().error().code(), code);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// The case: a mistyped path. The desk says so, names the path, and creates nothing.
void TestDatabaseFile::deskDoesNotStartOnAMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("guichet.ini")), QSettings::IniFormat);
    const QString path = dir.filePath(QStringLiteral("guichet-tpyo.sqlite"));
    FakeSecretStore secrets;
    DeskApplication desk(settings, secrets, ConnectionChoice::Request::databaseOnly(QStringLiteral("sqlite:") + path));
    QSignalSpy cannotStart(&desk, &DeskApplication::cannotStart);
    desk.start();
    QTRY_COMPARE_WITH_TIMEOUT(cannotStart.count(), 1, Timeout);
    Error expected(ErrorCode::DatabaseFileMissing);
    expected.withContext(QStringLiteral("path"), path);
    QCOMPARE(cannotStart.at(0).at(1).toString(), ErrorText::error(expected));
    QVERIFY(cannotStart.at(0).at(1).toString().contains(QDir::toNativeSeparators(path)));
    QVERIFY(!desk.signInDialog());
    QVERIFY(!QFile::exists(path));
}

// Creating a database stays the owner's step: the migrator on a CreateIfMissing database (what
// guichetctl init and seed-demo open) makes the file.
void TestDatabaseFile::toolsStillCreate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("new/guichet.sqlite"));
    Database database(DatabaseUrl::parse(QStringLiteral("sqlite:") + path), Database::Creation::CreateIfMissing);
    QVERIFY(Migrator(database).migrate().ok());
    QVERIFY(QFile::exists(path));
    database.closeThreadConnection();
    Database desk(DatabaseUrl::parse(QStringLiteral("sqlite:") + path), Database::Creation::MustExist);
    QCOMPARE(Migrator(desk).openForUse().value(), Migrator::latestVersion());
    desk.closeThreadConnection();
}

void TestDatabaseFile::signInShowsTheDatabase()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    AgentAuthService auth(db.database());
    DatabaseWorker worker(db.database());
    SignInDialog dialog(auth, worker);
    if (const QString folder = qEnvironmentVariable("GUICHET_RENDER_DIR"); !folder.isEmpty()) {
        dialog.show();
        QVERIFY(dialog.grab().save(QDir(folder).filePath(QStringLiteral("signin-%1.png").arg(engine))));
    }
    const QString text = dialog.findChild<QLabel*>(QStringLiteral("profileLabel"))->text();
    if (engine == QLatin1String("sqlite")) {
        QCOMPARE(text,
                 QStringLiteral("SQLite file %1")
                     .arg(QDir::toNativeSeparators(QFileInfo(db.url().path()).absoluteFilePath())));
    } else {
        QVERIFY2(text.contains(db.url().databaseName()), qPrintable(text));
        QVERIFY2(text.startsWith(QLatin1String("PostgreSQL on ")), qPrintable(text));
    }
}

QTEST_MAIN(TestDatabaseFile)
#include "tst_databasefile.moc"
