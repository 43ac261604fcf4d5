#!/usr/bin/env bash
# The browser's figures, in headless Chromium (transition-bench-browser,
# tests/bin/bench_browser.rs, says what each measures and how):
#
#   wasm    the planner compiled to wasm32 (bench/wasm-planner), timed in a
#           page: parse_export, deserialize, plan_import on 10 to 10,000
#           app/service profiles, beside the native criterion figures when
#           `scripts/bench.sh planner` left them (goal: plan_import ≤ 3×
#           native);
#   render  first render, cold: the widget embedded in a portal page by the
#           release server (no --demo, Contoso, RS256 portal token) against
#           the empty Leptos page (goal: ≤ 1.25× the empty page).
#
#   scripts/bench-browser.sh                  # both
#   scripts/bench-browser.sh render --runs 20
#   scripts/bench-browser.sh wasm --samples 21 --json target/wasm.json
#
# Builds first what is missing or stale: the release server and the bench
# binary; the app's release build (dist/, by scripts/build-app.sh, when
# dist/ is missing or older than the app's sources); bench/wasm-planner and
# bench/empty-leptos with the app's toolchain and flags (bench_wasm_build
# of scripts/wasm-toolchain.sh). Needs `scripts/setup.sh --browser` once.
# The JSON goes to $CARGO_TARGET_DIR/bench-browser.json unless --json says.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
# shellcheck source=scripts/wasm-toolchain.sh
. scripts/wasm-toolchain.sh
say() { printf '\033[1m[bench-browser]\033[0m %s\n' "$*" >&2; }
fail() { say "$*"; exit 1; }
target="${CARGO_TARGET_DIR:-$root/target}"
dist="$root/dist"
json="$target/bench-browser.json"

args=()
want_wasm=false want_render=false
while [ "$#" -gt 0 ]; do
  case "$1" in
    --json) [ "$#" -ge 2 ] || fail "--json needs a file"; json="$2"; shift ;;
    wasm) want_wasm=true; args+=("$1") ;;
    render) want_render=true; args+=("$1") ;;
    *) args+=("$1") ;;
  esac
  shift
done
if ! $want_wasm && ! $want_render; then
  want_wasm=true want_render=true
fi
for tool in chromium chromedriver wasm-bindgen wasm-opt brotli; do
  command -v "$tool" >/dev/null || fail "$tool is missing: run scripts/setup.sh --browser"
done

# The app's toolchain: the one that built dist/ (the note scripts/build-app.sh
# leaves), rebuilding dist/ first when it is missing or stale; for the wasm
# figures alone without a dist/, the one scripts/build-app.sh would choose.
note_of() {
  shopt -s nullglob
  local found=("$1"/*_bg.wasm)
  [ "${#found[@]}" -eq 1 ] && [ -f "$target/app-builds/$(basename "${found[0]}").txt" ] &&
    printf '%s\n' "$target/app-builds/$(basename "${found[0]}").txt"
}
stale() {
  [ ! -f "$dist/index.html" ] || [ -z "$(note_of "$dist")" ] ||
    [ -n "$(find app domain style index.html Trunk.toml Cargo.lock -newer "$dist/index.html" -print -quit)" ]
}
if $want_render && stale; then
  say "dist/ is missing or older than the app's sources: scripts/build-app.sh"
  scripts/build-app.sh --dist "$dist"
fi
if note="$(note_of "$dist")"; then
  toolchain="$(sed -n 's/^toolchain=//p' "$note")"
  rustc_version="$(sed -n 's/^rustc=//p' "$note")"
elif nightly_wasm_ready >/dev/null; then
  toolchain=nightly rustc_version="$(rustc +nightly --version)"
else
  toolchain=stable rustc_version="$(rustc --version)"
fi
built_by="$toolchain ($rustc_version), profile wasm-release, wasm-bindgen --target web, wasm-opt -Oz, as the app"

say "cargo build --release: transition-server, transition-bench-browser"
cargo build --release --locked -q -p transition-server --bin transition-server \
  -p transition-tests --bin transition-bench-browser

# Brotli and gzip variants beside a bench page's files, as
# scripts/precompress.sh writes them for dist/ (the server sends those).
variants() {
  local file
  for file in "$1"/*.js "$1"/*.wasm; do
    [ "$file.br" -nt "$file" ] || brotli --quality=11 --force --keep -- "$file"
    [ "$file.gz" -nt "$file" ] || gzip -9 --no-name --force --keep -- "$file"
  done
}
flags=(--toolchain "$built_by" --json "$json")
if $want_wasm; then
  planner="$target/bench-browser/wasm-planner-$toolchain"
  say "bench/wasm-planner: $built_by"
  bench_wasm_build wasm-planner wasm_planner.wasm "$toolchain" "$target" "$planner" ||
    fail "the build of bench/wasm-planner failed (above)"
  variants "$planner"
  flags+=(--wasm-planner "$planner")
  [ -d "$target/criterion" ] && flags+=(--criterion "$target/criterion")
fi
if $want_render; then
  # The same folder as scripts/bundle-size.sh's build of it.
  empty="$target/bundle-size/empty-leptos-$toolchain"
  say "bench/empty-leptos: $built_by"
  bench_wasm_build empty-leptos empty-leptos.wasm "$toolchain" "$target" "$empty" ||
    fail "the build of bench/empty-leptos failed (above)"
  variants "$empty"
  flags+=(--empty-leptos "$empty" --dist "$dist" --server-bin "$target/release/transition-server")
fi
mkdir -p "$(dirname "$json")"
"$target/release/transition-bench-browser" "${args[@]}" "${flags[@]}"
