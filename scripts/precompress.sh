#!/usr/bin/env bash
# Precompresses the built app, after `trunk build`: next to every file of
# dist/ that compresses (.wasm, .js, .css, .html, ...), NAME.br (brotli,
# quality 11) and NAME.gz (gzip -9). The server sends these bytes as they
# are to browsers that accept the encoding (tower-http's ServeDir with
# precompressed variants), and compresses on the fly only what has none.
#
#   scripts/precompress.sh [dist]
#
# A variant is kept only when it is smaller than its file. Variants of an
# earlier run go first (trunk empties dist/ on every build anyway), and
# dist/precompressed.sha256 records the digest of every file compressed:
# the server sends no variant unless all those files are unchanged (a new
# index.html copied over an old build is never answered with the old
# index.html.br). brotli and gzip come from scripts/setup.sh.
set -euo pipefail
dist="${1:-dist}"
dist="${dist%/}"
say() { printf '[precompress] %s\n' "$*" >&2; }

if [ ! -f "$dist/index.html" ]; then
  say "no $dist/index.html: build the app first (trunk build --release)"; exit 1
fi
for tool in brotli gzip; do
  command -v "$tool" >/dev/null || { say "$tool is missing: run scripts/setup.sh"; exit 1; }
done

manifest="$dist/precompressed.sha256"
rm -f "$manifest"
find "$dist" -path "$dist/.stage" -prune -o -type f \( -name '*.br' -o -name '*.gz' \) -print0 |
  xargs -0 rm -f

count=0
names=()
while IFS= read -r -d '' file; do
  size="$(stat -c %s "$file")"
  brotli --quality=11 --stdout -- "$file" >"$file.br"
  gzip -9 --no-name --stdout -- "$file" >"$file.gz"
  for variant in "$file.br" "$file.gz"; do
    if [ "$(stat -c %s "$variant")" -ge "$size" ]; then rm -f "$variant"; fi
  done
  names+=("${file#"$dist"/}")
  count=$((count + 1))
done < <(find "$dist" -path "$dist/.stage" -prune -o -type f \
  \( -name '*.wasm' -o -name '*.js' -o -name '*.mjs' -o -name '*.css' -o -name '*.html' \
     -o -name '*.json' -o -name '*.svg' -o -name '*.txt' -o -name '*.map' -o -name '*.ftl' \) -print0)
if [ "$count" -gt 0 ]; then
  (cd "$dist" && sha256sum -- "${names[@]}") >"$manifest.tmp"
  mv "$manifest.tmp" "$manifest"
fi
say "$count files of $dist precompressed (brotli -q 11, gzip -9)"
