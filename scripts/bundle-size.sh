#!/usr/bin/env bash
# What the browser receives of the built app, and why it is that big:
#
# 1. every file of dist/, raw and as the server sends it: NAME.gz and
#    NAME.br, the files scripts/precompress.sh wrote (each checked to
#    decode to its file, and the manifest that lets the server send them);
# 2. twiggy's largest items and dominator tree of the release wasm;
# 3. the same figures for an empty Leptos CSR page (bench/empty-leptos),
#    built with the app's profile, flags, wasm-bindgen and wasm-opt: the
#    floor under the app;
# 4. the ratchet: wasm + js + css brotli against bundle-budget.txt. Above
#    it the script fails; well below it, it says what to lower it to. The
#    goal (150 KB) is printed beside it.
#
#   scripts/bundle-size.sh [dist]      # after trunk build and precompress.sh
set -euo pipefail
dist="$(cd "${1:-dist}" && pwd)"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
target="${CARGO_TARGET_DIR:-$root/target}"
work="$target/bundle-size"
mkdir -p "$work"
goal=$((150 * 1024))
section() { printf '\n\033[1m-- %s\033[0m\n' "$*"; }
fail() { printf '[bundle-size] %s\n' "$*" >&2; exit 1; }
row() { printf '%-48s %10s %10s %10s\n' "$@"; }
size() { stat -c %s "$1"; }

# The budget: the one number of bundle-budget.txt that is not a comment.
budget="$(grep -v '^[[:space:]]*#' bundle-budget.txt | tr -d '[:space:]')"
[[ "$budget" =~ ^[0-9]+$ ]] || fail "bundle-budget.txt holds no byte count"

# 1. Sizes as served.
section "served by the server from $dist (raw, gzip -9, brotli 11)"
(cd "$dist" && sha256sum --check --quiet precompressed.sha256) ||
  fail "$dist/precompressed.sha256 is missing or stale, so the server sends no variant: run scripts/precompress.sh $dist"
