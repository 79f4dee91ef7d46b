#include "support/LogCapture.h"

#include <QLoggingCategory>
#include <QMutexLocker>

LogCapture::LogCapture()
{
    QLoggingCategory::setFilterRules(QStringLiteral("guichet.model.secrets.debug=true"));
    {
        const QMutexLocker lock(&s_mutex);
        s_lines.clear();
    }
    m_previous = qInstallMessageHandler(&LogCapture::handler);
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(m_previous);
    QLoggingCategory::setFilterRules(QString());
}

QString LogCapture::text()
{
    const QMutexLocker lock(&s_mutex);
    return s_lines.join(u'\n');
}

void LogCapture::handler(QtMsgType, const QMessageLogContext&, const QString& message)
{
    const QMutexLocker lock(&s_mutex);
    s_lines.append(message);
}
