//! Real-browser end-to-end tests: headless Chromium driven through
//! ChromeDriver (fantoccini), against the server binary in demo mode
//! serving the trunk-built app. Every step saves a screenshot under
//! `target/e2e-screenshots/<scenario>/`.

// Shared by two test binaries (`e2e`, `e2e_portal`), each using a part.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use tokio::process::{Child, Command};
use tokio::sync::{Mutex, MutexGuard};

use transition_tests::{listening_on, root};

pub type E2eResult<T = ()> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

/// One browser at a time: two cores do not run several Chromiums well.
static ONE_AT_A_TIME: Mutex<()> = Mutex::const_new(());

/// A server (fresh data), a ChromeDriver and a browser session; for the
/// portal scenarios also a host page of another origin.
pub struct E2e {
    pub client: Client,
    /// The transition server.
    pub base: String,
    /// The portal's origin (`http://127.0.0.1:<other port>`), when there is one.
    pub host: Option<String>,
    _host: Option<AbortOnDrop>,
    shots: PathBuf,
    step: usize,
    /// The ChromeDriver's URL: [`E2e::another_browser`] opens another
    /// session on it.
    driver_url: String,
    /// The server, driver, data and turn are the first browser's; another
    /// browser of the scenario shares them (`None`).
    _server: Option<Child>,
    _driver: Option<Child>,
    _data: Option<tempfile::TempDir>,
    _profile: tempfile::TempDir,
    _turn: Option<MutexGuard<'static, ()>>,
}

/// The portal's server task, stopped with the scenario.
pub struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// How the server under test runs.
pub enum Server {
    /// `serve --demo`: the demo partners, demo tokens.
    Demo,
    /// Production: no demo, partner tokens checked against the test JWKS
    /// and issuer, `fixtures` loaded by `transition-server ingest`, and
    /// `host` the one allowed origin.
    Portal {
        fixtures: Vec<&'static str>,
        host: String,
    },
}

