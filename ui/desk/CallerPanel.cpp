#include "desk/CallerPanel.h"

#include "common/NirLineEdit.h"
#include "desk/AccountPanel.h"
#include "desk/DeskController.h"
#include "text/ErrorText.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

CallerPanel::CallerPanel(DeskController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_nirLineEdit(new NirLineEdit(this))
    , m_lookupPushButton(new QPushButton(tr("&Look up"), this))
    , m_nirStatusLabel(new QLabel(this))
    , m_busyProgressBar(new QProgressBar(this))
    , m_resultStackedWidget(new QStackedWidget(this))
    , m_emptyPage(new QWidget(this))
    , m_emptyLabel(new QLabel(m_emptyPage))
    , m_messagePage(new QWidget(this))
    , m_resultLabel(new QLabel(m_messagePage))
    , m_resultHintLabel(new QLabel(m_messagePage))
    , m_accountPanel(new AccountPanel(this))
{
    m_nirLineEdit->setObjectName(QStringLiteral("nirLineEdit"));
    m_lookupPushButton->setObjectName(QStringLiteral("lookupPushButton"));
    m_nirStatusLabel->setObjectName(QStringLiteral("nirStatusLabel"));
    m_busyProgressBar->setObjectName(QStringLiteral("lookupProgressBar"));
    m_resultStackedWidget->setObjectName(QStringLiteral("resultStackedWidget"));
    m_emptyPage->setObjectName(QStringLiteral("emptyPage"));
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_messagePage->setObjectName(QStringLiteral("messagePage"));
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultHintLabel->setObjectName(QStringLiteral("resultHintLabel"));
    m_accountPanel->setObjectName(QStringLiteral("accountPanel"));
    m_accountPanel->setStacked(true);

    QFont nirFont = m_nirLineEdit->font();
    nirFont.setPointSizeF(nirFont.pointSizeF() * 1.15);
    m_nirLineEdit->setFont(nirFont);
    m_nirLineEdit->setMinimumWidth(QFontMetrics(nirFont).horizontalAdvance(QStringLiteral("0 00 00 00 000 000 00")) * 4
                                   / 3);
    m_lookupPushButton->setAccessibleName(tr("Look up"));
    m_lookupPushButton->setAccessibleDescription(tr("Looks the caller up by this number (Enter in the field)."));
    m_nirStatusLabel->setTextFormat(Qt::PlainText);
    m_nirStatusLabel->setWordWrap(true);

    QSizePolicy busyPolicy = m_busyProgressBar->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true);
    m_busyProgressBar->setSizePolicy(busyPolicy);
    m_busyProgressBar->setRange(0, 0);
    m_busyProgressBar->setTextVisible(false);
    m_busyProgressBar->setMaximumHeight(6);
    m_busyProgressBar->setAccessibleName(tr("Looking up"));
    m_busyProgressBar->hide();

    auto* nirTitle = new QLabel(tr("Social-security &number:"), this);
    nirTitle->setBuddy(m_nirLineEdit);
    auto* top = new QGridLayout;
    top->addWidget(nirTitle, 0, 0);
    top->addWidget(m_nirLineEdit, 0, 1);
    top->addWidget(m_lookupPushButton, 0, 2);
    top->addWidget(m_nirStatusLabel, 1, 1, 1, 2);
    top->addWidget(m_busyProgressBar, 2, 0, 1, 3);
    top->setColumnStretch(1, 1);

    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    auto* emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addWidget(m_emptyLabel);

    QFont resultFont = m_resultLabel->font();
    resultFont.setBold(true);
    resultFont.setPointSizeF(resultFont.pointSizeF() * 1.15);
    m_resultLabel->setFont(resultFont);
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::PlainText);
    m_resultHintLabel->setWordWrap(true);
    m_resultHintLabel->setTextFormat(Qt::PlainText);
    auto* messageLayout = new QVBoxLayout(m_messagePage);
    messageLayout->addWidget(m_resultLabel);
    messageLayout->addWidget(m_resultHintLabel);
    messageLayout->addStretch();

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("accountScrollArea"));
    scroll->setWidget(m_accountPanel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Not a Tab stop of its own: Tab goes to what the account panel holds (its earlier calls).
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setAccessibleName(tr("Caller's account"));
    m_resultStackedWidget->addWidget(m_emptyPage);
    m_resultStackedWidget->addWidget(m_messagePage);
    m_resultStackedWidget->addWidget(scroll);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_resultStackedWidget, 1);

    connect(m_nirLineEdit, &NirLineEdit::nirChanged, this, &CallerPanel::onNirChanged);
    connect(m_nirLineEdit, &QLineEdit::returnPressed, this, &CallerPanel::lookUp);
    connect(m_lookupPushButton, &QPushButton::clicked, this, &CallerPanel::lookUp);
    connect(&m_controller, &DeskController::callChanged, this, &CallerPanel::onCallChanged);
    connect(&m_controller, &DeskController::lookupStarted, this, &CallerPanel::onLookupStarted);
    connect(&m_controller, &DeskController::lookupFinished, this, &CallerPanel::onLookupFinished);
    connect(&m_controller, &DeskController::summaryChanged, this, &CallerPanel::onSummaryChanged);
    connect(&m_controller, &DeskController::busyChanged, this, &CallerPanel::updateBusy);
    connect(&m_controller, &DeskController::screenLockedChanged, this, &CallerPanel::onScreenLockedChanged);
    onCallChanged();
}

