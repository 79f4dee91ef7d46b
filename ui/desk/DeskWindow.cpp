#include "desk/DeskWindow.h"

#include "common/AccessibleNames.h"
#include "common/MessageBox.h"
#include "common/ShortcutPriority.h"
#include "common/SignInDialog.h"
#include "common/WindowGeometry.h"
#include "desk/ActionsPanel.h"
#include "desk/CallBar.h"
#include "desk/CallerPanel.h"
#include "desk/DeskController.h"
#include "desk/ScreenLock.h"
#include "desk/ScriptPanel.h"
#include "desk/ShortcutsDialog.h"
#include "desk/VerificationPanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace {

const QString GeometryKey = QStringLiteral("DeskWindow/geometry");
const QString StateKey = QStringLiteral("DeskWindow/state");
const QString SplitterKey = QStringLiteral("DeskWindow/splitter");

QString roleText(Agent::Role role)
{
    switch (role) {
    case Agent::Role::Agent:
        //: An agent's role, in the status bar.
        return DeskWindow::tr("agent");
    case Agent::Role::Supervisor:
        return DeskWindow::tr("supervisor");
    case Agent::Role::Admin:
        return DeskWindow::tr("administrator");
    }
    return {};
}

QGroupBox* group(const QString& objectName, const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    box->setObjectName(objectName);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

DeskWindow::DeskWindow(const DeskServices& services, const AgentSession& session, QWidget* parent)
    : QMainWindow(parent)
    , m_controller(new DeskController(services, session, this))
    , m_stack(new QStackedWidget(this))
    , m_content(new QWidget(m_stack))
    , m_callBar(new CallBar(*m_controller, m_content))
    , m_callerPanel(new CallerPanel(*m_controller, m_content))
    , m_verificationPanel(new VerificationPanel(*m_controller, m_content))
    , m_actionsPanel(new ActionsPanel(*m_controller, m_content))
    , m_scriptPanel(new ScriptPanel(*m_controller, m_content))
    , m_splitter(new QSplitter(Qt::Horizontal, m_content))
    , m_screenLock(new ScreenLock(services.auth, services.worker, session, m_stack))
    , m_agentLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("DeskWindow"));
    //: Window title; %1 is the agent's name.
    setWindowTitle(tr("Guichet — %1").arg(session.displayName));
    m_content->setObjectName(QStringLiteral("deskContent"));
    m_stack->setObjectName(QStringLiteral("deskStackedWidget"));
    m_callBar->setObjectName(QStringLiteral("callBar"));
    m_callerPanel->setObjectName(QStringLiteral("callerPanel"));
    m_verificationPanel->setObjectName(QStringLiteral("verificationPanel"));
    m_actionsPanel->setObjectName(QStringLiteral("actionsPanel"));
    m_scriptPanel->setObjectName(QStringLiteral("scriptPanel"));
    m_splitter->setObjectName(QStringLiteral("deskSplitter"));

    auto* middle = new QWidget(m_splitter);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(
        group(QStringLiteral("verificationGroupBox"), tr("Identity check"), m_verificationPanel, middle));
    middleLayout->addWidget(group(QStringLiteral("actionsGroupBox"), tr("Actions"), m_actionsPanel, middle));
    middleLayout->addStretch();
    m_splitter->addWidget(m_callerPanel);
    m_splitter->addWidget(middle);
    m_splitter->addWidget(group(QStringLiteral("scriptGroupBox"), tr("Guided script"), m_scriptPanel, m_splitter));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({540, 380, 360});

    auto* layout = new QVBoxLayout(m_content);
    layout->addWidget(m_callBar);
    layout->addWidget(m_splitter, 1);
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_screenLock);
    setCentralWidget(m_stack);

    m_agentLabel->setObjectName(QStringLiteral("agentLabel"));
    m_agentLabel->setTextFormat(Qt::PlainText);
    //: Status bar; %1 is the agent's name, %2 their role.
    m_agentLabel->setText(tr("Signed in: %1 (%2)").arg(session.displayName, roleText(session.role)));
    auto* databaseLabel = new QLabel(SignInDialog::profileDescription(services.worker), this);
    databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    databaseLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_agentLabel);
    statusBar()->addPermanentWidget(databaseLabel);

    createMenus();
    // The desk's shortcuts win over the text fields' editing bindings (Ctrl+E under X11).
    new ShortcutPriority(this);
    connect(m_scriptPanel, &ScriptPanel::actionRequested, m_actionsPanel, &ActionsPanel::trigger);
    connect(m_screenLock, &ScreenLock::lockedChanged, this, &DeskWindow::onLockedChanged);
    connect(m_screenLock, &ScreenLock::signOutRequested, this, &DeskWindow::onSignOutRequested);
    connect(m_controller, &DeskController::sessionEnded, this, &DeskWindow::onSessionEnded);

    // The order Tab follows: the call, the number, the identity check, the actions, the script.
    setTabOrder(m_callBar, m_callerPanel);
    setTabOrder(m_callerPanel, m_verificationPanel);
    setTabOrder(m_verificationPanel, m_actionsPanel);
    setTabOrder(m_actionsPanel, m_scriptPanel);

    // Scroll bars that no panel named say what they are for.
    const QList<QScrollBar*> bars = findChildren<QScrollBar*>();
    for (QScrollBar* bar : bars) {
        if (bar->accessibleName().isEmpty())
            bar->setAccessibleName(bar->orientation() == Qt::Horizontal ? tr("Scroll sideways") : tr("Scroll"));
    }

    AccessibleNames::nameComboBoxesFromLabels(this);
    restoreSettings();
}

