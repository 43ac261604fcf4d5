//! Bounded work per request, through the router (`oneshot`): a body just
//! under the general limit (1 MiB) full of list entries is refused by its
//! lengths alone, quickly and with a small answer; an answer lists at
//! most `MAX_ISSUES_SHOWN` issues and says how many there are in all; the
//! OpenAPI document shows every bound.

use std::time::{Duration, Instant};

use axum::http::{Method, StatusCode};
use serde_json::{json, Value};
use transition_domain::bounds::{LISTS, MAX_ISSUES_SHOWN};
use transition_server::state::{Settings, DEFAULT_MAX_BODY_BYTES};
use transition_tests::*;

/// The tests' settings with the default body limit (1 MiB).
async fn app() -> Result<TestApp, Box<dyn std::error::Error + Send + Sync>> {
    TestApp::with_settings(Settings {
        max_body_bytes: DEFAULT_MAX_BODY_BYTES,
        ..settings(true)
    })
    .await
}

/// The largest answer a refusal may be.
const MAX_ANSWER: usize = 256 * 1024;
/// The longest a refusal may take, in a debug build.
const MAX_TIME: Duration = Duration::from_secs(1);

/// A JSON array of `n` empty strings, written `"", ` (4 bytes each).
fn empty_strings(n: usize) -> String {
    let mut list = String::with_capacity(4 * n + 2);
    list.push('[');
    for k in 0..n {
        if k > 0 {
            list.push_str(", ");
        }
        list.push_str("\"\"");
    }
    list.push(']');
    list
}

/// Sends `body` (raw JSON) to `path` with `token`; the answer and how
/// long it took.
async fn post(app: &TestApp, path: &str, token: &str, body: String) -> (Answer, Duration) {
    let request = axum::http::Request::builder()
        .method(Method::POST)
        .uri(path)
        .header("authorization", format!("Bearer {token}"))
        .header("content-type", "application/json")
        .header("idempotency-key", "bounds-test")
        .body(axum::body::Body::from(body));
    let request = match request {
        Ok(request) => request,
        Err(error) => panic!("bad test request: {error}"),
    };
    let started = Instant::now();
    let answer = app.send(request).await;
    (answer, started.elapsed())
}

/// A read-only user of Contoso (no role).
fn reader() -> String {
    token(CONTOSO, &[])
}

fn issue_summary(answer: &Answer) -> Vec<(String, String, i64, i64)> {
    answer.json()["issues"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|issue| {
            (
                issue["code"].as_str().unwrap_or_default().to_owned(),
                issue["path"].as_str().unwrap_or_default().to_owned(),
                issue["params"]["limit"].as_i64().unwrap_or(-1),
                issue["params"]["actual"].as_i64().unwrap_or(-1),
            )
        })
        .collect()
}

/// Checks the refusal is small and fast, and prints the figures.
fn small_and_fast(what: &str, body_len: usize, answer: &Answer, elapsed: Duration) {
    println!(
        "{what}: body {body_len} bytes -> {} with {} bytes in {elapsed:?}",
        answer.status,
        answer.body.len()
    );
    assert!(
        answer.body.len() < MAX_ANSWER,
        "{what}: {} bytes",
        answer.body.len()
    );
    assert!(elapsed < MAX_TIME, "{what}: {elapsed:?}");
}

