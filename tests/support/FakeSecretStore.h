#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

// An in-memory SecretStore for tests: answers like the real one (later, through the context's
// event loop), and can be told to fail every operation with a given Failure.
class FakeSecretStore : public SecretStore
{
public:
    FakeSecretStore() = default;

    void read(const QString& profile, const QString& purpose, QObject* context, Callback done) override;
    void write(const QString& profile, const QString& purpose, const QString& secret, QObject* context,
               Callback done) override;
    void remove(const QString& profile, const QString& purpose, QObject* context, Callback done) override;

    // From now on every operation fails with failure and changes nothing; Failure::None heals.
    void setFailure(Failure failure) { m_failure = failure; }
    Failure failure() const { return m_failure; }

    // What the store holds, for assertions (a null QString when nothing is saved).
    bool contains(const QString& profile, const QString& purpose) const;
    QString secret(const QString& profile, const QString& purpose) const;
    qsizetype size() const { return m_secrets.size(); }
    // How many operations were asked for, failed ones included.
    int operationCount() const { return m_operations; }

private:
    bool refuse(QObject* context, const Callback& done, const QString& key);

    QHash<QString, QString> m_secrets;
    Failure m_failure = Failure::None;
    int m_operations = 0;
};
