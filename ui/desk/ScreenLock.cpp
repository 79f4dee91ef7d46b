#include "desk/ScreenLock.h"

#include "agents/AgentAuthService.h"
#include "core/PortalPolicy.h"
#include "db/DatabaseWorker.h"
#include "text/ErrorText.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

ScreenLock::ScreenLock(AgentAuthService& auth, DatabaseWorker& worker, const AgentSession& session, QWidget* parent)
    : QWidget(parent)
    , m_auth(auth)
    , m_worker(worker)
    , m_session(session)
    , m_idleTimeout(std::chrono::minutes(PortalPolicy::ScreenLockIdleMinutes))
    , m_passwordLineEdit(new QLineEdit(this))
    , m_resumePushButton(new QPushButton(tr("&Resume"), this))
    , m_errorLabel(new QLabel(this))
    , m_busyProgressBar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("screenLock"));
    m_passwordLineEdit->setObjectName(QStringLiteral("lockPasswordLineEdit"));
    m_resumePushButton->setObjectName(QStringLiteral("resumePushButton"));
    m_errorLabel->setObjectName(QStringLiteral("lockErrorLabel"));
    m_busyProgressBar->setObjectName(QStringLiteral("lockProgressBar"));

    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this).pixmap(size, size));
    auto* title = new QLabel(tr("Screen locked"), this);
    title->setObjectName(QStringLiteral("lockTitleLabel"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    title->setFont(titleFont);
    //: %1 is the agent's name, %2 their login.
    auto* text = new QLabel(tr("Signed in: %1 (%2). Nothing about the caller is shown while the screen is locked; the "
                               "call in progress stays open. Type your password to resume.")
                                .arg(m_session.displayName, m_session.login),
                            this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);

    m_passwordLineEdit->setEchoMode(QLineEdit::Password);
    m_passwordLineEdit->setAccessibleName(tr("Your password"));
    m_passwordLineEdit->setAccessibleDescription(tr("Your desk password, to resume work."));
    m_resumePushButton->setAccessibleName(tr("Resume"));
    m_resumePushButton->setAccessibleDescription(tr("Checks your password and shows the desk again."));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    m_busyProgressBar->setRange(0, 0);
    m_busyProgressBar->setTextVisible(false);
    m_busyProgressBar->setMaximumHeight(6);
    m_busyProgressBar->setAccessibleName(tr("Checking the password"));
    QSizePolicy busyPolicy = m_busyProgressBar->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true);
    m_busyProgressBar->setSizePolicy(busyPolicy);
    m_busyProgressBar->hide();

    auto* box = new QWidget(this);
    box->setMinimumWidth(460);
    box->setMaximumWidth(560);
    auto* boxLayout = new QVBoxLayout(box);
    auto* head = new QHBoxLayout;
    head->addWidget(icon);
    head->addWidget(title, 1);
    boxLayout->addLayout(head);
    boxLayout->addWidget(text);
    auto* form = new QFormLayout;
    auto* passwordTitle = new QLabel(tr("&Password:"), box);
    passwordTitle->setBuddy(m_passwordLineEdit);
    form->addRow(passwordTitle, m_passwordLineEdit);
    boxLayout->addLayout(form);
    boxLayout->addWidget(m_errorLabel);
    boxLayout->addWidget(m_busyProgressBar);
    boxLayout->addWidget(m_resumePushButton, 0, Qt::AlignRight);
    // Centred without an alignment flag, so that the wrapped text gets the height it needs.
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(box, 2);
    row->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addLayout(row);
    layout->addStretch(2);

    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_idleTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, &ScreenLock::lock);
    connect(m_passwordLineEdit, &QLineEdit::returnPressed, this, &ScreenLock::resume);
    connect(m_resumePushButton, &QPushButton::clicked, this, &ScreenLock::resume);
    QCoreApplication::instance()->installEventFilter(this);
    m_idleTimer.start();
}

ScreenLock::~ScreenLock()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

void ScreenLock::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idleTimeout = timeout;
    m_idleTimer.setInterval(timeout);
    if (!m_locked)
        m_idleTimer.start();
}

void ScreenLock::lock()
{
    m_idleTimer.stop();
    if (m_locked)
        return;
    m_locked = true;
    m_passwordLineEdit->clear();
    m_errorLabel->hide();
    Q_EMIT lockedChanged(true);
    m_passwordLineEdit->setFocus(Qt::OtherFocusReason);
}

bool ScreenLock::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_locked) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
            m_idleTimer.start();
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ScreenLock::resume()
{
    const QString password = m_passwordLineEdit->text();
    if (!m_locked || m_checking || password.isEmpty() || m_failures >= PortalPolicy::ScreenLockMaxAttempts)
        return;
    m_checking = true;
    m_busyProgressBar->show();
    m_errorLabel->hide();
    m_passwordLineEdit->setReadOnly(true);
    AgentAuthService* auth = &m_auth;
    const AgentSession session = m_session;
    const int failures = m_failures;
    m_worker.submit(
        this, [auth, session, password, failures] { return auth->checkScreenUnlock(session, password, failures); },
        [this](const Result<ScreenUnlock>& result) { onCheckFinished(result); });
}

void ScreenLock::onCheckFinished(const Result<ScreenUnlock>& result)
{
    m_checking = false;
    m_busyProgressBar->hide();
    m_passwordLineEdit->setReadOnly(false);
    m_passwordLineEdit->clear();
    if (!result) {
        m_errorLabel->setText(ErrorText::error(result.error()));
        m_errorLabel->show();
        m_passwordLineEdit->setFocus();
        return;
    }
    if (result->unlocked) {
        m_failures = 0;
        m_locked = false;
        Q_EMIT lockedChanged(false);
        m_idleTimer.start();
        return;
    }
    m_failures = PortalPolicy::ScreenLockMaxAttempts - result->remainingAttempts;
    if (result->signedOut()) {
        //: %n is the number of wrong passwords allowed on the lock screen.
        m_errorLabel->setText(tr("Wrong password %n time(s): you are signed out and the call in progress ends as "
                                 "interrupted.",
                                 nullptr, PortalPolicy::ScreenLockMaxAttempts));
        m_errorLabel->show();
        m_passwordLineEdit->setEnabled(false);
        m_resumePushButton->setEnabled(false);
        Q_EMIT signOutRequested();
        return;
    }
    //: On the lock screen; %n is how many more passwords may be tried before the agent is signed out.
    m_errorLabel->setText(tr("Wrong password. %n attempt(s) left.", nullptr, result->remainingAttempts));
    m_errorLabel->show();
    m_passwordLineEdit->setFocus();
}
