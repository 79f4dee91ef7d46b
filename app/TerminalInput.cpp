#include "TerminalInput.h"

#include <QTextStream>

#include <cstdio>

// The one platform-specific file of guichetctl: terminal echo on POSIX systems and Windows.
#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#endif

QString TerminalInput::readPassword(const QString& prompt)
{
#if defined(Q_OS_UNIX)
    termios saved{};
    const bool terminal = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
#elif defined(Q_OS_WIN)
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD saved = 0;
    const bool terminal = GetConsoleMode(input, &saved) != 0;
    if (terminal)
        SetConsoleMode(input, saved & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
#else
    const bool terminal = false;
#endif
    // The prompt once the echo is off: what is typed after it can never be shown.
    if (terminal && !prompt.isEmpty()) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
    }
    QTextStream in(stdin);
    QString line = in.readLine();
#if defined(Q_OS_UNIX)
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
#elif defined(Q_OS_WIN)
    if (terminal) {
        SetConsoleMode(input, saved);
        std::fputc('\n', stderr);
    }
#endif
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

bool TerminalInput::isTerminal()
{
#if defined(Q_OS_UNIX)
    return isatty(STDIN_FILENO) != 0;
#elif defined(Q_OS_WIN)
    return _isatty(_fileno(stdin)) != 0;
#else
    return false;
#endif
}
