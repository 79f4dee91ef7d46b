#include "common/ShortcutPriority.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QKeySequence>
#include <QShortcut>
#include <QWidget>

ShortcutPriority::ShortcutPriority(QWidget* window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("shortcutPriority"));
    qApp->installEventFilter(this);
}

ShortcutPriority::~ShortcutPriority()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

bool ShortcutPriority::isWindowShortcut(const QWidget* window, const QKeyEvent* keys)
{
    const Qt::KeyboardModifiers modifiers
        = keys->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier | Qt::AltModifier | Qt::MetaModifier);
    const int key = keys->key();
    // A bare key or a key with Shift only is text: it always belongs to the field.
    if (key == 0 || key == Qt::Key_unknown || !(modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return false;
    // Shift+Tab arrives as Backtab; a shortcut names it Shift+Tab.
    const QKeySequence pressed(QKeyCombination(modifiers, key == Qt::Key_Backtab ? Qt::Key_Tab : Qt::Key(key)));
    const QList<QAction*> actions = window->findChildren<QAction*>();
    for (const QAction* action : actions) {
        if (!action->isEnabled() || action->shortcutContext() == Qt::WidgetShortcut)
            continue;
        const QList<QKeySequence> shortcuts = action->shortcuts();
        for (const QKeySequence& shortcut : shortcuts) {
            if (shortcut.matches(pressed) == QKeySequence::ExactMatch)
                return true;
        }
    }
    const QList<QShortcut*> others = window->findChildren<QShortcut*>();
    for (const QShortcut* shortcut : others) {
        if (!shortcut->isEnabled() || shortcut->context() == Qt::WidgetShortcut)
            continue;
        const QList<QKeySequence> keySequences = shortcut->keys();
        for (const QKeySequence& sequence : keySequences) {
            if (sequence.matches(pressed) == QKeySequence::ExactMatch)
                return true;
        }
    }
    return false;
}

bool ShortcutPriority::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ShortcutOverride || !m_window || !watched->isWidgetType())
        return false;
    const auto* widget = static_cast<QWidget*>(watched);
    if (widget->window() != m_window)
        return false;
    if (!isWindowShortcut(m_window, static_cast<QKeyEvent*>(event)))
        return false;
    // Not overridden: the shortcut map gets the keys and triggers the action.
    event->ignore();
    return true;
}
