#pragma once

#include <QObject>
#include <QString>

#include <cstdio>
#include <functional>

// The one file of Guichet that calls the operating system directly (tools/check-portability keeps
// every POSIX or Win32 call here): the console's encoding, a terminal's echo, and the requests to
// stop that a process gets from outside. POSIX systems and Windows, in Platform.cpp.
class Platform
{
public:
    Platform() = delete;

    // At guichetctl's start: on Windows, the console's input and output code pages set to UTF-8,
    // so that accented output is shown as written and a password typed with accents arrives as
    // UTF-8 (with the executables' activeCodePage manifest). Nothing elsewhere: terminals are UTF-8.
    static void useUtf8Console();

    // Whether the stream (stdin, stderr…) is a terminal or console rather than a pipe or a file.
    static bool isTerminal(std::FILE* stream);
    // Turns the echo of the terminal behind stream off; false (and nothing done) when it is no
    // terminal. restoreEcho puts back the mode that disableEcho found. Not reentrant: one password
    // prompt at a time.
    static bool disableEcho(std::FILE* stream);
    static void restoreEcho(std::FILE* stream);
    // On Windows, when stream is a console: a line read as UTF-16 (ReadConsoleW), whatever the
    // code page, into line without its end; true. Elsewhere false, and the caller reads the bytes.
    static bool readConsoleLine(std::FILE* stream, QString* line);

    // A long-running command (mailer run, audit sequencer) asked to stop from outside: SIGINT or
    // SIGTERM on POSIX systems (Ctrl+C, systemctl stop, kill); Ctrl+C, Ctrl+Break, the console
    // closed, a logoff or a shutdown on Windows (and the service wrappers that send those). Between
    // watchStopRequests and unwatchStopRequests such a request only sets the flag stopRequested
    // reads; the command ends its pass and returns. On Windows a close, logoff or shutdown waits
    // (up to the system's limit) for unwatchStopRequests before the process is ended.
    static bool watchStopRequests();
    static bool stopRequested();
    static void unwatchStopRequests();

    // The desk's session ends without the agent: SIGTERM, SIGHUP or SIGINT on POSIX systems
    // (logout, shutdown, kill); a console closed, a logoff, a shutdown, Ctrl+C or Ctrl+Break on
    // Windows. onEnding then runs on context's thread (the OS's own thread waits for it on
    // Windows, which ends the process when the handler returns). One watch per process: false
    // (and nothing left in place) when one already is or the hooks cannot be installed; only a
    // watch that returned true is to be unwatched.
    static bool watchSessionEnd(QObject* context, std::function<void()> onEnding);
    static void unwatchSessionEnd();
};
