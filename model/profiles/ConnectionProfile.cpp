#include "profiles/ConnectionProfile.h"

#include <QRegularExpression>

bool ConnectionProfile::isValidName(const QString& name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[\\p{L}\\p{N}._-](?:[\\p{L}\\p{N} ._-]{0,38}[\\p{L}\\p{N}._-])?$"));
    return pattern.match(name).hasMatch();
}

QString ConnectionProfile::mailDeliveryName(MailDelivery delivery)
{
    return delivery == MailDelivery::SharedService ? QStringLiteral("shared_service") : QStringLiteral("embedded");
}

bool ConnectionProfile::parseMailDelivery(const QString& text, MailDelivery* delivery)
{
    if (text == QLatin1String("embedded"))
        *delivery = MailDelivery::Embedded;
    else if (text == QLatin1String("shared_service"))
        *delivery = MailDelivery::SharedService;
    else
        return false;
    return true;
}

bool ConnectionProfile::readsAllowed() const
{
    if (!reads.isValid())
        return true;
    return database.engine() == DatabaseUrl::Engine::PostgreSql && reads.engine() == DatabaseUrl::Engine::PostgreSql;
}