CallerPanel::~CallerPanel() = default;

void CallerPanel::lookUp()
{
    const Nir nir = m_nirLineEdit->nir();
    if (nir.isNull() || !m_controller.inCall())
        return;
    // Only a lookup of another number replaces the caller on screen and the answers typed.
    if (!m_shownNir.isNull() && nir != m_shownNir) {
        m_controller.forgetCaller();
        showEmpty();
    }
    m_shownNir = nir;
    m_controller.lookUp(nir);
}

void CallerPanel::focusNirField()
{
    m_nirLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_nirLineEdit->selectAll();
}

void CallerPanel::onNirChanged(const Nir& nir, Nir::Error error)
{
    m_lookupPushButton->setEnabled(m_controller.inCall() && !nir.isNull());
    QString status = m_controller.inCall() ? ErrorText::nir(error) : QString();
    // Typing (Ctrl+L then a key) keeps the caller on screen and the answers typed: only Enter on
    // another number replaces them. Until then the field says whose account is shown.
    if (!nir.isNull() && !m_shownNir.isNull() && nir != m_shownNir && m_controller.summary())
        status = tr("Press Enter to look this number up: the account shown is still the previous number's.");
    m_nirStatusLabel->setText(status);
}

void CallerPanel::onCallChanged()
{
    const bool inCall = m_controller.inCall();
    const QString why
        = inCall ? QString() : tr("Start a call first: nothing about a caller can be done outside a call.");
    m_nirLineEdit->setEnabled(inCall);
    m_nirLineEdit->setToolTip(why);
    m_lookupPushButton->setToolTip(inCall ? tr("Looks the caller up by this number (Enter in the field).") : why);
    if (!inCall) {
        m_shownNir = Nir();
        m_nirLineEdit->clear();
    } else {
        // Ctrl+N: the first digits the agent types go to the number (not to the next focusable
        // widget after the reason box, which the call disables).
        m_nirLineEdit->setFocus(Qt::OtherFocusReason);
    }
    onNirChanged(m_nirLineEdit->nir(), m_nirLineEdit->error());
    showEmpty();
}

void CallerPanel::onLookupStarted()
{
    updateBusy();
}

void CallerPanel::onLookupFinished(const QString& message, const QString& hint)
{
    updateBusy();
    if (message.isEmpty())
        return;
    m_resultLabel->setText(message);
    m_resultHintLabel->setText(hint);
    m_resultStackedWidget->setCurrentWidget(m_messagePage);
}

void CallerPanel::onSummaryChanged()
{
    const std::optional<AccountSummary>& summary = m_controller.summary();
    if (m_controller.isScreenLocked()) {
        m_accountPanel->clear(); // filled again on resume
        return;
    }
    if (!summary) {
        m_accountPanel->clear();
        if (m_resultStackedWidget->currentIndex() == 2)
            showEmpty();
        return;
    }
    m_accountPanel->setSummary(*summary);
    m_resultStackedWidget->setCurrentIndex(2);
}

// Locked: the number and the account leave the widgets (not only the screen). Resumed: the number
// typed comes back, and the account from the controller's last answer, without a new look-up.
void CallerPanel::onScreenLockedChanged(bool locked)
{
    if (locked) {
        m_nirTextWhileLocked = m_nirLineEdit->text();
        m_nirLineEdit->clear();
        m_nirStatusLabel->clear();
        m_accountPanel->clear();
        return;
    }
    m_nirLineEdit->setText(m_nirTextWhileLocked);
    m_nirTextWhileLocked.clear();
    onSummaryChanged();
}

void CallerPanel::updateBusy()
{
    m_busyProgressBar->setVisible(m_controller.isLookingUp());
}

void CallerPanel::showEmpty()
{
    if (m_controller.inCall())
        //: Hint while no one is looked up during a call.
        m_emptyLabel->setText(tr("Ask the caller for their social-security number, type it above and press Enter.\n"
                                 "Ctrl+L brings you back to the number at any time."));
    else
        m_emptyLabel->setText(tr("No call in progress.\nChoose the reason for the call above and press Ctrl+N to "
                                 "start it."));
    m_resultStackedWidget->setCurrentWidget(m_emptyPage);
}
