#!/usr/bin/env bash
# Follows docs/deployment.md on this machine, from nothing to a working desk on PostgreSQL, with the
# Debian package the way a hotline's IT gets it. Each step says which section of the guide it is;
# a change in the guide's commands is a change here (and the other way round).
#
#   §7.1  the package: apt-get install (a real dpkg -i, with its dependencies) when run as root
#         with GUICHET_DEPLOY_INSTALL=1, as CI does on its fresh Debian 12, and removed at the end
#         unless it was installed before; else dpkg -x into a temporary root
#   §3    a new PostgreSQL cluster set up as §3 says: TLS with the hotline's CA (sslmode=verify-full
#         everywhere), SCRAM, auth_delay, pg_hba with hostssl lines for the groups only (no trust
#         line on TCP); roles.sql, the owner, the database, the gate and the mail service's logins;
#         init and groups.sql as the owner; the first admin, then agents through the gate;
#         logging.sql
#   §4    WAL archiving and a base backup
#   §5    the mail and sealing services: their profile, their credentials as files, the audit key,
#         then the ExecStart= lines of the installed units, running as systemd would start them,
#         against a relay that wants STARTTLS, AUTH and the service's own sender
#   §7    a desk: its own Unix home, a Secret Service, the profile naming the gate, the gate's
#         password in the keychain (never in a file); then the menu entry's command on an X server,
#         the agent typing the login and password into the sign-in (xdotool): the desk window must
#         open, signed in as the agent's own PostgreSQL login
#   then  a caller's story through the agent's login: registered, locked out, looked up, verified,
#         unlocked, a temporary password mailed by the service, used on the portal's simulator;
#         the audit sealed by the sequencer and verified with the key
#   §4    the base backup restored to a point in time on another port, and the audit verified there
#   §8    migrate (nothing to do), groups.sql and logging.sql again: both idempotent
#   §9    the purge, as an admin
#
# Usage: follow-deployment.sh PACKAGE.deb [ARTIFACTS_DIR]   (a screenshot of the signed-in desk goes
# to ARTIFACTS_DIR, default build/deployment). Needs: PostgreSQL 15 server binaries, openssl,
# python3-aiosmtpd, Xvfb, xdotool, dbus and gnome-keyring (resources/scripts/install-deps.sh).
# Not done here: systemd itself (no init on the CI machine: the units' commands run as children of
# this script, with their credentials in a private folder as LoadCredential= would give them), a
# second machine (everything is on 127.0.0.1, named localhost as the certificates say), Windows.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)

