#include "support/SmtpTestServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>

namespace {

#if defined(Q_OS_WIN)
const QString Python = QStringLiteral("python"); // python.org's installer puts python.exe on PATH
#else
const QString Python = QStringLiteral("/usr/bin/python3");
#endif

} // namespace

SmtpTestServer::SmtpTestServer() : m_port(freePort())
{ }

SmtpTestServer::~SmtpTestServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

quint16 SmtpTestServer::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool SmtpTestServer::start(const QStringList& options)
{
    if (!m_maildir.isValid() || m_port == 0)
        return false;
    m_process.setProgram(Python);
    m_process.setArguments(QStringList{QStringLiteral(SMTP_SERVER_SCRIPT), QStringLiteral("--port"),
                                       QString::number(m_port), QStringLiteral("--maildir"), m_maildir.path()}
                           + options);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    if (!m_process.waitForStarted(ReadyTimeoutMs))
        return false;
    QElapsedTimer timer;
    timer.start();
    QByteArray output;
    while (!output.contains("READY") && timer.elapsed() < ReadyTimeoutMs && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(200);
        output += m_process.readAllStandardOutput();
    }
    return output.contains("READY");
}

QString SmtpTestServer::url(const QString& scheme, const QString& user, const QString& query) const
{
    return scheme + QStringLiteral("://") + (user.isEmpty() ? QString() : user + QLatin1Char('@'))
        + QStringLiteral("127.0.0.1:") + QString::number(m_port) + query;
}

int SmtpTestServer::count() const
{
    return QDir(m_maildir.path()).entryList({QStringLiteral("*.eml")}, QDir::Files).size();
}

int SmtpTestServer::statistic(const QString& name) const
{
    return QJsonDocument::fromJson(read(QStringLiteral("stats.json"))).object().value(name).toInt();
}

QByteArray SmtpTestServer::read(const QString& name) const
{
    QFile file(QDir(m_maildir.path()).filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool SmtpTestTools::required()
{
    return qEnvironmentVariableIsSet("CI") || qEnvironmentVariableIsSet("GUICHET_REQUIRE_POSTGRESQL");
}

bool SmtpTestTools::prepare()
{
    if (!m_dir.isValid()) {
        m_why = QStringLiteral("no temporary folder");
        return false;
    }
    QProcess python;
    python.start(Python, {QStringLiteral("-c"), QStringLiteral("import aiosmtpd")});
    if (!python.waitForFinished(20000) || python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
        m_why = QStringLiteral("aiosmtpd is not available to /usr/bin/python3 (apt-get install python3-aiosmtpd)");
        return false;
    }
    m_cert = m_dir.filePath(QStringLiteral("cert.pem"));
    m_key = m_dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"), QStringLiteral("-keyout"), m_key,
                   QStringLiteral("-out"), m_cert});
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        m_why
            = QStringLiteral("openssl could not make a test certificate: ") + QString::fromLocal8Bit(openssl.readAll());
        return false;
    }
    return true;
}
