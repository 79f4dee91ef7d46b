#!/usr/bin/env bash
# Installs what Guichet needs to build and test on Debian 12 (idempotent: installs only what is
# missing). Run as root, or as a user with sudo.
set -euo pipefail

PACKAGES=(
    # build
    cmake ninja-build g++ pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-tools-dev qt6-l10n-tools qt6-charts-dev qtkeychain-qt6-dev
    libqt6sql6-sqlite libqt6sql6-psql libsodium-dev clang-format clang-tidy qt6-translations-l10n
    # libpq: the model (db/PgStatement); both: guichet-bench (GUICHET_BUILD_BENCHMARKS)
    libsqlite3-dev libpq-dev
    # tests: PostgreSQL server, a Secret Service, an SMTP server, screenshots, keys typed into the
    # installed desk (resources/scripts/follow-deployment.sh: xdotool)
    postgresql-15 xvfb x11-apps xdotool imagemagick fonts-dejavu-core dbus gnome-keyring libsecret-1-0 libsecret-tools
    python3-aiosmtpd
    # fuzzing (resources/scripts/fuzz.sh): clang and its libFuzzer runtime (libclang_rt.fuzzer)
    clang libclang-rt-14-dev
    # the Debian package (resources/scripts/package-deb.sh): its checks, and the icons' renderer
    # (resources/icons/make-icons.sh)
    dpkg-dev fakeroot lintian desktop-file-utils appstream ccache librsvg2-bin
)

missing=()
for package in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: everything is already installed"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
