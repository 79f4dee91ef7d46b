#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// One event of the audit trail. The actor comes from the signed-in session, never from input.
struct AuditEntry
{
    qint64 agentId = 0; // 0: the system (mailer, migrations)
    QString agentLogin;
    QString agentRole;
    QString workstation;
    QString action; // "unlock", "reissue", "lookup"…
    qint64 accountId = 0; // the account id, never the NIR
    qint64 callId = 0;
    QString reason;
    QString outcome; // "ok" or an error code
};

// The append-only, hash-chained audit trail. append() runs inside the caller's write
// transaction, so that an action and its event commit or vanish together. Appends are serialized
// (PostgreSQL: an advisory lock; SQLite: the write lock) so that concurrent desks keep one chain.
// Each row's hash is SHA-256 over a canonical form of the row plus the previous row's hash.
class AuditLog
{
public:
    struct Verification
    {
        qint64 events = 0;
        bool intact = true;
        qint64 firstBroken = 0; // id of the first event whose hash or link does not hold
    };

    explicit AuditLog(const QSqlDatabase& db);

    struct Change
    {
        QString agentLogin;
        QString action;
        QDateTime occurredAt;
    };

    struct Event
    {
        qint64 id = 0;
        QDateTime occurredAt;
        AuditEntry entry;
        QString maskedNir; // the account holder's NIR, masked (Masking::nir); AuditTrail::page fills it
    };
    struct Filter
    {
        qint64 accountId = 0; // 0: any
        QString agentLogin; // empty: any
        QDateTime since; // invalid: from the start
        int limit = 200;
    };

    Result<qint64> append(const AuditEntry& entry);
    // The same for an event that happened at occurredAt (imports of past events: the demo
    // seeder); append() uses the database's clock.
    Result<qint64> appendAt(const AuditEntry& entry, const QDateTime& occurredAt);
    // Newest first.
    Result<QList<Event>> list(const Filter& filter) const;
    // The newest desk action on the account since the given time, made outside the given call
    // (for "conflict: changed by …"), if any. The mail service's steps are not desk actions.
    Result<std::optional<Change>> lastDeskAction(qint64 accountId, const QDateTime& since, qint64 excludedCallId) const;
    Result<Verification> verify() const;

    static QString genesisHash(); // 64 zeros: the "previous hash" of the first event
    static QString hashOf(const QDateTime& occurredAt, const AuditEntry& entry, const QString& appVersion,
                          const QString& previousHash);

private:
    QSqlDatabase m_db;
};
