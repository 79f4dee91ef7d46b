#pragma once

#include "agents/AgentSession.h"
#include "audit/AuditCheckpoint.h"
#include "audit/AuditLog.h"
#include "core/Error.h"
#include "identity/Nir.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Database;

// The audit trail as a supervisor reads it: filtered, newest first, a page at a time, for
// supervisors and admins only (AgentSession::Permission::ReviewHistory; Forbidden otherwise).
// Pages are keyset-paginated on (occurred_at, id), never OFFSET: a page starts strictly after the
// last row of the previous one, so events appended meanwhile never shift or duplicate a page, and
// rows sharing one instant are told apart by their id. Each event comes with its account holder's
// NIR, masked (AuditLog::Event::maskedNir), never the NIR itself. Reading the trail is itself
// audited, the same for the desk and guichetctl: the first page of a listing ("audit_list", the
// filter in the reason) and each check of the chain ("audit_verify"); a refusal through
// RefusalAudit.
class AuditTrail
{
public:
    struct Filter
    {
        qint64 agentId = 0; // 0: any
        // The actor by login (guichetctl's --by): an agent's, or the system's own ("mailer"); empty: any.
        QString agentLogin;
        qint64 accountId = 0; // 0: any
        Nir accountNir; // the account of this person (guichetctl's --account); null: any. Never in the audit event
        QString action; // empty: any ("unlock", "reissue", "lookup"…)
        QDateTime from; // invalid: from the start; else occurred_at >= from
        QDateTime to; // invalid: up to now; else occurred_at < to
    };

    // Where the next page starts: the last event of the previous one.
    struct Cursor
    {
        QDateTime occurredAt;
        qint64 id = 0;
    };

    struct Page
    {
        QList<AuditLog::Event> events;
        std::optional<Cursor> next; // empty: this is the last page
    };

    struct ChainStatus
    {
        qint64 events = 0;
        qint64 sealed = 0;
        qint64 unsealed = 0; // not sealed yet (the last seconds, or no sequencer running)
        qint64 staleUnsealed = 0; // unsealed long after the sequencer's last seal: a break
        qint64 missingEvents = 0; // seals whose event row is gone
        bool seqConsecutive = true;
        AuditLog::SealCheck seals = AuditLog::SealCheck::NotChecked; // the MACs: only with the key
        std::optional<AuditCheckpoint::Match> checkpoint; // when a kept head was given
        bool intact = true; // false also when the checkpoint does not match
        qint64 firstBrokenId = 0; // the event of the first seal that does not hold
        qint64 firstBrokenPosition = 0; // that seal's seq (0 when intact, or for an unsealed event)
    };

    static constexpr int MaxPageSize = 1000;

    explicit AuditTrail(Database& database);

    // pageSize is clamped to 1…MaxPageSize. InvalidInput when from >= to (both set). The first page
    // (no cursor) is audited once it is read; if that event cannot be written, no page is given.
    Result<Page> page(const AgentSession& session, const Filter& filter, const std::optional<Cursor>& after = {},
                      int pageSize = 100) const;
    // AuditLog::verify() over the whole trail, and the trail against a kept checkpoint when one is
    // given. key: the sequencer's key when this machine holds it (empty: the MACs are not
    // checked, the rest is). Audited.
    Result<ChainStatus> verifyChain(const AgentSession& session, const QByteArray& key = {},
                                    const std::optional<AuditCheckpoint::Head>& checkpoint = {}) const;
    // The last checkpoint taken (guichetctl audit checkpoint), if any. Not audited: it shows no event.
    Result<std::optional<AuditCheckpoint::Record>> lastCheckpoint(const AgentSession& session) const;

private:
    Result<Page> read(const Filter& filter, const std::optional<Cursor>& after, int limit) const;
    Error audit(const AgentSession& session, AuditAction action, const QString& reason) const;

    Database& m_database;
};
