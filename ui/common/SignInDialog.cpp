#include "common/SignInDialog.h"

#include "agents/AgentAuthService.h"
#include "core/PortalPolicy.h"
#include "db/Database.h"
#include "db/DatabaseWorker.h"
#include "text/ErrorText.h"
#include "ui_SignInDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>

SignInDialog::SignInDialog(AgentAuthService& auth, DatabaseWorker& worker, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_auth(auth)
    , m_worker(worker)
    , m_noticeLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_noticeLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_noticeLabel->setTextFormat(Qt::PlainText);
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->hide();
    m_ui->dialogVerticalLayout->insertWidget(1, m_noticeLabel);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->hide();
    m_ui->dialogVerticalLayout->insertWidget(m_ui->dialogVerticalLayout->indexOf(m_ui->busyProgressBar), m_statusLabel);
    //: The button that signs the agent in.
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Sign in"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_ui->loginLineEdit->setAccessibleName(tr("Login"));
    m_ui->loginLineEdit->setAccessibleDescription(tr("Your desk login, as given by your administrator."));
    m_ui->passwordLineEdit->setAccessibleName(tr("Password"));
    m_ui->passwordLineEdit->setAccessibleDescription(
        //: %1 is the number of wrong passwords (5), %2 and %3 numbers of minutes (15).
        tr("Your desk password. %1 wrong passwords within %2 minutes lock the login for %3 minutes.")
            .arg(PortalPolicy::AgentMaxFailedLogins)
            .arg(PortalPolicy::AgentFailureWindowMinutes)
            .arg(PortalPolicy::AgentLockMinutes));
    m_ui->profileLabel->setText(profileDescription(worker));
    m_ui->profileComboBox->setAccessibleName(tr("Connection profile"));
    m_ui->profileComboBox->setAccessibleDescription(
        tr("Which database and mail relay this desk uses; your administrator sets them up."));
    setProfiles({}, {});
    m_ui->profileLabel->setAccessibleName(tr("Connection"));
    m_ui->loginLineEdit->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);

    QSizePolicy busyPolicy = m_ui->busyProgressBar->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true);
    m_ui->busyProgressBar->setSizePolicy(busyPolicy);
    m_ui->busyProgressBar->setAccessibleName(tr("Signing in"));
    m_ui->busyProgressBar->hide();
    m_ui->errorLabel->hide();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_ui->loginLineEdit, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_ui->passwordLineEdit, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_ui->profileComboBox, &QComboBox::activated, this, [this](int index) {
        const QString name = m_ui->profileComboBox->itemData(index).toString();
        if (!name.isEmpty() && name != m_currentProfile)
            Q_EMIT profileChosen(name);
    });
    updateButtons();
    m_ui->loginLineEdit->setFocus();
}

// A sign-in still running holds only the service and copies of its arguments; the worker finishes
// it before it is destroyed.
SignInDialog::~SignInDialog() = default;

QString SignInDialog::profileDescription(const DatabaseWorker& worker)
{
    const DatabaseUrl& url = worker.database().url();
    if (url.engine() == DatabaseUrl::Engine::Sqlite)
        //: Connection profile; %1 is the full path of the SQLite file on this computer.
        return tr("SQLite file %1").arg(QDir::toNativeSeparators(QFileInfo(url.path()).absoluteFilePath()));
    const QString server = url.hostName().startsWith(QLatin1Char('/'))
        ? tr("this computer")
        : url.hostName() + QLatin1Char(':') + QString::number(url.port());
    //: Connection profile; %1 is the database server, %2 the database name.
    return tr("PostgreSQL on %1, database %2").arg(server, url.databaseName());
}

