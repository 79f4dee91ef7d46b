#include "desk/ActionsPanel.h"

#include "core/EmailAddress.h"
#include "core/PortalPolicy.h"
#include "core/TextLimits.h"
#include "desk/ReasonDialog.h"
#include "text/ErrorText.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QVBoxLayout>

namespace {

QString requireReason(const QString& text)
{
    return text.size() < 3 ? ActionsPanel::tr("Say in a few words why (at least 3 characters).") : QString();
}

QString requireAddress(const QString& text)
{
    return ErrorText::emailAddress(EmailAddress::check(text));
}

} // namespace

ActionsPanel::ActionsPanel(DeskController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_codeLineEdit(new QLineEdit(this))
    , m_confirmCodePushButton(new QPushButton(tr("C&onfirm the code"), this))
    , m_codeRow(new QWidget(this))
    , m_messageIconLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_messageStrip(new QFrame(this))
    , m_busyProgressBar(new QProgressBar(this))
{
    using Action = DeskController::Action;
    auto* grid = new QGridLayout;
    grid->addWidget(addButton(Action::Unlock, QStringLiteral("unlockPushButton"), tr("&Unlock the account"),
                              tr("Unlock the account"),
                              tr("Clears the lock after too many wrong passwords (Ctrl+Shift+U).")),
                    0, 0);
    grid->addWidget(addButton(Action::Reissue, QStringLiteral("reissuePushButton"), tr("&Reissue a temporary password"),
                              tr("Reissue a temporary password"),
                              tr("Sends a new temporary password to the address on file; you never see it "
                                 "(Ctrl+Shift+R).")),
                    0, 1);
    grid->addWidget(addButton(Action::ChangeEmail, QStringLiteral("changeEmailPushButton"),
                              tr("Correct the e-&mail address"), tr("Correct the e-mail address"),
                              tr("Sends a 6-digit code to the new address; the change applies once the caller reads "
                                 "it back (Ctrl+Shift+E).")),
                    1, 0);
    QPushButton* certify = addButton(
        Action::Certify, QStringLiteral("certifyPushButton"), tr("&Certify the number"), tr("Certify the number"),
        tr("Checks the number and civil status against the national register; supervisors only."));
    grid->addWidget(certify, 1, 1);
    certify->setVisible(m_controller.mayCertify());

    m_codeLineEdit->setObjectName(QStringLiteral("codeLineEdit"));
    m_confirmCodePushButton->setObjectName(QStringLiteral("confirmCodePushButton"));
    m_codeRow->setObjectName(QStringLiteral("codeRow"));
    m_codeLineEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,6}")), m_codeLineEdit));
    m_codeLineEdit->setPlaceholderText(tr("6 digits"));
    m_codeLineEdit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_codeLineEdit->setAccessibleName(tr("Confirmation code"));
    m_codeLineEdit->setAccessibleDescription(
        tr("The 6 digits the caller reads from the mail sent to the new address."));
    m_confirmCodePushButton->setAccessibleName(tr("Confirm the code"));
    m_confirmCodePushButton->setAccessibleDescription(tr("Applies the new e-mail address if the code is right."));
    m_descriptions.insert(Action::ConfirmEmail, m_confirmCodePushButton->accessibleDescription());
    auto* codeTitle = new QLabel(tr("Code &read by the caller:"), m_codeRow);
    codeTitle->setBuddy(m_codeLineEdit);
    auto* codeLayout = new QHBoxLayout(m_codeRow);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addWidget(codeTitle);
    codeLayout->addWidget(m_codeLineEdit, 1);
    codeLayout->addWidget(m_confirmCodePushButton);
    m_codeLineEdit->setParent(m_codeRow);
    m_confirmCodePushButton->setParent(m_codeRow);

    m_messageStrip->setObjectName(QStringLiteral("messageStrip"));
    m_messageLabel->setObjectName(QStringLiteral("actionMessageLabel"));
    m_messageIconLabel->setObjectName(QStringLiteral("actionMessageIconLabel"));
    static_cast<QFrame*>(m_messageStrip)->setFrameShape(QFrame::StyledPanel);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* stripLayout = new QHBoxLayout(m_messageStrip);
    stripLayout->addWidget(m_messageIconLabel, 0, Qt::AlignTop);
    stripLayout->addWidget(m_messageLabel, 1);
    m_messageIconLabel->setParent(m_messageStrip);
    m_messageLabel->setParent(m_messageStrip);
    m_messageStrip->hide();

    m_busyProgressBar->setObjectName(QStringLiteral("actionProgressBar"));
    m_busyProgressBar->setRange(0, 0);
    m_busyProgressBar->setTextVisible(false);
    m_busyProgressBar->setMaximumHeight(6);
    m_busyProgressBar->setAccessibleName(tr("Operation under way"));
    QSizePolicy busyPolicy = m_busyProgressBar->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true);
    m_busyProgressBar->setSizePolicy(busyPolicy);
    m_busyProgressBar->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);
    layout->addWidget(m_codeRow);
    layout->addWidget(m_busyProgressBar);
    layout->addWidget(m_messageStrip);

    // Tab: unlock, reissue, the e-mail correction and right after it its code, then certify.
    setTabOrder(m_buttons.value(Action::Unlock), m_buttons.value(Action::Reissue));
    setTabOrder(m_buttons.value(Action::Reissue), m_buttons.value(Action::ChangeEmail));
    setTabOrder(m_buttons.value(Action::ChangeEmail), m_codeLineEdit);
    setTabOrder(m_codeLineEdit, m_confirmCodePushButton);
    setTabOrder(m_confirmCodePushButton, certify);

    connect(m_confirmCodePushButton, &QPushButton::clicked, this, &ActionsPanel::confirmCode);
    connect(m_codeLineEdit, &QLineEdit::returnPressed, this, &ActionsPanel::confirmCode);
    connect(m_codeLineEdit, &QLineEdit::textChanged, this, &ActionsPanel::updateState);
    connect(&m_controller, &DeskController::callChanged, this, &ActionsPanel::updateState);
    connect(&m_controller, &DeskController::summaryChanged, this, &ActionsPanel::updateState);
    connect(&m_controller, &DeskController::verificationChanged, this, &ActionsPanel::updateState);
    connect(&m_controller, &DeskController::busyChanged, this, &ActionsPanel::updateState);
    connect(&m_controller, &DeskController::actionStarted, this, &ActionsPanel::onActionStarted);
    connect(&m_controller, &DeskController::actionFinished, this, &ActionsPanel::onActionFinished);
    connect(&m_controller, &DeskController::databaseProgress, this, &ActionsPanel::onDatabaseProgress);
    connect(&m_controller, &DeskController::callChanged, m_messageStrip, &QWidget::hide);
    // A dialog left open names the caller (certification) or holds a typed address: it closes when
    // the screen locks.
    connect(&m_controller, &DeskController::screenLockedChanged, this, [this](bool locked) {
        if (locked && m_dialog)
            m_dialog->reject();
    });
    updateState();
}

