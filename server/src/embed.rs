//! Embedding the app in a partner portal, in every mode (not only demo):
//!
//! - `GET /embed/widget.js`: the stable loader a host page imports
//!   (`app/embed/widget.js`), revalidated (short cache, ETag); it holds
//!   the current build's hashed assets and their integrity (the manifest);
//! - `GET /embed/manifest-<hash>.json`: the same manifest for tools, cached
//!   for a year like the assets;
//! - `GET /embed/widget.d.ts`: the loader's TypeScript declarations;
//! - `GET /embed/frame?parent=<origin>`: the app for an iframe, only for a
//!   parent origin of the allow-list, which alone may frame it.
//!
//! Everything under `/embed/` and the hashed assets carry
//! `Cross-Origin-Resource-Policy: cross-origin`, and CORS lets the
//! allowed origins fetch them (the layer in `app.rs`).

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use axum::extract::{Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::origin::Origin;
use crate::web;

const LOADER: &str = include_str!("../../app/embed/widget.js");
const DECLARATIONS: &str = include_str!("../../app/embed/widget.d.ts");
/// Where the loader holds the build's files (the manifest, as JSON).
const FILES_MARK: &str = "__PINPOINT_FILES__";
/// Where the loader names the manifest's file, for tools.
const MANIFEST_MARK: &str = "__PINPOINT_MANIFEST__";

/// One built file of the app, as the manifest names it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Asset {
    pub href: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub integrity: Option<String>,
}

/// The current build's files: the JS glue, the wasm, the stylesheet, and
/// the locale file of each language (`scripts/locales.sh`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Manifest {
    pub js: Asset,
    pub wasm: Asset,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub css: Option<Asset>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub locales: BTreeMap<String, Asset>,
}

/// The locale files the page names in its `pinpoint-locales` JSON.
fn locales_of(index_html: &str) -> BTreeMap<String, Asset> {
    let Some(at) = index_html.find("id=\"pinpoint-locales\"") else {
        return BTreeMap::new();
    };
    let rest = &index_html[at..];
    let Some(open) = rest.find('>') else {
        return BTreeMap::new();
    };
    let Some(close) = rest.find("</script>") else {
        return BTreeMap::new();
    };
    rest.get(open + 1..close)
        .and_then(|json| serde_json::from_str(json).ok())
        .unwrap_or_default()
}

/// What `/embed/` serves, made once at start from trunk's `index.html`.
#[derive(Debug)]
pub struct Embed {
    loader: String,
    loader_etag: String,
    declarations_etag: String,
    manifest: String,
    manifest_name: String,
    /// The app's page, for the framed mode.
    page: String,
    /// The policy of every page but the frame's, whose `frame-ancestors`
    /// is its parent alone.
    script_hashes: Vec<String>,
}

fn etag(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!("\"{}\"", hex::encode(digest.get(..12).unwrap_or_default()))
}

/// The value of attribute `name` in one tag's text (`<link … >`).
fn attribute(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    while let Some(at) = rest.find(name) {
        let before = rest[..at].chars().last();
        let after = &rest[at + name.len()..];
        rest = after;
        if !before.is_some_and(char::is_whitespace) {
            continue;
        }
        let Some(value) = after.trim_start().strip_prefix('=') else {
            continue;
        };
        let value = value.trim_start();
        let quote = value.chars().next()?;
        if quote == '"' || quote == '\'' {
            let end = value[1..].find(quote)?;
            return Some(value[1..=end].to_owned());
        }
        let end = value
            .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
            .unwrap_or(value.len());
        return Some(value[..end].to_owned());
    }
    None
}

