#!/usr/bin/env bash
# Soaks a real server: builds the release `transition-server` and the load
# generator `transition-soak` (tests/bin/soak.rs), then sends RATE requests
# a second (default 200: ten times an expected peak of 20 req/s) for
# SECONDS (default 60), open loop, and prints every 5 s the requests, the
# errors by status, p50/p99/max latency (from each request's intended send
# time) and the server's resident memory; then a summary.
#
#   scripts/soak.sh              # 60 s at 200 req/s
#   scripts/soak.sh 600 400      # 10 minutes at 400 req/s
#
# Exits non-zero when more than 0.1 % of the requests fail (not 2xx,
# transport error, or not sent because 4096 were awaiting their answer) or
# when the server's memory grows more than 64 MiB after the warm-up.
# SOAK_ARGS adds flags of transition-soak (`--server-arg=--max-in-flight=64`,
# `--max-rss-growth-mib 32`, ...). A short run is a test of scripts/test.sh
# (tests/tests/soak.rs).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export PATH="$HOME/.cargo/bin:$PATH"

seconds="${1:-60}"
rate="${2:-200}"
target_dir="${CARGO_TARGET_DIR:-$root/target}"

cargo build --release --locked -q \
    -p transition-server --bin transition-server \
    -p transition-tests --bin transition-soak

# shellcheck disable=SC2086
exec "$target_dir/release/transition-soak" \
    --server-bin "$target_dir/release/transition-server" \
    --duration-secs "$seconds" --rate "$rate" ${SOAK_ARGS:-}