ActionsPanel::~ActionsPanel() = default;

QPushButton* ActionsPanel::addButton(DeskController::Action action, const QString& objectName, const QString& text,
                                     const QString& accessibleName, const QString& description)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setAccessibleDescription(description);
    connect(button, &QPushButton::clicked, this, [this, action] { trigger(action); });
    m_buttons.insert(action, button);
    m_descriptions.insert(action, description);
    return button;
}

void ActionsPanel::trigger(DeskController::Action action)
{
    using Action = DeskController::Action;
    QPushButton* button = action == Action::ConfirmEmail ? m_confirmCodePushButton : m_buttons.value(action);
    const QString why = m_controller.whyNot(action);
    if (!why.isEmpty()) {
        if (button && button->isVisible())
            button->setFocus(Qt::ShortcutFocusReason);
        showMessage(Tone::Neutral, why);
        return;
    }
    if (m_dialog && m_dialog->isVisible())
        return;
    switch (action) {
    case Action::Unlock:
        m_dialog = new ReasonDialog(tr("Unlock the account"),
                                    tr("Why are you unlocking this account? The reason is kept in the audit trail."),
                                    tr("Reason for the unlock"), tr("Unlock"), requireReason, this);
        break;
    case Action::Reissue:
        m_dialog = new ReasonDialog(
            tr("Reissue a temporary password"),
            tr("Why are you sending a new temporary password? The previous one stops working; the new one goes to "
               "the address on file and is valid %n day(s).",
               nullptr, PortalPolicy::TemporaryPasswordValidityDays),
            tr("Reason for the reissue"), tr("Send"), requireReason, this);
        break;
    case Action::ChangeEmail:
        m_dialog = new ReasonDialog(tr("Correct the e-mail address"),
                                    tr("Type the new address as the caller spells it. A 6-digit code goes to it; the "
                                       "address changes once the caller reads the code back."),
                                    tr("New e-mail address"), tr("Send the code"), requireAddress, this);
        m_dialog->setMaxLength(TextLimits::EmailAddress);
        break;
    case Action::ConfirmEmail:
        confirmCode();
        return;
    case Action::Certify: {
        m_dialog = new ReasonDialog(tr("Certify the number"),
                                    tr("Why are you certifying this number? The reason is kept in the audit trail."),
                                    tr("Reason for the certification"), tr("Certify"), requireReason, this);
        const std::optional<AccountSummary>& summary = m_controller.summary();
        //: What certification compares; %1 is the caller's name, %2 the social-security number.
        m_dialog->setDetails(
            tr("Compared with the national register for %1 (%2): last name, first names, birth date "
               "and birth place, as on file. If all four match, the number is certified; otherwise "
               "nothing changes and the fields that differ are named.")
                .arg(summary ? summary->displayName : QString(), summary ? summary->nir.formatted() : QString()));
        break;
    }
    }
    m_dialogAction = action;
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, &ActionsPanel::onDialogAccepted);
    m_dialog->open();
}

