#include "common/SettingsDialog.h"

#include "profiles/ConnectionProfileStore.h"
#include "secrets/SecretStoreText.h"
#include "text/ErrorText.h"
#include "ui_SettingsDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace {

void describe(QWidget* widget, const QString& name, const QString& description)
{
    widget->setAccessibleName(name);
    widget->setAccessibleDescription(description);
}

QString quoted(const QString& name)
{
    //: A profile's name in quotation marks, as the language writes them.
    return SettingsDialog::tr("“%1”").arg(name);
}

// Several operations (keychain writes or removals) that report once, when the last one answers.
struct Pending
{
    int remaining = 0;
    SecretStore::Failure failure = SecretStore::Failure::None;
};

} // namespace

SettingsDialog::SettingsDialog(ConnectionProfileStore& store, SecretStore& secrets, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_store(store), m_secrets(secrets)
{
    m_ui->setupUi(this);
    setUpCombos();
    setUpAccessibility();
    for (QLineEdit* field : {m_ui->nameLineEdit, m_ui->pgHostLineEdit, m_ui->pgUserLineEdit, m_ui->smtpHostLineEdit,
                             m_ui->smtpUserLineEdit, m_ui->smtpSenderLineEdit})
        field->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    QSizePolicy busyPolicy = m_ui->busyProgressBar->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true);
    m_ui->busyProgressBar->setSizePolicy(busyPolicy);
    m_ui->busyProgressBar->hide();
    m_ui->messageFrame->hide();
    m_ui->removeFrame->hide();

    connect(m_ui->profilesListWidget, &QListWidget::currentRowChanged, this, &SettingsDialog::onProfileRowChanged);
    connect(m_ui->addPushButton, &QPushButton::clicked, this, &SettingsDialog::addProfile);
    connect(m_ui->removePushButton, &QPushButton::clicked, this, &SettingsDialog::askRemove);
    connect(m_ui->confirmRemovePushButton, &QPushButton::clicked, this, &SettingsDialog::confirmRemove);
    connect(m_ui->keepPushButton, &QPushButton::clicked, this, &SettingsDialog::cancelRemove);
    connect(m_ui->testDatabasePushButton, &QPushButton::clicked, this, &SettingsDialog::testDatabase);
    connect(m_ui->testSmtpPushButton, &QPushButton::clicked, this, &SettingsDialog::testSmtp);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->databaseKindComboBox, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateState);
    connect(m_ui->relayComboBox, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateState);
    connect(m_ui->smtpSecurityComboBox, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateState);
    connect(m_ui->sqliteBrowsePushButton, &QPushButton::clicked, this, [this] {
        browse(m_ui->sqlitePathLineEdit, true, tr("Choose the SQLite database file"),
               tr("SQLite databases (*.sqlite *.db);;All files (*)"));
    });
    connect(m_ui->smtpCaBrowsePushButton, &QPushButton::clicked, this, [this] {
        browse(m_ui->smtpCaFileLineEdit, false, tr("Choose the relay's CA certificate"),
               tr("PEM certificates (*.pem *.crt);;All files (*)"));
    });
    connect(&m_databaseWatcher, &QFutureWatcher<ConnectionTester::DatabaseResult>::finished, this,
            &SettingsDialog::onDatabaseTestFinished);
    connect(&m_smtpWatcher, &QFutureWatcher<ConnectionTester::SmtpResult>::finished, this,
            &SettingsDialog::onSmtpTestFinished);

    const QString first = m_store.defaultName();
    reloadList(first.isEmpty() ? m_store.names().value(0) : first);
    if (m_currentName.isEmpty())
        addProfile();
    resize(sizeHint().expandedTo(QSize(1020, 560)));
}