row file raw gzip brotli
total_raw=0 total_gz=0 total_br=0
shopt -s nullglob
files=("$dist"/*.wasm "$dist"/*.js "$dist"/*.css "$dist"/index.html)
[ -f "$dist/index.html" ] && [ "${#files[@]}" -gt 1 ] || fail "no built app in $dist (trunk build --release)"
for file in "${files[@]}"; do
  name="$(basename "$file")"
  for variant in "$file.br" "$file.gz"; do
    [ -f "$variant" ] || fail "$variant is missing: run scripts/precompress.sh $dist after trunk build"
  done
  brotli --decompress --stdout -- "$file.br" | cmp -s - "$file" ||
    fail "$name.br does not decode to $name: run scripts/precompress.sh $dist again"
  gzip --decompress --stdout -- "$file.gz" | cmp -s - "$file" ||
    fail "$name.gz does not decode to $name: run scripts/precompress.sh $dist again"
  raw="$(size "$file")" gz="$(size "$file.gz")" br="$(size "$file.br")"
  row "$name" "$raw" "$gz" "$br"
  if [ "$name" != index.html ]; then
    total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br))
  fi
done
row "wasm + js + css" "$total_raw" "$total_gz" "$total_br"

# 2. twiggy over the release wasm. The shipped one has no names, so twiggy
# reads its twin with names: trunk's wasm-bindgen output through the same
# `wasm-opt -Oz`, with -g (same code; the names are the extra section).
wasm=("$dist"/*_bg.wasm)
[ "${#wasm[@]}" -eq 1 ] || fail "expected one wasm in $dist, found ${#wasm[@]}"
stem="$(basename "${wasm[0]}" _bg.wasm)"
bindgen="$target/wasm-bindgen/release/${stem%-*}_bg.wasm"
named="$work/${stem}_bg.named.wasm"
profiled="${wasm[0]}"
if [ -f "$bindgen" ] && [ ! "$bindgen" -nt "${wasm[0]}" ]; then
  if [ ! -f "$named" ] || [ "$bindgen" -nt "$named" ]; then
    rm -f "$work"/*.named.wasm
    wasm-opt -Oz -g --output="$named" "$bindgen"
  fi
  profiled="$named"
  section "twiggy top -n 20 (release wasm, named twin; \"function names\" is not shipped)"
else
  section "twiggy top -n 20 ($(basename "${wasm[0]}"); no wasm-bindgen output of this build, so no names)"
fi
twiggy top -n 20 "$profiled"
section "twiggy dominators -d 3 (first 30 rows)"
twiggy dominators -d 3 -o "$work/dominators.txt" "$profiled"
# (twiggy rules its header as wide as the widest name of the whole tree)
head -n 32 "$work/dominators.txt" | sed -E '2s/(─){60,}/────────────────────────────────────────────────────────────/'

# 3. The empty Leptos page: the app's Leptos and wasm-bindgen (its lock is
# the app's, pruned), profile wasm-release, the flags of .cargo/config.toml,
# then wasm-bindgen and wasm-opt as trunk runs them. Its own target dir, so
# that it never waits for the app's; only the first build takes minutes.
bench="$root/bench/empty-leptos"
empty="$target/empty-leptos"
cp Cargo.lock "$bench/Cargo.lock"
(cd "$bench" && CARGO_TARGET_DIR="$empty" cargo build -q --offline \
  --target wasm32-unknown-unknown --profile wasm-release)
leptos="$(awk '/^name = "leptos"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$bench/Cargo.lock")"
out="$work/empty-leptos"
built="$empty/wasm32-unknown-unknown/wasm-release/empty-leptos.wasm"
if [ ! -f "$out/empty-leptos_bg.wasm" ] || [ "$built" -nt "$out/empty-leptos_bg.wasm" ]; then
  rm -rf "$out"
  wasm-bindgen --target=web --no-typescript --out-dir="$out" --out-name=empty-leptos "$built"
  wasm-opt -Oz --output="$out/empty-leptos_bg.wasm" "$out/empty-leptos_bg.wasm"
fi
section "empty Leptos CSR page (bench/empty-leptos, leptos $leptos, profile wasm-release, --cfg erase_components)"
row file raw gzip brotli
empty_raw=0 empty_gz=0 empty_br=0
for file in "$out/empty-leptos_bg.wasm" "$out/empty-leptos.js"; do
  raw="$(size "$file")"
  gz="$(gzip -9 --no-name --stdout -- "$file" | wc -c)"
  br="$(brotli --quality=11 --stdout -- "$file" | wc -c)"
  row "$(basename "$file")" "$raw" "$gz" "$br"
  empty_raw=$((empty_raw + raw)) empty_gz=$((empty_gz + gz)) empty_br=$((empty_br + br))
done
row "wasm + js" "$empty_raw" "$empty_gz" "$empty_br"
echo "the app weighs $((total_br - empty_br)) bytes brotli more than an empty Leptos page"

# 4. The ratchet.
section "budget"
echo "bundle: $total_br bytes brotli for wasm + js + css; budget $budget (bundle-budget.txt); goal $goal (150 KB), $((total_br > goal ? total_br - goal : 0)) bytes to go"
if [ "$total_br" -gt "$budget" ]; then
  fail "OVER BUDGET by $((total_br - budget)) bytes: $total_br > $budget in bundle-budget.txt.
Make the bundle smaller (twiggy above names the biggest items), or, if the growth
is worth it, raise bundle-budget.txt in the same commit and say why there."
fi
# Today's size rounded up by 1 % to the next thousand: what the budget
# should say once the bundle has shrunk by more than 2 %.
lower=$(((total_br * 101 / 100 + 999) / 1000 * 1000))
if [ $((total_br * 102 / 100)) -lt "$budget" ]; then
  echo "the bundle is $((budget - total_br)) bytes under its budget: lower bundle-budget.txt to $lower and commit it, so that it cannot grow back unnoticed"
fi
