#pragma once

#include <QCoreApplication>
#include <QString>

// Who did something, in words for people: an agent's login as it is, the system's own actors
// (the mail service, the portal) by what they are, never by a technical login.
class ActorName
{
    Q_DECLARE_TR_FUNCTIONS(ActorName)

public:
    // The technical logins the model writes for its own steps.
    static QString mailServiceLogin() { return QStringLiteral("mailer"); }
    static QString portalLogin() { return QStringLiteral("portal"); }
    static QString systemRole() { return QStringLiteral("system"); }

    static bool isSystem(const QString& login, const QString& role);
    // "the mail service", "the portal", or the login itself.
    static QString display(const QString& login, const QString& role = {});
};
