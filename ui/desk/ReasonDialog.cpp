#include "desk/ReasonDialog.h"

#include "core/TextLimits.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

ReasonDialog::ReasonDialog(const QString& title, const QString& prompt, const QString& fieldName, const QString& okText,
                           std::function<QString(const QString&)> check, QWidget* parent)
    : QDialog(parent)
    , m_check(std::move(check))
    , m_lineEdit(new QLineEdit(this))
    , m_detailsLabel(new QLabel(this))
    , m_problemLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("ReasonDialog"));
    setWindowTitle(title);
    m_lineEdit->setObjectName(QStringLiteral("reasonLineEdit"));
    m_problemLabel->setObjectName(QStringLiteral("reasonProblemLabel"));
    m_detailsLabel->setObjectName(QStringLiteral("reasonDetailsLabel"));
    m_detailsLabel->setTextFormat(Qt::PlainText);
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->hide();
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    auto* promptLabel = new QLabel(prompt, this);
    promptLabel->setWordWrap(true);
    promptLabel->setBuddy(m_lineEdit);
    m_lineEdit->setMaxLength(TextLimits::Reason);
    m_lineEdit->setAccessibleName(fieldName);
    m_lineEdit->setAccessibleDescription(prompt);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(okText);
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(promptLabel);
    layout->addWidget(m_detailsLabel);
    layout->addWidget(m_lineEdit);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_lineEdit, &QLineEdit::textChanged, this, &ReasonDialog::updateState);
    updateState();
    m_lineEdit->setFocus();
}

ReasonDialog::~ReasonDialog() = default;

void ReasonDialog::setMaxLength(int length)
{
    m_lineEdit->setMaxLength(length);
}

int ReasonDialog::maxLength() const
{
    return m_lineEdit->maxLength();
}

QString ReasonDialog::text() const
{
    return m_lineEdit->text().trimmed();
}

void ReasonDialog::setDetails(const QString& details)
{
    m_detailsLabel->setText(details);
    m_detailsLabel->setVisible(!details.isEmpty());
    m_lineEdit->setAccessibleDescription(details.isEmpty() ? m_lineEdit->accessibleDescription()
                                                           : m_lineEdit->accessibleDescription() + u' ' + details);
    fitHeight();
}

void ReasonDialog::accept()
{
    if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        QDialog::accept();
}

void ReasonDialog::updateState()
{
    const QString problem = m_check ? m_check(text()) : QString();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    // Said only once something is typed: an empty field is not yet a mistake.
    m_problemLabel->setText(text().isEmpty() ? QString() : problem);
    m_problemLabel->setVisible(!m_problemLabel->text().isEmpty());
    fitHeight();
}

void ReasonDialog::fitHeight()
{
    if (!isVisible())
        return;
    layout()->activate();
    const int needed = std::max(heightForWidth(width()), minimumSizeHint().height());
    if (height() < needed)
        resize(width(), needed);
}
