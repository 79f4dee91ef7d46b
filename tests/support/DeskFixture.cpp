#include "support/DeskFixture.h"

#include "accounts/AccountRepository.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "identity/IdentityService.h"

#include <QApplication>
#include <QTest>
#include <QWidget>

bool DeskFixture::seed(Database& database, bool supervisor)
{
    IdentityService identities(database);
    if (!identities.addRegisterEntry(MarieNir, Marie).ok())
        return false;
    const Result<qint64> person = identities.addPerson(MarieNir, Marie, true);
    if (!person)
        return false;
    Account account;
    account.personId = person.value();
    account.email = QStringLiteral("marie.lefevre@example.org");
    account.status = Account::Status::Locked;
    account.failedAttempts = 5;
    account.lastFailedAt = QDateTime::currentDateTimeUtc().addSecs(-610);
    account.lockedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    account.passwordHash = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g");
    const Error error = database.write([&](QSqlDatabase& db) -> Error {
        const Result<qint64> id = AccountRepository(db).add(account);
        if (!id)
            return id.error();
        SqlQuery lockout(db);
        if (Error e
            = lockout.prepare(QStringLiteral("INSERT INTO lockout_events (account_id, locked_at, failed_attempts)"
                                             " VALUES (:a, :t, 5)")))
            return e;
        lockout.bind(QStringLiteral(":a"), id.value());
        lockout.bind(QStringLiteral(":t"), database.dialect().toSql(account.lockedAt));
        return lockout.exec();
    });
    if (error)
        return false;
    AgentAuthService auth(database);
    if (!auth.addAgent(AgentSession(), QStringLiteral("alice"), QStringLiteral("Alice Martin"), Agent::Role::Agent,
                       Password))
        return false;
    return !supervisor
        || auth.addAgent(AgentSession(), QStringLiteral("sophie"), QStringLiteral("Sophie Roux"),
                         Agent::Role::Supervisor, Password);
}

QWidget* DeskFixture::focused()
{
    QWidget* widget = QApplication::focusWidget();
    return widget ? widget : QApplication::activeWindow();
}

void DeskFixture::keys(const QString& text)
{
    QTest::keyClicks(focused(), text);
}

void DeskFixture::key(Qt::Key k, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(focused(), k, modifiers);
}

bool DeskFixture::activate(QWidget& window)
{
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

Result<AgentSession> DeskFixture::signInSupervisor(Services& services)
{
    return services.auth.signIn(QStringLiteral("sophie"), Password, AgentAuthService::workstationName());
}

bool DeskFixture::endedCall(Services& services, const AgentSession& session)
{
    const Result<qint64> call = services.calls.startCall(session, QStringLiteral("password_not_received"));
    return call.ok() && services.calls.lookup(session, call.value(), MarieNir).ok()
        && !services.calls.endCall(session, call.value(), QStringLiteral("call_back"), {});
}
