#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretStoreText.h"
#include "support/FakeSecretStore.h"
#include "support/LogCapture.h"
#include "support/TestSettle.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <qt6keychain/keychain.h>

#include <functional>
#include <optional>

// The SecretStore implementations. The KeychainSecretStore half talks to a real Secret Service:
// CTest runs this executable through tests/run-with-keyring.sh, which starts a private D-Bus
// session and gnome-keyring in a temporary HOME and sets GUICHET_TEST_KEYRING=1. Without it
// (run directly, or gnome-keyring missing) those tests skip, and fail when CI or
// GUICHET_REQUIRE_POSTGRESQL is set, so that they never silently vanish from CI; they never
// touch the developer's own keyring.

namespace {

using Start = std::function<void(QObject*, SecretStore::Callback)>;

const char childVariable[] = "GUICHET_SECRETSTORE_CHILD";
// A secret that must never reach a log line, including in the child process.
const QString childSecret = QStringLiteral("Ne-pas-journaliser-\u00e9\u00e8-42");

bool requireKeyring()
{
    if (qEnvironmentVariable("GUICHET_TEST_KEYRING") == QLatin1String("1"))
        return true;
    QString why = qEnvironmentVariable("GUICHET_TEST_KEYRING_MISSING");
    if (why.isEmpty())
        why = QStringLiteral("not run through tests/run-with-keyring.sh (a private gnome-keyring; the real keychain "
                             "tests never use your own keyring): run them with ctest -R secretstore");
    else
        why = QStringLiteral("gnome-keyring cannot run here: ") + why;
    if (!qEnvironmentVariableIsEmpty("CI") || !qEnvironmentVariableIsEmpty("GUICHET_REQUIRE_POSTGRESQL"))
        QTest::qFail(qPrintable(why), __FILE__, __LINE__);
    else
        QTest::qSkip(qPrintable(why), __FILE__, __LINE__);
    return false;
}

#define REQUIRE_KEYRING()                                                                                              \
    do {                                                                                                               \
        if (!requireKeyring())                                                                                         \
            return;                                                                                                    \
    } while (false)

// Runs one asynchronous operation from the test's (main) thread and waits for its answer through
// the ordinary event loop. calledBack tells whether done ran before the operation returned
// (it never may).
std::optional<SecretStore::Result> await(const Start& start, bool* calledBack = nullptr)
{
    QObject context;
    std::optional<SecretStore::Result> answer;
    int calls = 0;
    start(&context, [&answer, &calls](const SecretStore::Result& result) {
        answer = result;
        ++calls;
    });
    if (calledBack)
        *calledBack = answer.has_value();
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        return std::nullopt;
    if (!TestSettle::events()) // a second call, queued with or after the first, would have run by now
        return std::nullopt;
    return calls == 1 ? answer : std::nullopt;
}

std::optional<SecretStore::Result> readAsync(SecretStore& store, const QString& profile, const QString& purpose,
                                             bool* calledBack = nullptr)
{
    return await([&](QObject* context, SecretStore::Callback done) { store.read(profile, purpose, context, done); },
                 calledBack);
}

std::optional<SecretStore::Result> writeAsync(SecretStore& store, const QString& profile, const QString& purpose,
                                              const QString& secret, bool* calledBack = nullptr)
{
    return await(
        [&](QObject* context, SecretStore::Callback done) { store.write(profile, purpose, secret, context, done); },
        calledBack);
}

std::optional<SecretStore::Result> removeAsync(SecretStore& store, const QString& profile, const QString& purpose)
{
    return await([&](QObject* context, SecretStore::Callback done) { store.remove(profile, purpose, context, done); });
}

// Runs work in a new thread while this one keeps its event loop turning.
void runInWorker(const std::function<void()>& work)
{
    QThread* worker = QThread::create(work);
    worker->start();
    QVERIFY(QTest::qWaitFor([worker] { return worker->isFinished(); }, 20000));
    delete worker;
}

// The child process of noBackendWithoutDbus: a keychain store with no D-Bus session at all.
int childWithoutBus()
{
    KeychainSecretStore store;
    const SecretStore::Failure read = store.readBlocking(QStringLiteral("default"), QStringLiteral("database")).failure;
    const SecretStore::Failure write
        = store.writeBlocking(QStringLiteral("default"), QStringLiteral("database"), childSecret);
    const QByteArray line = "read=" + SecretStore::failureName(read).toUtf8()
        + " write=" + SecretStore::failureName(write).toUtf8() + '\n';
    fputs(line.constData(), stdout);
    return 0;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void keyNaming();
    void failureMapping_data();
    void failureMapping();
    void failureMessages();

    void fakeRoundTrip();
    void fakeFailureModes_data();
    void fakeFailureModes();
    void fakeDropsCallbackOfDestroyedContext();
    void fakeBlockingFromWorkerThread();

    void noBackendWithoutDbus();

    void keychainRoundTrip();
    void keychainProfilesDoNotShare();
    void keychainNaming();
    void keychainBlocking();
    void keychainDropsCallbackOfDestroyedContext();
    void keychainSecretNotInClearOnDisk();
};

void TestSecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSecretStore::keyNaming()
{
    QCOMPARE(SecretStore::keyFor(QStringLiteral("default"), QStringLiteral("database")),
             QStringLiteral("default/database"));
    QCOMPARE(SecretStore::keyFor(QStringLiteral("default"), QStringLiteral("smtp")), QStringLiteral("default/smtp"));
    QCOMPARE(SecretStore::keyFor(QStringLiteral("r\u00e9gion-2"), QStringLiteral("smtp")),
             QStringLiteral("r\u00e9gion-2/smtp"));
    QVERIFY(SecretStore::keyFor(QString(), QStringLiteral("smtp")).isEmpty());
    QVERIFY(SecretStore::keyFor(QStringLiteral("default"), QString()).isEmpty());
    QVERIFY(SecretStore::keyFor(QStringLiteral("a/b"), QStringLiteral("smtp")).isEmpty());
    QVERIFY(SecretStore::keyFor(QStringLiteral("default"), QStringLiteral("smtp/x")).isEmpty());
    QCOMPARE(KeychainSecretStore().service(), QStringLiteral("Guichet"));

    QCOMPARE(SecretStore::failureName(SecretStore::Failure::None), QStringLiteral("none"));
    QCOMPARE(SecretStore::failureName(SecretStore::Failure::NotFound), QStringLiteral("not_found"));
    QCOMPARE(SecretStore::failureName(SecretStore::Failure::NoBackend), QStringLiteral("no_backend"));
    QCOMPARE(SecretStore::failureName(SecretStore::Failure::AccessDenied), QStringLiteral("access_denied"));
    QCOMPARE(SecretStore::failureName(SecretStore::Failure::Other), QStringLiteral("other"));
}

void TestSecretStore::failureMapping_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<SecretStore::Failure>("expected");

