#include "desk/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ShortcutsDialog::ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("ShortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(6);
    int row = 0;
    const auto addRow = [this, grid, &row](const QString& keys, const QString& what) {
        auto* keyLabel = new QLabel(keys, this);
        QFont bold = keyLabel->font();
        bold.setBold(true);
        keyLabel->setFont(bold);
        keyLabel->setTextFormat(Qt::PlainText);
        auto* whatLabel = new QLabel(what, this);
        whatLabel->setTextFormat(Qt::PlainText);
        grid->addWidget(keyLabel, row, 0, Qt::AlignRight | Qt::AlignTop);
        grid->addWidget(whatLabel, row, 1);
        ++row;
    };
    for (const QAction* action : actions) {
        if (action->shortcut().isEmpty())
            continue;
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        if (text.endsWith(QStringLiteral("…")))
            text.chop(1);
        addRow(action->shortcut().toString(QKeySequence::NativeText), text);
    }
    //: Keyboard shortcuts: the Enter key.
    addRow(tr("Enter"),
           tr("In the number field: look up. In the identity check: check the answers. In a dialog: "
              "confirm."));
    addRow(tr("Tab / Shift+Tab"), tr("Next / previous field"));
    addRow(tr("Alt + underlined letter"), tr("The button or field with that letter"));
    addRow(tr("Escape"), tr("Close a dialog without doing anything"));

    auto* intro = new QLabel(tr("Everything at the desk can be done from the keyboard."), this);
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(buttons);
}

ShortcutsDialog::~ShortcutsDialog() = default;
