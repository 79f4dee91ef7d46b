#include "CtlOutput.h"

#include <QJsonDocument>

#include <cstdio>

void CtlOutput::print(const QJsonObject& object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fflush(stdout);
}

int CtlOutput::success(const QJsonObject& object)
{
    print(object);
    return Success;
}

int CtlOutput::refused(const QString& code, const QString& message, QJsonObject extra)
{
    extra.insert(QStringLiteral("error"), code);
    extra.insert(QStringLiteral("message"), message);
    print(extra);
    return Refused;
}

int CtlOutput::usage(const QString& message, const QString& helpText)
{
    print(QJsonObject{{QStringLiteral("error"), QStringLiteral("usage")}, {QStringLiteral("message"), message}});
    if (!helpText.isEmpty()) {
        const QByteArray text = helpText.toLocal8Bit();
        std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stderr);
    }
    return Usage;
}
