// The portal's passwords, on both engines: the temporary password (once, 15 days), a weak new
// password that changes nothing, the reset with the secret answer. tst_portalservice has the
// registration and the lock. Argon2id costs ~0.1 s a hash: the known hashes are made once, and
// each test verifies as few as it can.
#include "accounts/AccountRepository.h"
#include "core/EmailAddress.h"
#include "core/PasswordHasher.h"
#include "core/PortalPolicy.h"
#include "core/TextLimits.h"
#include "db/SqlQuery.h"
#include "identity/IdentityService.h"
#include "identity/PersonRepository.h"
#include "mail/MailOutbox.h"
#include "portal/PortalService.h"
#include "support/PortalFixture.h"
#include "support/TestDatabases.h"
#include "text/ErrorText.h"

#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <vector>

using Login = PortalService::LoginOutcome;
using Activate = PortalService::ActivateOutcome;
using Reset = PortalService::ResetOutcome;
using Register = PortalService::RegisterOutcome;

using namespace PortalTesting;

class TestPortalPasswords : public PortalFixture
{
    Q_OBJECT

private Q_SLOTS:
    void temporaryPasswordLogsInOnce_data() { TestDatabase::addEngineRows(); }
    void temporaryPasswordLogsInOnce();
    void temporaryPasswordExpiry_data() { TestDatabase::addEngineRows(); }
    void temporaryPasswordExpiry();
    void weakPasswordChangesNothing_data() { TestDatabase::addEngineRows(); }
    void weakPasswordChangesNothing();
    void resetWithSecret_data() { TestDatabase::addEngineRows(); }
    void resetWithSecret();
};

void TestPortalPasswords::temporaryPasswordLogsInOnce()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const qint64 accountId = addAccount(database, pendingAccount(addPerson(database, MarcNir, marc()), T0));
    PortalService portal(database);
    const Nir number = nir(MarcNir);

    const QDateTime first = T0.addSecs(3600);
    QCOMPARE(portal.login(number, Temporary, first)->outcome, Login::MustChangePassword);
    QCOMPARE(reload(database, accountId).tempPasswordUsedAt, first);
    // Once only: the same temporary password again is a wrong password, and counts.
    const PortalService::LoginResult again = portal.login(number, Temporary, first.addSecs(60)).value();
    QCOMPARE(again.outcome, Login::WrongPassword);
    QCOMPARE(again.failedAttempts, 1);

    // Activation still takes it (a login used it, which is the point).
    const QDateTime activatedAt = first.addSecs(120);
    QCOMPARE(portal.activate(number, Temporary, NewPersonal, activatedAt).value(), Activate::Activated);
    const Account account = reload(database, accountId);
    QCOMPARE(account.status, Account::Status::Active);
    QCOMPARE(account.failedAttempts, 0);
    QCOMPARE(account.passwordChangedAt, activatedAt);
    QCOMPARE(account.tempPasswordUsedAt, first);
    QVERIFY(account.tempPasswordHash.isEmpty());
    QVERIFY(account.passwordHash.startsWith(QLatin1String("$argon2id$")));

    // From now on the temporary password is refused and the personal one logs in.
    QCOMPARE(portal.login(number, Temporary, activatedAt.addSecs(60))->outcome, Login::WrongPassword);
    QCOMPARE(portal.activate(number, Temporary, NewPersonal, activatedAt.addSecs(90)).value(), Activate::WrongPassword);
    const PortalService::LoginResult ok = portal.login(number, NewPersonal, activatedAt.addSecs(120)).value();
    QCOMPARE(ok.outcome, Login::Ok);
    QCOMPARE(ok.failedAttempts, 0);
    QCOMPARE(
        attempts(database, accountId),
        QStringList({QStringLiteral("temporary:1:must_change_password"), QStringLiteral("temporary:0:wrong_password"),
                     QStringLiteral("temporary:1:activated"), QStringLiteral("password:0:wrong_password"),
                     QStringLiteral("temporary:0:wrong_password"), QStringLiteral("password:1:ok")}));
}

void TestPortalPasswords::temporaryPasswordExpiry()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const qint64 accountId = addAccount(database, pendingAccount(addPerson(database, MarcNir, marc()), T0));
    PortalService portal(database);
    const Nir number = nir(MarcNir);
    const QDateTime expiry = T0.addDays(PortalPolicy::TemporaryPasswordValidityDays);

    const PortalService::LoginResult expired = portal.login(number, Temporary, expiry).value();
    QCOMPARE(expired.outcome, Login::TemporaryExpired);
    QCOMPARE(expired.failedAttempts, 0); // not a guess: not counted
    QCOMPARE(portal.activate(number, Temporary, NewPersonal, expiry).value(), Activate::TemporaryExpired);
    // A wrong password stays a wrong password.
    QCOMPARE(portal.login(number, Wrong, expiry)->outcome, Login::WrongPassword);

    // An hour earlier it was still valid.
    const QDateTime justBefore = expiry.addSecs(-3600);
    QCOMPARE(portal.login(number, Temporary, justBefore)->outcome, Login::MustChangePassword);
    const Account account = reload(database, accountId);
    QCOMPARE(account.failedAttempts, 0);
    QCOMPARE(account.status, Account::Status::PendingActivation);
    QCOMPARE(
        attempts(database, accountId),
        QStringList({QStringLiteral("temporary:0:temporary_expired"), QStringLiteral("temporary:0:temporary_expired"),
                     QStringLiteral("password:0:wrong_password"), QStringLiteral("temporary:1:must_change_password")}));
}

