//! `transition-bench-browser`: the browser's figures
//! (`scripts/bench-browser.sh`), in headless Chromium through ChromeDriver.
//!
//! - `wasm`: the planner compiled to wasm32 (bench/wasm-planner, built as
//!   the app is), timed by a page with `performance.now()`: `parse_export`
//!   at 10, 100 and 1,000 app/service profiles (10,000 is over the
//!   export's bounds, so it is refused), `deserialize` and `plan_import`
//!   at 10 to 10,000, as tests/benches/planner.rs times them natively.
//!   Each figure is the median of `--samples` batches, a batch calibrated
//!   to last about 10 ms, at least 5 ms (Chromium coarsens `performance.now()`).
//! - `render`: first render, cold. The partner's real first screen: the
//!   portal's page (another origin) embedding the widget from
//!   `/embed/widget.js` of the real server (`transition-server serve`,
//!   no `--demo`, Contoso ingested, RS256 portal tokens minted by the
//!   portal's `/token`), against the empty Leptos CSR page served by the
//!   same kind of server (tower-http's `ServeDir`, brotli variants).
//!   Interactive: the page's own `MutationObserver`, installed by its
//!   first script, notes `performance.now()` (from navigation start) when
//!   the first screen's primary control, "Import from Pinpoint"
//!   (`a#pt-import-start`, the wizard's entry) is in the document and not
//!   disabled; for the empty page, its `<p>`. Every run is a new Chromium
//!   with a new profile, so its HTTP cache and wasm code cache are empty.
//!
//! It builds nothing: it takes the paths of what scripts/bench-browser.sh
//! built. Benchmarks print figures; they never fail on a slow machine.
//! The exit status is 1 only when a run could not be made.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{ExitCode, Stdio};
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Path as UrlPath, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use clap::{Parser, ValueEnum};
use fantoccini::{Client, ClientBuilder};
use serde_json::{json, Value};
use tokio::process::{Child, Command};
use tower_http::services::ServeDir;
use transition_tests::generate::{export, partner_id, Size};
use transition_tests::{
    criterion_median_us, listening_on, portal_claims, portal_csp, rs256_token, CONTOSO, TEST_ISSUER,
};

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The export sizes (app and service profiles; ten referrals each).
const SIZES: [usize; 4] = [10, 100, 1_000, 10_000];
/// The sizes within the export's bounds, which `parse_export` accepts.
const PARSED: [usize; 3] = [10, 100, 1_000];

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum What {
    /// The planner in wasm.
    Wasm,
    /// First render of the widget against the empty Leptos page.
    Render,
}

