#include "desk/EndCallDialog.h"

#include "core/TextLimits.h"
#include "desk/CallCatalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

EndCallDialog::EndCallDialog(QWidget* parent)
    : QDialog(parent), m_outcomeComboBox(new QComboBox(this)), m_noteLineEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("EndCallDialog"));
    setWindowTitle(tr("End the call"));
    m_outcomeComboBox->setObjectName(QStringLiteral("outcomeComboBox"));
    m_noteLineEdit->setObjectName(QStringLiteral("noteLineEdit"));

    const QStringList outcomes = CallCatalog::outcomes();
    for (const QString& code : outcomes)
        m_outcomeComboBox->addItem(CallCatalog::outcomeLabel(code), code);
    m_outcomeComboBox->setAccessibleName(tr("Outcome"));
    m_outcomeComboBox->setAccessibleDescription(tr("How the call ended."));
    m_noteLineEdit->setMaxLength(TextLimits::CallNote);
    m_noteLineEdit->setPlaceholderText(tr("What was done, what the caller should do next"));
    m_noteLineEdit->setAccessibleName(tr("Note"));
    m_noteLineEdit->setAccessibleDescription(
        tr("A short note kept with the call. Write no password, code or full e-mail address."));

    auto* intro = new QLabel(tr("Record how the call ended. The call closes when you confirm."), this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    auto* outcomeTitle = new QLabel(tr("&Outcome:"), this);
    outcomeTitle->setBuddy(m_outcomeComboBox);
    auto* noteTitle = new QLabel(tr("&Note:"), this);
    noteTitle->setBuddy(m_noteLineEdit);
    form->addRow(outcomeTitle, m_outcomeComboBox);
    form->addRow(noteTitle, m_noteLineEdit);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("End call"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("End call"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Keep the call open"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Keep the call open"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    m_outcomeComboBox->setFocus();
}

EndCallDialog::~EndCallDialog() = default;

QString EndCallDialog::outcome() const
{
    return m_outcomeComboBox->currentData().toString();
}

QString EndCallDialog::note() const
{
    return m_noteLineEdit->text().trimmed();
}

void EndCallDialog::setOutcome(const QString& code)
{
    const int index = m_outcomeComboBox->findData(code);
    if (index >= 0)
        m_outcomeComboBox->setCurrentIndex(index);
}
