#include "SessionEndWatcher.h"

#include <QMetaObject>
#include <QPointer>
#include <QSocketNotifier>

#if defined(Q_OS_WIN)
#include <windows.h>
#elif defined(Q_OS_UNIX)
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

QPointer<SessionEndWatcher> instance;

#if defined(Q_OS_WIN)

// Runs on a thread of its own; Windows ends the process when it returns (after about 5 s for a
// close, longer for a logoff), so it waits until the UI thread has ended the call.
BOOL WINAPI consoleHandler(DWORD type)
{
    if (type != CTRL_CLOSE_EVENT && type != CTRL_LOGOFF_EVENT && type != CTRL_SHUTDOWN_EVENT && type != CTRL_C_EVENT
        && type != CTRL_BREAK_EVENT)
        return FALSE;
    if (SessionEndWatcher* watcher = instance.data())
        QMetaObject::invokeMethod(watcher, &SessionEndWatcher::sessionEnding, Qt::BlockingQueuedConnection);
    return TRUE;
}

#elif defined(Q_OS_UNIX)

// The self-pipe: the handler only writes a byte; the notifier reads it on the UI thread.
int pipeFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(pipeFds[0], &byte, 1);
}

#endif

} // namespace

SessionEndWatcher::SessionEndWatcher(QObject* parent) : QObject(parent)
{
    if (instance)
        return; // one per process
    instance = this;
#if defined(Q_OS_WIN)
    m_watching = SetConsoleCtrlHandler(consoleHandler, TRUE) != 0;
#elif defined(Q_OS_UNIX)
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, pipeFds) != 0)
        return;
    m_notifier = new QSocketNotifier(pipeFds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(pipeFds[1], &byte, 1);
        Q_EMIT sessionEnding();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    m_watching = ::sigaction(SIGTERM, &action, nullptr) == 0 && ::sigaction(SIGHUP, &action, nullptr) == 0
        && ::sigaction(SIGINT, &action, nullptr) == 0;
#endif
}

SessionEndWatcher::~SessionEndWatcher()
{
    if (instance != this)
        return;
#if defined(Q_OS_WIN)
    SetConsoleCtrlHandler(consoleHandler, FALSE);
#elif defined(Q_OS_UNIX)
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGHUP, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    delete m_notifier;
    m_notifier = nullptr;
    ::close(pipeFds[0]);
    ::close(pipeFds[1]);
    pipeFds[0] = pipeFds[1] = -1;
#endif
    instance = nullptr;
}
