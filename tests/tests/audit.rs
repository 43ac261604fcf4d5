//! Issue 12 part 8: every change leaves exactly one audit record (who,
//! when, what: the action, the ids, the names of the fields changed),
//! written with the change; `GET /api/v1/audit` lists the caller's own
//! partner's records only, newest first, a bounded page at a time.

use axum::http::{Method, StatusCode};
use serde_json::{json, Value};
use transition_server::tokens::{TokenKeys, DEFAULT_AUDIENCE};
use transition_tests::*;

/// Every record of `token`'s partner, newest first (pages of 100).
async fn trail(app: &TestApp, token: &str) -> Vec<Value> {
    let mut all = Vec::new();
    let mut path = "/api/v1/audit?limit=100".to_owned();
    loop {
        let page = app.get(&path, token).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.text());
        let page = page.json();
        all.extend(page["items"].as_array().cloned().unwrap_or_default());
        match page["next_before"].as_str() {
            Some(before) => path = format!("/api/v1/audit?limit=100&before={before}"),
            None => return all,
        }
    }
}

/// Sends one change and checks it left exactly one new record, which it
/// returns (its `change` part).
async fn one_record(
    app: &TestApp,
    token: &str,
    method: Method,
    path: &str,
    body: Option<Value>,
    expected: StatusCode,
) -> (Answer, Value) {
    let before = trail(app, token).await;
    let answer = app.call(method, path, Some(token), body).await;
    assert_eq!(answer.status, expected, "{path}: {}", answer.text());
    let after = trail(app, token).await;
    assert_eq!(after.len(), before.len() + 1, "{path}: exactly one record");
    let record = after[0].clone();
    assert_eq!(record["partner_id"], CONTOSO);
    assert_eq!(record["actor"]["partner_id"], CONTOSO);
    assert_eq!(record["actor"]["person"], json!({"id": "user-4412345"}));
    assert_eq!(record["actor"]["roles"], json!(["account_admin"]));
    assert!(record["created_at"]
        .as_str()
        .is_some_and(|t| t.ends_with('Z')));
    (answer, record["change"].clone())
}

/// A portal token with the `csp` claim, for a partner without an export.
fn csp_token(partner: &str) -> String {
    let claims = json!({
        "sub": format!("user-{partner}"),
        "partner_id": partner,
        "roles": ["account_admin"],
        "exp": unix_now() + 3600,
        "aud": DEFAULT_AUDIENCE,
        "csp": true,
    });
    TokenKeys::new(SECRET.as_bytes(), DEFAULT_AUDIENCE)
        .mint(&claims)
        .unwrap_or_default()
}

