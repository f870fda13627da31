#!/usr/bin/env bash
# Installs what is missing, builds the release preset (warnings are errors under CI), and runs
# the whole ctest suite headless: offscreen Qt platform, and a private D-Bus session with an
# unlocked gnome-keyring so the keychain tests talk to a real Secret Service.
# Usage: bash scripts/test.sh [extra ctest arguments, e.g. -R TestProfileStore]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

clu_ensure_packages
werror=OFF
[ -n "${CI:-}" ] && werror=ON
clu_build_release -DCLU_WERROR=$werror

for tool in dbus-run-session gnome-keyring-daemon ctest; do
    command -v "$tool" >/dev/null 2>&1 || clu_die "$tool not found after package installation"
done

# A throw-away home for the keyring and settings, so a developer's own login keyring and
# configuration are never touched by the tests.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/clu-test.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/data" "$scratch/config" "$scratch/runtime"
chmod 700 "$scratch/runtime"

clu_log "running the tests (QT_QPA_PLATFORM=offscreen, private D-Bus + gnome-keyring)"
XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_RUNTIME_DIR="$scratch/runtime" \
QT_QPA_PLATFORM=offscreen CLU_REQUIRE_KEYCHAIN=1 \
dbus-run-session -- sh -c '
    printf "clu-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null ||
        { echo "error: gnome-keyring-daemon could not start and unlock a keyring" >&2; exit 1; }
    exec ctest --preset release -j 2 "$@"
' sh "$@"