void ActionsPanel::onDialogAccepted()
{
    if (m_dialog)
        m_controller.perform(m_dialogAction, m_dialog->text());
}

void ActionsPanel::confirmCode()
{
    if (m_codeLineEdit->text().size() != 6 || !m_controller.canDo(DeskController::Action::ConfirmEmail))
        return;
    m_controller.perform(DeskController::Action::ConfirmEmail, m_codeLineEdit->text());
}

void ActionsPanel::updateState()
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const QString why = m_controller.whyNot(it.key());
        it.value()->setEnabled(why.isEmpty());
        it.value()->setToolTip(why.isEmpty() ? m_descriptions.value(it.key()) : why);
    }
    const std::optional<AccountSummary>& summary = m_controller.summary();
    const bool pending = summary && summary->emailChangePending && m_controller.inCall();
    m_codeRow->setVisible(pending);
    const QString why = m_controller.whyNot(DeskController::Action::ConfirmEmail);
    m_codeLineEdit->setEnabled(why.isEmpty());
    m_confirmCodePushButton->setEnabled(why.isEmpty() && m_codeLineEdit->text().size() == 6);
    m_confirmCodePushButton->setToolTip(why.isEmpty() ? m_descriptions.value(DeskController::Action::ConfirmEmail)
                                                      : why);
    m_busyProgressBar->setVisible(m_controller.isBusy() && m_controller.summary() && !m_controller.isLookingUp());
}

void ActionsPanel::onActionStarted(DeskController::Action action)
{
    Q_UNUSED(action)
    m_actionRunning = true;
    //: Message strip while an operation runs.
    showMessage(Tone::Neutral, tr("Working…"));
}

void ActionsPanel::onDatabaseProgress(const QString& message)
{
    if (m_actionRunning)
        showMessage(Tone::Neutral, message);
}

void ActionsPanel::onActionFinished(DeskController::Action action, bool ok, const QString& message)
{
    m_actionRunning = false;
    if (ok && action == DeskController::Action::ConfirmEmail)
        m_codeLineEdit->clear();
    showMessage(ok ? Tone::Good : Tone::Problem, message);
}

void ActionsPanel::showMessage(Tone tone, const QString& text)
{
    const QStyle::StandardPixmap icon = tone == Tone::Good ? QStyle::SP_DialogApplyButton
        : tone == Tone::Problem                            ? QStyle::SP_MessageBoxWarning
                                                           : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_messageIconLabel->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_messageLabel->setText(text);
    m_messageStrip->setAccessibleName(text);
    m_messageStrip->show();
}
