#include "desk/VerificationPanel.h"

#include "core/PortalPolicy.h"
#include "core/TextLimits.h"
#include "desk/DeskController.h"
#include "identity/CivilStatus.h"
#include "text/ErrorText.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

VerificationPanel::VerificationPanel(DeskController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_lastNameLineEdit(new QLineEdit(this))
    , m_firstNamesLineEdit(new QLineEdit(this))
    , m_birthDateLineEdit(new QLineEdit(this))
    , m_birthPlaceLineEdit(new QLineEdit(this))
    , m_verifyPushButton(new QPushButton(tr("Check the &answers"), this))
    , m_problemLabel(new QLabel(this))
    , m_resultLabel(new QLabel(this))
    , m_countdownLabel(new QLabel(this))
{
    m_lastNameLineEdit->setObjectName(QStringLiteral("lastNameLineEdit"));
    m_firstNamesLineEdit->setObjectName(QStringLiteral("firstNamesLineEdit"));
    m_birthDateLineEdit->setObjectName(QStringLiteral("birthDateLineEdit"));
    m_birthPlaceLineEdit->setObjectName(QStringLiteral("birthPlaceLineEdit"));
    m_verifyPushButton->setObjectName(QStringLiteral("verifyPushButton"));
    m_problemLabel->setObjectName(QStringLiteral("verificationProblemLabel"));
    m_resultLabel->setObjectName(QStringLiteral("verificationResultLabel"));
    m_countdownLabel->setObjectName(QStringLiteral("verificationCountdownLabel"));

    const QList<QLineEdit*> fields{m_lastNameLineEdit, m_firstNamesLineEdit, m_birthDateLineEdit, m_birthPlaceLineEdit};
    for (QLineEdit* field : fields) {
        field->setMaxLength(TextLimits::Name);
        // What the caller says is personal data: never remembered by an input method.
        field->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
        connect(field, &QLineEdit::returnPressed, this, &VerificationPanel::verify);
        connect(field, &QLineEdit::textChanged, this, &VerificationPanel::updateState);
    }
    m_lastNameLineEdit->setAccessibleName(tr("Last name, as the caller says it"));
    m_lastNameLineEdit->setAccessibleDescription(tr("Type what the caller answers; case and accents do not matter."));
    m_firstNamesLineEdit->setAccessibleName(tr("First names, as the caller says them"));
    m_firstNamesLineEdit->setAccessibleDescription(tr("All first names, in the caller's order."));
    m_birthDateLineEdit->setAccessibleName(tr("Birth date, as the caller says it"));
    // Day/month/year in every language (CivilStatus::readDate): never the American order.
    //: Placeholder of the birth date field: day, month, year in four digits, in this order in every language.
    m_birthDateLineEdit->setPlaceholderText(tr("DD/MM/YYYY, e.g. 24/12/1960"));
    m_birthDateLineEdit->setAccessibleDescription(
        tr("Day, month and year in four digits, in this order, e.g. 24/12/1960; or 1960-12-24."));
    m_birthPlaceLineEdit->setAccessibleName(tr("Birth place, as the caller says it"));
    m_birthPlaceLineEdit->setAccessibleDescription(tr("Town of birth, or country when born abroad."));
    m_verifyPushButton->setAccessibleName(tr("Check the answers"));
    m_verifyPushButton->setAccessibleDescription(
        tr("Compares the answers with the record (Enter in any field). The record's values are never shown."));
    connect(m_birthDateLineEdit, &QLineEdit::editingFinished, this, &VerificationPanel::onDateEdited);

    for (QLabel* label : {m_problemLabel, m_resultLabel, m_countdownLabel}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    QFont bold = m_resultLabel->font();
    bold.setBold(true);
    m_resultLabel->setFont(bold);

    auto* form = new QFormLayout;
    const auto addRow = [this, form](const QString& title, QLineEdit* field) {
        auto* label = new QLabel(title, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("Last &name:"), m_lastNameLineEdit);
    addRow(tr("&First names:"), m_firstNamesLineEdit);
    addRow(tr("Birth &date:"), m_birthDateLineEdit);
    addRow(tr("Birth &place:"), m_birthPlaceLineEdit);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_verifyPushButton, 0, Qt::AlignRight);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_countdownLabel);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &VerificationPanel::updateCountdown);
    connect(m_verifyPushButton, &QPushButton::clicked, this, &VerificationPanel::verify);
    connect(&m_controller, &DeskController::verificationChanged, this, &VerificationPanel::updateState);
    connect(&m_controller, &DeskController::callChanged, this, &VerificationPanel::updateState);
    connect(&m_controller, &DeskController::busyChanged, this, &VerificationPanel::updateState);
    connect(&m_controller, &DeskController::summaryChanged, this, &VerificationPanel::onSummaryChanged);
    connect(&m_controller, &DeskController::screenLockedChanged, this, &VerificationPanel::onScreenLockedChanged);
    connect(&m_controller, &DeskController::verificationFinished, this, &VerificationPanel::onVerificationFinished);
    updateState();
}

VerificationPanel::~VerificationPanel() = default;

QString VerificationPanel::whyNot() const
{
    if (!m_controller.inCall())
        return tr("Start a call first: nothing about a caller can be done outside a call.");
    if (!m_controller.summary())
        return tr("Look the caller up first.");
    if (m_controller.verificationExhausted())
        return tr("Three identity checks failed in this call: no action is possible. End the call.");
    if (m_controller.identityChecksLimited())
        return ErrorText::error(Error(ErrorCode::IdentityChecksLimited));
    return {};
}

