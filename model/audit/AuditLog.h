#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class SqlQuery;

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

// The append-only audit trail. append() runs inside the caller's write transaction, so that an
// action and its event commit or vanish together, and takes no lock of its own: desks never wait
// for one another to audit. The sequencer seals committed events afterwards (AuditSealer) under a
// key that neither the database nor a desk holds; verify() checks the seals. Rows written before
// schema 9 keep their old unkeyed SHA-256 chain (prev_hash, hash) for history; it is no longer
// checked, the seals cover those rows too.
class AuditLog
{
public:
    // An unsealed event is a break once the sequencer has sealed something this long after it
    // occurred: it committed late or was inserted with a past date behind the sequencer's back.
    static constexpr qint64 UnsealedGraceSeconds = 300;

    enum class SealCheck { NotChecked, Valid, Invalid };

    struct Verification
    {
        qint64 events = 0;
        qint64 sealed = 0; // seals whose event is there
        qint64 unsealed = 0; // events without a seal yet (the last seconds, or no sequencer)
        qint64 staleUnsealed = 0; // unsealed events older than the newest seal by UnsealedGraceSeconds
        qint64 lastSeq = 0;
        bool seqConsecutive = true; // seals 1, 2, 3… without a gap
        qint64 missingEvents = 0; // seals whose event row is gone
        SealCheck seals = SealCheck::NotChecked; // the MACs, checked only with the key
        bool intact = true;
        qint64 firstBroken = 0; // id of the event of the first seal that does not hold (or stale event)
        qint64 firstBrokenSeq = 0; // that seal's seq (0 for a stale unsealed event)
    };

    // An event as stored, with what a seal covers.
    struct StoredEvent
    {
        qint64 id = 0;
        QDateTime occurredAt;
        AuditEntry entry;
        QString appVersion;
        QString dbUser; // PostgreSQL: the session's login that wrote it (migration 008); empty on SQLite
    };
    // The columns a StoredEvent is read from (prefix: a table alias and its dot, or empty).
    static QString storedColumns(const QString& prefix);
    static StoredEvent storedEvent(const SqlQuery& query);

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
    // Every seal in seq order, and the events without one. key: the sequencer's key to check the
    // MACs (empty: seals NotChecked, the rest is still checked).
    Result<Verification> verify(const QByteArray& key = {}) const;

    // "yyyy-MM-ddTHH:mm:ss.zzzZ", the instant as the canonical forms hold it.
    static QString instantText(const QDateTime& instant);
    // The database's clock, not this machine's, truncated to the stored millisecond, in UTC.
    static Result<QDateTime> databaseNow(const QSqlDatabase& db);

private:
    QSqlDatabase m_db;
};
