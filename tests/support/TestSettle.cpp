#include "support/TestSettle.h"

#include "db/DatabaseWorker.h"

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTest>

namespace TestSettle {

bool events()
{
    QObject marker;
    bool reached = false;
    QMetaObject::invokeMethod(
        &marker, [&reached] { reached = true; }, Qt::QueuedConnection);
    const bool ran = QTest::qWaitFor([&reached] { return reached; }, 20000);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return ran;
}

bool worker(DatabaseWorker& worker)
{
    QFuture<void> barrier = worker.run([] {});
    if (!QTest::qWaitFor([&barrier] { return barrier.isFinished(); }, 20000))
        return false;
    return events();
}

} // namespace TestSettle
