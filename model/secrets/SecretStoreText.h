#pragma once

#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QString>

// The translated sentence for each SecretStore::Failure, shared by the desk and guichetctl.
// Never QtKeychain's own errorString(): that one goes to the debug log only.
class SecretStoreText
{
    Q_DECLARE_TR_FUNCTIONS(SecretStoreText)

public:
    static QString failure(SecretStore::Failure failure);
};