#[tokio::test]
async fn every_change_leaves_exactly_one_record_with_its_action_actor_and_ids() -> TestResult {
    let app = TestApp::new().await?;
    let token = admin(CONTOSO);
    assert!(trail(&app, &token).await.is_empty());

    let result = app.import_contoso().await;
    let records = trail(&app, &token).await;
    assert_eq!(records.len(), 1);
    let import = &records[0]["change"];
    assert_eq!(import["action"], "import");
    assert_eq!(import["import_id"], result["id"]);
    assert_eq!(import["created"][0]["id"], result["profiles"][0]["id"]);
    assert_eq!(import["not_imported"]["referrals"]["count"], 4);

    let profile = &result["profiles"][0];
    let id = profile["id"].as_str().unwrap_or_default();
    let lid = profile["locations"][0]["id"].as_str().unwrap_or_default();
    let sid = profile["solutions"][0]["id"].as_str().unwrap_or_default();
    let p = format!("/api/v1/business-profiles/{id}");

    let (_, change) = one_record(
        &app,
        &token,
        Method::PATCH,
        &p,
        Some(json!({"name": "Contoso Renamed", "tags": ["cloud"]})),
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        change,
        json!({"action": "profile_edit", "profile_id": id, "fields": ["name", "tags"]})
    );

    // Removing locations through a profile edit names them too.
    let second = profile["locations"][1]["id"].as_str().unwrap_or_default();
    let (_, change) = one_record(
        &app,
        &token,
        Method::PATCH,
        &p,
        Some(json!({"excluded_location_ids": [second]})),
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        change,
        json!({"action": "profile_edit", "profile_id": id, "fields": ["locations"]})
    );

    let new_location = json!({"name": "Lyon", "address": {"line1": "1 rue X", "city": "Lyon",
                                                           "postal_code": "69001", "country": "FR"}});
    let (answer, change) = one_record(
        &app,
        &token,
        Method::POST,
        &format!("{p}/locations"),
        Some(new_location),
        StatusCode::CREATED,
    )
    .await;
    let new_lid = answer
        .header("location")
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_owned();
    assert!(!new_lid.is_empty());
    assert_eq!(
        change,
        json!({"action": "location_add", "profile_id": id, "location_id": new_lid})
    );

    // Contacts change by name only: the record never holds their values.
    let (_, change) = one_record(
        &app,
        &token,
        Method::PATCH,
        &format!("{p}/locations/{lid}"),
        Some(json!({"phone": "+33 1 99 88 77 66", "email": "private.person@contoso.example"})),
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        change,
        json!({"action": "location_edit", "profile_id": id, "location_id": lid,
               "fields": ["email", "phone"]})
    );

    let (_, change) = one_record(
        &app,
        &token,
        Method::PUT,
        &format!("{p}/locations/{lid}/solutions"),
        Some(json!({"solution_ids": [sid]})),
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        change,
        json!({"action": "location_solutions_set", "profile_id": id, "location_id": lid,
               "solution_ids": [sid]})
    );

    let (_, change) = one_record(
        &app,
        &token,
        Method::PATCH,
        &format!("{p}/solutions/{sid}"),
        Some(json!({"name": "Renamed solution"})),
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        change,
        json!({"action": "solution_edit", "profile_id": id, "solution_id": sid, "fields": ["name"]})
    );

    let (_, change) = one_record(
        &app,
        &token,
        Method::DELETE,
        &format!("{p}/solutions/{sid}"),
        None,
        StatusCode::NO_CONTENT,
    )
    .await;
    assert_eq!(
        change,
        json!({"action": "solution_delete", "profile_id": id, "solution_id": sid})
    );

    let (_, change) = one_record(
        &app,
        &token,
        Method::DELETE,
        &format!("{p}/locations/{new_lid}"),
        None,
        StatusCode::NO_CONTENT,
    )
    .await;
    assert_eq!(
        change,
        json!({"action": "location_delete", "profile_id": id, "location_id": new_lid})
    );

    let (answer, change) = one_record(
        &app,
        &token,
        Method::POST,
        "/api/v1/business-profiles",
        Some(new_profile("DE")),
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(
        change,
        json!({"action": "profile_create", "profile_id": answer.json()["id"], "region": "DE"})
    );

    // Refused changes leave no record.
    let count = trail(&app, &token).await.len();
    let refused = [
        (Method::POST, format!("{p}/solutions"), Some(json!({}))),
        (Method::PATCH, p.clone(), Some(json!({"name": ""}))),
        (
            Method::POST,
            "/api/v1/business-profiles".to_owned(),
            Some(new_profile("DE")),
        ),
    ];
    for (method, path, body) in refused {
        let answer = app.call(method, &path, Some(&token), body).await;
        assert!(answer.status.is_client_error(), "{path}: {}", answer.status);
    }
    let reader = transition_tests::token(CONTOSO, &["reader"]);
    let answer = app
        .call(Method::PATCH, &p, Some(&reader), Some(json!({"name": "X"})))
        .await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
    let all = trail(&app, &token).await;
    assert_eq!(all.len(), count, "no record for a refused change");

    // Nothing personal is copied: not the new contacts, not a referral.
    let text = serde_json::to_string(&all)?;
    assert!(!text.contains("private.person@contoso.example"));
    assert!(!text.contains("+33 1 99 88 77 66"));
    assert!(!text.contains("contact_email"));
    Ok(())
}

#[tokio::test]
async fn a_partner_never_sees_another_partners_records() -> TestResult {
    let app = TestApp::new().await?;
    app.import_contoso().await;
    let other = "7745678";
    let other_token = csp_token(other);
    let created = app.create_profile(&other_token, new_profile("FR")).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text());

    let contoso = trail(&app, &admin(CONTOSO)).await;
    let theirs = trail(&app, &other_token).await;
    assert_eq!(contoso.len(), 1);
    assert_eq!(theirs.len(), 1);
    assert!(contoso.iter().all(|r| r["partner_id"] == CONTOSO));
    assert!(theirs.iter().all(|r| r["partner_id"] == other));
    assert_eq!(theirs[0]["change"]["action"], "profile_create");
    // Another partner's record id as a cursor shows nothing.
    let probe = app
        .get(
            &format!(
                "/api/v1/audit?before={}",
                contoso[0]["id"].as_str().unwrap_or_default()
            ),
            &other_token,
        )
        .await;
    assert_eq!(probe.status, StatusCode::OK);
    assert_eq!(probe.json()["items"], json!([]));
    // Another partner's attempts at Contoso's profile change nothing, and
    // write no record anywhere.
    let profiles = app.get("/api/v1/business-profiles", &admin(CONTOSO)).await;
    let profile = profiles.json()["items"][0].clone();
    for (method, path, body) in profile_changes(&profile) {
        let answer = app.call(method, &path, Some(&admin(FABRIKAM)), body).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{path}");
    }
    assert_eq!(trail(&app, &admin(CONTOSO)).await.len(), 1);
    // Fabrikam, who changed nothing, sees nothing.
    assert!(trail(&app, &admin(FABRIKAM)).await.is_empty());
    // The operator sees both, newest first.
    let operator = app.operator_audit().await.json()["items"].clone();
    assert_eq!(operator.as_array().map(Vec::len), Some(2));
    assert_eq!(operator[0]["partner_id"], other);
    assert_eq!(operator[1]["partner_id"], CONTOSO);
    // Without a token, nothing.
    let anonymous = app.call(Method::GET, "/api/v1/audit", None, None).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    Ok(())
}

