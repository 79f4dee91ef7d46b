#include "mail/EmlDirectoryTransport.h"

#include <QDir>
#include <QSaveFile>

EmlDirectoryTransport::EmlDirectoryTransport(QString directory) : m_directory(std::move(directory))
{ }

QString EmlDirectoryTransport::fileNameFor(const QString& messageId)
{
    QString name;
    name.reserve(messageId.size() + 4);
    for (const QChar c : messageId) {
        const bool safe = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_');
        name.append(safe ? c : QLatin1Char('_'));
    }
    // Never a hidden file, never "." or "..".
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name.prepend(QLatin1Char('_'));
    return name + QLatin1String(".eml");
}

Error EmlDirectoryTransport::deliver(const QByteArray& mimeMessage, const QString& recipient, const QString& messageId)
{
    Q_UNUSED(recipient) // the To: header holds it
    if (messageId.isEmpty())
        return Error(ErrorCode::InvalidInput, QStringLiteral("eml: no message id"));
    QDir dir(m_directory);
    if (!dir.mkpath(QStringLiteral(".")))
        return Error(ErrorCode::Busy, QStringLiteral("eml: cannot create the delivery folder"));

    QSaveFile file(dir.filePath(fileNameFor(messageId)));
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Busy, QStringLiteral("eml: cannot open the file: %1").arg(file.errorString()));
    // The message may hold a temporary password: its owner only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(mimeMessage) != mimeMessage.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error(ErrorCode::Busy, QStringLiteral("eml: cannot write the file: %1").arg(reason));
    }
    if (!file.commit())
        return Error(ErrorCode::Busy, QStringLiteral("eml: cannot commit the file: %1").arg(file.errorString()));
    return {};
}
