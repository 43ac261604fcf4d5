//! The build's precompressed variants (`scripts/precompress.sh`: NAME.br,
//! NAME.gz) are what the server sends, byte for byte, to a browser that
//! accepts them; files without a variant, and the API, are still
//! compressed on the fly.
//!
//! The variants written here are bytes no compressor would produce from
//! their file, so an answer equal to them was read from disk, not encoded
//! again.

use axum::http::{header, Method, StatusCode};
use transition_server::app::Assets;
use transition_tests::*;

const INDEX: &str = r#"<!DOCTYPE html><html><head><script type="module">import init from '/app-0123456789abcdef.js'; init();</script></head><body></body></html>"#;
const SCRIPT: &str = "export default function init() { return 'the app'; }\n";
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// Bytes that stand for a variant: not a valid stream of its encoding, and
/// different per file and encoding.
fn chosen(name: &str, encoding: &str) -> Vec<u8> {
    let mut bytes = format!("{encoding} variant of {name}, as the build wrote it: ").into_bytes();
    bytes.extend([0x00, 0xff, 0x7f, 0x80, 0x1b]);
    bytes
}

fn varies_on_accept_encoding(answer: &Answer) -> bool {
    answer
        .headers
        .get_all(header::VARY)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .any(|name| name.trim().eq_ignore_ascii_case("accept-encoding"))
}

struct Dist {
    dir: tempfile::TempDir,
}

impl Dist {
    /// index.html and a hashed script, each with a .br and a .gz of chosen
    /// bytes; a stylesheet and a text file with none.
    fn new() -> std::io::Result<Dist> {
        let dir = tempfile::tempdir()?;
        let write = |name: &str, bytes: &[u8]| std::fs::write(dir.path().join(name), bytes);
        write("index.html", INDEX.as_bytes())?;
        write("app-0123456789abcdef.js", SCRIPT.repeat(50).as_bytes())?;
        for name in ["index.html", "app-0123456789abcdef.js"] {
            write(&format!("{name}.br"), &chosen(name, "br"))?;
            write(&format!("{name}.gz"), &chosen(name, "gzip"))?;
        }
        write(
            "main-0123456789abcdef.css",
            ".pt-root { color: black; }\n".repeat(200).as_bytes(),
        )?;
        let dist = Dist { dir };
        dist.record(&["index.html", "app-0123456789abcdef.js"])?;
        Ok(dist)
    }

    /// Writes the manifest of `scripts/precompress.sh` as it does, with
    /// `sha256sum`: the digests of the files that have variants.
    fn record(&self, names: &[&str]) -> std::io::Result<()> {
        let output = std::process::Command::new("sha256sum")
            .args(names)
            .current_dir(self.dir.path())
            .output()?;
        assert!(output.status.success(), "sha256sum: {output:?}");
        std::fs::write(self.dir.path().join("precompressed.sha256"), output.stdout)
    }

    fn raw(&self, name: &str) -> Vec<u8> {
        std::fs::read(self.dir.path().join(name)).unwrap_or_default()
    }

    async fn app(&self) -> Result<TestApp, Box<dyn std::error::Error + Send + Sync>> {
        let assets = Assets {
            dist: Some(self.dir.path().to_path_buf()),
            host: None,
        };
        TestApp::with_assets(settings(true), assets).await
    }
}

async fn get(app: &TestApp, path: &str, accept_encoding: Option<&str>) -> Answer {
    let headers: Vec<(&str, &str)> = accept_encoding
        .map(|value| ("accept-encoding", value))
        .into_iter()
        .collect();
    app.call_with(Method::GET, path, None, None, &headers).await
}

