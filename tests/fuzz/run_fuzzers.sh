#!/usr/bin/env bash
# Runs every fuzz target of a CARSCOUT_FUZZ build for a bounded time and fails on any crash, leak or timeout.
#   tests/fuzz/run_fuzzers.sh BUILD_DIR [SECONDS_PER_TARGET] [NAME ...]
# Seeds (read in place, never copied): the target's folders of ../shared/samples (or $CARSCOUT_SAMPLES), its
# synthetic seed folders in the source tree, the demo-backend seeds (carscout_fuzz_seeds) and its kept crashing
# inputs (regressions/NAME). New corpus entries go to BUILD_DIR/fuzz-corpus/NAME, crashes to
# BUILD_DIR/fuzz-artifacts/. With CARSCOUT_REQUIRE_SAMPLES=1 a missing samples folder is an error.
# Prints one line of figures per target (executions, CPU seconds, corpus size) and a summary.
set -uo pipefail
root="$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)"
build="$(cd "${1:?usage: run_fuzzers.sh BUILD_DIR [SECONDS] [NAME ...]}" && pwd)"
seconds="${2:-30}"
shift $(( $# >= 2 ? 2 : 1 ))
samples="${CARSCOUT_SAMPLES:-$root/../shared/samples}"
fuzzdir="$build/tests/fuzz"
work="$build/fuzz-run"
mkdir -p "$work" "$build/fuzz-corpus" "$build/fuzz-artifacts"

if [[ ! -d "$samples" ]]; then
    if [[ -n "${CARSCOUT_REQUIRE_SAMPLES:-}" ]]; then
        echo "run_fuzzers: $samples is missing (CARSCOUT_REQUIRE_SAMPLES is set)" >&2
        exit 1
    fi
    echo "run_fuzzers: $samples is absent: fuzzing without the real captures" >&2
fi

rm -rf "$work/demo"
if ! "$fuzzdir/carscout_fuzz_seeds" "$work/demo" >"$work/seeds.log" 2>&1; then
    echo "run_fuzzers: carscout_fuzz_seeds failed:" >&2
    cat "$work/seeds.log" >&2
    exit 1
fi

names=("$@")
if ((${#names[@]} == 0)); then
    for f in "$fuzzdir"/fuzz_*.seeds; do
        n="$(basename "$f" .seeds)"
        names+=("${n#fuzz_}")
    done
fi

failed=()
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}"
for name in "${names[@]}"; do
    dirs=("$build/fuzz-corpus/$name")
    mkdir -p "${dirs[0]}"
    while read -r kind dir; do
        case "$kind" in
        samples) [[ -d "$samples/$dir" ]] && dirs+=("$samples/$dir") ;;
        source) dirs+=("$root/$dir") ;;
        demo) [[ -d "$work/demo/$dir" ]] && dirs+=("$work/demo/$dir") ;;
        esac
    done <"$fuzzdir/fuzz_$name.seeds"
    log="$work/$name.log"
    TIMEFORMAT='%U %S'
    # -timeout: one input taking longer is a hang; -rss_limit_mb: runaway memory is a failure too.
    # A fixed seed: the same binary and seeds fuzz the same inputs in the same order (a slower machine fewer).
    cpu="$( { time "$fuzzdir/fuzz_$name" -seed=1 -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$build/fuzz-artifacts/$name-" "${dirs[@]}" >"$log" 2>&1; \
        echo "rc=$?" >>"$log"; } 2>&1 )"
    rc="$(sed -n 's/^rc=//p' "$log" | tail -1)"
    execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
    corpus="$(ls "${dirs[0]}" | wc -l)"
    read -r user sys <<<"$cpu"
    printf 'fuzz %-14s rc=%s executions=%s cpu=%.1fs (user %s, sys %s) corpus=%s seeds=%d\n' \
        "$name" "$rc" "${execs:-?}" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$user" "$sys" "$corpus" "$(( ${#dirs[@]} - 1 ))"
    if [[ "$rc" != 0 ]]; then
        failed+=("$name")
        echo "---- $log (tail) ----" >&2
        grep -E 'ERROR|SUMMARY|Test unit written|==[0-9]+==' "$log" | head -20 >&2
        tail -30 "$log" >&2
    fi
done

if ((${#failed[@]})); then
    echo "run_fuzzers: FAILED: ${failed[*]} (inputs in $build/fuzz-artifacts/)" >&2
    exit 1
fi
echo "run_fuzzers: ${#names[@]} target(s), ${seconds}s each, no crash, leak or timeout"
