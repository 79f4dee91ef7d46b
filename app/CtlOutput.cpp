#include "CtlOutput.h"

#include "CtlCommandTable.h"
#include "CtlHelpText.h"
#include "core/Error.h"
#include "text/ErrorText.h"

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

void CtlOutput::addErrorFacts(const Error& error, QJsonObject& extra)
{
    const QVariantMap context = error.context();
    for (auto it = context.cbegin(); it != context.cend(); ++it)
        extra.insert(it.key(), QJsonValue::fromVariant(it.value()));
    if (Error::isDatabaseFailure(error.code()) && !error.detail().isEmpty())
        extra.insert(QStringLiteral("detail"), error.detail());
}

int CtlOutput::refused(const Error& error, const QString& message)
{
    QJsonObject extra;
    addErrorFacts(error, extra);
    return refused(error.codeName(), message.isEmpty() ? ErrorText::error(error) : message, extra);
}

int CtlOutput::unknownCommand(const QStringList& words)
{
    const QString given = words.join(QLatin1Char(' '));
    return usage(QCoreApplication::translate("CtlCommands", "Unknown command: %1").arg(given), CtlHelpText::overview(),
                 {{QStringLiteral("unknown_command"), given}});
}

int CtlOutput::usage(const QString& message, const QString& helpText, QJsonObject extra)
{
    extra.insert(QStringLiteral("error"), QStringLiteral("usage"));
    extra.insert(QStringLiteral("message"), message);
    print(extra);
    if (!helpText.isEmpty()) {
        const QByteArray text = helpText.toLocal8Bit();
        std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stderr);
    }
    return Usage;
}
