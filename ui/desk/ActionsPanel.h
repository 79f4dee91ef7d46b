#pragma once

#include "desk/DeskController.h"
#include "desk/ReasonDialog.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// What the desk can do for the caller: unlock, reissue a temporary password, correct the e-mail
// address (then type the code the caller reads back), certify the number (supervisors only; hidden
// for agents). Each button is enabled only when the action makes sense, with a tooltip saying why
// not; each asks for its reason in a small non-blocking dialog, and its result shows in a message
// strip, never in a blocking box.
class ActionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ActionsPanel(DeskController& controller, QWidget* parent = nullptr);
    ~ActionsPanel() override;
    Q_DISABLE_COPY_MOVE(ActionsPanel)

    QPushButton* button(DeskController::Action action) const { return m_buttons.value(action); }
    // The dialog open for an action, if any (tests drive it).
    ReasonDialog* reasonDialog() const { return m_dialog; }

public Q_SLOTS:
    // Starts an action as if its button was pressed; when it is not possible, focuses its button
    // and says why in the message strip.
    void trigger(DeskController::Action action);

private Q_SLOTS:
    void updateState();
    void onActionStarted(DeskController::Action action);
    void onActionFinished(DeskController::Action action, bool ok, const QString& message);
    // The database dropped the connection under the action under way: said in the strip until
    // the action's answer replaces it.
    void onDatabaseProgress(const QString& message);
    void onDialogAccepted();
    void confirmCode();

private:
    enum class Tone { Neutral, Good, Problem };
    QPushButton* addButton(DeskController::Action action, const QString& objectName, const QString& text,
                           const QString& accessibleName, const QString& description);
    void showMessage(Tone tone, const QString& text);

    DeskController& m_controller;
    QMap<DeskController::Action, QPushButton*> m_buttons;
    QMap<DeskController::Action, QString> m_descriptions;
    QLineEdit* m_codeLineEdit;
    QPushButton* m_confirmCodePushButton;
    QWidget* m_codeRow;
    QLabel* m_messageIconLabel;
    QLabel* m_messageLabel;
    QWidget* m_messageStrip;
    QProgressBar* m_busyProgressBar;
    QPointer<ReasonDialog> m_dialog;
    DeskController::Action m_dialogAction = DeskController::Action::Unlock;
    bool m_actionRunning = false; // between actionStarted and actionFinished
};
