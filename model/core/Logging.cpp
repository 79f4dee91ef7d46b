#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcSql, "guichet.model.sql", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMigration, "guichet.model.migration", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSeed, "guichet.model.seed", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCrypto, "guichet.model.crypto", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMail, "guichet.mail", QtInfoMsg)
