#include "supervision/AuditText.h"

#include "core/Error.h"
#include "desk/CallCatalog.h"
#include "text/ErrorText.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

#include <optional>

namespace {

// The ErrorCode whose Error::codeName() is name; codes are added at the end of the enum, and
// codeName() says "unknown" past the last one.
std::optional<ErrorCode> errorCode(const QString& name)
{
    for (int value = 0;; ++value) {
        const QString candidate = Error::codeName(static_cast<ErrorCode>(value));
        if (candidate == QLatin1String("unknown"))
            return std::nullopt;
        if (candidate == name)
            return static_cast<ErrorCode>(value);
    }
}

// A period's bound, as the UI shows dates. A bound at local midnight is a day: its date alone, and
// for the (excluded) end, the day before it, the last one the period covers.
QString when(const QString& iso, bool periodEnd)
{
    const QDateTime instant = QDateTime::fromString(iso, Qt::ISODate);
    if (!instant.isValid())
        return iso;
    const QDateTime local = instant.toLocalTime();
    if (local.time() == QTime(0, 0))
        return QLocale().toString(periodEnd ? local.date().addDays(-1) : local.date(), QLocale::ShortFormat);
    return QLocale().toString(local, QLocale::ShortFormat);
}

} // namespace

QString AuditText::action(AuditAction action)
{
    switch (action) {
    case AuditAction::Lookup:
        return tr("Look-up");
    case AuditAction::Verify:
        return tr("Identity check");
    case AuditAction::Unlock:
        return tr("Unlock");
    case AuditAction::UnlockBulk:
        return tr("Bulk unlock");
    case AuditAction::Reissue:
        return tr("Temporary password reissued");
    case AuditAction::EmailChange:
        return tr("E-mail change asked");
    case AuditAction::EmailConfirm:
        return tr("E-mail change confirmed");
    case AuditAction::Certify:
        return tr("Number certified");
    case AuditAction::CallStart:
        return tr("Call started");
    case AuditAction::CallEnd:
        return tr("Call ended");
    case AuditAction::HistoryList:
        return tr("Lockout history listed");
    case AuditAction::HistoryDetail:
        return tr("Lockout detail viewed");
    case AuditAction::Purge:
        return tr("Old traces purged");
    case AuditAction::AgentSignIn:
        return tr("Agent sign-in");
    case AuditAction::AgentAdd:
        return tr("Agent added");
    case AuditAction::AgentDisable:
        return tr("Agent disabled");
    case AuditAction::AgentEnable:
        return tr("Agent enabled");
    case AuditAction::MailSent:
        return tr("Mail sent");
    case AuditAction::MailFailed:
        return tr("Mail not sent");
    case AuditAction::MailRequeued:
        return tr("Mail queued again");
    case AuditAction::ScreenUnlock:
        return tr("Lock screen password");
    case AuditAction::ScreenLockSignOut:
        return tr("Signed out by the lock screen");
    case AuditAction::AuditList:
        return tr("Audit trail listed");
    case AuditAction::AuditVerify:
        return tr("Audit chain checked");
    case AuditAction::Statistics:
        return tr("Call statistics");
    case AuditAction::SupervisionFlags:
        return tr("Supervision flags");
    case AuditAction::AgentLocked:
        return tr("Agent login locked for a while");
    case AuditAction::ReissueApprovalRequested:
        return tr("Approval of a reissue requested");
    case AuditAction::ReissueApprovalGranted:
        return tr("Reissue approved by a supervisor");
    case AuditAction::EmailChangeRefused:
        return tr("Change of e-mail address refused by the holder");
    case AuditAction::IdentityCheckLimit:
        return tr("Identity checks of a person limited");
    case AuditAction::RowChanged:
        return tr("Row changed in the database");
    }
    return {};
}

QString AuditText::action(const QString& code)
{
    const std::optional<AuditAction> known = AuditActions::fromCode(code);
    return known ? action(*known) : code;
}

