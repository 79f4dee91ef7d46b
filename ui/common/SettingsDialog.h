#pragma once

#include "profiles/ConnectionProfile.h"
#include "profiles/ConnectionProfileForm.h"
#include "profiles/ConnectionTester.h"
#include "secrets/SecretStore.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>
#include <memory>
#include <optional>

class ConnectionProfileStore;
class QLineEdit;

namespace Ui {
class SettingsDialog;
}

// The connection profiles of this computer: which database a desk opens and which mail relay it
// uses. Left, the profiles (Add, Remove); right, the selected one's form. "Test the database
// connection" and "Test the mail relay" run ConnectionTester on a worker thread and show what
// really happened in the message strip; the password tested is the one typed, else the one in the
// keychain. Save writes the addresses through ConnectionProfileStore (never a password) and each
// typed password to the keychain, then emits profilesChanged(). Removing asks for confirmation in
// the dialog itself and removes the profile's keychain entries too.
//
// Non-blocking throughout: open() it (never exec()); the keychain and the tests answer later.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(ConnectionProfileStore& store, SecretStore& secrets, QWidget* parent = nullptr);
    ~SettingsDialog() override;
    Q_DISABLE_COPY_MOVE(SettingsDialog)

    // The saved profile shown in the form; empty while a new one is being entered.
    QString currentProfileName() const { return m_currentName; }
    // A test, a save or a removal is under way.
    bool isBusy() const { return m_busyCount > 0; }
    // What the message strip says (empty when it is hidden), and whether it reports a problem.
    QString message() const;
    bool messageIsError() const { return m_messageIsError; }

Q_SIGNALS:
    // A profile was saved or removed (the store and the keychain have been written).
    void profilesChanged();

public Q_SLOTS:
    void selectProfile(const QString& name);
    void addProfile();
    void save();
    void testDatabase();
    void testSmtp();
    void askRemove();

private Q_SLOTS:
    void onProfileRowChanged();
    void onDatabaseTestFinished();
    void onSmtpTestFinished();
    void confirmRemove();
    void cancelRemove();
    void updateState();

private:
    enum class MessageKind { Info, Success, Error };

    void setUpCombos();
    void setUpAccessibility();
    void reloadList(const QString& select);
    void fillForm(const ConnectionProfile& profile);
    // Each builds from the form; on bad input it shows why, focuses the field and returns nothing.
    std::optional<DatabaseUrl> databaseFromForm();
    std::optional<SmtpSettings> smtpFromForm();
    std::optional<ConnectionProfile> profileFromForm();
    ConnectionProfileForm form() const;
    bool refuse(QWidget* field, const QString& text);
    // Shows why the form was refused, in words, and puts the cursor on that field; false.
    bool refuse(ConnectionProfileForm::Field field, DatabaseUrl::ParseError urlError);
    void showMessage(MessageKind kind, const QString& text);
    void setBusy(bool busy, const QString& text = {});
    void browse(QLineEdit* target, bool forSaving, const QString& title, const QString& filter);
    // Calls then(password): the typed one, else the current profile's keychain entry, else "".
    void withPassword(const QString& purpose, const QString& typed, const std::function<void(const QString&)>& then);
    void afterSecretWrites(const QString& name, SecretStore::Failure failure);
    int smtpDefaultPort() const;

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    ConnectionProfileStore& m_store;
    SecretStore& m_secrets;
    // The one documented exception to DatabaseWorker::submit in ui/: the tests reach another
    // database (the profile being edited, opened and closed by ConnectionTester on a pool thread)
    // and a mail relay, not the desk's connection; on the worker they would wait behind, and hold
    // up, the desk's own jobs for as long as a server takes to time out. Members of the dialog, so
    // a result never reaches a closed dialog.
    QFutureWatcher<ConnectionTester::DatabaseResult> m_databaseWatcher;
    QFutureWatcher<ConnectionTester::SmtpResult> m_smtpWatcher;
    QString m_currentName;
    QString m_smtpReplyTo; // the loaded profile's Reply-To, which the dialog keeps as it is
    DatabaseUrl m_readsDatabase; // the loaded profile's read replica, kept as it is (guichetctl profile set)
    DatabaseUrl m_testedDatabase; // what the running or last test was about (without a password)
    SmtpSettings m_testedSmtp;
    int m_busyCount = 0;
    bool m_loading = false;
    bool m_messageIsError = false;
};
