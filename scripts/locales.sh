#!/usr/bin/env bash
# Puts the locale files into a built app, after `trunk build` and before
# scripts/precompress.sh: each locales/<lang>.ftl becomes
# DIST/locales/<lang>-<hash>.ftl (a content hash, so the server caches it
# for a year like the other hashed assets), and DIST/index.html names them
# with their integrity, in its `pinpoint-locales` JSON. The loader
# (/embed/widget.js) learns the same names from the server's manifest.
#
#   scripts/locales.sh [dist]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dist="${1:-$root/dist}"
say() { printf '[locales] %s\n' "$*" >&2; }

index="$dist/index.html"
mark='"__PINPOINT_LOCALES__"'
if ! grep -q "$mark" "$index"; then
  say "$index has no $mark to fill (is index.html's pinpoint-locales script there?)"; exit 1
fi
rm -rf "$dist/locales"
mkdir -p "$dist/locales"
map=""
for file in "$root"/locales/*.ftl; do
  tag="$(basename "$file" .ftl)"
  hash="$(sha256sum "$file" | cut -c1-16)"
  integrity="sha384-$(openssl dgst -sha384 -binary "$file" | base64 -w0)"
  cp "$file" "$dist/locales/$tag-$hash.ftl"
  map+="${map:+,}\"$tag\":{\"href\":\"/locales/$tag-$hash.ftl\",\"integrity\":\"$integrity\"}"
done
# The JSON has no character sed's replacement treats specially but & and
# the delimiter, and neither can occur in it.
sed -i "s|$mark|{$map}|" "$index"
say "$(ls "$dist/locales" | wc -l) locale files in $dist/locales, named in $index"
