#!/usr/bin/env bash
# Installs everything this project needs to build, run and test, on a fresh
# machine of this project's kind (Debian 12, Rust by rustup, Node 20, only
# the package registries reachable). Every step is skipped when the right
# version is already there, so running it again is cheap.
#
#   scripts/setup.sh            # build and run needs
#   scripts/setup.sh --browser  # also Chromium and ChromeDriver (e2e tests)
#   scripts/setup.sh --postgres # also PostgreSQL's server binaries (the
#                               # tests' throwaway cluster, scripts/pg.sh)
#
# Source it (`. scripts/setup.sh`) to keep its PATH in your shell.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
say() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

want_browser=false
want_postgres=false
for arg in "$@"; do
  [ "$arg" = "--browser" ] && want_browser=true
  [ "$arg" = "--postgres" ] && want_postgres=true
done

# Rust target for the browser (rust-toolchain.toml names it; rustup adds it
# on first use, this makes it explicit).
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"

# The nightly that builds the shipped wasm (scripts/wasm-toolchain.sh):
# rust-src and the wasm32 target added to the machine's nightly, and the
# crates std depends on fetched, so that the build runs offline. Without
# a nightly, or without the network, one line says so and the app builds
# on stable (scripts/build-app.sh); setup goes on either way.
# shellcheck source=scripts/wasm-toolchain.sh
. scripts/wasm-toolchain.sh
if ! rustup toolchain list | grep -q '^nightly-'; then
  say "no nightly toolchain, so the app builds on stable (rustup toolchain install nightly --profile minimal, then setup again, for the smaller nightly build)"
elif ! nightly_wasm_ready >/dev/null ||
  ! rustup +nightly target list --installed | grep -qx wasm32-unknown-unknown; then
  say "readying the nightly for the wasm build (rust-src, wasm32 target, std's crates)"
  if ! { rustup component add rust-src --toolchain nightly &&
    rustup target add wasm32-unknown-unknown --toolchain nightly &&
    cargo +nightly fetch --locked -q --manifest-path "$(nightly_std_manifest)"; } >/dev/null 2>&1; then
    say "could not ready the nightly (no network?), so the app builds on stable"
  fi
fi

# trunk 0.21.14 (0.22 needs a newer rustc than the machine has).
if [ "$(trunk --version 2>/dev/null || true)" != "trunk 0.21.14" ]; then
  say "installing trunk 0.21.14 (about 6 minutes the first time)"
  cargo install trunk --locked --version 0.21.14
fi

# wasm-bindgen-cli at exactly the version Cargo.lock pins.
wbg="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
if [ -z "$wbg" ]; then
  say "cannot read the wasm-bindgen version from Cargo.lock"; exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $wbg" ]; then
  say "installing wasm-bindgen-cli $wbg (about 2 minutes)"
  # Not --locked: its own lockfile pins a webpki-roots that fails to build.
  cargo install wasm-bindgen-cli --version "=$wbg"
fi
if ! grep -q "wasm_bindgen = \"$wbg\"" Trunk.toml; then
  say "Trunk.toml pins another wasm-bindgen than Cargo.lock ($wbg): update [tools] wasm_bindgen"; exit 1
fi

# wasm-opt from binaryen 132 and the browser-test helpers, from npm.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package.json -nt node_modules/.package-lock.json ]; then
  say "installing npm tools (binaryen 132)"
  npm install --no-audit --no-fund --loglevel=error
fi

# brotli for the build's precompressed files (scripts/precompress.sh; gzip
# is part of the base system).
if ! command -v brotli >/dev/null; then
  say "installing brotli"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq brotli >/dev/null
fi

# twiggy, the wasm size profiler of scripts/bundle-size.sh.
if [ "$(twiggy --version 2>/dev/null || true)" != "twiggy-opt 0.8.0" ]; then
  say "installing twiggy 0.8.0 (about 3 minutes the first time)"
  cargo install twiggy --locked --version 0.8.0
fi

if $want_browser && { ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; }; then
  say "installing Chromium and ChromeDriver"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
# Japanese, Korean and Chinese are drawn with the system's fonts (the
# widget names none of its own): Noto CJK, as a partner's machine has
# its own, so that the screenshots and layout checks see real glyphs.
if $want_browser && ! fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
  say "installing the Noto CJK fonts (Japanese, Korean, Chinese)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null
fi
if $want_postgres && ! compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null; then
  say "installing PostgreSQL (the server binaries; no cluster is started)"
  apt-get update -qq
  # policy-rc.d keeps the package from starting Debian's own cluster.
  printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  rm -f /usr/sbin/policy-rc.d
fi
if why="$(nightly_wasm_ready)"; then wasm_rustc="$(rustc +nightly --version)"; else wasm_rustc="$(rustc --version) ($why)"; fi
say "ready: app wasm by $wasm_rustc, $(trunk --version), wasm-bindgen $wbg, $(wasm-opt --version), $(twiggy --version), brotli $(brotli --version | cut -d' ' -f2)"