#[tokio::test]
async fn the_trail_comes_in_bounded_pages_newest_first() -> TestResult {
    let app = TestApp::new().await?;
    let token = admin(CONTOSO);
    let result = app.import_contoso().await;
    let id = result["profiles"][0]["id"].as_str().unwrap_or_default();
    for n in 0..4 {
        let answer = app
            .call(
                Method::PATCH,
                &format!("/api/v1/business-profiles/{id}"),
                Some(&token),
                Some(json!({"name": format!("Contoso {n}")})),
            )
            .await;
        assert_eq!(answer.status, StatusCode::OK);
    }
    let all = trail(&app, &token).await;
    assert_eq!(all.len(), 5);
    assert_eq!(all[4]["change"]["action"], "import", "oldest last");

    let first = app.get("/api/v1/audit?limit=2", &token).await.json();
    assert_eq!(first["items"].as_array().map(Vec::len), Some(2));
    assert_eq!(first["items"][0]["id"], all[0]["id"]);
    let before = first["next_before"].as_str().unwrap_or_default();
    assert_eq!(before, all[1]["id"]);
    let second = app
        .get(&format!("/api/v1/audit?limit=2&before={before}"), &token)
        .await
        .json();
    assert_eq!(second["items"][0]["id"], all[2]["id"]);
    let before = second["next_before"].as_str().unwrap_or_default();
    let last = app
        .get(&format!("/api/v1/audit?limit=2&before={before}"), &token)
        .await
        .json();
    assert_eq!(last["items"].as_array().map(Vec::len), Some(1));
    assert!(last.get("next_before").is_none(), "the last page says so");

    for bad in ["0", "101", "-1", "x"] {
        let answer = app.get(&format!("/api/v1/audit?limit={bad}"), &token).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "limit={bad}");
        assert_eq!(answer.code(), "malformed_request");
    }
    let default = app.get("/api/v1/audit", &token).await.json();
    assert_eq!(default["items"].as_array().map(Vec::len), Some(5));
    Ok(())
}
