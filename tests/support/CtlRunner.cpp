#include "support/CtlRunner.h"

#include <QJsonDocument>

CtlRunner::CtlRunner(const QString& databaseUrl)
    : m_databaseUrl(databaseUrl), m_environment(QProcessEnvironment::systemEnvironment())
{
    m_environment.remove(QStringLiteral("GUICHET_DATABASE"));
    m_environment.remove(QStringLiteral("GUICHET_AGENT_PASSWORD"));
    m_environment.remove(QStringLiteral("GUICHET_PASSWORD"));
}

QStringList CtlRunner::fullArguments(const QStringList& arguments) const
{
    QStringList all{QStringLiteral("--lang"), m_language};
    if (!m_databaseUrl.isEmpty())
        all << QStringLiteral("--database") << m_databaseUrl;
    return all + arguments;
}

QProcess* CtlRunner::start(const QStringList& arguments) const
{
    auto* process = new QProcess;
    process->setProcessEnvironment(m_environment);
    process->start(QStringLiteral(GUICHETCTL_PATH), fullArguments(arguments));
    process->closeWriteChannel();
    return process;
}

CtlRunner::Run CtlRunner::finish(QProcess* process)
{
    Run run;
    if (process->waitForFinished(180000)) {
        run.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -2;
        run.stdoutText = process->readAllStandardOutput();
        run.stderrText = process->readAllStandardError();
        run.json = QJsonDocument::fromJson(run.stdoutText).object();
    }
    delete process;
    return run;
}

CtlRunner::Run CtlRunner::run(const QStringList& arguments, const QByteArray& standardInput) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(QStringLiteral(GUICHETCTL_PATH), fullArguments(arguments));
    if (!standardInput.isEmpty())
        process.write(standardInput);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(180000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.stdoutText = process.readAllStandardOutput();
    run.stderrText = process.readAllStandardError();
    run.json = QJsonDocument::fromJson(run.stdoutText).object();
    return run;
}
