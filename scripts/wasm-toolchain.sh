# shellcheck shell=bash
# The two toolchains of the app's wasm, sourced by scripts/setup.sh,
# scripts/build-app.sh and scripts/bundle-size.sh (not run on its own).
#
# Shipped: rustup's `nightly`, rebuilding std for wasm32 with
# immediate-abort panics (`-Zbuild-std=std,panic_abort`, `-Zunstable-options
# -Cpanic=immediate-abort`): no panic messages, formatting or unwinding
# glue in the wasm, about 25 KB (7 %) fewer bytes brotli. A panic is then a bare wasm
# `unreachable` trap (ARCHITECTURE.md, "The build").
# Fallback: the stable toolchain of rust-toolchain.toml, with std as rustup
# ships it. Everything else (clippy, tests, the server) is stable either way.

# The environment of a nightly wasm build, as `env` arguments. Only the
# wasm32 target gets the flags: cargo adds CARGO_TARGET_<triple>_RUSTFLAGS
# after .cargo/config.toml's `--cfg erase_components`, and build scripts and
# proc macros (host code, since the build names --target) get neither.
# $1: the cargo target dir of the build (never the stable one: std rebuilt
# with other flags would evict the stable cache).
nightly_wasm_env() {
  printf '%s\n' \
    RUSTUP_TOOLCHAIN=nightly \
    CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS=-Zunstable-options -Cpanic=immediate-abort" \
    "CARGO_TARGET_DIR=$1"
}

# std's source as the nightly ships it, whose own Cargo.lock names the
# crates std depends on (build-std builds them; setup.sh fetches them).
nightly_std_manifest() {
  printf '%s/lib/rustlib/src/rust/library/Cargo.toml\n' "$(rustc +nightly --print sysroot 2>/dev/null)"
}

# Succeeds when a nightly wasm build can run offline here: a nightly
# toolchain, its rust-src, and std's crates in cargo's cache. Otherwise
# prints why, in one line, and fails.
nightly_wasm_ready() {
  if ! rustup toolchain list 2>/dev/null | grep -q '^nightly-'; then
    echo "no nightly toolchain (rustup toolchain install nightly --profile minimal adds one)"
    return 1
  fi
  if ! rustup +nightly component list --installed 2>/dev/null | grep -qx rust-src; then
    echo "the nightly toolchain has no rust-src (scripts/setup.sh adds it)"
    return 1
  fi
  if ! cargo +nightly fetch --locked --offline -q --manifest-path "$(nightly_std_manifest)" >/dev/null 2>&1; then
    echo "std's crates for the nightly are not in cargo's cache (scripts/setup.sh fetches them)"
    return 1
  fi
}