DeskWindow::~DeskWindow() = default;

void DeskWindow::createMenus()
{
    const auto add
        = [this](QMenu* menu, const QString& objectName, const QString& text, const QKeySequence& keys, bool lockable) {
              auto* action = menu->addAction(text);
              action->setObjectName(objectName);
              action->setShortcut(keys);
              action->setShortcutContext(Qt::WindowShortcut);
              if (lockable)
                  m_lockableActions.append(action);
              return action;
          };
    QMenu* call = menuBar()->addMenu(tr("&Call"));
    connect(add(call, QStringLiteral("startCallAction"), tr("&Start call"), QKeySequence(Qt::CTRL | Qt::Key_N), true),
            &QAction::triggered, m_callBar, &CallBar::startCall);
    connect(add(call, QStringLiteral("chooseReasonAction"), tr("Choose the &reason"),
                QKeySequence(Qt::CTRL | Qt::Key_R), true),
            &QAction::triggered, m_callBar, &CallBar::focusReason);
    connect(add(call, QStringLiteral("endCallAction"), tr("&End call…"), QKeySequence(Qt::CTRL | Qt::Key_E), true),
            &QAction::triggered, m_callBar, &CallBar::requestEndCall);
    call->addSeparator();
    connect(
        add(call, QStringLiteral("focusNirAction"), tr("&Look up a number"), QKeySequence(Qt::CTRL | Qt::Key_L), true),
        &QAction::triggered, m_callerPanel, &CallerPanel::focusNirField);
    connect(add(call, QStringLiteral("verifyAction"), tr("&Verify identity"), QKeySequence(Qt::CTRL | Qt::Key_I), true),
            &QAction::triggered, m_verificationPanel, &VerificationPanel::focusFirstField);
    call->addSeparator();
    connect(add(call, QStringLiteral("lockAction"), tr("Loc&k the screen"),
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), true),
            &QAction::triggered, m_screenLock, &ScreenLock::lock);
    QAction* quit = add(call, QStringLiteral("quitAction"), tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), false);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    using Action = DeskController::Action;
    QMenu* actions = menuBar()->addMenu(tr("&Actions"));
    const auto addAction = [this, actions, &add](const QString& objectName, const QString& text,
                                                 const QKeySequence& keys, Action action) {
        connect(add(actions, objectName, text, keys, true), &QAction::triggered, m_actionsPanel,
                [this, action] { m_actionsPanel->trigger(action); });
    };
    addAction(QStringLiteral("unlockAction"), tr("&Unlock the account…"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), Action::Unlock);
    addAction(QStringLiteral("reissueAction"), tr("&Reissue a temporary password…"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), Action::Reissue);
    addAction(QStringLiteral("changeEmailAction"), tr("Correct the e-&mail address…"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), Action::ChangeEmail);
    if (m_controller->mayCertify())
        addAction(QStringLiteral("certifyAction"), tr("&Certify the number"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), Action::Certify);

    const AgentSession& session = m_controller->session();
    if (session.can(AgentSession::Permission::ReviewHistory)) {
        QMenu* supervision = menuBar()->addMenu(tr("&Supervision"));
        connect(add(supervision, QStringLiteral("supervisionAction"), tr("Open the &supervisor's desk…"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), true),
                &QAction::triggered, this, &DeskWindow::supervisionRequested);
    }
    if (session.can(AgentSession::Permission::ManageAgents)) {
        QMenu* tools = menuBar()->addMenu(tr("&Tools"));
        connect(add(tools, QStringLiteral("settingsAction"), tr("Connection &settings…"), QKeySequence(), true),
                &QAction::triggered, this, &DeskWindow::settingsRequested);
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    connect(add(help, QStringLiteral("shortcutsAction"), tr("&Keyboard shortcuts"), QKeySequence(Qt::Key_F1), false),
            &QAction::triggered, this, &DeskWindow::showShortcuts);
    QAction* about = add(help, QStringLiteral("aboutAction"), tr("&About Guichet"), QKeySequence(), false);
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &DeskWindow::showAbout);
}

