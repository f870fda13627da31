#!/usr/bin/env bash
# Builds the Debian package from a configured build tree, checks it (lintian, desktop file,
# AppStream metainfo, contents, versions), installs it and runs the INSTALLED executables:
# cl-uploader-cli version, cl-simulator, an upload with the CLI, the GUI offscreen in demo mode.
#
# Usage: bash scripts/test-package.sh BUILD_DIR
#   As root the package is installed into this machine with apt-get (and purged afterwards,
#   also on failure). Otherwise it is unpacked into a throwaway root with dpkg-deb -x and
#   `apt-get install --simulate` checks that its Depends resolve.
# Registered with ctest as PackageInstall (label "package").
set -euo pipefail

die() {
    echo "PACKAGE TEST FAILED: $*" >&2
    exit 1
}
step() {
    echo "==> $*" >&2
}

[ $# -eq 1 ] || die "usage: $0 BUILD_DIR (a configured CMake build tree of this project)"
build_dir=$(cd "$1" 2>/dev/null && pwd) || die "build directory '$1' does not exist"
[ -f "$build_dir/CPackConfig.cmake" ] ||
    die "$build_dir has no CPackConfig.cmake: configure it first (cmake --preset dev -B $build_dir)"

for tool in cmake cpack dpkg-deb dpkg-shlibdeps apt-get lintian desktop-file-validate appstreamcli openssl file update-mime-database; do
    command -v "$tool" >/dev/null 2>&1 ||
        die "'$tool' is not installed (apt-get install cmake dpkg-dev lintian desktop-file-utils appstream openssl file)"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/clu-package-test.XXXXXX")
sim_pid=
installed=no
cleanup() {
    local rc=$?
    if [ -n "$sim_pid" ] && kill -0 "$sim_pid" 2>/dev/null; then
        kill "$sim_pid" 2>/dev/null || true
        wait "$sim_pid" 2>/dev/null || true
    fi
    if [ "$installed" = yes ]; then
        echo "==> purging the installed cl-uploader package" >&2
        DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 purge -y cl-uploader >/dev/null ||
            echo "warning: apt-get purge -y cl-uploader failed; remove the package by hand" >&2
    fi
    rm -rf "$work"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- build -------------------------------------------------------------------------------
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake")
[ -n "$version" ] || die "no CPACK_PACKAGE_VERSION in $build_dir/CPackConfig.cmake"

step "building the packaged targets in $build_dir (cpack does not build)"
cmake --build "$build_dir" --target cl-uploader cl-uploader-cli cl-simulator clu-icons clu-package-docs ||
    die "building the executables, icons and man pages failed (see the compiler output above)"

step "cpack -G DEB (version $version)"
out="$build_dir/packages"
rm -f "$out"/cl-uploader_*.deb
(cd "$build_dir" && cpack -G DEB -B "$out") || die "cpack -G DEB failed (see its output above)"
debs=("$out"/cl-uploader_"$version"_*.deb)
[ -f "${debs[0]}" ] || die "cpack produced no $out/cl-uploader_${version}_<arch>.deb"
deb=${debs[0]}
step "built $deb"

# --- static checks -----------------------------------------------------------------------
step "checking the control fields"
[ "$(dpkg-deb -f "$deb" Package)" = cl-uploader ] || die "Package field is not cl-uploader"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] ||
    die "package Version $(dpkg-deb -f "$deb" Version) differs from the project version $version"
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6core6 libqt6widgets6 libqt6network6 libqt6keychain1 qt6-qpa-plugins libsecret-1-0 libqt6svg6; do
    grep -q "\b$dep\b" <<<"$depends" || die "Depends lacks $dep: $depends"
done
[ -n "$(dpkg-deb -f "$deb" Homepage)" ] || die "the package has no Homepage field"

step "lintian (errors fail the test)"
lintian --fail-on error --display-info --tag-display-limit 0 "$deb" ||
    die "lintian reports errors for $deb (tags above, explained with: lintian-explain-tags TAG)"

root="$work/root"
dpkg-deb -x "$deb" "$root" || die "dpkg-deb -x could not unpack $deb"

step "checking the package contents"
for f in usr/bin/cl-uploader usr/bin/cl-uploader-cli usr/bin/cl-simulator \
    usr/share/applications/cl-uploader.desktop usr/share/mime/packages/cl-uploader.xml \
    usr/share/metainfo/io.github.cluploader.ContentLibraryUploader.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/cl-uploader.svg \
    usr/share/icons/hicolor/48x48/apps/cl-uploader.png \
    usr/share/icons/hicolor/256x256/apps/cl-uploader.png \
    usr/share/man/man1/cl-uploader.1.gz usr/share/man/man1/cl-uploader-cli.1.gz \
    usr/share/man/man1/cl-simulator.1.gz \
    usr/share/doc/cl-uploader/copyright usr/share/doc/cl-uploader/changelog.gz; do
    [ -f "$root/$f" ] || die "the package lacks /$f"
done
for exe in cl-uploader cl-uploader-cli cl-simulator; do
    [ -x "$root/usr/bin/$exe" ] || die "/usr/bin/$exe is not executable in the package"
    file "$root/usr/bin/$exe" | grep -q ', stripped' || die "/usr/bin/$exe is not stripped"
done
# The one version: project(VERSION) = package = newest changelog entry = newest AppStream release.
changelog_version=$(gzip -dc "$root/usr/share/doc/cl-uploader/changelog.gz" | sed -n '1s/^cl-uploader (\([^)]*\)).*/\1/p')
[ "$changelog_version" = "$version" ] ||
    die "packaging/debian/changelog starts with version '$changelog_version', the project is $version: add a changelog entry"
metainfo="$root/usr/share/metainfo/io.github.cluploader.ContentLibraryUploader.metainfo.xml"
release_version=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n1 | sed 's/.*="\(.*\)"/\1/')
[ "$release_version" = "$version" ] ||
    die "the newest <release> in the AppStream metainfo is '$release_version', the project is $version: add a release entry"

