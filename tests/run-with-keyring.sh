#!/bin/sh
# Runs a command ("$@", usually a test executable) against a private, throw-away Secret Service:
# a new D-Bus session bus (dbus-run-session) with its own gnome-keyring-daemon, whose login
# keyring lives in a temporary HOME and is unlocked with a fixed test password. Nothing touches
# the user's own keyring. Sets GUICHET_TEST_KEYRING=1 for the command; when dbus-run-session or
# gnome-keyring-daemon is missing it runs the command without them and says why in
# GUICHET_TEST_KEYRING_MISSING (the test then skips, or fails under CI).
set -eu

if [ "$#" -eq 0 ]; then
    echo "usage: $0 command [argument...]" >&2
    exit 2
fi

root=$(mktemp -d "${TMPDIR:-/tmp}/guichet-keyring.XXXXXX")
trap 'rm -rf "$root"' EXIT
trap 'exit 130' INT TERM
chmod 700 "$root"
mkdir -m 700 "$root/home" "$root/data" "$root/config" "$root/cache" "$root/runtime"
export HOME="$root/home"
export XDG_DATA_HOME="$root/data"
export XDG_CONFIG_HOME="$root/config"
export XDG_CACHE_HOME="$root/cache"
export XDG_RUNTIME_DIR="$root/runtime"
# A desktop session's variables would make QtKeychain pick KWallet or the like; this is headless.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION GNOME_KEYRING_CONTROL DISPLAY WAYLAND_DISPLAY || true

missing=""
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        missing="$missing $tool"
    fi
done

status=0
if [ -n "$missing" ]; then
    GUICHET_TEST_KEYRING_MISSING="not installed:$missing (Debian: dbus gnome-keyring libsecret-1-0)" \
        "$@" || status=$?
else
    # gnome-keyring-daemon prints GNOME_KEYRING_CONTROL=…; it ends with the session bus.
    # shellcheck disable=SC2016 # expanded by the inner shell, on purpose
    dbus-run-session -- sh -c '
        eval "$(printf test-keyring-pw | gnome-keyring-daemon --unlock --components=secrets)"
        export GNOME_KEYRING_CONTROL
        GUICHET_TEST_KEYRING=1 exec "$@"' sh "$@" || status=$?
fi
exit "$status"
