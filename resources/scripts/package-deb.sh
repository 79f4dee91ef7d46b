#!/usr/bin/env bash
# Builds the Debian package (Release, no tests, in build-deb/ or GUICHET_DEB_BUILD_DIR; ccache when
# there is one; GUICHET_DEB_REUSE_BUILD=1 packages the build already in GUICHET_DEB_BUILD_DIR, as CI
# does with the one its suite tested), then checks it as a desk would get it:
#   - lintian: no error (warnings are printed, not fatal);
#   - the declared dependencies: the Qt SQL drivers, QtKeychain, libsodium among them, and apt
#     resolves them on this system (a simulated install: nothing is installed);
#   - extracted with dpkg -x into a fresh root: guichetctl --version, guichetctl nir check on a
#     valid and an invalid number (exit codes 0 and 1), the menu entry and the AppStream file
#     validated, the icon the entry names present in hicolor, the man pages, the systemd units;
#   - the desk started as its menu entry says (the Exec= line, offscreen, an empty home, a database
#     made by guichetctl init): it must show the sign-in (GUICHET_REPORT_SHOWN) and end on SIGTERM.
# Leaves the package in the build dir and prints its path. Not done here: dpkg -i into a real
# chroot or container (no debootstrap image on the CI machine); apt's simulation stands for it.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
BUILD=${GUICHET_DEB_BUILD_DIR:-$ROOT/build-deb}
start=$SECONDS

if [ "${GUICHET_DEB_REUSE_BUILD:-0}" = 1 ]; then
    # CI: the build the suite just tested (RelWithDebInfo, stripped by CPack), not a second one.
    test -f "$BUILD/CMakeCache.txt" || { echo "package-deb: no build in $BUILD to reuse" >&2; exit 1; }
    cmake --build "$BUILD" --target guichet guichetctl
else
    launcher=()
    if command -v ccache >/dev/null; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
        -DGUICHET_BUILD_TESTS=OFF -DGUICHET_BUILD_BENCHMARKS=OFF -DGUICHET_WARNINGS_AS_ERRORS=ON "${launcher[@]}" >/dev/null
    cmake --build "$BUILD"
fi
echo "package-deb: built in $((SECONDS - start)) s"

rm -f "$BUILD"/guichet_*.deb
(cd "$BUILD" && cpack -G DEB >/dev/null)
deb=$(ls "$BUILD"/guichet_*.deb)
echo "package-deb: $deb"
dpkg-deb --field "$deb" Package Version Depends Recommends Installed-Size

echo "== lintian"
lintian --fail-on error "$deb"

echo "== dependencies"
depends=$(dpkg-deb --field "$deb" Depends)
for needed in libqt6sql6-sqlite libqt6sql6-psql libqt6widgets6 libqt6network6 libqt6keychain1 libsodium23 libpq5; do
    if ! grep -qE "(^|, )$needed( |,|$)" <<<"$depends"; then
        echo "package-deb: Depends does not name $needed: $depends" >&2
        exit 1
    fi
done
apt-get install --simulate --no-install-recommends "$deb" >/dev/null
echo "dependencies: declared and resolvable here"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/guichet-deb.XXXXXX")
desk_pid=""
cleanup() {
    if [ -n "$desk_pid" ]; then kill -KILL "$desk_pid" 2>/dev/null || true; fi
    rm -rf "$TMP"
}
trap cleanup EXIT
root="$TMP/root"
dpkg -x "$deb" "$root"

echo "== the extracted package"
for file in usr/bin/guichet usr/bin/guichetctl \
    usr/share/applications/invalid.guichet.Guichet.desktop usr/share/metainfo/invalid.guichet.Guichet.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/guichet.svg usr/share/icons/hicolor/16x16/apps/guichet.png \
    usr/share/icons/hicolor/256x256/apps/guichet.png usr/share/man/man1/guichet.1.gz usr/share/man/man1/guichetctl.1.gz \
    usr/lib/systemd/system/guichet-mailer.service usr/lib/systemd/system/guichet-audit-sequencer.service \
    usr/share/doc/guichet/copyright usr/share/doc/guichet/changelog.Debian.gz usr/share/guichet/sql/grants/groups.sql; do
    test -e "$root/$file" || { echo "package-deb: $file is missing" >&2; exit 1; }
