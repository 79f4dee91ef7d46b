#include "common/WindowGeometry.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace WindowGeometry {

QSize fitted(QSize preferred, const QRect& available)
{
    const QSize room = (available.size() - FrameAllowance).expandedTo(QSize(1, 1));
    return preferred.boundedTo(room);
}

QRect clamped(const QRect& frame, const QRect& available)
{
    QRect result(frame.topLeft(), frame.size().boundedTo(available.size()));
    if (result.right() > available.right())
        result.moveRight(available.right());
    if (result.bottom() > available.bottom())
        result.moveBottom(available.bottom());
    if (result.left() < available.left())
        result.moveLeft(available.left());
    if (result.top() < available.top())
        result.moveTop(available.top());
    return result;
}

void restore(QWidget* window, QSize preferred, const QByteArray& saved)
{
    QScreen* screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        window->resize(preferred);
        return;
    }
    const QRect available = screen->availableGeometry();
    const QSize size = fitted(preferred, available);
    window->setGeometry(QRect(QPoint(), size).translated(available.center() - QRect(QPoint(), size).center()));
    if (saved.isEmpty() || !window->restoreGeometry(saved) || window->isMaximized() || window->isFullScreen())
        return;
    // restoreGeometry places the window on the screen it was saved on, if it is still there.
    QScreen* now = window->screen() ? window->screen() : screen;
    const QRect room = now->availableGeometry();
    const QRect frame = window->frameGeometry();
    const QSize margins = frame.size() - window->geometry().size();
    const QRect inside = clamped(frame, room);
    if (inside != frame)
        window->setGeometry(
            QRect(inside.topLeft() + (window->geometry().topLeft() - frame.topLeft()), inside.size() - margins));
}

} // namespace WindowGeometry