#[tokio::test]
async fn a_readers_preview_of_250000_empty_entries_is_refused_small_and_fast() -> TestResult {
    let app = app().await?;
    let body = format!(
        r#"{{"selections": [{{"pinpoint_profile_id": "bp-fr", "overrides": {{"industries": {}}}}}]}}"#,
        empty_strings(250_000)
    );
    assert!(body.len() > 999_000 && body.len() < DEFAULT_MAX_BODY_BYTES);
    let (answer, elapsed) = post(&app, "/api/v1/imports/preview", &reader(), body.clone()).await;
    assert_eq!(
        answer.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        answer.text()
    );
    assert_eq!(answer.code(), "validation_failed");
    assert_eq!(
        issue_summary(&answer),
        [(
            "list_too_long".to_owned(),
            "/selections/0/overrides/industries".to_owned(),
            100,
            250_000
        )]
    );
    assert_eq!(answer.json()["issue_count"], 1);
    small_and_fast("one list of 250,000", body.len(), &answer, elapsed);

    // In French too, with the limit in the message.
    let answer = app
        .call_with(
            Method::POST,
            "/api/v1/imports/preview",
            Some(&reader()),
            Some(serde_json::from_str(&body)?),
            &[("accept-language", "fr")],
        )
        .await;
    assert_eq!(
        answer.json()["issues"][0]["message"],
        "Cette liste compte 250\u{202f}000 entrées ; la limite est de 100."
    );

    // The commit refuses it the same way, before anything else.
    let (answer, elapsed) = post(&app, "/api/v1/imports", &admin(CONTOSO), body.clone()).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        issue_summary(&answer)[0].1,
        "/selections/0/overrides/industries"
    );
    small_and_fast("the same, committed", body.len(), &answer, elapsed);
    Ok(())
}

