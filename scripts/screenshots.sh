#!/usr/bin/env bash
# Writes the README screenshots: starts `cl-uploader --demo` under xvfb-run (the demo server
# with its seeded content), and lets it save PNGs of the main window, the certificate tab and
# the New upload dialog into docs/screenshots/ (cl-uploader --screenshots DIR), then quits.
# Usage: bash scripts/screenshots.sh [build-dir]     (default: build/release, brought up to date)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

build=${1:-build/release}
out=docs/screenshots
# An incremental build is cheap, and a stale binary would photograph yesterday's window.
if [ "$build" = build/release ]; then
    clu_ensure_packages
    clu_build_release
fi
gui=$build/app/gui/cl-uploader
sim=$build/app/simulator/cl-simulator
[ -x "$gui" ] || clu_die "$gui was not built"
[ -x "$sim" ] || clu_die "$sim was not built"
command -v xvfb-run >/dev/null 2>&1 || clu_die "xvfb-run is missing (package xvfb)"

mkdir -p "$out"
# A private settings directory, so the user's saved window layout and profiles do not leak
# into the pictures.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
clu_log "taking screenshots into $out"
XDG_CONFIG_HOME="$home" QT_QPA_PLATFORM=xcb timeout 180 \
    xvfb-run -a -s "-screen 0 1280x800x24" \
    "$gui" --demo --simulator "$sim" --screenshots "$out" ||
    clu_die "cl-uploader did not finish the screenshots (see the messages above)"
for f in main-window.png certificate-tab.png upload-dialog.png url-source-dialog.png; do
    [ -s "$out/$f" ] || clu_die "$out/$f was not written"
done
clu_log "wrote: $(cd "$out" && echo main-window.png certificate-tab.png upload-dialog.png url-source-dialog.png)"