done
desktop="$root/usr/share/applications/invalid.guichet.Guichet.desktop"
desktop-file-validate "$desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/invalid.guichet.Guichet.metainfo.xml"
icon=$(sed -n 's/^Icon=//p' "$desktop")
test -e "$root/usr/share/icons/hicolor/48x48/apps/$icon.png" || { echo "package-deb: no icon $icon" >&2; exit 1; }

# A home of its own: no profile, no keychain, the default SQLite file in its data folder.
export HOME="$TMP/home" XDG_CONFIG_HOME="$TMP/home/.config" XDG_DATA_HOME="$TMP/home/.local/share"
export XDG_RUNTIME_DIR="$TMP/xdg"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset GUICHET_DATABASE GUICHET_PROFILE
ctl="$root/usr/bin/guichetctl"
version=$("$ctl" --version)
echo "guichetctl --version: $version"
project_version=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt | head -1)
grep -q "\"version\":\"$project_version\"" <<<"$version" \
    || { echo "package-deb: guichetctl --version does not say the project's version" >&2; exit 1; }
"$ctl" --lang en nir check 185057800608491 | grep -q '"valid":true'
status=0
"$ctl" --lang en nir check 185057800608436 >/dev/null || status=$?
[ "$status" -eq 1 ] || { echo "package-deb: nir check of a wrong key ended with $status, not 1" >&2; exit 1; }
echo "guichetctl nir check: a valid number accepted, a wrong key refused (exit 1)"

echo "== the desk, from its menu entry"
# A database to sign in to (guichetctl init, as an administrator would), named by the environment
# as a desk's session could: the menu entry's command line has no options.
export GUICHET_DATABASE="sqlite:$TMP/home/guichet.sqlite"
QT_LOGGING_RULES="guichet.*.info=false" "$ctl" init >/dev/null
exec_line=$(sed -n 's/^Exec=//p' "$desktop")
read -r -a command <<<"${exec_line//%[fFuU]/}"
program="$root/usr/bin/${command[0]}"
test -x "$program" || { echo "package-deb: Exec=$exec_line is not an installed program" >&2; exit 1; }
QT_QPA_PLATFORM=offscreen GUICHET_REPORT_SHOWN=1 "$program" "${command[@]:1}" >"$TMP/desk.out" 2>"$TMP/desk.err" &
desk_pid=$!
for _ in $(seq 1 300); do
    grep -q "guichet: window shown: " "$TMP/desk.out" && break
    kill -0 "$desk_pid" 2>/dev/null || break
    sleep 0.1
done
if ! grep -q "guichet: window shown: SignInDialog" "$TMP/desk.out"; then
    echo "package-deb: the desk showed no sign-in in 30 s: $(cat "$TMP/desk.out")" >&2
    cat "$TMP/desk.err" >&2
    exit 1
fi
kill -TERM "$desk_pid"
for _ in $(seq 1 100); do
    kill -0 "$desk_pid" 2>/dev/null || break
    sleep 0.1
done
if kill -0 "$desk_pid" 2>/dev/null; then
    echo "package-deb: the desk did not end within 10 s of SIGTERM" >&2
    exit 1
fi
status=0
wait "$desk_pid" || status=$?
desk_pid=""
[ "$status" -eq 0 ] || { echo "package-deb: the desk ended with $status on SIGTERM" >&2; cat "$TMP/desk.err" >&2; exit 1; }
echo "desk: started from Exec=$exec_line, showed its sign-in, ended on SIGTERM"

echo "package-deb: $deb passed in $((SECONDS - start)) s"
