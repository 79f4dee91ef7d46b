#pragma once

#include "common/SettingsDialog.h"
#include "db/DatabaseUrl.h"
#include "profiles/ConnectionChoice.h"
#include "profiles/ConnectionProfile.h"
#include "profiles/ConnectionProfileStore.h"
#include "supervision/SupervisorWindow.h"

#include <QObject>
#include <QPointer>

#include <memory>

class DeskBackend;
class DeskWindow;
class QSettings;
class SecretStore;
class SignInDialog;

// The desk application's life: which connection (a profile, or the database given at start-up),
// its passwords from the keychain, the schema check, the sign-in, the desk window, the embedded
// mail delivery, and the connection settings for admins. main() only builds it and runs the loop.
class DeskApplication : public QObject
{
    Q_OBJECT

public:
    // settings and secrets outlive this object. request: the options and environment that name a
    // database or a profile; start() completes it with the profile used last and follows
    // ConnectionChoice's order, the same as guichetctl's.
    DeskApplication(QSettings& settings, SecretStore& secrets, const ConnectionChoice::Request& request,
                    QObject* parent = nullptr);
    ~DeskApplication() override;
    Q_DISABLE_COPY_MOVE(DeskApplication)

    // Connects and opens the sign-in; cannotStart() when nothing can be opened.
    void start();
    // The session ends without the agent (SessionEndWatcher, logout, aboutToQuit): the call in
    // progress ends as interrupted, the desk closes without asking, then finished().
    void endSession();

    // For tests: what is on screen.
    SignInDialog* signInDialog() const { return m_signIn.get(); }
    DeskWindow* deskWindow() const { return m_window.get(); }
    SettingsDialog* settingsDialog() const { return m_settingsDialog; }
    SupervisorWindow* supervisorWindow() const { return m_supervisorWindow; }
    DeskBackend* backend() const { return m_backend.get(); }
    // What the signed-in agent's desk works through: the agent's own login (AgentLogins), else backend().
    DeskBackend* deskBackend() const { return m_agentBackend ? m_agentBackend.get() : m_backend.get(); }
    QString profileName() const { return m_profileName; }

Q_SIGNALS:
    // The program cannot go on: main() tells the user and quits.
    void cannotStart(const QString& text, const QString& detail);
    // The agent closed the sign-in without signing in, or closed the desk window.
    void finished();

private:
    void connectProfile(const QString& name);
    // Opens the sign-in at once, busy while the worker checks the schema; then opened(), or
    // failed() with the sign-in gone.
    void connectTo(const ConnectionProfile& profile, const QString& databasePassword, const QString& smtpPassword,
                   const QString& readsPassword = {});
    void opened(const ConnectionProfile& profile, const QString& smtpPassword);
    void failed(const QString& name, const QString& text, const QString& detail);
    // profileName: the one in the sign-in's list; signedOutLogin: the lock screen signed this agent
    // out, the sign-in says why (notice, or the lock screen's words when empty).
    void showSignIn(const QString& profileName, const QString& signedOutLogin = {}, const QString& notice = {});
    void showDesk();
    // notice: why the session ended when the model refused it; empty for the lock screen.
    void signOut(const QString& notice = {});
    void openSettings();
    void openSupervision();

    ConnectionProfileStore m_profiles;
    SecretStore& m_secrets;
    ConnectionChoice::Request m_request;
    QString m_profileName; // empty: the database given at start-up
    QString m_lastWorkingProfile;
    bool m_everConnected = false;
    // Declared so that the windows go before the backend they use.
    std::unique_ptr<DeskBackend> m_backend; // the profile's login: the schema, the sign-in
    // Where the agent's own login connects (AgentLogins): set by a sign-in on the worker, read once
    // accepted; the desk's backend on it while the agent is signed in; the previous one until its
    // window is gone.
    std::shared_ptr<DatabaseUrl> m_agentUrl;
    DatabaseUrl m_readsUrl; // the profile's read replica with its password; invalid: none
    std::unique_ptr<DeskBackend> m_agentBackend;
    std::unique_ptr<DeskBackend> m_retiredBackend;
    std::unique_ptr<SignInDialog> m_signIn;
    std::unique_ptr<DeskWindow> m_window;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<SupervisorWindow> m_supervisorWindow;
};
