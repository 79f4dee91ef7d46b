#include "profiles/ConnectionProfileStore.h"

#include <QSettings>

#include <algorithm>

namespace {

const QString Group = QStringLiteral("profiles");
const QString DefaultKey = QStringLiteral("defaultProfile");
const QString DatabaseKey = QStringLiteral("database");
const QString SmtpKey = QStringLiteral("smtp");
const QString SenderKey = QStringLiteral("smtpSender");
const QString ReplyToKey = QStringLiteral("smtpReplyTo");
const QString CaFileKey = QStringLiteral("smtpCaFile");
const QString DeliveryKey = QStringLiteral("mailDelivery");
const QString ReadsKey = QStringLiteral("readsDatabase");

// QSettings keys are case-insensitive on Windows and may not hold '/' or '\\': the profile's name
// is kept as a value under a key of its own.
QString groupFor(const QString& name)
{
    return Group + QLatin1Char('/') + QString::fromLatin1(name.toUtf8().toHex());
}

} // namespace

ConnectionProfileStore::ConnectionProfileStore(QSettings& settings) : m_settings(settings)
{ }

QStringList ConnectionProfileStore::names() const
{
    QStringList result;
    m_settings.beginGroup(Group);
    const QStringList groups = m_settings.childGroups();
    for (const QString& group : groups) {
        const QString name = QString::fromUtf8(QByteArray::fromHex(group.toLatin1()));
        if (ConnectionProfile::isValidName(name))
            result << name;
    }
    m_settings.endGroup();
    std::sort(result.begin(), result.end(),
              [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return result;
}

std::optional<ConnectionProfile> ConnectionProfileStore::load(const QString& name) const
{
    if (!ConnectionProfile::isValidName(name))
        return std::nullopt;
    m_settings.beginGroup(groupFor(name));
    const bool exists = m_settings.contains(DatabaseKey);
    const QString database = m_settings.value(DatabaseKey).toString();
    const QString smtp = m_settings.value(SmtpKey).toString();
    const QString sender = m_settings.value(SenderKey).toString();
    const QString replyTo = m_settings.value(ReplyToKey).toString();
    const QString caFile = m_settings.value(CaFileKey).toString();
    const QString delivery = m_settings.value(DeliveryKey, ConnectionProfile::mailDeliveryName({})).toString();
    const QString reads = m_settings.value(ReadsKey).toString();
    m_settings.endGroup();
    if (!exists)
        return std::nullopt;

    ConnectionProfile profile;
    profile.name = name;
    profile.database = DatabaseUrl::parse(database);
    if (!profile.database.isValid())
        return std::nullopt;
    if (!smtp.isEmpty()) {
        profile.smtp = SmtpSettings::parse(smtp);
        if (!profile.smtp.isValid())
            return std::nullopt;
        profile.smtp.setSender(sender);
        profile.smtp.setReplyTo(replyTo);
        profile.smtp.setTrustedCaFile(caFile);
    }
    if (!ConnectionProfile::parseMailDelivery(delivery, &profile.mailDelivery))
        return std::nullopt;
    if (!reads.isEmpty()) {
        profile.reads = DatabaseUrl::parse(reads);
        if (!profile.reads.isValid() || !profile.readsAllowed())
            return std::nullopt;
    }
    return profile;
}

ConnectionProfileStore::SaveError ConnectionProfileStore::save(const ConnectionProfile& profile)
{
    if (!ConnectionProfile::isValidName(profile.name))
        return SaveError::InvalidName;
    if (!profile.database.isValid())
        return SaveError::InvalidDatabase;
    if (!profile.readsAllowed())
        return SaveError::InvalidReadsDatabase;
    if (!sameNameOtherCase(profile.name).isEmpty())
        return SaveError::NameTaken;
    m_settings.beginGroup(groupFor(profile.name));
    m_settings.remove(QString()); // what an earlier version of the profile held
    m_settings.setValue(DatabaseKey, profile.database.toString()); // toString() never holds a password
    if (profile.smtp.isValid()) {
        m_settings.setValue(SmtpKey, profile.smtp.toString());
        m_settings.setValue(SenderKey, profile.smtp.sender());
        if (!profile.smtp.replyTo().isEmpty())
            m_settings.setValue(ReplyToKey, profile.smtp.replyTo());
        m_settings.setValue(CaFileKey, profile.smtp.trustedCaFile());
    }
    m_settings.setValue(DeliveryKey, ConnectionProfile::mailDeliveryName(profile.mailDelivery));
    if (profile.reads.isValid())
        m_settings.setValue(ReadsKey, profile.reads.toString()); // without its password, as above
    m_settings.endGroup();
    m_settings.sync();
    return m_settings.status() == QSettings::NoError ? SaveError::None : SaveError::NotWritable;
}

QString ConnectionProfileStore::sameNameOtherCase(const QString& name) const
{
    const QStringList existing = names();
    for (const QString& other : existing) {
        if (other != name && other.compare(name, Qt::CaseInsensitive) == 0)
            return other;
    }
    return {};
}

void ConnectionProfileStore::remove(const QString& name)
{
    if (!ConnectionProfile::isValidName(name))
        return;
    m_settings.remove(groupFor(name));
    if (defaultName() == name)
        m_settings.remove(DefaultKey);
    m_settings.sync();
}

QString ConnectionProfileStore::defaultName() const
{
    const QString name = m_settings.value(DefaultKey).toString();
    return names().contains(name) ? name : QString();
}

void ConnectionProfileStore::setDefaultName(const QString& name)
{
    m_settings.setValue(DefaultKey, name);
    m_settings.sync();
}

QString ConnectionProfileStore::saveErrorCode(SaveError error)
{
    switch (error) {
    case SaveError::None:
        return {};
    case SaveError::InvalidName:
        return QStringLiteral("invalid_name");
    case SaveError::InvalidDatabase:
        return QStringLiteral("invalid_database");
    case SaveError::NotWritable:
        return QStringLiteral("not_writable");
    case SaveError::NameTaken:
        return QStringLiteral("name_taken");
    case SaveError::InvalidReadsDatabase:
        return QStringLiteral("invalid_reads_database");
    }
    return {};
}