// A test still running holds copies of its settings only; its result is dropped with the watcher.
SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setUpCombos()
{
    // The items' texts are in SettingsDialog.ui, in the order of DatabaseUrl::Engine,
    // SmtpSettings::Security and ConnectionProfile::MailDelivery; the relay's are none, SMTP.
    for (QComboBox* combo :
         {m_ui->databaseKindComboBox, m_ui->relayComboBox, m_ui->smtpSecurityComboBox, m_ui->deliveryComboBox}) {
        for (int i = 0; i < combo->count(); ++i)
            combo->setItemData(i, i);
    }
    const QStringList sslModes{QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
                               QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    for (int i = 0; i < m_ui->pgSslModeComboBox->count(); ++i)
        m_ui->pgSslModeComboBox->setItemData(i, sslModes.value(i));
}

void SettingsDialog::setUpAccessibility()
{
    // The form's own controls are named and described in SettingsDialog.ui.
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePushButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closePushButton"));
    describe(m_ui->buttonBox->button(QDialogButtonBox::Save), tr("Save"),
             tr("Saves the profile; the passwords go to the system keychain."));
    describe(m_ui->buttonBox->button(QDialogButtonBox::Close), tr("Close"), tr("Closes the connection settings."));
}

QString SettingsDialog::message() const
{
    return m_ui->messageFrame->isHidden() ? QString() : m_ui->messageLabel->text();
}

void SettingsDialog::reloadList(const QString& select)
{
    m_loading = true;
    m_ui->profilesListWidget->clear();
    const QStringList names = m_store.names();
    m_ui->profilesListWidget->addItems(names);
    m_loading = false;
    const qsizetype row = names.indexOf(select);
    if (row >= 0) {
        m_ui->profilesListWidget->setCurrentRow(static_cast<int>(row));
    } else {
        m_currentName.clear();
        updateState();
    }
}

void SettingsDialog::selectProfile(const QString& name)
{
    const QList<QListWidgetItem*> items = m_ui->profilesListWidget->findItems(name, Qt::MatchExactly);
    if (!items.isEmpty())
        m_ui->profilesListWidget->setCurrentItem(items.first());
}

void SettingsDialog::onProfileRowChanged()
{
    if (m_loading)
        return;
    const QListWidgetItem* item = m_ui->profilesListWidget->currentItem();
    if (!item)
        return;
    m_ui->removeFrame->hide();
    m_ui->messageFrame->hide();
    const QString name = item->text();
    const std::optional<ConnectionProfile> profile = m_store.load(name);
    ConnectionProfile shown;
    shown.name = name;
    if (profile)
        shown = *profile;
    else
        showMessage(MessageKind::Error,
                    tr("The profile %1 can no longer be read. Enter its settings again and save "
                       "it, or remove it.")
                        .arg(quoted(name)));
    m_currentName = name;
    fillForm(shown);
}

void SettingsDialog::addProfile()
{
    m_loading = true;
    m_ui->profilesListWidget->setCurrentRow(-1);
    m_loading = false;
    m_ui->removeFrame->hide();
    m_ui->messageFrame->hide();
    m_currentName.clear();
    ConnectionProfile profile;
    profile.database = DatabaseUrl::defaultUrl();
    fillForm(profile);
    m_ui->nameLineEdit->setFocus();
}

void SettingsDialog::fillForm(const ConnectionProfile& profile)
{
    const DatabaseUrl& url = profile.database;
    const bool postgres = url.isValid() && url.engine() == DatabaseUrl::Engine::PostgreSql;
    m_ui->nameLineEdit->setText(profile.name);
    m_ui->databaseKindComboBox->setCurrentIndex(postgres ? 1 : 0);
    m_ui->sqlitePathLineEdit->setText(postgres ? QString() : QDir::toNativeSeparators(url.path()));
    m_ui->pgHostLineEdit->setText(postgres ? url.hostName() : QString());
    m_ui->pgPortLineEdit->setText(postgres && url.port() != ConnectionProfileForm::PostgreSqlDefaultPort
                                      ? QString::number(url.port())
                                      : QString());
    m_ui->pgDatabaseLineEdit->setText(postgres ? url.databaseName() : QString());
    m_ui->pgUserLineEdit->setText(postgres ? url.userName() : QString());
    const int ssl
        = m_ui->pgSslModeComboBox->findData(url.sslMode().isEmpty() ? QStringLiteral("prefer") : url.sslMode());
    m_ui->pgSslModeComboBox->setCurrentIndex(ssl >= 0 ? ssl : 2);
    m_ui->pgRootCertLineEdit->setText(QDir::toNativeSeparators(postgres ? url.sslRootCert() : QString()));
    m_ui->pgClientCertLineEdit->setText(QDir::toNativeSeparators(postgres ? url.sslCert() : QString()));
    m_ui->pgClientKeyLineEdit->setText(QDir::toNativeSeparators(postgres ? url.sslKey() : QString()));
    m_ui->pgPasswordLineEdit->clear();

    const SmtpSettings& smtp = profile.smtp;
    m_ui->relayComboBox->setCurrentIndex(smtp.isValid() ? 1 : 0);
    m_ui->smtpSecurityComboBox->setCurrentIndex(
        m_ui->smtpSecurityComboBox->findData(static_cast<int>(smtp.security())));
    m_ui->smtpHostLineEdit->setText(smtp.hostName());
    m_ui->smtpPortLineEdit->setText(smtp.isValid() && smtp.port() != smtpDefaultPort() ? QString::number(smtp.port())
                                                                                       : QString());
    m_ui->smtpUserLineEdit->setText(smtp.userName());
    m_ui->smtpPasswordLineEdit->clear();
    m_ui->smtpSenderLineEdit->setText(smtp.sender());
    m_smtpReplyTo = smtp.replyTo(); // kept as it is: set with guichetctl profile set --smtp-reply-to
    m_readsDatabase = profile.reads; // likewise: guichetctl profile set --reads-database
    m_ui->smtpCaFileLineEdit->setText(QDir::toNativeSeparators(smtp.trustedCaFile()));
    m_ui->deliveryComboBox->setCurrentIndex(m_ui->deliveryComboBox->findData(static_cast<int>(profile.mailDelivery)));
    updateState();
}

int SettingsDialog::smtpDefaultPort() const
{
    return ConnectionProfileForm::defaultSmtpPort(
        static_cast<SmtpSettings::Security>(m_ui->smtpSecurityComboBox->currentData().toInt()));
}

void SettingsDialog::updateState()
{
    const bool busy = isBusy();
    const bool saved = !m_currentName.isEmpty();
    const bool postgres = m_ui->databaseKindComboBox->currentIndex() == 1;
    const bool relay = m_ui->relayComboBox->currentData().toBool();
    m_ui->formTitleLabel->setText(saved ? tr("Profile %1").arg(quoted(m_currentName)) : tr("New profile"));
    m_ui->databaseFormLayout->setRowVisible(m_ui->sqlitePathLayout, !postgres);
    for (QWidget* field : std::initializer_list<QWidget*>{
             m_ui->pgHostLineEdit, m_ui->pgPortLineEdit, m_ui->pgDatabaseLineEdit, m_ui->pgUserLineEdit,
             m_ui->pgSslModeComboBox, m_ui->pgRootCertLineEdit, m_ui->pgClientCertLineEdit, m_ui->pgClientKeyLineEdit,
             m_ui->pgPasswordLineEdit})
        m_ui->databaseFormLayout->setRowVisible(field, postgres);
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_ui->smtpHostLineEdit, m_ui->smtpPortLineEdit, m_ui->smtpSecurityComboBox, m_ui->smtpUserLineEdit,
             m_ui->smtpPasswordLineEdit, m_ui->smtpSenderLineEdit, m_ui->smtpCaFileLineEdit,
             m_ui->smtpCaBrowsePushButton, m_ui->smtpHostLabel, m_ui->smtpPortLabel, m_ui->smtpSecurityLabel,
             m_ui->smtpUserLabel, m_ui->smtpPasswordLabel, m_ui->smtpSenderLabel, m_ui->smtpCaFileLabel})
        widget->setEnabled(relay);
    m_ui->smtpPortLineEdit->setPlaceholderText(QString::number(smtpDefaultPort()));
    // A profile keeps its name: its passwords are filed under it in the keychain.
    m_ui->nameLineEdit->setReadOnly(saved);
    const QString keep = saved ? tr("Empty: keep the saved password") : tr("Empty: no password");
    m_ui->pgPasswordLineEdit->setPlaceholderText(keep);
    m_ui->smtpPasswordLineEdit->setPlaceholderText(keep);

    m_ui->profilesListWidget->setEnabled(!busy);
    m_ui->addPushButton->setEnabled(!busy);
    m_ui->removePushButton->setEnabled(!busy && saved);
    m_ui->testDatabasePushButton->setEnabled(!busy);
    m_ui->testSmtpPushButton->setEnabled(!busy && relay);
    m_ui->confirmRemovePushButton->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!busy);
    m_ui->busyProgressBar->setVisible(busy);
}

