#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine (run as root, or with sudo available):
#   tools/setup.sh demo   install what is missing, build, start `carscout --demo`
#   tools/setup.sh test   install what is missing, build, run the whole test suite
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."

PACKAGES=(
    cmake g++ ninja-build ccache pkg-config python3
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql postgresql qt6-image-formats-plugins qtkeychain-qt6-dev libxml2-dev libsimdjson-dev libgl-dev
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

# A throw-away PostgreSQL server for the storage tests (tests/store): its own cluster in a temporary folder on a
# free loopback port, run as the unprivileged "postgres" user when we are root (the server refuses root), stopped
# and deleted when this script exits. Exports CARSCOUT_TEST_PG_URL. Under CI=true a server that cannot start
# fails the run; elsewhere the PostgreSQL tests are skipped with a message.
PG_TEST_DIR=""
PG_TEST_AS=()
stop_test_postgres() {
    [[ -n "$PG_TEST_DIR" ]] || return 0
    "${PG_TEST_AS[@]}" "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_TEST_DIR"
    PG_TEST_DIR=""
}
start_test_postgres() {
    PG_TEST_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [[ -z "$PG_TEST_BIN" ]]; then
        echo "PostgreSQL server not installed (package postgresql): the PostgreSQL storage tests will be skipped." >&2
        [[ "${CI:-}" != true ]]
        return
    fi
    PG_TEST_DIR=$(mktemp -d /tmp/carscout-pg.XXXXXX)
    trap stop_test_postgres EXIT
    if ((EUID == 0)); then
        PG_TEST_AS=(runuser -u postgres --)
        chown postgres: "$PG_TEST_DIR"
    fi
    local port
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    "${PG_TEST_AS[@]}" "$PG_TEST_BIN/initdb" -D "$PG_TEST_DIR/data" -U carscout --auth=trust -E UTF8 --locale=C.UTF-8 \
        >"$PG_TEST_DIR/initdb.log" 2>&1 || { cat "$PG_TEST_DIR/initdb.log" >&2; return 1; }
    "${PG_TEST_AS[@]}" "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_TEST_DIR -c fsync=off -c full_page_writes=off" start \
        >/dev/null || { cat "$PG_TEST_DIR/server.log" >&2; return 1; }
    export CARSCOUT_TEST_PG_URL="postgresql://carscout@127.0.0.1:$port/postgres"
    echo "Test PostgreSQL server: $CARSCOUT_TEST_PG_URL"
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
    start_test_postgres
    cd build
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 300
    ;;
*)
    echo "usage: tools/setup.sh demo|test" >&2
    exit 2
    ;;
esac
