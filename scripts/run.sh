#!/usr/bin/env bash
# Sets up everything, builds the app and runs the server in demo mode on
# the embedded SQLite store with the demo partners (Contoso, Fabrikam,
# Northwind). Extra arguments go to `transition-server serve`, e.g.
#   scripts/run.sh --addr 0.0.0.0:8080
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/setup.sh
. scripts/setup.sh

cargo fetch --locked
echo "[run] building the app (scripts/build-app.sh)" >&2
scripts/build-app.sh
echo "[run] building the server" >&2
cargo build --release --locked -p transition-server
exec target/release/transition-server serve --demo --data-dir data/demo --dist dist --host-page app/host "$@"
