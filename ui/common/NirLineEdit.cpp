#include "common/NirLineEdit.h"

NirLineEdit::NirLineEdit(QWidget* parent) : QLineEdit(parent)
{
    setMaxLength(MaximumInputLength);
    // Digits mostly, never remembered by an input method: a NIR is personal data.
    setInputMethodHints(Qt::ImhPreferNumbers | Qt::ImhPreferUppercase | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    //: Placeholder of the social-security number field.
    setPlaceholderText(tr("13 or 15 characters"));
    setAccessibleName(tr("Social-security number"));
    setAccessibleDescription(
        tr("13 characters, or 15 with the key. Spaces and dots are ignored; 2A and 2B are accepted for Corsica."));

    connect(this, &QLineEdit::textChanged, this, &NirLineEdit::parseText);
}

NirLineEdit::~NirLineEdit() = default;

void NirLineEdit::parseText(const QString& text)
{
    Nir::Error error = Nir::Error::None;
    qsizetype position = -1;
    m_nir = Nir::parse(text, &error, &position);
    m_error = error;
    m_errorPosition = position;
    Q_EMIT nirChanged(m_nir, m_error);
}
