#include "WindowShownReporter.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>
#include <QWindow>

#include <cstdio>

WindowShownReporter::WindowShownReporter(QObject* parent) : QObject(parent)
{
    qApp->installEventFilter(this);
}

bool WindowShownReporter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Expose)
        return false;
    const auto* window = qobject_cast<QWindow*>(watched);
    if (!window || !window->isExposed())
        return false;
    const QWidgetList topLevels = QApplication::topLevelWidgets();
    for (const QWidget* widget : topLevels) {
        if (widget->windowHandle() != window || !widget->isWindow() || widget->windowType() == Qt::Popup
            || widget->windowType() == Qt::ToolTip)
            continue;
        const QString name = QString::fromLatin1(widget->metaObject()->className());
        if (name != m_last) {
            m_last = name;
            std::printf("guichet: window shown: %s\n", qPrintable(name));
            std::fflush(stdout);
        }
        break;
    }
    return false;
}
