#pragma once

#include "desk/EndCallDialog.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class DeskController;

class QComboBox;
class QLabel;
class QPushButton;

// The strip at the top of the desk: why the caller phones (a reason from CallCatalog), Start call,
// the running time of the call (mm:ss), End call (outcome and note, in EndCallDialog).
class CallBar : public QWidget
{
    Q_OBJECT

public:
    explicit CallBar(DeskController& controller, QWidget* parent = nullptr);
    ~CallBar() override;
    Q_DISABLE_COPY_MOVE(CallBar)

    // The dialog that is open to end the call, if any (tests drive it).
    EndCallDialog* endCallDialog() const { return m_endDialog; }

public Q_SLOTS:
    void startCall();
    // Opens the end-of-call dialog (non-blocking).
    void requestEndCall();
    void focusReason();

private Q_SLOTS:
    void updateState();
    void updateTimer();
    void onEndCallAccepted();
    void showError(const QString& message);

private:
    DeskController& m_controller;
    QComboBox* m_reasonComboBox;
    QPushButton* m_startPushButton;
    QLabel* m_statusLabel;
    QLabel* m_timerLabel;
    QPushButton* m_endPushButton;
    QLabel* m_errorLabel;
    QTimer m_tick;
    QPointer<EndCallDialog> m_endDialog;
};