#[derive(Debug, Parser)]
#[command(
    name = "transition-bench-browser",
    about = "The browser's benchmarks: the planner in wasm, first render"
)]
struct Args {
    /// What to measure (both when none is named).
    #[arg(value_enum)]
    what: Vec<What>,
    /// Cold loads of each page for `render` (at least 10).
    #[arg(long, default_value_t = 10)]
    runs: usize,
    /// Timed batches per figure for `wasm` (at least 15).
    #[arg(long, default_value_t = 15)]
    samples: usize,
    /// Also writes the figures to this file, as JSON.
    #[arg(long)]
    json: Option<PathBuf>,
    /// The app's release build (scripts/build-app.sh).
    #[arg(long, default_value = "dist")]
    dist: PathBuf,
    /// The wasm-bindgen output of bench/wasm-planner (wasm-planner.js,
    /// wasm-planner_bg.wasm), as scripts/bench-browser.sh builds it.
    #[arg(long)]
    wasm_planner: Option<PathBuf>,
    /// The wasm-bindgen output of bench/empty-leptos (empty-leptos.js,
    /// empty-leptos_bg.wasm), as scripts/bench-browser.sh and
    /// scripts/bundle-size.sh build it.
    #[arg(long)]
    empty_leptos: Option<PathBuf>,
    /// The release server binary (`cargo build --release -p transition-server`).
    #[arg(long)]
    server_bin: Option<PathBuf>,
    /// What built the wasm (toolchain, profile), for the report.
    #[arg(long, default_value = "not given")]
    toolchain: String,
    /// Criterion's results of tests/benches/planner.rs (`scripts/bench.sh
    /// planner`), printed beside the wasm figures when there.
    #[arg(long)]
    criterion: Option<PathBuf>,
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    match run(args).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("transition-bench-browser: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run(mut args: Args) -> Result<(), BoxError> {
    if args.what.is_empty() {
        args.what = vec![What::Wasm, What::Render];
    }
    if args.runs < 10 {
        return Err("--runs must be at least 10".into());
    }
    if args.samples < 15 {
        return Err("--samples must be at least 15".into());
    }
    let mut report = serde_json::Map::new();
    // Checked before anything starts, so that a missing build fails at once.
    let wasm = if args.what.contains(&What::Wasm) {
        Some(built_dir(
            args.wasm_planner.as_deref(),
            "--wasm-planner",
            "wasm-planner",
        )?)
    } else {
        None
    };
    let render = if args.what.contains(&What::Render) {
        let empty = built_dir(
            args.empty_leptos.as_deref(),
            "--empty-leptos",
            "empty-leptos",
        )?;
        let server = args.server_bin.clone().ok_or(
            "--server-bin is missing: the release server (cargo build --release -p transition-server; scripts/bench-browser.sh builds it)",
        )?;
        if !server.is_file() {
            return Err(format!(
                "--server-bin {}: no such file (cargo build --release -p transition-server; scripts/bench-browser.sh builds it)",
                server.display()
            )
            .into());
        }
        if !args.dist.join("index.html").is_file() {
            return Err(format!(
                "--dist {}: no built app (scripts/build-app.sh builds it)",
                args.dist.display()
            )
            .into());
        }
        Some((empty, server))
    } else {
        None
    };
    let driver = Driver::start().await?;
    if let Some(dir) = wasm {
        let figures = bench_wasm(&driver, &dir, &args).await?;
        report.insert("wasm".into(), figures);
    }
    if let Some((empty, server)) = render {
        let figures = bench_render(&driver, &empty, &server, &args).await?;
        report.insert("first_render".into(), figures);
    }
    if let Some(path) = &args.json {
        std::fs::write(path, serde_json::to_string_pretty(&Value::Object(report))?)?;
        println!("\nJSON: {}", path.display());
    }
    Ok(())
}

/// A wasm-bindgen output directory holding `<name>.js` and `<name>_bg.wasm`.
fn built_dir(dir: Option<&Path>, flag: &str, name: &str) -> Result<PathBuf, BoxError> {
    let how = format!("scripts/bench-browser.sh builds it (bench/{name}, bench_wasm_build of scripts/wasm-toolchain.sh)");
    let dir = dir.ok_or_else(|| format!("{flag} is missing: {how}"))?;
    for file in [format!("{name}.js"), format!("{name}_bg.wasm")] {
        if !dir.join(&file).is_file() {
            return Err(format!("{flag} {}: no {file}; {how}", dir.display()).into());
        }
    }
    Ok(dir.to_path_buf())
}

// ---- The browser ----

/// A ChromeDriver process; each session is a new Chromium.
struct Driver {
    url: String,
    _child: Child,
}

impl Driver {
    async fn start() -> Result<Driver, BoxError> {
        let (child, url) = transition_tests::start_chromedriver().await?;
        Ok(Driver { url, _child: child })
    }

    /// A new headless Chromium (the flags of tests/e2e/browser.rs) over
    /// the fresh profile `profile`: nothing cached.
    async fn session(&self, profile: &Path) -> Result<Client, BoxError> {
        let mut capabilities = serde_json::Map::new();
        capabilities.insert(
            "goog:chromeOptions".to_owned(),
            json!({
                "binary": "/usr/bin/chromium",
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                    format!("--user-data-dir={}", profile.display()),
                    "--window-size=1280,900",
                    "--lang=en-US",
                ],
                "prefs": {"intl.accept_languages": "en-US"},
            }),
        );
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        Ok(ClientBuilder::new(connector)
            .capabilities(capabilities)
            .connect(&self.url)
            .await?)
    }
}