void TestPortalPasswords::weakPasswordChangesNothing()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const qint64 pendingId = addAccount(database, pendingAccount(addPerson(database, MarcNir, marc()), T0));
    const qint64 activeId = addAccount(database, activeAccount(addPerson(database, JeanNir, jean())));
    PortalService portal(database);
    const Account pendingBefore = reload(database, pendingId);
    const Account activeBefore = reload(database, activeId);

    const QDateTime at = T0.addDays(1);
    for (const QString& weak : {QStringLiteral("Court-1"), // too short
                                QStringLiteral("toutenminuscules2026"), // 2 classes
                                Temporary}) { // the temporary password itself is not a personal one
        QCOMPARE(portal.activate(nir(MarcNir), Temporary, weak, at).value(), Activate::WeakPassword);
    }
    QCOMPARE(portal.resetWithSecret(nir(JeanNir), QStringLiteral("Medor"), QStringLiteral("motdepasse"), at).value(),
             Reset::WeakPassword);

    const Account pendingAfter = reload(database, pendingId);
    QCOMPARE(pendingAfter.version, pendingBefore.version);
    QCOMPARE(pendingAfter.status, Account::Status::PendingActivation);
    QCOMPARE(pendingAfter.tempPasswordHash, m_temporaryHash);
    QVERIFY(pendingAfter.passwordHash.isEmpty());
    QCOMPARE(pendingAfter.failedAttempts, 0);
    const Account activeAfter = reload(database, activeId);
    QCOMPARE(activeAfter.version, activeBefore.version);
    QCOMPARE(activeAfter.passwordHash, m_personalHash);
    QCOMPARE(attempts(database, pendingId), QStringList(3, QStringLiteral("temporary:0:weak_password")));
    QCOMPARE(attempts(database, activeId), QStringList(QStringLiteral("secret_answer:0:weak_password")));
}

void TestPortalPasswords::resetWithSecret()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const qint64 accountId = addAccount(database, activeAccount(addPerson(database, MarcNir, marc())));
    Account nearlyLocked = activeAccount(addPerson(database, JeanNir, jean()));
    nearlyLocked.failedAttempts = PortalPolicy::MaxFailedAttempts - 1;
    const qint64 nearlyLockedId = addAccount(database, nearlyLocked);
    PortalService portal(database);
    const Nir number = nir(MarcNir);

    QDateTime at = T0;
    QCOMPARE(portal.resetWithSecret(number, QStringLiteral("Rex"), NewPersonal, at).value(), Reset::WrongAnswer);
    QCOMPARE(reload(database, accountId).failedAttempts, 1);
    at = at.addSecs(60);
    // Folded like a civil status: "  médor " is "Médor".
    QCOMPARE(portal.resetWithSecret(number, QStringLiteral("  médor "), NewPersonal, at).value(), Reset::Reset);
    const Account account = reload(database, accountId);
    QCOMPARE(account.failedAttempts, 0);
    QCOMPARE(account.passwordChangedAt, at);
    QCOMPARE(account.status, Account::Status::Active);
    QCOMPARE(portal.login(number, NewPersonal, at.addSecs(60))->outcome, Login::Ok);
    QCOMPARE(portal.login(number, Personal, at.addSecs(90))->outcome, Login::WrongPassword);
    QCOMPARE(attempts(database, accountId),
             QStringList({QStringLiteral("secret_answer:0:wrong_answer"), QStringLiteral("secret_answer:1:reset"),
                          QStringLiteral("password:1:ok"), QStringLiteral("password:0:wrong_password")}));

    // Wrong answers count toward the lock, with the passwords.
    QCOMPARE(portal.resetWithSecret(nir(JeanNir), QStringLiteral("Rex"), NewPersonal, at).value(), Reset::Locked);
    QCOMPARE(reload(database, nearlyLockedId).status, Account::Status::Locked);
    QCOMPARE(openLockouts(database, nearlyLockedId), 1);
    QCOMPARE(portal.resetWithSecret(nir(JeanNir), QStringLiteral("Médor"), NewPersonal, at.addSecs(30)).value(),
             Reset::Locked);
    QCOMPARE(reload(database, nearlyLockedId).passwordHash, m_personalHash);
    QCOMPARE(attempts(database, nearlyLockedId),
             QStringList({QStringLiteral("secret_answer:0:locked"), QStringLiteral("secret_answer:0:locked")}));
}

QTEST_GUILESS_MAIN(TestPortalPasswords)
#include "tst_portalpasswords.moc"