/// The hashed assets trunk links from `index.html`: the modulepreload of
/// the JS glue, the preload of the wasm, the stylesheet.
pub fn manifest_of(index_html: &str) -> Option<Manifest> {
    let mut js = None;
    let mut wasm = None;
    let mut css = None;
    let mut rest = index_html;
    while let Some(open) = rest.find("<link") {
        let tag_end = rest[open..].find('>').map(|e| open + e)?;
        let tag = &rest[open..=tag_end];
        rest = &rest[tag_end..];
        let (Some(rel), Some(href)) = (attribute(tag, "rel"), attribute(tag, "href")) else {
            continue;
        };
        let asset = Asset {
            href,
            integrity: attribute(tag, "integrity"),
        };
        match rel.as_str() {
            "modulepreload" if asset.href.ends_with(".js") => js = Some(asset),
            "preload" if asset.href.ends_with(".wasm") => wasm = Some(asset),
            "stylesheet" if asset.href.ends_with(".css") => css = Some(asset),
            _ => {}
        }
    }
    Some(Manifest {
        js: js?,
        wasm: wasm?,
        css,
        locales: locales_of(index_html),
    })
}

impl Embed {
    /// Reads trunk's `index.html` in `dist`; `None` (and a warning) when
    /// the app is not built there.
    pub fn from_dist(dist: &Path) -> Option<Embed> {
        let index = dist.join("index.html");
        let page = std::fs::read_to_string(&index).ok()?;
        let Some(manifest) = manifest_of(&page) else {
            tracing::warn!(page = %index.display(), "the app's index.html names no module or wasm; /embed/ is not served");
            return None;
        };
        let manifest = serde_json::to_string(&manifest).ok()?;
        let digest = Sha256::digest(manifest.as_bytes());
        let manifest_name = format!(
            "manifest-{}.json",
            hex::encode(digest.get(..8).unwrap_or_default())
        );
        // The loader names the files itself: no load waits on the manifest
        // (which stays for tools).
        let loader = LOADER
            .replace(FILES_MARK, &manifest)
            .replace(MANIFEST_MARK, &manifest_name);
        Some(Embed {
            loader_etag: etag(&loader),
            loader,
            declarations_etag: etag(DECLARATIONS),
            manifest,
            manifest_name,
            script_hashes: web::inline_script_hashes(&[&index]),
            page,
        })
    }

    /// The manifest's file name (`manifest-<hash>.json`).
    pub fn manifest_name(&self) -> &str {
        &self.manifest_name
    }
}

/// The `/embed` routes over `embed`; `origins` may frame the app.
pub fn router<S>(embed: Arc<Embed>, origins: Arc<Vec<Origin>>) -> Router<S>
where
    S: Clone + Send + Sync + 'static,
{
    let shared = (embed, origins);
    Router::new()
        .route("/embed/widget.js", get(loader_get))
        .route("/embed/widget.d.ts", get(declarations_get))
        .route("/embed/{file}", get(manifest_get))
        .route("/embed/frame", get(frame_get))
        .with_state(shared)
}

type Shared = (Arc<Embed>, Arc<Vec<Origin>>);

/// A revalidated text answer: 304 when the client has this version.
fn revalidated(headers: &HeaderMap, body: &str, tag: &str, content_type: &'static str) -> Response {
    let matches = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag || t.trim() == "*"));
    let etag = HeaderValue::from_str(tag).unwrap_or(HeaderValue::from_static("\"\""));
    let cache = HeaderValue::from_static("public, max-age=300, must-revalidate");
    if matches {
        return (
            StatusCode::NOT_MODIFIED,
            [(header::ETAG, etag), (header::CACHE_CONTROL, cache)],
        )
            .into_response();
    }
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::ETAG, etag),
            (header::CACHE_CONTROL, cache),
        ],
        body.to_owned(),
    )
        .into_response()
}

async fn loader_get(State((embed, _)): State<Shared>, headers: HeaderMap) -> Response {
    revalidated(
        &headers,
        &embed.loader,
        &embed.loader_etag,
        "text/javascript; charset=utf-8",
    )
}

async fn declarations_get(State((embed, _)): State<Shared>, headers: HeaderMap) -> Response {
    revalidated(
        &headers,
        DECLARATIONS,
        &embed.declarations_etag,
        "application/typescript; charset=utf-8",
    )
}