/// Evaluates `script` (a function body returning a value) until it
/// returns something other than null, for `limit` at most.
async fn poll(
    client: &Client,
    script: &str,
    limit: Duration,
    what: &str,
) -> Result<Value, BoxError> {
    let deadline = tokio::time::Instant::now() + limit;
    loop {
        let value = client.execute(script, vec![]).await?;
        if !value.is_null() {
            return Ok(value);
        }
        if tokio::time::Instant::now() > deadline {
            return Err(format!("{what}: nothing after {} s", limit.as_secs()).into());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

// ---- The pages and their server ----

/// Notes, in `window.__bench.interactive`, `performance.now()` when the
/// element of the `target` selector (this script's `?target=`) is in the
/// document and not disabled. A classic script, first in the page's head,
/// so that it watches before anything renders.
const OBSERVE_JS: &str = r#"(() => {
  const target = new URL(document.currentScript.src).searchParams.get("target");
  const bench = (window.__bench = { interactive: null, marks: {} });
  const usable = (el) =>
    el !== null && el.isConnected && !el.disabled && el.getAttribute("aria-disabled") !== "true";
  const check = () => {
    if (bench.interactive === null && usable(document.querySelector(target))) {
      bench.interactive = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, {
    childList: true, subtree: true, attributes: true, attributeFilter: ["disabled", "aria-disabled"],
  });
  check();
})();
"#;

/// The portal's page, as in tests/tests/e2e_portal.rs: a header of its
/// own and the element the widget mounts on.
const PORTAL_PAGE: &str = r#"<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8"><title>Portal</title>
    <script src="/observe.js?target=%23pt-import-start"></script>
  </head>
  <body>
    <header><strong>Northwind partner portal</strong></header>
    <main>
      <h1>Business profile</h1>
      <div id="widget"></div>
    </main>
    <script type="module" src="/portal.js"></script>
  </body>
</html>"#;

/// Script mode, as a portal embeds the widget (docs/embedding.md): the
/// loader from the server, `getToken` asking the portal's `/token`,
/// memory routing, no chrome. The marks time the steps.
fn portal_js(server: &str) -> String {
    format!(
        r#"const mark = (name) => {{ window.__bench.marks[name] ??= performance.now(); }};
mark("portal script");
async function getToken() {{
  mark("getToken called");
  const token = await (await fetch("/token?partner={CONTOSO}")).text();
  mark("getToken answered");
  return token;
}}
const {{ mountPinpointTransition }} = await import("{server}/embed/widget.js");
mark("loader imported");
const element = document.getElementById("widget");
element.addEventListener("pinpoint-transition:ready", () => mark("ready event"));
window.__widget = await mountPinpointTransition(element, {{
  getToken, locale: "en", routing: "memory", chrome: false,
}});
mark("mount returned (wasm instantiated, first view)");
"#
    )
}

/// The empty Leptos page, as trunk writes an index (the glue preloaded,
/// the wasm fetched by the glue's init).
const EMPTY_PAGE: &str = r#"<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8"><title>Empty Leptos</title>
    <script src="/observe.js?target=p"></script>
    <link rel="modulepreload" href="/empty/empty-leptos.js" crossorigin="anonymous">
    <link rel="preload" href="/empty/empty-leptos_bg.wasm" crossorigin="anonymous" as="fetch" type="application/wasm">
    <script type="module" src="/empty-start.js"></script>
  </head>
  <body></body>
</html>"#;

const EMPTY_START_JS: &str = r#"import init from "/empty/empty-leptos.js";
window.__bench.marks["module script"] = performance.now();
await init({ module_or_path: "/empty/empty-leptos_bg.wasm" });
window.__bench.marks["init returned"] = performance.now();
"#;

const WASM_PAGE: &str = r#"<!DOCTYPE html>
<html lang="en">
  <head><meta charset="utf-8"><title>Planner in wasm</title></head>
  <body><p id="status">running</p><script type="module" src="/wasm.js"></script></body>
</html>"#;

/// Times the planner's functions: for each, after two warm-up calls,
/// batches of calls calibrated to last about 10 ms (at least 5 ms), then
/// `samples` batches; the median per call, µs.
const WASM_JS: &str = r#"import init, * as planner from "/planner/wasm-planner.js";
const params = new URLSearchParams(location.search);
const samples = Number(params.get("samples"));
const sizes = params.get("sizes").split(",").map(Number);
const parsed = params.get("parsed").split(",").map(Number);
const pause = () => new Promise((resolve) => setTimeout(resolve, 0));
async function time(name, n, call) {
  if (call() !== true) throw new Error(`${name} at ${n} did not succeed`);
  call();
  call();
  // Doubled until a batch lasts 5 ms, then sized for about 10 ms, so
  // that a sample stays above 5 ms when the calibration ran slow.
  let batch = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) call();
    const elapsed = performance.now() - start;
    if (elapsed >= 5) {
      batch = Math.max(batch, Math.ceil((batch * 10) / elapsed));
      break;
    }
    batch *= 2;
    await pause();
  }
  const per_call = [];
  for (let s = 0; s < samples; s++) {
    await pause();
    let ok = true;
    const start = performance.now();
    for (let i = 0; i < batch; i++) ok = call() && ok;
    const elapsed = performance.now() - start;
    if (!ok) throw new Error(`${name} at ${n} failed in a batch`);
    per_call.push((elapsed * 1000) / batch);
  }
  const sorted = [...per_call].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median_us: median, batch, samples_us: per_call };
}
try {
  await init({ module_or_path: "/planner/wasm-planner_bg.wasm" });
  const results = { parse_export: {}, deserialize: {}, plan_import: {}, bytes: {} };
  for (const n of sizes) {
    const text = await (await fetch(`/export/${n}.json`)).text();
    results.bytes[n] = text.length;
    planner.load(text);
    if (parsed.includes(n)) results.parse_export[n] = await time("parse_export", n, planner.parse_once);
    results.deserialize[n] = await time("deserialize", n, planner.deserialize_once);
    results.plan_import[n] = await time("plan_import", n, planner.plan_once);
    document.getElementById("status").textContent = `done ${n}`;
  }
  window.__wasm = { results, userAgent: navigator.userAgent };
} catch (error) {
  window.__wasm = { error: String(error) };
}
"#;

#[derive(Clone)]
struct Site {
    /// The transition server, for the portal's script.
    server: Option<String>,
    /// The generated exports by size, for the wasm page.
    exports: Arc<BTreeMap<usize, String>>,
}

