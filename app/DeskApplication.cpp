#include "DeskApplication.h"

#include "DeskBackend.h"
#include "common/SettingsDialog.h"
#include "common/SignInDialog.h"
#include "core/Logging.h"
#include "desk/DeskController.h"
#include "desk/DeskWindow.h"
#include "desk/ScreenLock.h"
#include "mail/MailPump.h"
#include "mail/SmtpTransport.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretStoreText.h"
#include "text/ErrorText.h"

#include <QMessageBox>

DeskApplication::DeskApplication(QSettings& settings, SecretStore& secrets, const ConnectionChoice::Request& request,
                                 QObject* parent)
    : QObject(parent), m_profiles(settings), m_secrets(secrets), m_request(request)
{ }

DeskApplication::~DeskApplication()
{
    // The windows first, then the backend whose worker and services they use.
    delete m_settingsDialog;
    m_window.reset();
    m_signIn.reset();
    m_agentBackend.reset();
    m_retiredBackend.reset();
    m_backend.reset();
}

void DeskApplication::start()
{
    ConnectionChoice::Request request = m_request;
    request.lastProfile = m_profiles.defaultName();
    const ConnectionChoice choice = ConnectionChoice::choose(request);
    if (choice.isProfile()) {
        connectProfile(choice.profile());
        return;
    }
    if (!choice.url().isValid()) {
        //: %1 is where the address came from: --database or GUICHET_DATABASE.
        Q_EMIT cannotStart(
            tr("Guichet cannot start: the database address given by %1 is not valid.").arg(choice.sourceName()),
            ErrorText::databaseUrl(choice.parseError()));
        return;
    }
    ConnectionProfile asStarted;
    asStarted.database = choice.url();
    connectTo(asStarted, {}, {});
}

void DeskApplication::endSession()
{
    if (m_window)
        m_window->endSession();
    Q_EMIT finished();
}

// The passwords first (asynchronously, from the keychain), then the connection.
void DeskApplication::connectProfile(const QString& name)
{
    const std::optional<ConnectionProfile> loaded = m_profiles.load(name);
    if (!loaded) {
        failed(name, tr("The connection profile \"%1\" does not exist or is damaged.").arg(name),
               tr("An administrator can set it up again in Tools → Connection settings, or with guichetctl profile "
                  "set."));
        return;
    }
    const ConnectionProfile profile = *loaded;
    const bool needsDatabasePassword = profile.database.engine() == DatabaseUrl::Engine::PostgreSql;
    const bool needsSmtpPassword = profile.mailDelivery == ConnectionProfile::MailDelivery::Embedded
        && profile.smtp.isValid() && !profile.smtp.userName().isEmpty();

    auto readSmtp = [this, profile, needsSmtpPassword](const QString& databasePassword, const QString& readsPassword) {
        if (!needsSmtpPassword) {
            connectTo(profile, databasePassword, {}, readsPassword);
            return;
        }
        m_secrets.read(profile.name, ConnectionProfile::SmtpPurpose, this,
                       [this, profile, databasePassword, readsPassword](const SecretStore::Result& result) {
                           if (!result.ok())
                               qCWarning(lcMail)
                                   << "no SMTP password for the profile:" << SecretStore::failureName(result.failure);
                           connectTo(profile, databasePassword, result.secret, readsPassword);
                       });
    };
    // The read replica's own password, when the profile names one and the keychain holds it.
    auto readReads = [this, profile, readSmtp](const QString& databasePassword) {
        if (!profile.reads.isValid()) {
            readSmtp(databasePassword, {});
            return;
        }
        m_secrets.read(profile.name, ConnectionProfile::ReadsDatabasePurpose, this,
                       [readSmtp, databasePassword](const SecretStore::Result& result) {
                           if (!result.ok() && result.failure != SecretStore::Failure::NotFound)
                               qCWarning(lcSql) << "no read replica password from the keychain:"
                                                << SecretStore::failureName(result.failure);
                           readSmtp(databasePassword, result.secret);
                       });
    };
    if (!needsDatabasePassword) {
        readSmtp({}, {});
        return;
    }
    m_secrets.read(profile.name, ConnectionProfile::DatabasePurpose, this,
                   [readReads](const SecretStore::Result& result) {
                       // NotFound: no password (libpq may still find one in PGPASSWORD or ~/.pgpass).
                       if (!result.ok() && result.failure != SecretStore::Failure::NotFound)
                           qCWarning(lcSql)
                               << "no database password from the keychain:" << SecretStore::failureName(result.failure);
                       readReads(result.secret);
                   });
}

