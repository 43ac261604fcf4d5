//! Serving the built app: the trunk `dist` directory with an SPA fallback
//! to `index.html` and its precompressed variants, long caching for hashed
//! assets, the demo host page, and the Content-Security-Policy that lets
//! exactly our inline scripts run.

use std::path::Path;

use axum::extract::Request;
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use base64::Engine;
use sha2::{Digest, Sha256};
use tower::Layer;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::{SetResponseHeader, SetResponseHeaderLayer};

/// The file `scripts/precompress.sh` writes beside the variants it makes:
/// `sha256sum` lines naming each file it compressed, with its digest then.
pub const PRECOMPRESSED_MANIFEST: &str = "precompressed.sha256";

/// The built app in `dist`, with an SPA fallback to its `index.html`.
///
/// The build precompresses its files (`scripts/precompress.sh`: `NAME.br`
/// at brotli quality 11, `NAME.gz` at gzip -9): a browser that accepts one
/// of these encodings gets those bytes as they are, with their
/// `Content-Encoding`, which the compression layer never encodes again. A
/// file without a variant is sent as it is and compressed on the fly, as
/// the API is. Either way the answer depends on `Accept-Encoding`, and
/// says so (`Vary`), so that caches keep one copy per encoding.
///
/// The variants are sent only while they are those of the files beside
/// them (see [`precompressed_variants_are_current`]): a new `index.html`
/// copied over a build that had an `index.html.br` must not be answered
/// with the old page.
pub fn serve_dist(dist: &Path) -> SetResponseHeader<ServeDir<ServeFile>, HeaderValue> {
    let precompressed = match precompressed_variants_are_current(dist) {
        Ok(()) => true,
        Err(_) if !dist.join(PRECOMPRESSED_MANIFEST).exists() => {
            tracing::info!(dist = %dist.display(), "no precompressed files; compressing on the fly");
            false
        }
        Err(reason) => {
            tracing::warn!(dist = %dist.display(), %reason, "the build's precompressed files are not sent; compressing on the fly (run scripts/precompress.sh)");
            false
        }
    };
    let mut index = ServeFile::new(dist.join("index.html"));
    let mut files = ServeDir::new(dist);
    if precompressed {
        index = index.precompressed_br().precompressed_gzip();
        files = files.precompressed_br().precompressed_gzip();
    }
    SetResponseHeaderLayer::if_not_present(
        header::VARY,
        HeaderValue::from_static("accept-encoding"),
    )
    .layer(files.fallback(index))
}

/// The app's icon, the brand mark of the header, built into the binary.
const FAVICON: &str = include_str!("../../app/favicon.svg");

/// `GET /favicon.ico`: the icon browsers ask for by themselves, an SVG
/// (never the SPA's `index.html`).
pub async fn favicon() -> impl axum::response::IntoResponse {
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("image/svg+xml"),
        )],
        FAVICON,
    )
}

/// `Ok` when `dist` has the manifest of `scripts/precompress.sh` and every
/// file it names still has the digest it had when it was compressed;
/// otherwise why not.
pub fn precompressed_variants_are_current(dist: &Path) -> Result<(), String> {
    let manifest = std::fs::read_to_string(dist.join(PRECOMPRESSED_MANIFEST))
        .map_err(|error| format!("{PRECOMPRESSED_MANIFEST}: {error}"))?;
    let mut files = 0;
    for line in manifest.lines().filter(|line| !line.trim().is_empty()) {
        let (digest, name) = line
            .split_once("  ")
            .or_else(|| line.split_once(" *"))
            .ok_or_else(|| format!("{PRECOMPRESSED_MANIFEST}: not a sha256sum line: {line}"))?;
        let name = name.strip_prefix("./").unwrap_or(name);
        let relative = Path::new(name);
        if !relative
            .components()
            .all(|part| matches!(part, std::path::Component::Normal(_)))
        {
            return Err(format!(
                "{PRECOMPRESSED_MANIFEST}: not a file of dist: {name}"
            ));
        }
        let bytes =
            std::fs::read(dist.join(relative)).map_err(|error| format!("{name}: {error}"))?;
        if !hex::encode(Sha256::digest(&bytes)).eq_ignore_ascii_case(digest) {
            return Err(format!("{name} changed after it was precompressed"));
        }
        files += 1;
    }
    if files == 0 {
        return Err(format!("{PRECOMPRESSED_MANIFEST} names no file"));
    }
    Ok(())
}

