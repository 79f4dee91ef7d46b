#pragma once

#include <QMutex>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// Every message logged while alive (from any thread), with the secrets category at debug level:
// for the tests that check what a log line holds, and what it never holds.
class LogCapture
{
public:
    LogCapture();
    ~LogCapture();
    Q_DISABLE_COPY_MOVE(LogCapture)

    // The messages so far, one a line.
    static QString text();

private:
    static void handler(QtMsgType, const QMessageLogContext&, const QString& message);

    QtMessageHandler m_previous = nullptr;
    static inline QMutex s_mutex;
    static inline QStringList s_lines;
};