void DeskApplication::connectTo(const ConnectionProfile& profile, const QString& databasePassword,
                                const QString& smtpPassword, const QString& readsPassword)
{
    m_window.reset();
    m_signIn.reset();
    m_agentBackend.reset();
    m_retiredBackend.reset();
    m_backend.reset();

    // The replica's own password; without one, the primary's when the login is the same (the
    // standby has the primary's roles), else libpq's (PGPASSWORD, ~/.pgpass).
    m_readsUrl = profile.readsAllowed() ? profile.reads : DatabaseUrl();
    if (m_readsUrl.isValid())
        m_readsUrl.setPassword(!readsPassword.isEmpty()                                   ? readsPassword
                                   : m_readsUrl.userName() == profile.database.userName() ? databasePassword
                                                                                          : QString());

    DatabaseUrl url = profile.database;
    url.setPassword(databasePassword);
    m_backend = std::make_unique<DeskBackend>(url);
    // The schema is checked (an SQLite file brought up to date) on the worker: the sign-in shows at
    // once, busy, and the agent may type meanwhile. Its answer goes with the dialog: a sign-in
    // closed meanwhile (the program quits) is never called back.
    showSignIn(profile.name);
    m_signIn->setPreparing(true);
    DeskBackend* backend = m_backend.get();
    m_backend->worker().submit(
        m_signIn.get(), [backend] { return backend->openSchema(); },
        [this, profile, smtpPassword](const Result<int>& version) {
            if (!version) {
                // The dialog holds the watcher that calls this: it goes once the event loop is back.
                m_signIn->hide();
                m_signIn.release()->deleteLater();
                m_backend.reset();
                failed(profile.name, tr("Guichet cannot open its database."), ErrorText::error(version.error()));
                return;
            }
            opened(profile, smtpPassword);
        });
}

void DeskApplication::opened(const ConnectionProfile& profile, const QString& smtpPassword)
{
    m_profileName = profile.name;
    m_everConnected = true;
    if (!profile.name.isEmpty()) {
        m_lastWorkingProfile = profile.name;
        m_profiles.setDefaultName(profile.name);
    }

    // The embedded delivery: this desk sends the outbox itself, unless a shared service does.
    // Not through a gate login (AgentLogins), which may not read the outbox: the shared mail service
    // delivers there, with its own login.
    const bool gate = m_backend->signInMode() == AgentLogins::Mode::AgentLogins;
    if (gate && profile.mailDelivery == ConnectionProfile::MailDelivery::Embedded)
        qCWarning(lcMail) << "embedded mail delivery is off: agents sign in with their own database logins";
    if (!gate && profile.mailDelivery == ConnectionProfile::MailDelivery::Embedded && profile.smtp.isValid()) {
        SmtpSettings smtp = profile.smtp;
        smtp.setPassword(smtpPassword);
        m_backend->startMailPump(std::make_unique<SmtpTransport>(smtp));
    }
    m_signIn->setPreparing(false);
}

void DeskApplication::failed(const QString& name, const QString& text, const QString& detail)
{
    // Back to the connection that worked, with the reason on screen; with none, the program stops.
    if (!m_everConnected || m_lastWorkingProfile.isEmpty() || m_lastWorkingProfile == name) {
        Q_EMIT cannotStart(text, detail);
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, QStringLiteral("Guichet"), text, QMessageBox::Ok);
    box->setInformativeText(detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("connectionFailedMessageBox"));
    const QString previous = m_lastWorkingProfile;
    connect(box, &QMessageBox::finished, this, [this, previous] { connectProfile(previous); });
    box->open();
}