void SettingsDialog::setBusy(bool busy, const QString& text)
{
    m_busyCount += busy ? 1 : -1;
    if (busy && !text.isEmpty())
        showMessage(MessageKind::Info, text);
    updateState();
}

void SettingsDialog::showMessage(MessageKind kind, const QString& text)
{
    static const char* const styles[] = {
        "QFrame#messageFrame { background: #e8f0fe; border: 1px solid #1a73e8; border-radius: 4px; }",
        "QFrame#messageFrame { background: #e6f4ea; border: 1px solid #1e8e3e; border-radius: 4px; }",
        "QFrame#messageFrame { background: #fce8e6; border: 1px solid #c5221f; border-radius: 4px; }",
    };
    m_messageIsError = kind == MessageKind::Error;
    m_ui->messageFrame->setStyleSheet(QString::fromLatin1(styles[static_cast<int>(kind)]));
    m_ui->messageLabel->setText(text);
    m_ui->messageFrame->show();
}

bool SettingsDialog::refuse(QWidget* field, const QString& text)
{
    showMessage(MessageKind::Error, text);
    field->setFocus();
    return false;
}

ConnectionProfileForm SettingsDialog::form() const
{
    ConnectionProfileForm form;
    form.name = m_ui->nameLineEdit->text();
    form.sqlite = m_ui->databaseKindComboBox->currentIndex() == 0;
    form.sqlitePath = m_ui->sqlitePathLineEdit->text();
    form.databaseHost = m_ui->pgHostLineEdit->text();
    form.databasePort = m_ui->pgPortLineEdit->text();
    form.databaseName = m_ui->pgDatabaseLineEdit->text();
    form.databaseUser = m_ui->pgUserLineEdit->text();
    form.sslMode = m_ui->pgSslModeComboBox->currentData().toString();
    form.sslRootCert = m_ui->pgRootCertLineEdit->text();
    form.sslCert = m_ui->pgClientCertLineEdit->text();
    form.sslKey = m_ui->pgClientKeyLineEdit->text();
    form.relay = m_ui->relayComboBox->currentData().toBool();
    form.security = static_cast<SmtpSettings::Security>(m_ui->smtpSecurityComboBox->currentData().toInt());
    form.relayHost = m_ui->smtpHostLineEdit->text();
    form.relayPort = m_ui->smtpPortLineEdit->text();
    form.relayUser = m_ui->smtpUserLineEdit->text();
    form.sender = m_ui->smtpSenderLineEdit->text();
    form.replyTo = m_smtpReplyTo;
    form.reads = m_readsDatabase;
    form.caFile = m_ui->smtpCaFileLineEdit->text();
    form.delivery = static_cast<ConnectionProfile::MailDelivery>(m_ui->deliveryComboBox->currentData().toInt());
    return form;
}

