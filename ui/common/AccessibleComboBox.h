#pragma once

#include <QAccessibleWidget>

class QComboBox;

// What a screen reader learns about a QComboBox. Qt 6.4's own interface names a combo box by its
// current text on Linux ("Any agent"), whatever its accessible name: this one names it by its
// accessible name, or else by its buddy label ("Unlocked by"), and gives the current text as its
// value. Its child is the list that pops up (and the line edit of an editable combo box).
class AccessibleComboBox : public QAccessibleWidget
{
public:
    explicit AccessibleComboBox(QWidget* widget);

    // Installs the factory once (further calls do nothing). Before the first combo box is asked for.
    static void install();
    static QAccessibleInterface* factory(const QString& className, QObject* object);

    QString text(QAccessible::Text t) const override;
    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QStringList actionNames() const override;
    void doAction(const QString& actionName) override;

private:
    QComboBox* comboBox() const;
    QList<QObject*> children() const;
};
