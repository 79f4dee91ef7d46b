#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

// How the call ended: an outcome from CallCatalog and a short note. Opened with open(); the
// caller reads outcome() and note() on accepted().
class EndCallDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EndCallDialog(QWidget* parent = nullptr);
    ~EndCallDialog() override;
    Q_DISABLE_COPY_MOVE(EndCallDialog)

    QString outcome() const; // a CallCatalog outcome code
    QString note() const;
    // Selects a CallCatalog outcome code (the one DeskController proposes).
    void setOutcome(const QString& code);

private:
    QComboBox* m_outcomeComboBox;
    QLineEdit* m_noteLineEdit;
};
