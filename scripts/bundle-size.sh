#!/usr/bin/env bash
# Prints the built app's sizes (wasm, js, css), raw, gzip and brotli (as a
# server sends them: gzip -9, brotli quality 11), and the total against the
# widget's budget of 150 KB brotli.
set -euo pipefail
dist="${1:-dist}"
node - "$dist" <<'JS'
const fs = require("fs"), path = require("path"), zlib = require("zlib");
const dist = process.argv[2];
const budget = 150 * 1024;
const files = fs.readdirSync(dist).filter((f) => /\.(wasm|js|css)$/.test(f)).sort();
let total = { raw: 0, gzip: 0, brotli: 0 };
const row = (a, b, c, d) => console.log(a.padEnd(48) + String(b).padStart(10) + String(c).padStart(10) + String(d).padStart(10));
row("file", "raw", "gzip", "brotli");
for (const f of files) {
  const bytes = fs.readFileSync(path.join(dist, f));
  const gzip = zlib.gzipSync(bytes, { level: 9 }).length;
  const brotli = zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  total.raw += bytes.length; total.gzip += gzip; total.brotli += brotli;
  row(f, bytes.length, gzip, brotli);
}
row("total", total.raw, total.gzip, total.brotli);
console.log(`bundle: ${total.brotli} bytes brotli for wasm + js + css; budget ${budget} bytes: ${total.brotli <= budget ? "within" : "OVER"}`);
JS
