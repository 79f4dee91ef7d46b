#pragma once

class QString;
class QWidget;

// Screen readers name a combo box by its current value unless it has a name of its own: every
// QComboBox under a window takes the text of its buddy label instead ("Unlocked by", not "Anyone").
namespace AccessibleNames {

// A label's text as a name: without the & of its mnemonic and without its closing colon.
QString fromLabelText(const QString& labelText);

// Names each combo box under root that has a buddy label and no accessible name yet, and makes
// sure that screen readers get that name rather than the current value (AccessibleComboBox). Call
// it once the window's widgets exist.
void nameComboBoxesFromLabels(QWidget* root);

} // namespace AccessibleNames
