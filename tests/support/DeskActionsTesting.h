#pragma once

// What tst_deskactions and tst_deskactionstates share: the seed, a desk for an agent, the keyboard
// steps of a call (start and look up, verify the caller, an action's dialog), what the model
// recorded (mails, audit events, the account).
#include "accounts/AccountRepository.h"
#include "agents/AgentAuthService.h"
#include "common/NirLineEdit.h"
#include "core/Masking.h"
#include "core/PasswordHasher.h"
#include "core/TextLimits.h"
#include "db/DatabaseWorker.h"
#include "db/SqlQuery.h"
#include "desk/AccountLookupService.h"
#include "desk/AccountPanel.h"
#include "desk/ActionsPanel.h"
#include "desk/CallBar.h"
#include "desk/CallService.h"
#include "desk/CallerPanel.h"
#include "desk/CertificationService.h"
#include "desk/DeskController.h"
#include "desk/DeskWindow.h"
#include "desk/EndCallDialog.h"
#include "desk/HelpdeskService.h"
#include "desk/ReasonDialog.h"
#include "desk/ScriptPanel.h"
#include "identity/IdentityService.h"
#include "identity/PersonRepository.h"
#include "support/DeskFixture.h"
#include "support/TestDatabases.h"
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

namespace DeskActionsTesting {

using namespace DeskFixture;

constexpr int Timeout = 10000;

// What the agent sees, as a picture beside the test executable (desk-screens/).
inline void render(QWidget* widget, const QString& name)
{
    QTest::qWait(100); // the layouts settle
    const QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/desk-screens");
    QDir().mkpath(folder);
    QVERIFY(widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png")));
}
const QString MarieEmail = QStringLiteral("marie.lefevre@example.org");
const QString PaulText = QStringLiteral("1 72 08 99 350 017 44");
const CivilStatus Paul{QStringLiteral("N'Diaye"), QStringLiteral("Moussa"), QDate(1972, 8, 30),
                       QStringLiteral("Maroc")};
const QString LeaText = QStringLiteral("2 85 03 75 106 042");
const CivilStatus Lea{QStringLiteral("Girard"), QStringLiteral("Léa"), QDate(1985, 3, 3), QStringLiteral("Paris")};

// Marie, certified, with an account (locked or active); alice (agent) and sophie (supervisor).
// Two agents only: each costs an Argon2id hash.
inline bool seed(Database& database, bool locked, qint64* accountId)
{
    IdentityService identities(database);
    const Nir nir = Nir::parse(MarieText);
    if (!identities.addRegisterEntry(nir, Marie).ok())
        return false;
    const Result<qint64> person = identities.addPerson(nir, Marie, true);
    if (!person)
        return false;
    Account account;
    account.personId = person.value();
    account.email = MarieEmail;
    account.status = locked ? Account::Status::Locked : Account::Status::Active;
    account.failedAttempts = locked ? 5 : 0;
    if (locked)
        account.lockedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    account.passwordHash = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g");
    const Error error = database.write([&](QSqlDatabase& db) -> Error {
        const Result<qint64> id = AccountRepository(db).add(account);
        if (!id)
            return id.error();
        *accountId = id.value();
        if (!locked)
            return {};
        SqlQuery lockout(db);
        if (Error e = lockout.prepare(QStringLiteral("INSERT INTO lockout_events (account_id, locked_at, "
                                                     "failed_attempts) VALUES (:a, :t, 5)")))
            return e;
        lockout.bind(QStringLiteral(":a"), id.value());
        lockout.bind(QStringLiteral(":t"), database.dialect().toSql(account.lockedAt));
        return lockout.exec();
    });
    if (error)
        return false;
    AgentAuthService auth(database);
    return auth.addAgent(AgentSession(), QStringLiteral("alice"), QStringLiteral("Alice Martin"), Agent::Role::Agent,
                         Password)
        && auth.addAgent(AgentSession(), QStringLiteral("sophie"), QStringLiteral("Sophie Roux"),
                         Agent::Role::Supervisor, Password);
}

inline QString strip(DeskWindow& window)
{
    return child<QLabel>(&window, "actionMessageLabel")->text();
}

inline std::unique_ptr<DeskWindow> openDesk(Services& services, const QString& login)
{
    const Result<AgentSession> session = services.auth.signIn(login, Password, AgentAuthService::workstationName());
    if (!session)
        return nullptr;
    auto window = std::make_unique<DeskWindow>(services.desk(), session.value());
    window->show();
    return QTest::qWaitForWindowActive(window.get()) ? std::move(window) : nullptr;
}

// Ctrl+R and Down to the reason, Ctrl+N; Ctrl+L, the number, Enter.
inline void startAndLookUp(DeskWindow& window, const QString& reason, const QString& nir)
{
    QVERIFY(activate(window));
    key(Qt::Key_R, Qt::ControlModifier);
    auto* combo = child<QComboBox>(&window, "reasonComboBox");
    QCOMPARE(focused(), combo);
    QVERIFY(combo->findData(reason) >= 0);
    key(Qt::Key_Home);
    while (combo->currentData().toString() != reason)
        key(Qt::Key_Down);
    key(Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->inCall(), Timeout);
    key(Qt::Key_L, Qt::ControlModifier);
    keys(nir);
    key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->summary().has_value() && !window.controller()->isBusy(), Timeout);
}

// What the caller answers, as an agent's keyboard types it (QTest types ASCII only): "Lefevre".
inline QString typed(const QString& text)
{
    QString ascii;
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    for (const QChar c : decomposed) {
        if (c.unicode() < 128)
            ascii += c;
    }
    return ascii;
}

// Ctrl+I, the four answers, Enter.
inline void verifyCaller(DeskWindow& window, const CivilStatus& answers)
{
    QVERIFY(activate(window));
    key(Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(focused(), child<QLineEdit>(&window, "lastNameLineEdit"));
    keys(typed(answers.lastName));
    key(Qt::Key_Tab);
    keys(typed(answers.firstNames));
    key(Qt::Key_Tab);
    keys(answers.birthDate.toString(Qt::ISODate));
    key(Qt::Key_Tab);
    keys(typed(answers.birthPlace));
    key(Qt::Key_Return);
    DeskController* desk = window.controller();
    QTRY_VERIFY_WITH_TIMEOUT(desk->passIsFresh() && desk->summary() && desk->summary()->verified && !desk->isBusy(),
                             Timeout);
}

// The action's shortcut opens its dialog; the text, Enter; waits for the answer.
inline void runDialog(DeskWindow& window, Qt::Key shortcut, const QString& text, bool expectOk)
{
    QVERIFY(activate(window));
    QSignalSpy finished(window.controller(), &DeskController::actionFinished);
    key(shortcut, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(window.actionsPanel()->reasonDialog() && window.actionsPanel()->reasonDialog()->isVisible());
    QTRY_COMPARE(focused(), child<QLineEdit>(window.actionsPanel()->reasonDialog(), "reasonLineEdit"));
    keys(text);
    key(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    QVERIFY2(finished.at(0).at(1).toBool() == expectOk, qPrintable(finished.at(0).at(2).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isBusy(), Timeout); // the reload after the answer
}

struct Mail
{
    QString kind;
    QString recipient;
    bool payloadNull = false;
    QString status;
};

inline QList<Mail> mails(TestDatabase& db, qint64 accountId)
{
    QList<Mail> result;
    SqlQuery query(db.database().connection().value());
    if (query.prepare(QStringLiteral("SELECT kind, recipient, payload, status FROM mail_outbox WHERE account_id = :a "
                                     "ORDER BY id")))
        return result;
    query.bind(QStringLiteral(":a"), accountId);
    if (query.exec())
        return result;
    while (query.next())
        result.append(
            {query.value(QStringLiteral("kind")).toString(), query.value(QStringLiteral("recipient")).toString(),
             query.value(QStringLiteral("payload")).isNull(), query.value(QStringLiteral("status")).toString()});
    return result;
}

// "login:action=outcome" for every audit event, oldest first.
inline QStringList auditEvents(TestDatabase& db)
{
    QStringList events;
    SqlQuery query(db.database().connection().value());
    if (query.exec(QStringLiteral("SELECT agent_login, action, outcome FROM audit_events ORDER BY id")))
        return events;
    while (query.next())
        events << query.value(QStringLiteral("agent_login")).toString() + QLatin1Char(':')
                + query.value(QStringLiteral("action")).toString() + QLatin1Char('=')
                + query.value(QStringLiteral("outcome")).toString();
    return events;
}

inline Account storedAccount(TestDatabase& db, qint64 id)
{
    return AccountRepository(db.database().connection().value()).findById(id).value();
}

// initTestCase of a desk actions test: test paths, its own settings (named after the test), the
// hasher.
inline void prepare(const QString& testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GuichetTests"));
    QCoreApplication::setApplicationName(testName);
    QSettings().clear();
    QVERIFY(PasswordHasher::initialize());
}

} // namespace DeskActionsTesting
