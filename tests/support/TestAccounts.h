#pragma once

#include "accounts/AccountRepository.h"

#include <QString>

#include <functional>

class Database;

// Portal account holders for the supervision tests: person n (1–999) is Paul Durand, a man born in
// January 1980 (NIR 1 80 01 75 056 nnn, certified), with an active account at holdern@example.org.
namespace TestAccounts {

// An Argon2id-shaped hash that no password matches.
inline const QString FakeHash = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g");

// Adds person n and their account, adjusted by shape before it is stored; the account's id, 0 on
// failure.
qint64 addAccount(Database& database, int n, const std::function<void(Account&)>& shape = {});

} // namespace TestAccounts
