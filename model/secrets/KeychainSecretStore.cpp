#include "secrets/KeychainSecretStore.h"

#include <QLoggingCategory>
#include <QObject>
#include <QThread>

#include <qt6keychain/keychain.h>

#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

namespace {

// Markers, in QtKeychain's and GLib's messages, of a keychain that cannot be reached at all:
// no D-Bus session ("Cannot autolaunch D-Bus without X11 $DISPLAY", "Could not connect: …"),
// or no Secret Service on the bus (org.freedesktop.DBus.Error.ServiceUnknown). GLib translates
// the first ones; "D-Bus" survives translation.
bool meansNoBackend(const QString& detail)
{
    static const QLatin1String markers[] = {
        QLatin1String("D-Bus"),
        QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown"),
        QLatin1String("org.freedesktop.DBus.Error.NoServer"),
        QLatin1String("org.freedesktop.DBus.Error.Spawn"),
        QLatin1String("Could not connect"),
        QLatin1String("message bus"),
    };
    for (const QLatin1String& marker : markers) {
        if (detail.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// The job's outcome, logged at debug level: the operation, the key, QtKeychain's code and text.
// The key names a profile and a purpose, never a person; the secret itself is never logged.
SecretStore::Result resultOf(const char* operation, const QString& key, QKeychain::Job* job)
{
    SecretStore::Result result;
    result.failure = KeychainSecretStore::failureFor(job->error(), job->errorString());
    if (result.ok()) {
        qCDebug(lcSecrets) << operation << key << "done";
    } else {
        qCDebug(lcSecrets) << operation << key << "failed:" << SecretStore::failureName(result.failure)
                           << "(QtKeychain error" << static_cast<int>(job->error()) << job->errorString() << ')';
    }
    return result;
}

// Connects the job's end to done through context (dropped if context goes first) and starts it.
// Jobs delete themselves once finished.
void startJob(QKeychain::Job* job, const char* operation, const QString& key, QObject* context,
              SecretStore::Callback done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [operation, key, done = std::move(done)](QKeychain::Job* finished) {
                         SecretStore::Result result = resultOf(operation, key, finished);
                         // Removing what is not there succeeds, whatever the backend says.
                         if (result.failure == SecretStore::Failure::NotFound
                             && qobject_cast<QKeychain::DeletePasswordJob*>(finished))
                             result.failure = SecretStore::Failure::None;
                         if (result.ok()) {
                             if (auto* reader = qobject_cast<QKeychain::ReadPasswordJob*>(finished))
                                 result.secret = reader->textData();
                         }
                         done(result);
                     });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString& service) : m_service(service)
{ }

void KeychainSecretStore::read(const QString& profile, const QString& purpose, QObject* context, Callback done)
{
    Q_ASSERT_X(QThread::currentThread() == ownerThread(), "KeychainSecretStore", "called from a foreign thread");
    const QString key = keyFor(profile, purpose);
    if (key.isEmpty()) {
        qCWarning(lcSecrets) << "read: invalid profile or purpose name";
        deliver(context, done, {Failure::Other, {}});
        return;
    }
    startJob(new QKeychain::ReadPasswordJob(m_service), "read", key, context, std::move(done));
}

void KeychainSecretStore::write(const QString& profile, const QString& purpose, const QString& secret, QObject* context,
                                Callback done)
{
    Q_ASSERT_X(QThread::currentThread() == ownerThread(), "KeychainSecretStore", "called from a foreign thread");
    const QString key = keyFor(profile, purpose);
    if (key.isEmpty()) {
        qCWarning(lcSecrets) << "write: invalid profile or purpose name";
        deliver(context, done, {Failure::Other, {}});
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(secret);
    startJob(job, "write", key, context, std::move(done));
}

void KeychainSecretStore::remove(const QString& profile, const QString& purpose, QObject* context, Callback done)
{
    Q_ASSERT_X(QThread::currentThread() == ownerThread(), "KeychainSecretStore", "called from a foreign thread");
    const QString key = keyFor(profile, purpose);
    if (key.isEmpty()) {
        qCWarning(lcSecrets) << "remove: invalid profile or purpose name";
        deliver(context, done, {Failure::Other, {}});
        return;
    }
    startJob(new QKeychain::DeletePasswordJob(m_service), "remove", key, context, std::move(done));
}

SecretStore::Failure KeychainSecretStore::failureFor(int keychainError, const QString& detail)
{
    switch (keychainError) {
    case QKeychain::NoError:
        return Failure::None;
    case QKeychain::EntryNotFound:
        return Failure::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Failure::NoBackend;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Failure::AccessDenied;
    case QKeychain::CouldNotDeleteEntry:
        return Failure::Other;
    case QKeychain::OtherError:
    default:
        return meansNoBackend(detail) ? Failure::NoBackend : Failure::Other;
    }
}
