#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

class Database;

// Fills an EMPTY database with deterministic synthetic demo data for `guichetctl seed-demo`:
// insured persons with valid, unique NIRs and French civil statuses, their NIR history and
// national-register entries, portal accounts in every state with 90 days of login attempts (about
// 2.5 per account) and lockouts before Options::now, and 7 desk agents (3 agents, 2 supervisors,
// 2 admins). The same seed and `now` give the same rows (only the Argon2id salts differ);
// another seed, other data.
//
// Proportions, for N accounts (persons = N + about N/9 without an account):
//   accounts: ~78 % active (of which ~6 % were unlocked by the desk 1–2 times in the last 90 days
//   and ~0.5 % were locked 3–4 times in the last 30 days), ~9 % locked (an open lockout after 5
//   wrong passwords; a tenth of them locked 2–3 times before in the last 30 days), ~9 % pending
//   activation (temporary password issued less than 15 days ago, unused), ~4 % with an expired
//   temporary password. Without an account: ~5.5 % of N uncertified persons (their register
//   entry matches for 55 %, differs in one field for 30 %, is missing for 15 %; a few hold a
//   provisional NIR, sex 7 or 8) and ~5.5 % certified persons who never registered.
// Person ids follow NIR order (the NIRs are drawn first, then sorted: see DemoDataGenerator);
// a register entry has its person's id.
//
// Every active or locked account logs in with Report::demoAccountPassword, every pending one
// with Report::demoTemporaryPassword, every secret question is answered by
// Report::demoSecretAnswer (hashed folded, as the portal compares it): a handful of Argon2id hashes of these are shared
// by all accounts, computed once per seed and process (Argon2id costs ~0.1 s a hash).
//
// Speed (a million accounts on SQLite in about a minute): ids are assigned here (hence the
// empty database; on PostgreSQL the identity sequences are moved past them at the end), rows go
// in bulk statements of bound values (BulkInsert: multi-row INSERTs on SQLite, INSERT … SELECT FROM
// unnest of column arrays on PostgreSQL), 10,000 persons per transaction, while another thread
// generates the next batch; on SQLite the connection gets a bigger page cache and in-memory
// temporary storage, and skips the foreign-key lookups, for the run. The non-unique indexes whose keys come in random
// order (names, e-mail addresses, instants) are dropped in the first transaction and built again at the end from the
// definitions the database gives. If a batch fails, the batches before it stay and the indexes are built again: start
// again on a fresh database. Synchronous: run it off the UI thread, with no other desk using the database.
class DemoSeeder
{
public:
    struct Options
    {
        int accounts = 1000;
        quint64 seed = 1;
        QDateTime now = QDateTime::currentDateTimeUtc();
    };

    struct DemoAgent
    {
        QString login;
        QString displayName;
        QString role; // "agent", "supervisor", "admin"
        QString password;
    };

    struct Report
    {
        int persons = 0;
        int accounts = 0;
        int registerEntries = 0;
        int loginAttempts = 0;
        int lockouts = 0; // lockout_events rows, open and closed
        int openLockouts = 0; // one per locked account
        int auditedUnlocks = 0; // the closed lockouts, also in the audit trail
        int uncertifiedPersons = 0;
        QList<DemoAgent> agents;
        // Account::stateName() of the desk's view ("active", "locked", "pending_activation",
        // "temporary_expired") → accounts; "no_account" → persons without one.
        QHash<QString, int> accountsByState;
        QString demoAccountPassword; // personal password of every active and locked account
        QString demoTemporaryPassword; // temporary password of every pending or expired account
        QString demoSecretAnswer; // answer to every secret question
    };

    explicit DemoSeeder(Database& database);

    // InvalidInput when options.accounts < 1 or options.now is invalid; Duplicate when the
    // database already holds persons, register entries, agents or accounts; a database error
    // otherwise. progress(done, total) is called with accounts written so far after each batch
    // (and with 0 first), on the calling thread.
    Result<Report> run(const Options& options, const std::function<void(int done, int total)>& progress = {});

private:
    Database& m_database;
};
