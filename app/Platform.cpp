#include "Platform.h"

#include <QMetaObject>
#include <QPointer>
#include <QSocketNotifier>
#include <QString>

#include <atomic>
#include <cstdlib>
#include <iterator>

// Every direct call to the operating system, POSIX and Win32, is in this file: the rest of Guichet
// is Qt and standard C++ (tools/check-portability enforces it). The Windows half is not built on
// the Linux CI; it follows the Win32 documentation.
#if defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#else
#include <csignal>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace {

// Set from a signal handler (POSIX) or the console's handler thread (Windows).
std::atomic<int> stopFlag{0};
static_assert(std::atomic<int>::is_always_lock_free, "used from a signal handler");

bool sessionActive = false;

#if defined(Q_OS_WIN)

HANDLE streamHandle(std::FILE* stream)
{
    return reinterpret_cast<HANDLE>(_get_osfhandle(_fileno(stream)));
}

DWORD savedConsoleMode = 0;
UINT savedOutputCodePage = 0;
UINT savedInputCodePage = 0;

// The console's code pages belong to the console, shared with the shell that started guichetctl:
// they are put back when guichetctl ends.
void restoreCodePages()
{
    if (savedOutputCodePage != 0)
        SetConsoleOutputCP(savedOutputCodePage);
    if (savedInputCodePage != 0)
        SetConsoleCP(savedInputCodePage);
}

bool endsTheProcess(DWORD type)
{
    return type == CTRL_CLOSE_EVENT || type == CTRL_LOGOFF_EVENT || type == CTRL_SHUTDOWN_EVENT;
}

bool isStopEvent(DWORD type)
{
    return type == CTRL_C_EVENT || type == CTRL_BREAK_EVENT || endsTheProcess(type);
}

// Set by unwatchStopRequests: the command has finished its pass.
HANDLE stopFinished = nullptr;

// Runs on a thread of its own. Ctrl+C and Ctrl+Break: the flag, and the process lives on. A close,
// logoff or shutdown ends the process when the handler returns (Windows gives it about 5 s for a
// close, longer for a shutdown): it waits until the pass in progress is over.
BOOL WINAPI stopHandler(DWORD type)
{
    if (!isStopEvent(type))
        return FALSE;
    stopFlag.store(1);
    if (endsTheProcess(type) && stopFinished != nullptr)
        WaitForSingleObject(stopFinished, INFINITE);
    return TRUE;
}

QPointer<QObject> sessionContext;
std::function<void()> sessionCallback;

// The desk's session: the UI thread ends the call before the handler returns.
BOOL WINAPI sessionHandler(DWORD type)
{
    if (!isStopEvent(type))
        return FALSE;
    if (QObject* context = sessionContext.data()) {
        QMetaObject::invokeMethod(
            context,
            [] {
                if (sessionCallback)
                    sessionCallback();
            },
            Qt::BlockingQueuedConnection);
    }
    return TRUE;
}

#else

termios savedTerminal{};

extern "C" void onStopSignal(int)
{
    stopFlag.store(1);
}

bool setHandler(int signal, void (*handler)(int))
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(signal, &action, nullptr) == 0;
}

void setDefault(int signal)
{
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    ::sigaction(signal, &action, nullptr);
}

// The self-pipe: the handler only writes a byte; the notifier reads it on the context's thread.
int sessionFds[2] = {-1, -1};
QPointer<QSocketNotifier> sessionNotifier;

extern "C" void onSessionSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(sessionFds[0], &byte, 1);
}

#endif

} // namespace

void Platform::useUtf8Console()
{
#if defined(Q_OS_WIN)
    savedOutputCodePage = GetConsoleOutputCP();
    savedInputCodePage = GetConsoleCP();
    if (savedOutputCodePage == 0 && savedInputCodePage == 0)
        return; // no console (a service, output to files)
    SetConsoleOutputCP(CP_UTF8);
    SetConsoleCP(CP_UTF8);
    std::atexit(restoreCodePages);
#endif
}

bool Platform::isTerminal(std::FILE* stream)
{
#if defined(Q_OS_WIN)
    DWORD mode = 0;
    return GetConsoleMode(streamHandle(stream), &mode) != 0; // _isatty is true for NUL too
#else
    return ::isatty(::fileno(stream)) != 0;
#endif
}

