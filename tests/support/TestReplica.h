#pragma once

#include "db/DatabaseUrl.h"

#include <QString>

class Database;

// The streaming standby that resources/scripts/with-postgresql.sh starts beside its private
// PostgreSQL server (GUICHET_TEST_POSTGRESQL_REPLICA_URL): every test database created on the
// primary is replayed there under the same name. Its superuser (postgres, trust) may pause and
// resume the replay; the exported scripts stop and start it (the tests that do are RUN_SERIAL).
namespace TestReplica {

// Whether the standby is there; when not, skips the current test, or fails it under CI or
// GUICHET_REQUIRE_POSTGRESQL. Returns false when the test must stop.
bool require();

// The standby's URL for the test database at primary (same database name and login).
DatabaseUrl urlFor(const DatabaseUrl& primary);

// The same URL (host, TLS options, login and password) on the standby's port: what a profile's
// reads URL names when the standby is the primary's twin.
DatabaseUrl onStandby(const DatabaseUrl& url);

// Waits until the standby has replayed everything the primary had written when called (the
// primary's pg_current_wal_lsn(), compared with the standby's pg_last_wal_replay_lsn()); false,
// with why, after timeoutMs.
bool waitForReplay(const DatabaseUrl& primary, QString* why, int timeoutMs = 30000);

// Runs one statement on the standby (as its superuser, on the maintenance database) and returns
// the first column of its first row as text, or a null string with why.
QString query(const QString& statement, QString* why);

// pg_wal_replay_pause() / pg_wal_replay_resume() on the standby.
bool pauseReplay(QString* why);
bool resumeReplay(QString* why);

// Stops the standby (pg_ctl stop -m fast) or starts it again and waits until it answers.
bool stop(QString* why);
bool start(QString* why);

} // namespace TestReplica