#[tokio::test]
async fn a_hashed_asset_is_sent_as_its_precompressed_bytes() -> TestResult {
    let dist = Dist::new()?;
    let app = dist.app().await?;
    let path = "/app-0123456789abcdef.js";
    let raw = dist.raw("app-0123456789abcdef.js");

    for (accepted, encoding, file) in [
        ("br", "br", "app-0123456789abcdef.js.br"),
        ("gzip", "gzip", "app-0123456789abcdef.js.gz"),
        (
            "gzip, deflate, br, zstd",
            "br",
            "app-0123456789abcdef.js.br",
        ),
        ("br;q=0.5, gzip", "gzip", "app-0123456789abcdef.js.gz"),
    ] {
        let answer = get(&app, path, Some(accepted)).await;
        assert_eq!(answer.status, StatusCode::OK, "{accepted}");
        assert_eq!(answer.header("content-encoding"), encoding, "{accepted}");
        assert!(
            answer.body == dist.raw(file),
            "Accept-Encoding: {accepted}: the body is not the bytes of {file}"
        );
        assert_eq!(
            answer.header("content-length"),
            dist.raw(file).len().to_string()
        );
        assert!(
            answer.header("content-type").contains("javascript"),
            "{accepted}: the type is the script's, not the variant's: {:?}",
            answer.headers
        );
        assert_eq!(answer.header("cache-control"), IMMUTABLE, "{accepted}");
        assert!(varies_on_accept_encoding(&answer), "{:?}", answer.headers);
    }

    for accepted in [Some("identity"), None] {
        let answer = get(&app, path, accepted).await;
        assert_eq!(answer.status, StatusCode::OK);
        assert!(!answer.headers.contains_key(header::CONTENT_ENCODING));
        assert!(answer.body == raw, "{accepted:?}: the file as it is");
        assert_eq!(answer.header("cache-control"), IMMUTABLE);
        assert!(varies_on_accept_encoding(&answer), "{:?}", answer.headers);
    }

    // HEAD names the length of what GET would send.
    let head = app
        .call_with(Method::HEAD, path, None, None, &[("accept-encoding", "br")])
        .await;
    assert_eq!(head.header("content-encoding"), "br");
    assert_eq!(
        head.header("content-length"),
        dist.raw("app-0123456789abcdef.js.br").len().to_string()
    );
    assert!(head.body.is_empty());
    Ok(())
}

#[tokio::test]
async fn the_page_is_sent_precompressed_at_every_route_with_its_policy() -> TestResult {
    let dist = Dist::new()?;
    let app = dist.app().await?;
    for path in [
        "/",
        "/index.html",
        "/account/business-profile/import?step=3",
    ] {
        for (accepted, file) in [("br", "index.html.br"), ("gzip", "index.html.gz")] {
            let answer = get(&app, path, Some(accepted)).await;
            assert_eq!(answer.status, StatusCode::OK, "{path}");
            assert_eq!(answer.header("content-encoding"), accepted, "{path}");
            assert!(
                answer.body == dist.raw(file),
                "{path} {accepted}: not {file}"
            );
            assert_eq!(answer.header("cache-control"), "no-cache", "{path}");
            assert!(answer.header("content-type").starts_with("text/html"));
            assert!(varies_on_accept_encoding(&answer), "{:?}", answer.headers);
            // The policy hashes the inline script of index.html itself.
            let csp = answer.header("content-security-policy");
            assert!(
                csp.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-"),
                "{csp}"
            );
        }
        let plain = get(&app, path, Some("identity")).await;
        assert_eq!(plain.text(), INDEX, "{path}");
    }
    Ok(())
}

#[tokio::test]
async fn what_has_no_variant_and_the_api_are_compressed_on_the_fly() -> TestResult {
    let dist = Dist::new()?;
    let app = dist.app().await?;

    let raw = dist.raw("main-0123456789abcdef.css");
    let css = get(&app, "/main-0123456789abcdef.css", Some("br")).await;
    assert_eq!(css.status, StatusCode::OK);
    assert_eq!(css.header("content-encoding"), "br");
    assert!(
        !css.body.is_empty() && css.body.len() < raw.len() / 4,
        "{} bytes encoded from {}",
        css.body.len(),
        raw.len()
    );
    assert_eq!(css.header("cache-control"), IMMUTABLE);
    assert!(varies_on_accept_encoding(&css), "{:?}", css.headers);
    let plain = get(&app, "/main-0123456789abcdef.css", Some("identity")).await;
    assert!(plain.body == raw);

    for encoding in ["br", "gzip"] {
        let api = get(&app, "/api/v1/openapi.json", Some(encoding)).await;
        assert_eq!(api.status, StatusCode::OK);
        assert_eq!(api.header("content-encoding"), encoding);
        assert!(varies_on_accept_encoding(&api), "{:?}", api.headers);
    }
    let api = get(&app, "/api/v1/openapi.json", Some("identity")).await;
    assert!(api.json()["openapi"].is_string());
    Ok(())
}

