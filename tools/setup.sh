#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine (run as root, or with sudo available):
#   tools/setup.sh demo   install what is missing, build, start `carscout --demo`
#   tools/setup.sh test   install what is missing, build, run the whole test suite
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."

PACKAGES=(
    cmake g++ ninja-build ccache pkg-config python3
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite qt6-image-formats-plugins qtkeychain-qt6-dev libxml2-dev libsimdjson-dev libgl-dev
    fonts-noto-cjk
    # benchmarks compare against the seed's Python stack
    python3-requests python3-aiohttp python3-bs4 python3-lxml
)

install_missing() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
    done
    ((${#missing[@]} == 0)) && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    ((EUID == 0)) || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}"
}

build() {
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build build --parallel "$(nproc)"
}

case "${1:-}" in
demo)
    install_missing
    build -DBUILD_TESTING=OFF
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        echo "No display: rendering the demo window to carscout-demo.png instead (QT_QPA_PLATFORM=offscreen)."
        QT_QPA_PLATFORM=offscreen exec build/app/carscout --demo --screenshot carscout-demo.png
    fi
    exec build/app/carscout --demo
    ;;
test)
    install_missing
    build -DBUILD_TESTING=ON
    cd build
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 300
    ;;
*)
    echo "usage: tools/setup.sh demo|test" >&2
    exit 2
    ;;
esac
