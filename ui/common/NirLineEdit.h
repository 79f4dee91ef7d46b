#pragma once

#include "identity/Nir.h"

#include <QLineEdit>

// A line edit for a social-security number as a person types or pastes it: spaces (any Unicode
// space), dots and lower-case 2a/2b are accepted; validation is Nir::parse. Every change of the
// text is parsed and announced with nirChanged(), so that a window can say precisely what is
// wrong while the agent types.
class NirLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    // 15 characters with a separator between every part fit in 21; the slack is for pasted text
    // that uses two separators (". ") or non-breaking spaces.
    static constexpr int MaximumInputLength = 30;

    explicit NirLineEdit(QWidget* parent = nullptr);
    ~NirLineEdit() override;
    Q_DISABLE_COPY_MOVE(NirLineEdit)

    // The parsed number, null while the text is not a valid NIR.
    Nir nir() const { return m_nir; }
    // Why the text is not a valid NIR (None when it is, Empty when nothing is typed).
    Nir::Error error() const { return m_error; }
    // Where the problem is in the text (see Nir::parse), -1 when it concerns the whole text.
    qsizetype errorPosition() const { return m_errorPosition; }
    bool hasValidNir() const { return !m_nir.isNull(); }

Q_SIGNALS:
    // After every change of the text; nir is null unless error is None.
    void nirChanged(const Nir& nir, Nir::Error error);

private:
    void parseText(const QString& text);

    Nir m_nir;
    Nir::Error m_error = Nir::Error::Empty;
    qsizetype m_errorPosition = -1;
};
