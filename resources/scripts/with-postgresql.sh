#!/usr/bin/env bash
# Runs a command with a private, throw-away PostgreSQL server: initdb in a temporary folder, its
# own port on 127.0.0.1, stopped and removed on exit even when the command fails.
# The server's URL (user postgres, trust authentication) is exported as GUICHET_TEST_POSTGRESQL.
#
# The server is also set up as a hotline's IT runs it, for tests of non-owner logins:
#   - TLS on (ssl=on) with a throw-away CA and a server certificate for DNS:localhost only, in the
#     data folder; the CA is exported as GUICHET_TEST_POSTGRESQL_TLS_CA, and another CA that did
#     not sign it as GUICHET_TEST_POSTGRESQL_TLS_OTHER_CA;
#   - password_encryption = scram-sha-256, and for members of the group role exported as
#     GUICHET_TEST_POSTGRESQL_TLS_GROUP (guichet_tls): "hostssl … scram-sha-256" only (without
#     TLS they are rejected). Every other login keeps the trust line of the existing suites;
#   - the group roles of resources/sql/grants/roles.sql (guichet_agent, guichet_supervisor,
#     guichet_admin, guichet_mailer, guichet_portal, guichet_desk), created once as IT would.
# The server's log (stderr: errors, and whatever a test asks it to log) is exported as
# GUICHET_TEST_POSTGRESQL_LOG, for the test that nothing personal reaches it (tst_pglogprivacy).
# A script that restarts the server (pg_ctl restart -m fast: every session is terminated, as when
# IT restarts a real server; it returns once the server accepts connections again) is exported as
# GUICHET_TEST_POSTGRESQL_RESTART, for the tests that a desk and the mailer carry on (their CTest
# entries are RUN_SERIAL: the restart cuts every other test's sessions too).
# A streaming standby of that server (pg_basebackup -R: hot standby, same TLS, same roles, every
# test database replayed under the same name) runs on another port unless
# GUICHET_TEST_POSTGRESQL_REPLICA=0, for the supervisors' reads on a replica: its URL is exported as
# GUICHET_TEST_POSTGRESQL_REPLICA_URL, and two scripts that stop it and start it again (pg_ctl -w)
# as GUICHET_TEST_POSTGRESQL_REPLICA_STOP and GUICHET_TEST_POSTGRESQL_REPLICA_START (the tests that
# call them are RUN_SERIAL too).
# Usage: with-postgresql.sh COMMAND [ARGS...]
set -euo pipefail

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$PG_BIN" ]; then
    echo "with-postgresql: no PostgreSQL server found under /usr/lib/postgresql" >&2
    exit 1
fi

PGDIR=$(mktemp -d "${TMPDIR:-/tmp}/guichet-pg.XXXXXX")
PORT=${GUICHET_PG_PORT:-$(( 20000 + RANDOM % 20000 ))}
AS=()
if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$PGDIR"
    AS=(runuser -u postgres --)
fi

stop() {
    if [ -d "$PGDIR/standby" ]; then
        "${AS[@]}" "$PG_BIN/pg_ctl" -D "$PGDIR/standby" -m fast stop >/dev/null 2>&1 || true
    fi
    "${AS[@]}" "$PG_BIN/pg_ctl" -D "$PGDIR/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$PGDIR"
}
trap stop EXIT

"${AS[@]}" "$PG_BIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null

# A throw-away CA and the server's certificate (SAN DNS:localhost only: 127.0.0.1 does not match).
TLS="$PGDIR/tls"
mkdir -p "$TLS"
tls_ca() { # NAME: a self-signed CA in $TLS/NAME.crt / NAME.key
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
        -subj "/CN=Guichet test $1" -keyout "$TLS/$1.key" -out "$TLS/$1.crt" \
        -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
}
tls_ca ca
tls_ca other-ca
openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj /CN=localhost \
    -keyout "$TLS/server.key" -out "$TLS/server.csr" 2>/dev/null
printf 'subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n' \
    >"$TLS/server.ext"
openssl x509 -req -in "$TLS/server.csr" -CA "$TLS/ca.crt" -CAkey "$TLS/ca.key" -CAcreateserial -days 2 \
    -extfile "$TLS/server.ext" -out "$TLS/server.crt" 2>/dev/null
cp "$TLS/server.crt" "$TLS/server.key" "$PGDIR/data/"
chmod 600 "$PGDIR/data/server.key"
chmod 644 "$TLS/ca.crt" "$TLS/other-ca.crt"
if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$PGDIR/data/server.crt" "$PGDIR/data/server.key"
fi
# Members of guichet_tls: TLS and SCRAM only. These lines come before initdb's trust lines.
HBA="$PGDIR/data/pg_hba.conf"
{
    echo "hostnossl all +guichet_tls all reject"
    echo "hostssl   all +guichet_tls all scram-sha-256"
    cat "$HBA"
} >"$HBA.new"
mv "$HBA.new" "$HBA"
if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$HBA"
fi

