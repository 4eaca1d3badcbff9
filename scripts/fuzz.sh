#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Netzatlas contributors
# SPDX-License-Identifier: EUPL-1.2
#
# Runs the libFuzzer targets (CSV, XLSX and GraphML readers, opening a registry file) under ASan and UBSan.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]      SECONDS per target (default 600); TARGET: csv xlsx graphml registry
#
# Environment: PARALLEL (targets at the same time, default 2), JOBS (build jobs, default 2), NICE (default 10),
# FUZZ_BUILD=0 to skip the build. Builds the preset "fuzz" (clang-14), copies the seed corpus of fuzz/corpus/TARGET
# into a working corpus under build/fuzz/corpus/TARGET and writes logs, crash artefacts and a summary
# (executions, coverage, corpus size, time) to build/fuzz/results/. Exit status 1 when any target found something.
set -euo pipefail

cd "$(dirname "$0")/.."
SECONDS_PER_TARGET="${1:-600}"
shift || true
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
    TARGETS=(csv xlsx graphml registry)
fi
PARALLEL="${PARALLEL:-2}"
JOBS="${JOBS:-2}"
NICE="${NICE:-10}"
BUILD=build/fuzz
RESULTS="$BUILD/results"

if [ "${FUZZ_BUILD:-1}" != 0 ]; then
    cmake --preset fuzz >/dev/null
    nice -n "$NICE" cmake --build --preset fuzz -j "$JOBS" --target $(printf 'fuzz_%s ' "${TARGETS[@]}")
fi
mkdir -p "$RESULTS"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen

run_one() {
    local target="$1"
    local corpus="$BUILD/corpus/$target"
    local log="$RESULTS/$target.log"
    mkdir -p "$corpus" "$RESULTS/artifacts"
    local dict=()
    case "$target" in
        xlsx | graphml) dict=(-dict=fuzz/xml.dict) ;;
        csv) dict=(-dict=fuzz/csv.dict) ;;
    esac
    local maxlen=65536
    local seeds=("fuzz/corpus/$target")
    if [ "$target" = registry ]; then
        # A registry of this build's schema as seed (written by the target itself).
        maxlen=1048576
        mkdir -p "$BUILD/seed-registry"
        NETZATLAS_FUZZ_WRITE_SEED="$BUILD/seed-registry/seed.sqlite" "$BUILD/fuzz/fuzz_registry" >/dev/null 2>&1 || true
        rm -f "$BUILD/seed-registry/"*-wal "$BUILD/seed-registry/"*-shm
        seeds+=("$BUILD/seed-registry")
    fi
    local start end status=0
    start=$(date +%s)
    nice -n "$NICE" "$BUILD/fuzz/fuzz_$target" "$corpus" "${seeds[@]}" \
        -max_total_time="$SECONDS_PER_TARGET" -timeout=60 -rss_limit_mb=2560 -max_len="$maxlen" \
        -print_final_stats=1 -artifact_prefix="$RESULTS/artifacts/$target-" "${dict[@]}" >"$log" 2>&1 || status=$?
    end=$(date +%s)
    local execs cov ft units
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | grep -o '[0-9]*')
    ft=$(grep -oE 'ft: [0-9]+' "$log" | tail -1 | grep -o '[0-9]*')
    units=$(find "$corpus" -type f | wc -l)
    local verdict="ohne Befund"
    if [ "$status" -ne 0 ] || ls "$RESULTS/artifacts/$target-"* >/dev/null 2>&1; then
        verdict="BEFUND (siehe $log)"
    fi
    printf '%s | %s s | %s Ausführungen | cov %s | ft %s | Korpus %s Dateien | %s\n' \
        "$target" "$((end - start))" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$units" "$verdict" >"$RESULTS/$target.summary"
    cat "$RESULTS/$target.summary"
    [ "$verdict" = "ohne Befund" ]
}

failed=0
pids=()
for target in "${TARGETS[@]}"; do
    run_one "$target" &
    pids+=($!)
    if [ ${#pids[@]} -ge "$PARALLEL" ]; then
        wait "${pids[0]}" || failed=1
        pids=("${pids[@]:1}")
    fi
done
for pid in "${pids[@]}"; do
    wait "$pid" || failed=1
done
echo "Zusammenfassung in $RESULTS/*.summary"
exit "$failed"
