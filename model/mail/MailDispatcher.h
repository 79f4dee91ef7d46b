#pragma once

#include "core/Error.h"
#include "mail/MailComposer.h"
#include "mail/MailOutbox.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

class Database;
class MailTransport;

// What one run of the dispatcher did.
struct DispatchReport
{
    int sent = 0;
    int failed = 0; // queued again for a later attempt (or left to another dispatcher)
    int dead = 0; // given up: too many attempts, refused for good, or superseded
    int held = 0; // due but not tried, or put back untouched, because delivery is paused
    bool paused = false; // delivery is paused (the relay refuses the service) at the end of the run
    QString pauseReason; // why, when paused
    QStringList relayQueueIds; // the relay's queue ids of the messages sent, when it gave them

    // Something due was not sent (failed, dead or held).
    bool incomplete() const { return failed > 0 || dead > 0 || held > 0; }
};

// Delivers the mail outbox through a MailTransport. Synchronous: run it off the UI thread.
//
// A temporary-password or confirmation-code row is a request. For each due message:
//   1. claim it (MailOutbox::claimDue, a short transaction; the lease is PortalPolicy::MailLeaseSeconds);
//   2. check that it still applies (the account exists; a temporary password goes to the account's
//      current address; a code goes to the account's pending address), else it is dead;
//   3. generate the secret from the CSPRNG and its Argon2id hash, outside any transaction;
//   4. compose the message and hand it to the transport; the clear secret is wiped right after;
//   5. in ONE transaction: check the claim is still ours, re-read the account, store the hash and
//      its dates (replacing, so revoking, the previous one), markSent (which erases the payload)
//      and append the audit event "mail_sent".
// A failed delivery writes nothing to the account. What happens depends on the transport's answer
// (MailTransport):
//   - this recipient refused for good: dead at once;
//   - transient (4xx, 552 to RCPT TO, a lost connection): markFailed with back-off (doubling from
//     PortalPolicy::MailFirstRetrySeconds up to MailMaxRetrySeconds), dead after MailMaxAttempts;
//   - the relay refuses the service (MailRelayRefused: credentials, sender, TLS…): delivery
//     PAUSES (MailDeliveryState): the message goes back to the queue without losing its attempt,
//     so do the other messages claimed in this run, and the run stops. While paused, runs try
//     nothing until the pause's resume time (PortalPolicy::MailPauseRetrySeconds later), then one
//     message; the first message sent lifts the pause, and so does `guichetctl mailer requeue`.
// Each outcome writes an audit event "mail_failed" (outcome "retry", "dead" or "paused") in the
// same transaction. The next attempt issues a fresh secret.
//
// The From and Reply-To are the transport's (MailTransport::sender()) when it has one, else the
// composer's. The transport's session ends with the run (MailTransport::endRun()).
class MailDispatcher
{
public:
    enum class Outcome { Sent, Failed, Dead, Paused };

    MailDispatcher(Database& database, MailTransport& transport, MailComposer composer = MailComposer());

    const MailComposer& composer() const { return m_composer; }
    void setComposer(const MailComposer& composer) { m_composer = composer; }

    // Claims and processes batches of due messages until none is due at now. Stops at the first
    // database error (what was claimed and not finished is taken again when its lease ends).
    Result<DispatchReport> runOnce(const QDateTime& now, int batch = 20);
    // Steps 2–5 for one message claimed at now.
    Result<Outcome> processClaimed(const OutboxMessage& message, const QDateTime& now);

    // Seconds to wait after the attempts-th failed attempt (1, 2…).
    static int retryDelaySeconds(int attempts);

    struct RequeueReport
    {
        int requeued = 0; // waiting messages made due now
        int revived = 0; // dead messages queued again (includeDead)
        bool pauseLifted = false;
    };
    // `guichetctl mailer requeue` (as Postfix's postqueue -f): in one transaction, every waiting
    // message (of one account when accountId is set) becomes due at now, dead ones are queued again
    // with their attempts from zero when includeDead, the pause is lifted, and each requeued
    // message gets an audit event "mail_requeued". A requeued temporary password or code is a fresh
    // one: the dispatcher makes the secret when it delivers.
    static Result<RequeueReport> requeue(Database& database, const QDateTime& now, bool includeDead,
                                         std::optional<qint64> accountId = std::nullopt);

private:
    struct Secret;
    Result<Outcome> fail(const OutboxMessage& message, const QDateTime& now, const QString& reason, bool permanent);
    Result<Outcome> pause(const OutboxMessage& message, const QDateTime& now, const QString& reason);
    Result<Outcome> record(const OutboxMessage& message, const QDateTime& now, const Secret& secret,
                           const QString& queueId);
    Error releaseAll(const QList<OutboxMessage>& messages);

    Database& m_database;
    MailTransport& m_transport;
    MailComposer m_composer;
    QString m_pauseReason; // set by pause() during a run
    QString m_lastQueueId; // the relay's queue id of the message processClaimed() just sent
    bool m_liftPause = false; // the run started paused: the first message sent lifts the pause
};
