#pragma once

#include "CtlCommandTable.h"

#include <QList>
#include <QString>

// guichetctl's help texts, generated from CtlCommandTable so that they cannot go stale: two
// columns, the descriptions wrapped at 100 characters. Their words keep the CtlCommandTable
// translation context.
class CtlHelpText
{
public:
    using Command = CtlCommandTable::Command;

    // guichetctl --help: the commands and the global options.
    static QString overview();
    // guichetctl COMMAND --help: its usage, its options, the global options.
    static QString command(const Command& command);
    // guichetctl GROUP --help (e.g. desk): the group's commands.
    static QString group(const QList<const Command*>& commands);
};
