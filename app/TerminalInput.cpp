#include "TerminalInput.h"

#include "Platform.h"

#include <QTextStream>

#include <cstdio>

QString TerminalInput::readPassword(const QString& prompt)
{
    // The terminal's echo is Platform's (POSIX termios, Windows console mode).
    const bool terminal = Platform::disableEcho(stdin);
    // The prompt once the echo is off: what is typed after it can never be shown.
    if (terminal && !prompt.isEmpty()) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
    }
    QString line;
    if (!terminal || !Platform::readConsoleLine(stdin, &line)) {
        QTextStream in(stdin);
        line = in.readLine();
    }
    if (terminal) {
        Platform::restoreEcho(stdin);
        std::fputc('\n', stderr);
    }
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

bool TerminalInput::isTerminal()
{
    return Platform::isTerminal(stdin);
}