void DeskWindow::showAbout()
{
    AboutDialog::showOnce(&m_aboutDialog, m_schemaVersion, this);
}

void DeskWindow::showShortcuts()
{
    if (m_shortcutsDialog) {
        m_shortcutsDialog->raise();
        return;
    }
    QList<QAction*> actions;
    const QList<QAction*> menus = menuBar()->actions();
    for (QAction* menu : menus) {
        if (menu->menu())
            actions += menu->menu()->actions();
    }
    m_shortcutsDialog = new ShortcutsDialog(actions, this);
    m_shortcutsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_shortcutsDialog->open();
}

// Quitting (Ctrl+Q, Call → Quit, the window's close button) during a call asks first; the locked
// screen cannot be quit without the password. Whatever way the window goes, an open call ends as
// interrupted, with its end time.
void DeskWindow::closeEvent(QCloseEvent* event)
{
    if (!m_quitConfirmed && m_screenLock->isLocked()) {
        event->ignore();
        return;
    }
    if (!m_quitConfirmed && m_controller->inCall()) {
        event->ignore();
        askToQuit();
        return;
    }
    m_controller->interruptCall(); // a failure is logged; the window goes anyway
    saveSettings();
    QMainWindow::closeEvent(event);
}

void DeskWindow::askToQuit()
{
    if (m_asking)
        return;
    m_asking = true;
    MessageBox::question(this, QStringLiteral("quitMessageBox"), tr("A call is in progress. Quit anyway?"),
                         tr("The call will be recorded as interrupted, with the time it ended."),
                         QMessageBox::Yes | QMessageBox::No, QMessageBox::No, this,
                         [this](QMessageBox::StandardButton answer) {
                             m_asking = false;
                             if (answer != QMessageBox::Yes)
                                 return;
                             m_quitConfirmed = true;
                             close();
                         });
}

void DeskWindow::endSession()
{
    m_quitConfirmed = true;
    m_controller->interruptCall(); // a failure is logged; the window goes anyway
    close();
}

void DeskWindow::onSignOutRequested()
{
    m_quitConfirmed = true;
    m_controller->interruptCall(); // a failure is logged; the window goes anyway
    Q_EMIT signedOut();
    close();
}

void DeskWindow::onSessionEnded(const QString& message)
{
    m_quitConfirmed = true; // the controller has interrupted the call already
    Q_EMIT sessionRefused(message);
    close();
}

void DeskWindow::onLockedChanged(bool locked)
{
    // Nothing about the caller stays on screen, and no shortcut reaches the hidden panels.
    m_stack->setCurrentWidget(locked ? static_cast<QWidget*>(m_screenLock) : m_content);
    m_content->setEnabled(!locked);
    // Hidden is not enough: a screen reader still reads hidden texts. The panels empty themselves.
    m_controller->setScreenLocked(locked);
    for (QAction* action : std::as_const(m_lockableActions))
        action->setEnabled(!locked);
}

void DeskWindow::restoreSettings()
{
    const QSettings settings;
    WindowGeometry::restore(this, QSize(1280, 800), settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
}

void DeskWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
}
