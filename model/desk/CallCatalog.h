#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Why people call (the portal FAQ's topics) and how calls end: stable codes for the database and
// the command line, translated labels for people.
class CallCatalog
{
    Q_DECLARE_TR_FUNCTIONS(CallCatalog)

public:
    static QStringList reasons(); // "registration", "wrong_email", …, "other"
    static QStringList outcomes(); // "resolved", "not_resolved", …
    static bool isReason(const QString& code) { return reasons().contains(code); }
    static bool isOutcome(const QString& code) { return outcomes().contains(code); }
    static QString reasonLabel(const QString& code);
    static QString outcomeLabel(const QString& code);
    // The outcome the end-of-call dialog proposes from what happened in the call (the agent may
    // choose another): "resolved" when an action succeeded; else "caller_not_verified" when an
    // identity check failed and none passed; else "not_resolved".
    static QString proposedOutcome(bool actionSucceeded, bool checkPassed, bool checkFailed);
};
