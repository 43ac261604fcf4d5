//! Real-browser end-to-end tests: headless Chromium driven through
//! ChromeDriver (fantoccini), against the server binary in demo mode
//! serving the trunk-built app. Every step saves a screenshot under
//! `target/e2e-screenshots/<scenario>/`.

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

/// A demo server (fresh data), a ChromeDriver and a browser session.
pub struct E2e {
    pub client: Client,
    pub base: String,
    shots: PathBuf,
    step: usize,
    _server: Child,
    _driver: Child,
    _data: tempfile::TempDir,
    _profile: tempfile::TempDir,
    _turn: MutexGuard<'static, ()>,
}

fn free_port() -> std::io::Result<u16> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    Ok(listener.local_addr()?.port())
}

async fn start_server(data: &std::path::Path) -> E2eResult<(Child, String)> {
    let dist = root().join("dist");
    if !dist.join("index.html").is_file() {
        return Err(format!(
            "{} has no built app: run `trunk build --release` first",
            dist.display()
        )
        .into());
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_transition-test-server"))
        .args(["serve", "--demo", "--addr", "127.0.0.1:0"])
        .arg("--dist")
        .arg(&dist)
        .arg("--host-page")
        .arg(root().join("app/host"))
        .arg("--data-dir")
        .arg(data)
        .env("RUST_LOG", "warn")
        .env_remove("TRANSITION_FAILPOINT")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .kill_on_drop(true)
        .spawn()?;
    let base = listening_on(&mut child).await?;
    Ok((child, base))
}

async fn start_driver() -> E2eResult<(Child, String)> {
    let port = free_port()?;
    let child = Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| {
            format!("cannot start chromedriver (scripts/setup.sh --browser installs it): {e}")
        })?;
    let url = format!("http://127.0.0.1:{port}");
    let probe = reqwest::Client::new();
    for _ in 0..100 {
        if probe.get(format!("{url}/status")).send().await.is_ok() {
            return Ok((child, url));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err("chromedriver did not start".into())
}

impl E2e {
    /// Starts everything for the scenario `name`, browser in `lang`.
    pub async fn start(name: &str, lang: &str, width: u32, height: u32) -> E2eResult<E2e> {
        let turn = ONE_AT_A_TIME.lock().await;
        let data = tempfile::tempdir()?;
        let profile = tempfile::tempdir()?;
        let (server, base) = start_server(data.path()).await?;
        let (driver, driver_url) = start_driver().await?;
        let mut capabilities = serde_json::Map::new();
        capabilities.insert(
            "goog:chromeOptions".to_owned(),
            serde_json::json!({
                "binary": "/usr/bin/chromium",
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                    format!("--user-data-dir={}", profile.path().display()),
                    format!("--window-size={width},{height}"),
                    format!("--lang={lang}"),
                ],
                "prefs": {"intl.accept_languages": lang},
            }),
        );
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(capabilities)
            .connect(&driver_url)
            .await?;
        let shots = root().join("target/e2e-screenshots").join(name);
        let _ = std::fs::remove_dir_all(&shots);
        std::fs::create_dir_all(&shots)?;
        Ok(E2e {
            client,
            base,
            shots,
            step: 0,
            _server: server,
            _driver: driver,
            _data: data,
            _profile: profile,
            _turn: turn,
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
                if element.is_displayed().await.unwrap_or(false) && element.click().await.is_ok() {
                    return Ok(());
                }
            }
            if tokio::time::Instant::now() > deadline {
                self.failure_shot().await;
                return Err(format!("no clickable {text:?} at {}", self.url().await).into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Replaces the text of the input labelled `label`.
    pub async fn fill(&self, label: &str, value: &str) -> E2eResult {
        let input = self.labelled(label).await?;
        input.clear().await?;
        input.send_keys(value).await?;
        Ok(())
    }

    /// The form control whose `<label>` reads `label`.
    pub async fn labelled(&self, label: &str) -> E2eResult<Element> {
        let xpath = format!("//label[normalize-space(.)={}]", xpath_literal(label));
        let label_element = self
            .client
            .wait()
            .for_element(Locator::XPath(&xpath))
            .await?;
        match label_element.attr("for").await? {
            Some(id) => Ok(self.client.find(Locator::Id(&id)).await?),
            None => Ok(label_element
                .find(Locator::Css("input, textarea, select"))
                .await?),
        }
    }

    /// Runs axe-core on the page; returns the serious and critical
    /// violations (id and how many nodes).
    pub async fn axe(&self) -> E2eResult<Vec<(String, String, usize)>> {
        let source = std::fs::read_to_string(root().join("node_modules/axe-core/axe.min.js"))
            .map_err(|e| format!("axe-core is missing (npm install): {e}"))?;
        self.client.execute(&source, vec![]).await?;
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, {resultTypes: ['violations']})
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
