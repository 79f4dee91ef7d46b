#include "common/MessageBox.h"

#include <QMetaObject>
#include <QPushButton>

namespace {

QMessageBox::StandardButton nextAnswer = QMessageBox::NoButton;

} // namespace

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}

void MessageBox::question(QWidget* parent, const QString& objectName, const QString& text,
                          const QString& informativeText, QMessageBox::StandardButtons buttons,
                          QMessageBox::StandardButton defaultButton, QObject* context, Done done)
{
    if (nextAnswer != QMessageBox::NoButton) {
        const QMessageBox::StandardButton answer = std::exchange(nextAnswer, QMessageBox::NoButton);
        QMetaObject::invokeMethod(
            context, [done, answer] { done(answer); }, Qt::QueuedConnection);
        return;
    }
    auto* box
        = new QMessageBox(QMessageBox::Question, parent ? parent->windowTitle() : QString(), text, buttons, parent);
    box->setObjectName(objectName);
    box->setInformativeText(informativeText);
    box->setDefaultButton(defaultButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QObject::connect(box, &QMessageBox::finished, context,
                     [box, done] { done(box->standardButton(box->clickedButton())); });
    box->open();
}
