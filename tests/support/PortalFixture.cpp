#include "support/PortalFixture.h"

using namespace PortalTesting;

void PortalFixture::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(PasswordHasher::initialize());
    m_personalHash = PasswordHasher::hash(Personal);
    m_temporaryHash = PasswordHasher::hash(Temporary);
    m_answerHash = PasswordHasher::hash(CivilStatus::fold(QStringLiteral("Médor")));
    QVERIFY(!m_personalHash.isEmpty() && !m_temporaryHash.isEmpty() && !m_answerHash.isEmpty());
}

qint64 PortalFixture::addPerson(Database& database, const char* number, const CivilStatus& civilStatus, bool certified)
{
    const Result<qint64> id = IdentityService(database).addPerson(nir(number), civilStatus, certified);
    return id ? id.value() : -1;
}

Account PortalFixture::activeAccount(qint64 personId) const
{
    Account account;
    account.personId = personId;
    account.email = QStringLiteral("titulaire@example.org");
    account.status = Account::Status::Active;
    account.passwordHash = m_personalHash;
    account.passwordChangedAt = T0.addDays(-30);
    account.secretQuestion = QStringLiteral("Le nom de votre premier chien ?");
    account.secretAnswerHash = m_answerHash;
    return account;
}

Account PortalFixture::pendingAccount(qint64 personId, const QDateTime& issuedAt) const
{
    Account account = activeAccount(personId);
    account.status = Account::Status::PendingActivation;
    account.passwordHash.clear();
    account.passwordChangedAt = QDateTime();
    account.tempPasswordHash = m_temporaryHash;
    account.tempPasswordIssuedAt = issuedAt;
    account.tempPasswordExpiresAt = issuedAt.addDays(PortalPolicy::TemporaryPasswordValidityDays);
    return account;
}

qint64 PortalFixture::addAccount(Database& database, const Account& account)
{
    const Result<qint64> id = AccountRepository(database.connection().value()).add(account);
    return id ? id.value() : -1;
}

Account PortalFixture::reload(Database& database, qint64 accountId)
{
    const Result<Account> account = AccountRepository(database.connection().value()).findById(accountId);
    return account ? account.value() : Account();
}