QString AuditText::outcome(AuditOutcome outcome)
{
    switch (outcome) {
    case AuditOutcome::Ok:
        return tr("done");
    case AuditOutcome::Pass:
        return tr("identity confirmed");
    case AuditOutcome::Fail:
        return tr("identity not confirmed");
    case AuditOutcome::WrongPassword:
        return tr("refused: wrong password");
    case AuditOutcome::Retry:
        return tr("failed, will be tried again");
    case AuditOutcome::Dead:
        return tr("given up");
    case AuditOutcome::Paused:
        return tr("delivery paused");
    case AuditOutcome::Queued:
        return tr("queued again");
    case AuditOutcome::TooManyWrongPasswords:
        return tr("after too many wrong passwords");
    case AuditOutcome::UnknownLogin:
        return tr("refused: unknown login");
    case AuditOutcome::LoginLocked:
        return tr("refused: login locked for a while");
    }
    return {};
}

bool AuditText::isRefusal(const QString& code)
{
    const std::optional<ErrorCode> error = errorCode(code);
    return error && *error != ErrorCode::None && *error != ErrorCode::NotFound;
}

QString AuditText::outcome(const QString& code)
{
    if (const std::optional<AuditOutcome> known = AuditActions::outcomeFromCode(code))
        return outcome(*known);
    const std::optional<ErrorCode> error = errorCode(code);
    if (!error || *error == ErrorCode::None)
        return code;
    switch (*error) {
    case ErrorCode::NotFound:
        return tr("not found");
    case ErrorCode::AgentDisabled:
        // What a sign-in writes for a login an administrator disabled (whatever the password).
        return tr("refused: login disabled");
    case ErrorCode::Conflict:
        //: %1 says who changed the account (without the details the desk had).
        return tr("refused: %1").arg(ErrorText::conflict(Error(ErrorCode::Conflict)));
    default:
        //: %1 is the reason of the refusal, one sentence.
        return tr("refused: %1").arg(ErrorText::error(Error(*error)));
    }
}

QString AuditText::role(const QString& code)
{
    if (code == QLatin1String("agent"))
        return tr("agent");
    if (code == QLatin1String("supervisor"))
        return tr("supervisor");
    if (code == QLatin1String("admin"))
        return tr("administrator");
    if (code == QLatin1String("system"))
        return tr("system");
    return code;
}

QString AuditText::mailKind(const QString& name)
{
    if (name == QLatin1String("temporary_password"))
        return tr("temporary password");
    if (name == QLatin1String("email_confirmation"))
        return tr("e-mail confirmation code");
    if (name == QLatin1String("address_change_notice"))
        return tr("notice of address change");
    return name;
}

QString AuditText::details(const QString& actionCode, const QString& reason, const QHash<qint64, QString>& agentNames)
{
    if (reason.isEmpty())
        return {};
    const std::optional<AuditAction> action = AuditActions::fromCode(actionCode);
    if (!action)
        return reason;
    switch (*action) {
    case AuditAction::CallStart:
        return CallCatalog::isReason(reason) ? CallCatalog::reasonLabel(reason) : reason;
    case AuditAction::CallEnd:
        return CallCatalog::isOutcome(reason) ? CallCatalog::outcomeLabel(reason) : reason;
    case AuditAction::AgentAdd:
        //: The role given to a new agent; %1 is the role in words.
        return tr("role: %1").arg(role(reason));
    case AuditAction::HistoryList:
    case AuditAction::HistoryDetail:
    case AuditAction::Purge:
    case AuditAction::AuditList:
    case AuditAction::AuditVerify:
    case AuditAction::RowChanged:
        return keyValues(reason, agentNames);
    case AuditAction::MailSent:
        return mailKind(reason);
    case AuditAction::IdentityCheckLimit:
        return keyValues(reason, agentNames);
    case AuditAction::AgentLocked: {
        const QDateTime until = reason.startsWith(QLatin1String("until="))
            ? QDateTime::fromString(reason.mid(6), Qt::ISODateWithMs)
            : QDateTime();
        if (!until.isValid())
            return reason;
        //: The end of an agent's temporary lock; %1 is a date and time.
        return tr("until %1").arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat));
    }
    case AuditAction::MailFailed:
    case AuditAction::MailRequeued: {
        // "<kind>: <why>"; the why of a failure is the relay's own answer, shown as it is.
        const qsizetype colon = reason.indexOf(QLatin1String(": "));
        const QString kind = colon < 0 ? reason : reason.left(colon);
        const QString why = colon < 0 ? QString() : reason.mid(colon + 2);
        if (why.isEmpty())
            return mailKind(kind);
        QString said = why;
        if (*action == AuditAction::MailRequeued && why == QLatin1String("dead, queued again"))
            said = tr("given up before, queued again");
        else if (*action == AuditAction::MailRequeued && why == QLatin1String("due now"))
            said = tr("sent at once instead of waiting");
        //: A mail in the audit trail: %1 is its kind (temporary password…), %2 what happened to it.
        return tr("%1: %2").arg(mailKind(kind), said);
    }
    default:
        return reason; // typed by the agent (an unlock's reason) or a login: as it is
    }
}

