#pragma once

#include "supervision/LockoutHistory.h"

#include <QString>

// The detail of one lockout as the supervisor's lockouts tab shows it (rich text): the account,
// the lock, the unlock and its call, and the failed attempts that led to it. Its strings are
// translated in LockoutHistoryPanel's context, where they were first written.
class LockoutDetailText
{
public:
    static QString html(const LockoutHistory::Detail& detail);
};
