#include "db/SqliteFileMode.h"

#include "core/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace {

constexpr QFileDevice::Permissions OwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerFolder
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions Others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

bool SqliteFileMode::createFolder(const QString& folder)
{
    // The folders that do not exist yet, deepest first: only those are ours to restrict.
    QStringList missing;
    for (QString current = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
         !QFileInfo::exists(current) && !current.isEmpty();) {
        missing.append(current);
        const QString parent = QFileInfo(current).absolutePath();
        if (parent == current)
            break;
        current = parent;
    }
    if (!QDir().mkpath(folder))
        return false;
    bool ok = true;
    for (const QString& created : std::as_const(missing)) {
#ifdef Q_OS_UNIX
        ok = QFile::setPermissions(created, OwnerFolder) && ok;
#else
        Q_UNUSED(created)
#endif
    }
    return ok;
}

bool SqliteFileMode::createFile(const QString& path)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerFile))
        return true;
    return QFileInfo::exists(path); // another process made it first: tighten() looks at it
}

bool SqliteFileMode::isShared(const QString& path)
{
#ifdef Q_OS_UNIX
    const QFileInfo info(path);
    return info.exists() && (info.permissions() & Others);
#else
    Q_UNUSED(path)
    return false;
#endif
}

void SqliteFileMode::tighten(const QString& path)
{
    for (const QLatin1String suffix :
         {QLatin1String(""), QLatin1String("-wal"), QLatin1String("-shm"), QLatin1String("-journal")}) {
        const QString file = path + suffix;
        if (!isShared(file))
            continue;
        const QString which = suffix.isEmpty() ? QStringLiteral("the database file")
                                               : QStringLiteral("the database's %1 file").arg(suffix);
        if (QFile::setPermissions(file, QFileInfo(file).permissions() & ~Others))
            qCWarning(lcSql).noquote() << which << "was open to other users: now readable by its owner only";
        else
            qCWarning(lcSql).noquote() << which << "is open to other users and could not be restricted";
    }
}
