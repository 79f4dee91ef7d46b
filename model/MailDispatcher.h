#pragma once

#include "Error.h"
#include "MailComposer.h"
#include "MailOutbox.h"

#include <QDateTime>
#include <QString>

class Database;
class MailTransport;

// What one run of the dispatcher did.
struct DispatchReport
{
    int sent = 0;
    int failed = 0; // queued again for a later attempt (or left to another dispatcher)
    int dead = 0; // given up: too many attempts, refused for good, or superseded
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
// A failed delivery writes nothing to the account: markFailed with back-off (doubling from
// PortalPolicy::MailFirstRetrySeconds up to MailMaxRetrySeconds), dead after MailMaxAttempts, and
// an audit event "mail_failed", in one transaction. The next attempt issues a fresh secret.
class MailDispatcher
{
public:
    enum class Outcome { Sent, Failed, Dead };

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

private:
    struct Secret;
    Result<Outcome> fail(const OutboxMessage& message, const QDateTime& now, const QString& reason, bool permanent);
    Result<Outcome> record(const OutboxMessage& message, const QDateTime& now, const Secret& secret);

    Database& m_database;
    MailTransport& m_transport;
    MailComposer m_composer;
};
