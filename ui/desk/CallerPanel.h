#pragma once

#include "identity/Nir.h"

#include <QWidget>

class AccountPanel;
class DeskController;
class NirLineEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

// Who is on the line: the social-security number field (checked as the agent types; Enter looks
// the caller up, logged as a consultation), then the answer: the AccountPanel, or why there is
// none ("not found"). Only during a call.
class CallerPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CallerPanel(DeskController& controller, QWidget* parent = nullptr);
    ~CallerPanel() override;
    Q_DISABLE_COPY_MOVE(CallerPanel)

    AccountPanel* accountPanel() const { return m_accountPanel; }
    NirLineEdit* nirLineEdit() const { return m_nirLineEdit; }

public Q_SLOTS:
    void lookUp();
    void focusNirField();

private Q_SLOTS:
    void onNirChanged(const Nir& nir, Nir::Error error);
    void onCallChanged();
    void onLookupStarted();
    void onLookupFinished(const QString& message, const QString& hint);
    void onSummaryChanged();
    void updateBusy();
    void onScreenLockedChanged(bool locked);

private:
    void showEmpty();

    DeskController& m_controller;
    NirLineEdit* m_nirLineEdit;
    QPushButton* m_lookupPushButton;
    QLabel* m_nirStatusLabel;
    QProgressBar* m_busyProgressBar;
    QStackedWidget* m_resultStackedWidget;
    QWidget* m_emptyPage;
    QLabel* m_emptyLabel;
    QWidget* m_messagePage;
    QLabel* m_resultLabel;
    QLabel* m_resultHintLabel;
    AccountPanel* m_accountPanel;
    Nir m_shownNir; // the number whose answer is on screen or on its way
    QString m_nirTextWhileLocked; // what the number field held when the screen locked
};