fn javascript(body: String) -> Response {
    ([(header::CONTENT_TYPE, "text/javascript")], body).into_response()
}

async fn portal_page(State(site): State<Site>) -> Response {
    let csp = portal_csp(site.server.as_deref().unwrap_or_default());
    ([(header::CONTENT_SECURITY_POLICY, csp)], Html(PORTAL_PAGE)).into_response()
}

async fn portal_script(State(site): State<Site>) -> Response {
    javascript(portal_js(site.server.as_deref().unwrap_or_default()))
}

/// What the portal's `/token` mints: an RS256 token of the test key,
/// the test issuer, Alex, an account admin of `partner`, ten minutes of
/// life.
async fn token(Query(query): Query<BTreeMap<String, String>>) -> String {
    let partner = query.get("partner").map(String::as_str).unwrap_or_default();
    rs256_token(&portal_claims(partner, &["account_admin"]))
}

async fn export_json(State(site): State<Site>, UrlPath(file): UrlPath<String>) -> Response {
    let text = file
        .strip_suffix(".json")
        .and_then(|n| n.parse::<usize>().ok())
        .and_then(|n| site.exports.get(&n));
    match text {
        Some(text) => ([(header::CONTENT_TYPE, "application/json")], text.clone()).into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// Served as the app's server serves its build: tower-http's `ServeDir`,
/// sending the brotli (or gzip) variant written beside a file.
fn serve_dir(dir: &Path) -> ServeDir {
    ServeDir::new(dir).precompressed_br().precompressed_gzip()
}

/// The bench's own site on a free loopback port: the portal's origin
/// (page, script, `/token`), the empty Leptos page, the wasm page.
async fn start_site(
    listener: tokio::net::TcpListener,
    site: Site,
    empty: Option<&Path>,
    planner: Option<&Path>,
) -> Result<AbortOnDrop, BoxError> {
    let mut router = Router::new()
        .route(
            "/observe.js",
            get(|| async { javascript(OBSERVE_JS.to_owned()) }),
        )
        .route("/portal", get(portal_page))
        .route("/portal.js", get(portal_script))
        .route("/token", get(token))
        .route("/empty-page", get(|| async { Html(EMPTY_PAGE) }))
        .route(
            "/empty-start.js",
            get(|| async { javascript(EMPTY_START_JS.to_owned()) }),
        )
        .route("/wasm", get(|| async { Html(WASM_PAGE) }))
        .route("/wasm.js", get(|| async { javascript(WASM_JS.to_owned()) }))
        .route("/export/{file}", get(export_json));
    if let Some(dir) = empty {
        router = router.nest_service("/empty", serve_dir(dir));
    }
    if let Some(dir) = planner {
        router = router.nest_service("/planner", serve_dir(dir));
    }
    let app = router.with_state(site);
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    Ok(AbortOnDrop(task))
}

/// A server task, stopped when dropped.
struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

// ---- wasm ----

async fn bench_wasm(driver: &Driver, planner: &Path, args: &Args) -> Result<Value, BoxError> {
    println!("== the planner in wasm ({})", args.toolchain);
    let exports: BTreeMap<usize, String> = SIZES
        .iter()
        .map(|&n| (n, export(&partner_id(n), Size::scaled(n)).to_string()))
        .collect();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let origin = format!("http://{}", listener.local_addr()?);
    let site = Site {
        server: None,
        exports: Arc::new(exports),
    };
    let _site = start_site(listener, site, None, Some(planner)).await?;
    let profile = tempfile::tempdir()?;
    let client = driver.session(profile.path()).await?;
    let list = |sizes: &[usize]| {
        sizes
            .iter()
            .map(usize::to_string)
            .collect::<Vec<_>>()
            .join(",")
    };
    let url = format!(
        "{origin}/wasm?samples={}&sizes={}&parsed={}",
        args.samples,
        list(&SIZES),
        list(&PARSED)
    );
    client.goto(&url).await?;
    let outcome = poll(
        &client,
        "return window.__wasm ?? null;",
        Duration::from_secs(900),
        "the wasm page",
    )
    .await;
    let _ = client.close().await;
    let outcome = outcome?;
    if let Some(error) = outcome.get("error") {
        return Err(format!("the wasm page failed: {error}").into());
    }
    let results = &outcome["results"];
    let mut json = serde_json::Map::new();
    println!(
        "  {:<13} {:>7} {:>12} {:>10} {:>12} {:>9}",
        "", "size", "wasm µs", "batch", "native µs", "wasm/nat"
    );
    for group in ["parse_export", "deserialize", "plan_import"] {
        let mut figures = serde_json::Map::new();
        for n in SIZES {
            let figure = &results[group][n.to_string()];
            let Some(us) = figure["median_us"].as_f64() else {
                continue;
            };
            let native = args
                .criterion
                .as_deref()
                .and_then(|dir| criterion_median_us(dir, group, n));
            println!(
                "  {:<13} {:>7} {:>12.1} {:>10} {:>12} {:>9}",
                group,
                n,
                us,
                figure["batch"],
                native
                    .map(|v| format!("{v:.1}"))
                    .unwrap_or_else(|| "-".into()),
                native.map(|v| format!("{:.2}", us / v)).unwrap_or_default()
            );
            figures.insert(n.to_string(), json!(us));
        }
        json.insert(group.into(), Value::Object(figures));
    }
    println!(
        "  (median per call of {} batches, each calibrated to about 10 ms, at least 5 ms; parse_export stops at 1,000: 10,000 profiles are over the export's bounds)",
        args.samples
    );
    let plan = results["plan_import"]["1000"]["median_us"].as_f64();
    let native = args
        .criterion
        .as_deref()
        .and_then(|dir| criterion_median_us(dir, "plan_import", 1_000));
    match (plan, native) {
        (Some(wasm), Some(native)) => println!(
            "  plan_import, 1,000 profiles, in wasm: {:.2} ms, {:.2}× native {:.2} ms (goal ≤ 3×): {}",
            wasm / 1000.0,
            wasm / native,
            native / 1000.0,
            if wasm / native <= 3.0 { "met" } else { "MISSED" }
        ),
        (Some(wasm), None) => println!(
            "  plan_import, 1,000 profiles, in wasm: {:.2} ms (goal ≤ 3× native; no native figure: scripts/bench.sh planner writes it)",
            wasm / 1000.0
        ),
        _ => {}
    }
    json.insert("toolchain".into(), json!(args.toolchain));
    json.insert("samples".into(), json!(args.samples));
    json.insert("user_agent".into(), outcome["userAgent"].clone());
    json.insert("detail".into(), results.clone());
    Ok(Value::Object(json))
}

// ---- First render ----

/// The transition server in production mode: Contoso ingested by
/// `ingest`, RS256 tokens of the test JWKS and issuer, `origin` (the
/// portal) its one allowed origin, the app's release build.
struct Server {
    base: String,
    _child: Child,
    _data: tempfile::TempDir,
}

impl Server {
    async fn start(bin: &Path, dist: &Path, origin: &str) -> Result<Server, BoxError> {
        let data = tempfile::tempdir()?;
        let status = Command::new(bin)
            .arg("ingest")
            .arg("--data-dir")
            .arg(data.path())
            .arg(transition_tests::fixture("contoso.json"))
            .env("RUST_LOG", "error")
            .stdout(Stdio::null())
            .status()
            .await?;
        if !status.success() {
            return Err(format!("{} ingest of Contoso failed: {status}", bin.display()).into());
        }
        let mut child = Command::new(bin)
            .args(["serve", "--addr", "127.0.0.1:0"])
            .arg("--jwks-file")
            .arg(transition_tests::JWKS_FILE)
            .args(["--jwt-issuer", TEST_ISSUER])
            .args(["--allowed-origin", origin])
            .arg("--dist")
            .arg(dist)
            .arg("--data-dir")
            .arg(data.path())
            .env("RUST_LOG", "error")
            .env_remove("TRANSITION_FAILPOINT")
            .env_remove("TRANSITION_JWT_SECRET")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .kill_on_drop(true)
            .spawn()?;
        let base = listening_on(&mut child).await?;
        Ok(Server {
            base,
            _child: child,
            _data: data,
        })
    }
}

/// What one cold load gave: the moment of interactivity, the navigation
/// timing, the page's marks and resources.
const COLLECT: &str = r#"const bench = window.__bench;
const nav = performance.getEntriesByType("navigation")[0];
if (!bench || bench.interactive === null || !nav || nav.domContentLoadedEventEnd === 0) return null;
return {
  interactive: bench.interactive,
  response_end: nav.responseEnd,
  dom_content_loaded: nav.domContentLoadedEventEnd,
  marks: bench.marks,
  resources: performance.getEntriesByType("resource").map((e) => ({
    name: e.name, start: e.startTime, end: e.responseEnd, bytes: e.encodedBodySize,
  })),
};"#;

/// The network and CPU a first render is measured under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Profile {
    /// This machine, over loopback.
    Loopback,
    /// A mid-range phone (Chrome DevTools Protocol): the CPU slowed 4×, a
    /// 150 ms round trip, 1.6 Mbit/s down and 750 kbit/s up.
    Phone,
}

impl Profile {
    fn name(self) -> &'static str {
        match self {
            Profile::Loopback => "loopback",
            Profile::Phone => "phone (CPU 4× slower, 150 ms RTT, 1.6 Mbit/s down)",
        }
    }
}

