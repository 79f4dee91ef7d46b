// Who may read an SQLite database: on POSIX the file, its -wal and the folders Guichet creates for
// it are the owner's alone (0600 / 0700) from the start, whether the desk's default file in the
// user's data folder, a path given to guichetctl init, or the default file that guichetctl init
// creates; an existing file left readable by others (every file before this rule was 0644) is made
// owner-only when opened. SQLite only: a PostgreSQL server keeps its own files.
#include "db/Database.h"
#include "db/Migrator.h"
#include "db/SqliteFileMode.h"
#include "support/CtlRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr QFileDevice::Permissions OwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerFolder
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions AllOwner = OwnerFolder;
constexpr QFileDevice::Permissions Others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

// The owner, group and other bits (QFileInfo adds the User bits: what this process may do).
QFileDevice::Permissions mode(const QString& path)
{
    return QFileInfo(path).permissions() & (AllOwner | Others);
}

QString octal(QFileDevice::Permissions permissions)
{
    return QString::number(permissions.toInt(), 16); // Qt's flags: 0x7000 owner, 0x0070 group, 0x0007 other
}

#define COMPARE_MODE(path, expected)                                                                                   \
    QVERIFY2(mode(path) == (expected),                                                                                 \
             qPrintable(QStringLiteral("%1: 0x%2, expected 0x%3").arg(path, octal(mode(path)), octal(expected))))

} // namespace

class TestDatabaseFileMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultFileIsTheOwners();
    void ctlInitCreatesOwnerOnly();
    void ctlInitDefaultFileIsTheOwners();
    void looseFileIsTightened();
};

void TestDatabaseFileMode::initTestCase()
{
#ifndef Q_OS_UNIX
    QSKIP("file modes are POSIX");
#endif
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GuichetTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_databasefilemode"));
}

// The desk's default database (DatabaseUrl::defaultUrl(), in the user's data folder), created as
// guichetctl init and seed-demo create it, then written to: file, -wal and the folder 0600/0700.
void TestDatabaseFileMode::defaultFileIsTheOwners()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir(folder).removeRecursively();
    const DatabaseUrl url = DatabaseUrl::defaultUrl();
    QCOMPARE(QFileInfo(url.path()).absolutePath(), QFileInfo(folder).absoluteFilePath());
    {
        Database database(url, Database::Creation::CreateIfMissing);
        QVERIFY(Migrator(database).migrate().ok()); // writes: the -wal file exists while open
        QVERIFY(QFile::exists(url.path() + QLatin1String("-wal")));
        COMPARE_MODE(url.path(), OwnerFile);
        COMPARE_MODE(url.path() + QLatin1String("-wal"), OwnerFile);
        COMPARE_MODE(url.path() + QLatin1String("-shm"), OwnerFile);
        COMPARE_MODE(folder, OwnerFolder);
        database.closeThreadConnection();
    }
    QDir(folder).removeRecursively();
}

// guichetctl init on a path whose folders do not exist: each folder it creates is 0700.
void TestDatabaseFileMode::ctlInitCreatesOwnerOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hotline/lyon/guichet.sqlite"));
    const CtlRunner::Run run = CtlRunner(QStringLiteral("sqlite:") + path).run({QStringLiteral("init")});
    QVERIFY2(run.exitCode == 0, QByteArray(run.stdoutText + run.stderrText).constData());
    COMPARE_MODE(path, OwnerFile);
    COMPARE_MODE(dir.filePath(QStringLiteral("hotline")), OwnerFolder);
    COMPARE_MODE(dir.filePath(QStringLiteral("hotline/lyon")), OwnerFolder);
}

// guichetctl init without --database: the default file in the user's data folder
// ($XDG_DATA_HOME/Guichet/Guichet/guichet.sqlite), the same modes.
void TestDatabaseFileMode::ctlInitDefaultFileIsTheOwners()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CtlRunner ctl;
    ctl.setEnvironment(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    ctl.setEnvironment(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    ctl.unsetEnvironment(QStringLiteral("GUICHET_PROFILE"));
    const CtlRunner::Run run = ctl.run({QStringLiteral("init")});
    QVERIFY2(run.exitCode == 0, QByteArray(run.stdoutText + run.stderrText).constData());
    const QString path = dir.filePath(QStringLiteral("data/Guichet/Guichet/guichet.sqlite"));
    QVERIFY2(QFile::exists(path), QByteArray(run.stdoutText + run.stderrText).constData());
    COMPARE_MODE(path, OwnerFile);
    COMPARE_MODE(dir.filePath(QStringLiteral("data/Guichet")), OwnerFolder);
    COMPARE_MODE(dir.filePath(QStringLiteral("data/Guichet/Guichet")), OwnerFolder);
}

// A database from before the rule (0644, its -wal too): opening it makes both owner-only, and the
// desk (MustExist) still opens it.
void TestDatabaseFileMode::looseFileIsTightened()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("guichet.sqlite"));
    const QFileDevice::Permissions loose = OwnerFile | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    {
        Database database(DatabaseUrl::parse(QStringLiteral("sqlite:") + path));
        QVERIFY(Migrator(database).migrate().ok());
        database.closeThreadConnection();
    }
    QVERIFY(QFile::setPermissions(path, loose));
    QFile wal(path + QLatin1String("-wal"));
    QVERIFY(wal.open(QIODevice::WriteOnly));
    wal.close();
    QVERIFY(QFile::setPermissions(wal.fileName(), loose));
    QVERIFY(SqliteFileMode::isShared(path));

    Database desk(DatabaseUrl::parse(QStringLiteral("sqlite:") + path), Database::Creation::MustExist);
    QCOMPARE(Migrator(desk).openForUse().value(), Migrator::latestVersion());
    COMPARE_MODE(path, OwnerFile);
    COMPARE_MODE(wal.fileName(), OwnerFile);
    QVERIFY(!SqliteFileMode::isShared(path));
    desk.closeThreadConnection();
}

QTEST_MAIN(TestDatabaseFileMode)
#include "tst_databasefilemode.moc"
