#!/usr/bin/env bash
# Builds the release app (trunk, profile wasm-release, wasm-opt -Oz), adds
# the locale files (scripts/locales.sh) and precompresses it all
# (scripts/precompress.sh): what the server serves.
#
#   scripts/build-app.sh                 # → dist/, on nightly when it is ready
#   scripts/build-app.sh --stable        # → dist/, the stable fallback
#   scripts/build-app.sh --stable --dist target/dist-stable
#
# The shipped build is the nightly one, std rebuilt with immediate-abort
# panics (scripts/wasm-toolchain.sh says how and why), in its own cargo
# target dir, $CARGO_TARGET_DIR/nightly-wasm. When the machine has no
# nightly ready (scripts/setup.sh prepares it when it can), one line says
# so and the stable toolchain of rust-toolchain.toml builds it, in the
# usual target dir. A nightly that is ready but fails to build fails this
# script: it never falls back silently.
#
# Each build leaves a note in $CARGO_TARGET_DIR/app-builds/, named after
# its content-hashed wasm, that scripts/bundle-size.sh reads to tell which
# toolchain built a dist.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
say() { printf '\033[1m[build-app]\033[0m %s\n' "$*" >&2; }
usage() { say "usage: scripts/build-app.sh [--stable] [--dist DIR]"; exit 2; }

dist=dist
stable_only=false
while [ "$#" -gt 0 ]; do
  case "$1" in
    --stable) stable_only=true ;;
    --dist) [ "$#" -ge 2 ] || usage; dist="$2"; shift ;;
    *) usage ;;
  esac
  shift
done
mkdir -p "$dist"
dist="$(cd "$dist" && pwd)"
cd "$root"
# shellcheck source=scripts/wasm-toolchain.sh
. scripts/wasm-toolchain.sh
target="${CARGO_TARGET_DIR:-$root/target}"

toolchain=stable
if $stable_only; then
  how="the stable fallback, as asked (--stable)"
elif why="$(nightly_wasm_ready)"; then
  toolchain=nightly
else
  say "no nightly build: $why; building on stable"
  how="the stable fallback"
fi

if [ "$toolchain" = nightly ]; then
  cargo_target="$target/nightly-wasm"
  mapfile -t build_env < <(nightly_wasm_env "$cargo_target")
  rustc_version="$(rustc +nightly --version)"
  how="std rebuilt with immediate-abort panics (-Zbuild-std=std,panic_abort -Cpanic=immediate-abort)"
else
  cargo_target="$target"
  build_env=("CARGO_TARGET_DIR=$cargo_target")
  rustc_version="$(rustc --version)" # rust-toolchain.toml's
fi

say "$rustc_version builds the app into $dist: $how; cargo target dir $cargo_target"
start=$SECONDS
if ! env "${build_env[@]}" trunk build --release --offline --locked --dist "$dist"; then
  if [ "$toolchain" = nightly ]; then
    say "the nightly build failed (above); scripts/build-app.sh --stable builds the stable fallback"
  fi
  exit 1
fi
scripts/locales.sh "$dist"
scripts/precompress.sh "$dist"
seconds=$((SECONDS - start))

shopt -s nullglob
wasm=("$dist"/*_bg.wasm)
[ "${#wasm[@]}" -eq 1 ] || { say "expected one wasm in $dist, found ${#wasm[@]}"; exit 1; }
mkdir -p "$target/app-builds"
printf 'toolchain=%s\nrustc=%s\ncargo_target_dir=%s\nseconds=%s\n' \
  "$toolchain" "$rustc_version" "$cargo_target" "$seconds" \
  >"$target/app-builds/$(basename "${wasm[0]}").txt"
say "built by $toolchain ($rustc_version) in ${seconds}s: $dist/$(basename "${wasm[0]}"), $(stat -c %s "${wasm[0]}") bytes, $(stat -c %s "${wasm[0]}.br") brotli"