/// Sends the DevTools command `cmd` to the session's page (chromedriver's
/// `goog/cdp/execute`).
async fn cdp(driver: &Driver, client: &Client, cmd: &str, params: Value) -> Result<(), BoxError> {
    let id = client.session_id().await?.ok_or("no WebDriver session")?;
    let url = format!(
        "{}/session/{id}/goog/cdp/execute",
        driver.url.trim_end_matches('/')
    );
    let answer = reqwest::Client::new()
        .post(url)
        .header("content-type", "application/json")
        .body(json!({"cmd": cmd, "params": params}).to_string())
        .send()
        .await?;
    if answer.status().is_success() {
        Ok(())
    } else {
        Err(format!("{cmd}: {}", answer.text().await?).into())
    }
}

/// A cold load of `url` under `profile` (a new Chromium, a new profile:
/// empty HTTP and code caches), then a repeat visit in the same browser
/// (its HTTP cache and V8's code cache warm): the figures of each.
async fn cold_load(
    driver: &Driver,
    url: &str,
    profile: Profile,
) -> Result<(Value, Value), BoxError> {
    let dir = tempfile::tempdir()?;
    let client = driver.session(dir.path()).await?;
    let outcome = async {
        if profile == Profile::Phone {
            cdp(
                driver,
                &client,
                "Emulation.setCPUThrottlingRate",
                json!({"rate": 4}),
            )
            .await?;
            cdp(driver, &client, "Network.enable", json!({})).await?;
            cdp(
                driver,
                &client,
                "Network.emulateNetworkConditions",
                json!({
                    "offline": false,
                    "latency": 150,
                    "downloadThroughput": 200_000,
                    "uploadThroughput": 93_750,
                }),
            )
            .await?;
        }
        // Let the new browser settle before the clock starts.
        tokio::time::sleep(Duration::from_millis(500)).await;
        client.goto(url).await?;
        let first = poll(&client, COLLECT, Duration::from_secs(60), url).await?;
        // Leave the page, let the caches be written, come back.
        client.goto("about:blank").await?;
        tokio::time::sleep(Duration::from_millis(500)).await;
        client.goto(url).await?;
        let repeat = poll(&client, COLLECT, Duration::from_secs(60), url).await?;
        Ok::<_, BoxError>((first, repeat))
    }
    .await;
    let _ = client.close().await;
    outcome
}

