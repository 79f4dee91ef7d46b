#include "desk/ActionAnswer.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

// The stored form's keys: those of the answers stored before the answer was typed, so that those
// read back the same.
const QString keyAction = QStringLiteral("action");
const QString keyAccount = QStringLiteral("account_id");
const QString keyVersion = QStringLiteral("version");
const QString keyStatus = QStringLiteral("status");
const QString keyMail = QStringLiteral("mail_id");
const QString keySuperseded = QStringLiteral("superseded_mail");
const QString keyLocked = QStringLiteral("account_locked");
const QString keyNotice = QStringLiteral("notice_mail_id");
const QString keyCertified = QStringLiteral("certified");
const QString keyReference = QStringLiteral("certification_ref");

} // namespace

QString ActionAnswer::toStored() const
{
    QJsonObject stored{{keyAction, AuditActions::code(action)}};
    if (accountId > 0)
        stored.insert(keyAccount, accountId);
    if (version)
        stored.insert(keyVersion, *version);
    if (status)
        stored.insert(keyStatus, Account::statusName(*status));
    if (mailId)
        stored.insert(keyMail, *mailId);
    if (supersededMail)
        stored.insert(keySuperseded, *supersededMail);
    if (accountLocked)
        stored.insert(keyLocked, *accountLocked);
    if (noticeMailId)
        stored.insert(keyNotice, *noticeMailId);
    if (certificationRef) {
        stored.insert(keyCertified, true);
        stored.insert(keyReference, *certificationRef);
    }
    return QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact));
}

std::optional<ActionAnswer> ActionAnswer::fromStored(const QString& stored)
{
    const QJsonDocument document = QJsonDocument::fromJson(stored.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const std::optional<AuditAction> action = AuditActions::fromCode(object.value(keyAction).toString());
    if (!action)
        return std::nullopt;
    ActionAnswer answer;
    answer.action = *action;
    answer.accountId = object.value(keyAccount).toInteger();
    if (object.contains(keyVersion))
        answer.version = object.value(keyVersion).toInt();
    if (object.contains(keyStatus)) {
        Account::Status status = Account::Status::Active;
        if (!Account::parseStatus(object.value(keyStatus).toString(), &status))
            return std::nullopt;
        answer.status = status;
    }
    if (object.contains(keyMail))
        answer.mailId = object.value(keyMail).toInteger();
    if (object.contains(keySuperseded))
        answer.supersededMail = object.value(keySuperseded).toInt();
    if (object.contains(keyLocked))
        answer.accountLocked = object.value(keyLocked).toBool();
    if (object.contains(keyNotice))
        answer.noticeMailId = object.value(keyNotice).toInteger();
    if (object.contains(keyReference))
        answer.certificationRef = object.value(keyReference).toString();
    return answer;
}

bool operator==(const ActionAnswer& a, const ActionAnswer& b)
{
    return a.action == b.action && a.accountId == b.accountId && a.version == b.version && a.replayed == b.replayed
        && a.status == b.status && a.mailId == b.mailId && a.supersededMail == b.supersededMail
        && a.accountLocked == b.accountLocked && a.noticeMailId == b.noticeMailId
        && a.certificationRef == b.certificationRef;
}
