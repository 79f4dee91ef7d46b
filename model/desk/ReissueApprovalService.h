#pragma once

#include "agents/AgentSession.h"
#include "core/Error.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class Database;
struct EmailChange;

// Four eyes on the takeover path (issue I, finding 3): a temporary password to an address changed
// at the desk, while the change is under review (PortalPolicy::EmailChangeReviewDays), goes only
// once a supervisor or an admin who is not the agent who asked, nor the one who changed the
// address, has approved it. Why four eyes and not the secret answer or a callback: the desk's
// database roles must not read secret-answer hashes, the account has no telephone number on file,
// and a caller who passes the identity check (civil status printed in the NIR) cannot talk a
// second, independent person of the hotline into an approval within the same call.
//
// One request per change, made by the agent during the call (request) or by the refused reissue
// itself (HelpdeskService::reissue); each request and each approval is its own audit event.
// Synchronous: run off the UI thread.
class ReissueApprovalService
{
public:
    struct Approval
    {
        qint64 id = 0;
        qint64 emailChangeId = 0;
        qint64 accountId = 0;
        qint64 callId = 0;
        qint64 requestedBy = 0;
        QString requestedByLogin;
        QDateTime requestedAt;
        QString reason;
        QString maskedNir; // the holder's NIR, masked (Masking::nir)
        QDateTime changedAt; // when the address was changed
        QDateTime waitingUntil; // no reissue before, approved or not
        qint64 approvedBy = 0;
        QDateTime approvedAt;
        bool approved() const { return approvedAt.isValid(); }
    };

    explicit ReissueApprovalService(Database& database);

    // The agent asks, in a verified call, for the approval a reissue to the account's changed
    // address needs. The existing request when there is one. NoPendingChange when the address was
    // not changed at the desk recently (a reissue needs no approval), ChangeRefusedByOwner when the
    // holder refused the change.
    Result<Approval> request(const AgentSession& session, qint64 callId, const QString& reason,
                             const QDateTime& now = QDateTime::currentDateTimeUtc());
    // A supervisor or an admin approves. Forbidden (audited) for an agent, and for the supervisor
    // who asked or who changed the address (context "problem": "own_request"); NotFound for an
    // unknown request; ChangeRefusedByOwner when the holder refused the change meanwhile. Approving
    // an approved request again answers it as it is.
    Result<Approval> approve(const AgentSession& session, qint64 requestId,
                             const QDateTime& now = QDateTime::currentDateTimeUtc());
    // Requests neither approved nor cancelled, whose change is still under review, oldest first
    // (supervisors and admins; Forbidden otherwise).
    Result<QList<Approval>> pending(const AgentSession& session,
                                    const QDateTime& now = QDateTime::currentDateTimeUtc()) const;

    // In the caller's transaction: the request for change (made and audited when there is none yet).
    static Result<qint64> requestIn(QSqlDatabase& db, const AgentSession& session, qint64 callId,
                                    const EmailChange& change, const QString& reason, const QDateTime& now);
    // Whether a request for change is approved and not cancelled.
    static Result<bool> approvedIn(const QSqlDatabase& db, qint64 emailChangeId);

private:
    static Result<QList<Approval>> select(const QSqlDatabase& db, const QString& where, const QString& placeholder,
                                          const QVariant& value);

    Database& m_database;
};
