#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QObject>
#include <QSemaphore>
#include <QThread>

#include <memory>
#include <optional>

// Shared by the SecretStore implementations. Never a secret in a log line.
Q_LOGGING_CATEGORY(lcSecrets, "guichet.model.secrets", QtInfoMsg)

SecretStore::SecretStore() : m_ownerThread(QThread::currentThread())
{ }

SecretStore::Result SecretStore::readBlocking(const QString& profile, const QString& purpose)
{
    return runBlocking([this, profile, purpose](QObject* context, Callback done) {
        read(profile, purpose, context, std::move(done));
    });
}

SecretStore::Failure SecretStore::writeBlocking(const QString& profile, const QString& purpose, const QString& secret)
{
    return runBlocking([this, profile, purpose, secret](QObject* context, Callback done) {
               write(profile, purpose, secret, context, std::move(done));
           })
        .failure;
}

SecretStore::Failure SecretStore::removeBlocking(const QString& profile, const QString& purpose)
{
    return runBlocking([this, profile, purpose](QObject* context, Callback done) {
               remove(profile, purpose, context, std::move(done));
           })
        .failure;
}

QString SecretStore::keyFor(const QString& profile, const QString& purpose)
{
    const auto valid = [](const QString& name) {
        return !name.isEmpty() && !name.contains(u'/');
    };
    if (!valid(profile) || !valid(purpose))
        return {};
    return profile + u'/' + purpose;
}

QString SecretStore::failureName(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return QStringLiteral("none");
    case Failure::NotFound:
        return QStringLiteral("not_found");
    case Failure::NoBackend:
        return QStringLiteral("no_backend");
    case Failure::AccessDenied:
        return QStringLiteral("access_denied");
    case Failure::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

void SecretStore::deliver(QObject* context, const Callback& done, const Result& result)
{
    QMetaObject::invokeMethod(
        context, [done, result] { done(result); }, Qt::QueuedConnection);
}

// QtKeychain's jobs are not thread-safe (one job queue for the whole process, unguarded) and need
// the event loop of the thread that starts them, so every operation runs in the store's thread:
// - called from that thread, which then must not be a UI thread (a nested event loop there would
//   re-enter the widgets), it spins a local QEventLoop until the answer comes: fine in
//   guichetctl, whose main thread has a QCoreApplication and nothing else to do meanwhile;
// - called from another thread, it queues the operation to the store's thread and waits on a
//   semaphore; the store's thread keeps running its ordinary event loop. It waits as long as the
//   keychain does (an unlock prompt may take a while), and forever if the store's thread is not
//   running its event loop or is itself waiting for the caller: do not call it that way.
SecretStore::Result SecretStore::runBlocking(const std::function<void(QObject*, Callback)>& start)
{
    const QCoreApplication* app = QCoreApplication::instance();
    if (!app) {
        qCCritical(lcSecrets) << "blocking secret operation without a QCoreApplication: refused";
        return {Failure::Other, {}};
    }

    if (QThread::currentThread() == m_ownerThread) {
        if (m_ownerThread == app->thread() && app->inherits("QGuiApplication")) {
            qCCritical(lcSecrets) << "blocking secret operation on the UI thread: refused (use the asynchronous API)";
            return {Failure::Other, {}};
        }
        QObject context;
        QEventLoop loop;
        std::optional<Result> answer;
        start(&context, [&answer, &loop](const Result& result) {
            answer = result;
            loop.quit();
        });
        if (!answer)
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        return answer.value_or(Result{Failure::Other, {}});
    }

    struct Shared
    {
        QSemaphore answered;
        Result result;
    };
    auto shared = std::make_shared<Shared>();
    auto* context = new QObject;
    context->moveToThread(m_ownerThread);
    QMetaObject::invokeMethod(
        context,
        [context, shared, start] {
            start(context, [context, shared](const Result& result) {
                shared->result = result;
                shared->answered.release();
                context->deleteLater();
            });
        },
        Qt::QueuedConnection);
    shared->answered.acquire();
    return shared->result;
}
