#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

class Error;

// guichetctl's contract: one JSON object on stdout per command; exit 0 on success, 1 when the
// request is refused or invalid ({"error": CODE, "message": TEXT}), 2 on a usage error.
class CtlOutput
{
public:
    enum ExitCode { Success = 0, Refused = 1, Usage = 2 };

    static int success(const QJsonObject& object);
    static int refused(const QString& code, const QString& message, QJsonObject extra = {});
    // A model's refusal: its code, the message (ErrorText's when empty), its context, and for a
    // database failure the server's own first line as "detail".
    static int refused(const Error& error, const QString& message = {});
    // Adds the error's context and, for a database failure, "detail" to extra.
    static void addErrorFacts(const Error& error, QJsonObject& extra);
    // Prints the JSON error ({"error": "usage", "message": …, and extra's fields}) and the usage
    // text (on stderr).
    static int usage(const QString& message, const QString& helpText = {}, QJsonObject extra = {});
    // A command line that names no command of CtlCommandTable: a usage error with
    // "unknown_command" (the words given) and the command list on stderr.
    static int unknownCommand(const QStringList& words);
    static void print(const QJsonObject& object);
};
