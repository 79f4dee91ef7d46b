// Section 6: the desktop's cold start and idle memory. Starts the guichet binary (offscreen) on
// the seeded SQLite database with GUICHET_REPORT_SHOWN set, times the line it prints when its
// first window (the sign-in) takes the focus, then reads its resident memory from
// /proc/<pid>/status after a second idle (Linux only).
#include "Bench.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

namespace Bench {

namespace {

qint64 rssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QJsonObject failed(const QString& why)
{
    return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), why}};
}

} // namespace

QJsonObject desktop(Engine& engine, const Options& options)
{
    if (!QFileInfo(options.guichet).isExecutable())
        return failed(QStringLiteral("no guichet binary at ") + options.guichet);
    const int starts = options.smoke ? 1 : 3;
    std::vector<double> shown;
    std::vector<double> rss;
    for (int i = 0; i < starts; ++i) {
        QTemporaryDir home; // its own settings, nothing from the user's
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("GUICHET_REPORT_SHOWN"), QStringLiteral("1"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        QProcess guichet;
        guichet.setProcessEnvironment(env);
        guichet.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer timer;
        timer.start();
        guichet.start(options.guichet,
                      {QStringLiteral("--database"), engine.url, QStringLiteral("--lang"), QStringLiteral("fr")});
        if (!guichet.waitForStarted(10000))
            return failed(guichet.errorString());
        bool seen = false;
        QByteArray out;
        while (!seen && timer.elapsed() < 30000 && guichet.state() == QProcess::Running) {
            guichet.waitForReadyRead(50);
            out += guichet.readAllStandardOutput();
            seen = out.contains("guichet: window shown");
        }
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (!seen) {
            guichet.kill();
            guichet.waitForFinished(5000);
            return failed(QStringLiteral("guichet showed no window: ")
                          + QString::fromLocal8Bit(guichet.readAllStandardError().left(2000)));
        }
        QThread::msleep(options.smoke ? 200 : 1000); // idle
        rss.push_back(static_cast<double>(rssKiB(guichet.processId())) / 1024.0);
        shown.push_back(ms);
        guichet.terminate();
        if (!guichet.waitForFinished(5000)) {
            guichet.kill();
            guichet.waitForFinished(5000);
        }
    }
    std::sort(shown.begin(), shown.end());
    std::sort(rss.begin(), rss.end());
    QJsonArray each;
    for (double ms : shown)
        each.append(ms);
    return QJsonObject{{QStringLiteral("ok"), true},
                       {QStringLiteral("database"), QStringLiteral("seeded SQLite")},
                       {QStringLiteral("window"), QStringLiteral("the sign-in dialog (the desk's first window)")},
                       {QStringLiteral("starts"), starts},
                       {QStringLiteral("cold_start_ms_median"), shown.at(shown.size() / 2)},
                       {QStringLiteral("cold_start_ms_each"), each},
                       {QStringLiteral("idle_rss_mib"), rss.at(rss.size() / 2)},
                       {QStringLiteral("rss_source"), QStringLiteral("/proc/<pid>/status VmRSS (Linux only)")}};
}

} // namespace Bench
