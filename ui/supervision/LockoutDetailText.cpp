#include "supervision/LockoutDetailText.h"

#include "desk/CallCatalog.h"
#include "supervision/LockoutHistoryPanel.h"

#include <QLocale>
#include <QStringList>

namespace {

QString when(const QDateTime& instant)
{
    return QLocale().toString(instant.toLocalTime(), QLocale::ShortFormat);
}

QString attemptKind(const QString& kind)
{
    if (kind == QLatin1String("password"))
        return LockoutHistoryPanel::tr("password");
    if (kind == QLatin1String("temporary"))
        return LockoutHistoryPanel::tr("temporary password");
    if (kind == QLatin1String("secret_answer"))
        return LockoutHistoryPanel::tr("secret answer");
    return kind;
}

QString attemptOutcome(const QString& outcome)
{
    if (outcome == QLatin1String("wrong_password"))
        return LockoutHistoryPanel::tr("wrong password");
    if (outcome == QLatin1String("wrong_answer"))
        return LockoutHistoryPanel::tr("wrong answer");
    if (outcome == QLatin1String("locked"))
        return LockoutHistoryPanel::tr("refused: the account was locked");
    if (outcome == QLatin1String("temporary_expired"))
        return LockoutHistoryPanel::tr("temporary password expired");
    return outcome;
}

QString line(const QString& title, const QString& value)
{
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>")
        .arg(title.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

QString LockoutDetailText::html(const LockoutHistory::Detail& detail)
{
    const LockoutHistoryRow& event = detail.event;
    QString html = QStringLiteral("<table cellspacing=\"4\">");
    html += line(LockoutHistoryPanel::tr("Account (NIR)"), event.maskedNir);
    html += line(LockoutHistoryPanel::tr("Locked at"), when(event.lockedAt));
    html += line(LockoutHistoryPanel::tr("Failed attempts"), QString::number(event.failedAttempts));
    if (!event.unlockedAt.isValid()) {
        html += line(LockoutHistoryPanel::tr("State"), LockoutHistoryPanel::tr("Still locked"));
    } else {
        html += line(LockoutHistoryPanel::tr("State"), LockoutHistoryPanel::tr("Unlocked"));
        html += line(LockoutHistoryPanel::tr("Unlocked at"), when(event.unlockedAt));
        //: Who unlocked: %1 is the agent's name, %2 their login.
        html += line(LockoutHistoryPanel::tr("Unlocked by"),
                     LockoutHistoryPanel::tr("%1 (%2)").arg(event.unlockedByName, event.unlockedByLogin));
        html += line(LockoutHistoryPanel::tr("How"),
                     detail.unlockAction == QLatin1String("unlock_bulk")
                         ? LockoutHistoryPanel::tr("bulk unlock (supervisor)")
                         : LockoutHistoryPanel::tr("unlock at the desk"));
        if (!detail.unlockWorkstation.isEmpty())
            html += line(LockoutHistoryPanel::tr("Workstation"), detail.unlockWorkstation);
        html += line(LockoutHistoryPanel::tr("Reason given"), event.unlockReason);
    }
    if (detail.call) {
        const LockoutHistory::CallInfo& call = *detail.call;
        //: The call of the unlock: %1 its number, %2 when it started, %3 the agent's login.
        html += line(
            LockoutHistoryPanel::tr("Call"),
            LockoutHistoryPanel::tr("No. %1, %2, taken by %3").arg(call.id).arg(when(call.startedAt), call.agentLogin));
        html += line(LockoutHistoryPanel::tr("Call reason"), CallCatalog::reasonLabel(call.reason));
        html += line(LockoutHistoryPanel::tr("Call outcome"),
                     call.outcome.isEmpty() ? LockoutHistoryPanel::tr("not ended")
                                            : CallCatalog::outcomeLabel(call.outcome));
    }
    html += QStringLiteral("</table><p><b>%1</b></p>")
                .arg(LockoutHistoryPanel::tr("Failed attempts that led to the lockout").toHtmlEscaped());
    if (detail.failedAttempts.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(LockoutHistoryPanel::tr("None recorded.").toHtmlEscaped());
    QStringList attempts;
    for (const LockoutHistory::Attempt& attempt : detail.failedAttempts)
        attempts << QStringLiteral("<li>%1 — %2 (%3)</li>")
                        .arg(when(attempt.at).toHtmlEscaped(), attemptKind(attempt.kind).toHtmlEscaped(),
                             attemptOutcome(attempt.outcome).toHtmlEscaped());
    if (!attempts.isEmpty())
        html += QStringLiteral("<ul>%1</ul>").arg(attempts.join(QString()));
    return html;
}
