#!/usr/bin/env bash
# Runs a command with a private, throw-away PostgreSQL server: initdb in a temporary folder, its
# own port on 127.0.0.1, stopped and removed on exit even when the command fails.
# The server's URL (user postgres, trust authentication) is exported as GUICHET_TEST_POSTGRESQL.
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
    "${AS[@]}" "$PG_BIN/pg_ctl" -D "$PGDIR/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$PGDIR"
}
trap stop EXIT

"${AS[@]}" "$PG_BIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
"${AS[@]}" "$PG_BIN/pg_ctl" -D "$PGDIR/data" -w -l "$PGDIR/server.log" \
    -o "-p $PORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null

export GUICHET_TEST_POSTGRESQL="postgresql://postgres@127.0.0.1:$PORT/postgres"
echo "with-postgresql: PostgreSQL on 127.0.0.1:$PORT"
"$@"