step "desktop-file-validate"
desktop-file-validate "$root/usr/share/applications/cl-uploader.desktop" ||
    die "desktop-file-validate rejects cl-uploader.desktop"
step "the desktop entry offers to open .ova, .ovf and .iso (MimeType= against shared-mime-info)"
desktop="$root/usr/share/applications/cl-uploader.desktop"
grep -q '^Exec=cl-uploader %F$' "$desktop" || die "cl-uploader.desktop does not pass the files on (Exec=cl-uploader %F)"
mime_types=$(sed -n 's/^MimeType=//p' "$desktop" | tr ';' ' ')
[ -n "$mime_types" ] || die "cl-uploader.desktop declares no MimeType="
# A private database from the system's definitions plus the package's, so the check is the
# same whether or not the package gets installed here.
mkdir -p "$work/mime/packages"
cp /usr/share/mime/packages/*.xml "$root/usr/share/mime/packages/cl-uploader.xml" "$work/mime/packages/"
update-mime-database "$work/mime" 2>"$work/mime.err" || {
    cat "$work/mime.err" >&2
    die "update-mime-database rejects the package's mime/packages/cl-uploader.xml"
}
for t in $mime_types; do
    grep -qxF "$t" "$work/mime/types" || grep -q "^$t " "$work/mime/aliases" ||
        die "MimeType= names $t, which neither shared-mime-info nor the package defines"
done
# The file name patterns map to a type the entry names (globs2: weight:type:pattern).
for pattern in '*.ova' '*.ovf' '*.iso'; do
    types_of=$(awk -F: -v p="$pattern" '$3 == p { print $2 }' "$work/mime/globs2")
    found=no
    for t in $types_of; do
        grep -qw -- "$t" <<<"$mime_types" && found=yes
    done
    [ $found = yes ] || die "$pattern files are $types_of by shared-mime-info, none of which cl-uploader.desktop lists in MimeType="
done

step "appstreamcli validate --no-net"
appstreamcli validate --no-net "$metainfo" || die "appstreamcli rejects the AppStream metainfo"

# --- install -----------------------------------------------------------------------------
if [ "$(id -u)" -eq 0 ]; then
    step "installing with apt-get install -y $deb (purged again at exit)"
    if dpkg-query -W -f='${Status}' cl-uploader 2>/dev/null | grep -q "install ok installed"; then
        die "cl-uploader is already installed on this machine; remove it first (apt-get purge cl-uploader) so this test does not replace it"
    fi
    installed=yes
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y "$deb" ||
        die "apt-get install $deb failed (missing dependencies or a broken package, see above)"
    prefix=/usr
else
    step "not root: unpacked into $root; checking that the Depends resolve (apt-get --simulate)"
    apt-get install --simulate "$deb" >"$work/apt-simulate.log" 2>&1 || {
        cat "$work/apt-simulate.log" >&2
        die "apt-get install --simulate $deb: the dependencies do not resolve"
    }
    prefix=$root/usr
fi
bin=$prefix/bin

# Settings, keyring files and caches of the runs below go into the scratch dir.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
    XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# --- run the installed executables -------------------------------------------------------
step "$bin/cl-uploader-cli version"
cli_version=$("$bin/cl-uploader-cli" version) || die "cl-uploader-cli version exited with $?"
[ "$cli_version" = "cl-uploader-cli $version" ] ||
    die "cl-uploader-cli version printed '$cli_version', expected 'cl-uploader-cli $version'"
for exe in cl-uploader cl-simulator; do
    v=$(QT_QPA_PLATFORM=offscreen "$bin/$exe" --version) || die "$exe --version failed"
    grep -qF "$version" <<<"$v" || die "$exe --version printed '$v', not the version $version"
done

step "the installed programs follow LANG and --lang (catalogues compiled in)"
src_dir=$(cd "$(dirname "$0")/.." && pwd)
# The first words of what the German catalogue makes of SOURCE (--help wraps long lines).
german_start() {
    grep -A1 -F "<source>$1</source>" "$src_dir/translations/cl-uploader_de.ts" |
        sed -n 's:.*<translation>\(.*\)</translation>.*:\1:p' | head -n1 | cut -d' ' -f1-3
}
cli_de=$(german_start 'Machine-readable JSON output.')
gui_de=$(german_start 'The cl-simulator executable to use for --demo.')
[ -n "$cli_de" ] && [ -n "$gui_de" ] || die "translations/cl-uploader_de.ts lacks the --help texts"
for exe in cl-uploader-cli cl-uploader; do
    [ "$exe" = cl-uploader-cli ] && expect=$cli_de || expect=$gui_de
    out=$(env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=de_DE.UTF-8 QT_QPA_PLATFORM=offscreen \
        "$bin/$exe" --help) || die "$exe --help under LANG=de_DE.UTF-8 failed"
    grep -qF -- "$expect" <<<"$out" || die "$exe under LANG=de_DE.UTF-8 did not print '$expect'"
    out=$(env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        "$bin/$exe" --lang de --help) || die "$exe --lang de --help failed"
    grep -qF -- "$expect" <<<"$out" || die "$exe --lang de did not print '$expect'"
    rc=0
    QT_QPA_PLATFORM=offscreen "$bin/$exe" --lang tlh --help >/dev/null 2>&1 || rc=$?
    [ $rc -eq 2 ] || die "$exe --lang tlh exited with $rc, expected 2 (unknown language)"
done

step "every option in --help is documented in the man page"
for exe in cl-uploader cl-uploader-cli cl-simulator; do
    help=$(QT_QPA_PLATFORM=offscreen "$bin/$exe" --help) || die "$exe --help failed"
    page=$(gzip -dc "$root/usr/share/man/man1/$exe.1.gz")
    while read -r opt; do
        # troff spells a literal "-" as "\-".
        grep -qF -- "${opt//-/\\-}" <<<"$page" ||
            die "$opt (in $exe --help) is not documented in $exe(1): add it to packaging/man/$exe.1"
    done < <(grep -o -- '--[a-z][a-z-]*' <<<"$help" | sort -u)
done

step "starting the installed cl-simulator --seed demo"
"$bin/cl-simulator" --listen 127.0.0.1:0 --data-dir "$work/sim" --seed demo \
    >"$work/sim.out" 2>"$work/sim.err" &
sim_pid=$!
for _ in $(seq 1 240); do
    [ "$(wc -l <"$work/sim.out")" -ge 2 ] && break
    kill -0 "$sim_pid" 2>/dev/null || {
        cat "$work/sim.err" >&2
        die "the installed cl-simulator exited before it printed its listening line"
    }
    sleep 0.5
done
url=$(sed -n '1s/^cl-simulator listening on \(https:\/\/127\.0\.0\.1:[0-9]*\)$/\1/p' "$work/sim.out")
[ -n "$url" ] || die "cl-simulator's first line is not 'cl-simulator listening on https://127.0.0.1:PORT': $(head -n1 "$work/sim.out")"
read -r _ _ sim_user sim_password < <(sed -n 2p "$work/sim.out")
[ -n "${sim_password:-}" ] || die "cl-simulator's second line is not 'cl-simulator credentials USER PASSWORD'"
cert="$work/sim/tls/cert.pem"
[ -f "$cert" ] || die "cl-simulator did not write $cert"
thumbprint=$(openssl x509 -in "$cert" -noout -fingerprint -sha256 | sed 's/^.*=//')
[ -n "$thumbprint" ] || die "openssl could not read the SHA-256 fingerprint of $cert"
step "simulator on $url (user $sim_user, thumbprint $thumbprint)"

export CLU_URL="$url" CLU_USERNAME="$sim_user" CLU_PASSWORD="$sim_password" CLU_THUMBPRINT="$thumbprint"
library="ISO Images"
item="package-test-$$"
upload="$work/$item.bin"
head -c 300000 /dev/urandom >"$upload"

step "$bin/cl-uploader-cli upload --library '$library' --item $item --create-item $upload"
rc=0
"$bin/cl-uploader-cli" upload --library "$library" --item "$item" --create-item "$upload" || rc=$?
[ $rc -eq 0 ] || die "the installed cl-uploader-cli upload exited with $rc (codes: cl-uploader-cli(1))"

step "$bin/cl-uploader-cli items '$library' lists $item"
items=$("$bin/cl-uploader-cli" --json items "$library") || die "cl-uploader-cli items '$library' exited with $?"
grep -qF "\"$item\"" <<<"$items" || die "cl-uploader-cli items '$library' does not list $item: $items"
grep -Eq '"size": *"?300000"?' <<<"$items" ||
    die "item $item does not have the uploaded size of 300000 bytes: $items"
unset CLU_URL CLU_USERNAME CLU_PASSWORD CLU_THUMBPRINT

kill "$sim_pid" 2>/dev/null || true
wait "$sim_pid" 2>/dev/null || true
sim_pid=

step "starting the installed GUI offscreen in demo mode (cl-uploader --demo --screenshots)"
rc=0
QT_QPA_PLATFORM=offscreen timeout 300 "$bin/cl-uploader" --lang en --demo \
    --screenshots "$work/shots" >"$work/gui.out" 2>"$work/gui.err" || rc=$?
if [ $rc -ne 0 ]; then
    cat "$work/gui.out" "$work/gui.err" >&2
    [ $rc -eq 124 ] && die "the installed cl-uploader --demo --screenshots did not finish within 300 s"
    die "the installed cl-uploader --demo --screenshots exited with $rc (output above)"
fi
# The tour connects to the demo server, opens a signed package's certificate tab and the
# upload dialog; each screenshot is proof that step worked with the installed files.
for shot in main-window.png certificate-tab-en.png upload-dialog.png url-source-dialog.png; do
    [ -s "$work/shots/$shot" ] || {
        cat "$work/gui.out" "$work/gui.err" >&2
        die "cl-uploader --demo --screenshots exited 0 but did not write $shot"
    }
done
step "the installed GUI ran the demo tour and wrote its four screenshots"

step "PASSED: $deb builds, lints clean, installs and runs"
