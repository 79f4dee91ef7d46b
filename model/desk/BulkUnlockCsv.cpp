#include "desk/BulkUnlockCsv.h"

#include <QRegularExpression>

QStringList BulkUnlockCsv::nirs(QByteArrayView bytes)
{
    static const QRegularExpression lineEnd(QStringLiteral("\\r\\n|\\n|\\r"));
    static const QRegularExpression separator(QStringLiteral("[,;\\t]"));
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList nirs;
    const QStringList lines = text.split(lineEnd);
    for (const QString& line : lines) {
        QString first = line.section(separator, 0, 0);
        first.remove(QLatin1Char('"'));
        first = first.trimmed();
        if (first.isEmpty() || first.compare(QLatin1String("nir"), Qt::CaseInsensitive) == 0)
            continue;
        nirs.append(first);
    }
    return nirs;
}
