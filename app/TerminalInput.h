#pragma once

#include <QString>

// Standard input as a terminal: whether it is one, and a line read without echo (a password).
class TerminalInput
{
public:
    static bool isTerminal();
    // The first line of standard input, without its line end; not echoed when it is a terminal.
    static QString readSecretLine();
};
