#!/usr/bin/env bash
# Proves that the server an operator builds has no crash points: builds the
# workspace as `cargo build --release` at the root does (every default
# member, so that any feature or dependency of the tests' crate that could
# leak into the server would), then looks for the crash hook's variable,
# TRANSITION_FAILPOINT, in the binaries. The crash tests' binary must have
# it (else this check could not fail), transition-server must not.
#
#   scripts/no-crash-points.sh              the release build (what test.sh runs)
#   scripts/no-crash-points.sh --profile dev   a quicker look at a debug build
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
profile=release
if [[ "${1:-}" == "--profile" && -n "${2:-}" ]]; then
  profile="$2"
elif [[ $# -gt 0 ]]; then
  echo "usage: $0 [--profile release|dev]" >&2
  exit 2
fi
case "$profile" in
  dev) out=debug ;;
  *) out="$profile" ;;
esac

cargo build --profile "$profile" --locked
bin="${CARGO_TARGET_DIR:-$root/target}/$out"
marker=TRANSITION_FAILPOINT

if ! grep -q -a -F "$marker" "$bin/transition-test-server"; then
  echo "no-crash-points: $bin/transition-test-server has no $marker: this check proves nothing" >&2
  exit 1
fi
if grep -q -a -F "$marker" "$bin/transition-server"; then
  echo "no-crash-points: $bin/transition-server reads $marker: the $profile server has crash points" >&2
  exit 1
fi
echo "no-crash-points: $bin/transition-server has no crash points ($bin/transition-test-server has)"
