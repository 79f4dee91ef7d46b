#include "common/AccessibleNames.h"

#include "common/AccessibleComboBox.h"

#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QString>

QString AccessibleNames::fromLabelText(const QString& labelText)
{
    QString name;
    name.reserve(labelText.size());
    for (qsizetype i = 0; i < labelText.size(); ++i) {
        const QChar c = labelText.at(i);
        if (c == QLatin1Char('&')) {
            if (i + 1 < labelText.size() && labelText.at(i + 1) == QLatin1Char('&'))
                name += c; // "&&" is a literal ampersand
            ++i;
            if (i < labelText.size() && labelText.at(i) != QLatin1Char('&'))
                name += labelText.at(i);
            continue;
        }
        name += c;
    }
    name = name.trimmed();
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    // French puts a (no-break) space before the colon.
    while (!name.isEmpty() && name.back().isSpace())
        name.chop(1);
    return name;
}

void AccessibleNames::nameComboBoxesFromLabels(QWidget* root)
{
    AccessibleComboBox::install();
    const QList<QLabel*> labels = root->findChildren<QLabel*>();
    for (QLabel* label : labels) {
        auto* combo = qobject_cast<QComboBox*>(label->buddy());
        if (combo && combo->accessibleName().isEmpty())
            combo->setAccessibleName(fromLabelText(label->text()));
    }
    // An interface Qt made before the factory was installed (a combo box's first change of value
    // makes one) would keep naming the combo box by its value: it goes, and the next one is ours.
    const QList<QComboBox*> combos = root->findChildren<QComboBox*>();
    for (QComboBox* combo : combos) {
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(combo);
        if (iface && !dynamic_cast<AccessibleComboBox*>(iface))
            QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(iface));
    }
}
