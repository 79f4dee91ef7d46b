#include "CtlHelpText.h"

#include <utility>

namespace {

QString translated(const char* context, const char* text)
{
    return text ? QCoreApplication::translate(context, text) : QString();
}

// Two columns, the second wrapped at 100 characters, as QCommandLineParser does at 79.
constexpr qsizetype LabelWidth = 34;
constexpr qsizetype LineWidth = 100;

// text's words, on lines of at most LineWidth characters; the first line begins with start, the
// others with indent.
QString wrapped(const QString& text, QString line, const QString& indent)
{
    QString result;
    bool lineEmpty = true;
    const QStringList pieces = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : pieces) {
        if (!lineEmpty && line.size() + 1 + word.size() > LineWidth) {
            result += line + QLatin1Char('\n');
            line = indent;
            lineEmpty = true;
        }
        line += (lineEmpty ? QString() : QStringLiteral(" ")) + word;
        lineEmpty = false;
    }
    return result + line + QLatin1Char('\n');
}

QString rows(const QList<std::pair<QString, QString>>& entries)
{
    QString text;
    const QString indent(LabelWidth, QLatin1Char(' '));
    for (const auto& [label, description] : entries) {
        QString line = QStringLiteral("  ") + label;
        if (line.size() + 2 > LabelWidth) {
            text += line + QLatin1Char('\n');
            line = indent;
        } else {
            line = line.leftJustified(LabelWidth);
        }
        text += wrapped(description, line, indent);
    }
    return text;
}

QString optionRows(const QList<CtlCommandTable::Option>& options)
{
    QList<std::pair<QString, QString>> entries;
    for (const CtlCommandTable::Option& option : options)
        entries.append({option.label(), translated(option.context, option.description)});
    return rows(entries);
}

QString usageLine(const QString& what)
{
    return CtlCommandTable::tr("Usage: %1").arg(QStringLiteral("guichetctl ") + what) + QLatin1Char('\n');
}

} // namespace

QString CtlHelpText::overview()
{
    QString text = usageLine(CtlCommandTable::tr("COMMAND [ARGUMENTS] [OPTIONS]"));
    text += QCoreApplication::translate("guichetctl", "Guichet command-line tool") + QLatin1Char('\n');
    text += QLatin1Char('\n') + CtlCommandTable::tr("Commands:") + QLatin1Char('\n');
    QList<std::pair<QString, QString>> entries;
    for (const Command& command : CtlCommandTable::commands())
        entries.append({command.label(), translated("CtlCommandTable", command.description)});
    text += rows(entries);
    text += QLatin1Char('\n') + CtlCommandTable::tr("Options of every command:") + QLatin1Char('\n')
        + optionRows(CtlCommandTable::globalOptions());
    text += QLatin1Char('\n') + CtlCommandTable::tr("The options of a command: guichetctl COMMAND --help.")
        + QLatin1Char('\n');
    return text;
}

QString CtlHelpText::command(const Command& command)
{
    QString text = usageLine(command.label() + QLatin1Char(' ') + CtlCommandTable::tr("[OPTIONS]"));
    text += wrapped(translated("CtlCommandTable", command.description), QString(), QString());
    if (!command.options.isEmpty())
        text += QLatin1Char('\n') + CtlCommandTable::tr("Options:") + QLatin1Char('\n') + optionRows(command.options);
    text += QLatin1Char('\n') + CtlCommandTable::tr("Options of every command:") + QLatin1Char('\n')
        + optionRows(CtlCommandTable::globalOptions());
    return text;
}

QString CtlHelpText::group(const QList<const Command*>& commands)
{
    QString text = usageLine(CtlCommandTable::tr("COMMAND [ARGUMENTS] [OPTIONS]"));
    text += QLatin1Char('\n') + CtlCommandTable::tr("Commands:") + QLatin1Char('\n');
    QList<std::pair<QString, QString>> entries;
    for (const Command* command : commands)
        entries.append({command->label(), translated("CtlCommandTable", command->description)});
    text += rows(entries);
    text += QLatin1Char('\n') + CtlCommandTable::tr("The options of a command: guichetctl COMMAND --help.")
        + QLatin1Char('\n');
    return text;
}
