//! Hostile text in every string of every JSON write (issue 24, part 5),
//! through the router on SQLite, and on PostgreSQL when the suite runs
//! there (`scripts/test.sh`): NUL and the other control characters, DEL,
//! bidirectional overrides, a byte order mark, emoji, combining marks, a
//! long string, SQL and markup. Every answer is 2xx or 4xx, never 5xx; a
//! NUL anywhere is 422 `text_control_character` at that string's JSON
//! Pointer (or 400 where the value cannot be read at all: an enum, a
//! digest; an export's, 422 `export_malformed` or `export_format_unknown` there), before anything is
//! stored. A lone surrogate (`\uD800`) is not
//! JSON text: 400.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use serde_json::{json, Value};
use transition_tests::*;

const HOSTILE: &[&str] = &[
    "Contoso\u{0}FR",
    "\u{1}\u{8}\u{b}\u{c}\u{1b}\u{1f}",
    "tab\there",
    "two\nlines",
    "cr\ronly",
    "crlf\r\nend",
    "del\u{7f}",
    "\u{202e}gpj.exe",
    "\u{feff}Contoso",
    "🦀 Contoso 👩‍👩‍👧",
    "e\u{301}\u{302}\u{303}\u{304}",
    "'; DROP TABLE business_profiles; --",
    "<script>alert(1)</script>",
    "\\ \" %s %n ${x} {{x}}",
    "\u{85}\u{2028}\u{2029}",
];

/// A string longer than any field takes.
fn long() -> String {
    "Ω".repeat(3_000)
}

/// The JSON Pointer of every string in `value`.
fn string_leaves(value: &Value, at: &str, out: &mut Vec<String>) {
    let escape = |key: &str| key.replace('~', "~0").replace('/', "~1");
    match value {
        Value::String(_) => out.push(at.to_owned()),
        Value::Array(items) => {
            for (n, item) in items.iter().enumerate() {
                string_leaves(item, &format!("{at}/{n}"), out);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                string_leaves(item, &format!("{at}/{}", escape(key)), out);
            }
        }
        _ => {}
    }
}

/// `body` with the string at `at` (every string when `None`) made `text`.
fn with(body: &Value, at: Option<&str>, text: &str) -> Value {
    let mut body = body.clone();
    let mut leaves = Vec::new();
    string_leaves(&body, "", &mut leaves);
    for leaf in leaves.iter().filter(|l| at.is_none_or(|at| at == *l)) {
        if let Some(slot) = body.pointer_mut(leaf) {
            *slot = Value::from(text);
        }
    }
    body
}

/// One write: who sends what where.
struct Write {
    method: Method,
    path: String,
    token: Option<String>,
    body: Value,
    headers: Vec<(String, String)>,
}

impl Write {
    fn new(method: Method, path: impl Into<String>, token: &str, body: Value) -> Write {
        Write {
            method,
            path: path.into(),
            token: Some(token.to_owned()).filter(|t| !t.is_empty()),
            body,
            headers: Vec::new(),
        }
    }

    async fn send(&self, app: &TestApp, body: Value) -> Answer {
        let headers: Vec<(&str, &str)> = self
            .headers
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        app.call_with(
            self.method.clone(),
            &self.path,
            self.token.as_deref(),
            Some(body),
            &headers,
        )
        .await
    }
}

