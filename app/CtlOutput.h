#pragma once

#include <QJsonObject>
#include <QString>

// guichetctl's contract: one JSON object on stdout per command; exit 0 on success, 1 when the
// request is refused or invalid ({"error": CODE, "message": TEXT}), 2 on a usage error.
class CtlOutput
{
public:
    enum ExitCode { Success = 0, Refused = 1, Usage = 2 };

    static int success(const QJsonObject& object);
    static int refused(const QString& code, const QString& message, QJsonObject extra = {});
    // Prints the JSON error and the usage text (on stderr).
    static int usage(const QString& message, const QString& helpText = {});
    static void print(const QJsonObject& object);
};
