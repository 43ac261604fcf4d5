//! The partner portal of the end-to-end tests: a page of another
//! loopback origin with a strict CSP of its own, which mints the partner's
//! tokens (`/token`) as a real portal would and embeds the widget (script
//! mode) or frames it; and the helpers the portal scenarios share.
// Each scenario file uses some of them.
#![allow(dead_code)]

use std::collections::HashMap;
use std::time::Duration;

use axum::extract::Query;
use axum::http::header;
use axum::response::{Html, IntoResponse};
use axum::routing::get;
use axum::Router;
use fantoccini::Locator;
use transition_tests::{portal_csp, rs256_token, unix_now, TEST_ISSUER};

use super::browser::{E2e, E2eResult};

/// The portal's page: a header of its own, the element, the log of events.
pub const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en">
  <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Portal</title></head>
  <body>
    <header><strong>Northwind partner portal</strong></header>
    <main>
      <h1>Business profile</h1>
      <div id="widget"></div>
    </main>
    <script type="module" src="/SCRIPT"></script>
  </body>
</html>"#;

/// Counts the listeners added to `window` and `document` while tracking
/// is on and not removed since, so a test can prove `unmount()` left none.
pub const LISTENER_TRACKER: &str = r#"
const added = [];
const add = EventTarget.prototype.addEventListener;
const remove = EventTarget.prototype.removeEventListener;
const capture = (options) => typeof options === "boolean" ? options : Boolean(options?.capture);
window.__tracking = false;
EventTarget.prototype.addEventListener = function (type, fn, options) {
  if (window.__tracking && (this === window || this === document)) {
    added.push({ target: this, type, fn, capture: capture(options) });
  }
  return add.call(this, type, fn, options);
};
EventTarget.prototype.removeEventListener = function (type, fn, options) {
  const i = added.findIndex((l) => l.target === this && l.type === type && l.fn === fn && l.capture === capture(options));
  if (i >= 0) added.splice(i, 1);
  return remove.call(this, type, fn, options);
};
window.__liveListeners = () => added.map((l) => (l.target === window ? "window:" : "document:") + l.type);
"#;

/// Script mode: `mountPinpointTransition` with `getToken`, memory routing,
/// no chrome of its own (unless `?chrome=1`); every event is logged in
/// `window.__events`.
pub fn script_mode(server: &str) -> String {
    format!(
        r##"{LISTENER_TRACKER}
const params = new URLSearchParams(location.search);
window.__events = [];
window.__tokenCalls = 0;
window.__startUrl = location.href;
window.__tokens = [];
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {{
  window.__violations.push(`${{event.violatedDirective}} ${{event.blockedURI}} ${{event.sample}}`);
}});
async function getToken() {{
  window.__tokenCalls += 1;
  const first = window.__tokenCalls === 1 && params.get("first_ttl");
  const query = new URLSearchParams(params);
  query.set("ttl", first || "600");
  const answer = await fetch(`/token?${{query}}`);
  const token = await answer.text();
  window.__tokens.push(token);
  return token;
}}
const {{ mountPinpointTransition }} = await import("{server}/embed/widget.js");
const element = document.getElementById("widget");
for (const name of ["ready", "step", "imported", "approval-requested", "approval-returned", "approval-withdrawn", "profile-changed", "navigate", "error", "closed"]) {{
  element.addEventListener(`pinpoint-transition:${{name}}`, (event) => {{
    window.__events.push(`dom:${{name}}:${{JSON.stringify(event.detail ?? null)}}`);
  }});
}}
window.__mount = async () => {{
  window.__tracking = true;
  window.__widget = await mountPinpointTransition(element, {{
    getToken,
    locale: params.get("locale") || "en",
    routing: "memory",
    initialPath: params.get("path") || undefined,
    chrome: params.get("chrome") === "1",
    theme: {{ accent: "#8a3ffc" }},
    onEvent: (event) => window.__events.push(`${{event.type}}:${{JSON.stringify(event.detail ?? null)}}`),
  }});
}};
await window.__mount();
"##
    )
}

