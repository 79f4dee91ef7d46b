#include "core/ActorName.h"

bool ActorName::isSystem(const QString& login, const QString& role)
{
    return role == systemRole() || login == mailServiceLogin() || login == portalLogin();
}

QString ActorName::display(const QString& login, const QString& role)
{
    if (login == mailServiceLogin() && (role.isEmpty() || role == systemRole()))
        return tr("the mail service");
    if (login == portalLogin() && (role.isEmpty() || role == systemRole()))
        return tr("the portal");
    if (login.isEmpty())
        return tr("the system");
    return login;
}