void SignInDialog::setProfiles(const QStringList& names, const QString& current)
{
    m_currentProfile = current;
    m_ui->profileComboBox->clear();
    if (names.isEmpty()) {
        //: The only choice when no connection profile is set up: the connection given at start-up.
        m_ui->profileComboBox->addItem(tr("As started (no profile)"));
        m_canChooseProfile = false;
        m_ui->profileComboBox->setEnabled(false);
        return;
    }
    for (const QString& name : names)
        m_ui->profileComboBox->addItem(name, name);
    m_ui->profileComboBox->setCurrentIndex(qMax(0, static_cast<int>(names.indexOf(current))));
    if (!names.contains(current)) {
        //: The connection in use when it is not one of the profiles (given on the command line).
        m_ui->profileComboBox->insertItem(0, tr("As started (no profile)"));
        m_ui->profileComboBox->setCurrentIndex(0);
    }
    m_canChooseProfile = m_ui->profileComboBox->count() > 1;
    m_ui->profileComboBox->setEnabled(m_canChooseProfile && !m_preparing && !m_busy);
}

void SignInDialog::setSignedOutNotice(const QString& login, const QString& notice)
{
    //: After the lock screen signed the agent out. %1 is the number of wrong passwords allowed on the lock
    //: screen (3), %2 the number that locks a login here (5), %3 the minutes it stays locked (15).
    m_noticeLabel->setText(
        !notice.isEmpty() ? notice
                          : tr("The screen was locked and the password was wrong %1 times: the call was ended as "
                               "interrupted. Sign in again. Here, %2 wrong passwords lock your login for %3 minutes.")
                                .arg(PortalPolicy::ScreenLockMaxAttempts)
                                .arg(PortalPolicy::AgentMaxFailedLogins)
                                .arg(PortalPolicy::AgentLockMinutes));
    m_noticeLabel->show();
    fitContents();
    m_ui->loginLineEdit->setText(login);
    m_ui->passwordLineEdit->setFocus();
}

void SignInDialog::accept()
{
    if (m_session.isValid()) {
        QDialog::accept();
        return;
    }
    const QString login = m_ui->loginLineEdit->text().trimmed();
    const QString password = m_ui->passwordLineEdit->text();
    if (m_busy || m_preparing || login.isEmpty() || password.isEmpty())
        return;
    setBusy(true);
    AgentAuthService* auth = &m_auth;
    const QString workstation = AgentAuthService::workstationName();
    m_worker.submit(
        this,
        [auth, procedure = m_procedure, login, password, workstation] {
            return procedure ? procedure(login, password, workstation) : auth->signIn(login, password, workstation);
        },
        [this](const Result<AgentSession>& result) { onSignInFinished(result); });
}

void SignInDialog::setPreparing(bool preparing)
{
    m_preparing = preparing;
    //: On the sign-in while the desk opens its database (and brings an SQLite file up to date).
    m_statusLabel->setText(preparing ? tr("Opening the database…") : QString());
    m_statusLabel->setVisible(preparing);
    m_ui->busyProgressBar->setAccessibleName(preparing ? tr("Opening the database") : tr("Signing in"));
    setBusy(m_busy);
    fitContents();
}

void SignInDialog::onSignInFinished(const Result<AgentSession>& result)
{
    setBusy(false);
    if (result) {
        m_session = result.value();
        m_ui->passwordLineEdit->clear();
        QDialog::accept();
        return;
    }
    m_ui->errorLabel->setText(ErrorText::error(result.error()));
    m_ui->errorLabel->show();
    fitContents();
    m_ui->passwordLineEdit->clear();
    m_ui->passwordLineEdit->setFocus();
}

void SignInDialog::updateButtons()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && !m_preparing && !m_ui->loginLineEdit->text().trimmed().isEmpty()
                     && !m_ui->passwordLineEdit->text().isEmpty());
}

void SignInDialog::fitContents()
{
    const QSize wanted = sizeHint();
    if (wanted.height() > height() || wanted.width() > width())
        resize(qMax(width(), wanted.width()), qMax(height(), wanted.height()));
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->busyProgressBar->setVisible(busy || m_preparing);
    m_ui->loginLineEdit->setReadOnly(busy);
    m_ui->passwordLineEdit->setReadOnly(busy);
    m_ui->profileComboBox->setEnabled(!busy && !m_preparing && m_canChooseProfile);
    if (busy)
        m_ui->errorLabel->hide();
    updateButtons();
}