bool SettingsDialog::refuse(ConnectionProfileForm::Field field, DatabaseUrl::ParseError urlError)
{
    using Field = ConnectionProfileForm::Field;
    switch (field) {
    case Field::None:
        return true;
    case Field::Name:
        return refuse(m_ui->nameLineEdit,
                      tr("Profile name: use 1 to 40 letters, digits, spaces, dots, hyphens or "
                         "underscores, with no space at either end."));
    case Field::SqlitePath:
        return refuse(m_ui->sqlitePathLineEdit, tr("SQLite file: choose the database file."));
    case Field::DatabaseHost:
        return refuse(m_ui->pgHostLineEdit,
                      urlError != DatabaseUrl::ParseError::None
                          ? ErrorText::databaseUrl(urlError)
                          : tr("Database server: enter the server's host name or address."));
    case Field::DatabasePort:
        return refuse(m_ui->pgPortLineEdit, tr("Database port: enter a number from 1 to 65535, or leave it empty."));
    case Field::DatabaseName:
        return refuse(m_ui->pgDatabaseLineEdit, tr("Database name: enter the name of the database on the server."));
    case Field::RelayHost:
        return refuse(m_ui->smtpHostLineEdit, tr("Relay server: enter the relay's host name or address."));
    case Field::RelayPort:
        return refuse(m_ui->smtpPortLineEdit, tr("Relay port: enter a number from 1 to 65535, or leave it empty."));
    case Field::Sender:
        return refuse(m_ui->smtpSenderLineEdit,
                      tr("Sender: enter the address the mail comes from, optionally after a name, for "
                         "example Assurance retraite <no-reply@example.fr>."));
    case Field::CaFile:
        return refuse(m_ui->smtpCaFileLineEdit,
                      tr("CA certificate: the file %1 does not exist.")
                          .arg(QDir::fromNativeSeparators(m_ui->smtpCaFileLineEdit->text().trimmed())));
    case Field::DatabaseRootCert:
    case Field::DatabaseClientCert:
    case Field::DatabaseClientKey: {
        QLineEdit* edit = field == Field::DatabaseRootCert ? m_ui->pgRootCertLineEdit
            : field == Field::DatabaseClientCert           ? m_ui->pgClientCertLineEdit
                                                           : m_ui->pgClientKeyLineEdit;
        //: A certificate or key file of the database connection; %1 is the file as typed.
        return refuse(edit,
                      tr("Database TLS file: the file %1 does not exist (or its name holds a semicolon).")
                          .arg(QDir::fromNativeSeparators(edit->text().trimmed())));
    }
    }
    return false;
}

