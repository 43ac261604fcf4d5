#!/usr/bin/env bash
# Every performance figure of the product, measured on this machine and
# printed beside its goal and its baseline (docs/performance.md says what
# each means). Sets up what it needs on a fresh machine (scripts/setup.sh,
# oha from crates.io, a throwaway PostgreSQL cluster).
#
#   scripts/bench.sh                  # every part, then the summary
#   scripts/bench.sh planner http     # some parts, then the summary
#
# Parts:
#   planner  criterion: parse_export, deserialize and plan_import on 10 to
#            10,000 app/service profiles (tests/benches/planner.rs)
#   browser  the planner in wasm and the first render, in headless
#            Chromium (scripts/bench-browser.sh)
#   http     oha against the server and a static-JSON ceiling; commits
#            against the storage's own rate; memory (SQLite, PostgreSQL)
#   ingest   the operator's ingest of 100,000 exports (SQLite, PostgreSQL)
#   bundle   the app's bytes against the empty Leptos page
#            (scripts/bundle-size.sh; the only figure that can fail)
#
# Figures go to target/bench/results/ (JSON) and to the terminal. A slow
# machine never fails a benchmark: the exit status is non-zero only when
# a part could not run, or when the bundle is over its budget.
# BENCH_SECONDS (default 8) sets the length of each HTTP run;
# BENCH_EXPORTS (default 100000) the number of exports ingested.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

all=(planner browser http ingest bundle)
parts=("$@")
[ "${#parts[@]}" -gt 0 ] || parts=("${all[@]}")
for part in "${parts[@]}"; do
  case " ${all[*]} " in
    *" $part "*) ;;
    *) echo "unknown part: $part (parts: ${all[*]})" >&2; exit 2 ;;
  esac
done
wants() { case " ${parts[*]} " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

setup_flags=(--postgres)
if wants browser; then setup_flags+=(--browser); fi
# shellcheck source=scripts/setup.sh
. scripts/setup.sh "${setup_flags[@]}"

target="${CARGO_TARGET_DIR:-$root/target}"
results="$target/bench/results"
mkdir -p "$results"
seconds="${BENCH_SECONDS:-8}"
exports="${BENCH_EXPORTS:-100000}"

oha_version=1.16.0
install_oha() {
  if ! oha --version 2>/dev/null | grep -q " $oha_version"; then
    say "installing oha $oha_version (crates.io)"
    cargo install --locked --quiet "oha@$oha_version"
  fi
}

# A throwaway PostgreSQL cluster, as scripts/test.sh starts it but with
# PostgreSQL's durable defaults (fsync on): commits are measured as
# production makes them.
pg_dir=""
pg_url=""
cleanup() {
  if [ -n "$pg_url" ]; then scripts/pg.sh stop "$pg_dir" || true; fi
  if [ -n "$pg_dir" ]; then rm -rf "$pg_dir"; fi
}
trap cleanup EXIT
start_postgres() {
  if [ -z "$pg_url" ]; then
    pg_dir="$(mktemp -d /tmp/pinpoint-transition-bench-pg.XXXXXX)"
    pg_url="$(PG_DURABLE=1 scripts/pg.sh start "$pg_dir")"
  fi
}

build_server() {
  cargo build --release --locked -q \
    -p transition-server --bin transition-server \
    -p transition-tests --bin transition-bench
}

if wants planner; then
  say "planner growth (criterion, native)"
  cargo bench --locked -q -p transition-tests --bench planner -- \
    --warm-up-time 1 --measurement-time 4
fi

if wants browser; then
  say "the planner in wasm, and the first render (headless Chromium)"
  scripts/bench-browser.sh --json "$results/browser.json"
fi

if wants http; then
  install_oha
  build_server
  start_postgres
  say "HTTP, commits and memory (SQLite, then PostgreSQL)"
  "$target/release/transition-bench" http \
    --server-bin "$target/release/transition-server" --oha "$(command -v oha)" \
    --seconds "$seconds" --postgres-url "$pg_url" \
    --work-dir "$target/bench" --json "$results/http.json"
fi

if wants ingest; then
  build_server
  start_postgres
  say "bulk ingest (SQLite)"
  "$target/release/transition-bench" ingest --server-bin "$target/release/transition-server" \
    --exports "$exports" --work-dir "$target/bench" --json "$results/ingest-sqlite.json"
  say "bulk ingest (PostgreSQL)"
  "$target/release/transition-bench" ingest --server-bin "$target/release/transition-server" \
    --exports "$exports" --postgres-url "$pg_url" \
    --work-dir "$target/bench" --json "$results/ingest-postgres.json"
fi

if wants bundle; then
  say "bundle (scripts/build-app.sh, scripts/bundle-size.sh)"
  scripts/build-app.sh
  scripts/bundle-size.sh dist
fi

build_server
say "summary: every figure beside its goal ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores)"
"$target/release/transition-bench" summary --results "$results" --criterion "$target/criterion"