fn median(values: &[f64]) -> Option<f64> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

/// A resource's label: its kind, not its content hash.
fn resource_label(name: &str) -> String {
    let path = name
        .split_once("://")
        .and_then(|(_, rest)| rest.split_once('/'))
        .map(|(_, path)| format!("/{path}"))
        .unwrap_or_else(|| name.to_owned());
    let path = path.split('?').next().unwrap_or_default().to_owned();
    if path.ends_with(".wasm") {
        "wasm".into()
    } else if path.ends_with(".css") {
        "css".into()
    } else if path.starts_with("/embed/manifest") {
        "/embed/manifest-….json".into()
    } else if path.starts_with("/empty/") || path.starts_with("/transition-app") {
        "wasm-bindgen glue (js)".into()
    } else {
        path
    }
}

/// Median start and end of each resource and mark over the runs, in the
/// order of their median start.
fn breakdown(samples: &[Value]) -> Vec<(String, f64, f64)> {
    let mut spans: BTreeMap<String, (Vec<f64>, Vec<f64>)> = BTreeMap::new();
    for sample in samples {
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        for resource in sample["resources"].as_array().into_iter().flatten() {
            let label = resource_label(resource["name"].as_str().unwrap_or_default());
            let count = seen.entry(label.clone()).or_default();
            *count += 1;
            let label = if *count > 1 {
                format!("{label} (#{count})")
            } else {
                label
            };
            let entry = spans.entry(label).or_default();
            entry.0.extend(resource["start"].as_f64());
            entry.1.extend(resource["end"].as_f64());
        }
        for (name, at) in sample["marks"].as_object().into_iter().flatten() {
            let entry = spans.entry(format!("mark: {name}")).or_default();
            entry.0.extend(at.as_f64());
            entry.1.extend(at.as_f64());
        }
    }
    let mut rows: Vec<(String, f64, f64)> = spans
        .into_iter()
        .filter_map(|(label, (starts, ends))| Some((label, median(&starts)?, median(&ends)?)))
        .collect();
    rows.sort_by(|a, b| a.1.total_cmp(&b.1));
    rows
}