std::optional<DatabaseUrl> SettingsDialog::databaseFromForm()
{
    const ConnectionProfileForm::Built<DatabaseUrl> built = form().database();
    if (!built.value)
        refuse(built.failed, built.urlError);
    return built.value;
}

std::optional<SmtpSettings> SettingsDialog::smtpFromForm()
{
    const ConnectionProfileForm::Built<SmtpSettings> built = form().smtp();
    if (!built.value)
        refuse(built.failed, built.urlError);
    return built.value;
}

std::optional<ConnectionProfile> SettingsDialog::profileFromForm()
{
    const ConnectionProfileForm fields = form();
    const ConnectionProfileForm::Built<ConnectionProfile> built = fields.profile();
    if (!built.value)
        refuse(built.failed, built.urlError);
    return built.value;
}

void SettingsDialog::save()
{
    if (isBusy())
        return;
    m_ui->removeFrame->hide();
    const std::optional<ConnectionProfile> profile = profileFromForm();
    if (!profile)
        return;
    const ConnectionProfileStore::SaveError error = m_store.save(*profile);
    if (error == ConnectionProfileStore::SaveError::NameTaken) {
        // The store keeps one profile per name, whatever the case (the keychain may fold it).
        refuse(m_ui->nameLineEdit,
               tr("Profile name: a profile named %1 already exists.")
                   .arg(quoted(m_store.sameNameOtherCase(profile->name))));
        return;
    }
    if (error == ConnectionProfileStore::SaveError::InvalidReadsDatabase) {
        showMessage(MessageKind::Error,
                    tr("This profile sends the supervisors' reads to a PostgreSQL replica, which needs a PostgreSQL "
                       "database: nothing was saved."));
        return;
    }
    if (error != ConnectionProfileStore::SaveError::None) {
        showMessage(MessageKind::Error,
                    error == ConnectionProfileStore::SaveError::NotWritable
                        ? tr("The settings file cannot be written: nothing was saved.")
                        : tr("The profile is not valid: nothing was saved."));
        return;
    }
    // Read before the list reloads the saved profile into the form, which empties the fields.
    QList<std::pair<QString, QString>> typed;
    const QString databasePassword = m_ui->pgPasswordLineEdit->text();
    const QString smtpPassword = m_ui->smtpPasswordLineEdit->text();
    if (profile->database.engine() == DatabaseUrl::Engine::PostgreSql && !databasePassword.isEmpty())
        typed.append({ConnectionProfile::DatabasePurpose, databasePassword});
    if (profile->smtp.isValid() && !smtpPassword.isEmpty())
        typed.append({ConnectionProfile::SmtpPurpose, smtpPassword});
    const QString name = profile->name;
    reloadList(name);
    if (typed.isEmpty()) {
        afterSecretWrites(name, SecretStore::Failure::None);
        return;
    }
    setBusy(true, tr("Saving the passwords in the system keychain…"));
    auto pending = std::make_shared<Pending>();
    pending->remaining = static_cast<int>(typed.size());
    for (const auto& [purpose, secret] : std::as_const(typed)) {
        m_secrets.write(name, purpose, secret, this, [this, pending, name](const SecretStore::Result& result) {
            if (!result.ok())
                pending->failure = result.failure;
            if (--pending->remaining > 0)
                return;
            setBusy(false);
            afterSecretWrites(name, pending->failure);
        });
    }
}

