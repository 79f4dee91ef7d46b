// ConnectionProfileStore keeps one profile per name whatever its case, in the store itself (the
// Windows registry and Credential Manager fold case), for the settings dialog and guichetctl alike.
#include "profiles/ConnectionProfileStore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

ConnectionProfile profile(const QString& name, const QString& file)
{
    ConnectionProfile p;
    p.name = name;
    p.database = DatabaseUrl::parse(QStringLiteral("sqlite:/srv/guichet/") + file);
    return p;
}

} // namespace

class TestConnectionProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneNameWhateverTheCase();
    void readReplica();
};

void TestConnectionProfileStore::oneNameWhateverTheCase()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QSettings settings(folder.filePath(QStringLiteral("guichet.ini")), QSettings::IniFormat);
    ConnectionProfileStore store(settings);
    QCOMPARE(store.save(profile(QStringLiteral("Lyon"), QStringLiteral("a.sqlite"))),
             ConnectionProfileStore::SaveError::None);

    // Another case is the same name: refused, and nothing changes.
    for (const QString& name : {QStringLiteral("lyon"), QStringLiteral("LYON"), QStringLiteral("lYoN")}) {
        QCOMPARE(store.save(profile(name, QStringLiteral("b.sqlite"))), ConnectionProfileStore::SaveError::NameTaken);
        QCOMPARE(store.sameNameOtherCase(name), QStringLiteral("Lyon"));
    }
    QCOMPARE(store.names(), QStringList{QStringLiteral("Lyon")});
    QCOMPARE(store.load(QStringLiteral("Lyon"))->database.path(), QStringLiteral("/srv/guichet/a.sqlite"));
    QVERIFY(!store.load(QStringLiteral("lyon")));
    QCOMPARE(ConnectionProfileStore::saveErrorCode(ConnectionProfileStore::SaveError::NameTaken),
             QStringLiteral("name_taken"));

    // The same name replaces the profile; another name is another profile.
    QVERIFY(store.sameNameOtherCase(QStringLiteral("Lyon")).isEmpty());
    QCOMPARE(store.save(profile(QStringLiteral("Lyon"), QStringLiteral("c.sqlite"))),
             ConnectionProfileStore::SaveError::None);
    QCOMPARE(store.load(QStringLiteral("Lyon"))->database.path(), QStringLiteral("/srv/guichet/c.sqlite"));
    QCOMPARE(store.save(profile(QStringLiteral("Lyon 2"), QStringLiteral("d.sqlite"))),
             ConnectionProfileStore::SaveError::None);
    QCOMPARE(store.names(), (QStringList{QStringLiteral("Lyon"), QStringLiteral("Lyon 2")}));
}

// The optional read replica: kept without its password, PostgreSQL beside PostgreSQL only.
void TestConnectionProfileStore::readReplica()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString file = folder.filePath(QStringLiteral("guichet.ini"));
    QSettings settings(file, QSettings::IniFormat);
    ConnectionProfileStore store(settings);

    ConnectionProfile pg;
    pg.name = QStringLiteral("Lyon");
    pg.database = DatabaseUrl::parse(QStringLiteral("postgresql://guichet@db.lyon.example/guichet"));
    pg.database.setPassword(QStringLiteral("primary-secret"));
    pg.reads
        = DatabaseUrl::parse(QStringLiteral("postgresql://guichet@standby.lyon.example/guichet?sslmode=verify-full"));
    pg.reads.setPassword(QStringLiteral("standby-secret"));
    QVERIFY(pg.reads.isValid());
    QCOMPARE(store.save(pg), ConnectionProfileStore::SaveError::None);
    const std::optional<ConnectionProfile> loaded = store.load(QStringLiteral("Lyon"));
    QVERIFY(loaded);
    QCOMPARE(loaded->reads.hostName(), QStringLiteral("standby.lyon.example"));
    QCOMPARE(loaded->reads.sslMode(), QStringLiteral("verify-full"));
    QVERIFY(loaded->reads.password().isEmpty());
    settings.sync();
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray text = saved.readAll();
    QVERIFY(text.contains("standby.lyon.example"));
    QVERIFY2(!text.contains("secret"), text.constData());

    // Without a replica: none after loading.
    pg.reads = DatabaseUrl();
    QCOMPARE(store.save(pg), ConnectionProfileStore::SaveError::None);
    QVERIFY(!store.load(QStringLiteral("Lyon"))->reads.isValid());

    // An SQLite database has no replica, and an SQLite file is no replica.
    ConnectionProfile lite = profile(QStringLiteral("Local"), QStringLiteral("a.sqlite"));
    lite.reads = DatabaseUrl::parse(QStringLiteral("postgresql://guichet@standby.lyon.example/guichet"));
    QVERIFY(!lite.readsAllowed());
    QCOMPARE(store.save(lite), ConnectionProfileStore::SaveError::InvalidReadsDatabase);
    QCOMPARE(ConnectionProfileStore::saveErrorCode(ConnectionProfileStore::SaveError::InvalidReadsDatabase),
             QStringLiteral("invalid_reads_database"));
    QVERIFY(!store.names().contains(QStringLiteral("Local")));
    pg.reads = DatabaseUrl::parse(QStringLiteral("sqlite:/srv/guichet/copy.sqlite"));
    QCOMPARE(store.save(pg), ConnectionProfileStore::SaveError::InvalidReadsDatabase);
}

QTEST_GUILESS_MAIN(TestConnectionProfileStore)
#include "tst_connectionprofilestore.moc"
