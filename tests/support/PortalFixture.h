#pragma once

// What tst_portalservice and tst_portalpasswords share: the people and their NIRs, the known hashes
// made once (initTestCase), accounts as the portal and the dispatcher leave them, what the database
// recorded (lockouts, mails, attempts). The tests derive from PortalFixture.
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

namespace PortalTesting {

const QString Personal = QStringLiteral("Bonjour-2026");
const QString NewPersonal = QStringLiteral("Nouveau-Passe-2026");
const QString Temporary = QStringLiteral("K7mPq4Rt9xW2zH"); // what the dispatcher would have mailed
const QString Wrong = QStringLiteral("Bonjour-2025");
const QDateTime T0(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());

inline Nir nir(const char* text)
{
    return Nir::parse(QString::fromLatin1(text));
}

// Persons of the tests, each with its own NIR.
const char* const MarcNir = "1 85 03 75 106 042 92";
const char* const JeanNir = "1 85 03 2A 004 123 24";
const char* const HeleneNir = "2 60 12 13 055 321";

inline CivilStatus marc()
{
    return {QStringLiteral("Dupont"), QStringLiteral("Marc"), QDate(1985, 3, 2), QStringLiteral("Paris")};
}

inline CivilStatus jean()
{
    return {QStringLiteral("Lefèvre-d'Arc"), QStringLiteral("Jean-François"), QDate(1985, 3, 12),
            QStringLiteral("Ajaccio")};
}

inline CivilStatus helene()
{
    return {QStringLiteral("Martin"), QStringLiteral("Hélène"), QDate(1960, 12, 24), QStringLiteral("Marseille")};
}

inline QVariant scalar(Database& database, const QString& sql, qint64 accountId)
{
    SqlQuery query(database.connection().value());
    if (query.prepare(sql))
        return {};
    query.bind(QStringLiteral(":id"), accountId);
    if (query.exec() || !query.next())
        return {};
    return query.value(QStringLiteral("v"));
}

inline int openLockouts(Database& database, qint64 accountId)
{
    return scalar(database,
                  QStringLiteral("SELECT COUNT(*) AS v FROM lockout_events WHERE account_id = :id"
                                 " AND unlocked_at IS NULL"),
                  accountId)
        .toInt();
}

inline int mails(Database& database, qint64 accountId)
{
    return scalar(database, QStringLiteral("SELECT COUNT(*) AS v FROM mail_outbox WHERE account_id = :id"), accountId)
        .toInt();
}

// "kind:success:outcome" of each login_attempts row of the account, oldest first.
inline QStringList attempts(Database& database, qint64 accountId)
{
    SqlQuery query(database.connection().value());
    QStringList rows;
    if (query.prepare(QStringLiteral("SELECT kind, success, outcome FROM login_attempts WHERE account_id = :id"
                                     " ORDER BY id")))
        return {QStringLiteral("prepare failed")};
    query.bind(QStringLiteral(":id"), accountId);
    if (query.exec())
        return {QStringLiteral("exec failed")};
    while (query.next()) {
        rows << query.value(QStringLiteral("kind")).toString() + QLatin1Char(':')
                + QString::number(int(query.value(QStringLiteral("success")).toBool())) + QLatin1Char(':')
                + query.value(QStringLiteral("outcome")).toString();
    }
    return rows;
}

inline QDateTime lastAttemptAt(Database& database, qint64 accountId)
{
    return SqlDialect::toDateTime(
        scalar(database, QStringLiteral("SELECT MAX(attempted_at) AS v FROM login_attempts WHERE account_id = :id"),
               accountId));
}

} // namespace PortalTesting

class PortalFixture : public QObject
{
    Q_OBJECT

protected Q_SLOTS:
    void initTestCase();

protected:
    qint64 addPerson(Database& database, const char* number, const CivilStatus& civilStatus, bool certified = true);
    // An account as the portal and the dispatcher leave it.
    Account activeAccount(qint64 personId) const;
    Account pendingAccount(qint64 personId, const QDateTime& issuedAt) const;
    qint64 addAccount(Database& database, const Account& account);
    static Account reload(Database& database, qint64 accountId);
    QString m_personalHash;
    QString m_temporaryHash;
    QString m_answerHash;
};
