#pragma once

#include <QLoggingCategory>

// One category per area. Never log an NIR, a name, an e-mail address, a password or a code.
Q_DECLARE_LOGGING_CATEGORY(lcSql)
Q_DECLARE_LOGGING_CATEGORY(lcMigration)
Q_DECLARE_LOGGING_CATEGORY(lcSeed)
Q_DECLARE_LOGGING_CATEGORY(lcCrypto)
Q_DECLARE_LOGGING_CATEGORY(lcMail)
