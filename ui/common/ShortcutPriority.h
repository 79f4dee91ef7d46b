#pragma once

#include <QObject>
#include <QPointer>

class QKeyEvent;
class QWidget;

// Lets a window's own shortcuts win over the editing bindings of its text fields. Under X11 the
// platform's key scheme gives QLineEdit Ctrl+E (end of line), Ctrl+K, Ctrl+U, Ctrl+H… and the field
// accepts the ShortcutOverride event, so a menu action with the same keys never fires while a
// field has the focus. Installed on the application, this filter refuses that override when the
// keys are the shortcut of an enabled action of the window (or of a QShortcut in it); any other
// binding (Ctrl+A select all, Ctrl+C, Home…) stays the field's. Same behaviour on every platform.
class ShortcutPriority : public QObject
{
    Q_OBJECT

public:
    // Watches the key events of window's widgets; owned by window.
    explicit ShortcutPriority(QWidget* window);
    ~ShortcutPriority() override;
    Q_DISABLE_COPY_MOVE(ShortcutPriority)

    // Whether keys (a ShortcutOverride or KeyPress event) are the shortcut of an enabled action
    // or QShortcut of window.
    static bool isWindowShortcut(const QWidget* window, const QKeyEvent* keys);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<QWidget> m_window;
};
