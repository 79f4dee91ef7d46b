#include "common/ApplicationIcon.h"

QList<int> ApplicationIcon::sizes()
{
    return {16, 22, 24, 32, 48, 64, 128, 256};
}

QIcon ApplicationIcon::icon()
{
    QIcon icon;
    const QList<int> all = sizes();
    for (int size : all)
        icon.addFile(QStringLiteral(":/icons/guichet-%1.png").arg(size), QSize(size, size));
    return icon;
}