    using F = SecretStore::Failure;
    QTest::newRow("no error") << int(QKeychain::NoError) << QString() << F::None;
    QTest::newRow("entry not found") << int(QKeychain::EntryNotFound) << QStringLiteral("Entry not found")
                                     << F::NotFound;
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QString() << F::NoBackend;
    QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << QString() << F::NoBackend;
    QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser) << QString() << F::AccessDenied;
    QTest::newRow("denied (locked)") << int(QKeychain::AccessDenied) << QStringLiteral("Cannot unlock")
                                     << F::AccessDenied;
    QTest::newRow("could not delete") << int(QKeychain::CouldNotDeleteEntry) << QString() << F::Other;
    QTest::newRow("other") << int(QKeychain::OtherError) << QStringLiteral("Something odd") << F::Other;
    QTest::newRow("other, empty") << int(QKeychain::OtherError) << QString() << F::Other;
    QTest::newRow("no D-Bus (autolaunch)")
        << int(QKeychain::OtherError) << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY") << F::NoBackend;
    QTest::newRow("no D-Bus (fr)") << int(QKeychain::OtherError)
                                   << QStringLiteral("Impossible de lancer automatiquement D-Bus sans $DISPLAY X11")
                                   << F::NoBackend;
    QTest::newRow("dead bus address") << int(QKeychain::OtherError)
                                      << QStringLiteral("Could not connect: No such file or directory") << F::NoBackend;
    QTest::newRow("no secret service")
        << int(QKeychain::OtherError)
        << QStringLiteral("GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.secrets "
                          "was not provided by any .service files")
        << F::NoBackend;
    QTest::newRow("other remote error") << int(QKeychain::OtherError)
                                        << QStringLiteral("GDBus.Error:org.freedesktop.Secret.Error.Whatever: odd")
                                        << F::Other;
    QTest::newRow("unknown code") << 99 << QString() << F::Other;
}

