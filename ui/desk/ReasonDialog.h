#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// A small non-blocking dialog that asks for one line before an operation: the reason for an
// unlock or a reissue, or the caller's new e-mail address. Opened with open(); text() on accepted().
// OK stays disabled until the line is acceptable.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    // check returns why the text is not acceptable yet, or an empty string.
    ReasonDialog(const QString& title, const QString& prompt, const QString& fieldName, const QString& okText,
                 std::function<QString(const QString&)> check, QWidget* parent = nullptr);
    ~ReasonDialog() override;
    Q_DISABLE_COPY_MOVE(ReasonDialog)

    QString text() const;
    // The longest text the field takes (TextLimits::Reason unless told).
    void setMaxLength(int length);
    int maxLength() const;
    // What the operation will look at, shown under the prompt (plain text; empty hides it).
    void setDetails(const QString& details);

public Q_SLOTS:
    void accept() override;

private Q_SLOTS:
    void updateState();

private:
    // An open dialog grows to its wrapped labels' height for its width when a label appears
    // (a top-level window's minimum size ignores height-for-width: the prompt's last line was cut).
    void fitHeight();

    std::function<QString(const QString&)> m_check;
    QLineEdit* m_lineEdit;
    QLabel* m_detailsLabel;
    QLabel* m_problemLabel;
    QDialogButtonBox* m_buttons;
};
