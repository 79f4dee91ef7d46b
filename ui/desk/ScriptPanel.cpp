#include "desk/ScriptPanel.h"

#include "core/PortalPolicy.h"
#include "desk/CallCatalog.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ScriptPanel::ScriptPanel(DeskController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_scriptComboBox(new QComboBox(this))
    , m_stepsLabel(new QLabel(this))
    , m_buttonsWidget(new QWidget(this))
    , m_buttonsLayout(new QVBoxLayout(m_buttonsWidget))
{
    m_scriptComboBox->setObjectName(QStringLiteral("scriptComboBox"));
    m_stepsLabel->setObjectName(QStringLiteral("scriptStepsLabel"));
    m_buttonsWidget->setObjectName(QStringLiteral("scriptActionsWidget"));
    const QStringList reasons = CallCatalog::reasons();
    for (const QString& code : reasons)
        m_scriptComboBox->addItem(CallCatalog::reasonLabel(code), code);
    m_scriptComboBox->setAccessibleName(tr("Guided script"));
    m_scriptComboBox->setAccessibleDescription(
        tr("The script shown; it follows the reason of the call, and you may open another one."));
    m_scriptComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scriptComboBox->setMinimumContentsLength(18);

    m_stepsLabel->setTextFormat(Qt::RichText);
    m_stepsLabel->setWordWrap(true);
    m_stepsLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_stepsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_stepsLabel->setFocusPolicy(Qt::StrongFocus);
    m_stepsLabel->setAccessibleName(tr("Script steps"));
    m_buttonsLayout->setContentsMargins(0, 0, 0, 0);

    auto* title = new QLabel(tr("Sc&ript:"), this);
    title->setBuddy(m_scriptComboBox);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_scriptComboBox);
    layout->addWidget(m_stepsLabel);
    layout->addWidget(m_buttonsWidget);
    layout->addStretch();

    connect(m_scriptComboBox, &QComboBox::currentIndexChanged, this, &ScriptPanel::onComboChanged);
    connect(&m_controller, &DeskController::callChanged, this, &ScriptPanel::onCallChanged);
    onComboChanged(m_scriptComboBox->currentIndex());
}

ScriptPanel::~ScriptPanel() = default;

QString ScriptPanel::currentReason() const
{
    return m_scriptComboBox->currentData().toString();
}

void ScriptPanel::showReason(const QString& reason)
{
    const int index = m_scriptComboBox->findData(reason);
    if (index >= 0)
        m_scriptComboBox->setCurrentIndex(index);
}

void ScriptPanel::onCallChanged()
{
    if (m_controller.inCall())
        showReason(m_controller.callReason());
}

void ScriptPanel::onComboChanged(int index)
{
    Q_UNUSED(index)
    const Script current = script(currentReason());
    QString html = QStringLiteral("<p><b>%1</b></p><ol style=\"margin-left:0px; -qt-list-indent:1\">")
                       .arg(current.title.toHtmlEscaped());
    for (const QString& step : current.steps)
        html += QStringLiteral("<li style=\"margin-bottom:6px\">%1</li>").arg(step.toHtmlEscaped());
    html += QStringLiteral("</ol>");
    m_stepsLabel->setText(html);
    m_stepsLabel->setAccessibleDescription(current.title + QLatin1Char(' ') + current.steps.join(QLatin1Char(' ')));

    qDeleteAll(m_actionButtons);
    m_actionButtons.clear();
    for (const DeskController::Action action : current.actions) {
        if (action == DeskController::Action::Certify && !m_controller.mayCertify())
            continue;
        //: A script's button that jumps to an action; %1 is the action's name.
        auto* button = new QPushButton(tr("Go to: %1").arg(actionLabel(action)), m_buttonsWidget);
        button->setObjectName(QStringLiteral("scriptActionPushButton"));
        button->setAccessibleName(tr("Go to: %1").arg(actionLabel(action)));
        button->setAccessibleDescription(tr("Starts this action in the actions panel."));
        connect(button, &QPushButton::clicked, this, [this, action] { Q_EMIT actionRequested(action); });
        m_buttonsLayout->addWidget(button);
        m_actionButtons.append(button);
    }
    m_buttonsWidget->setVisible(!m_actionButtons.isEmpty());
}

QString ScriptPanel::actionLabel(DeskController::Action action)
{
    switch (action) {
    case DeskController::Action::Unlock:
        return tr("unlock the account");
    case DeskController::Action::Reissue:
        return tr("reissue a temporary password");
    case DeskController::Action::ChangeEmail:
    case DeskController::Action::ConfirmEmail:
        return tr("correct the e-mail address");
    case DeskController::Action::Certify:
        return tr("certify the number");
    }
    return {};
}