/// Every JSON write of the API with a valid body, and whether it goes to
/// `drafts` (where Contoso's draft waits for a second admin) rather than
/// `imported` (where Contoso imported).
async fn writes(
    imported: &TestApp,
    drafts: &TestApp,
) -> Result<Vec<(bool, Write)>, Box<dyn std::error::Error + Send + Sync>> {
    let contoso = admin(CONTOSO);
    let result = imported.import_contoso().await;
    let fr = &result["profiles"][0];
    let id = fr["id"].as_str().ok_or("no profile id")?;
    let lid = fr["locations"][0]["id"].as_str().ok_or("no location")?;
    let sid = fr["solutions"][0]["id"].as_str().ok_or("no solution")?;
    let p = format!("/api/v1/business-profiles/{id}");

    // Contoso's draft, submitted by one admin, for another to return.
    let first = person_token(CONTOSO, "ana@contoso", Some("Ana"), &["account_admin"]);
    let second = person_token(CONTOSO, "ben@contoso", Some("Ben"), &["account_admin"]);
    let settings = json!({"imports_need_second_admin": true});
    let on = drafts
        .call(
            Method::PUT,
            "/api/v1/settings",
            Some(&first),
            Some(settings.clone()),
        )
        .await;
    assert_eq!(on.status, StatusCode::OK, "{}", on.text());
    let draft = json!({"content": {
        "selections": [{"pinpoint_profile_id": "bp-fr"}, {"pinpoint_profile_id": "bp-be"}],
        "chosen": ["bp-fr", "bp-be"],
        "reviewed": [{"step": "account"}], "place": {"step": "edit", "profile": "bp-fr"},
        "acknowledgements": acknowledged()}});
    let saved = drafts
        .call(
            Method::PUT,
            "/api/v1/imports/draft",
            Some(&first),
            Some(draft.clone()),
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.text());
    let digest = drafts
        .preview_digest(&first, &contoso_request())
        .await
        .unwrap_or_default();
    let submission = json!({"plan_digest": digest.trim_matches('"')});
    let submitted = drafts
        .call(
            Method::POST,
            "/api/v1/imports/draft/submission",
            Some(&first),
            Some(submission.clone()),
        )
        .await;
    assert_eq!(submitted.status, StatusCode::OK, "{}", submitted.text());
    let request = json!({
        "selections": [{"pinpoint_profile_id": "bp-fr", "overrides": {
            "name": "Contoso FR", "description": "One\nTwo", "tags": ["cloud"]}}],
        "acknowledgements": acknowledged()
    });
    let fabrikam: Value = serde_json::from_slice(&std::fs::read(fixture("fabrikam.json"))?)?;
    Ok(vec![
        (
            false,
            Write::new(
                Method::POST,
                "/api/v1/business-profiles",
                &contoso,
                new_profile("NL"),
            ),
        ),
        (
            false,
            Write::new(
                Method::PATCH,
                &p,
                &contoso,
                json!({"name": "Contoso FR", "description": "Line\nline", "website": "https://contoso.example",
                       "linkedin": "https://www.linkedin.com/company/contoso", "tags": ["cloud", "data"]}),
            ),
        ),
        (
            false,
            Write::new(
                Method::POST,
                format!("{p}/locations"),
                &contoso,
                json!({"name": "Nantes", "phone": "+33 2 00 00 00 00", "email": "nantes@contoso.example",
                       "address": {"line1": "1 rue X", "city": "Nantes", "postal_code": "44000", "country": "FR"}}),
            ),
        ),
        (
            false,
            Write::new(
                Method::PATCH,
                format!("{p}/locations/{lid}"),
                &contoso,
                json!({"name": "Paris HQ", "phone": "+33 1 00 00 00 00", "email": "paris@contoso.example"}),
            ),
        ),
        (
            false,
            Write::new(
                Method::PUT,
                format!("{p}/locations/{lid}/solutions"),
                &contoso,
                json!({"solution_ids": [sid]}),
            ),
        ),
        (
            false,
            Write::new(
                Method::PATCH,
                format!("{p}/solutions/{sid}"),
                &contoso,
                json!({"name": "Contoso Cloud", "summary": "Short\nsummary",
                       "description": "Long\r\ndescription", "url": "https://contoso.example/cloud"}),
            ),
        ),
        (
            false,
            Write::new(
                Method::POST,
                "/api/v1/operator/exports",
                OPERATOR_TOKEN,
                fabrikam,
            ),
        ),
        (
            false,
            Write::new(
                Method::POST,
                "/api/v1/dev/token",
                "",
                json!({"partner_id": CONTOSO}),
            ),
        ),
        (
            true,
            Write::new(Method::POST, "/api/v1/imports/preview", &first, request),
        ),
        // The draft is submitted: a save that reads is refused (409).
        (
            true,
            Write::new(Method::PUT, "/api/v1/imports/draft", &first, draft),
        ),
        (
            true,
            Write::new(
                Method::POST,
                "/api/v1/imports/draft/submission",
                &first,
                submission,
            ),
        ),
        (
            true,
            Write::new(
                Method::POST,
                "/api/v1/imports/draft/submission/return",
                &second,
                json!({"comment": "Please check\nthe description."}),
            ),
        ),
        (
            true,
            Write::new(Method::PUT, "/api/v1/settings", &second, settings),
        ),
    ])
}

fn never_a_server_error(write: &Write, body: &Value, answer: &Answer) {
    assert!(
        answer.status.is_success() || answer.status.is_client_error(),
        "{} {} with {body}: {} {}",
        write.method,
        write.path,
        answer.status,
        answer.text()
    );
}