#[tokio::test]
async fn entries_spread_over_several_lists_and_selections_are_refused_with_a_capped_answer(
) -> TestResult {
    let app = app().await?;
    // Six lists of one selection, about 41,000 entries each.
    let lists = [
        "industries",
        "products",
        "service_types",
        "tags",
        "target_sizes",
        "excluded_location_ids",
    ];
    let overrides: Vec<String> = lists
        .iter()
        .map(|name| format!(r#""{name}": {}"#, empty_strings(41_000)))
        .collect();
    let body = format!(
        r#"{{"selections": [{{"pinpoint_profile_id": "bp-fr", "overrides": {{{}}}}}]}}"#,
        overrides.join(", ")
    );
    assert!(body.len() < DEFAULT_MAX_BODY_BYTES);
    let (answer, elapsed) = post(&app, "/api/v1/imports/preview", &reader(), body.clone()).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    let paths: Vec<String> = issue_summary(&answer)
        .into_iter()
        .map(|(_, path, _, _)| path)
        .collect();
    let want: Vec<String> = lists
        .iter()
        .map(|name| format!("/selections/0/overrides/{name}"))
        .collect();
    assert_eq!(paths, want);
    small_and_fast("six lists of 41,000", body.len(), &answer, elapsed);

    // 250 selections (the most), each with 1,000 tags: 250 issues, of
    // which the answer lists the first 100 and counts all.
    let selection = format!(
        r#"{{"pinpoint_profile_id": "bp-fr", "overrides": {{"tags": {}}}}}"#,
        empty_strings(1_000)
    );
    let body = format!(
        r#"{{"selections": [{}]}}"#,
        vec![selection.as_str(); 250].join(", ")
    );
    assert!(body.len() < DEFAULT_MAX_BODY_BYTES);
    let (answer, elapsed) = post(&app, "/api/v1/imports/preview", &reader(), body.clone()).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    let issues = issue_summary(&answer);
    assert_eq!(issues.len(), MAX_ISSUES_SHOWN);
    assert_eq!(answer.json()["issue_count"], 250);
    assert_eq!(issues[0].1, "/selections/0/overrides/tags");
    assert_eq!(issues[99].1, "/selections/99/overrides/tags");
    assert!(issues
        .iter()
        .all(|(code, _, limit, actual)| code == "list_too_long"
            && *limit == 100
            && *actual == 1_000));
    small_and_fast("250 selections of 1,000 tags", body.len(), &answer, elapsed);

    // One selection too many: one issue, and nothing inside is read.
    let body = format!(
        r#"{{"selections": [{}]}}"#,
        vec![r#"{"pinpoint_profile_id": "bp-fr", "overrides": {"tags": ["", "", ""]}}"#; 251]
            .join(", ")
    );
    let (answer, elapsed) = post(&app, "/api/v1/imports/preview", &reader(), body.clone()).await;
    assert_eq!(
        issue_summary(&answer),
        [(
            "list_too_long".to_owned(),
            "/selections".to_owned(),
            250,
            251
        )]
    );
    small_and_fast("251 selections", body.len(), &answer, elapsed);
    Ok(())
}

/// A preview (200) and a commit (422) of 1,000 corrections to locations
/// that do not exist: 1,000 issues that are not about a length.
#[tokio::test]
async fn many_issues_are_listed_up_to_the_cap_with_their_total() -> TestResult {
    let app = app().await?;
    let overrides: serde_json::Map<String, Value> = (0..1_000)
        .map(|n| (format!("nowhere-{n:04}"), json!({"name": ""})))
        .collect();
    let request = json!({
        "selections": [{"pinpoint_profile_id": "bp-fr", "location_overrides": overrides}],
        "acknowledgements": acknowledged()
    });
    let body = request.to_string();

    let (answer, elapsed) = post(&app, "/api/v1/imports/preview", &reader(), body.clone()).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    let report = answer.json();
    let issues = report["issues"].as_array().cloned().unwrap_or_default();
    assert_eq!(issues.len(), MAX_ISSUES_SHOWN);
    let total = report["issue_count"].as_u64().unwrap_or_default();
    let counted = report["errors"].as_u64().unwrap_or_default()
        + report["warnings"].as_u64().unwrap_or_default();
    assert_eq!(total, counted, "the total counts every issue");
    let unknown = issues
        .iter()
        .filter(|i| i["code"] == "location_unknown")
        .count();
    assert!(total > 1_000 && unknown >= 99, "{total} {unknown}");
    assert_eq!(report["can_commit"], false);
    small_and_fast(
        "preview of 1,000 unknown locations",
        body.len(),
        &answer,
        elapsed,
    );

    let (answer, elapsed) = post(&app, "/api/v1/imports", &admin(CONTOSO), body.clone()).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(answer.code(), "validation_failed");
    let problem = answer.json();
    assert_eq!(
        problem["issues"].as_array().map(Vec::len),
        Some(MAX_ISSUES_SHOWN)
    );
    assert!(problem["issue_count"].as_u64().unwrap_or_default() >= 1_000);
    small_and_fast(
        "commit of 1,000 unknown locations",
        body.len(),
        &answer,
        elapsed,
    );

    // Under the cap, the total is the list's length.
    let small = json!({"selections": [{"pinpoint_profile_id": "bp-fr",
                                       "overrides": {"tags": ["", " "]}}],
                       "acknowledgements": acknowledged()});
    let answer = app.commit(&admin(CONTOSO), "small", small).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    let shown = answer.json()["issues"].as_array().map(Vec::len);
    assert_eq!(shown, Some(2));
    assert_eq!(answer.json()["issue_count"], 2);
    Ok(())
}

#[tokio::test]
async fn every_body_route_refuses_a_list_over_its_bound() -> TestResult {
    let app = app().await?;
    let imported = app.import_contoso().await;
    let profile = &imported["profiles"][0];
    let id = profile["id"].as_str().unwrap_or_default();
    let lid = profile["locations"][0]["id"].as_str().unwrap_or_default();
    let sid = profile["solutions"][0]["id"].as_str().unwrap_or_default();
    let p = format!("/api/v1/business-profiles/{id}");
    let many = || Value::Array(vec![json!(""); 1_001]);
    let cases = [
        (p.clone(), json!({"tags": many()}), "/tags"),
        (
            format!("{p}/solutions/{sid}"),
            json!({"industries": many()}),
            "/industries",
        ),
        (
            format!("{p}/locations/{lid}/solutions"),
            json!({"solution_ids": Value::Array(vec![json!("x"); 1_001])}),
            "/solution_ids",
        ),
    ];
    for (path, body, at) in cases {
        let method = if path.ends_with("/solutions") {
            Method::PUT
        } else {
            Method::PATCH
        };
        let answer = app
            .call(method, &path, Some(&admin(CONTOSO)), Some(body))
            .await;
        assert_eq!(
            answer.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{path}: {}",
            answer.text()
        );
        assert_eq!(issue_summary(&answer)[0].0, "list_too_long", "{path}");
        assert_eq!(issue_summary(&answer)[0].1, at, "{path}");
    }
    let draft = json!({"region": "US", "name": "N", "website": "https://n.test",
                       "target_sizes": ["small"], "industries": many()});
    let answer = app.create_profile(&admin(CONTOSO), draft).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(issue_summary(&answer)[0].1, "/industries");
    Ok(())
}

#[tokio::test]
async fn the_openapi_document_shows_every_bound() -> TestResult {
    let app = app().await?;
    let doc = app
        .get("/api/v1/openapi.json", &admin(CONTOSO))
        .await
        .json();
    let schemas = &doc["components"]["schemas"];
    let bound_of = |property: &Value| -> Option<u64> {
        let own = property["maxItems"]
            .as_u64()
            .or_else(|| property["maxProperties"].as_u64());
        own.or_else(|| {
            ["oneOf", "anyOf"].iter().find_map(|key| {
                property[key].as_array()?.iter().find_map(|branch| {
                    branch["maxItems"]
                        .as_u64()
                        .or_else(|| branch["maxProperties"].as_u64())
                })
            })
        })
    };
    for list in LISTS {
        let property = &schemas[list.schema]["properties"][list.property];
        assert_eq!(
            bound_of(property),
            Some(list.bound.max as u64),
            "{}.{}: {property}",
            list.schema,
            list.property
        );
    }
    // Every list of a bounded schema has its bound: a new list without
    // one fails here.
    for schema in LISTS.iter().map(|l| l.schema) {
        for (name, property) in schemas[schema]["properties"]
            .as_object()
            .into_iter()
            .flatten()
        {
            let text = property.to_string();
            let is_list = text.contains("\"array\"") || text.contains("additionalProperties");
            let nested_object = property["$ref"].is_string();
            if is_list && !nested_object {
                assert!(
                    bound_of(property).is_some(),
                    "{schema}.{name} is a list without a bound: {property}"
                );
            }
        }
    }
    // The 422 of a list over its bound is declared on every body route.
    let preview = &doc["paths"]["/api/v1/imports/preview"]["post"]["responses"]["422"];
    assert!(preview["description"]
        .as_str()
        .unwrap_or_default()
        .contains("list_too_long"));
    Ok(())
}

#[test]
fn the_general_body_limit_is_one_mebibyte() {
    assert_eq!(DEFAULT_MAX_BODY_BYTES, 1024 * 1024);
    assert_eq!(Settings::default().max_body_bytes, DEFAULT_MAX_BODY_BYTES);
}

/// A route that writes checks the caller's role before a byte of the body
/// is read (issue 24): a read-only token announcing a megabyte and sending
/// a few bytes is refused 403 at once, not after the body's timeout.
#[tokio::test]
async fn a_read_only_caller_is_refused_before_the_body_is_read() -> TestResult {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = app().await?;
    let base = spawn_server(&app).await?;
    let addr = base.trim_start_matches("http://");
    let reader = token(CONTOSO, &["reader"]);
    for (method, path) in [
        ("PUT", "/api/v1/imports/draft"),
        ("POST", "/api/v1/imports"),
        ("PATCH", "/api/v1/business-profiles/any"),
        ("PUT", "/api/v1/settings"),
    ] {
        let mut stream = tokio::net::TcpStream::connect(addr).await?;
        let head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {reader}\r\n\
             Content-Type: application/json\r\nIdempotency-Key: k\r\nContent-Length: 1000000\r\n\r\n{{\"con"
        );
        stream.write_all(head.as_bytes()).await?;
        let started = Instant::now();
        let mut answer = vec![0u8; 4096];
        let read = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut answer)).await??;
        let text = String::from_utf8_lossy(&answer[..read]);
        assert!(text.starts_with("HTTP/1.1 403"), "{method} {path}: {text}");
        assert!(text.contains("role_required"), "{method} {path}: {text}");
        assert!(started.elapsed() < MAX_TIME, "{method} {path}: not at once");
    }
    Ok(())
}
