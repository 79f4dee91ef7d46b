// guichetctl: the command-line side of Guichet, for scripts, bulk work and deployment.
#include "AppContext.h"
#include "CtlCommandTable.h"
#include "CtlCommands.h"
#include "CtlHelpText.h"
#include "CtlOutput.h"
#include "Platform.h"
#include "core/BuildInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

namespace {

void printHelp(const QString& text)
{
    std::fputs(qPrintable(text), stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    // Windows: the console in UTF-8 both ways, before anything is read or written.
    Platform::useUtf8Console();
    QCoreApplication app(argc, argv);
    AppContext::setApplicationInfo(); // the same identity as the desk, so the same default database

    // The language is needed before any message, so --lang is read ahead.
    QString language;
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            language = arguments.at(i).mid(7);
    }
    AppContext::installTranslators(app, AppContext::chooseLanguage(language));

    // First every option of the table, anywhere on the line; then the command (CtlCommandTable)
    // and the options it takes.
    QCommandLineParser parser;
    CtlCommandTable::addOptions(parser);
    if (!parser.parse(arguments))
        return CtlOutput::usage(parser.errorText(), CtlHelpText::overview());
    const QStringList positional = parser.positionalArguments();
    const CtlCommandTable::Command* command = CtlCommandTable::find(positional);
    const QString given = positional.join(QLatin1Char(' '));
    const QJsonObject unknown{{QStringLiteral("unknown_command"), given}};

    if (parser.isSet(QStringLiteral("help"))) {
        if (positional.isEmpty()) {
            printHelp(CtlHelpText::overview());
            return CtlOutput::Success;
        }
        if (command) {
            printHelp(CtlHelpText::command(*command));
            return CtlOutput::Success;
        }
        const QList<const CtlCommandTable::Command*> group = CtlCommandTable::group(positional);
        if (!group.isEmpty()) {
            printHelp(CtlHelpText::group(group));
            return CtlOutput::Success;
        }
        return CtlOutput::usage(CtlCommands::tr("Unknown command: %1").arg(given), CtlHelpText::overview(), unknown);
    }
    if (parser.isSet(QStringLiteral("version"))) {
        CtlOutput::print(QJsonObject{{QStringLiteral("version"), BuildInfo::version()},
                                     {QStringLiteral("commit"), BuildInfo::commit()}});
        return CtlOutput::Success;
    }
    if (positional.isEmpty())
        return CtlOutput::usage(CtlCommands::tr("No command given."), CtlHelpText::overview());
    if (!command)
        return CtlOutput::usage(CtlCommands::tr("Unknown command: %1").arg(given), CtlHelpText::overview(), unknown);

    const QString foreign = CtlCommandTable::foreignOption(*command, parser.optionNames());
    if (!foreign.isEmpty()) {
        const QString option = (foreign.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + foreign;
        return CtlOutput::usage(
            //: %1 is an option (--from), %2 a command (mailer run).
            CtlCommandTable::tr("The option %1 does not apply to %2.").arg(option, command->name()),
            CtlHelpText::command(*command),
            {{QStringLiteral("option"), option}, {QStringLiteral("command"), command->name()}});
    }
    if (positional.size() != command->words.size() + command->argumentCount) {
        return CtlOutput::usage(
            //: %1 is the command's usage, e.g. "guichetctl agent add LOGIN".
            CtlCommandTable::tr("Wrong number of arguments: %1").arg(QStringLiteral("guichetctl ") + command->label()),
            CtlHelpText::command(*command), {{QStringLiteral("command"), command->name()}});
    }

    CtlCommands commands(parser);
    return commands.run(positional);
}
