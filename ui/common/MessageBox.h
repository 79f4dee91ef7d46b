#pragma once

#include <QMessageBox>

#include <functional>

class QObject;
class QWidget;

// Questions that never run a nested event loop, with a test seam (as KeePassXC's
// MessageBox::setNextAnswer): question() opens a window-modal QMessageBox with open() and calls
// done with the button chosen; when a test set the next answer, the box is not shown and done gets
// that answer, queued on context.
class MessageBox
{
public:
    using Done = std::function<void(QMessageBox::StandardButton)>;

    static void question(QWidget* parent, const QString& objectName, const QString& text,
                         const QString& informativeText, QMessageBox::StandardButtons buttons,
                         QMessageBox::StandardButton defaultButton, QObject* context, Done done);
    // For tests: the answer the next question() gets without showing anything.
    static void setNextAnswer(QMessageBox::StandardButton answer);
};