bool Platform::disableEcho(std::FILE* stream)
{
#if defined(Q_OS_WIN)
    const HANDLE handle = streamHandle(stream);
    if (GetConsoleMode(handle, &savedConsoleMode) == 0)
        return false;
    SetConsoleMode(handle, savedConsoleMode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
    return true;
#else
    const int fd = ::fileno(stream);
    if (::isatty(fd) == 0 || ::tcgetattr(fd, &savedTerminal) != 0)
        return false;
    termios silent = savedTerminal;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    ::tcsetattr(fd, TCSAFLUSH, &silent);
    return true;
#endif
}

void Platform::restoreEcho(std::FILE* stream)
{
#if defined(Q_OS_WIN)
    SetConsoleMode(streamHandle(stream), savedConsoleMode);
#else
    ::tcsetattr(::fileno(stream), TCSAFLUSH, &savedTerminal);
#endif
}

bool Platform::readConsoleLine(std::FILE* stream, QString* line)
{
#if defined(Q_OS_WIN)
    // ReadConsoleW gives UTF-16 whatever the code page: a byte read of a UTF-8 console loses
    // what is not ASCII on some Windows 10 releases.
    const HANDLE handle = streamHandle(stream);
    DWORD mode = 0;
    if (GetConsoleMode(handle, &mode) == 0)
        return false;
    QString text;
    wchar_t buffer[256];
    for (;;) {
        DWORD count = 0;
        if (ReadConsoleW(handle, buffer, static_cast<DWORD>(std::size(buffer)), &count, nullptr) == 0 || count == 0)
            break;
        text += QString::fromWCharArray(buffer, static_cast<qsizetype>(count));
        if (text.endsWith(QLatin1Char('\n')))
            break;
    }
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    *line = text;
    return true;
#else
    Q_UNUSED(stream);
    Q_UNUSED(line);
    return false; // a terminal's bytes are UTF-8: the caller reads them
#endif
}

bool Platform::watchStopRequests()
{
    stopFlag.store(0);
#if defined(Q_OS_WIN)
    if (stopFinished == nullptr)
        stopFinished = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    else
        ResetEvent(stopFinished);
    return SetConsoleCtrlHandler(stopHandler, TRUE) != 0;
#else
    return setHandler(SIGINT, onStopSignal) && setHandler(SIGTERM, onStopSignal);
#endif
}

bool Platform::stopRequested()
{
    return stopFlag.load() != 0;
}

void Platform::unwatchStopRequests()
{
#if defined(Q_OS_WIN)
    SetConsoleCtrlHandler(stopHandler, FALSE);
    if (stopFinished != nullptr)
        SetEvent(stopFinished);
#else
    setDefault(SIGINT);
    setDefault(SIGTERM);
#endif
}

bool Platform::watchSessionEnd(QObject* context, std::function<void()> onEnding)
{
    if (sessionActive)
        return false; // one per process
#if defined(Q_OS_WIN)
    sessionContext = context;
    sessionCallback = std::move(onEnding);
    sessionActive = true;
    if (SetConsoleCtrlHandler(sessionHandler, TRUE) != 0)
        return true;
#else
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, sessionFds) != 0)
        return false;
    sessionActive = true;
    sessionNotifier = new QSocketNotifier(sessionFds[1], QSocketNotifier::Read, context);
    QObject::connect(sessionNotifier.data(), &QSocketNotifier::activated, context, [onEnding = std::move(onEnding)] {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(sessionFds[1], &byte, 1);
        onEnding();
    });
    if (setHandler(SIGTERM, onSessionSignal) && setHandler(SIGHUP, onSessionSignal)
        && setHandler(SIGINT, onSessionSignal))
        return true;
#endif
    unwatchSessionEnd(); // nothing half in place
    return false;
}

void Platform::unwatchSessionEnd()
{
    if (!sessionActive)
        return;
#if defined(Q_OS_WIN)
    SetConsoleCtrlHandler(sessionHandler, FALSE);
    sessionContext = nullptr;
    sessionCallback = nullptr;
#else
    setDefault(SIGTERM);
    setDefault(SIGHUP);
    setDefault(SIGINT);
    delete sessionNotifier.data();
    ::close(sessionFds[0]);
    ::close(sessionFds[1]);
    sessionFds[0] = sessionFds[1] = -1;
#endif
    sessionActive = false;
}
