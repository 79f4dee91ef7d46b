#include "CtlDeskCommands.h"

#include "CtlOutput.h"
#include "CtlSignIn.h"
#include "TerminalInput.h"
#include "agents/AgentAuthService.h"
#include "db/Database.h"
#include "desk/BulkUnlockCsv.h"
#include "desk/CallService.h"
#include "desk/CertificationService.h"
#include "desk/HelpdeskService.h"
#include "desk/ReissueApprovalService.h"
#include "text/ErrorText.h"

#include <QFile>
#include <QJsonArray>

#include <cstdio>

namespace {

const QString optAgent = QStringLiteral("agent");
const QString optCall = QStringLiteral("call");
const QString optReason = QStringLiteral("reason");
const QString optOutcome = QStringLiteral("outcome");
const QString optNote = QStringLiteral("note");
const QString optFile = QStringLiteral("file");
const QString optKey = QStringLiteral("idempotency-key");

QJsonValue instant(const QDateTime& dateTime)
{
    return dateTime.isValid() ? QJsonValue(dateTime.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

// The JSON of a desk action's answer: the action, the account and what the operation did;
// "replayed": true when it is the stored answer of an earlier request with the same key.
QJsonObject describe(const ActionAnswer& answer)
{
    QJsonObject json{{QStringLiteral("action"), AuditActions::code(answer.action)}};
    if (answer.accountId > 0)
        json.insert(QStringLiteral("account_id"), answer.accountId);
    if (answer.version)
        json.insert(QStringLiteral("version"), *answer.version);
    if (answer.replayed)
        json.insert(QStringLiteral("replayed"), true);
    if (answer.status)
        json.insert(QStringLiteral("status"), Account::statusName(*answer.status));
    if (answer.mailId)
        json.insert(QStringLiteral("mail_id"), *answer.mailId);
    if (answer.supersededMail)
        json.insert(QStringLiteral("superseded_mail"), *answer.supersededMail);
    if (answer.accountLocked)
        json.insert(QStringLiteral("account_locked"), *answer.accountLocked);
    if (answer.noticeMailId)
        json.insert(QStringLiteral("notice_mail_id"), *answer.noticeMailId);
    if (answer.certificationRef) {
        json.insert(QStringLiteral("certified"), true);
        json.insert(QStringLiteral("certification_ref"), *answer.certificationRef);
    }
    return json;
}

QJsonObject describe(const ReissueApprovalService::Approval& approval)
{
    return QJsonObject{{QStringLiteral("request"), approval.id},
                       {QStringLiteral("account_id"), approval.accountId},
                       {QStringLiteral("nir"), approval.maskedNir},
                       {QStringLiteral("call_id"), approval.callId},
                       {QStringLiteral("requested_by"), approval.requestedByLogin},
                       {QStringLiteral("requested_at"), instant(approval.requestedAt)},
                       {QStringLiteral("reason"), approval.reason},
                       {QStringLiteral("changed_at"), instant(approval.changedAt)},
                       {QStringLiteral("waiting_until"), instant(approval.waitingUntil)},
                       {QStringLiteral("approved"), approval.approved()},
                       {QStringLiteral("approved_at"), instant(approval.approvedAt)}};
}

QJsonObject describe(const AccountSummary& summary)
{
    QJsonObject temporary{{QStringLiteral("issued_at"), instant(summary.temporaryIssuedAt)},
                          {QStringLiteral("expires_at"), instant(summary.temporaryExpiresAt)},
                          {QStringLiteral("used"), summary.temporaryUsed}};
    QJsonValue lastMail;
    if (summary.lastMail) {
        lastMail = QJsonObject{{QStringLiteral("kind"), OutboxMessage::kindName(summary.lastMail->kind)},
                               {QStringLiteral("status"), OutboxMessage::statusName(summary.lastMail->status)},
                               {QStringLiteral("queued_at"), instant(summary.lastMail->createdAt)},
                               {QStringLiteral("sent_at"), instant(summary.lastMail->sentAt)},
                               {QStringLiteral("attempts"), summary.lastMail->attempts},
                               {QStringLiteral("error"), summary.lastMail->lastError},
                               {QStringLiteral("delivery_paused"), !summary.mailPausedReason.isEmpty()},
                               {QStringLiteral("pause_reason"), summary.mailPausedReason}};
    }
    QJsonArray calls;
    for (const CallRecord& call : summary.earlierCalls) {
        calls.append(QJsonObject{{QStringLiteral("call_id"), call.id},
                                 {QStringLiteral("started_at"), instant(call.startedAt)},
                                 {QStringLiteral("reason"), call.reason},
                                 {QStringLiteral("outcome"), call.outcome},
                                 {QStringLiteral("agent"), call.agentLogin}});
    }
    return QJsonObject{
        {QStringLiteral("person_id"), summary.personId},
        {QStringLiteral("nir"), summary.verified ? summary.nir.formatted() : QString()},
        {QStringLiteral("verified"), summary.verified},
        {QStringLiteral("last_name"), summary.displayLastName},
        {QStringLiteral("first_names"), summary.displayFirstNames},
        {QStringLiteral("certified"), summary.certified},
        {QStringLiteral("provisional"), summary.provisionalNir},
        {QStringLiteral("status"), Account::stateName(summary.state)},
        {QStringLiteral("account_id"), summary.accountId},
        {QStringLiteral("email"), summary.displayEmail},
        {QStringLiteral("email_change_pending"), summary.emailChangePending},
        {QStringLiteral("failed_attempts"), summary.failedAttempts},
        {QStringLiteral("locked_at"), instant(summary.lockedAt)},
        {QStringLiteral("last_failed_at"), instant(summary.lastFailedAt)},
        {QStringLiteral("temporary_password"), temporary},
        {QStringLiteral("last_mail"), lastMail},
        {QStringLiteral("earlier_calls"), calls},
    };
}

int refused(const Error& error)
{
    // One sentence in the interface's language; who changed the account, or what is wrong with
    // the input, is in the context's fields (changed_by, problem…) for scripts.
    return CtlOutput::refused(error);
}

} // namespace

CtlDeskCommands::CtlDeskCommands(QCommandLineParser& parser, Database& database)
    : m_parser(parser), m_database(database)
{ }

bool CtlDeskCommands::signIn(int* exitCode)
{
    if (!m_parser.isSet(optAgent)) {
        *exitCode = CtlOutput::usage(tr("desk commands need --agent LOGIN."));
        return false;
    }
    QString password = CtlSignIn::agentPassword(m_parser);
    AgentAuthService auth(m_database);
    const Result<AgentSession> session
        = auth.signIn(m_parser.value(optAgent), password, AgentAuthService::workstationName());
    password.fill(QLatin1Char('\0'));
    if (!session) {
        *exitCode = refused(session.error());
        return false;
    }
    m_session = session.value();
    return true;
}

bool CtlDeskCommands::readCallId(qint64* callId, int* exitCode)
{
    bool ok = false;
    *callId = m_parser.value(optCall).toLongLong(&ok);
    if (!m_parser.isSet(optCall) || !ok || *callId <= 0) {
        *exitCode = CtlOutput::usage(tr("This command needs --call ID."));
        return false;
    }
    return true;
}

int CtlDeskCommands::run(const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    static const QStringList known{
        QStringLiteral("call-start"),  QStringLiteral("lookup"),           QStringLiteral("verify"),
        QStringLiteral("call-end"),    QStringLiteral("unlock"),           QStringLiteral("reissue"),
        QStringLiteral("email"),       QStringLiteral("email-confirm"),    QStringLiteral("certify"),
        QStringLiteral("unlock-bulk"), QStringLiteral("approval-request"), QStringLiteral("approvals"),
        QStringLiteral("approve")};
    if (!known.contains(sub))
        return CtlOutput::unknownCommand(QStringList{QStringLiteral("desk")} + arguments);
    const bool takesArgument = sub == QLatin1String("lookup") || sub == QLatin1String("email")
        || sub == QLatin1String("email-confirm") || sub == QLatin1String("approve");
    if (rest.size() != (takesArgument ? 1 : 0))
        return CtlOutput::usage(tr("Wrong number of arguments for desk %1.").arg(sub));

    int exitCode = 0;
    if (!signIn(&exitCode))
        return exitCode;
    if (sub == QLatin1String("call-start"))
        return callStart();
    if (sub == QLatin1String("lookup"))
        return lookup(rest);
    if (sub == QLatin1String("verify"))
        return verify();
    if (sub == QLatin1String("call-end"))
        return callEnd();
    if (sub == QLatin1String("unlock"))
        return unlock();
    if (sub == QLatin1String("reissue"))
        return reissue();
    if (sub == QLatin1String("email"))
        return email(rest);
    if (sub == QLatin1String("email-confirm"))
        return emailConfirm(rest);
    if (sub == QLatin1String("certify"))
        return certify();
    if (sub == QLatin1String("approval-request"))
        return approvalRequest();
    if (sub == QLatin1String("approvals"))
        return approvals();
    if (sub == QLatin1String("approve"))
        return approve(rest);
    return unlockBulk();
}

int CtlDeskCommands::callStart()
{
    const QString reason = m_parser.isSet(optReason) ? m_parser.value(optReason) : QStringLiteral("other");
    const Result<qint64> id = CallService(m_database).startCall(m_session, reason);
    if (!id)
        return refused(id.error());
    return CtlOutput::success({{QStringLiteral("call_id"), id.value()}});
}

int CtlDeskCommands::lookup(const QStringList& arguments)
{
    qint64 callId = 0;
    int exitCode = 0;
    if (!readCallId(&callId, &exitCode))
        return exitCode;
    Nir::Error nirError = Nir::Error::None;
    const Nir nir = Nir::parse(arguments.first(), &nirError);
    if (nir.isNull())
        return CtlOutput::refused(QStringLiteral("invalid_nir"), ErrorText::nir(nirError),
                                  {{QStringLiteral("reason"), Nir::errorCode(nirError)}});
    const Result<AccountSummary> summary = CallService(m_database).lookup(m_session, callId, nir);
    if (!summary)
        return refused(summary.error());
    return CtlOutput::success(describe(summary.value()));
}

int CtlDeskCommands::verify()
{
    qint64 callId = 0;
    int exitCode = 0;
    if (!readCallId(&callId, &exitCode))
        return exitCode;
    for (const char* name : {"last-name", "first-names", "birth-date", "birth-place"}) {
        if (!m_parser.isSet(QString::fromLatin1(name)))
            return CtlOutput::usage(tr("The option --%1 is required.").arg(QString::fromLatin1(name)));
    }
    // The desk's rule (CivilStatus::readDate): a date that reads two ways is refused, not counted.
    const CivilStatus::TypedDate date = CivilStatus::readDate(m_parser.value(QStringLiteral("birth-date")));
    CivilStatus answers{m_parser.value(QStringLiteral("last-name")), m_parser.value(QStringLiteral("first-names")),
                        date.date, m_parser.value(QStringLiteral("birth-place"))};
    if (date.problem != CivilStatus::Problem::None)
        return CtlOutput::refused(CivilStatus::problemCode(date.problem), ErrorText::civilStatus(date.problem));
    const Result<CallService::Verification> result = CallService(m_database).verify(m_session, callId, answers);
    if (!result)
        return refused(result.error());
    return CtlOutput::success({{QStringLiteral("verified"), result->verified},
                               {QStringLiteral("remaining_attempts"), result->remainingAttempts}});
}

int CtlDeskCommands::callEnd()
{
    qint64 callId = 0;
    int exitCode = 0;
    if (!readCallId(&callId, &exitCode))
        return exitCode;
    if (!m_parser.isSet(optOutcome))
        return CtlOutput::usage(tr("call-end needs --outcome CODE."));
    const Error error
        = CallService(m_database).endCall(m_session, callId, m_parser.value(optOutcome), m_parser.value(optNote));
    if (error)
        return refused(error);
    return CtlOutput::success({{QStringLiteral("call_id"), callId}, {QStringLiteral("ended"), true}});
}

int CtlDeskCommands::unlock()
{
    qint64 callId = 0;
    int exitCode = 0;
    if (!readCallId(&callId, &exitCode))
        return exitCode;
    if (!m_parser.isSet(optReason))
        return CtlOutput::usage(tr("unlock needs --reason TEXT."));
    const Result<ActionAnswer> answer
        = HelpdeskService(m_database).unlock(m_session, callId, m_parser.value(optReason), m_parser.value(optKey));
    return answer ? CtlOutput::success(describe(answer.value())) : refused(answer.error());
}

int CtlDeskCommands::reissue()
{
    qint64 callId = 0;
    int exitCode = 0;
    if (!readCallId(&callId, &exitCode))
        return exitCode;
    if (!m_parser.isSet(optReason))
        return CtlOutput::usage(tr("reissue needs --reason TEXT."));
    const Result<ActionAnswer> answer
        = HelpdeskService(m_database).reissue(m_session, callId, m_parser.value(optReason), m_parser.value(optKey));
    return answer ? CtlOutput::success(describe(answer.value())) : refused(answer.error());
}

int CtlDeskCommands::email(const QStringList& arguments)
{
    qint64 callId = 0;
    int exitCode = 0;
    if (!readCallId(&callId, &exitCode))
        return exitCode;
    const Result<ActionAnswer> answer
        = HelpdeskService(m_database).changeEmail(m_session, callId, arguments.first(), m_parser.value(optKey));
    return answer ? CtlOutput::success(describe(answer.value())) : refused(answer.error());
}

int CtlDeskCommands::emailConfirm(const QStringList& arguments)
{
    qint64 callId = 0;
    int exitCode = 0;
    if (!readCallId(&callId, &exitCode))
        return exitCode;
    const Result<ActionAnswer> answer
        = HelpdeskService(m_database).confirmEmail(m_session, callId, arguments.first(), m_parser.value(optKey));
    return answer ? CtlOutput::success(describe(answer.value())) : refused(answer.error());
}

int CtlDeskCommands::certify()
{
    qint64 callId = 0;
    int exitCode = 0;
    if (!readCallId(&callId, &exitCode))
        return exitCode;
    // --reason is optional here (scripts written before the desk asked for one keep working).
    const Result<ActionAnswer> answer = CertificationService(m_database)
                                            .certify(m_session, callId, m_parser.value(optKey),
                                                     QDateTime::currentDateTimeUtc(), m_parser.value(optReason));
    return answer ? CtlOutput::success(describe(answer.value())) : refused(answer.error());
}

int CtlDeskCommands::unlockBulk()
{
    if (!m_parser.isSet(optFile) || !m_parser.isSet(optReason))
        return CtlOutput::usage(tr("unlock-bulk needs --file CSV and --reason TEXT."));
    QFile file(m_parser.value(optFile));
    if (!file.open(QIODevice::ReadOnly))
        return CtlOutput::refused(QStringLiteral("cannot_read_file"), tr("The file cannot be read."));
    const QStringList nirs = BulkUnlockCsv::nirs(file.readAll());
    const Result<HelpdeskService::BulkSummary> summary
        = HelpdeskService(m_database).unlockBulk(m_session, nirs, m_parser.value(optReason));
    if (!summary)
        return refused(summary.error());
    return CtlOutput::success({{QStringLiteral("unlocked"), summary->unlocked},
                               {QStringLiteral("not_locked"), summary->notLocked},
                               {QStringLiteral("not_found"), summary->notFound},
                               {QStringLiteral("invalid"), summary->invalid},
                               {QStringLiteral("failed"), summary->failed}});
}

int CtlDeskCommands::approvalRequest()
{
    qint64 callId = 0;
    int exitCode = 0;
    if (!readCallId(&callId, &exitCode))
        return exitCode;
    const Result<ReissueApprovalService::Approval> approval
        = ReissueApprovalService(m_database).request(m_session, callId, m_parser.value(optReason));
    return approval ? CtlOutput::success(describe(approval.value())) : refused(approval.error());
}

int CtlDeskCommands::approvals()
{
    const Result<QList<ReissueApprovalService::Approval>> pending
        = ReissueApprovalService(m_database).pending(m_session);
    if (!pending)
        return refused(pending.error());
    QJsonArray list;
    for (const ReissueApprovalService::Approval& approval : pending.value())
        list.append(describe(approval));
    return CtlOutput::success({{QStringLiteral("approvals"), list}});
}

int CtlDeskCommands::approve(const QStringList& arguments)
{
    bool ok = false;
    const qint64 requestId = arguments.first().toLongLong(&ok);
    if (!ok || requestId <= 0)
        return CtlOutput::usage(tr("desk approve takes the request's number."));
    const Result<ReissueApprovalService::Approval> approval
        = ReissueApprovalService(m_database).approve(m_session, requestId);
    return approval ? CtlOutput::success(describe(approval.value())) : refused(approval.error());
}
