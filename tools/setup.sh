#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine (run as root, or with sudo available):
#   tools/setup.sh demo   install what is missing, build, start `carscout --demo`
#   tools/setup.sh test   install what is missing, build with GCC and run the whole test suite (build/); then a
#                         clang build of everything with ASan+UBSan and libFuzzer coverage (build-clang/), the
#                         whole suite again under the sanitizers, and every parser fuzzed for a bounded time
#                         (CARSCOUT_FUZZ_SECONDS per target, default 10). Each phase is timed.
#                         With CI=true, missing ../shared/samples fail the sample-based tests instead of skipping.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
# ccache keys on paths relative to the clone, so a fresh clone reuses what an earlier one compiled.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1

PACKAGES=(
    cmake g++ ninja-build ccache pkg-config python3
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql postgresql qt6-image-formats-plugins qtkeychain-qt6-dev libxml2-dev libsimdjson-dev libgl-dev
    fonts-noto-cjk
    # the quote PDF test reads the PDF back with pdftotext
    poppler-utils
    # the clang build and the libFuzzer runtime for tests/fuzz
    clang libclang-rt-14-dev
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

# configure_and_build DIR CMAKE_ARGS...
configure_and_build() {
    local dir="$1"
    shift
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$dir" --parallel "$(nproc)"
}

build() { configure_and_build build "$@"; }

run_tests() {
    (cd "$1" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 300)
}

# The clang build: the whole project (core, ui, app), the whole test suite and the parsers' fuzz targets, every
# object instrumented with AddressSanitizer, UndefinedBehaviorSanitizer (undefined behaviour aborts) and
# libFuzzer's coverage (CARSCOUT_FUZZ). One build serves three checks: the code is not GCC-only, the suite runs
# under the sanitizers, and the fuzz targets link against the same instrumented libraries.
# Unoptimised with line tables only: a third of the compile time of -O2 -g on 2 cores, and the sanitizers' stacks
# still name file and line.
build_clang_sanitized() {
    CC=clang CXX=clang++ cmake -S . -B build-clang -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O0 -gline-tables-only -DNDEBUG" \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O0 -gline-tables-only -DNDEBUG" \
        -DBUILD_TESTING=ON -DCARSCOUT_FUZZ=ON -DCARSCOUT_BENCH=OFF
    cmake --build build-clang --parallel "$(nproc)"
}

# Undefined behaviour and leaks fail the run; the stacks name the code.
run_sanitized_tests() {
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=0"
    export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
    export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0"
    run_tests build-clang
}

# timed NAME COMMAND...: runs one phase and records its wall time for the summary.
phases=()
timed() {
    local name="$1" start=$SECONDS
    shift
    echo "==== $name"
    "$@"
    phases+=("$(printf '%-22s %4ds' "$name" $((SECONDS - start)))")
}
# On exit: the test server goes, then the phase times (with the script's exit status).
summary() {
    local rc=$?
    stop_test_postgres
    ((${#phases[@]})) || return 0
    echo "==== phase times (wall clock, $(nproc) core(s))"
    printf '  %s\n' "${phases[@]}"
    echo "  total                  ${SECONDS}s$( ((rc == 0)) || echo ", FAILED (exit $rc)")"
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
    trap summary EXIT
    [[ "${CI:-}" == true ]] && export CARSCOUT_REQUIRE_SAMPLES=1
    timed "install" install_missing
    timed "gcc build" build -DBUILD_TESTING=ON
    timed "test postgresql" start_test_postgres
    timed "gcc tests" run_tests build
    timed "clang asan build" build_clang_sanitized
    timed "clang asan tests" run_sanitized_tests
    timed "fuzzing" tests/fuzz/run_fuzzers.sh build-clang "${CARSCOUT_FUZZ_SECONDS:-10}"
    ;;
*)
    echo "usage: tools/setup.sh demo|test" >&2
    exit 2
    ;;
esac
