// ConnectionProfileStore keeps one profile per name whatever its case, in the store itself (the
// Windows registry and Credential Manager fold case), for the settings dialog and guichetctl alike.
#include "profiles/ConnectionProfileStore.h"

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

QTEST_GUILESS_MAIN(TestConnectionProfileStore)
#include "tst_connectionprofilestore.moc"
