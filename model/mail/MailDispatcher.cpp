#include "mail/MailDispatcher.h"

#include "accounts/AccountRepository.h"
#include "accounts/EmailChangeRepository.h"
#include "audit/AuditAction.h"
#include "audit/AuditLog.h"
#include "core/CodeDigest.h"
#include "core/Logging.h"
#include "core/PasswordHasher.h"
#include "core/PortalPolicy.h"
#include "core/SecretGenerator.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "mail/MailDeliveryState.h"
#include "mail/MailSender.h"
#include "mail/MailTransport.h"

#include <QHash>
#include <QSet>
#include <QSysInfo>

#include <algorithm>
#include <optional>

namespace {

constexpr int MaxConflictRetries = 5;

bool sameAddress(const QString& a, const QString& b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

// Why a message no longer applies to the account as it is now; empty when it still does.
QString staleReason(const OutboxMessage& message, const Account* account)
{
    switch (message.kind) {
    case OutboxMessage::Kind::TemporaryPassword:
        if (!account)
            return QStringLiteral("superseded: the account does not exist");
        if (!sameAddress(account->email, message.recipient))
            return QStringLiteral("superseded: the recipient is no longer the account's address");
        return {};
    case OutboxMessage::Kind::EmailConfirmation:
        if (!account)
            return QStringLiteral("superseded: the account does not exist");
        if (account->pendingEmail.isEmpty())
            return QStringLiteral("superseded: no address change is pending");
        if (!sameAddress(account->pendingEmail, message.recipient))
            return QStringLiteral("superseded: the pending address changed");
        return {};
    case OutboxMessage::Kind::AddressChangeNotice:
        return {};
    }
    return {};
}

// Whether the message is still claimed by this attempt (its lease may have run out and another
// dispatcher taken it: every claim counts an attempt). Locks the row on PostgreSQL until commit.
Result<bool> stillClaimed(QSqlDatabase& db, const OutboxMessage& message)
{
    SqlQuery query(db);
    if (Error error = query.prepare(SqlQuery::dialectOf(db).isPostgreSql()
                                        ? QStringLiteral("SELECT status, attempts FROM mail_outbox WHERE id = :id"
                                                         " FOR UPDATE")
                                        : QStringLiteral("SELECT status, attempts FROM mail_outbox WHERE id = :id")))
        return error;
    query.bind(QStringLiteral(":id"), message.id);
    if (Error error = query.exec())
        return error;
    if (!query.next())
        return false;
    return query.value(QStringLiteral("status")).toString() == OutboxMessage::statusName(OutboxMessage::Status::Sending)
        && query.value(QStringLiteral("attempts")).toInt() == message.attempts;
}

Error appendAudit(QSqlDatabase& db, const OutboxMessage& message, AuditAction action, const QString& reason,
                  AuditOutcome outcome)
{
    AuditEntry entry;
    entry.agentLogin = QStringLiteral("mailer");
    entry.agentRole = QStringLiteral("system");
    entry.workstation = QSysInfo::machineHostName(); // the host the dispatcher runs on
    entry.action = AuditActions::code(action);
    entry.accountId = message.accountId;
    entry.reason = reason;
    entry.outcome = AuditActions::code(outcome);
    const Result<qint64> id = AuditLog(db).append(entry);
    return id ? Error() : id.error();
}

} // namespace

// A secret's stored form: what the account keeps once the clear secret is gone.
struct MailDispatcher::Secret
{
    QString hash;
    QDateTime issuedAt;
    QDateTime expiresAt;
};

MailDispatcher::MailDispatcher(Database& database, MailTransport& transport, MailComposer composer)
    : m_database(database), m_transport(transport), m_composer(std::move(composer))
{
    if (!m_transport.sender().isEmpty())
        m_composer.setSender(m_transport.sender());
    if (!m_transport.replyTo().isEmpty())
        m_composer.setReplyTo(m_transport.replyTo());
}

int MailDispatcher::retryDelaySeconds(int attempts)
{
    qint64 delay = PortalPolicy::MailFirstRetrySeconds;
    for (int n = 1; n < attempts && delay < PortalPolicy::MailMaxRetrySeconds; ++n)
        delay *= 2;
    return int(std::min<qint64>(delay, PortalPolicy::MailMaxRetrySeconds));
}

Result<DispatchReport> MailDispatcher::runOnce(const QDateTime& now, int batch)
{
    // The transport's session (one connection, one AUTH) lasts for this run only.
    struct EndRun
    {
        MailTransport& transport;
        ~EndRun() { transport.endRun(); }
    } endRun{m_transport};

    DispatchReport report;
    m_pauseReason.clear();
    m_liftPause = false;
    MailPause pauseState;
    int dueWhilePaused = 0;
    const Error pauseError = m_database.write([&](QSqlDatabase& db) -> Error {
        MailDeliveryState state(db);
        const Result<MailPause> read = state.pause();
        if (!read)
            return read.error();
        pauseState = read.value();
        if (!pauseState.holds(now))
            return {};
        const Result<int> due = state.countDue(now);
        if (!due)
            return due.error();
        dueWhilePaused = due.value();
        return {};
    });
    if (pauseError)
        return pauseError;
    if (pauseState.holds(now)) {
        report.paused = true;
        report.pauseReason = pauseState.reason;
        report.held = dueWhilePaused;
        return report;
    }
    // Paused, but the time to try again has come: one message at a time until one goes out.
    m_liftPause = pauseState.paused;
    const int fullBatch = batch;
    if (m_liftPause)
        batch = 1;

    QSet<qint64> seen;
    const QDateTime leaseUntil = now.addSecs(PortalPolicy::MailLeaseSeconds);
    for (;;) {
        QList<OutboxMessage> claimed;
        const Error claimError = m_database.write([&](QSqlDatabase& db) -> Error {
            const Result<QList<OutboxMessage>> due = MailOutbox(db).claimDue(now, leaseUntil, std::max(1, batch));
            if (!due)
                return due.error();
            claimed = due.value();
            return {};
        });
        if (claimError)
            return claimError;
        // Every processed message leaves the due set (sent, dead, queued for later or leased): a
        // message seen twice would mean a bug, and is not sent twice.
        bool progress = false;
        for (qsizetype i = 0; i < claimed.size(); ++i) {
            const OutboxMessage& message = claimed.at(i);
            if (seen.contains(message.id))
                continue;
            seen.insert(message.id);
            progress = true;
            const Result<Outcome> outcome = processClaimed(message, now);
            if (!outcome)
                return outcome.error();
            switch (outcome.value()) {
            case Outcome::Sent:
                ++report.sent;
                if (!m_lastQueueId.isEmpty())
                    report.relayQueueIds << m_lastQueueId;
                if (m_liftPause) { // the relay takes our mail again: the pause is over
                    m_liftPause = false;
                    batch = fullBatch;
                }
                break;
            case Outcome::Failed:
                ++report.failed;
                break;
            case Outcome::Dead:
                ++report.dead;
                break;
            case Outcome::Paused: {
                // The rest of this batch goes back untouched: the relay would refuse it the same way.
                const QList<OutboxMessage> rest = claimed.mid(i + 1);
                if (Error released = releaseAll(rest))
                    return released;
                report.held += 1 + int(rest.size());
                report.paused = true;
                report.pauseReason = m_pauseReason;
                qCWarning(lcMail).noquote() << "mail delivery paused:" << m_pauseReason;
                return report;
            }
            }
        }
        if (!progress)
            break;
    }
    return report;
}

Error MailDispatcher::releaseAll(const QList<OutboxMessage>& messages)
{
    if (messages.isEmpty())
        return {};
    return m_database.write([&](QSqlDatabase& db) -> Error {
        MailDeliveryState state(db);
        for (const OutboxMessage& message : messages) {
            if (Error error = state.release(message.id))
                return error;
        }
        return {};
    });
}

Result<MailDispatcher::Outcome> MailDispatcher::processClaimed(const OutboxMessage& message, const QDateTime& now)
{
    m_lastQueueId.clear();
    const Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();

    // Does it still apply? (Checked again when the result is recorded.)
    std::optional<Account> account;
    if (message.accountId > 0) {
        const Result<Account> found = AccountRepository(db.value()).findById(message.accountId);
        if (found)
            account = found.value();
        else if (found.error().code() != ErrorCode::NotFound)
            return found.error();
    }
    const QString stale = staleReason(message, account ? &*account : nullptr);
    if (!stale.isEmpty())
        return fail(message, now, stale, true);

    // A sender that no relay can take is the service's configuration, not this message's fault.
    if (!MailSender::isValid(m_composer.sender())
        || (!m_composer.replyTo().isEmpty() && !MailSender::isValid(m_composer.replyTo())))
        return pause(message, now, QStringLiteral("the configured sender or Reply-To is not a valid address"));

    // The secret and its hash, outside any transaction (hashing costs ~0.1 s).
    const QString language = MailComposer::normalizedLanguage(message.language);
    QString clear;
    Secret secret;
    secret.issuedAt = now;
    QHash<QString, QString> values;
    if (message.kind == OutboxMessage::Kind::TemporaryPassword) {
        clear = SecretGenerator::temporaryPassword(PortalPolicy::TemporaryPasswordLength);
        secret.expiresAt = now.addDays(PortalPolicy::TemporaryPasswordValidityDays);
        values.insert(QStringLiteral("password"), clear);
        values.insert(QStringLiteral("validity_days"), QString::number(PortalPolicy::TemporaryPasswordValidityDays));
    } else if (message.kind == OutboxMessage::Kind::EmailConfirmation) {
        clear = SecretGenerator::confirmationCode();
        secret.expiresAt = now.addSecs(qint64(PortalPolicy::EmailCodeValidityMinutes) * 60);
        values.insert(QStringLiteral("code"), clear);
        values.insert(QStringLiteral("validity_minutes"), QString::number(PortalPolicy::EmailCodeValidityMinutes));
        values.insert(QStringLiteral("max_attempts"), QString::number(PortalPolicy::EmailCodeMaxAttempts));
    } else if (message.kind == OutboxMessage::Kind::AddressChangeNotice) {
        // The refusal code of a change confirmed at the desk (none for a notice queued before
        // migration 010, or for a change already refused: the notice then only informs).
        const Result<std::optional<EmailChange>> change
            = EmailChangeRepository(db.value(), EmailChangeRepository::Reader::Service).findByNotice(message.id);
        if (!change)
            return change.error();
        if (change.value() && !change.value()->refused()) {
            clear = SecretGenerator::confirmationCode();
            values.insert(QStringLiteral("refusal_code"), clear);
            values.insert(QStringLiteral("until"), MailComposer::formatInstant(change.value()->waitingUntil, language));
        }
    }
    if (secret.expiresAt.isValid())
        values.insert(QStringLiteral("expires_at"), MailComposer::formatInstant(secret.expiresAt, language));
    if (!clear.isEmpty()) {
        // The e-mail code: a digest the database checks for the desk (CodeDigest); the others Argon2id.
        secret.hash = message.kind == OutboxMessage::Kind::EmailConfirmation ? CodeDigest::make(clear)
                                                                             : PasswordHasher::hash(clear);
        if (secret.hash.isEmpty()) {
            values.clear();
            MailComposer::wipe(clear);
            return fail(message, now, QStringLiteral("hashing the secret failed"), false);
        }
    }

    // Compose and deliver; the clear secret lives only until the transport has it.
    Result<ComposedMail> mail = m_composer.compose(message.kind, language, message.recipient, message.id, values, now);
    values.clear(); // drops the hash's references to the secret, so that wipe() owns the buffer
    QString failure;
    QString queueId;
    bool permanent = false;
    bool refusedService = false;
    if (!mail) {
        failure = QStringLiteral("composing the message failed: %1").arg(mail.error().detail());
        permanent = true; // the same template and address will fail the same way
    } else {
        const Error delivered = m_transport.deliver(mail->mime, message.recipient, mail->messageId);
        MailComposer::wipe(mail.value().mime);
        if (delivered) {
            failure = QStringLiteral("delivery failed: %1: %2").arg(delivered.codeName(), delivered.detail());
            permanent = delivered.code() == ErrorCode::InvalidInput;
            refusedService = delivered.code() == ErrorCode::MailRelayRefused;
        } else {
            queueId = m_transport.lastQueueId();
        }
    }
    MailComposer::wipe(clear);
    m_lastQueueId = queueId;
    if (refusedService)
        return pause(message, now, failure);
    if (!failure.isEmpty())
        return fail(message, now, failure, permanent);
    return record(message, now, secret, queueId);
}

Result<MailDispatcher::Outcome> MailDispatcher::record(const OutboxMessage& message, const QDateTime& now,
                                                       const Secret& secret, const QString& queueId)
{
    Outcome outcome = Outcome::Sent;
    QString stale;
    const Error error = m_database.write([&](QSqlDatabase& db) -> Error {
        outcome = Outcome::Sent;
        stale.clear();
        const Result<bool> owned = stillClaimed(db, message);
        if (!owned)
            return owned.error();
        if (!owned.value()) {
            // Our lease ran out and another attempt owns the message: store nothing (the secret
            // just sent is never valid), the other attempt sends a fresh one.
            outcome = Outcome::Failed;
            return {};
        }

        if (message.kind == OutboxMessage::Kind::AddressChangeNotice && !secret.hash.isEmpty()) {
            EmailChangeRepository changes(db, EmailChangeRepository::Reader::Service);
            const Result<std::optional<EmailChange>> change = changes.findByNotice(message.id);
            if (!change)
                return change.error();
            if (change.value()) {
                if (Error stored = changes.setRefusalCodeHash(change.value()->id, secret.hash))
                    return stored;
            }
        }
        if (message.kind != OutboxMessage::Kind::AddressChangeNotice) {
            AccountRepository accounts(db);
            for (int tries = 1;; ++tries) {
                const Result<Account> found = accounts.findById(message.accountId);
                if (!found && found.error().code() != ErrorCode::NotFound)
                    return found.error();
                stale = staleReason(message, found ? &found.value() : nullptr);
                if (!stale.isEmpty())
                    break;
                Account account = found.value();
                if (message.kind == OutboxMessage::Kind::TemporaryPassword) {
                    // Replacing the hash revokes the previous temporary password.
                    account.tempPasswordHash = secret.hash;
                    account.tempPasswordIssuedAt = secret.issuedAt;
                    account.tempPasswordExpiresAt = secret.expiresAt;
                    account.tempPasswordUsedAt = QDateTime();
                    // Without a personal password the account waits for activation; a locked
                    // account stays locked (unlocking is the desk's decision).
                    if (account.passwordHash.isEmpty() && account.status == Account::Status::Active)
                        account.status = Account::Status::PendingActivation;
                } else {
                    account.emailCodeHash = secret.hash;
                    account.emailCodeExpiresAt = secret.expiresAt;
                    account.emailCodeAttempts = 0;
                }
                const Error saved = accounts.save(account, AccountRepository::Writer::MailService);
                if (!saved)
                    break;
                if (saved.code() != ErrorCode::Conflict || tries >= MaxConflictRetries)
                    return saved;
            }
        }

        MailOutbox outbox(db);
        const QString kind = OutboxMessage::kindName(message.kind);
        if (!stale.isEmpty()) {
            outcome = Outcome::Dead;
            const QString reason = QStringLiteral("after delivery, %1").arg(stale);
            if (Error failed = outbox.markFailed(message.id, reason, now, true))
                return failed;
            return appendAudit(db, message, AuditAction::MailFailed, kind + QLatin1String(": ") + reason,
                               AuditOutcome::Dead);
        }
        if (Error sent = outbox.markSent(message.id, now))
            return sent;
        MailDeliveryState state(db);
        if (!queueId.isEmpty()) {
            if (Error stored = state.setRelayQueueId(message.id, queueId))
                return stored;
        }
        if (m_liftPause) {
            if (Error lifted = state.clearPause())
                return lifted;
        }
        return appendAudit(db, message, AuditAction::MailSent, kind, AuditOutcome::Ok);
    });
    if (error) {
        // The mail left but its secret could not be stored, so it will never verify: queue the
        // message again, and the next attempt issues a fresh one.
        qCWarning(lcMail) << "outbox" << message.id << "delivered but not recorded:" << error.codeName()
                          << error.detail();
        return fail(message, now, QStringLiteral("recording the delivery failed: %1").arg(error.codeName()), false);
    }
    qCInfo(lcMail) << "outbox" << message.id << OutboxMessage::kindName(message.kind)
                   << (outcome == Outcome::Sent       ? "sent"
                           : outcome == Outcome::Dead ? "dead"
                                                      : "lease lost");
    return outcome;
}

Result<MailDispatcher::Outcome> MailDispatcher::fail(const OutboxMessage& message, const QDateTime& now,
                                                     const QString& reason, bool permanent)
{
    const bool dead = permanent || message.attempts >= PortalPolicy::MailMaxAttempts;
    const QDateTime next = dead ? now : now.addSecs(retryDelaySeconds(message.attempts));
    bool owned = true;
    const Error error = m_database.write([&](QSqlDatabase& db) -> Error {
        const Result<bool> claimed = stillClaimed(db, message);
        if (!claimed)
            return claimed.error();
        owned = claimed.value();
        if (!owned)
            return {}; // another attempt owns it now
        if (Error failed = MailOutbox(db).markFailed(message.id, reason, next, dead))
            return failed;
        return appendAudit(db, message, AuditAction::MailFailed,
                           OutboxMessage::kindName(message.kind) + QLatin1String(": ") + reason,
                           dead ? AuditOutcome::Dead : AuditOutcome::Retry);
    });
    if (error)
        return error;
    qCInfo(lcMail) << "outbox" << message.id << OutboxMessage::kindName(message.kind) << "attempt" << message.attempts
                   << (!owned     ? "lease lost"
                           : dead ? "dead"
                                  : "retry")
                   << reason;
    return dead && owned ? Outcome::Dead : Outcome::Failed;
}

Result<MailDispatcher::Outcome> MailDispatcher::pause(const OutboxMessage& message, const QDateTime& now,
                                                      const QString& reason)
{
    bool owned = true;
    const Error error = m_database.write([&](QSqlDatabase& db) -> Error {
        const Result<bool> claimed = stillClaimed(db, message);
        if (!claimed)
            return claimed.error();
        owned = claimed.value();
        if (!owned)
            return {}; // another attempt owns it now
        MailDeliveryState state(db);
        if (Error released = state.release(message.id, reason))
            return released;
        if (Error paused = state.setPaused(now, reason, now.addSecs(PortalPolicy::MailPauseRetrySeconds)))
            return paused;
        return appendAudit(db, message, AuditAction::MailFailed,
                           OutboxMessage::kindName(message.kind) + QLatin1String(": ") + reason, AuditOutcome::Paused);
    });
    if (error)
        return error;
    m_pauseReason = reason;
    qCInfo(lcMail) << "outbox" << message.id << OutboxMessage::kindName(message.kind) << "attempt" << message.attempts
                   << (owned ? "paused" : "lease lost") << reason;
    return owned ? Outcome::Paused : Outcome::Failed;
}

Result<MailDispatcher::RequeueReport> MailDispatcher::requeue(Database& database, const QDateTime& now,
                                                              bool includeDead, std::optional<qint64> accountId)
{
    RequeueReport report;
    const Error error = database.write([&](QSqlDatabase& db) -> Error {
        report = RequeueReport();
        MailDeliveryState state(db);
        const Result<MailPause> pause = state.pause();
        if (!pause)
            return pause.error();
        const Result<QList<MailDeliveryState::Requeued>> requeued = state.requeue(now, includeDead, accountId);
        if (!requeued)
            return requeued.error();
        if (pause->paused) {
            if (Error lifted = state.clearPause())
                return lifted;
            report.pauseLifted = true;
        }
        for (const MailDeliveryState::Requeued& row : requeued.value()) {
            OutboxMessage message;
            message.id = row.id;
            message.accountId = row.accountId;
            message.kind = row.kind;
            if (row.wasDead)
                ++report.revived;
            else
                ++report.requeued;
            if (Error audited
                = appendAudit(db, message, AuditAction::MailRequeued,
                              OutboxMessage::kindName(row.kind)
                                  + (row.wasDead ? QLatin1String(": dead, queued again") : QLatin1String(": due now")),
                              AuditOutcome::Queued))
                return audited;
        }
        return {};
    });
    if (error)
        return error;
    qCInfo(lcMail) << "outbox requeued:" << report.requeued << "waiting," << report.revived << "dead"
                   << (report.pauseLifted ? "; pause lifted" : "");
    return report;
}
