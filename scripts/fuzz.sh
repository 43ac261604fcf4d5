#!/usr/bin/env bash
# Runs the cargo-fuzz (libFuzzer) targets of fuzz/, one after another, each
# for SECONDS (default 60), then prints each target's figures.
#
#   scripts/fuzz.sh                 # every target, 60 s each
#   scripts/fuzz.sh 600 planner     # one target, 10 minutes
#
# Targets: export_parser planner server_json referrals_csv.
# Needs the nightly toolchain (`rustup toolchain install nightly`); installs
# cargo-fuzz if it is missing. Not part of scripts/test.sh (too slow); the
# crashes it found are replayed by ordinary tests there.
#
# Each target starts from its seed corpus (fuzz/seeds/<target>, and the
# fixtures for export_parser) and keeps what it learns in
# fuzz/corpus/<target> (not committed). A crash leaves its input in
# fuzz/artifacts/<target>/ and makes this script exit non-zero; replay it
# with `cargo +nightly fuzz run <target> <file>`.
#
# Environment: FUZZ_SANITIZER (default none: the code forbids unsafe, so a
# panic is what a crash is; `address` for ASan), FUZZ_NICE (default 19),
# FUZZ_ARGS (more libFuzzer flags), FUZZ_CSV_GUARD=report (see
# fuzz/fuzz_targets/referrals_csv.rs). Runs one process, one job.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root/fuzz"
export PATH="$HOME/.cargo/bin:$PATH"

seconds="${1:-60}"
shift || true
all=(export_parser planner server_json referrals_csv)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
sanitizer="${FUZZ_SANITIZER:-none}"
nice_level="${FUZZ_NICE:-19}"

if ! rustup run nightly rustc --version >/dev/null 2>&1; then
    echo "fuzz.sh: the nightly toolchain is needed: rustup toolchain install nightly" >&2
    exit 2
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "== installing cargo-fuzz"
    cargo install cargo-fuzz --locked
fi

echo "== building the fuzz targets (nightly, sanitizer: $sanitizer)"
nice -n "$nice_level" cargo +nightly fuzz build -s "$sanitizer"

# Every run's whole libFuzzer output stays in fuzz/logs/ (not committed).
logs="logs/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$logs"
status=0
for target in "${targets[@]}"; do
    corpus="corpus/$target"
    mkdir -p "$corpus" "artifacts/$target"
    seeds=("seeds/$target")
    [ "$target" = export_parser ] && seeds=("$root/fixtures")
    echo "== $target: ${seconds}s from $(date -u +%FT%TZ)"
    log="$logs/$target.log"
    set +e
    # shellcheck disable=SC2086
    nice -n "$nice_level" cargo +nightly fuzz run -s "$sanitizer" "$target" "$corpus" "${seeds[@]}" -- \
        -max_total_time="$seconds" -timeout=30 -print_final_stats=1 ${FUZZ_ARGS:-} 2>&1 |
        tee "$log" | grep -E -A1 '^#[0-9]+[[:space:]]+(INITED|DONE)|^==|SUMMARY|panicked|Test unit written|FUZZ_CSV_GUARD' | grep -v '^--$' | tail -n 60
    rc="${PIPESTATUS[0]}"
    set -e
    [ "$rc" -eq 0 ] || status=1
    last="$(grep -E '^#[0-9]+[[:space:]]' "$log" | tail -n 1 || true)"
    figure() { grep -E "^stat::$1:" "$log" | awk '{print $2}' || true; }
    printf '%s: rc=%s runs=%s exec/s=%s %s corpus_files=%s artifacts=%s\n' \
        "$target" "$rc" "$(figure number_of_executed_units)" "$(figure average_exec_per_sec)" \
        "$(sed -E 's/.*(cov: [0-9]+ ft: [0-9]+ corp: [^ ]+).*/\1/' <<<"$last")" \
        "$(find "$corpus" -type f | wc -l)" "$(find "artifacts/$target" -type f | wc -l)" |
        tee -a "$logs/summary"
done
echo
echo "== figures (whole logs in fuzz/$logs)"
cat "$logs/summary"
exit "$status"
