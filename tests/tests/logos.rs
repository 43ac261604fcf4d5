//! Logo uploads (`POST /api/v1/logos`, `GET /api/v1/logos/{id}`) and
//! their use in imports and profile edits: the format and size are read
//! from the bytes, the domain's logo rule decides, each partner sees only
//! its own uploads, and a profile's uploaded logo carries the stored
//! facts, whatever the client said. Images are built here, byte by byte.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use serde_json::{json, Value};
use transition_domain::wire::logos::{MAX_LOGOS_PER_PARTNER, MAX_LOGO_BYTES};
use transition_tests::*;

#[path = "../images.rs"]
mod images;

use images::{bmp, png};

const LOGOS: &str = "/api/v1/logos";

/// Uploads `bytes` as `token`, saying they are `image/png` from a
/// `logo.png` (which the server must not believe).
async fn upload(app: &TestApp, token: &str, bytes: Vec<u8>, length: bool) -> Answer {
    let mut builder = Request::builder()
        .method(Method::POST)
        .uri(LOGOS)
        .header("authorization", format!("Bearer {token}"))
        .header("content-type", "image/png")
        .header("content-disposition", "attachment; filename=\"logo.png\"");
    if length {
        builder = builder.header("content-length", bytes.len().to_string());
    }
    match builder.body(Body::from(bytes)) {
        Ok(request) => app.send(request).await,
        Err(error) => panic!("bad test request: {error}"),
    }
}

async fn uploaded(app: &TestApp, token: &str, bytes: Vec<u8>) -> Value {
    let answer = upload(app, token, bytes, true).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    answer.json()
}