QString AuditText::keyValues(const QString& reason, const QHash<qint64, QString>& agentNames)
{
    QStringList words;
    const QStringList pairs = reason.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& pair : pairs) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            words.append(pair);
            continue;
        }
        words.append(keyValue(pair.left(equals), pair.mid(equals + 1), agentNames));
    }
    //: Between two details of an audit event.
    return words.join(tr(", "));
}

QString AuditText::keyValue(const QString& key, const QString& value, const QHash<qint64, QString>& agentNames)
{
    bool number = false;
    const qint64 count = value.toLongLong(&number);
    if (key == QLatin1String("from"))
        //: A period's start in the audit trail; %1 is a date and time.
        return tr("from %1").arg(when(value, false));
    if (key == QLatin1String("to"))
        //: A period's end in the audit trail; %1 is its last day (included), or a date and time.
        return tr("until %1").arg(when(value, true));
    if (key == QLatin1String("state")) {
        if (value == QLatin1String("all"))
            return tr("all lockouts");
        if (value == QLatin1String("locked"))
            return tr("still locked only");
        if (value == QLatin1String("unlocked"))
            return tr("unlocked only");
    }
    if (key == QLatin1String("agent") && number) {
        const QString login = agentNames.value(count);
        //: A lockout history filtered on the agent who unlocked; %1 is the agent's login.
        return login.isEmpty() ? tr("unlocked by agent no. %1").arg(count) : tr("unlocked by %1").arg(login);
    }
    if (key == QLatin1String("nir") && value == QLatin1String("yes"))
        return tr("one social-security number");
    if (key == QLatin1String("repeat") && value == QLatin1String("yes"))
        return tr("repeated lockouts only");
    if (key == QLatin1String("event") && number)
        //: The lockout whose detail was viewed; %1 is its number.
        return tr("lockout no. %1").arg(count);
    if (key == QLatin1String("by")) {
        const QString login = number ? agentNames.value(count) : value;
        //: An audit trail filtered on the agent who acted; %1 is the agent's login or number.
        return tr("events by %1").arg(login.isEmpty() ? tr("agent no. %1").arg(count) : login);
    }
    if (key == QLatin1String("account") && number)
        //: An audit trail filtered on one account; %1 is the account's number.
        return tr("account no. %1").arg(count);
    if (key == QLatin1String("action"))
        //: An audit trail filtered on one kind of event; %1 is the kind in words.
        return tr("events: %1").arg(action(value));
    if (key == QLatin1String("events") && number)
        return tr("%n event(s) checked", nullptr, int(count));
    if (key == QLatin1String("intact"))
        return value == QLatin1String("yes") ? tr("chain intact") : tr("chain broken");
    if (key == QLatin1String("older_than_days") && number)
        return tr("older than %n day(s)", nullptr, int(count));
    if (key == QLatin1String("login_attempts") && number)
        return tr("%n login attempt(s) deleted", nullptr, int(count));
    if (key == QLatin1String("consultations") && number)
        return tr("%n consultation(s) deleted", nullptr, int(count));
    if (key == QLatin1String("identity_checks") && number)
        //: The retention purge: how many records of identity checks (at the desk) it deleted.
        return tr("%n identity check(s) deleted", nullptr, int(count));
    if (key == QLatin1String("failures") && number)
        //: A person's failed identity checks, across calls and agents, in the limit's window.
        return tr("%n failed identity check(s)", nullptr, int(count));
    if (key == QLatin1String("until"))
        //: The end of a limit in the audit trail; %1 is a date and time.
        return tr("limited until %1").arg(when(value, false));
    return key + QLatin1Char('=') + value;
}
