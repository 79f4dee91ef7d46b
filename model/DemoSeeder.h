#pragma once

#include "Error.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

class Database;

// Fills an EMPTY database with deterministic synthetic demo data for `guichetctl seed-demo`:
// insured persons with valid NIRs and French civil statuses, their national-register entries,
// portal accounts in every state with 90 days of login attempts and lockouts before
// Options::now, and a few desk agents of each role. The same seed and the same `now` give the
// same rows (only the Argon2id salts differ); another seed gives other data.
//
// Proportions, for N accounts (persons = N + about N/9 without an account):
//   accounts: ~78 % active (of which ~6 % unlocked 1–2 times in the last 90 days and ~0.5 %
//   locked 3–4 times in the last 30 days), ~9 % locked (an open lockout after 5 failed
//   attempts; ~10 % of them locked 2–3 times before in the last 30 days), ~9 % pending
//   activation (temporary password issued less than 15 days ago, unused), ~4 % with an expired
//   temporary password; without an account: ~5.5 % of N uncertified persons (most with a
//   matching register entry, some with an entry that differs in one field, some with none;
//   a few carry a provisional NIR) and ~5.5 % certified persons who never registered.
//
// Every active or locked account logs in with Report::demoAccountPassword, every pending one
// with Report::demoTemporaryPassword, and every secret question is answered by
// Report::demoSecretAnswer: a handful of Argon2id hashes of these are computed once and shared.
//
// Ids are assigned here (the database must be empty; on PostgreSQL the identity sequences are
// moved past them at the end). Rows are written in transactions of a few thousand persons: if a
// batch fails, the batches before it stay; start again on a fresh database. Synchronous and
// long (about a minute for a million accounts on SQLite): run it off the UI thread, with no
// other desk using the database.
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