/// `'sha256-…'` sources for every inline `<script>` of the given pages, so
/// the CSP allows them and nothing else inline.
pub fn inline_script_hashes(pages: &[&Path]) -> Vec<String> {
    let mut hashes = Vec::new();
    for page in pages {
        let Ok(html) = std::fs::read_to_string(page) else {
            continue;
        };
        let mut rest = html.as_str();
        while let Some(open) = rest.find("<script") {
            let after = &rest[open..];
            let Some(tag_end) = after.find('>') else {
                break;
            };
            let tag = &after[..tag_end];
            let body_start = tag_end + 1;
            let Some(close) = after[body_start..].find("</script>") else {
                break;
            };
            let body = &after[body_start..body_start + close];
            if !tag.contains(" src=") && !body.trim().is_empty() {
                let digest = Sha256::digest(body.as_bytes());
                let hash = format!(
                    "'sha256-{}'",
                    base64::engine::general_purpose::STANDARD.encode(digest)
                );
                if !hashes.contains(&hash) {
                    hashes.push(hash);
                }
            }
            rest = &after[body_start + close..];
        }
    }
    hashes
}

/// The policy for every page: our own inline scripts run, and only
/// `ancestors` may frame it (`'self'` and the allowed origins; the framed
/// page, its parent alone).
pub fn content_security_policy(script_hashes: &[String], ancestors: &[String]) -> String {
    let hashes = script_hashes.join(" ");
    let origins = ancestors.join(" ");
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {hashes}; \
         style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; font-src 'self'; \
         connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; \
         frame-ancestors {origins}"
    )
    .split_whitespace()
    .collect::<Vec<_>>()
    .join(" ")
}

/// True for trunk's content-hashed file names (`name-0123456789abcdef.js`).
/// Trunk writes its 64-bit hash with `{:x}`, unpadded: a hash whose first
/// digits are zeros is shorter than 16 (`transition-app-f0d62a9cb1ee7d1.js`).
pub fn is_hashed_asset(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or_default();
    let stem = file.split('.').next().unwrap_or_default();
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (1..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

/// True for the API's paths (`/api/v1/…`), whose answers no cache keeps.
pub fn is_api(path: &str) -> bool {
    path == "/api" || path.starts_with("/api/")
}

/// No API answer is ever stored (`no-store`: they carry a partner's data,
/// or say who may see it), whatever its status or the handler set; hashed
/// assets are cached for a year; everything else is revalidated.
pub async fn cache_control(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let api = is_api(path);
    let immutable = is_hashed_asset(path);
    let mut response = next.run(request).await;
    if api {
        // An answer that says how it may be kept (an uploaded logo's
        // image, which never changes) keeps its word; every other is
        // never stored.
        let own = response.status().is_success()
            && response.headers().contains_key(header::CACHE_CONTROL);
        if !own {
            response
                .headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        }
        return response;
    }
    let value = if immutable && response.status().is_success() {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    if !response.headers().contains_key(header::CACHE_CONTROL) {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_assets_are_recognised() {
        assert!(is_hashed_asset("/transition-app-e7516feec91cf9b8.js"));
        assert!(is_hashed_asset("/transition-app-e7516feec91cf9b8_bg.wasm"));
        assert!(is_hashed_asset("/main-f2be17eb2634ed4f.css"));
        assert!(
            is_hashed_asset("/transition-app-f0d62a9cb1ee7d1.js"),
            "a hash with a leading zero, as trunk writes it"
        );
        assert!(!is_hashed_asset("/transition-app-0123456789abcdef0.js"));
        assert!(!is_hashed_asset("/index.html"));
        assert!(!is_hashed_asset("/host/widget.js"));
    }

    #[test]
    fn api_paths_are_recognised() {
        assert!(is_api("/api/v1/me"));
        assert!(is_api("/api/v1"));
        assert!(is_api("/api/v2/anything"));
        assert!(!is_api("/apix"));
        assert!(!is_api("/account-settings/api/v1"));
    }

    #[test]
    fn the_policy_names_hashes_and_origins() {
        let csp = content_security_policy(
            &["'sha256-abc'".into()],
            &["'self'".into(), "https://portal.example".into()],
        );
        assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc';"));
        assert!(csp.ends_with("frame-ancestors 'self' https://portal.example"));
    }
}