void VerificationPanel::verify()
{
    if (!whyNot().isEmpty() || m_controller.isBusy())
        return;
    const CivilStatus::TypedDate date = CivilStatus::readDate(m_birthDateLineEdit->text());
    const CivilStatus answers{m_lastNameLineEdit->text(), m_firstNamesLineEdit->text(), date.date,
                              m_birthPlaceLineEdit->text()};
    const std::optional<AccountSummary>& summary = m_controller.summary();
    CivilStatus::Problem problem = answers.normalized().validate(summary->nir);
    // A date that reads two ways is refused before any comparison: it costs the caller no attempt.
    if (date.problem != CivilStatus::Problem::None && problem == CivilStatus::Problem::InvalidBirthDate)
        problem = date.problem;
    // A date that contradicts the number's year and month is still a wrong answer: the model counts it.
    if (problem != CivilStatus::Problem::None && problem != CivilStatus::Problem::BirthDateMismatch) {
        m_problemLabel->setText(ErrorText::civilStatus(problem));
        m_problemLabel->show();
        return;
    }
    m_problemLabel->hide();
    m_checking = true;
    m_controller.verify(answers.normalized());
    updateState();
}

void VerificationPanel::focusFirstField()
{
    m_lastNameLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_lastNameLineEdit->selectAll();
}

void VerificationPanel::updateState()
{
    const QString why = whyNot();
    const bool possible = why.isEmpty();
    const QList<QLineEdit*> fields{m_lastNameLineEdit, m_firstNamesLineEdit, m_birthDateLineEdit, m_birthPlaceLineEdit};
    bool complete = true;
    for (QLineEdit* field : fields) {
        field->setEnabled(possible);
        field->setToolTip(why);
        complete = complete && !field->text().trimmed().isEmpty();
    }
    m_verifyPushButton->setEnabled(possible && complete && !m_controller.isBusy());
    m_verifyPushButton->setToolTip(possible ? (complete ? QString() : tr("Type all four answers first.")) : why);

    if (!m_controller.inCall() || !m_controller.summary()) {
        m_resultLabel->clear();
        m_problemLabel->hide();
    } else if (m_controller.identityChecksLimited() && !m_controller.passIsFresh()) {
        m_resultLabel->setText(QStringLiteral("✗ ") + ErrorText::error(Error(ErrorCode::IdentityChecksLimited)));
    } else if (m_controller.verificationExhausted()) {
        m_resultLabel->setText(tr("✗ Three identity checks failed: no action is possible in this call. Tell the "
                                  "caller, then end the call."));
    }
    updateCountdown();
}

void VerificationPanel::updateCountdown()
{
    if (!m_controller.passIsFresh()) {
        m_tick.stop();
        if (m_controller.passExpiresAt().isValid() && m_controller.summary() && !m_controller.verificationExhausted())
            m_countdownLabel->setText(tr("The identity check has expired: verify the caller again before acting."));
        else
            m_countdownLabel->clear();
        m_countdownLabel->setVisible(!m_countdownLabel->text().isEmpty());
        return;
    }
    if (!m_tick.isActive())
        m_tick.start();
    const qint64 left = qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_controller.passExpiresAt()));
    const QString clock
        = QStringLiteral("%1:%2").arg(left / 60, 2, 10, QLatin1Char('0')).arg(left % 60, 2, 10, QLatin1Char('0'));
    //: %1 is the time left, mm:ss; %2 the time the check expires, in the user's locale.
    m_countdownLabel->setText(
        tr("Identity check valid for %1 more (until %2).")
            .arg(clock, QLocale().toString(m_controller.passExpiresAt().toLocalTime().time(), QLocale::ShortFormat)));
    m_countdownLabel->show();
}

void VerificationPanel::onVerificationFinished(bool passed, int remaining, const QString& message)
{
    Q_UNUSED(remaining)
    m_checking = false;
    m_resultLabel->setText((passed ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + message);
    if (passed)
        clearAnswers();
    updateState();
}

void VerificationPanel::onSummaryChanged()
{
    const std::optional<AccountSummary>& summary = m_controller.summary();
    const qint64 personId = summary ? summary->personId : 0;
    if (personId != m_personId) {
        m_personId = personId;
        clearAnswers();
        m_problemLabel->hide();
        if (!m_controller.passIsFresh())
            m_resultLabel->clear();
    }
    updateState();
}

void VerificationPanel::onDateEdited()
{
    const QString text = m_birthDateLineEdit->text().trimmed();
    const CivilStatus::TypedDate date = CivilStatus::readDate(text);
    if (text.isEmpty() || date.problem == CivilStatus::Problem::None) {
        m_problemLabel->hide();
        return;
    }
    m_problemLabel->setText(ErrorText::civilStatus(date.problem));
    m_problemLabel->show();
}

// The caller's answers leave the fields while the screen is locked, and come back on resume.
void VerificationPanel::onScreenLockedChanged(bool locked)
{
    const QList<QLineEdit*> fields{m_lastNameLineEdit, m_firstNamesLineEdit, m_birthDateLineEdit, m_birthPlaceLineEdit};
    if (locked) {
        m_answersWhileLocked.clear();
        for (QLineEdit* field : fields)
            m_answersWhileLocked << field->text();
        clearAnswers();
        return;
    }
    for (int i = 0; i < fields.size() && i < m_answersWhileLocked.size(); ++i)
        fields[i]->setText(m_answersWhileLocked.at(i));
    m_answersWhileLocked.clear();
}

void VerificationPanel::clearAnswers()
{
    for (QLineEdit* field : {m_lastNameLineEdit, m_firstNamesLineEdit, m_birthDateLineEdit, m_birthPlaceLineEdit})
        field->clear();
}