/// Framed mode: the portal frames `/embed/frame?parent=<its origin>` and
/// speaks the message protocol itself (as `docs/embedding.md` shows).
pub fn framed_mode(server: &str) -> String {
    format!(
        r#"const params = new URLSearchParams(location.search);
const server = "{server}";
window.__events = [];
window.__tokenCalls = 0;
async function token() {{
  window.__tokenCalls += 1;
  return (await fetch(`/token?${{params}}`)).text();
}}
const frame = document.createElement("iframe");
frame.title = "Pinpoint Transition";
frame.id = "transition-frame";
frame.src = `${{server}}/embed/frame?parent=${{encodeURIComponent(location.origin)}}`;
frame.style.width = "100%";
frame.style.height = "800px";
window.addEventListener("message", async (event) => {{
  if (event.origin !== server || event.source !== frame.contentWindow) return;
  const type = String(event.data?.type ?? "");
  window.__events.push(`${{type.replace("pinpoint-transition:", "")}}:${{JSON.stringify(event.data?.detail ?? null)}}`);
  if (type === "pinpoint-transition:ready") {{
    frame.contentWindow.postMessage({{ type: "pinpoint-transition:init", token: await token(), locale: "en" }}, server);
  }} else if (type === "pinpoint-transition:token-request") {{
    frame.contentWindow.postMessage({{ type: "pinpoint-transition:token", token: await token() }}, server);
  }}
}});
document.getElementById("widget").append(frame);
// A window of the portal's own origin that is not the frame's parent.
const sibling = document.createElement("iframe");
sibling.id = "sibling";
sibling.title = "Another portal window";
sibling.src = "/sibling";
document.body.append(sibling);
"#
    )
}

/// A page of the portal's origin, framed beside the widget: it can reach
/// the widget's window but is not its parent.
pub fn sibling(server: &str) -> String {
    format!(
        r#"window.forge = () => {{
  const target = parent.document.getElementById("transition-frame").contentWindow;
  target.postMessage({{ type: "pinpoint-transition:locale", locale: "fr" }}, "{server}");
  target.postMessage({{ type: "pinpoint-transition:token", token: "forged" }}, "{server}");
}};
"#
    )
}

/// What the portal's `/token` endpoint mints: the partner (`partner=`) in
/// `partner_id`, the person (`user=`, default `alex@{partner}`) in `sub`
/// with their `name=` (default Alex Martin), `roles=` (comma-separated,
/// default `account_admin`), `csp` and `company_name` claims when asked,
/// `ttl` seconds of life.
pub async fn token_get(Query(query): Query<HashMap<String, String>>) -> String {
    let now = unix_now();
    let partner = query.get("partner").map(String::as_str).unwrap_or_default();
    let user = query
        .get("user")
        .cloned()
        .unwrap_or_else(|| format!("alex@{partner}"));
    let name = query
        .get("name")
        .map_or(Some("Alex Martin"), |n| Some(n.as_str()));
    let roles: Vec<&str> = query.get("roles").map_or(vec!["account_admin"], |r| {
        r.split(',').filter(|r| !r.is_empty()).collect()
    });
    let ttl: u64 = query.get("ttl").and_then(|t| t.parse().ok()).unwrap_or(600);
    let mut claims = transition_tests::portal_claims_as(partner, &user, name, &roles);
    claims["iat"] = now.into();
    claims["exp"] = (now + ttl.clamp(1, 3600)).into();
    claims["iss"] = TEST_ISSUER.into();
    if let Some(csp) = query.get("csp") {
        claims["csp"] = (csp == "true").into();
    }
    if let Some(company) = query.get("company") {
        claims["company_name"] = company.as_str().into();
    }
    rs256_token(&claims)
}

/// The portal's own little site, with its CSP.
pub fn portal(server: String) -> Router {
    let csp = portal_csp(&server);
    let page = move |script: &'static str| {
        let csp = csp.clone();
        move || {
            let csp = csp.clone();
            async move {
                (
                    [(header::CONTENT_SECURITY_POLICY, csp)],
                    Html(PAGE.replace("SCRIPT", script)),
                )
                    .into_response()
            }
        }
    };
    let script = |body: String| {
        move || {
            let body = body.clone();
            async move { ([(header::CONTENT_TYPE, "text/javascript")], body).into_response() }
        }
    };
    Router::new()
        .route("/portal", get(page("portal.js")))
        .route("/framed", get(page("framed.js")))
        .route("/portal.js", get(script(script_mode(&server))))
        .route("/framed.js", get(script(framed_mode(&server))))
        .route("/sibling", get(page("sibling.js")))
        .route("/sibling.js", get(script(sibling(&server))))
        .route("/token", get(token_get))
}

/// `GET /api/v1/business-profiles` with the partner's `token`, as JSON.
pub async fn business_profiles(e2e: &E2e, token: &str) -> E2eResult<serde_json::Value> {
    let body = reqwest::Client::new()
        .get(format!("{}/api/v1/business-profiles", e2e.base))
        .bearer_auth(token)
        .send()
        .await?
        .bytes()
        .await?;
    Ok(serde_json::from_slice(&body)?)
}

