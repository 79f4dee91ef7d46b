#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

// guichetctl's commands and the options each one takes: the single source of truth of the
// command line. main() parses with every option of the table, finds the command, refuses an
// option that is not the command's nor a global one, checks the number of arguments, then
// dispatches (CtlCommands::run); the help texts are generated from here (CtlHelpText), so they cannot go stale.
// Only QtCore: the tests compile it too, to compare the help with the table.
class CtlCommandTable
{
    Q_DECLARE_TR_FUNCTIONS(CtlCommandTable)

public:
    struct Option
    {
        const char* name; // without the leading --
        const char* context; // translation context of description and valueName
        const char* description;
        const char* valueName = nullptr; // nullptr: a flag
        const char* shortName = nullptr; // one letter, for -h and -v

        QString longName() const { return QString::fromLatin1(name); }
        QString label() const; // "--name <value>", "-h, --help"
    };

    struct Command
    {
        QStringList words; // "agent", "add"
        const char* arguments = nullptr; // the positional arguments after the words, e.g. "LOGIN"
        int argumentCount = 0;
        const char* description = nullptr; // CtlCommandTable context
        QList<Option> options; // besides the global ones

        QString name() const { return words.join(QLatin1Char(' ')); }
        QString label() const; // the words and the (translated) arguments
        bool takes(const QString& optionName) const;
    };

    static const QList<Command>& commands();
    // Taken by every command: --database, --profile, --database-password-file, --lang, --help, --version.
    static const QList<Option>& globalOptions();
    static bool isGlobal(const QString& optionName);

    // Declares every option of the table on parser (each name once), for the first parse.
    static void addOptions(QCommandLineParser& parser);
    // The command whose words begin positional, or nullptr.
    static const Command* find(const QStringList& positional);
    // The commands whose words begin with prefix (a group such as "desk"), in the table's order.
    static QList<const Command*> group(const QStringList& prefix);
    // The first option given (parser.optionNames()) that command does not take, or an empty string.
    static QString foreignOption(const Command& command, const QStringList& givenOptionNames);

    // The help texts: CtlHelpText.
};
