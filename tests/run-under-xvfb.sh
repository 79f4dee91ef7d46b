#!/bin/sh
# Runs a command ("$@", usually a widget test executable) on a private X server (Xvfb) with Qt's
# xcb platform, as agents' Linux desks run it: the X11 key scheme (QLineEdit's Ctrl+E, Ctrl+K…)
# and real window activation instead of the offscreen platform's. QT_QPA_PLATFORM is forced to
# xcb even when the caller (test.sh, CTest) exported offscreen. Fails when Xvfb is missing
# (Debian: xvfb): a test that silently skips is a test that does not exist. The screen is 1280×720
# unless GUICHET_XVFB_SCREEN says otherwise (WxHxDEPTH, e.g. 1366x768x24).
set -eu

if [ "$#" -eq 0 ]; then
    echo "usage: $0 command [argument...]" >&2
    exit 2
fi
if ! command -v Xvfb >/dev/null 2>&1; then
    echo "run-under-xvfb: Xvfb is not installed (Debian: xvfb)" >&2
    exit 1
fi

root=$(mktemp -d "${TMPDIR:-/tmp}/guichet-xvfb.XXXXXX")
xvfb_pid=""
cleanup() {
    if [ -n "$xvfb_pid" ]; then
        kill "$xvfb_pid" 2>/dev/null || true
        wait "$xvfb_pid" 2>/dev/null || true
    fi
    rm -rf "$root"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
chmod 700 "$root"

# Xvfb picks a free display itself and writes its number on the descriptor given to -displayfd.
Xvfb -displayfd 3 -screen 0 "${GUICHET_XVFB_SCREEN:-1280x720x24}" -nolisten tcp -noreset 3>"$root/display" 2>"$root/xvfb.log" &
xvfb_pid=$!
tries=0
while [ ! -s "$root/display" ]; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ] || ! kill -0 "$xvfb_pid" 2>/dev/null; then
        echo "run-under-xvfb: Xvfb did not start:" >&2
        cat "$root/xvfb.log" >&2
        exit 1
    fi
    sleep 0.1
done
DISPLAY=":$(head -n 1 "$root/display")"
export DISPLAY
export QT_QPA_PLATFORM=xcb
mkdir -m 700 "$root/runtime"
export XDG_RUNTIME_DIR="$root/runtime"
unset WAYLAND_DISPLAY || true

status=0
"$@" || status=$?
exit "$status"
