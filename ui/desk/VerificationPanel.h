#pragma once

#include <QDate>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class DeskController;
class QLabel;
class QLineEdit;
class QPushButton;

// The identity check: the agent types what the caller answers (last name, first names, birth date,
// birth place) and the model compares it with the record. The panel says pass or fail and how many
// checks remain; it never shows the record's values. After a pass, a countdown shows how long the
// desk may act (15 minutes); after three failures it says that no action is possible in this call.
class VerificationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit VerificationPanel(DeskController& controller, QWidget* parent = nullptr);
    ~VerificationPanel() override;
    Q_DISABLE_COPY_MOVE(VerificationPanel)

public Q_SLOTS:
    void verify();
    void focusFirstField();

private Q_SLOTS:
    void updateState();
    void updateCountdown();
    void onVerificationFinished(bool passed, int remaining, const QString& message);
    void onSummaryChanged();
    void onDateEdited();
    void onScreenLockedChanged(bool locked);

private:
    QString whyNot() const;
    void clearAnswers();

    DeskController& m_controller;
    QLineEdit* m_lastNameLineEdit;
    QLineEdit* m_firstNamesLineEdit;
    QLineEdit* m_birthDateLineEdit;
    QLineEdit* m_birthPlaceLineEdit;
    QPushButton* m_verifyPushButton;
    QLabel* m_problemLabel;
    QLabel* m_resultLabel;
    QLabel* m_countdownLabel;
    QTimer m_tick;
    qint64 m_personId = 0;
    bool m_checking = false;
    QStringList m_answersWhileLocked; // the answers typed when the screen locked
};
