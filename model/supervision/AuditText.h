#pragma once

#include "audit/AuditAction.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

// The audit trail in words for people, in one place: each action of the catalogue (AuditAction),
// each outcome (AuditOutcome, or the ErrorCode of a refusal, said with ErrorText's words), each
// role, and the details an event carries in its reason (call reasons and outcomes, the lockout
// history's filter, the purge's counts, the mail's kind…). Codes stay what is stored; an unknown
// code is shown as it is, never dropped.
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)

public:
    static QString action(AuditAction action);
    // The words for a stored action code; the code itself when the catalogue does not know it.
    static QString action(const QString& code);
    // "done", "identity confirmed", "refused: <ErrorText's sentence>"…
    static QString outcome(const QString& code);
    // Whether the outcome is a refusal (an ErrorCode's name other than not_found).
    static bool isRefusal(const QString& code);
    static QString outcome(AuditOutcome outcome);
    // "agent", "supervisor", "administrator", "system".
    static QString role(const QString& code);
    // The reason of an event of this action in words: a call's reason or outcome, the filter of a
    // lockout history listing, the purge's counts, the kind of a mail… Free text typed by an agent
    // (an unlock's reason) is shown as typed. Key=value details are parsed; an unknown key is shown
    // as "key=value". agentNames: logins by agent id, for a filter on an agent.
    static QString details(const QString& actionCode, const QString& reason,
                           const QHash<qint64, QString>& agentNames = {});
    // The kind of a mail (OutboxMessage::kindName) in words; the name itself when unknown.
    static QString mailKind(const QString& name);

private:
    static QString keyValues(const QString& reason, const QHash<qint64, QString>& agentNames);
    static QString keyValue(const QString& key, const QString& value, const QHash<qint64, QString>& agentNames);
};