/// The widget's first render in phases, each the median over the runs of
/// its length in that run (ms): until the portal's script runs; the
/// loader (widget.js, then the glue and the wasm downloaded at once);
/// the wasm compiled and instantiated and the app mounted; signing in
/// (getToken) and the first API answers; rendering them.
fn app_phases(samples: &[Value]) -> Vec<(&'static str, f64)> {
    let mut phases: BTreeMap<usize, Vec<f64>> = BTreeMap::new();
    for sample in samples {
        let resources = sample["resources"].as_array().cloned().unwrap_or_default();
        let end_of = |pick: &dyn Fn(&str) -> bool| {
            resources
                .iter()
                .filter(|r| pick(r["name"].as_str().unwrap_or_default()))
                .filter_map(|r| r["end"].as_f64())
                .reduce(f64::max)
        };
        let points = [
            Some(0.0),
            sample["marks"]["portal script"].as_f64(),
            end_of(&|name| name.ends_with(".wasm")),
            sample["marks"]["mount returned (wasm instantiated, first view)"].as_f64(),
            end_of(&|name| name.contains("/api/")),
            sample["interactive"].as_f64(),
        ];
        if let Some(points) = points.into_iter().collect::<Option<Vec<f64>>>() {
            // The token and the first reads start with the loader, so they
            // may end before the app is mounted: that phase is then 0, and
            // the next runs from the mount.
            let mut at = 0.0_f64;
            for (i, point) in points.iter().skip(1).enumerate() {
                let end = point.max(at);
                phases.entry(i).or_default().push(end - at);
                at = end;
            }
        }
    }
    let names = [
        "navigation → portal script runs",
        "loader: widget.js → glue, wasm downloaded (in parallel)",
        "wasm compiled + instantiated, app mounted",
        "getToken + API answers after mount (0: they came before)",
        "API answers → control in the DOM",
    ];
    names
        .into_iter()
        .enumerate()
        .filter_map(|(i, name)| Some((name, median(phases.get(&i)?)?)))
        .collect()
}

fn figures_of(samples: &[Value], key: &str) -> Vec<f64> {
    samples.iter().filter_map(|s| s[key].as_f64()).collect()
}

fn print_breakdown(title: &str, samples: &[Value]) {
    let (response_end, dcl, interactive) = (
        median(&figures_of(samples, "response_end")).unwrap_or(f64::NAN),
        median(&figures_of(samples, "dom_content_loaded")).unwrap_or(f64::NAN),
        median(&figures_of(samples, "interactive")).unwrap_or(f64::NAN),
    );
    println!("  {title} (medians, ms from navigation start):");
    println!("    {:<52} {:>8.1}", "page responseEnd", response_end);
    println!("    {:<52} {:>8.1}", "DOMContentLoaded", dcl);
    for (label, start, end) in breakdown(samples) {
        if let Some(mark) = label.strip_prefix("mark: ") {
            println!("    {:<52} {:>8.1}", format!("· {mark}"), start);
        } else {
            println!("    {:<52} {:>8.1} → {:>6.1}", label, start, end);
        }
    }
    println!("    {:<52} {:>8.1}", "INTERACTIVE", interactive);
}

