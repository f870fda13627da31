#!/usr/bin/env bash
# Writes the README screenshots: starts `cl-uploader --demo` under xvfb-run (the demo server
# with its seeded content), and lets it save PNGs of the main window, the certificate tab (once
# per language: certificate-tab-<lang>.png) and the upload dialogs into docs/screenshots/
# (cl-uploader --lang L --screenshots DIR), then quits.
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
# English: every README picture; the other languages: their Certificate & warnings tab, the
# layout that has to hold in every language (ScreenshotTour).
shots=()
for lang in en de fr ja zh_CN; do
    XDG_CONFIG_HOME="$home" QT_QPA_PLATFORM=xcb timeout 180 \
        xvfb-run -a -s "-screen 0 1280x800x24" \
        "$gui" --lang "$lang" --demo --simulator "$sim" --screenshots "$out" ||
        clu_die "cl-uploader --lang $lang did not finish the screenshots (see the messages above)"
    shots+=("certificate-tab-$lang.png")
done
shots+=(main-window.png upload-dialog.png url-source-dialog.png)
for f in "${shots[@]}"; do
    [ -s "$out/$f" ] || clu_die "$out/$f was not written"
done
clu_log "wrote: ${shots[*]}"