if [ "${1:-}" = "--desk-session" ]; then
    # §7 on the desk, inside run-with-keyring.sh (a Secret Service, its own HOME) and
    # run-under-xvfb.sh (DISPLAY): called by the main part below with its variables exported.
    ctl="$PREFIX/usr/bin/guichetctl"
    read -r -a CALLER_CIVIL <<<"$CALLER_CIVIL_TEXT"
    echo "== §7.3 the desk's profile: the gate's URL, its password in the keychain"
    "$ctl" --lang en profile set hotline --database "$GATE_URL" --mail-delivery shared_service >/dev/null
    printf '%s\n' "$GATE_PASSWORD" | "$ctl" --lang en profile set-password hotline --purpose database >/dev/null
    "$ctl" --lang en profile default hotline >/dev/null
    if grep -rqF -- "$GATE_PASSWORD" "$HOME" "${XDG_CONFIG_HOME:-$HOME/.config}" 2>/dev/null; then
        echo "follow-deployment: the gate's password is in a file of the desk's home" >&2
        exit 1
    fi

    echo "== §7.4 Guichet from its menu entry; the agent signs in"
    desktop="$PREFIX/usr/share/applications/invalid.guichet.Guichet.desktop"
    exec_line=$(sed -n 's/^Exec=//p' "$desktop")
    read -r -a command <<<"${exec_line//%[fFuU]/}"
    QT_QPA_PLATFORM=xcb GUICHET_REPORT_SHOWN=1 "$PREFIX/usr/bin/${command[0]}" "${command[@]:1}" \
        >"$WORK/desk.out" 2>"$WORK/desk.err" &
    desk=$!
    wait_for() { # PATTERN SECONDS: a line of the desk's report
        for _ in $(seq 1 $(($2 * 10))); do
            grep -q "$1" "$WORK/desk.out" && return 0
            kill -0 "$desk" 2>/dev/null || break
            sleep 0.1
        done
        echo "follow-deployment: the desk did not report '$1': $(cat "$WORK/desk.out")" >&2
        cat "$WORK/desk.err" >&2
        import -window root "$ARTIFACTS/deployment-desk-failure.png" || true
        echo "the screen: $ARTIFACTS/deployment-desk-failure.png" >&2
        kill "$desk" 2>/dev/null || true
        exit 1
    }
    wait_for "window shown: SignInDialog" 30
    # The login field has the focus; the agent types as at a real desk.
    xdotool type --delay 20 "$AGENT_LOGIN"
    xdotool key Tab
    xdotool type --delay 20 "$AGENT_PASSWORD"
    xdotool key Return
    wait_for "window shown: DeskWindow" 60
    sleep 1
    import -window root "$ARTIFACTS/deployment-desk-signed-in.png"
    # Help → About from the keyboard (the French menus: A&ide, À &propos de Guichet). Without a
    # window manager the new window is given the keyboard by hand, as a click would.
    xdotool search --sync --onlyvisible --class guichet windowfocus --sync
    xdotool key alt+i p
    wait_for "window shown: AboutDialog" 20
    sleep 0.5
    import -window root "$ARTIFACTS/deployment-desk-about.png"
    kill -TERM "$desk"
    status=0
    wait "$desk" || status=$?
    [ "$status" -eq 0 ] || { echo "follow-deployment: the desk ended with $status" >&2; cat "$WORK/desk.err" >&2; exit 1; }
    echo "desk: signed in as $AGENT_LOGIN, the desk window shown ($ARTIFACTS/deployment-desk-signed-in.png)"

    echo "== a caller's story at this desk's profile, as the agent's own login"
    desk() { GUICHET_AGENT_PASSWORD="$AGENT_PASSWORD" "$ctl" --lang en --profile hotline desk --agent "$AGENT_LOGIN" "$@"; }
    json() { python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }
    call=$(desk call-start --reason wrong_password_locked | json call_id)
    desk lookup --call "$call" "$CALLER_NIR" >"$WORK/lookup.json"
    grep -q "$CALLER_NIR" "$WORK/lookup.json" && { echo "follow-deployment: the NIR shown before verification" >&2; exit 1; }
    [ "$(desk verify --call "$call" "${CALLER_CIVIL[@]}" | json verified)" = True ]
    desk unlock --call "$call" --reason "Titulaire vérifié par téléphone" --idempotency-key "deploy-unlock-1" >/dev/null
    desk reissue --call "$call" --reason "Mot de passe non reçu" --idempotency-key "deploy-reissue-1" >/dev/null
    desk call-end --call "$call" --outcome resolved >/dev/null
    echo "desk: call $call: looked up (masked), verified, unlocked, a temporary password reissued"
    exit 0
fi

