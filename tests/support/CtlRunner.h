#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

// Runs the real guichetctl executable (GUICHETCTL_PATH) and parses its one JSON line.
class CtlRunner
{
public:
    struct Run
    {
        int exitCode = -1;
        QJsonObject json;
        QByteArray stdoutText;
        QByteArray stderrText;
    };

    explicit CtlRunner(const QString& databaseUrl = {});

    void setEnvironment(const QString& name, const QString& value) { m_environment.insert(name, value); }
    void unsetEnvironment(const QString& name) { m_environment.remove(name); }
    void setLanguage(const QString& language) { m_language = language; }

    Run run(const QStringList& arguments, const QByteArray& standardInput = {}) const;
    // Starts without waiting (for races); finish() collects the result.
    QProcess* start(const QStringList& arguments) const;
    static Run finish(QProcess* process);

private:
    QStringList fullArguments(const QStringList& arguments) const;

    QString m_databaseUrl;
    QString m_language = QStringLiteral("en");
    QProcessEnvironment m_environment;
};