async fn bench_render(
    driver: &Driver,
    empty: &Path,
    server_bin: &Path,
    args: &Args,
) -> Result<Value, BoxError> {
    println!(
        "\n== first render: {} cold loads of each page, alternated (each a new Chromium, new profile)",
        args.runs
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let origin = format!("http://{}", listener.local_addr()?);
    let server = Server::start(server_bin, &args.dist, &origin).await?;
    let site = Site {
        server: Some(server.base.clone()),
        exports: Arc::new(BTreeMap::new()),
    };
    let _site = start_site(listener, site, Some(empty), None).await?;
    let app_url = format!("{origin}/portal");
    let empty_url = format!("{origin}/empty-page");
    // One load of each first, not counted: Chromium's own files come into
    // the page cache (the pages' caches stay empty: new profiles).
    cold_load(driver, &app_url, Profile::Loopback).await?;
    cold_load(driver, &empty_url, Profile::Loopback).await?;
    let mut report = serde_json::Map::new();
    let mut summary = Vec::new();
    for profile in [Profile::Loopback, Profile::Phone] {
        let figures = render_under(driver, profile, &app_url, &empty_url, args).await?;
        summary.push((profile, figures.clone()));
        let key = match profile {
            Profile::Loopback => "loopback",
            Profile::Phone => "phone",
        };
        report.insert(key.to_owned(), figures);
    }
    println!("\n  summary (medians; goals: cold ≤ 1.3× loopback, ≤ 1.5× phone; repeat ≤ 1.1×):");
    println!(
        "    {:<54} {:>9} {:>9} {:>7} {:>9} {:>9} {:>7}",
        "profile", "app cold", "empty", "ratio", "app rep.", "empty", "ratio"
    );
    for (profile, f) in &summary {
        let num = |key: &str| f[key].as_f64().unwrap_or(f64::NAN);
        println!(
            "    {:<54} {:>9.1} {:>9.1} {:>6.2}× {:>9.1} {:>9.1} {:>6.2}×",
            profile.name(),
            num("app_ms"),
            num("empty_ms"),
            num("ratio"),
            num("app_repeat_ms"),
            num("empty_repeat_ms"),
            num("repeat_ratio"),
        );
    }
    let what = "cold load (each run a new headless Chromium with a new profile: empty HTTP and code caches) of the partner's real first screen: \
                the portal's page (another origin) embedding the widget with /embed/widget.js from `transition-server serve` (release, no --demo, \
                Contoso ingested, RS256 portal token from the portal's /token), until 'Import from Pinpoint' (a#pt-import-start) is in the DOM \
                and not disabled, noted by the page's MutationObserver as performance.now() from navigation start; against the empty Leptos CSR \
                page (bench/empty-leptos, same toolchain and profile) served by tower-http ServeDir with brotli variants, until its <p> is in the DOM. \
                Then a repeat visit of the same page in the same browser (about:blank between): its HTTP cache and V8's code cache warm. \
                Under two profiles: loopback, and a mid-range phone (DevTools: CPU 4× slower, 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up)";
    report.insert("what".to_owned(), json!(what));
    report.insert("runs".to_owned(), json!(args.runs));
    report.insert("toolchain".to_owned(), json!(args.toolchain));
    // The loopback figures stay where earlier reports had them.
    if let Some(Value::Object(loopback)) = report.get("loopback").cloned() {
        for (key, value) in loopback {
            report.entry(key).or_insert(value);
        }
    }
    Ok(Value::Object(report))
}

/// `args.runs` cold loads and repeat visits of each page under `profile`,
/// alternated; prints and answers their figures.
async fn render_under(
    driver: &Driver,
    profile: Profile,
    app_url: &str,
    empty_url: &str,
    args: &Args,
) -> Result<Value, BoxError> {
    println!("\n  -- profile: {}", profile.name());
    let mut app = Vec::new();
    let mut blank = Vec::new();
    let mut app_repeat = Vec::new();
    let mut blank_repeat = Vec::new();
    for run in 0..args.runs {
        let (a, a2) = cold_load(driver, app_url, profile).await?;
        let (e, e2) = cold_load(driver, empty_url, profile).await?;
        let ms = |v: &Value| v["interactive"].as_f64().unwrap_or(f64::NAN);
        println!(
            "  run {:>2}: app {:>7.1} ms (repeat {:>7.1}), empty {:>7.1} ms (repeat {:>7.1})",
            run + 1,
            ms(&a),
            ms(&a2),
            ms(&e),
            ms(&e2)
        );
        app.push(a);
        blank.push(e);
        app_repeat.push(a2);
        blank_repeat.push(e2);
    }
    let medians = |samples: &[Value]| median(&figures_of(samples, "interactive"));
    let (Some(app_median), Some(empty_median), Some(app_again), Some(empty_again)) = (
        medians(&app),
        medians(&blank),
        medians(&app_repeat),
        medians(&blank_repeat),
    ) else {
        return Err("no first-render figure".into());
    };
    let ratio = app_median / empty_median;
    let repeat_ratio = app_again / empty_again;
    print_breakdown(
        "the widget in the portal (portal page → /embed/widget.js → glue, wasm, css, locale, getToken, API at once)",
        &app,
    );
    println!("  the widget's first render in phases (median length of each, ms):");
    let phases = app_phases(&app);
    for (name, ms) in &phases {
        println!("    {name:<62} {ms:>7.1}");
    }
    print_breakdown("the empty Leptos page", &blank);
    print_breakdown("the widget, repeat visit", &app_repeat);
    let goal = match profile {
        Profile::Loopback => 1.3,
        Profile::Phone => 1.5,
    };
    println!(
        "  first render ({}): app {app_median:.1} ms, empty Leptos {empty_median:.1} ms (medians of {} cold loads): {ratio:.2}× (goal ≤ {goal}×): {}",
        profile.name(),
        args.runs,
        if ratio <= goal { "met" } else { "MISSED" }
    );
    println!(
        "  repeat visit ({}): app {app_again:.1} ms, empty Leptos {empty_again:.1} ms: {repeat_ratio:.2}× (goal ≤ 1.1×): {}",
        profile.name(),
        if repeat_ratio <= 1.1 { "met" } else { "MISSED" }
    );
    let nav = |samples: &[Value]| {
        json!({
            "response_end_ms": median(&figures_of(samples, "response_end")),
            "dom_content_loaded_ms": median(&figures_of(samples, "dom_content_loaded")),
            "breakdown": breakdown(samples)
                .into_iter()
                .map(|(label, start, end)| json!({"what": label, "start_ms": start, "end_ms": end}))
                .collect::<Vec<_>>(),
        })
    };
    Ok(json!({
        "profile": profile.name(),
        "app_ms": app_median,
        "empty_ms": empty_median,
        "ratio": ratio,
        "app_repeat_ms": app_again,
        "empty_repeat_ms": empty_again,
        "repeat_ratio": repeat_ratio,
        "app_samples": figures_of(&app, "interactive"),
        "empty_samples": figures_of(&blank, "interactive"),
        "app_repeat_samples": figures_of(&app_repeat, "interactive"),
        "empty_repeat_samples": figures_of(&blank_repeat, "interactive"),
        "app_timing": nav(&app),
        "app_phases_ms": phases
            .iter()
            .map(|(name, ms)| json!({"what": name, "ms": ms}))
            .collect::<Vec<_>>(),
        "empty_timing": nav(&blank),
    }))
}