deb=$(realpath "${1:?usage: follow-deployment.sh PACKAGE.deb [ARTIFACTS_DIR]}")
ARTIFACTS=$(mkdir -p "${2:-$ROOT/build/deployment}" && realpath "${2:-$ROOT/build/deployment}")
start=$SECONDS
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$PG_BIN" ] || { echo "follow-deployment: no PostgreSQL server under /usr/lib/postgresql" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/guichet-deployment.XXXXXX")
chmod 755 "$WORK"
AS=()
[ "$(id -u)" -eq 0 ] && AS=(runuser -u postgres --)
children=()
installed_here=0
cleanup() {
    for pid in "${children[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for data in "$WORK/backup/restore" "$WORK/pg"; do
        [ -f "$data/postmaster.pid" ] && "${AS[@]}" "$PG_BIN/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
    done
    if [ "$installed_here" = 1 ]; then
        apt-get remove -y -qq guichet >/dev/null 2>&1 || true
    fi
    if [ "${GUICHET_DEPLOY_KEEP:-0}" = 1 ]; then echo "follow-deployment: kept $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
secret() { head -c 18 /dev/urandom | base64 | tr '+/' '-_'; }
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

echo "== §7.1 the package"
if [ "${GUICHET_DEPLOY_INSTALL:-0}" = 1 ] && [ "$(id -u)" -eq 0 ]; then
    dpkg-query -W -f='${Status}' guichet 2>/dev/null | grep -q "install ok installed" || installed_here=1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
    PREFIX=/
    echo "installed with apt-get: $(dpkg-query -W -f='${Package} ${Version} ${Status}' guichet)"
else
    PREFIX="$WORK/root"
    dpkg -x "$deb" "$PREFIX"
    echo "extracted into $PREFIX (GUICHET_DEPLOY_INSTALL=1 as root installs it)"
fi
PREFIX=${PREFIX%/}
ctl="$PREFIX/usr/bin/guichetctl"
grants="$PREFIX/usr/share/guichet/sql/grants"

echo "== §3.1 PostgreSQL: TLS from the hotline's CA, SCRAM, auth_delay, WAL archived (§4)"
tls="$WORK/tls"
mkdir -p "$tls"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj "/CN=Hotline CA" \
    -keyout "$tls/ca.key" -out "$tls/root.crt" -addext basicConstraints=critical,CA:TRUE \
    -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
certificate() { # NAME: a certificate for localhost from the CA
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj /CN=localhost \
        -keyout "$tls/$1.key" -out "$tls/$1.csr" 2>/dev/null
    printf 'subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' >"$tls/$1.ext"
    openssl x509 -req -in "$tls/$1.csr" -CA "$tls/root.crt" -CAkey "$tls/ca.key" -CAcreateserial -days 2 \
        -extfile "$tls/$1.ext" -out "$tls/$1.crt" 2>/dev/null
}
certificate db
certificate relay
chmod 644 "$tls/root.crt"
mkdir -p "$WORK/pg" "$WORK/wal" "$WORK/sock" "$WORK/log" "$WORK/backup"
[ "$(id -u)" -eq 0 ] && chown postgres "$WORK/pg" "$WORK/wal" "$WORK/sock" "$WORK/log" "$WORK/backup"
"${AS[@]}" "$PG_BIN/initdb" -D "$WORK/pg" -U postgres --auth-local=trust --auth-host=reject -E UTF8 \
    --locale=C.UTF-8 --no-sync >/dev/null
cp "$tls/db.crt" "$WORK/pg/server.crt"
cp "$tls/db.key" "$WORK/pg/server.key"
chmod 600 "$WORK/pg/server.key"
[ "$(id -u)" -eq 0 ] && chown postgres "$WORK/pg/server.crt" "$WORK/pg/server.key"
PGPORT_PRIMARY=$(port)
cat >>"$WORK/pg/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PGPORT_PRIMARY
unix_socket_directories = '$WORK/sock'
ssl = on
password_encryption = scram-sha-256
shared_preload_libraries = 'auth_delay'
auth_delay.milliseconds = 1000
wal_level = replica
archive_mode = on
archive_command = 'cp %p $WORK/wal/%f'
EOF
echo "== §3.2 pg_hba.conf: TLS and SCRAM for the groups, nothing else on TCP (the superuser on the local socket)"
# The guide's lines, with this machine's address for the hotline's 10.0.0.0/8.
cat >"$WORK/pg/pg_hba.conf" <<EOF
local   all         postgres                         trust
local   replication postgres                         trust
hostssl guichet     +guichet_gate       127.0.0.1/32 scram-sha-256
hostssl guichet     +guichet_agent      127.0.0.1/32 scram-sha-256
hostssl guichet     +guichet_mailer     127.0.0.1/32 scram-sha-256
hostssl guichet     guichet_owner       127.0.0.1/32 scram-sha-256
EOF
"${AS[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg" -w -l "$WORK/log/pg.log" start >/dev/null
superuser() { "${AS[@]}" "$PG_BIN/psql" -X -q -h "$WORK/sock" -p "$PGPORT_PRIMARY" -U postgres -v ON_ERROR_STOP=1 "$@"; }

echo "== §3.3 roles, the owner, the database, the gate and the mail service's login (as the superuser)"
OWNER_PASSWORD=$(secret)
GATE_PASSWORD=$(secret)
MAILER_PASSWORD=$(secret)
superuser -d postgres -f "$grants/roles.sql" >/dev/null
superuser -d postgres -v owner="$OWNER_PASSWORD" -v gate="$GATE_PASSWORD" -v mailer="$MAILER_PASSWORD" >/dev/null <<'SQL'
CREATE ROLE guichet_owner LOGIN CREATEROLE PASSWORD :'owner';
CREATE DATABASE guichet OWNER guichet_owner;
CREATE ROLE guichet_desk_gate LOGIN PASSWORD :'gate' IN ROLE guichet_gate;
CREATE ROLE mailer LOGIN PASSWORD :'mailer' IN ROLE guichet_mailer;
SQL

echo "== §3.4 schema and grants (as the owner, its password in IT's ~/.pgpass, verify-full)"
export HOME="$WORK/it" XDG_CONFIG_HOME="$WORK/it/.config" XDG_DATA_HOME="$WORK/it/.local/share"
export XDG_RUNTIME_DIR="$WORK/it/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$HOME" "$XDG_RUNTIME_DIR"
unset GUICHET_DATABASE GUICHET_PROFILE DISPLAY || true
printf 'localhost:%s:guichet:guichet_owner:%s\nlocalhost:%s:guichet:guichet_desk_gate:%s\n' \
    "$PGPORT_PRIMARY" "$OWNER_PASSWORD" "$PGPORT_PRIMARY" "$GATE_PASSWORD" >"$HOME/.pgpass"
chmod 600 "$HOME/.pgpass"
tls_query="sslmode=verify-full&sslrootcert=$tls/root.crt"
URL="postgresql://guichet_owner@localhost:$PGPORT_PRIMARY/guichet?$tls_query"
GATE_URL="postgresql://guichet_desk_gate@localhost:$PGPORT_PRIMARY/guichet?$tls_query"
MAILER_URL="postgresql://mailer@localhost:$PGPORT_PRIMARY/guichet?$tls_query"
quiet=(env QT_LOGGING_RULES="guichet.*.info=false")
"${quiet[@]}" "$ctl" --lang en --database "$URL" init | grep -q '"schema_version"'
psql -X -q "$URL" -v ON_ERROR_STOP=1 -f "$grants/groups.sql" >/dev/null

echo "== §3.5 the first admin (by the owner), then the others by the admin through the gate"
ADMIN_PASSWORD="Adm-$(secret)"
AGENT_LOGIN=alice
AGENT_PASSWORD="Agt-$(secret)"
SUPERVISOR_PASSWORD="Sup-$(secret)"
GUICHET_PASSWORD="$ADMIN_PASSWORD" "$ctl" --lang en --database "$URL" agent add adam --role admin >/dev/null
GUICHET_AGENT_PASSWORD="$ADMIN_PASSWORD" GUICHET_PASSWORD="$AGENT_PASSWORD" \
    "$ctl" --lang en --database "$GATE_URL" agent add "$AGENT_LOGIN" --role agent --agent adam >/dev/null
GUICHET_AGENT_PASSWORD="$ADMIN_PASSWORD" GUICHET_PASSWORD="$SUPERVISOR_PASSWORD" \
    "$ctl" --lang en --database "$GATE_URL" agent add sophie --role supervisor --agent adam >/dev/null
logins=$(superuser -d guichet -t -A -c "SELECT string_agg(rolname, ' ' ORDER BY rolname) FROM pg_roles WHERE rolname LIKE '%@guichet'")
echo "agents' own logins: $logins"
[ "$logins" = "adam@guichet alice@guichet sophie@guichet" ] \
    || { echo "follow-deployment: the agents have no logins of their own: '$logins'" >&2; exit 1; }

echo "== §3.6 the server's log: logging.sql (as the superuser, after adding agents)"
superuser -d guichet -f "$grants/logging.sql" >/dev/null
quiet_roles=$(superuser -d guichet -t -A -c "SELECT count(*) FROM pg_roles WHERE rolname IN ('adam@guichet', 'alice@guichet', 'mailer', 'guichet_desk_gate') AND rolconfig::text LIKE '%log_min_error_statement=panic%'")
[ "$quiet_roles" = 4 ] || { echo "follow-deployment: logging.sql left $((4 - quiet_roles)) logins logging statements" >&2; exit 1; }

echo "== §4 a base backup (WAL archived since the start)"
"${AS[@]}" "$PG_BIN/pg_basebackup" -h "$WORK/sock" -p "$PGPORT_PRIMARY" -U postgres -D "$WORK/backup/base" -X none \
    --checkpoint=fast --no-sync
echo "base backup: $(du -sh "$WORK/backup/base" | cut -f1)"

echo "== the national register's reference and the insured person (the owner loads them, as the fund's data)"
CALLER_NIR=185037510604292
CALLER_CIVIL=(--last-name Dupont --first-names Marc --birth-date 1985-03-02 --birth-place Paris)
"${quiet[@]}" "$ctl" --lang en --database "$URL" register add --nir "$CALLER_NIR" "${CALLER_CIVIL[@]}" >/dev/null
"${quiet[@]}" "$ctl" --lang en --database "$URL" identity add --nir "$CALLER_NIR" "${CALLER_CIVIL[@]}" >/dev/null

echo "== §5 the mail and sealing services: profile, credentials, audit key, the units' commands"
relay_port=$(port)
mkdir -p "$WORK/relay"
RELAY_PASSWORD=$(secret)
/usr/bin/python3 tests/smtp_server.py --port "$relay_port" --tls-cert "$tls/relay.crt" --tls-key "$tls/relay.key" \
    --auth-user mailer --auth-password "$RELAY_PASSWORD" --allowed-sender no-reply@hotline.example \
    --maildir "$WORK/relay" >"$WORK/relay.out" 2>&1 < <(sleep 100000) &
children+=($!)
for _ in $(seq 1 100); do grep -q READY "$WORK/relay.out" && break; sleep 0.1; done
grep -q READY "$WORK/relay.out" || { echo "follow-deployment: the relay did not start" >&2; cat "$WORK/relay.out" >&2; exit 1; }
service_env=(env HOME="$WORK/service" XDG_CONFIG_HOME="$WORK/service/.config" XDG_DATA_HOME="$WORK/service/.local/share")
mkdir -p "$WORK/service" && chmod 700 "$WORK/service"
"${service_env[@]}" "$ctl" --lang en profile set hotline --database "$MAILER_URL" \
    --smtp "smtp://mailer@localhost:$relay_port" --smtp-ca "$tls/root.crt" \
    --smtp-sender 'Assurance retraite <no-reply@hotline.example>' --mail-delivery shared_service >/dev/null
credentials="$WORK/credentials"
(umask 077 && mkdir "$credentials")
printf '%s' "$MAILER_PASSWORD" >"$credentials/database-password"
printf '%s' "$RELAY_PASSWORD" >"$credentials/smtp-password"
"${service_env[@]}" "${quiet[@]}" "$ctl" --lang en audit key init --audit-key-file "$credentials/audit-key" >/dev/null
cp "$credentials/audit-key" "$WORK/audit-key.offline"
for unit in guichet-mailer guichet-audit-sequencer; do
    file="$PREFIX/usr/lib/systemd/system/$unit.service"
    exec_start=$(sed -n 's/^ExecStart=//p' "$file")
    environment=$(sed -n 's/^Environment=//p' "$file")
    exec_start=${exec_start//%d/$credentials}
    read -r -a command <<<"$exec_start"
    command[0]="$PREFIX${command[0]}"
    "${service_env[@]}" $environment "${command[@]}" >"$WORK/$unit.out" 2>"$WORK/$unit.err" &
    children+=($!)
    echo "$unit: $exec_start"
done

echo "== the portal: the caller registers, then locks the account with wrong passwords"
portal() { "${quiet[@]}" "$ctl" --lang en --database "$URL" portal "$@"; }
outcome() { python3 -c 'import json,sys; print(json.load(sys.stdin)["outcome"])'; }
[ "$(portal register --nir "$CALLER_NIR" "${CALLER_CIVIL[@]}" --email marc.dupont@example.org \
    --secret-question "Premier chien ?" --secret-answer "Médor" | outcome)" = registered ]
for _ in 1 2 3 4 5; do portal login "$CALLER_NIR" "Pas-le-bon-1" >/dev/null || true; done
[ "$(portal login "$CALLER_NIR" "Pas-le-bon-1" | outcome)" = locked ] || { echo "follow-deployment: not locked" >&2; exit 1; }

echo "== §7 the desk (a home of its own, a Secret Service, an X server)"
export PREFIX WORK ARTIFACTS GATE_URL GATE_PASSWORD AGENT_LOGIN AGENT_PASSWORD CALLER_NIR
# An array does not cross exec: the desk part splits the civil status again (no spaces in its values).
export CALLER_CIVIL_TEXT="${CALLER_CIVIL[*]}"
GUICHET_XVFB_SCREEN=1366x768x24 bash tests/run-with-keyring.sh bash tests/run-under-xvfb.sh bash "$0" --desk-session

echo "== the mail service delivers the temporary passwords; the caller uses the newest on the portal"
for _ in $(seq 1 300); do
    [ "$(ls "$WORK/relay"/*.eml 2>/dev/null | wc -l)" -ge 2 ] && break
    sleep 0.1
done
temporary=$(python3 - "$WORK/relay" <<'PY'
import email, email.policy, glob, os, re, sys
files = sorted(glob.glob(os.path.join(sys.argv[1], "*.eml")), key=lambda p: int(os.path.basename(p)[:-4]))
if len(files) < 2:
    sys.exit("fewer than two mails at the relay: %d" % len(files))
message = email.message_from_bytes(open(files[-1], "rb").read(), policy=email.policy.default)
assert message["To"].addresses[0].addr_spec == "marc.dupont@example.org", message["To"]
body = message.get_body(preferencelist=("plain",)).get_content()
match = re.search(r"^Mot de passe provisoire ?: ?(\S+)\s*$", body, re.M)
if not match:
    sys.exit("no temporary password in the newest mail")
print(match.group(1))
PY
)
envelope_sender=$(head -1 "$(ls "$WORK/relay"/*.envelope | sort -V | tail -1)")
[ "$envelope_sender" = no-reply@hotline.example ] || { echo "follow-deployment: sender $envelope_sender" >&2; exit 1; }
[ "$(portal login "$CALLER_NIR" "$temporary" | outcome)" = must_change_password ]
[ "$(portal activate "$CALLER_NIR" "$temporary" "Mon-Nouveau-Mot-2026" | outcome)" = activated ]
[ "$(portal login "$CALLER_NIR" "Mon-Nouveau-Mot-2026" | outcome)" = ok ]
echo "portal: the mailed temporary password activated the account; the caller logs in"

echo "== the audit: sealed by the sequencer, verified with the key"
verify() { # URL [OPTIONS]: audit verify as the supervisor
    GUICHET_AGENT_PASSWORD="$SUPERVISOR_PASSWORD" "${quiet[@]}" "$ctl" --lang en --database "$1" \
        audit verify --agent sophie "${@:2}"
}
# The sequencer seals each committed event within a pass (1 s): wait until none is left, then
# verify (its own audit event is the one it may find unsealed).
for _ in $(seq 1 100); do
    [ "$(superuser -d guichet -t -A -c "SELECT count(*) FROM audit_events e WHERE NOT EXISTS
        (SELECT 1 FROM audit_seals s WHERE s.event_id = e.id)")" = 0 ] && break
    sleep 0.2
done
report=$(verify "$GATE_URL" --audit-key-file "$credentials/audit-key")
echo "audit verify: $report"
python3 - "$report" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
assert r["intact"] and r["seals"] == "valid" and r["unsealed_stale"] == 0 and r["missing_events"] == 0, r
assert r["events"] > 10 and r["sealed"] >= r["events"] - 1, r
PY
events=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["events"])' "$report")

echo "== §4 point-in-time recovery of the base backup on another port; the audit verified there"
# The target: now, after the story above. Recovery stops at the first commit past it, so one more
# transaction is committed, its WAL segment switched and archived before the restore begins.
target=$(superuser -d guichet -t -A -c "SELECT now()")
superuser -d postgres -c "CREATE TABLE after_target (); DROP TABLE after_target;" >/dev/null
segment=$(superuser -d postgres -t -A -c "SELECT pg_walfile_name(pg_switch_wal())")
for _ in $(seq 1 100); do
    [ -f "$WORK/wal/$segment" ] && break
    sleep 0.1
done
[ -f "$WORK/wal/$segment" ] || { echo "follow-deployment: WAL segment $segment not archived" >&2; exit 1; }
cp -a "$WORK/backup/base" "$WORK/backup/restore"
restore_port=$(port)
cat >>"$WORK/backup/restore/postgresql.conf" <<EOF
port = $restore_port
archive_mode = off
restore_command = 'cp $WORK/wal/%f %p'
recovery_target_time = '$target'
recovery_target_action = 'promote'
EOF
touch "$WORK/backup/restore/recovery.signal"
[ "$(id -u)" -eq 0 ] && chown -R postgres "$WORK/backup/restore"
"${AS[@]}" "$PG_BIN/pg_ctl" -D "$WORK/backup/restore" -w -l "$WORK/log/restore.log" start >/dev/null
for _ in $(seq 1 100); do
    [ "$("${AS[@]}" "$PG_BIN/psql" -X -t -A -h "$WORK/sock" -p "$restore_port" -U postgres -d guichet \
        -c "SELECT pg_is_in_recovery()" 2>/dev/null)" = f ] && break
    sleep 0.2
done
RESTORED_URL="postgresql://guichet_desk_gate@localhost:$restore_port/guichet?$tls_query"
printf 'localhost:%s:guichet:guichet_desk_gate:%s\n' "$restore_port" "$GATE_PASSWORD" >>"$HOME/.pgpass"
restored=$(verify "$RESTORED_URL" --audit-key-file "$WORK/audit-key.offline")
echo "audit verify on the restored copy: $restored"
python3 - "$restored" "$events" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
assert r["intact"] and r["seals"] == "valid" and r["events"] >= int(sys.argv[2]), r
PY

echo "== §8 an upgrade's steps when there is nothing to migrate: migrate, groups.sql, logging.sql again"
migrated=$("${quiet[@]}" "$ctl" --lang en --database "$URL" migrate)
python3 -c 'import json,sys; r=json.loads(sys.argv[1]); assert r["schema_version"] == r["previous_version"], r' "$migrated"
psql -X -q "$URL" -v ON_ERROR_STOP=1 -f "$grants/groups.sql" >/dev/null
superuser -d guichet -f "$grants/logging.sql" >/dev/null

echo "== §9 retention: the purge, as an admin through the gate"
GUICHET_AGENT_PASSWORD="$ADMIN_PASSWORD" "${quiet[@]}" "$ctl" --lang en --database "$GATE_URL" \
    purge --agent adam --older-than 365 >/dev/null

echo "== the services end on SIGTERM, as systemd stops them"
for pid in "${children[@]:1}"; do
    kill -TERM "$pid"
    status=0
    wait "$pid" || status=$?
    [ "$status" -eq 0 ] || { echo "follow-deployment: a service ended with $status" >&2; cat "$WORK"/guichet-*.err >&2; exit 1; }
done
children=("${children[0]}")
if grep -qF -e "$CALLER_NIR" -e marc.dupont@example.org "$WORK/log/pg.log" "$WORK"/guichet-*.err; then
    echo "follow-deployment: the caller's NIR or address in a log" >&2
    exit 1
fi
echo "follow-deployment: docs/deployment.md followed from an empty cluster to a working desk in $((SECONDS - start)) s"