ScriptPanel::Script ScriptPanel::script(const QString& reason)
{
    using Action = DeskController::Action;
    const int days = PortalPolicy::TemporaryPasswordValidityDays;
    const QString verifyFirst = tr("Look the caller up and verify their identity before changing anything.");
    if (reason == QLatin1String("registration"))
        return {tr("The caller cannot register"),
                {//: Guided script, registration. Speak to the caller formally ("vous").
                 tr("Ask which message the portal shows, word for word."),
                 tr("Check the number: 13 characters, plus the 2-digit key if the caller has it."),
                 tr("Registration works only with a certified number: look at Certified in the account panel."),
                 tr("Remind the caller to type the civil status exactly as on their identity papers."),
                 tr("Explain what follows: a temporary password arrives by e-mail, it must be activated within %n "
                    "day(s), and the first login asks for a personal password.",
                    nullptr, days)},
                {Action::Certify}};
    if (reason == QLatin1String("wrong_email"))
        return {tr("A wrong e-mail address was given"),
                {verifyFirst,
                 //: Guided script, wrong e-mail address.
                 tr("Ask for the right address and spell it back, character by character."),
                 tr("Correct the address: a 6-digit code goes to the new address."),
                 tr("Ask the caller to open that mail and read the code to you, then type it in the code field."),
                 tr("The previous address receives a notice without personal data.")},
                {Action::ChangeEmail}};
    if (reason == QLatin1String("password_and_secret_forgotten"))
        return {tr("Password and secret answer forgotten"),
                {verifyFirst,
                 //: Guided script, password and secret answer both forgotten.
                 tr("Without the secret answer the portal cannot reset the password: the desk sends a new temporary "
                    "password."),
                 tr("Check with the caller that the address on file is still theirs (it shows once verified)."),
                 tr("Reissue the temporary password. It works once, within %n day(s); the caller then chooses a "
                    "personal password.",
                    nullptr, days),
                 tr("Never read out, spell or write down a password.")},
                {Action::Reissue}};
    if (reason == QLatin1String("nir_refused"))
        return {tr("The social-security number is refused"),
                {//: Guided script, number refused at registration.
                 tr("Look the number up: the portal refuses registration while the number is not certified."),
                 tr("A provisional number (starting with 3, 4, 7 or 8) cannot be certified here: send the caller "
                    "to their pension fund on 3960."),
                 verifyFirst,
                 tr("A supervisor can certify the number against the national register; if the register differs, "
                    "the caller contacts their pension fund on 3960.")},
                {Action::Certify}};
    if (reason == QLatin1String("password_not_received"))
        return {tr("The password did not arrive"),
                {//: Guided script, temporary password not received.
                 tr("Ask the caller to look in their spam or junk folder for a mail from the pension fund's online "
                    "services."),
                 verifyFirst, tr("Read the address on file back to the caller and check it with them."),
                 tr("Look at the last mail in the account panel: queued, sent, or not delivered and why."),
                 tr("Wrong address: correct it first. Right address and nothing after 24 hours: reissue the "
                    "temporary password.")},
                {Action::ChangeEmail, Action::Reissue}};
    if (reason == QLatin1String("wrong_password_locked"))
        return {tr("Wrong password, account locked"),
                {//: Guided script, account locked after wrong passwords.
                 tr("The portal locks an account after %n wrong password(s) in a row.", nullptr,
                    PortalPolicy::MaxFailedAttempts),
                 verifyFirst, tr("If the account is locked, unlock it and say so to the caller."),
                 tr("Remind the caller to log in with the social-security number and the password, and to check "
                    "Caps Lock."),
                 tr("If the password itself is forgotten, reissue a temporary password instead.")},
                {Action::Unlock, Action::Reissue}};
    if (reason == QLatin1String("not_identified"))
        return {tr("\"We could not identify you\" at registration"),
                {//: Guided script, civil status does not match at registration.
                 tr("The civil status typed on the portal must match the record exactly."),
                 tr("Ask the caller to check the spelling of the last name, all first names in order, the birth "
                    "date and the birth place."),
                 tr("Look the caller up and verify: if the answers match here, the caller should retry carefully."),
                 tr("If the caller's record itself is wrong, only their pension fund can correct it (3960).")},
                {}};
    if (reason == QLatin1String("temporary_expired"))
        return {tr("The temporary password has expired"),
                {//: Guided script, temporary password expired.
                 tr("A temporary password is valid %n day(s); after that the portal refuses it.", nullptr, days),
                 tr("The caller may register again, or the desk sends a new temporary password."), verifyFirst,
                 tr("Reissue the temporary password and remind the caller to activate it soon.")},
                {Action::Reissue}};
    if (reason == QLatin1String("third_party"))
        return {tr("Calling for someone else"),
                {//: Guided script, the caller phones on behalf of another person.
                 tr("Nobody may use the online services for another person, even a relative."),
                 tr("Do not look up, confirm or change anything about the other person."),
                 tr("Explain politely that the account holder must call in person."),
                 tr("End the call with the outcome \"Refused: calling for someone else\".")},
                {}};
    if (reason == QLatin1String("browser_warning"))
        return {tr("Browser security warning"),
                {//: Guided script, browser warns about secure and non-secure content.
                 tr("The warning about secure and non-secure content is for information only."),
                 tr("The caller can accept it and continue to the next page."),
                 tr("Nothing needs to change on the account.")},
                {}};
    return {tr("Other request"),
            {//: Guided script for any other request.
             tr("Listen to the request and note the essentials."), verifyFirst,
             tr("Write in the call's note what was done and what the caller should do next.")},
            {}};
}
