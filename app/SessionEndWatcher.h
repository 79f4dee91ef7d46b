#pragma once

#include <QObject>

// Says when the session ends without the agent: SIGTERM, SIGHUP or SIGINT on Unix (logout,
// shutdown, systemd, kill); a console closed, a logoff or a shutdown on Windows. The desk then ends
// the call in progress as interrupted before it stops (WM_ENDSESSION of a GUI session reaches Qt
// as QGuiApplication::commitDataRequest, wired beside this). The operating system's hooks are
// Platform's (app/Platform.cpp); one watcher per process.
class SessionEndWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SessionEndWatcher(QObject* parent = nullptr);
    ~SessionEndWatcher() override;
    Q_DISABLE_COPY_MOVE(SessionEndWatcher)

    // Whether the operating system's hooks are in place.
    bool isWatching() const { return m_watching; }

Q_SIGNALS:
    // On the UI thread; the program should end the call and quit.
    void sessionEnding();

private:
    bool m_watching = false;
    bool m_owner = false; // the process's watcher
};
