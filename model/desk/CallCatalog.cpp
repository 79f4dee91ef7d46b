#include "desk/CallCatalog.h"

QStringList CallCatalog::reasons()
{
    return {QStringLiteral("registration"),
            QStringLiteral("wrong_email"),
            QStringLiteral("password_and_secret_forgotten"),
            QStringLiteral("nir_refused"),
            QStringLiteral("password_not_received"),
            QStringLiteral("wrong_password_locked"),
            QStringLiteral("not_identified"),
            QStringLiteral("temporary_expired"),
            QStringLiteral("third_party"),
            QStringLiteral("browser_warning"),
            QStringLiteral("other")};
}

QStringList CallCatalog::outcomes()
{
    return {QStringLiteral("resolved"),
            QStringLiteral("not_resolved"),
            QStringLiteral("caller_not_verified"),
            QStringLiteral("redirected_to_fund"),
            QStringLiteral("third_party_refused"),
            QStringLiteral("call_back"),
            QStringLiteral("interrupted")};
}

QString CallCatalog::proposedOutcome(bool actionSucceeded, bool checkPassed, bool checkFailed)
{
    if (actionSucceeded)
        return QStringLiteral("resolved");
    if (checkFailed && !checkPassed)
        return QStringLiteral("caller_not_verified");
    return QStringLiteral("not_resolved");
}

QString CallCatalog::reasonLabel(const QString& code)
{
    if (code == QLatin1String("registration"))
        return tr("Cannot register");
    if (code == QLatin1String("wrong_email"))
        return tr("Wrong e-mail address given");
    if (code == QLatin1String("password_and_secret_forgotten"))
        return tr("Password and secret answer forgotten");
    if (code == QLatin1String("nir_refused"))
        return tr("Social-security number refused");
    if (code == QLatin1String("password_not_received"))
        return tr("Password not received");
    if (code == QLatin1String("wrong_password_locked"))
        return tr("Wrong password / account locked");
    if (code == QLatin1String("not_identified"))
        return tr("Not identified at registration");
    if (code == QLatin1String("temporary_expired"))
        return tr("Temporary password expired");
    if (code == QLatin1String("third_party"))
        return tr("Calling for someone else");
    if (code == QLatin1String("browser_warning"))
        return tr("Browser security warning");
    if (code == QLatin1String("other"))
        return tr("Other");
    return code;
}

QString CallCatalog::outcomeLabel(const QString& code)
{
    if (code == QLatin1String("resolved"))
        return tr("Resolved");
    if (code == QLatin1String("not_resolved"))
        return tr("Not resolved");
    if (code == QLatin1String("caller_not_verified"))
        return tr("Caller could not be verified");
    if (code == QLatin1String("redirected_to_fund"))
        return tr("Redirected to the pension fund (3960)");
    if (code == QLatin1String("third_party_refused"))
        return tr("Refused: calling for someone else");
    if (code == QLatin1String("call_back"))
        return tr("Caller will call back");
    if (code == QLatin1String("interrupted"))
        return tr("Call interrupted");
    return code;
}
