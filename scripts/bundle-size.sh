#!/usr/bin/env bash
# What the browser receives of the built app, and why it is that big:
#
# 1. every file of the shipped build (dist/), raw and as the server sends
#    it: NAME.gz and NAME.br, the files scripts/precompress.sh wrote (each
#    checked to decode to its file, and the manifest that lets the server
#    send them);
# 2. the same for the stable fallback, when the shipped build is the
#    nightly one: built here by scripts/build-app.sh --stable into
#    $CARGO_TARGET_DIR/dist-stable (warm, that is a minute or two; cold,
#    the stable wasm build);
# 3. twiggy's largest items and dominator tree of the shipped wasm;
# 4. the same figures for an empty Leptos CSR page (bench/empty-leptos),
#    built with the shipped build's toolchain, profile, flags, wasm-bindgen
#    and wasm-opt: the floor under the app;
# 5. the ratchet: wasm + js + css brotli of each build against its line of
#    bundle-budget.txt (`nightly`, `stable`). Above it the script fails;
#    well below it, it says what to lower it to. The goal (150 KB) is
#    printed beside it.
#
#   scripts/bundle-size.sh [dist]      # after scripts/build-app.sh
set -euo pipefail
dist="$(cd "${1:-dist}" && pwd)"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
# shellcheck source=scripts/wasm-toolchain.sh
. scripts/wasm-toolchain.sh
target="${CARGO_TARGET_DIR:-$root/target}"
work="$target/bundle-size"
mkdir -p "$work"
goal=$((150 * 1024))
section() { printf '\n\033[1m-- %s\033[0m\n' "$*"; }
fail() { printf '[bundle-size] %s\n' "$*" >&2; exit 1; }
row() { printf '%-48s %10s %10s %10s\n' "$@"; }
size() { stat -c %s "$1"; }

# The budgets: the `nightly` and `stable` lines of bundle-budget.txt.
budget_of() { awk -v build="$1" '!/^[[:space:]]*#/ && $1 == build { print $2 }' bundle-budget.txt; }
for build in nightly stable; do
  [[ "$(budget_of "$build")" =~ ^[0-9]+$ ]] || fail "bundle-budget.txt holds no byte count for $build"
done