void TestSecretStore::failureMapping()
{
    QFETCH(int, code);
    QFETCH(QString, detail);
    QFETCH(SecretStore::Failure, expected);
    QCOMPARE(KeychainSecretStore::failureFor(code, detail), expected);
}

void TestSecretStore::failureMessages()
{
    using F = SecretStore::Failure;
    QVERIFY(SecretStoreText::failure(F::None).isEmpty());
    QSet<QString> seen;
    for (const F failure : {F::NotFound, F::NoBackend, F::AccessDenied, F::Other}) {
        const QString text = SecretStoreText::failure(failure);
        QVERIFY2(!text.isEmpty(), qPrintable(SecretStore::failureName(failure)));
        QVERIFY2(text.contains(QLatin1String("keychain")), qPrintable(text));
        seen.insert(text);
    }
    QCOMPARE(seen.size(), 4);
    QVERIFY(SecretStoreText::failure(F::NoBackend).contains(QLatin1String("not available")));
    QVERIFY(SecretStoreText::failure(F::AccessDenied).contains(QLatin1String("refused")));
}

void TestSecretStore::fakeRoundTrip()
{
    FakeSecretStore store;
    const QString profile = QStringLiteral("default");
    const QString purpose = QStringLiteral("database");

    bool calledBack = true;
    auto read = readAsync(store, profile, purpose, &calledBack);
    QVERIFY(read);
    QVERIFY(!calledBack);
    QCOMPARE(read->failure, SecretStore::Failure::NotFound);

    auto done = writeAsync(store, profile, purpose, QStringLiteral("Mot-de-passe-\u00e9t\u00e9"), &calledBack);
    QVERIFY(done && done->ok());
    QVERIFY(!calledBack);
    QCOMPARE(store.secret(profile, purpose), QStringLiteral("Mot-de-passe-\u00e9t\u00e9"));
    QVERIFY(!store.contains(QStringLiteral("other"), purpose));

    done = writeAsync(store, profile, purpose, QStringLiteral("second"));
    QVERIFY(done && done->ok());
    read = readAsync(store, profile, purpose);
    QVERIFY(read && read->ok());
    QCOMPARE(read->secret, QStringLiteral("second"));
    QCOMPARE(store.size(), 1);

    done = removeAsync(store, profile, purpose);
    QVERIFY(done && done->ok());
    read = readAsync(store, profile, purpose);
    QVERIFY(read);
    QCOMPARE(read->failure, SecretStore::Failure::NotFound);
    done = removeAsync(store, profile, purpose);
    QVERIFY(done && done->ok()); // removing what is not there succeeds

    done = writeAsync(store, QStringLiteral("a/b"), purpose, QStringLiteral("x"));
    QVERIFY(done);
    QCOMPARE(done->failure, SecretStore::Failure::Other);
    QCOMPARE(store.size(), 0);
    QCOMPARE(store.operationCount(), 8);
}

void TestSecretStore::fakeFailureModes_data()
{
    QTest::addColumn<SecretStore::Failure>("failure");
    QTest::newRow("not found") << SecretStore::Failure::NotFound;
    QTest::newRow("no backend") << SecretStore::Failure::NoBackend;
    QTest::newRow("access denied") << SecretStore::Failure::AccessDenied;
    QTest::newRow("other") << SecretStore::Failure::Other;
}

