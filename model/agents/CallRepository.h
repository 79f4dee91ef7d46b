#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// A desk call as stored.
struct Call
{
    qint64 id = 0;
    qint64 agentId = 0;
    QString workstation;
    QString reason;
    qint64 personId = 0; // who was looked up last in this call
    qint64 accountId = 0; // their account, if any
    int seenAccountVersion = 0;
    QDateTime startedAt;
    QDateTime endedAt;
    QString outcome;
    QString note;
    QDateTime verifiedAt;
    int verificationFailures = 0;

    bool isOpen() const { return !endedAt.isValid(); }
};

// One line of a caller's history as the desk shows it.
struct CallRecord
{
    qint64 id = 0;
    QDateTime startedAt;
    QString reason;
    QString outcome;
    QString agentLogin;
};

// The calls and consultations tables. Works on the connection it is given.
class CallRepository
{
public:
    explicit CallRepository(const QSqlDatabase& db);

    Result<qint64> start(qint64 agentId, const QString& workstation, const QString& reason, const QDateTime& now);
    Result<Call> find(qint64 id) const;
    // The subject of the call: who was looked up and which account version the desk saw. A new
    // person resets the verification pass (not the failure count).
    Error setSubject(qint64 callId, qint64 personId, qint64 accountId, int seenVersion, bool samePerson);
    Error setSeenVersion(qint64 callId, int version);
    Error recordVerification(qint64 callId, bool passed, const QDateTime& now);
    Error end(qint64 callId, const QString& outcome, const QString& note, const QDateTime& now);
    Result<QList<CallRecord>> earlierCalls(qint64 personId, qint64 excludeCallId, int limit) const;
    Result<qint64> addConsultation(qint64 agentId, qint64 callId, qint64 personId, const QString& workstation,
                                   const QDateTime& now);

private:
    QSqlDatabase m_db;
};