void DeskApplication::showSignIn(const QString& profileName, const QString& signedOutLogin, const QString& notice)
{
    m_signIn = std::make_unique<SignInDialog>(m_backend->auth(), m_backend->worker());
    // The mode is known once the schema is open, on the worker, before any sign-in runs there.
    DeskBackend* backend = m_backend.get();
    m_agentUrl = std::make_shared<DatabaseUrl>();
    m_signIn->setSignInProcedure(
        [backend, agentUrl = m_agentUrl](const QString& login, const QString& password, const QString& workstation) {
            *agentUrl = DatabaseUrl();
            if (backend->signInMode() != AgentLogins::Mode::AgentLogins)
                return backend->auth().signIn(login, password, workstation);
            return AgentLogins::signIn(backend->auth(), backend->database().url(), login, password, workstation,
                                       agentUrl.get());
        });
    m_signIn->setProfiles(m_profiles.names(), profileName);
    if (!signedOutLogin.isEmpty())
        m_signIn->setSignedOutNotice(signedOutLogin, notice);
    connect(m_signIn.get(), &QDialog::accepted, this, &DeskApplication::showDesk);
    connect(m_signIn.get(), &QDialog::rejected, this, &DeskApplication::finished);
    connect(m_signIn.get(), &SignInDialog::profileChosen, this, [this](const QString& name) {
        // Queued: the dialog that emits goes away when the new connection opens.
        QMetaObject::invokeMethod(
            this, [this, name] { connectProfile(name); }, Qt::QueuedConnection);
    });
    m_signIn->open();
}

void DeskApplication::showDesk()
{
    if (m_agentUrl && m_agentUrl->isValid()) {
        m_agentBackend = std::make_unique<DeskBackend>(*m_agentUrl);
        // The replica through the agent's own login too (physical replication copies the roles).
        if (m_readsUrl.isValid())
            m_agentBackend->useReadReplica(m_readsUrl.withUser(m_agentUrl->userName(), m_agentUrl->password()));
        *m_agentUrl = DatabaseUrl(); // its password stays in the backend's URL only
    } else if (m_readsUrl.isValid() && !m_backend->readReplica()) {
        m_backend->useReadReplica(m_readsUrl);
    }
    m_window = std::make_unique<DeskWindow>(deskBackend()->services(), m_signIn->session());
    m_window->setSchemaVersion(m_backend->schemaVersion()); // the gate's backend opened the schema
    connect(m_window.get(), &DeskWindow::settingsRequested, this, &DeskApplication::openSettings);
    connect(m_window.get(), &DeskWindow::supervisionRequested, this, &DeskApplication::openSupervision);
    connect(m_window.get(), &DeskWindow::signedOut, this, [this] { signOut(); });
    connect(m_window.get(), &DeskWindow::sessionRefused, this, &DeskApplication::signOut);
    if (MailPump* pump = deskBackend()->mailPump()) {
        // A reissue or an address change queued a message: send it now rather than at the next pass.
        connect(m_window->controller(), &DeskController::actionFinished, pump,
                [pump](DeskController::Action action, bool ok) {
                    if (ok && action != DeskController::Action::Unlock && action != DeskController::Action::Certify)
                        pump->wakeUp();
                });
    }
    m_window->show();
    m_signIn->hide();
}

// The lock screen's limit: the window has ended the call as interrupted and closes itself; the
// sign-in opens first, so that the application never runs without a window.
void DeskApplication::signOut(const QString& notice)
{
    if (!m_window)
        return;
    const QString login = m_window->controller()->session().login;
    // The window is inside its own signal: it goes once the event loop is back (its supervisor's
    // desk and settings dialog with it).
    // The agent's own connection goes with it, once the window (which may be inside a job) is gone.
    DeskWindow* window = m_window.release();
    if (m_agentBackend) {
        m_retiredBackend = std::move(m_agentBackend);
        connect(window, &QObject::destroyed, this, [this] { m_retiredBackend.reset(); });
    }
    window->deleteLater();
    showSignIn(m_profileName, login, notice);
}

void DeskApplication::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    m_settingsDialog = new SettingsDialog(m_profiles, m_secrets, m_window.get());
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog->open();
}

void DeskApplication::openSupervision()
{
    if (m_supervisorWindow) {
        m_supervisorWindow->raise();
        m_supervisorWindow->activateWindow();
        return;
    }
    // A window of its own, owned by the desk window: it goes when the desk goes (quitting, or
    // another connection), before the backend it reads through.
    m_supervisorWindow
        = new SupervisorWindow(deskBackend()->database(), deskBackend()->worker(), deskBackend()->readReplica(),
                               m_window->controller()->session(), m_window.get());
    m_supervisorWindow->setAttribute(Qt::WA_DeleteOnClose);
    m_supervisorWindow->setSchemaVersion(m_backend->schemaVersion());
    // Locking the desk closes it: the lock hides every caller's data, the supervisor's included.
    connect(m_window->screenLock(), &ScreenLock::lockedChanged, m_supervisorWindow, [this](bool locked) {
        if (locked && m_supervisorWindow)
            m_supervisorWindow->close();
    });
    m_supervisorWindow->show();
}
