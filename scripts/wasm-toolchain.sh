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

# Builds a wasm crate of bench/ (each its own workspace: bench/empty-leptos,
# bench/wasm-planner) as the shipped app is built: toolchain $3 (nightly:
# std rebuilt alike, in the nightly target dir, whose std it shares;
# stable: its own target dir $4/$1, so that it never waits for the app's),
# the root Cargo.lock (cargo prunes it: the app's Leptos, wasm-bindgen and
# serde_json), profile wasm-release, the flags of .cargo/config.toml, then
# wasm-bindgen --target web and wasm-opt -Oz as trunk runs them, into $5
# as $1.js and $1_bg.wasm (kept when newer than the cargo build). Run from
# the repository's root; only the first build takes minutes.
# $1: the crate's folder under bench/; $2: the wasm cargo writes (bin:
# NAME.wasm, cdylib: NAME_WITH_UNDERSCORES.wasm); $4: $CARGO_TARGET_DIR.
bench_wasm_build() {
  local name="$1" artifact="$2" toolchain="$3" target="$4" out="$5" dir built
  local -a build_env
  if [ "$toolchain" = nightly ]; then
    dir="$target/nightly-wasm"
    mapfile -t build_env < <(nightly_wasm_env "$dir")
  else
    dir="$target/$name"
    build_env=("CARGO_TARGET_DIR=$dir")
  fi
  cp Cargo.lock "bench/$name/Cargo.lock" || return 1
  (cd "bench/$name" && env "${build_env[@]}" cargo build -q --offline \
    --target wasm32-unknown-unknown --profile wasm-release) || return 1
  built="$dir/wasm32-unknown-unknown/wasm-release/$artifact"
  if [ ! -f "$out/${name}_bg.wasm" ] || [ "$built" -nt "$out/${name}_bg.wasm" ]; then
    rm -rf "$out"
    wasm-bindgen --target=web --no-typescript --out-dir="$out" --out-name="$name" "$built" || return 1
    wasm-opt -Oz --output="$out/${name}_bg.wasm" "$out/${name}_bg.wasm" || return 1
  fi
}
