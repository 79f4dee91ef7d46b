#pragma once

#include <QString>

#include <functional>

class QObject;
class QThread;

// Where Guichet keeps its secrets (the database password, the SMTP password…): never in a
// settings file, never in a log line. One secret per (profile, purpose), e.g. ("default",
// "database"); the implementations name it "<profile>/<purpose>" under the service "Guichet".
//
// The operations are asynchronous: each one ends by calling `done` exactly once, always later
// (never before the call returns), in the thread of `context`, unless `context` is destroyed
// first, in which case `done` is dropped. Call them from the thread that created the store (the
// UI thread in the desk); `context` must live in that thread too. The desktop UI uses only these.
//
// The *Blocking helpers are for guichetctl and worker threads; they refuse to run on the UI
// thread of a QGuiApplication (see runBlocking in SecretStore.cpp).
class SecretStore
{
public:
    // What went wrong, as a decision: NotFound → nothing saved yet (ask for it); NoBackend → no
    // keychain in this session (say so, do not retry in a loop); AccessDenied → the user or the
    // keychain refused (say so, do not ask again in a loop); Other → anything else.
    // SecretStoreText gives the sentence for people; the raw detail goes to the debug log only.
    enum class Failure { None, NotFound, NoBackend, AccessDenied, Other };

    struct Result
    {
        Failure failure = Failure::None;
        QString secret; // set by a successful read only

        bool ok() const { return failure == Failure::None; }
    };
    using Callback = std::function<void(const Result&)>;

    virtual ~SecretStore() = default;
    Q_DISABLE_COPY_MOVE(SecretStore)

    virtual void read(const QString& profile, const QString& purpose, QObject* context, Callback done) = 0;
    // Creates or replaces the secret.
    virtual void write(const QString& profile, const QString& purpose, const QString& secret, QObject* context,
                       Callback done)
        = 0;
    // Removing a secret that does not exist succeeds.
    virtual void remove(const QString& profile, const QString& purpose, QObject* context, Callback done) = 0;

    // The same operations, waiting for the answer. On the store's own thread (guichetctl's main
    // thread) this runs a local QEventLoop; from another thread it hands the operation to the
    // store's thread, which must be running its event loop, and waits for it. On the UI thread
    // of a QGuiApplication it refuses (Failure::Other, logged as a programming error).
    Result readBlocking(const QString& profile, const QString& purpose);
    Failure writeBlocking(const QString& profile, const QString& purpose, const QString& secret);
    Failure removeBlocking(const QString& profile, const QString& purpose);

    // "<profile>/<purpose>", or an empty string when either name is empty or holds a '/'.
    static QString keyFor(const QString& profile, const QString& purpose);
    // Stable machine-readable name ("not_found", "no_backend"…), for JSON output and logs.
    static QString failureName(Failure failure);

    // The thread that created the store: the one its asynchronous operations run in.
    QThread* ownerThread() const { return m_ownerThread; }

protected:
    SecretStore();

    // Calls done(result) later, through the event loop of context's thread.
    static void deliver(QObject* context, const Callback& done, const Result& result);

private:
    Result runBlocking(const std::function<void(QObject*, Callback)>& start);

    QThread* m_ownerThread;
};