async fn manifest_get(
    State((embed, _)): State<Shared>,
    axum::extract::Path(file): axum::extract::Path<String>,
) -> Response {
    if file != embed.manifest_name {
        return not_found();
    }
    (
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        embed.manifest.clone(),
    )
        .into_response()
}

fn not_found() -> Response {
    (
        StatusCode::NOT_FOUND,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "Not found\n",
    )
        .into_response()
}

#[derive(Debug, Deserialize)]
struct FrameQuery {
    parent: Option<String>,
}

async fn frame_get(
    State((embed, origins)): State<Shared>,
    Query(query): Query<FrameQuery>,
) -> Response {
    let Some(parent) = query
        .parent
        .filter(|parent| origins.iter().any(|allowed| allowed.as_str() == parent))
    else {
        return (
            StatusCode::BAD_REQUEST,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "/embed/frame needs ?parent=<origin>, one of the server's allowed origins \
             (--allowed-origin).\n",
        )
            .into_response();
    };
    let policy = web::content_security_policy(&embed.script_hashes, &[parent]);
    let Ok(policy) = HeaderValue::from_str(&policy) else {
        return not_found();
    };
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            ),
            (header::CONTENT_SECURITY_POLICY, policy),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
        embed.page.clone(),
    )
        .into_response()
}

/// `Cross-Origin-Resource-Policy: cross-origin` on what a host page of
/// another origin loads: `/embed/…` and the hashed assets.
pub async fn cross_origin_resources(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let shared = path.starts_with("/embed/") || web::is_hashed_asset(path);
    let mut response = next.run(request).await;
    if shared {
        response.headers_mut().insert(
            header::HeaderName::from_static("cross-origin-resource-policy"),
            HeaderValue::from_static("cross-origin"),
        );
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK_PAGE: &str = r#"<!DOCTYPE html><html><head>
<link rel="stylesheet" href="/main-0123456789abcdef.css" integrity="sha384-css" crossorigin="anonymous"/>
<link rel="modulepreload" href="/transition-app-0123456789abcdef.js" crossorigin=anonymous integrity="sha384-js">
<link rel="preload" href="/transition-app-0123456789abcdef_bg.wasm" crossorigin=anonymous integrity="sha384-wasm" as="fetch" type="application/wasm">
<script type="application/json" id="pinpoint-locales">{"de":{"href":"/locales/de-0123456789abcdef.ftl","integrity":"sha384-de"}}</script></head></html>"#;

    #[test]
    fn the_manifest_names_trunks_assets() {
        let manifest = manifest_of(TRUNK_PAGE);
        assert_eq!(
            manifest,
            Some(Manifest {
                js: Asset {
                    href: "/transition-app-0123456789abcdef.js".into(),
                    integrity: Some("sha384-js".into()),
                },
                wasm: Asset {
                    href: "/transition-app-0123456789abcdef_bg.wasm".into(),
                    integrity: Some("sha384-wasm".into()),
                },
                css: Some(Asset {
                    href: "/main-0123456789abcdef.css".into(),
                    integrity: Some("sha384-css".into()),
                }),
                locales: BTreeMap::from([(
                    "de".to_owned(),
                    Asset {
                        href: "/locales/de-0123456789abcdef.ftl".into(),
                        integrity: Some("sha384-de".into()),
                    }
                )]),
            })
        );
    }

    #[test]
    fn a_page_without_the_app_has_no_manifest() {
        assert_eq!(
            manifest_of("<html><link rel=stylesheet href=a.css></html>"),
            None
        );
        assert_eq!(manifest_of("<link rel="), None);
    }

    #[test]
    fn attributes_are_read_whole() {
        let tag = r#"<link data-rel="x" rel=preload href='/a b.wasm'>"#;
        assert_eq!(attribute(tag, "rel").as_deref(), Some("preload"));
        assert_eq!(attribute(tag, "href").as_deref(), Some("/a b.wasm"));
        assert_eq!(attribute(tag, "integrity"), None);
    }
}