void SettingsDialog::afterSecretWrites(const QString& name, SecretStore::Failure failure)
{
    if (failure == SecretStore::Failure::None)
        showMessage(MessageKind::Success, tr("Profile %1 saved.").arg(quoted(name)));
    else
        //: %1 is the profile, %2 why the keychain refused (a full sentence).
        showMessage(MessageKind::Error,
                    tr("Profile %1 saved, but a password could not be stored in the system "
                       "keychain: %2")
                        .arg(quoted(name), SecretStoreText::failure(failure)));
    Q_EMIT profilesChanged();
}

void SettingsDialog::askRemove()
{
    if (isBusy() || m_currentName.isEmpty())
        return;
    m_ui->messageFrame->hide();
    m_ui->removeQuestionLabel->setText(
        tr("Remove the profile %1 and its saved passwords from this computer?").arg(quoted(m_currentName)));
    m_ui->removeFrame->show();
    m_ui->keepPushButton->setFocus();
}

void SettingsDialog::cancelRemove()
{
    m_ui->removeFrame->hide();
    m_ui->removePushButton->setFocus();
}

void SettingsDialog::confirmRemove()
{
    if (isBusy() || m_currentName.isEmpty())
        return;
    m_ui->removeFrame->hide();
    const QString name = m_currentName;
    m_store.remove(name);
    setBusy(true, tr("Removing the saved passwords…"));
    auto pending = std::make_shared<Pending>();
    pending->remaining = 3;
    for (const QString& purpose : {ConnectionProfile::DatabasePurpose, ConnectionProfile::SmtpPurpose,
                                   ConnectionProfile::ReadsDatabasePurpose}) {
        m_secrets.remove(name, purpose, this, [this, pending, name](const SecretStore::Result& result) {
            if (!result.ok())
                pending->failure = result.failure;
            if (--pending->remaining > 0)
                return;
            setBusy(false);
            reloadList(m_store.names().value(0));
            if (m_currentName.isEmpty())
                addProfile();
            if (pending->failure == SecretStore::Failure::None)
                showMessage(MessageKind::Success, tr("Profile %1 removed.").arg(quoted(name)));
            else
                showMessage(MessageKind::Error,
                            tr("Profile %1 removed, but its passwords could not be removed from "
                               "the system keychain: %2")
                                .arg(quoted(name), SecretStoreText::failure(pending->failure)));
            Q_EMIT profilesChanged();
        });
    }
}

