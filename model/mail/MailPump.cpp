#include "mail/MailPump.h"

#include "core/Logging.h"
#include "db/Database.h"
#include "mail/MailTransport.h"

#include <QDateTime>
#include <QTimer>

MailPump::MailPump(Database& database, std::unique_ptr<MailTransport> transport, QObject* parent)
    : QObject(parent), m_database(database), m_transport(std::move(transport))
{
    m_thread.setObjectName(QStringLiteral("MailPump"));
}

MailPump::~MailPump()
{
    if (!m_thread.isRunning())
        return;
    // The connection belongs to the pump's thread: closed there, then the thread ends.
    Database* database = &m_database;
    QMetaObject::invokeMethod(
        m_timer,
        [this, database] {
            m_timer->stop();
            database->closeThreadConnection();
            m_thread.quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
    delete m_timer; // its thread has ended
}

void MailPump::start()
{
    if (m_thread.isRunning())
        return;
    m_timer = new QTimer; // no parent: it moves to the pump's thread
    m_timer->setInterval(m_intervalMs);
    m_timer->moveToThread(&m_thread);
    connect(m_timer, &QTimer::timeout, m_timer, [this] { pass(); });
    m_thread.start();
    QMetaObject::invokeMethod(
        m_timer,
        [this] {
            m_timer->start();
            pass();
        },
        Qt::QueuedConnection);
}

void MailPump::wakeUp()
{
    if (m_timer)
        QMetaObject::invokeMethod(
            m_timer, [this] { pass(); }, Qt::QueuedConnection);
}

void MailPump::pass()
{
    MailDispatcher dispatcher(m_database, *m_transport);
    const Result<DispatchReport> report = dispatcher.runOnce(QDateTime::currentDateTimeUtc());
    if (!report) {
        qCWarning(lcMail) << "embedded mail pass failed:" << report.error().codeName();
        QMetaObject::invokeMethod(
            this,
            [this, error = report.error()] {
                Q_EMIT passFailed(error);
                Q_EMIT passFinished();
            },
            Qt::QueuedConnection);
        return;
    }
    const DispatchReport& done = report.value();
    const bool something = done.sent + done.failed + done.dead > 0;
    QMetaObject::invokeMethod(
        this,
        [this, done, something] {
            if (something)
                Q_EMIT passed(done);
            Q_EMIT passFinished();
        },
        Qt::QueuedConnection);
}