#[tokio::test]
async fn hostile_strings_in_every_field_of_every_write_are_never_a_server_error() -> TestResult {
    let (imported, drafts) = (TestApp::new().await?, TestApp::new().await?);
    let long = long();
    let hostile: Vec<&str> = HOSTILE.iter().copied().chain([long.as_str()]).collect();
    let mut checked = 0;
    for (on_drafts, write) in writes(&imported, &drafts).await? {
        let app = if on_drafts { &drafts } else { &imported };
        let mut leaves = Vec::new();
        string_leaves(&write.body, "", &mut leaves);
        // Every string at once, each hostile text in turn.
        for text in &hostile {
            let body = with(&write.body, None, text);
            never_a_server_error(&write, &body, &write.send(app, body.clone()).await);
        }
        for (n, leaf) in leaves.iter().enumerate() {
            // One string at a time, the rest valid, so storage is reached.
            let text = hostile.get(n % hostile.len()).copied().unwrap_or_default();
            let body = with(&write.body, Some(leaf), text);
            never_a_server_error(&write, &body, &write.send(app, body.clone()).await);
            // A NUL: refused at its pointer, before anything is stored.
            let body = with(&write.body, Some(leaf), "a\u{0}b");
            let answer = write.send(app, body.clone()).await;
            never_a_server_error(&write, &body, &answer);
            let at_leaf = answer.json()["issues"]
                .as_array()
                .into_iter()
                .flatten()
                // An export's value that does not read (an enum, the
                // format) is refused by the export's own codes.
                .any(|i| {
                    let code = i["code"].as_str().unwrap_or_default();
                    (code == "text_control_character" || code.starts_with("export_"))
                        && i["path"] == leaf.as_str()
                });
            assert!(
                answer.status == StatusCode::BAD_REQUEST
                    || (answer.status == StatusCode::UNPROCESSABLE_ENTITY && at_leaf),
                "{} {} NUL at {leaf}: {} {}",
                write.method,
                write.path,
                answer.status,
                answer.text()
            );
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} strings were checked");
    Ok(())
}

#[tokio::test]
async fn an_import_keeps_hostile_but_storable_text_and_refuses_control_characters() -> TestResult {
    for text in HOSTILE.iter().copied().chain(["Contoso FR"]) {
        let app = TestApp::new().await?;
        let request = json!({
            "selections": [{"pinpoint_profile_id": "bp-fr",
                            "overrides": {"name": text, "description": text}}],
            "acknowledgements": acknowledged()
        });
        let answer = app.commit(&admin(CONTOSO), "hostile", request).await;
        let codes: Vec<Value> = answer.json()["issues"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|i| i["code"].clone())
            .collect();
        if !transition_domain::text::is_storable(text, false) {
            assert_eq!(
                answer.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{text:?}: {}",
                answer.text()
            );
            assert!(
                codes.contains(&json!("text_control_character")),
                "{text:?}: {codes:?}"
            );
        } else if text.trim().is_empty() {
            assert_eq!(
                answer.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{text:?}: {}",
                answer.text()
            );
            assert!(
                !codes.contains(&json!("text_control_character")),
                "{text:?}: {codes:?}"
            );
        } else {
            assert_eq!(
                answer.status,
                StatusCode::CREATED,
                "{text:?}: {}",
                answer.text()
            );
            let id = answer.json()["profiles"][0]["id"]
                .as_str()
                .unwrap_or_default()
                .to_owned();
            let profile = app
                .get(&format!("/api/v1/business-profiles/{id}"), &admin(CONTOSO))
                .await;
            assert_eq!(profile.json()["name"], text.trim(), "{text:?} kept as sent");
        }
    }
    Ok(())
}

#[tokio::test]
async fn the_reported_nul_in_a_profile_name_is_422_on_every_backend() -> TestResult {
    let app = TestApp::new().await?;
    let result = app.import_contoso().await;
    let id = result["profiles"][0]["id"].as_str().unwrap_or_default();
    let path = format!("/api/v1/business-profiles/{id}");
    let before = app.get(&path, &admin(CONTOSO)).await.json();
    let answer = app
        .call(
            Method::PATCH,
            &path,
            Some(&admin(CONTOSO)),
            Some(json!({"name": "Contoso\u{0}FR"})),
        )
        .await;
    assert_eq!(
        answer.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        answer.text()
    );
    assert_eq!(answer.code(), "validation_failed");
    assert_eq!(answer.json()["issues"][0]["code"], "text_control_character");
    assert_eq!(answer.json()["issues"][0]["path"], "/name");
    assert_eq!(
        app.get(&path, &admin(CONTOSO)).await.json(),
        before,
        "nothing changed"
    );
    Ok(())
}

#[tokio::test]
async fn a_lone_surrogate_is_not_json_text() -> TestResult {
    let app = TestApp::new().await?;
    for body in [r#"{"name": "\uD800"}"#, r#"{"name": "a\uDC00b"}"#] {
        let request = Request::builder()
            .method(Method::POST)
            .uri("/api/v1/imports/preview")
            .header("authorization", format!("Bearer {}", admin(CONTOSO)))
            .header("content-type", "application/json")
            .body(Body::from(body))?;
        let answer = app.send(request).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{}", answer.text());
        assert_eq!(answer.code(), "malformed_request");
    }
    Ok(())
}