void SettingsDialog::withPassword(const QString& purpose, const QString& typed,
                                  const std::function<void(const QString&)>& then)
{
    if (!typed.isEmpty() || m_currentName.isEmpty()) {
        then(typed);
        return;
    }
    // Nothing saved yet, or no keychain: the test goes on without a password and says what it gets.
    m_secrets.read(m_currentName, purpose, this,
                   [then](const SecretStore::Result& result) { then(result.ok() ? result.secret : QString()); });
}

void SettingsDialog::testDatabase()
{
    if (isBusy())
        return;
    m_ui->removeFrame->hide();
    const std::optional<DatabaseUrl> url = databaseFromForm();
    if (!url)
        return;
    setBusy(true, tr("Testing the database connection…"));
    m_testedDatabase = *url;
    const auto start = [this, url = *url](const QString& password) {
        DatabaseUrl tested = url;
        tested.setPassword(password);
        m_databaseWatcher.setFuture(QtConcurrent::run([tested] { return ConnectionTester::testDatabase(tested); }));
    };
    if (url->engine() == DatabaseUrl::Engine::Sqlite)
        start(QString()); // an SQLite file has no password: the keychain is not asked
    else
        withPassword(ConnectionProfile::DatabasePurpose, m_ui->pgPasswordLineEdit->text(), start);
}

void SettingsDialog::onDatabaseTestFinished()
{
    setBusy(false);
    const QFuture<ConnectionTester::DatabaseResult> future = m_databaseWatcher.future();
    if (future.resultCount() == 0)
        return;
    const ConnectionTester::DatabaseResult result = future.result();
    const QString text = ConnectionTester::describe(result, m_testedDatabase);
    showMessage(result.ok() && !result.schemaTooNew() ? MessageKind::Success : MessageKind::Error, text);
}

void SettingsDialog::testSmtp()
{
    if (isBusy())
        return;
    m_ui->removeFrame->hide();
    const std::optional<SmtpSettings> settings = smtpFromForm();
    if (!settings || !settings->isValid())
        return;
    setBusy(true, tr("Testing the mail relay…"));
    m_testedSmtp = *settings;
    withPassword(ConnectionProfile::SmtpPurpose, m_ui->smtpPasswordLineEdit->text(),
                 [this, settings = *settings](const QString& password) {
                     SmtpSettings tested = settings;
                     tested.setPassword(password);
                     m_smtpWatcher.setFuture(
                         QtConcurrent::run([tested] { return ConnectionTester::testSmtp(tested); }));
                 });
}

void SettingsDialog::onSmtpTestFinished()
{
    setBusy(false);
    const QFuture<ConnectionTester::SmtpResult> future = m_smtpWatcher.future();
    if (future.resultCount() == 0)
        return;
    const ConnectionTester::SmtpResult result = future.result();
    const QString text = ConnectionTester::describe(result, m_testedSmtp);
    showMessage(result.ok ? MessageKind::Success : MessageKind::Error, text);
}

void SettingsDialog::browse(QLineEdit* target, bool forSaving, const QString& title, const QString& filter)
{
    const QString current = QDir::fromNativeSeparators(target->text().trimmed());
    auto* dialog = new QFileDialog(this, title,
                                   current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath(), filter);
    dialog->setObjectName(QStringLiteral("fileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(forSaving ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(forSaving ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    if (forSaving)
        dialog->setOption(QFileDialog::DontConfirmOverwrite); // an existing database is what one usually picks
    if (!current.isEmpty())
        dialog->selectFile(current);
    connect(dialog, &QFileDialog::fileSelected, target,
            [target](const QString& file) { target->setText(QDir::toNativeSeparators(file)); });
    dialog->open();
}
