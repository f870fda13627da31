#!/usr/bin/env bash
# Installs what is missing, builds the release preset, and starts the GUI in demo mode
# (cl-uploader --demo: a local cl-simulator with seeded content, connected automatically).
# Usage: bash scripts/run-demo.sh [extra cl-uploader arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

clu_ensure_packages
clu_build_release

gui=build/release/app/gui/cl-uploader
[ -x "$gui" ] || clu_die "$gui was not built"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    clu_die "no display: run this from a desktop session, or under xvfb-run -a bash scripts/run-demo.sh"
fi
clu_log "starting $gui --demo $*"
exec "$gui" --demo "$@"
