#!/usr/bin/env bash
# Sets up everything, then runs every check and test of the project. This
# is the README's test command, and exactly what `.ci/run` calls.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/setup.sh
. scripts/setup.sh --browser --postgres
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format"
cargo fmt --all -- --check

step "lint (native, every target; then the app for wasm32)"
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo clippy -p transition-app --target wasm32-unknown-unknown --locked -- -D warnings

step "release server without crash points (scripts/no-crash-points.sh)"
scripts/no-crash-points.sh

step "domain builds for the browser"
cargo build -p transition-domain --target wasm32-unknown-unknown --locked

step "app bundle (scripts/build-app.sh: nightly when ready, else stable; precompressed; the shipped build and the stable fallback against bundle-budget.txt)"
scripts/build-app.sh
scripts/bundle-size.sh dist

step "tests (unit, property, HTTP, crash, browser end-to-end), on the embedded SQLite"
results="$(mktemp)"
# Under /tmp: PostgreSQL runs as its own user, who may not enter the
# checkout's directories.
pg_dir="$(mktemp -d /tmp/pinpoint-transition-pg.XXXXXX)"
cleanup() {
  rm -f "$results"
  if [ -n "${pg_started:-}" ]; then scripts/pg.sh stop "$pg_dir"; fi
  rm -rf "$pg_dir"
}
trap cleanup EXIT
env -u TRANSITION_TEST_POSTGRES_URL cargo test --workspace --locked 2>&1 | tee "$results"

# The same HTTP suite, every test on a fresh database of a PostgreSQL
# server: a throwaway cluster (scripts/pg.sh), or yours when
# TRANSITION_TEST_POSTGRES_URL names it.
http_suite=(api_router api_socket approvals audit bounds contract crash drafts embed hostile_text identity idempotency logos media_type plan_digest precompressed process rate_classes receipts replicas socket static_files tenancy)
if [ -z "${TRANSITION_TEST_POSTGRES_URL:-}" ]; then
  step "a throwaway PostgreSQL cluster (scripts/pg.sh)"
  TRANSITION_TEST_POSTGRES_URL="$(scripts/pg.sh start "$pg_dir")"
  pg_started=1
  # Ours to stop and start again (the readiness test does).
  export TRANSITION_TEST_POSTGRES_DIR="$pg_dir"
fi
export TRANSITION_TEST_POSTGRES_URL
step "the HTTP suite again, on PostgreSQL: ${http_suite[*]}"
cargo test --locked -p transition-tests "${http_suite[@]/#/--test=}" 2>&1 | tee -a "$results"

step "the planner benchmark runs (each benchmark once; its figures are scripts/bench.sh's)"
cargo bench --locked -q -p transition-tests --bench planner -- --test

# One closing line for CI, summing every test binary cargo ran.
awk '/^test result:/ { p += $4; f += $6 } END { printf "tests: %d passed, %d failed\n", p, f }' "$results"