void TestSecretStore::fakeFailureModes()
{
    QFETCH(SecretStore::Failure, failure);
    FakeSecretStore store;
    const QString profile = QStringLiteral("default");
    const QString purpose = QStringLiteral("smtp");
    QVERIFY(store.writeBlocking(profile, purpose, QStringLiteral("kept")) == SecretStore::Failure::None);

    store.setFailure(failure);
    const SecretStore::Result read = store.readBlocking(profile, purpose);
    QCOMPARE(read.failure, failure);
    QVERIFY(read.secret.isEmpty());
    QCOMPARE(store.writeBlocking(profile, purpose, QStringLiteral("new")), failure);
    QCOMPARE(store.removeBlocking(profile, purpose), failure);
    QCOMPARE(store.secret(profile, purpose), QStringLiteral("kept")); // a failed operation changes nothing
    QCOMPARE(SecretStoreText::failure(read.failure), SecretStoreText::failure(failure));
    QVERIFY(!SecretStoreText::failure(read.failure).isEmpty());

    store.setFailure(SecretStore::Failure::None);
    QCOMPARE(store.readBlocking(profile, purpose).secret, QStringLiteral("kept"));
}

void TestSecretStore::fakeDropsCallbackOfDestroyedContext()
{
    FakeSecretStore store;
    int calls = 0;
    {
        QObject context;
        store.read(QStringLiteral("default"), QStringLiteral("database"), &context,
                   [&calls](const SecretStore::Result&) { ++calls; });
    }
    QVERIFY(TestSettle::events()); // the answer, queued before the marker, was dropped
    QCOMPARE(calls, 0);
}

void TestSecretStore::fakeBlockingFromWorkerThread()
{
    FakeSecretStore store;
    SecretStore::Failure written = SecretStore::Failure::Other;
    SecretStore::Result read;
    QThread* workerThread = nullptr;
    runInWorker([&] {
        workerThread = QThread::currentThread();
        written = store.writeBlocking(QStringLiteral("default"), QStringLiteral("smtp"), QStringLiteral("w\u00f6rker"));
        read = store.readBlocking(QStringLiteral("default"), QStringLiteral("smtp"));
    });
    QVERIFY(workerThread && workerThread != QThread::currentThread());
    QCOMPARE(written, SecretStore::Failure::None);
    QVERIFY(read.ok());
    QCOMPARE(read.secret, QStringLiteral("w\u00f6rker"));
}

void TestSecretStore::noBackendWithoutDbus()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("runtime")));
    QFile::setPermissions(dir.filePath(QStringLiteral("runtime")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP",
                             "DESKTOP_SESSION", "KDE_FULL_SESSION", "GNOME_KEYRING_CONTROL"})
        env.remove(QString::fromLatin1(name));
    env.insert(QString::fromLatin1(childVariable), QStringLiteral("no-bus"));
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("guichet.model.secrets.debug=true"));

    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY2(child.waitForFinished(60000), "the child process did not end");
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    const QString err = QString::fromUtf8(child.readAllStandardError());
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QVERIFY2(child.exitCode() == 0, qPrintable(err));
    QCOMPARE(out.trimmed(), QStringLiteral("read=no_backend write=no_backend"));
    // QtKeychain's own words reach the debug log, never the secret.
    QVERIFY2(err.contains(QLatin1String("no_backend")), qPrintable(err));
    QVERIFY2(!err.contains(childSecret), qPrintable(err));
    QVERIFY(SecretStoreText::failure(SecretStore::Failure::NoBackend).contains(QLatin1String("not available")));
}

