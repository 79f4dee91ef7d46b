#pragma once

#include <QDialog>
#include <QList>

class QAction;

// Help → Keyboard shortcuts: every shortcut of the desk's menus, and the keys that work in the
// fields. Non-modal; open() it.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);
    ~ShortcutsDialog() override;
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)
};
