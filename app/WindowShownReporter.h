#pragma once

#include <QObject>
#include <QString>

// GUICHET_REPORT_SHOWN: one line on standard output each time another of the application's
// windows is first exposed on the screen, with the window's class ("guichet: window shown:
// SignInDialog", then "guichet: window shown: DeskWindow" once signed in). Exposed, not focused:
// an X server without a window manager (Xvfb) never gives the focus to the second window. Read by
// guichet-bench's cold start (tests/bench), the package's check (resources/scripts/package-deb.sh)
// and the deployment walk-through (resources/scripts/follow-deployment.sh).
class WindowShownReporter : public QObject
{
    Q_OBJECT

public:
    // Watches every window of the running QApplication (an event filter on it).
    explicit WindowShownReporter(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(WindowShownReporter)

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString m_last;
};