void TestSecretStore::keychainRoundTrip()
{
    REQUIRE_KEYRING();
    const LogCapture log;
    KeychainSecretStore store;
    const QString profile = QStringLiteral("default");
    const QString purpose = QStringLiteral("database");
    const QString first = QStringLiteral("\u00c9t\u00e9-\u00e0-No\u00ebl \u00e7a \u20ac \U0001F511 \"quoted\" 'x'");
    const QString second = QStringLiteral("deuxi\u00e8me-mot-de-passe");

    auto read = readAsync(store, profile, purpose);
    QVERIFY(read);
    QCOMPARE(read->failure, SecretStore::Failure::NotFound);

    bool calledBack = true;
    auto done = writeAsync(store, profile, purpose, first, &calledBack);
    QVERIFY(done);
    QVERIFY(!calledBack);
    QCOMPARE(done->failure, SecretStore::Failure::None);
    read = readAsync(store, profile, purpose, &calledBack);
    QVERIFY(read);
    QVERIFY(!calledBack);
    QCOMPARE(read->failure, SecretStore::Failure::None);
    QCOMPARE(read->secret, first);

    done = writeAsync(store, profile, purpose, second);
    QVERIFY(done && done->ok());
    read = readAsync(store, profile, purpose);
    QVERIFY(read && read->ok());
    QCOMPARE(read->secret, second);

    done = removeAsync(store, profile, purpose);
    QVERIFY(done && done->ok());
    read = readAsync(store, profile, purpose);
    QVERIFY(read);
    QCOMPARE(read->failure, SecretStore::Failure::NotFound);
    QVERIFY(read->secret.isEmpty());
    done = removeAsync(store, profile, purpose);
    QVERIFY(done);
    QCOMPARE(done->failure, SecretStore::Failure::None);

    done = writeAsync(store, QStringLiteral("bad/profile"), purpose, first);
    QVERIFY(done);
    QCOMPARE(done->failure, SecretStore::Failure::Other);

    const QString logged = LogCapture::text();
    QVERIFY2(logged.contains(QLatin1String("default/database")), qPrintable(logged)); // the debug log works…
    QVERIFY(!logged.contains(first)); // …and never holds a secret
    QVERIFY(!logged.contains(second));
}

void TestSecretStore::keychainProfilesDoNotShare()
{
    REQUIRE_KEYRING();
    KeychainSecretStore store;
    const QString purpose = QStringLiteral("smtp");
    QCOMPARE(store.writeBlocking(QStringLiteral("paris"), purpose, QStringLiteral("secret-paris")),
             SecretStore::Failure::None);
    QCOMPARE(store.writeBlocking(QStringLiteral("lyon"), purpose, QStringLiteral("secret-lyon")),
             SecretStore::Failure::None);

    QCOMPARE(store.readBlocking(QStringLiteral("paris"), purpose).secret, QStringLiteral("secret-paris"));
    QCOMPARE(store.readBlocking(QStringLiteral("lyon"), purpose).secret, QStringLiteral("secret-lyon"));
    QCOMPARE(store.readBlocking(QStringLiteral("marseille"), purpose).failure, SecretStore::Failure::NotFound);
    QCOMPARE(store.readBlocking(QStringLiteral("paris"), QStringLiteral("database")).failure,
             SecretStore::Failure::NotFound);

    QCOMPARE(store.removeBlocking(QStringLiteral("paris"), purpose), SecretStore::Failure::None);
    QCOMPARE(store.readBlocking(QStringLiteral("paris"), purpose).failure, SecretStore::Failure::NotFound);
    QCOMPARE(store.readBlocking(QStringLiteral("lyon"), purpose).secret, QStringLiteral("secret-lyon"));
    QCOMPARE(store.removeBlocking(QStringLiteral("lyon"), purpose), SecretStore::Failure::None);
}

// Outside Guichet, the secret is the Secret Service item {server: Guichet, user: <profile>/<purpose>}.
void TestSecretStore::keychainNaming()
{
    REQUIRE_KEYRING();
    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (secretTool.isEmpty())
        QSKIP("secret-tool (Debian: libsecret-tools) is not installed");
    KeychainSecretStore store;
    const QString secret = QStringLiteral("nomm\u00e9-pour-secret-tool");
    QCOMPARE(store.writeBlocking(QStringLiteral("default"), QStringLiteral("smtp"), secret),
             SecretStore::Failure::None);

    QProcess tool;
    tool.start(secretTool,
               {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("Guichet"), QStringLiteral("user"),
                QStringLiteral("default/smtp")});
    QVERIFY(tool.waitForFinished(20000));
    QCOMPARE(tool.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(tool.readAllStandardOutput()).trimmed(), secret);
    QCOMPARE(store.removeBlocking(QStringLiteral("default"), QStringLiteral("smtp")), SecretStore::Failure::None);
}

