// guichetctl: the command-line side of Guichet, for scripts, bulk work and deployment.
#include "AppContext.h"
#include "CtlAdminCommands.h"
#include "CtlCommands.h"
#include "CtlDeskCommands.h"
#include "CtlMailerCommands.h"
#include "CtlOutput.h"
#include "CtlPortalCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    AppContext::setApplicationInfo(); // the same identity as the desk, so the same default database

    // The language is needed before the options are described, so --lang is read ahead.
    QString language;
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            language = arguments.at(i).mid(7);
    }
    AppContext::installTranslators(app, AppContext::chooseLanguage(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("guichetctl", "Guichet command-line tool"));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    CtlCommands::addOptions(parser);
    CtlPortalCommands::addOptions(parser);
    CtlMailerCommands::addOptions(parser);
    CtlDeskCommands::addOptions(parser);
    CtlAdminCommands::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("init | nir check | identity add | register add | seed-demo"));

    if (!parser.parse(arguments))
        return CtlOutput::usage(parser.errorText(), parser.helpText() + CtlCommands::commandSummary());
    if (parser.isSet(helpOption)) {
        std::fputs(qPrintable(parser.helpText() + CtlCommands::commandSummary()), stdout);
        return CtlOutput::Success;
    }
    if (parser.isSet(versionOption)) {
        CtlOutput::print(QJsonObject{{QStringLiteral("version"), QCoreApplication::applicationVersion()}});
        return CtlOutput::Success;
    }

    CtlCommands commands(parser);
    return commands.run(parser.positionalArguments());
}