/// Evaluates `expression` in the page until it is truthy (20 s at most).
pub async fn wait_js(e2e: &E2e, expression: &str) -> E2eResult<serde_json::Value> {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    loop {
        let value = e2e
            .client
            .execute(&format!("return ({expression});"), vec![])
            .await?;
        let truthy = match &value {
            serde_json::Value::Null | serde_json::Value::Bool(false) => false,
            serde_json::Value::Number(n) => n.as_f64() != Some(0.0),
            serde_json::Value::String(s) => !s.is_empty(),
            _ => true,
        };
        if truthy {
            return Ok(value);
        }
        if tokio::time::Instant::now() > deadline {
            e2e.failure_shot().await;
            let events = e2e
                .client
                .execute("return window.__events || null;", vec![])
                .await
                .unwrap_or_default();
            return Err(format!("never true: {expression}; events: {events}").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits for an event of the log whose text starts with `prefix`.
pub async fn heard(e2e: &E2e, prefix: &str) -> E2eResult {
    let literal = serde_json::to_string(prefix)?;
    wait_js(
        e2e,
        &format!("(window.__events || []).some((e) => e.startsWith({literal}))"),
    )
    .await
    .map(drop)
}

/// Waits until the widget has emitted at least `times` events starting
/// with `prefix` (a step the wizard walks once per chosen profile).
pub async fn heard_times(e2e: &E2e, prefix: &str, times: usize) -> E2eResult {
    let literal = serde_json::to_string(prefix)?;
    wait_js(
        e2e,
        &format!(
            "(window.__events || []).filter((e) => e.startsWith({literal})).length >= {times}"
        ),
    )
    .await
    .map(drop)
}

/// The steps Next walks through for Contoso, from the account: the
/// choice, the three steps of Contoso France, those of Contoso Belgium,
/// the review.
pub const CONTOSO_STEPS: [&str; 8] = [
    "choose",
    "edit",
    "solutions",
    "locations",
    "edit",
    "solutions",
    "locations",
    "preview",
];

/// How many times `step` comes in `steps` up to and including index `i`.
pub fn nth_time(steps: &[&str], i: usize) -> usize {
    steps.iter().take(i + 1).filter(|s| **s == steps[i]).count()
}

/// Fails on any serious or critical axe-core violation of the page now.
pub async fn axe_clean(e2e: &E2e, page: &str) -> E2eResult {
    // axe-core's own listeners are not the widget's: not tracked.
    let tracking = e2e
        .client
        .execute(
            "const t = window.__tracking; window.__tracking = false; return t;",
            vec![],
        )
        .await?;
    let verdict = super::browser::axe_clean(e2e, page).await;
    e2e.client
        .execute("window.__tracking = arguments[0];", vec![tracking])
        .await?;
    verdict
}

pub async fn open(e2e: &E2e, path: &str) -> E2eResult {
    let host = e2e.host.clone().unwrap_or_default();
    e2e.client.goto(&format!("{host}{path}")).await?;
    Ok(())
}

/// The step's heading and, when there is one, its profile line: what
/// changes at each Next (the portal's URL never does).
pub async fn place(e2e: &E2e) -> E2eResult<String> {
    Ok(e2e
        .client
        .execute(
            "const h = document.getElementById('pt-step-heading');
             return h ? h.parentElement.textContent : '';",
            vec![],
        )
        .await?
        .as_str()
        .unwrap_or_default()
        .to_owned())
}

/// Next, step after step, until the Preview (its primary action is
/// Import).
pub async fn walk_to_preview(e2e: &E2e) -> E2eResult {
    for _ in 0..12 {
        if e2e.client.find(Locator::Css("#pt-commit")).await.is_ok() {
            return Ok(());
        }
        let before = place(e2e).await?;
        e2e.click_text("Next").await?;
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        while place(e2e).await? == before {
            if tokio::time::Instant::now() > deadline {
                e2e.failure_shot().await;
                return Err(format!("Next did not leave {before:?}").into());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
    e2e.wait("#pt-commit").await.map(drop)
}

/// Waits until Import is available (the plan digest is known).
pub async fn import_ready(e2e: &E2e) -> E2eResult {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    loop {
        let commit = e2e.wait("#pt-commit").await?;
        if commit.attr("aria-disabled").await?.is_none() {
            return Ok(());
        }
        if tokio::time::Instant::now() > deadline {
            e2e.failure_shot().await;
            return Err("Import never became available".into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
