#pragma once

#include <QString>

// Standard input as a terminal: whether it is one, and a password read from it. Every password
// guichetctl reads from standard input goes through readPassword (tst_ctlterminal checks it).
class TerminalInput
{
public:
    static bool isTerminal();
    // The first line of standard input, without its line end. On a terminal: the echo is turned
    // off, then prompt is written to stderr, the line read, the echo restored. Otherwise (a pipe,
    // a file): the line alone, no prompt.
    static QString readPassword(const QString& prompt);
};
