#include "PasswordFile.h"

#include "core/Logging.h"

#include <QFile>
#include <QFileInfo>

std::optional<QString> PasswordFile::read(const QString& path)
{
    if (path.isEmpty())
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray bytes = file.read(MaxBytes + 1);
    if (bytes.size() > MaxBytes)
        return std::nullopt;
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes.isEmpty())
        return std::nullopt;
    if (readableByOthers(path))
        qCWarning(lcMail).noquote() << "the password file" << path
                                    << "may be read by other users: make it readable by its owner only (chmod 600)";
    QString password = QString::fromUtf8(bytes);
    bytes.fill('\0');
    return password;
}

bool PasswordFile::readableByOthers(const QString& path)
{
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    return permissions.testAnyFlags(QFileDevice::ReadGroup | QFileDevice::ReadOther);
}