# Which toolchain built a dist: the note scripts/build-app.sh left beside
# its content-hashed wasm. Sets wasm, toolchain, rustc and cargo_target.
build_of() {
  local note
  shopt -s nullglob
  local found=("$1"/*_bg.wasm)
  [ "${#found[@]}" -eq 1 ] || fail "expected one wasm in $1, found ${#found[@]} (scripts/build-app.sh builds the app)"
  wasm="${found[0]}"
  note="$target/app-builds/$(basename "$wasm").txt"
  [ -f "$note" ] || fail "no note of which toolchain built $wasm in $target/app-builds: build it with scripts/build-app.sh"
  toolchain="$(sed -n 's/^toolchain=//p' "$note")"
  rustc="$(sed -n 's/^rustc=//p' "$note")"
  cargo_target="$(sed -n 's/^cargo_target_dir=//p' "$note")"
}

# Sizes as served, of one dist. Sets total_br and br_of[wasm|js|css].
declare -A br_of
served() {
  local dir="$1" file name variant raw gz br kind
  (cd "$dir" && sha256sum --check --quiet precompressed.sha256) ||
    fail "$dir/precompressed.sha256 is missing or stale, so the server sends no variant: run scripts/precompress.sh $dir"
  row file raw gzip brotli
  local total_raw=0 total_gz=0
  total_br=0 br_of=([wasm]=0 [js]=0 [css]=0)
  shopt -s nullglob
  local files=("$dir"/*.wasm "$dir"/*.js "$dir"/*.css "$dir"/index.html)
  if [ ! -f "$dir/index.html" ] || [ "${#files[@]}" -lt 2 ]; then
    fail "no built app in $dir (scripts/build-app.sh)"
  fi
  for file in "${files[@]}"; do
    name="$(basename "$file")"
    for variant in "$file.br" "$file.gz"; do
      [ -f "$variant" ] || fail "$variant is missing: run scripts/precompress.sh $dir after the build"
    done
    brotli --decompress --stdout -- "$file.br" | cmp -s - "$file" ||
      fail "$name.br does not decode to $name: run scripts/precompress.sh $dir again"
    gzip --decompress --stdout -- "$file.gz" | cmp -s - "$file" ||
      fail "$name.gz does not decode to $name: run scripts/precompress.sh $dir again"
    raw="$(size "$file")" gz="$(size "$file.gz")" br="$(size "$file.br")"
    row "$name" "$raw" "$gz" "$br"
    if [ "$name" != index.html ]; then
      kind="${name##*.}"
      br_of[$kind]=$((br_of[$kind] + br))
      total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br))
    fi
  done
  row "wasm + js + css" "$total_raw" "$total_gz" "$total_br"
}

# 1. The shipped build.
build_of "$dist"
shipped="$toolchain" shipped_rustc="$rustc" shipped_wasm="$wasm" shipped_target="$cargo_target"
section "shipped: $dist, built by $shipped ($shipped_rustc); as the server sends it (raw, gzip -9, brotli 11)"
served "$dist"
declare -A results
results[$shipped]="${br_of[wasm]} ${br_of[js]} ${br_of[css]} $total_br"

# 2. The stable fallback, beside a nightly shipped build.
if [ "$shipped" = nightly ]; then
  fallback="$target/dist-stable"
  section "stable fallback: scripts/build-app.sh --stable --dist $fallback"
  scripts/build-app.sh --stable --dist "$fallback"
  build_of "$fallback"
  section "stable fallback: $fallback, built by $toolchain ($rustc); as the server sends it"
  served "$fallback"
  results[stable]="${br_of[wasm]} ${br_of[js]} ${br_of[css]} $total_br"
else
  section "stable fallback"
  echo "the shipped build is the stable fallback itself: no nightly build here ($(nightly_wasm_ready || true))"
fi

# 3. twiggy over the shipped wasm. The shipped one has no names, so twiggy
# reads its twin with names: trunk's wasm-bindgen output through the same
# `wasm-opt -Oz`, with -g (same code; the names are the extra section).
stem="$(basename "$shipped_wasm" _bg.wasm)"
bindgen="$shipped_target/wasm-bindgen/release/${stem%-*}_bg.wasm"
named="$work/${stem}_bg.named.wasm"
profiled="$shipped_wasm"
if [ -f "$bindgen" ] && [ ! "$bindgen" -nt "$shipped_wasm" ]; then
  if [ ! -f "$named" ] || [ "$bindgen" -nt "$named" ]; then
    rm -f "$work"/*.named.wasm
    wasm-opt -Oz -g --output="$named" "$bindgen"
  fi
  profiled="$named"
  section "twiggy top -n 20 (shipped wasm, named twin; \"function names\" is not shipped)"
else
  section "twiggy top -n 20 ($(basename "$shipped_wasm"); no wasm-bindgen output of this build, so no names)"
fi
twiggy top -n 20 "$profiled"
section "twiggy dominators -d 3 (first 30 rows)"
twiggy dominators -d 3 -o "$work/dominators.txt" "$profiled"
# (twiggy rules its header as wide as the widest name of the whole tree)
head -n 32 "$work/dominators.txt" | sed -E '2s/(─){60,}/────────────────────────────────────────────────────────────/'

# 4. The empty Leptos page, built as the shipped app is
# (bench_wasm_build of scripts/wasm-toolchain.sh says how).
out="$work/empty-leptos-$shipped"
bench_wasm_build empty-leptos empty-leptos.wasm "$shipped" "$target" "$out" ||
  fail "the build of bench/empty-leptos failed (above)"
leptos="$(awk '/^name = "leptos"$/ { getline; gsub(/version = |"/, ""); print; exit }' bench/empty-leptos/Cargo.lock)"
section "empty Leptos CSR page (bench/empty-leptos, leptos $leptos, profile wasm-release, --cfg erase_components, $shipped like the shipped app)"
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
read -r _ _ _ shipped_br <<<"${results[$shipped]}"
echo "the app weighs $((shipped_br - empty_br)) bytes brotli more than an empty Leptos page"

# 5. The ratchet, on each build there is: the shipped one's line, and the
# stable line for the fallback (so that it still fits when it ships).
section "budget (brotli bytes; bundle-budget.txt)"
printf '%-22s %10s %10s %10s %10s %10s\n' build wasm js css total budget
over=() lower=()
for build in nightly stable; do
  [ -n "${results[$build]:-}" ] || continue
  read -r wasm_br js_br css_br total <<<"${results[$build]}"
  budget="$(budget_of "$build")"
  label="$build"
  [ "$build" = "$shipped" ] && label="$build (shipped)"
  printf '%-22s %10s %10s %10s %10s %10s\n' "$label" "$wasm_br" "$js_br" "$css_br" "$total" "$budget"
  if [ "$total" -gt "$budget" ]; then
    over+=("$build: $total > $budget, over by $((total - budget)) bytes")
  elif [ $((total * 102 / 100)) -lt "$budget" ]; then
    # Today's size rounded up by 1 % to the next thousand.
    lower+=("$build to $(((total * 101 / 100 + 999) / 1000 * 1000)) ($((budget - total)) bytes under)")
  fi
done
if [ -n "${results[stable]:-}" ] && [ "$shipped" = nightly ]; then
  read -r _ _ _ stable_br <<<"${results[stable]}"
  echo "nightly saves $((stable_br - shipped_br)) bytes brotli ($(((stable_br - shipped_br) * 1000 / stable_br / 10)).$(((stable_br - shipped_br) * 1000 / stable_br % 10)) %) over the stable fallback"
fi
echo "shipped: $shipped_br bytes brotli for wasm + js + css; goal $goal (150 KB), $((shipped_br > goal ? shipped_br - goal : 0)) bytes to go"
if [ "${#over[@]}" -gt 0 ]; then
  fail "OVER BUDGET: $(printf '%s; ' "${over[@]}" | sed 's/; $//')
Make the bundle smaller (twiggy above names the biggest items), or, if the growth
is worth it, raise that line of bundle-budget.txt in the same commit and say why there."
fi
if [ "${#lower[@]}" -gt 0 ]; then
  echo "under budget by more than 2 %: lower bundle-budget.txt's $(printf '%s, ' "${lower[@]}" | sed 's/, $//') and commit it, so that it cannot grow back unnoticed"
fi
