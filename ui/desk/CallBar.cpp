#include "desk/CallBar.h"

#include "desk/CallCatalog.h"
#include "desk/DeskController.h"
#include "desk/EndCallDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

CallBar::CallBar(DeskController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_reasonComboBox(new QComboBox(this))
    , m_startPushButton(new QPushButton(this))
    , m_statusLabel(new QLabel(this))
    , m_timerLabel(new QLabel(this))
    , m_endPushButton(new QPushButton(this))
    , m_errorLabel(new QLabel(this))
{
    m_reasonComboBox->setObjectName(QStringLiteral("reasonComboBox"));
    m_startPushButton->setObjectName(QStringLiteral("startCallPushButton"));
    m_statusLabel->setObjectName(QStringLiteral("callStatusLabel"));
    m_timerLabel->setObjectName(QStringLiteral("callTimerLabel"));
    m_endPushButton->setObjectName(QStringLiteral("endCallPushButton"));
    m_errorLabel->setObjectName(QStringLiteral("callErrorLabel"));

    auto* reasonTitle = new QLabel(tr("&Reason for the call:"), this);
    reasonTitle->setBuddy(m_reasonComboBox);
    const QStringList reasons = CallCatalog::reasons();
    for (const QString& code : reasons)
        m_reasonComboBox->addItem(CallCatalog::reasonLabel(code), code);
    m_reasonComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    //: Reason box before a call: nothing is chosen yet.
    m_reasonComboBox->setPlaceholderText(tr("Choose the reason (Ctrl+R)"));
    m_reasonComboBox->setCurrentIndex(-1);
    m_reasonComboBox->setAccessibleName(tr("Reason for the call"));
    m_reasonComboBox->setAccessibleDescription(tr("Why the caller phones; it chooses the guided script."));

    m_startPushButton->setText(tr("&Start call"));
    m_startPushButton->setAccessibleName(tr("Start call"));
    m_startPushButton->setAccessibleDescription(tr("Opens a call with the chosen reason (Ctrl+N)."));
    m_endPushButton->setText(tr("&End call…"));
    m_endPushButton->setAccessibleName(tr("End call"));
    m_endPushButton->setAccessibleDescription(tr("Records how the call ended and closes it (Ctrl+E)."));

    QFont timerFont = m_timerLabel->font();
    timerFont.setBold(true);
    timerFont.setStyleHint(QFont::Monospace);
    m_timerLabel->setFont(timerFont);
    m_timerLabel->setAccessibleName(tr("Call duration"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(reasonTitle);
    layout->addWidget(m_reasonComboBox);
    layout->addWidget(m_startPushButton);
    layout->addSpacing(16);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_timerLabel);
    layout->addWidget(m_errorLabel, 1);
    layout->addStretch();
    layout->addWidget(m_endPushButton);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &CallBar::updateTimer);
    connect(m_startPushButton, &QPushButton::clicked, this, &CallBar::startCall);
    connect(m_endPushButton, &QPushButton::clicked, this, &CallBar::requestEndCall);
    connect(&m_controller, &DeskController::callChanged, this, &CallBar::updateState);
    connect(&m_controller, &DeskController::busyChanged, this, &CallBar::updateState);
    connect(&m_controller, &DeskController::callError, this, &CallBar::showError);
    updateState();
}

CallBar::~CallBar() = default;

void CallBar::startCall()
{
    if (m_controller.inCall() || m_controller.isBusy())
        return;
    m_errorLabel->hide();
    if (m_reasonComboBox->currentIndex() < 0) {
        showError(tr("Choose why the person calls first (Ctrl+R), then start the call."));
        focusReason();
        return;
    }
    m_controller.startCall(m_reasonComboBox->currentData().toString());
}

void CallBar::requestEndCall()
{
    if (!m_controller.inCall() || (m_endDialog && m_endDialog->isVisible()))
        return;
    m_endDialog = new EndCallDialog(this);
    m_endDialog->setOutcome(m_controller.proposedOutcome());
    m_endDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_endDialog, &QDialog::accepted, this, &CallBar::onEndCallAccepted);
    m_endDialog->open();
}

void CallBar::focusReason()
{
    m_reasonComboBox->setFocus(Qt::ShortcutFocusReason);
}

void CallBar::updateState()
{
    const bool inCall = m_controller.inCall();
    m_reasonComboBox->setEnabled(!inCall);
    m_startPushButton->setEnabled(!inCall && !m_controller.isBusy());
    m_endPushButton->setEnabled(inCall);
    m_startPushButton->setToolTip(inCall ? tr("A call is already in progress: end it first.")
                                         : tr("Opens a call with the chosen reason (Ctrl+N)."));
    m_endPushButton->setToolTip(inCall ? tr("Records how the call ended and closes it (Ctrl+E).")
                                       : tr("No call is in progress."));
    if (inCall) {
        const int index = m_reasonComboBox->findData(m_controller.callReason());
        if (index >= 0)
            m_reasonComboBox->setCurrentIndex(index);
        //: Call bar, while a call is open.
        m_statusLabel->setText(tr("Call in progress"));
        if (!m_tick.isActive())
            m_tick.start();
    } else {
        if (m_tick.isActive())
            m_reasonComboBox->setCurrentIndex(-1); // the call just ended: the next one has its own reason
        m_statusLabel->setText(tr("No call in progress"));
        m_tick.stop();
    }
    m_timerLabel->setVisible(inCall);
    updateTimer();
}

void CallBar::updateTimer()
{
    const qint64 seconds = m_controller.callElapsedSeconds();
    const QLocale locale;
    const QString minutes = locale.toString(seconds / 60).rightJustified(2, locale.zeroDigit().at(0));
    const QString rest = locale.toString(seconds % 60).rightJustified(2, locale.zeroDigit().at(0));
    m_timerLabel->setText(minutes + QLatin1Char(':') + rest);
    //: Accessible description of the call timer; %1 minutes, %2 seconds.
    m_timerLabel->setAccessibleDescription(tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60));
}

void CallBar::onEndCallAccepted()
{
    if (m_endDialog)
        m_controller.endCall(m_endDialog->outcome(), m_endDialog->note());
}

void CallBar::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}