void TestSecretStore::keychainBlocking()
{
    REQUIRE_KEYRING();
    KeychainSecretStore store;
    // On the store's own thread of a QCoreApplication (guichetctl's case): a local event loop.
    QCOMPARE(store.writeBlocking(QStringLiteral("default"), QStringLiteral("database"), QStringLiteral("b\u00e9ta")),
             SecretStore::Failure::None);
    QCOMPARE(store.readBlocking(QStringLiteral("default"), QStringLiteral("database")).secret,
             QStringLiteral("b\u00e9ta"));

    // From a worker thread: the job runs in the store's thread, the worker waits.
    SecretStore::Result read;
    SecretStore::Failure removed = SecretStore::Failure::Other;
    SecretStore::Result afterRemove;
    runInWorker([&] {
        read = store.readBlocking(QStringLiteral("default"), QStringLiteral("database"));
        removed = store.removeBlocking(QStringLiteral("default"), QStringLiteral("database"));
        afterRemove = store.readBlocking(QStringLiteral("default"), QStringLiteral("database"));
    });
    QVERIFY(read.ok());
    QCOMPARE(read.secret, QStringLiteral("b\u00e9ta"));
    QCOMPARE(removed, SecretStore::Failure::None);
    QCOMPARE(afterRemove.failure, SecretStore::Failure::NotFound);
}

void TestSecretStore::keychainDropsCallbackOfDestroyedContext()
{
    REQUIRE_KEYRING();
    KeychainSecretStore store;
    int calls = 0;
    {
        QObject context;
        store.write(QStringLiteral("default"), QStringLiteral("dropped"), QStringLiteral("x"), &context,
                    [&calls](const SecretStore::Result&) { ++calls; });
    }
    // The job still runs (and deletes itself); only the answer is dropped.
    QTRY_COMPARE(store.readBlocking(QStringLiteral("default"), QStringLiteral("dropped")).secret, QStringLiteral("x"));
    QCOMPARE(calls, 0);
    QCOMPARE(store.removeBlocking(QStringLiteral("default"), QStringLiteral("dropped")), SecretStore::Failure::None);
}

// The clear secret is nowhere under the session's HOME and XDG folders: gnome-keyring keeps it in
// its login keyring, encrypted with the unlock password, and Guichet writes no fallback file.
void TestSecretStore::keychainSecretNotInClearOnDisk()
{
    REQUIRE_KEYRING();
    KeychainSecretStore store;
    const QString secret = QStringLiteral("Clair-Introuvable-\u00e9\u00e0\u00fc-7351");
    const QString keyrings = QDir(qEnvironmentVariable("XDG_DATA_HOME")).canonicalPath() + QStringLiteral("/keyrings/");
    // The login keyring's bytes: gnome-keyring rewrites its file when an item is created.
    const auto keyringBytes = [&keyrings] {
        QFile file(keyrings + QStringLiteral("login.keyring"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray before = keyringBytes();
    QCOMPARE(store.writeBlocking(QStringLiteral("default"), QStringLiteral("database"), secret),
             SecretStore::Failure::None);
    QCOMPARE(store.readBlocking(QStringLiteral("default"), QStringLiteral("database")).secret, secret);

    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2);
    QSet<QString> roots;
    for (const char* name : {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString path = qEnvironmentVariable(name);
        if (!path.isEmpty())
            roots.insert(QDir(path).canonicalPath());
    }
    QVERIFY(!roots.isEmpty());

    int files = 0;
    bool keyringFile = false;
    // The new item is on disk (the file changed) before the search for the clear secret.
    QTRY_VERIFY_WITH_TIMEOUT(!keyringBytes().isEmpty() && keyringBytes() != before, 20000);
    for (const QString& root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            ++files;
            if (path.startsWith(keyrings) && path.endsWith(QLatin1String(".keyring")) && !content.isEmpty())
                keyringFile = true;
            QVERIFY2(!content.contains(utf8) && !content.contains(utf16),
                     qPrintable(QStringLiteral("the clear secret is in ") + path));
        }
    }
    QVERIFY2(keyringFile, qPrintable(QStringLiteral("no keyring file under ") + keyrings));
    QVERIFY(files > 0);
    QCOMPARE(store.removeBlocking(QStringLiteral("default"), QStringLiteral("database")), SecretStore::Failure::None);
}

// QTEST_GUILESS_MAIN, plus the child mode of noBackendWithoutDbus.
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariable(childVariable) == QLatin1String("no-bus"))
        return childWithoutBus();
    TestSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
