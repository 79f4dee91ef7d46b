#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// A change of e-mail address confirmed at the desk (the email_changes table, migration 010): who
// made it and when, until when the previous address may refuse it before a temporary password can
// go to the new one, the refusal code's hash (made by the mail service when the notice leaves) and
// the refusal itself.
struct EmailChange
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString previousEmail;
    QString newEmail;
    QDateTime changedAt;
    QDateTime waitingUntil;
    qint64 agentId = 0;
    qint64 callId = 0;
    qint64 noticeMailId = 0;
    QString refusalCodeHash; // empty until the notice has left
    int refusalAttempts = 0;
    QDateTime refusedAt;

    bool refused() const { return refusedAt.isValid(); }
    bool noticeSent() const { return !refusalCodeHash.isEmpty(); }
    // Still under review at now (PortalPolicy::EmailChangeReviewDays after the change).
    bool underReview(const QDateTime& now) const;
    // The waiting period of PortalPolicy::EmailChangeWaitingHours from changedAt.
    static QDateTime waitingEnd(const QDateTime& changedAt);
};

class EmailChangeRepository
{
public:
    // Who reads: a desk never reads the refusal code's hash (on PostgreSQL the desk groups may not),
    // a read for a desk carries a placeholder when it is set (enough for noticeSent()); the mail
    // service, which stores it, and the portal, which checks the holder's code, read it.
    enum class Reader { Desk, Service };
    explicit EmailChangeRepository(const QSqlDatabase& db, Reader reader = Reader::Desk);

    Result<qint64> add(const EmailChange& change);
    // The account's newest change, if any.
    Result<std::optional<EmailChange>> latest(qint64 accountId) const;
    Result<std::optional<EmailChange>> findByNotice(qint64 mailId) const;
    Error setRefusalCodeHash(qint64 id, const QString& hash);
    Error countRefusalAttempt(qint64 id);
    Error markRefused(qint64 id, const QDateTime& at);
    // Cancels the change's reissue approval request (reissue_approvals), approved or not.
    Error cancelApprovals(qint64 id, const QDateTime& at);

private:
    Result<std::optional<EmailChange>> findOne(const QString& sql, const QString& placeholder, qint64 value) const;

    QSqlDatabase m_db;
    Reader m_reader;
};