# max_connections: 300 leaves room for guichet-bench's 200 desks (one connection each) beside
# its own and the tests'.
"${AS[@]}" "$PG_BIN/pg_ctl" -D "$PGDIR/data" -w -l "$PGDIR/server.log" \
    -o "-p $PORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300 -c ssl=on -c password_encryption=scram-sha-256" \
    start >/dev/null
"${AS[@]}" "$PG_BIN/psql" -X -q -h "$PGDIR" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE guichet_tls NOLOGIN" >/dev/null
# The group roles of a Guichet cluster, created once as an administrator does (roles.sql): the
# tests' owners grant them on their databases (groups.sql) and add logins to them.
"${AS[@]}" "$PG_BIN/psql" -X -q -h "$PGDIR" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -f "$(cd "$(dirname "${BASH_SOURCE[0]}")/../sql/grants" && pwd)/roles.sql" >/dev/null

RESTART="$PGDIR/restart.sh"
{
    echo '#!/usr/bin/env bash'
    echo 'set -euo pipefail'
    printf '%q ' "${AS[@]}" "$PG_BIN/pg_ctl" -D "$PGDIR/data" -w -t 60 -m fast -l "$PGDIR/server.log" restart
    echo '>/dev/null'
} >"$RESTART"
chmod 755 "$RESTART"

# The standby: a base backup of the primary through its socket (initdb's trust lines include
# "local replication all trust"; wal_level=replica is the default), started on its own port with
# the same TLS files (copied with the data folder). Ready when its WAL receiver is streaming.
if [ "${GUICHET_TEST_POSTGRESQL_REPLICA:-1}" != 0 ]; then
    REPLICA_PORT=$(( PORT == 39999 ? 20000 : PORT + 1 ))
    # Through a physical replication slot (-C -S; -R names it in the standby's settings): the
    # primary keeps every WAL segment until the standby has it, so a standby that falls behind on a
    # loaded machine (or is stopped by a test) catches up instead of asking for removed WAL.
    "${AS[@]}" "$PG_BIN/pg_basebackup" -h "$PGDIR" -p "$PORT" -U postgres -D "$PGDIR/standby" -R -X stream \
        -C -S guichet_test_standby --checkpoint=fast --no-sync >/dev/null
    REPLICA_START="$PGDIR/replica-start.sh"
    REPLICA_STOP="$PGDIR/replica-stop.sh"
    {
        echo '#!/usr/bin/env bash'
        echo 'set -euo pipefail'
        printf '%q ' "${AS[@]}" "$PG_BIN/pg_ctl" -D "$PGDIR/standby" -w -t 60 -l "$PGDIR/standby.log" \
            -o "-p $REPLICA_PORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300 -c ssl=on -c password_encryption=scram-sha-256 -c hot_standby=on" \
            start
        echo '>/dev/null'
    } >"$REPLICA_START"
    {
        echo '#!/usr/bin/env bash'
        echo 'set -euo pipefail'
        printf '%q ' "${AS[@]}" "$PG_BIN/pg_ctl" -D "$PGDIR/standby" -w -t 60 -m fast stop
        echo '>/dev/null'
    } >"$REPLICA_STOP"
    chmod 755 "$REPLICA_START" "$REPLICA_STOP"
    bash "$REPLICA_START"
    for _ in $(seq 1 300); do
        streaming=$("${AS[@]}" "$PG_BIN/psql" -X -q -t -A -h "$PGDIR" -p "$REPLICA_PORT" -U postgres -d postgres \
            -c "SELECT count(*) FROM pg_stat_wal_receiver WHERE status = 'streaming'" 2>/dev/null || true)
        [ "$streaming" = 1 ] && break
        sleep 0.02
    done
    if [ "$streaming" != 1 ]; then
        echo "with-postgresql: the standby does not stream from the primary" >&2
        exit 1
    fi
    export GUICHET_TEST_POSTGRESQL_REPLICA_URL="postgresql://postgres@127.0.0.1:$REPLICA_PORT/postgres"
    export GUICHET_TEST_POSTGRESQL_REPLICA_START="$REPLICA_START"
    export GUICHET_TEST_POSTGRESQL_REPLICA_STOP="$REPLICA_STOP"
    export GUICHET_TEST_POSTGRESQL_REPLICA_LOG="$PGDIR/standby.log"
fi

export GUICHET_TEST_POSTGRESQL="postgresql://postgres@127.0.0.1:$PORT/postgres"
export GUICHET_TEST_POSTGRESQL_TLS_CA="$TLS/ca.crt"
export GUICHET_TEST_POSTGRESQL_TLS_OTHER_CA="$TLS/other-ca.crt"
export GUICHET_TEST_POSTGRESQL_TLS_GROUP=guichet_tls
export GUICHET_TEST_POSTGRESQL_LOG="$PGDIR/server.log"
export GUICHET_TEST_POSTGRESQL_RESTART="$RESTART"
echo "with-postgresql: PostgreSQL on 127.0.0.1:$PORT (TLS for localhost, CA $TLS/ca.crt)${REPLICA_PORT:+, its standby on 127.0.0.1:$REPLICA_PORT}"
"$@"