fn dist() -> E2eResult<PathBuf> {
    let dist = std::env::var("E2E_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root().join("dist"));
    if dist.join("index.html").is_file() {
        Ok(dist)
    } else {
        Err(format!(
            "{} has no built app: run `trunk build --release` first",
            dist.display()
        )
        .into())
    }
}

/// The portal's identity and origin, as production configures them.
fn portal_identity(command: &mut Command, host: &str) {
    command
        .arg("--jwks-file")
        .arg(transition_tests::JWKS_FILE)
        .args(["--jwt-issuer", transition_tests::TEST_ISSUER])
        .args(["--allowed-origin", host]);
}

const SERVER_BIN: &str = env!("CARGO_BIN_EXE_transition-test-server");

async fn start_server(data: &std::path::Path, server: &Server) -> E2eResult<(Child, String)> {
    let dist = dist()?;
    let mut command = Command::new(SERVER_BIN);
    command.arg("serve").args(["--addr", "127.0.0.1:0"]);
    match server {
        Server::Demo => {
            command
                .arg("--demo")
                .arg("--host-page")
                .arg(root().join("app/host"));
        }
        Server::Portal { fixtures, host } if !fixtures.is_empty() => {
            let mut ingest = Command::new(SERVER_BIN);
            ingest.arg("ingest").arg("--data-dir").arg(data);
            for fixture in fixtures {
                ingest.arg(transition_tests::fixture(fixture));
            }
            let status = ingest
                .env_remove("TRANSITION_FAILPOINT")
                .stdout(Stdio::null())
                .status()
                .await?;
            if !status.success() {
                return Err(format!("ingest of {fixtures:?} failed: {status}").into());
            }
            portal_identity(&mut command, host);
        }
        Server::Portal { host, .. } => portal_identity(&mut command, host),
    }
    let mut child = command
        .arg("--dist")
        .arg(&dist)
        .arg("--data-dir")
        .arg(data)
        .env(
            "RUST_LOG",
            std::env::var("E2E_SERVER_LOG").unwrap_or_else(|_| "warn".to_owned()),
        )
        .env_remove("TRANSITION_FAILPOINT")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .kill_on_drop(true)
        .spawn()?;
    let base = listening_on(&mut child).await?;
    Ok((child, base))
}

async fn start_driver() -> E2eResult<(Child, String)> {
    transition_tests::start_chromedriver().await
}

impl E2e {
    /// Starts everything for the demo scenario `name`, browser in `lang`.
    pub async fn start(name: &str, lang: &str, width: u32, height: u32) -> E2eResult<E2e> {
        let turn = ONE_AT_A_TIME.lock().await;
        Self::start_with(turn, name, (lang, width, height), Server::Demo, None).await
    }

    /// Starts a production server (no demo) with `fixtures` ingested, and
    /// the portal: `portal(server base)` served on another loopback port,
    /// the server's one allowed origin.
    pub async fn start_portal(
        name: &str,
        lang: &str,
        fixtures: &[&'static str],
        portal: impl FnOnce(String) -> axum::Router + 'static,
    ) -> E2eResult<E2e> {
        Self::start_portal_at(name, (lang, 1280, 900), fixtures, portal).await
    }

    /// [`E2e::start_portal`] with the browser in `lang` at `width` ×
    /// `height` (below 500 px, a phone's screen).
    pub async fn start_portal_at(
        name: &str,
        (lang, width, height): (&str, u32, u32),
        fixtures: &[&'static str],
        portal: impl FnOnce(String) -> axum::Router + 'static,
    ) -> E2eResult<E2e> {
        let turn = ONE_AT_A_TIME.lock().await;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let host = format!("http://{}", listener.local_addr()?);
        let server = Server::Portal {
            fixtures: fixtures.to_vec(),
            host: host.clone(),
        };
        Self::start_with(
            turn,
            name,
            (lang, width, height),
            server,
            Some((listener, Box::new(portal))),
        )
        .await
    }

    #[allow(clippy::type_complexity)]
    async fn start_with(
        turn: MutexGuard<'static, ()>,
        name: &str,
        (lang, width, height): (&str, u32, u32),
        kind: Server,
        portal: Option<(
            tokio::net::TcpListener,
            Box<dyn FnOnce(String) -> axum::Router>,
        )>,
    ) -> E2eResult<E2e> {
        let data = tempfile::tempdir()?;
        let profile = tempfile::tempdir()?;
        let (server, base) = start_server(data.path(), &kind).await?;
        let (host, host_task) = match portal {
            Some((listener, app)) => {
                let host = format!("http://{}", listener.local_addr()?);
                let app = app(base.clone());
                let task = tokio::spawn(async move {
                    let _ = axum::serve(listener, app).await;
                });
                (Some(host), Some(AbortOnDrop(task)))
            }
            None => (None, None),
        };
        let (driver, driver_url) = start_driver().await?;
        let mut capabilities = chrome_options(profile.path(), lang, width, height);
        if width < 500 {
            // Chromium's windows are at least 500 px wide: a phone's
            // screen is emulated instead.
            if let Some(options) = capabilities.get_mut("goog:chromeOptions") {
                options["mobileEmulation"] = serde_json::json!({
                    "deviceMetrics": {"width": width, "height": height, "pixelRatio": 2.0, "touch": true}
                });
            }
        }
        let client = browser_session(&driver_url, capabilities).await?;
        let shots = root().join("target/e2e-screenshots").join(name);
        let _ = std::fs::remove_dir_all(&shots);
        std::fs::create_dir_all(&shots)?;
        Ok(E2e {
            client,
            base,
            host,
            _host: host_task,
            shots,
            step: 0,
            driver_url,
            _server: Some(server),
            _driver: Some(driver),
            _data: Some(data),
            _profile: profile,
            _turn: Some(turn),
        })
    }

    pub async fn goto(&self, path: &str) -> E2eResult {
        self.client.goto(&format!("{}{path}", self.base)).await?;
        Ok(())
    }

    /// Saves a screenshot of this step.
    pub async fn shot(&mut self, step: &str) -> E2eResult {
        self.step += 1;
        let png = self.client.screenshot().await?;
        std::fs::write(self.shots.join(format!("{:02}-{step}.png", self.step)), png)?;
        Ok(())
    }

    /// Waits (up to 20 s) for an element matching the CSS selector.
    pub async fn wait(&self, css: &str) -> E2eResult<Element> {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
        loop {
            if let Ok(element) = self.client.find(Locator::Css(css)).await {
                if element.is_displayed().await.unwrap_or(false) {
                    self.center(&element).await;
                    return Ok(element);
                }
            }
            if tokio::time::Instant::now() > deadline {
                self.failure_shot().await;
                return Err(
                    format!("nothing visible matches {css:?} at {}", self.url().await).into(),
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Scrolls `element` to the middle of the screen, as a person does
    /// before pressing it: the wizard's footer is pinned to the bottom of
    /// the screen, over whatever the driver scrolled just into view.
    async fn center(&self, element: &Element) {
        if let Ok(element) = serde_json::to_value(element) {
            let _ = self
                .client
                .execute(
                    "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});",
                    vec![element],
                )
                .await;
        }
    }

    /// Waits until the page's text contains `text`.
    pub async fn wait_text(&self, text: &str) -> E2eResult {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
        loop {
            let body = self.body_text().await.unwrap_or_default();
            if body.contains(text) {
                return Ok(());
            }
            if tokio::time::Instant::now() > deadline {
                self.failure_shot().await;
                return Err(format!("the page never shows {text:?}; it shows:\n{body}").into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// A screenshot of the page as it was when a step failed.
    pub async fn failure_shot(&self) {
        if let Ok(png) = self.client.screenshot().await {
            let _ = std::fs::write(
                self.shots.join(format!("{:02}-FAILED.png", self.step + 1)),
                png,
            );
        }
    }

    /// Waits until the URL contains `part`.
    pub async fn wait_url(&self, part: &str) -> E2eResult {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
        while !self.url().await.contains(part) {
            if tokio::time::Instant::now() > deadline {
                self.failure_shot().await;
                return Err(
                    format!("the URL never contains {part:?}: {}", self.url().await).into(),
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Ok(())
    }

    /// Waits until the page's text no longer contains `text`.
    pub async fn wait_gone(&self, text: &str) -> E2eResult {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
        while self.body_text().await.unwrap_or_default().contains(text) {
            if tokio::time::Instant::now() > deadline {
                self.failure_shot().await;
                return Err(format!("the page still shows {text:?}").into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Ok(())
    }

    pub async fn body_text(&self) -> E2eResult<String> {
        Ok(self.client.find(Locator::Css("body")).await?.text().await?)
    }

    pub async fn url(&self) -> String {
        self.client
            .current_url()
            .await
            .map(|u| u.to_string())
            .unwrap_or_default()
    }

    /// Clicks the first visible button or link whose text is `text`.
    pub async fn click_text(&self, text: &str) -> E2eResult {
        let xpath = format!(
            "//*[self::button or self::a or self::label][normalize-space(.)={}]",
            xpath_literal(text)
        );
        let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
        loop {
            for element in self
                .client
                .find_all(Locator::XPath(&xpath))
                .await
                .unwrap_or_default()
            {
                if element.is_displayed().await.unwrap_or(false) {
                    self.center(&element).await;
                    if element.click().await.is_ok() {
                        return Ok(());
                    }
                }
            }
            if tokio::time::Instant::now() > deadline {
                self.failure_shot().await;
                return Err(format!("no clickable {text:?} at {}", self.url().await).into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Replaces the text of the input labelled `label` as a person would:
    /// select all, delete, type (so the app sees real input events).
    pub async fn fill(&self, label: &str, value: &str) -> E2eResult {
        let input = self.labelled(label).await?;
        type_into(&input, value).await
    }

    /// Replaces the text of the input labelled `label` inside `scope`.
    pub async fn fill_in(&self, scope: &Element, label: &str, value: &str) -> E2eResult {
        let xpath = format!(".//label[normalize-space(.)={}]", xpath_literal(label));
        let label_element = scope.find(Locator::XPath(&xpath)).await?;
        let id = label_element
            .attr("for")
            .await?
            .ok_or("label without for")?;
        let input = self.client.find(Locator::Id(&id)).await?;
        type_into(&input, value).await
    }

    /// The card (`<section>`) whose heading reads `title`.
    pub async fn card(&self, title: &str) -> E2eResult<Element> {
        let xpath = format!(
            "//section[.//h2[normalize-space(.)={}]]",
            xpath_literal(title)
        );
        self.wait_xpath(&xpath).await
    }

    /// Waits (up to 20 s) for a visible element matching the XPath.
    pub async fn wait_xpath(&self, xpath: &str) -> E2eResult<Element> {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
        loop {
            for element in self
                .client
                .find_all(Locator::XPath(xpath))
                .await
                .unwrap_or_default()
            {
                if element.is_displayed().await.unwrap_or(false) {
                    self.center(&element).await;
                    return Ok(element);
                }
            }
            if tokio::time::Instant::now() > deadline {
                self.failure_shot().await;
                return Err(
                    format!("nothing visible matches {xpath:?} at {}", self.url().await).into(),
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Whether the element matching `css` is disabled now.
    pub async fn is_disabled(&self, css: &str) -> E2eResult<bool> {
        let element = self.wait(css).await?;
        // `:disabled`, not the property: a control in a disabled
        // `<fieldset>` is disabled without its own attribute.
        let disabled = self
            .client
            .execute(
                "return arguments[0].matches(':disabled');",
                vec![serde_json::to_value(&element)?],
            )
            .await?;
        Ok(disabled.as_bool() == Some(true))
    }

    /// Chooses `value` in the `<select>` matching `css`.
    pub async fn select(&self, css: &str, value: &str) -> E2eResult {
        self.wait(css).await?.select_by_value(value).await?;
        Ok(())
    }

    /// Presses Tab until the focused element matches `css` (at most
    /// `limit` times); fails if it never gets there.
    pub async fn tab_to(&self, css: &str, limit: usize) -> E2eResult {
        let check = format!(
            "return document.activeElement && document.activeElement.matches({});",
            serde_json::json!(css)
        );
        self.tab_until(&check, css, limit).await
    }

    /// Presses Tab until the focused element is a button or link reading
    /// `text`.
    pub async fn tab_to_text(&self, text: &str, limit: usize) -> E2eResult {
        let check = format!(
            "const e = document.activeElement; return !!e && (e.tagName === 'BUTTON' || e.tagName === 'A') && e.textContent.trim() === {};",
            serde_json::json!(text)
        );
        self.tab_until(&check, text, limit).await
    }

    /// Presses Tab until the focused element is a form control labelled
    /// `label`.
    pub async fn tab_to_labelled(&self, label: &str, limit: usize) -> E2eResult {
        let check = format!(
            "const e = document.activeElement; return !!e && !!e.labels && [...e.labels].some((l) => l.textContent.trim() === {});",
            serde_json::json!(label)
        );
        self.tab_until(&check, label, limit).await
    }

    /// Types `keys` into whatever has the focus, as a keyboard does.
    pub async fn type_keys(&self, keys: &str) -> E2eResult {
        self.client.active_element().await?.send_keys(keys).await?;
        Ok(())
    }

    async fn tab_until(&self, check: &str, css: &str, limit: usize) -> E2eResult {
        for _ in 0..limit {
            if self.client.execute(check, vec![]).await?.as_bool() == Some(true) {
                return Ok(());
            }
            self.press(TAB).await?;
        }
        self.failure_shot().await;
        Err(format!("{limit} presses of Tab never reached {css:?}").into())
    }

    /// The id of the focused element.
    pub async fn focused_id(&self) -> E2eResult<String> {
        let id = self
            .client
            .execute(
                "return document.activeElement ? document.activeElement.id : '';",
                vec![],
            )
            .await?;
        Ok(id.as_str().unwrap_or_default().to_owned())
    }

    /// Waits until the element with this id has the keyboard focus.
    pub async fn wait_focus(&self, id: &str) -> E2eResult {
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(5);
        loop {
            let now = self.focused_id().await?;
            if now == id {
                return Ok(());
            }
            if tokio::time::Instant::now() > deadline {
                self.failure_shot().await;
                return Err(format!("the focus is on {now:?}, not on {id:?}").into());
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    }

    /// The top and bottom of the element `css` in the viewport, and the
    /// viewport's height, in CSS pixels.
    pub async fn rect(&self, css: &str) -> E2eResult<(f64, f64, f64)> {
        let found = self
            .client
            .execute(
                "const e = document.querySelector(arguments[0]); if (!e) return null; \
                 const r = e.getBoundingClientRect(); return [r.top, r.bottom, window.innerHeight];",
                vec![serde_json::Value::from(css)],
            )
            .await?;
        let n = |i: usize| found.get(i).and_then(serde_json::Value::as_f64);
        match (n(0), n(1), n(2)) {
            (Some(top), Some(bottom), Some(height)) => Ok((top, bottom, height)),
            _ => Err(format!("no element {css}").into()),
        }
    }

    /// The form control whose `<label>` reads `label`.
    pub async fn labelled(&self, label: &str) -> E2eResult<Element> {
        let xpath = format!("//label[normalize-space(.)={}]", xpath_literal(label));
        let label_element = self
            .client
            .wait()
            .for_element(Locator::XPath(&xpath))
            .await?;
        let control = match label_element.attr("for").await? {
            Some(id) => self.client.find(Locator::Id(&id)).await?,
            None => {
                label_element
                    .find(Locator::Css("input, textarea, select"))
                    .await?
            }
        };
        self.center(&control).await;
        Ok(control)
    }

    /// Runs axe-core (at least [`AXE_AT_LEAST`]) on the page with its
    /// WCAG 2.1 A and AA rules and its best practices; returns the serious
    /// and critical violations (id and how many nodes).
    pub async fn axe(&self) -> E2eResult<Vec<(String, String, usize)>> {
        let source = std::fs::read_to_string(root().join("node_modules/axe-core/axe.min.js"))
            .map_err(|e| format!("axe-core is missing (npm install): {e}"))?;
        self.client.execute(&source, vec![]).await?;
        let version = self.client.execute("return axe.version;", vec![]).await?;
        let version = version.as_str().unwrap_or_default();
        let numbers: Vec<u64> = version
            .split(['.', '-'])
            .take(2)
            .map(|n| n.parse().unwrap_or(0))
            .collect();
        if numbers.as_slice() < AXE_AT_LEAST.as_slice() {
            return Err(
                format!("axe-core {version} is older than {AXE_AT_LEAST:?}: npm ci").into(),
            );
        }
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, {
                    resultTypes: ['violations'],
                    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},
                 })
                    .then(r => done(r.violations.map(v => [v.id, v.impact, v.nodes.length])))
                    .catch(e => done([['axe-error', String(e), 0]]));",
                vec![],
            )
            .await?;
        let mut serious = Vec::new();
        for violation in result.as_array().into_iter().flatten() {
            let id = violation[0].as_str().unwrap_or_default().to_owned();
            let impact = violation[1].as_str().unwrap_or_default().to_owned();
            let nodes = violation[2].as_u64().unwrap_or_default() as usize;
            if impact == "serious" || impact == "critical" || id == "axe-error" {
                serious.push((id, impact, nodes));
            }
        }
        Ok(serious)
    }

    /// Presses a key on the focused element (WebDriver key codes).
    pub async fn press(&self, key: &str) -> E2eResult {
        let focused = self.client.active_element().await?;
        focused.send_keys(key).await?;
        Ok(())
    }

    pub async fn close(self) -> E2eResult {
        self.client.close().await?;
        Ok(())
    }
}

/// The oldest axe-core the checks accept (major, minor): the one that
/// knows `label-content-name-mismatch` as the project's pages need it.
pub const AXE_AT_LEAST: [u64; 2] = [4, 14];

pub const TAB: &str = "\u{e004}";
pub const ESCAPE: &str = "\u{e00c}";
pub const ENTER: &str = "\u{e007}";
pub const SPACE: &str = " ";
pub const SELECT_ALL: &str = "\u{e009}a\u{e009}";
const BACKSPACE: &str = "\u{e003}";

/// Clears an input by keyboard and types `value`.
pub async fn type_into(input: &Element, value: &str) -> E2eResult {
    input
        .clone()
        .client()
        .execute(
            "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});",
            vec![serde_json::to_value(input)?],
        )
        .await?;
    input.click().await?;
    input.send_keys(SELECT_ALL).await?;
    input.send_keys(BACKSPACE).await?;
    if !value.is_empty() {
        input.send_keys(value).await?;
    }
    Ok(())
}

/// Fails on any serious or critical axe-core violation of the page now,
/// with a screenshot.
pub async fn axe_clean(e2e: &E2e, page: &str) -> E2eResult {
    let violations = e2e.axe().await?;
    if violations.is_empty() {
        Ok(())
    } else {
        e2e.failure_shot().await;
        Err(format!("axe-core on {page}: {violations:?}").into())
    }
}

/// Selects the demo identity (`partner_id`, or `partner_id:ro`) on the
/// Profiles tab and waits for `expect`.
pub async fn sign_in_as(e2e: &E2e, identity: &str, expect: &str) -> E2eResult {
    e2e.goto("/account-settings/business-profile/profiles")
        .await?;
    e2e.wait("#pt-demo-switch").await?;
    e2e.select("#pt-demo-switch", identity).await?;
    e2e.wait_text(expect).await
}

/// An XPath string literal for any text.
fn xpath_literal(text: &str) -> String {
    if !text.contains('\'') {
        format!("'{text}'")
    } else if !text.contains('"') {
        format!("\"{text}\"")
    } else {
        let parts: Vec<String> = text.split('\'').map(|p| format!("'{p}'")).collect();
        format!("concat({})", parts.join(", \"'\", "))
    }
}

/// Headless Chromium's options: its own profile in `profile`, in `lang`,
/// at `width` × `height`.
fn chrome_options(
    profile: &std::path::Path,
    lang: &str,
    width: u32,
    height: u32,
) -> serde_json::Map<String, serde_json::Value> {
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "goog:chromeOptions".to_owned(),
        serde_json::json!({
            "binary": "/usr/bin/chromium",
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                format!("--user-data-dir={}", profile.display()),
                format!("--window-size={width},{height}"),
                format!("--lang={lang}"),
            ],
            "prefs": {"intl.accept_languages": lang},
        }),
    );
    capabilities
}

/// A browser session on the ChromeDriver at `driver_url`.
async fn browser_session(
    driver_url: &str,
    capabilities: serde_json::Map<String, serde_json::Value>,
) -> E2eResult<Client> {
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    Ok(ClientBuilder::new(connector)
        .capabilities(capabilities)
        .connect(driver_url)
        .await?)
}

impl E2e {
    /// Another browser on the same server, as another device would be: a
    /// second session on the same ChromeDriver with a profile of its own
    /// (no storage, cookies or cache in common), in `lang`; its screenshots
    /// go to `target/e2e-screenshots/<name>/`. The first browser keeps the
    /// server and the driver; close this one first.
    pub async fn another_browser(&self, name: &str, lang: &str) -> E2eResult<E2e> {
        let profile = tempfile::tempdir()?;
        let capabilities = chrome_options(profile.path(), lang, 1280, 900);
        let client = browser_session(&self.driver_url, capabilities).await?;
        let shots = root().join("target/e2e-screenshots").join(name);
        let _ = std::fs::remove_dir_all(&shots);
        std::fs::create_dir_all(&shots)?;
        Ok(E2e {
            client,
            base: self.base.clone(),
            host: self.host.clone(),
            _host: None,
            shots,
            step: 0,
            driver_url: self.driver_url.clone(),
            _server: None,
            _driver: None,
            _data: None,
            _profile: profile,
            _turn: None,
        })
    }

    /// Opens a new tab of this browser on `url` and switches to it; the
    /// handle of the tab it leaves.
    pub async fn new_tab(&self, url: &str) -> E2eResult<fantoccini::wd::WindowHandle> {
        let left = self.client.window().await?;
        let tab = self.client.new_window(true).await?;
        self.client.switch_to_window(tab.handle).await?;
        self.client.goto(url).await?;
        Ok(left)
    }
}