fn issue_codes(answer: &Answer) -> Vec<(String, String)> {
    answer.json()["issues"]
        .as_array()
        .map(|issues| {
            issues
                .iter()
                .map(|i| {
                    let text = |k: &str| i[k].as_str().unwrap_or_default().to_owned();
                    (text("code"), text("path"))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// A 422 whose one issue is `code` at `at`.
fn refused_with(answer: &Answer, code: &str, at: &str) {
    assert_eq!(
        answer.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        answer.text()
    );
    assert_eq!(issue_codes(answer), vec![(code.to_owned(), at.to_owned())]);
}

/// Contoso's French profile, its logo the upload `id` (with facts the
/// client made up).
fn request_with_logo(id: &str) -> Value {
    json!({
        "selections": [{
            "pinpoint_profile_id": "bp-fr",
            "overrides": {"logo": {
                "url": "https://contoso.example/fake.png",
                "format": "bmp", "width": 9999, "height": 1, "upload": id
            }}
        }],
        "acknowledgements": acknowledged()
    })
}

#[tokio::test]
async fn over_a_mebibyte_is_refused_while_reading() -> TestResult {
    let app = TestApp::new().await?;
    let mut big = png(10, 10);
    big.resize(MAX_LOGO_BYTES + 1, 0);
    // Said up front, and not said (read until the limit is passed).
    for length in [true, false] {
        let answer = upload(&app, &admin(CONTOSO), big.clone(), length).await;
        assert_eq!(
            answer.status,
            StatusCode::PAYLOAD_TOO_LARGE,
            "{}",
            answer.text()
        );
        assert_eq!(answer.code(), "payload_too_large");
        assert_eq!(
            answer.json()["title"]
                .as_str()
                .map(|t| t.contains("1,048,576")),
            Some(true),
            "{}",
            answer.text()
        );
    }
    // Exactly the limit is read (and judged by its bytes).
    let mut edge = png(10, 10);
    edge.resize(MAX_LOGO_BYTES, 0);
    let answer = upload(&app, &admin(CONTOSO), edge, false).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    Ok(())
}

#[tokio::test]
async fn the_format_is_read_from_the_bytes() -> TestResult {
    let app = TestApp::new().await?;
    // A BMP sent as image/png named logo.png.
    let answer = upload(&app, &admin(CONTOSO), bmp(100, 50), true).await;
    assert_eq!(
        answer.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        answer.text()
    );
    assert_eq!(answer.code(), "validation_failed");
    assert_eq!(
        issue_codes(&answer),
        vec![("logo_format_unsupported".to_owned(), "/format".to_owned())]
    );
    assert_eq!(answer.json()["issues"][0]["params"]["format"], "bmp");
    // No image at all; an SVG is no GIF, JPG or PNG either.
    let svg = b"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>".to_vec();
    for bytes in [b"not an image".to_vec(), svg, Vec::new()] {
        let answer = upload(&app, &admin(CONTOSO), bytes, true).await;
        refused_with(&answer, "logo_unreadable", "/format");
    }
    // In the caller's language, like every problem.
    let answer = app
        .send(
            Request::builder()
                .method(Method::POST)
                .uri(LOGOS)
                .header("authorization", format!("Bearer {}", admin(CONTOSO)))
                .header("accept-language", "fr")
                .body(Body::from(bmp(10, 10)))?,
        )
        .await;
    let message = answer.json()["issues"][0]["message"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert!(message.contains("chargez un remplaçant"), "{message}");
    Ok(())
}

#[tokio::test]
async fn the_width_decides_and_an_accepted_logo_is_served_back_as_sent() -> TestResult {
    let app = TestApp::new().await?;
    let answer = upload(&app, &admin(CONTOSO), png(640, 200), true).await;
    refused_with(&answer, "logo_too_wide", "/width");
    assert_eq!(answer.json()["issues"][0]["params"]["actual"], 640);

    let bytes = png(300, 100);
    let answer = upload(&app, &admin(CONTOSO), bytes.clone(), true).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    let logo = answer.json();
    assert_eq!(logo["format"], "png");
    assert_eq!(
        (logo["width"].as_u64(), logo["height"].as_u64()),
        (Some(300), Some(100))
    );
    assert_eq!(logo["byte_size"].as_u64(), Some(bytes.len() as u64));
    assert!(logo.get("warnings").is_none(), "{logo}");
    let id = logo["id"].as_str().unwrap_or_default();
    assert_eq!(answer.header("location"), format!("{LOGOS}/{id}"));

    let served = app.get(&format!("{LOGOS}/{id}"), &admin(CONTOSO)).await;
    assert_eq!(served.status, StatusCode::OK);
    assert_eq!(served.body, bytes, "byte for byte");
    assert_eq!(served.header("content-type"), "image/png");
    assert_eq!(served.header("x-content-type-options"), "nosniff");
    let cache = served.header("cache-control");
    assert!(
        cache.contains("private") && cache.contains("immutable"),
        "{cache}"
    );
    assert!(served
        .header("content-security-policy")
        .contains("default-src 'none'"));
    assert!(served.header("content-disposition").starts_with("inline"));
    // Without a token, nothing.
    let anonymous = app
        .call(Method::GET, &format!("{LOGOS}/{id}"), None, None)
        .await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);

    // Taller than wide: kept, with the warning.
    let tall = uploaded(&app, &admin(CONTOSO), png(100, 200)).await;
    assert_eq!(
        tall["warnings"][0]["code"], "logo_taller_than_wide",
        "{tall}"
    );
    Ok(())
}

#[tokio::test]
async fn a_read_only_role_is_refused_before_the_body_is_read() -> TestResult {
    let app = TestApp::new().await?;
    let reader = token(CONTOSO, &["reader"]);
    // Even an oversized body is answered 403, not 413.
    let mut big = png(10, 10);
    big.resize(MAX_LOGO_BYTES + 10, 0);
    for bytes in [png(300, 100), big] {
        let answer = upload(&app, &reader, bytes, false).await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "{}", answer.text());
        assert_eq!(answer.code(), "role_required");
    }
    // A reader may still see the partner's logos.
    let logo = uploaded(&app, &admin(CONTOSO), png(50, 50)).await;
    let id = logo["id"].as_str().unwrap_or_default();
    assert_eq!(
        app.get(&format!("{LOGOS}/{id}"), &reader).await.status,
        StatusCode::OK
    );
    Ok(())
}

#[tokio::test]
async fn an_upload_in_a_commit_puts_the_stored_facts_on_the_profile() -> TestResult {
    let app = TestApp::new().await?;
    let logo = uploaded(&app, &admin(CONTOSO), png(300, 100)).await;
    let id = logo["id"].as_str().unwrap_or_default();
    // The preview reads the stored facts, not the 9999 px BMP the client said.
    let preview = app
        .call(
            Method::POST,
            "/api/v1/imports/preview",
            Some(&admin(CONTOSO)),
            Some(request_with_logo(id)),
        )
        .await;
    assert_eq!(preview.status, StatusCode::OK, "{}", preview.text());
    assert!(
        !preview.text().contains("logo_"),
        "no logo issue: {}",
        preview.text()
    );
    let answer = app
        .commit(&admin(CONTOSO), "with-logo", request_with_logo(id))
        .await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    let profiles = app
        .get("/api/v1/business-profiles", &admin(CONTOSO))
        .await
        .json();
    let stored = &profiles["items"][0]["logo"];
    assert_eq!(
        stored,
        &json!({"url": "", "format": "png", "width": 300, "height": 100, "upload": id}),
        "{profiles}"
    );

    // A later edit to another upload reads its facts too.
    let other = uploaded(&app, &admin(CONTOSO), png(120, 240)).await;
    let other_id = other["id"].as_str().unwrap_or_default();
    let path = format!(
        "/api/v1/business-profiles/{}",
        profiles["items"][0]["id"].as_str().unwrap_or_default()
    );
    let patch =
        json!({"logo": {"url": "", "format": "png", "width": 1, "height": 1, "upload": other_id}});
    let edited = app
        .call(Method::PATCH, &path, Some(&admin(CONTOSO)), Some(patch))
        .await;
    assert_eq!(edited.status, StatusCode::OK, "{}", edited.text());
    assert_eq!(edited.json()["logo"]["width"], 120);
    assert_eq!(edited.json()["logo"]["height"], 240);
    // An unknown upload: refused at its pointer, nothing changed.
    let patch = json!({"logo": {"url": "", "format": "png", "width": 1, "height": 1, "upload": "no-such-logo"}});
    let refused = app
        .call(Method::PATCH, &path, Some(&admin(CONTOSO)), Some(patch))
        .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.text()
    );
    assert_eq!(
        issue_codes(&refused),
        vec![("logo_upload_unknown".to_owned(), "/logo/upload".to_owned())]
    );
    assert_eq!(
        app.get(&path, &admin(CONTOSO)).await.json()["logo"]["upload"],
        other_id
    );
    Ok(())
}

#[tokio::test]
async fn another_partners_logo_is_not_there() -> TestResult {
    let app = TestApp::new().await?;
    let logo = uploaded(&app, &admin(FABRIKAM), png(300, 100)).await;
    let id = logo["id"].as_str().unwrap_or_default();
    let theirs = app.get(&format!("{LOGOS}/{id}"), &admin(CONTOSO)).await;
    assert_eq!(theirs.status, StatusCode::NOT_FOUND, "{}", theirs.text());
    assert_eq!(theirs.code(), "not_found");

    let expected = vec![(
        "logo_upload_unknown".to_owned(),
        "/selections/0/overrides/logo/upload".to_owned(),
    )];
    let preview = app
        .call(
            Method::POST,
            "/api/v1/imports/preview",
            Some(&admin(CONTOSO)),
            Some(request_with_logo(id)),
        )
        .await;
    assert_eq!(
        preview.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        preview.text()
    );
    assert_eq!(issue_codes(&preview), expected);
    let commit = app
        .commit(&admin(CONTOSO), "theirs", request_with_logo(id))
        .await;
    assert_eq!(
        commit.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        commit.text()
    );
    assert_eq!(issue_codes(&commit), expected);
    let listed = app
        .get("/api/v1/business-profiles", &admin(CONTOSO))
        .await
        .json();
    assert_eq!(listed["items"], json!([]), "nothing written");

    // Nor in an edit of Contoso's own profile.
    let imported = app.import_contoso().await;
    let path = format!(
        "/api/v1/business-profiles/{}",
        imported["profiles"][0]["id"].as_str().unwrap_or_default()
    );
    let before = app.get(&path, &admin(CONTOSO)).await.json();
    let patch =
        json!({"logo": {"url": "", "format": "png", "width": 300, "height": 100, "upload": id}});
    let edit = app
        .call(Method::PATCH, &path, Some(&admin(CONTOSO)), Some(patch))
        .await;
    assert_eq!(
        edit.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        edit.text()
    );
    assert_eq!(
        app.get(&path, &admin(CONTOSO)).await.json(),
        before,
        "nothing changed"
    );
    Ok(())
}

#[tokio::test]
async fn a_partner_keeps_its_newest_uploads_and_every_one_in_use() -> TestResult {
    let app = TestApp::new().await?;
    let owner = admin(CONTOSO);
    // The first upload is used by a profile; the second is not.
    let used = uploaded(&app, &owner, png(300, 100)).await;
    let used_id = used["id"].as_str().unwrap_or_default().to_owned();
    let answer = app
        .commit(&owner, "used", request_with_logo(&used_id))
        .await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    let unused = uploaded(&app, &owner, png(30, 10)).await;
    let unused_id = unused["id"].as_str().unwrap_or_default().to_owned();
    let mut newest = Vec::new();
    for _ in 2..MAX_LOGOS_PER_PARTNER {
        newest.push(uploaded(&app, &owner, png(20, 10)).await);
    }
    // Now at the bound: all kept.
    assert_eq!(
        app.get(&format!("{LOGOS}/{unused_id}"), &owner)
            .await
            .status,
        StatusCode::OK
    );
    // One more: the oldest unused one goes, the one in use stays.
    let last = uploaded(&app, &owner, png(40, 10)).await;
    let gone = app.get(&format!("{LOGOS}/{unused_id}"), &owner).await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.get(&format!("{LOGOS}/{used_id}"), &owner).await.status,
        StatusCode::OK
    );
    for logo in newest.iter().chain([&last]) {
        let id = logo["id"].as_str().unwrap_or_default();
        assert_eq!(
            app.get(&format!("{LOGOS}/{id}"), &owner).await.status,
            StatusCode::OK
        );
    }
    // Another partner's uploads count for it alone.
    uploaded(&app, &admin(FABRIKAM), png(10, 10)).await;
    assert_eq!(
        app.get(&format!("{LOGOS}/{used_id}"), &owner).await.status,
        StatusCode::OK
    );
    Ok(())
}
