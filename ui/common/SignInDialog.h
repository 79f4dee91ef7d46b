#pragma once

#include "agents/AgentSession.h"
#include "core/Error.h"

#include <QDialog>

#include <functional>
#include <memory>

class AgentAuthService;
class DatabaseWorker;
class QLabel;

namespace Ui {
class SignInDialog;
}

// The agent signs in before the desk opens: login and password, checked by AgentAuthService on
// the DatabaseWorker's thread (hashing takes a moment: the dialog shows it is busy). The model's
// rules apply: five wrong passwords lock the login for a while, and the dialog says so. Accepted
// once a session exists; open() it and listen to accepted().
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(AgentAuthService& auth, DatabaseWorker& worker, QWidget* parent = nullptr);
    ~SignInDialog() override;
    Q_DISABLE_COPY_MOVE(SignInDialog)

    // What checks a login and password, run on the worker's thread: AgentAuthService::signIn unless
    // set (the desk's own logins on PostgreSQL: AgentLogins::signIn).
    using SignInProcedure = std::function<Result<AgentSession>(const QString& login, const QString& password,
                                                               const QString& workstation)>;
    void setSignInProcedure(SignInProcedure procedure) { m_procedure = std::move(procedure); }

    // Valid once the dialog is accepted.
    AgentSession session() const { return m_session; }
    bool isBusy() const { return m_busy; }
    // The desk is still opening its database (on the worker): the agent may type, not sign in yet.
    // Shown by the busy bar and the words of "statusLabel"; the profile cannot change meanwhile.
    void setPreparing(bool preparing);
    bool isPreparing() const { return m_preparing; }

    // The connection profile in words ("PostgreSQL on db.example:5432"); never a password.
    static QString profileDescription(const DatabaseWorker& worker);

    // The connection profiles the agent may pick, and the one in use. With none, the combo shows
    // the connection in use and is disabled.
    void setProfiles(const QStringList& names, const QString& current);

    // Why the agent is asked to sign in again, above the fields, with the login already typed:
    // notice, or when empty the lock screen's words (it signed them out).
    void setSignedOutNotice(const QString& login, const QString& notice = {});

Q_SIGNALS:
    // The agent picked another profile: the desk reconnects and opens a new sign-in.
    void profileChosen(const QString& name);

public Q_SLOTS:
    void accept() override;

private Q_SLOTS:
    void updateButtons();

private:
    void onSignInFinished(const Result<AgentSession>& result);
    void setBusy(bool busy);
    // Taller when a message appears, so that no field is squeezed.
    void fitContents();

    std::unique_ptr<Ui::SignInDialog> m_ui;
    AgentAuthService& m_auth;
    DatabaseWorker& m_worker;
    SignInProcedure m_procedure;
    AgentSession m_session;
    bool m_busy = false;
    bool m_preparing = false;
    QString m_currentProfile;
    bool m_canChooseProfile = false;
    QLabel* m_noticeLabel;
    QLabel* m_statusLabel;
};
