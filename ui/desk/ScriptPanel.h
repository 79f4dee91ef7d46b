#pragma once

#include "desk/DeskController.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

// The guided script for the call's reason: what to check, what to tell the caller, and buttons
// that jump to the matching action. Follows the reason of the call; the agent may open another
// script when the caller's problem turns out to be a different one.
class ScriptPanel : public QWidget
{
    Q_OBJECT

public:
    struct Script
    {
        QString title;
        QStringList steps;
        QList<DeskController::Action> actions;
    };

    explicit ScriptPanel(DeskController& controller, QWidget* parent = nullptr);
    ~ScriptPanel() override;
    Q_DISABLE_COPY_MOVE(ScriptPanel)

    // The script for a CallCatalog reason code (in the current language).
    static Script script(const QString& reason);
    QString currentReason() const;

Q_SIGNALS:
    void actionRequested(DeskController::Action action);

public Q_SLOTS:
    void showReason(const QString& reason);

private Q_SLOTS:
    void onCallChanged();
    void onComboChanged(int index);

private:
    static QString actionLabel(DeskController::Action action);

    DeskController& m_controller;
    QComboBox* m_scriptComboBox;
    QLabel* m_stepsLabel;
    QWidget* m_buttonsWidget;
    QVBoxLayout* m_buttonsLayout;
    QList<QPushButton*> m_actionButtons;
};
