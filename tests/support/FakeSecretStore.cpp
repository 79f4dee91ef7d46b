#include "support/FakeSecretStore.h"

void FakeSecretStore::read(const QString& profile, const QString& purpose, QObject* context, Callback done)
{
    const QString key = keyFor(profile, purpose);
    if (refuse(context, done, key))
        return;
    const auto found = m_secrets.constFind(key);
    if (found == m_secrets.constEnd())
        deliver(context, done, {Failure::NotFound, {}});
    else
        deliver(context, done, {Failure::None, found.value()});
}

void FakeSecretStore::write(const QString& profile, const QString& purpose, const QString& secret, QObject* context,
                            Callback done)
{
    const QString key = keyFor(profile, purpose);
    if (refuse(context, done, key))
        return;
    m_secrets.insert(key, secret);
    deliver(context, done, {});
}

void FakeSecretStore::remove(const QString& profile, const QString& purpose, QObject* context, Callback done)
{
    const QString key = keyFor(profile, purpose);
    if (refuse(context, done, key))
        return;
    m_secrets.remove(key);
    deliver(context, done, {});
}

bool FakeSecretStore::contains(const QString& profile, const QString& purpose) const
{
    return m_secrets.contains(keyFor(profile, purpose));
}

QString FakeSecretStore::secret(const QString& profile, const QString& purpose) const
{
    return m_secrets.value(keyFor(profile, purpose));
}

// Counts the operation; answers the configured failure, or Other for an invalid name as the
// real store does. Returns true when the operation must stop there.
bool FakeSecretStore::refuse(QObject* context, const Callback& done, const QString& key)
{
    ++m_operations;
    if (m_failure != Failure::None) {
        deliver(context, done, {m_failure, {}});
        return true;
    }
    if (key.isEmpty()) {
        deliver(context, done, {Failure::Other, {}});
        return true;
    }
    return false;
}
