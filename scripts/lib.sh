# Shared by scripts/run-demo.sh and scripts/test.sh: package check/installation and the build.
# Sourced, not run.

# Debian 12 packages the build, the tests and the demo need (../shared/docs/platform.md).
CLU_PACKAGES=(
    g++ make cmake ninja-build file dpkg-dev pkg-config git
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev qt6-svg-dev libgl-dev
    libcpp-httplib-dev libssl-dev libcurl4-openssl-dev libarchive-dev openssl libvmdk-dev libbfio-dev qemu-utils
    dbus gnome-keyring libsecret-1-0 xvfb xauth imagemagick curl
    desktop-file-utils appstream lintian shared-mime-info
    fonts-wqy-microhei # CJK glyphs: ja/zh_CN screenshots and TestCertificateTabLayout measure real text
    golang-go golang-github-vmware-govmomi-dev golang-github-google-uuid-dev # vcsim interop test
)

clu_die() {
    echo "error: $*" >&2
    exit 1
}

clu_log() {
    echo "==> $*" >&2
}

# Installs whatever of CLU_PACKAGES is missing; does nothing (and needs no root) when all are there.
clu_ensure_packages() {
    command -v dpkg-query >/dev/null 2>&1 ||
        clu_die "this script needs Debian 12 (dpkg/apt); install these packages by hand: ${CLU_PACKAGES[*]}"
    local missing=() p
    for p in "${CLU_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        clu_log "all ${#CLU_PACKAGES[@]} required packages are installed"
        return 0
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 ||
            clu_die "missing packages (${missing[*]}) and not root, and sudo is not installed; run: apt-get install ${missing[*]}"
        sudo=(sudo)
    fi
    clu_log "installing missing packages: ${missing[*]}"
    "${sudo[@]}" apt-get update ||
        clu_die "apt-get update failed (no network to the Debian archive?)"
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}" ||
        clu_die "apt-get install failed for: ${missing[*]}"
}

# Configures and builds the release preset. Extra arguments go to the configure step.
clu_build_release() {
    command -v cmake >/dev/null 2>&1 || clu_die "cmake not found after package installation"
    clu_log "configuring (preset release)"
    cmake --preset release "$@" || clu_die "CMake configuration failed (see the messages above)"
    clu_log "building"
    cmake --build --preset release || clu_die "the build failed (see the compiler messages above)"
}