#[tokio::test]
async fn the_precompressed_bytes_cross_a_real_socket_unchanged() -> TestResult {
    let dist = Dist::new()?;
    let app = dist.app().await?.over_socket().await?;
    let answer = get(&app, "/app-0123456789abcdef.js", Some("br")).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.header("content-encoding"), "br");
    assert!(answer.body == dist.raw("app-0123456789abcdef.js.br"));
    Ok(())
}

/// A variant that is not of the file beside it (a new index.html copied
/// over an old build) is never sent: then nothing precompressed is, and
/// everything is compressed on the fly.
#[tokio::test]
async fn variants_of_changed_files_or_without_their_manifest_are_not_sent() -> TestResult {
    let dist = Dist::new()?;
    let page = "<!DOCTYPE html><html><body>the new build</body></html>";
    std::fs::write(dist.dir.path().join("index.html"), page)?;
    let without = Dist::new()?;
    std::fs::remove_file(without.dir.path().join("precompressed.sha256"))?;

    for dist in [&dist, &without] {
        let app = dist.app().await?;
        for (path, variant) in [
            ("/", "index.html.br"),
            ("/app-0123456789abcdef.js", "app-0123456789abcdef.js.br"),
        ] {
            let answer = get(&app, path, Some("br")).await;
            assert_eq!(answer.status, StatusCode::OK, "{path}");
            assert_eq!(answer.header("content-encoding"), "br", "{path}");
            assert!(
                answer.body != dist.raw(variant),
                "{path}: the stale {variant}"
            );
            assert!(varies_on_accept_encoding(&answer), "{:?}", answer.headers);
        }
        let plain = get(&app, "/", Some("identity")).await;
        assert!(plain.body == dist.raw("index.html"));
    }
    let plain = get(&dist.app().await?, "/", None).await;
    assert_eq!(plain.text(), page);
    Ok(())
}

/// The real build, when there is one: its wasm, script and stylesheet are
/// served as the .br and .gz that `scripts/precompress.sh` wrote, which its
/// manifest vouches for.
#[tokio::test]
async fn the_built_app_is_served_as_its_precompressed_files() -> TestResult {
    let dist = root().join("dist");
    if !dist.join("index.html").is_file() {
        eprintln!("no dist/index.html: the app is not built, nothing to check");
        return Ok(());
    }
    if let Err(reason) = transition_server::web::precompressed_variants_are_current(&dist) {
        panic!("dist/ is not precompressed ({reason}): run scripts/precompress.sh dist after trunk build");
    }
    let mut assets: Vec<String> = std::fs::read_dir(&dist)?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| {
            [".wasm", ".js", ".css"]
                .iter()
                .any(|ext| name.ends_with(ext))
        })
        .collect();
    assets.sort();
    assert!(
        assets.iter().any(|name| name.ends_with("_bg.wasm")),
        "no wasm in dist/: {assets:?}"
    );
    let app = TestApp::with_assets(
        settings(true),
        Assets {
            dist: Some(dist.clone()),
            host: None,
        },
    )
    .await?;
    for name in &assets {
        for (encoding, extension) in [("br", "br"), ("gzip", "gz")] {
            let variant = dist.join(format!("{name}.{extension}"));
            let Ok(expected) = std::fs::read(&variant) else {
                panic!(
                    "dist/{name}.{extension} is missing: the build precompresses its files \
                     (scripts/precompress.sh dist, after trunk build)"
                );
            };
            let answer = get(&app, &format!("/{name}"), Some(encoding)).await;
            assert_eq!(answer.status, StatusCode::OK, "{name}");
            assert_eq!(answer.header("content-encoding"), encoding, "{name}");
            assert!(
                answer.body == expected,
                "{name} with {encoding}: {} bytes sent, not the {} of dist/{name}.{extension}",
                answer.body.len(),
                expected.len()
            );
            assert_eq!(answer.header("cache-control"), IMMUTABLE, "{name}");
        }
    }
    Ok(())
}
