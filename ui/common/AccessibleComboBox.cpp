#include "common/AccessibleComboBox.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLineEdit>

AccessibleComboBox::AccessibleComboBox(QWidget* widget) : QAccessibleWidget(widget, QAccessible::ComboBox)
{ }

void AccessibleComboBox::install()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    QAccessible::installFactory(&AccessibleComboBox::factory);
}

QAccessibleInterface* AccessibleComboBox::factory(const QString& className, QObject* object)
{
    if (className == QLatin1String("QComboBox") && qobject_cast<QComboBox*>(object))
        return new AccessibleComboBox(static_cast<QWidget*>(object));
    return nullptr;
}

QComboBox* AccessibleComboBox::comboBox() const
{
    return static_cast<QComboBox*>(widget());
}

QString AccessibleComboBox::text(QAccessible::Text t) const
{
    switch (t) {
    case QAccessible::Name:
        // The accessible name, else the buddy label's text without its &: never the current value.
        return QAccessibleWidget::text(QAccessible::Name);
    case QAccessible::Value:
        return comboBox()->isEditable() && comboBox()->lineEdit() ? comboBox()->lineEdit()->text()
                                                                  : comboBox()->currentText();
    default:
        return QAccessibleWidget::text(t);
    }
}

QList<QObject*> AccessibleComboBox::children() const
{
    QList<QObject*> list;
    list << comboBox()->view();
    if (comboBox()->isEditable() && comboBox()->lineEdit())
        list << comboBox()->lineEdit();
    return list;
}

int AccessibleComboBox::childCount() const
{
    return int(children().size());
}

QAccessibleInterface* AccessibleComboBox::child(int index) const
{
    const QList<QObject*> list = children();
    if (index < 0 || index >= list.size())
        return nullptr;
    return QAccessible::queryAccessibleInterface(list.at(index));
}

int AccessibleComboBox::indexOfChild(const QAccessibleInterface* child) const
{
    if (!child)
        return -1;
    return int(children().indexOf(child->object()));
}

QStringList AccessibleComboBox::actionNames() const
{
    return QStringList{showMenuAction(), pressAction()} + QAccessibleWidget::actionNames();
}

void AccessibleComboBox::doAction(const QString& actionName)
{
    if (actionName == showMenuAction() || actionName == pressAction()) {
        if (comboBox()->view()->isVisible())
            comboBox()->hidePopup();
        else
            comboBox()->showPopup();
        return;
    }
    QAccessibleWidget::doAction(actionName);
}
