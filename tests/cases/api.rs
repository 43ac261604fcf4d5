// One test per route and per problem code of API.md. Included by
// `tests/api_router.rs` (through the router) and `tests/api_socket.rs`
// (through a real socket), each of which defines `app()`.

#[tokio::test]
async fn health_answers_ok_with_storage() -> TestResult {
    let app = app().await?;
    let answer = app.call(Method::GET, "/api/v1/health", None, None).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.json()["storage"], "ok");
    let ready = app.call(Method::GET, "/api/v1/ready", None, None).await;
    assert_eq!(ready.status, StatusCode::OK, "{}", ready.text());
    assert_eq!(ready.json(), serde_json::json!({"status": "ok", "storage": "ok"}));
    Ok(())
}

#[tokio::test]
async fn me_tells_who_calls() -> TestResult {
    let app = app().await?;
    let me = app.get("/api/v1/me", &admin(CONTOSO)).await;
    assert_eq!(me.status, StatusCode::OK);
    let me = me.json();
    assert_eq!(me["partner_id"], CONTOSO);
    assert_eq!(me["company_name"], "Contoso Ltd");
    assert_eq!(me["csp"], true);
    assert_eq!(me["can_write"], true);
    assert_eq!(me["pinpoint_account"]["status"], "active");
    let reader = app.get("/api/v1/me", &token(CONTOSO, &[])).await.json();
    assert_eq!(reader["can_write"], false);
    Ok(())
}

#[tokio::test]
async fn the_pinpoint_account_is_returned_as_stored() -> TestResult {
    let app = app().await?;
    let account = app.get("/api/v1/pinpoint/account", &admin(CONTOSO)).await;
    assert_eq!(account.status, StatusCode::OK);
    let account = account.json();
    assert_eq!(account["status"], "active");
    let stored: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixture("contoso.json"))?)?;
    assert_eq!(account["export"], stored);
    let northwind = app
        .get("/api/v1/pinpoint/account", &admin(NORTHWIND))
        .await
        .json();
    assert_eq!(northwind["status"], "closed");
    let stranger = app.get("/api/v1/pinpoint/account", &admin("999")).await;
    assert_eq!(stranger.status, StatusCode::NOT_FOUND);
    Ok(())
}

#[tokio::test]
async fn referrals_download_the_same_before_and_after_the_import() -> TestResult {
    let app = app().await?;
    let reader = token(CONTOSO, &[]);
    let csv_before = app
        .get("/api/v1/pinpoint/account/referrals.csv", &reader)
        .await;
    let json_before = app
        .get("/api/v1/pinpoint/account/referrals.json", &reader)
        .await;
    assert_eq!(csv_before.status, StatusCode::OK);
    assert_eq!(csv_before.header("content-type"), "text/csv; charset=utf-8");
    assert!(csv_before
        .header("content-disposition")
        .contains("referrals-pp-contoso.csv"));
    assert_eq!(
        csv_before.text().lines().count(),
        5,
        "header and four referrals"
    );
    assert_eq!(json_before.json().as_array().map(Vec::len), Some(4));

    app.import_contoso().await;
    let csv_after = app
        .get("/api/v1/pinpoint/account/referrals.csv", &reader)
        .await;
    let json_after = app
        .get("/api/v1/pinpoint/account/referrals.json", &reader)
        .await;
    assert_eq!(csv_after.body, csv_before.body, "byte for byte");
    assert_eq!(json_after.body, json_before.body, "byte for byte");
    // The JSON is the export's referrals, value for value.
    let stored: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixture("contoso.json"))?)?;
    assert_eq!(json_after.json(), stored["referrals"]);
    Ok(())
}

#[tokio::test]
async fn preview_plans_and_changes_nothing() -> TestResult {
    let app = app().await?;
    let preview = app
        .call_with(
            Method::POST,
            "/api/v1/imports/preview",
            Some(&admin(FABRIKAM)),
            Some(json!({"selections": [{"pinpoint_profile_id": "bp-us"}]})),
            &[("accept-language", "fr-FR,fr;q=0.9")],
        )
        .await;
    assert_eq!(preview.status, StatusCode::OK);
    let plan = preview.json();
    assert_eq!(plan["can_commit"], false);
    assert_eq!(plan["errors"], 9);
    assert_eq!(plan["issues"][0]["code"], "description_too_long");
    assert!(plan["issues"][0]["message"]
        .as_str()
        .unwrap_or_default()
        .starts_with("La description"));
    let me = app.get("/api/v1/me", &admin(FABRIKAM)).await.json();
    assert_eq!(me["pinpoint_account"]["status"], "active");
    assert_eq!(me["business_profiles"], 0);
    Ok(())
}

#[tokio::test]
async fn a_commit_creates_everything_closes_the_account_and_is_audited() -> TestResult {
    let app = app().await?;
    let result = app.import_contoso().await;
    let profiles = result["profiles"].as_array().cloned().unwrap_or_default();
    assert_eq!(profiles.len(), 2);
    assert_eq!(profiles[0]["region"], "FR");
    assert_eq!(profiles[0]["solutions"].as_array().map(Vec::len), Some(4));
    assert_eq!(result["not_imported"]["reviews"], 3);
    // Referrals by count and id only: no customer's contact is copied.
    assert_eq!(result["not_imported"]["referrals"]["count"], 4);
    assert_eq!(
        result["not_imported"]["referrals"]["ids"]
            .as_array()
            .map(Vec::len),
        Some(4)
    );
    let stored = app.state.store.account(&CONTOSO.parse()?).await?;
    let export: serde_json::Value =
        serde_json::from_str(&stored.map(|a| a.export_json).unwrap_or_default())?;
    for referral in export["referrals"].as_array().into_iter().flatten() {
        for field in ["customer_name", "contact_name", "contact_email", "contact_phone"] {
            if let Some(text) = referral[field].as_str() {
                assert!(
                    !result.to_string().contains(text),
                    "the result copies the referral's {field}"
                );
            }
        }
    }
    assert_eq!(
        result["not_imported"]["dropped_products"][0]["value"],
        "Salesforce CRM"
    );
    assert_eq!(result["actor"]["partner_id"], CONTOSO);
    assert_eq!(result["actor"]["person"]["id"], "user-4412345");

    let token = admin(CONTOSO);
    let me = app.get("/api/v1/me", &token).await.json();
    assert_eq!(me["pinpoint_account"]["status"], "closed");
    assert_eq!(me["pinpoint_account"]["import_id"], result["id"]);
    let listed = app.get("/api/v1/business-profiles", &token).await.json();
    assert_eq!(listed["items"].as_array().map(Vec::len), Some(2));

    let id = result["id"].as_str().unwrap_or_default();
    let fetched = app.get(&format!("/api/v1/imports/{id}"), &token).await;
    assert_eq!(fetched.status, StatusCode::OK);
    assert_eq!(fetched.json(), result);

    let audit = app
        .call(
            Method::GET,
            &format!("/api/v1/operator/audit?partner_id={CONTOSO}"),
            Some(OPERATOR_TOKEN),
            None,
        )
        .await;
    assert_eq!(audit.status, StatusCode::OK);
    let audit = audit.json()["items"].clone();
    assert_eq!(audit.as_array().map(Vec::len), Some(1));
    assert_eq!(audit[0]["change"]["action"], "import");
    assert_eq!(audit[0]["change"]["import_id"], result["id"]);
    assert_eq!(audit[0]["actor"]["partner_id"], CONTOSO);
    assert_eq!(audit[0]["actor"]["person"]["id"], "user-4412345");
    assert_eq!(
        audit[0]["change"]["created"].as_array().map(Vec::len),
        Some(2)
    );
    assert_eq!(audit[0]["change"]["not_imported"]["reviews"], 3);
    assert_eq!(
        audit[0]["change"]["not_imported"]["referrals"],
        result["not_imported"]["referrals"]
    );
    Ok(())
}

#[tokio::test]
async fn a_closed_account_is_refused_for_preview_and_commit_with_the_service_centre() -> TestResult
{
    let app = app().await?;
    let body = json!({"selections": [{"pinpoint_profile_id": "bp-nw"}], "acknowledgements": acknowledged()});
    let preview = app
        .call(
            Method::POST,
            "/api/v1/imports/preview",
            Some(&admin(NORTHWIND)),
            Some(body.clone()),
        )
        .await;
    assert_eq!(preview.status, StatusCode::CONFLICT);
    assert_eq!(preview.code(), "pinpoint_account_closed");
    assert!(preview.json()["help_url"]
        .as_str()
        .is_some_and(|u| u.starts_with("https://")));
    let commit = app.commit(&admin(NORTHWIND), "k", body).await;
    assert_eq!(commit.status, StatusCode::CONFLICT);
    assert_eq!(commit.code(), "pinpoint_account_closed");

    // And a second import after a first one is refused the same way.
    app.import_contoso().await;
    let again = app
        .commit(&admin(CONTOSO), "another-key", contoso_request())
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert_eq!(again.code(), "pinpoint_account_closed");
    Ok(())
}

#[tokio::test]
async fn validation_failed_lists_every_issue() -> TestResult {
    let app = app().await?;
    let body = json!({"selections": [{"pinpoint_profile_id": "bp-us"}], "acknowledgements": acknowledged()});
    let answer = app.commit(&admin(FABRIKAM), "k", body).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(answer.header("content-type"), "application/problem+json");
    let problem = answer.json();
    assert_eq!(problem["code"], "validation_failed");
    assert_eq!(
        problem["type"],
        "https://pinpoint-transition.example/problems/validation_failed"
    );
    assert_eq!(problem["issues"].as_array().map(Vec::len), Some(9));
    assert!(problem["issues"]
        .as_array()
        .into_iter()
        .flatten()
        .all(|i| i["severity"] == "error"));
    let me = app.get("/api/v1/me", &admin(FABRIKAM)).await.json();
    assert_eq!(
        me["pinpoint_account"]["status"], "active",
        "nothing changed"
    );
    Ok(())
}

#[tokio::test]
async fn a_commit_needs_both_acknowledgements() -> TestResult {
    let app = app().await?;
    let body = json!({"selections": [{"pinpoint_profile_id": "bp-fr"}],
                      "acknowledgements": {"referrals_noted": true}});
    let answer = app.commit(&admin(CONTOSO), "k", body).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(answer.code(), "acknowledgement_required");
    Ok(())
}

#[tokio::test]
async fn idempotency_key_missing_and_reused() -> TestResult {
    let app = app().await?;
    let token = admin(CONTOSO);
    let missing = app
        .call(
            Method::POST,
            "/api/v1/imports",
            Some(&token),
            Some(contoso_request()),
        )
        .await;
    assert_eq!(missing.status, StatusCode::BAD_REQUEST);
    assert_eq!(missing.code(), "idempotency_key_missing");

    let first = app.commit(&token, "key-1", contoso_request()).await;
    assert_eq!(first.status, StatusCode::CREATED);
    let other_body = json!({"selections": [{"pinpoint_profile_id": "bp-fr"}], "acknowledgements": acknowledged()});
    let reused = app.commit(&token, "key-1", other_body).await;
    assert_eq!(reused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reused.code(), "idempotency_key_reused");
    Ok(())
}

#[tokio::test]
async fn region_already_has_profile_is_refused_with_the_service_centre() -> TestResult {
    let app = app().await?;
    let token = admin(CONTOSO);
    let created = app
        .create_profile(&token, new_profile("BE"))
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text());
    let answer = app.commit(&token, "k", contoso_request()).await;
    assert_eq!(answer.status, StatusCode::CONFLICT);
    assert_eq!(answer.code(), "region_already_has_profile");
    assert!(answer.json()["help_url"].is_string());
    assert!(answer.json()["title"]
        .as_str()
        .unwrap_or_default()
        .contains("BE"));
    let again = app
        .create_profile(&token, new_profile("BE"))
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert_eq!(again.code(), "region_already_has_profile");
    Ok(())
}


#[tokio::test]
async fn only_csp_partners_create_profiles() -> TestResult {
    let app = app().await?;
    let answer = app
        .create_profile(&admin(FABRIKAM), new_profile("US"))
        .await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
    assert_eq!(answer.code(), "csp_only");
    assert!(answer.json()["help_url"].is_string());
    let created = app
        .create_profile(&admin(CONTOSO), new_profile("DE"))
        .await;
    // A DE profile whose only location is in DE.
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text());
    assert!(created
        .header("location")
        .starts_with("/api/v1/business-profiles/"));
    let invalid = app
        .create_profile(&admin(CONTOSO), json!({"region": "NL", "name": "", "website": "nope", "target_sizes": []}))
        .await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    let codes: Vec<String> = invalid.json()["issues"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|i| i["code"].as_str().map(str::to_owned))
        .collect();
    assert_eq!(
        codes,
        [
            "name_empty",
            "website_invalid",
            "target_sizes_empty",
            "locations_empty"
        ]
    );
    Ok(())
}

/// Imports Contoso and returns (token, FR profile).
async fn imported(app: &TestApp) -> (String, serde_json::Value) {
    let result = app.import_contoso().await;
    (admin(CONTOSO), result["profiles"][0].clone())
}

#[tokio::test]
async fn a_profile_is_read_and_edited_under_the_same_rules() -> TestResult {
    let app = app().await?;
    let (token, fr) = imported(&app).await;
    let id = fr["id"].as_str().unwrap_or_default();
    let path = format!("/api/v1/business-profiles/{id}");
    let read = app.get(&path, &token).await;
    assert_eq!(read.status, StatusCode::OK);
    assert_eq!(read.json(), fr);

    let edited = app
        .call(
            Method::PATCH,
            &path,
            Some(&token),
            Some(json!({"name": "Contoso France SAS", "linkedin": null})),
        )
        .await;
    assert_eq!(edited.status, StatusCode::OK, "{}", edited.text());
    assert_eq!(edited.json()["name"], "Contoso France SAS");
    assert!(edited.json().get("linkedin").is_none());

    let refused = app
        .call(
            Method::PATCH,
            &path,
            Some(&token),
            Some(json!({"description": "x".repeat(2501)})),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.json()["issues"][0]["code"], "description_too_long");
    assert_eq!(refused.json()["issues"][0]["path"], "/description");
    Ok(())
}

#[tokio::test]
async fn locations_are_added_renamed_and_deleted_but_never_moved() -> TestResult {
    let app = app().await?;
    let (token, fr) = imported(&app).await;
    let id = fr["id"].as_str().unwrap_or_default();
    let base = format!("/api/v1/business-profiles/{id}/locations");
    let added = app
        .call(
            Method::POST,
            &base,
            Some(&token),
            Some(
                json!({"name": "Lille", "address": {"line1": "1 Grand Place", "city": "Lille",
                        "postal_code": "59000", "country": "FR"}}),
            ),
        )
        .await;
    assert_eq!(added.status, StatusCode::CREATED, "{}", added.text());
    let profile = added.json();
    assert_eq!(profile["locations"].as_array().map(Vec::len), Some(3));
    let lille = profile["locations"][2]["id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert!(added.header("location").ends_with(&lille));

    let moved = app
        .call(
            Method::PATCH,
            &format!("{base}/{lille}"),
            Some(&token),
            Some(json!({"address": {"line1": "2 Grand Place", "city": "Lille", "postal_code": "59000", "country": "FR"}})),
        )
        .await;
    assert_eq!(moved.status, StatusCode::CONFLICT);
    assert_eq!(moved.code(), "location_address_immutable");

    let renamed = app
        .call(
            Method::PATCH,
            &format!("{base}/{lille}"),
            Some(&token),
            Some(json!({"name": "Lille centre"})),
        )
        .await;
    assert_eq!(renamed.status, StatusCode::OK);
    assert_eq!(renamed.json()["locations"][2]["name"], "Lille centre");

    let deleted = app
        .call(
            Method::DELETE,
            &format!("{base}/{lille}"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(deleted.status, StatusCode::NO_CONTENT);
    let gone = app
        .call(
            Method::DELETE,
            &format!("{base}/{lille}"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    Ok(())
}

#[tokio::test]
async fn a_locations_solutions_are_set_from_the_profiles_own() -> TestResult {
    let app = app().await?;
    let (token, fr) = imported(&app).await;
    let id = fr["id"].as_str().unwrap_or_default();
    let lyon = fr["locations"][1]["id"].as_str().unwrap_or_default();
    let solution = fr["solutions"][1]["id"].as_str().unwrap_or_default();
    let path = format!("/api/v1/business-profiles/{id}/locations/{lyon}/solutions");
    let set = app
        .call(
            Method::PUT,
            &path,
            Some(&token),
            Some(json!({"solution_ids": [solution]})),
        )
        .await;
    assert_eq!(set.status, StatusCode::OK, "{}", set.text());
    assert_eq!(
        set.json()["locations"][1]["solution_ids"],
        json!([solution])
    );
    let foreign = app
        .call(
            Method::PUT,
            &path,
            Some(&token),
            Some(json!({"solution_ids": ["not-ours"]})),
        )
        .await;
    assert_eq!(foreign.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        foreign.json()["issues"][0]["code"],
        "location_solution_unknown"
    );
    Ok(())
}

#[tokio::test]
async fn solutions_are_edited_and_deleted_never_added() -> TestResult {
    let app = app().await?;
    let (token, fr) = imported(&app).await;
    let id = fr["id"].as_str().unwrap_or_default();
    let stock = fr["solutions"][0]["id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let base = format!("/api/v1/business-profiles/{id}/solutions");

    let edited = app
        .call(
            Method::PATCH,
            &format!("{base}/{stock}"),
            Some(&token),
            Some(json!({"summary": "Nouveau résumé."})),
        )
        .await;
    assert_eq!(edited.status, StatusCode::OK, "{}", edited.text());
    assert_eq!(edited.json()["solutions"][0]["summary"], "Nouveau résumé.");

    let added = app
        .call(
            Method::POST,
            &base,
            Some(&token),
            Some(json!({"name": "New", "kind": "app"})),
        )
        .await;
    assert_eq!(added.status, StatusCode::CONFLICT);
    assert_eq!(added.code(), "solutions_import_only");

    let deleted = app
        .call(
            Method::DELETE,
            &format!("{base}/{stock}"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(deleted.status, StatusCode::NO_CONTENT);
    let profile = app
        .get(&format!("/api/v1/business-profiles/{id}"), &token)
        .await
        .json();
    assert_eq!(profile["solutions"].as_array().map(Vec::len), Some(3));
    let everywhere: Vec<&serde_json::Value> = profile["locations"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|l| l["solution_ids"].as_array().into_iter().flatten())
        .collect();
    assert!(
        !everywhere
            .iter()
            .any(|s| s.as_str() == Some(stock.as_str())),
        "gone from every location"
    );
    let again = app
        .call(
            Method::DELETE,
            &format!("{base}/{stock}"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
    Ok(())
}

#[tokio::test]
async fn read_only_users_get_role_required_on_every_change() -> TestResult {
    let app = app().await?;
    let (_, fr) = imported(&app).await;
    let reader = token(CONTOSO, &["reader"]);
    let p = format!("/api/v1/business-profiles/{}", fr["id"].as_str().unwrap_or_default());
    let mut changes = vec![
        (Method::POST, "/api/v1/imports".to_owned(), Some(contoso_request())),
        (Method::POST, "/api/v1/business-profiles".to_owned(), Some(new_profile("DE"))),
    ];
    changes.extend(profile_changes(&fr));
    for (method, path, body) in changes {
        let answer = app
            .call_with(
                method.clone(),
                &path,
                Some(&reader),
                body,
                &[("idempotency-key", "r")],
            )
            .await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "{method} {path}");
        assert_eq!(answer.code(), "role_required", "{method} {path}");
        assert!(answer.json()["help_url"].is_string());
    }
    let after = app.get(&p, &reader).await.json();
    assert_eq!(after, fr, "nothing changed");
    Ok(())
}

#[tokio::test]
async fn malformed_requests_name_the_path() -> TestResult {
    let app = app().await?;
    let token = admin(CONTOSO);
    let answer = app
        .call(
            Method::POST,
            "/api/v1/imports/preview",
            Some(&token),
            Some(json!({"selections": [{"pinpoint_profile_id": 42}]})),
        )
        .await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    assert_eq!(answer.code(), "malformed_request");
    assert!(answer.json()["title"]
        .as_str()
        .unwrap_or_default()
        .contains("/selections/0/pinpoint_profile_id"));

    let not_json = app
        .send(
            axum::http::Request::builder()
                .method(Method::POST)
                .uri("/api/v1/imports/preview")
                .header("authorization", format!("Bearer {token}"))
                .header("content-type", "application/json")
                .body(axum::body::Body::from("{not json"))?,
        )
        .await;
    assert_eq!(not_json.status, StatusCode::BAD_REQUEST);
    assert_eq!(not_json.code(), "malformed_request");

    let typo = app
        .call(
            Method::POST,
            "/api/v1/imports/preview",
            Some(&token),
            Some(json!({"selections": [{"pinpoint_profile_id": "bp-fr", "overrides": {"nmae": "x"}}]})),
        )
        .await;
    assert_eq!(typo.status, StatusCode::BAD_REQUEST);
    assert!(typo.json()["title"]
        .as_str()
        .unwrap_or_default()
        .contains("nmae"));
    Ok(())
}

#[tokio::test]
async fn a_body_over_the_limit_is_payload_too_large() -> TestResult {
    let app = app().await?;
    let big = json!({"selections": [{"pinpoint_profile_id": "bp-fr", "overrides": {"description": "x".repeat(100_000)}}]});
    let answer = app
        .call(
            Method::POST,
            "/api/v1/imports/preview",
            Some(&admin(CONTOSO)),
            Some(big),
        )
        .await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(answer.code(), "payload_too_large");
    assert!(answer.json()["title"]
        .as_str()
        .unwrap_or_default()
        .contains("65,536"));
    Ok(())
}

#[tokio::test]
async fn no_api_answer_is_ever_stored_by_a_cache() -> TestResult {
    let app = app().await?;
    let token = admin(CONTOSO);
    let raw = |method: &str, path: &str, body: &str| {
        axum::http::Request::builder()
            .method(method)
            .uri(path)
            .header("authorization", format!("Bearer {token}"))
            .header("content-type", "application/json")
            .body(axum::body::Body::from(body.to_owned()))
    };
    let big = format!(r#"{{"selections": [], "padding": "{}"}}"#, "x".repeat(100_000));
    let preflight = axum::http::Request::builder()
        .method("OPTIONS")
        .uri("/api/v1/me")
        .header("origin", PORTAL_ORIGIN)
        .header("access-control-request-method", "GET")
        .header("access-control-request-headers", "authorization")
        .body(axum::body::Body::empty());
    let answers = [
        ("health", app.call(Method::GET, "/api/v1/health", None, None).await),
        ("me", app.get("/api/v1/me", &token).await),
        ("account", app.get("/api/v1/pinpoint/account", &token).await),
        (
            "referrals.csv",
            app.get("/api/v1/pinpoint/account/referrals.csv", &token).await,
        ),
        ("openapi", app.call(Method::GET, "/api/v1/openapi.json", None, None).await),
        ("no token", app.call(Method::GET, "/api/v1/me", None, None).await),
        (
            "bad operator token",
            app.get("/api/v1/operator/audit", &token).await,
        ),
        ("unknown route", app.get("/api/v1/nothing-here", &token).await),
        ("wrong method", app.call(Method::DELETE, "/api/v1/me", Some(&token), None).await),
        ("not JSON", app.send(raw("POST", "/api/v1/imports/preview", "{")?).await),
        ("too large", app.send(raw("POST", "/api/v1/imports/preview", &big)?).await),
        ("preflight", app.send(preflight?).await),
    ];
    let mut statuses = Vec::new();
    for (what, answer) in &answers {
        assert_eq!(answer.header("cache-control"), "no-store", "{what}: {}", answer.status);
        statuses.push(answer.status.as_u16());
    }
    assert_eq!(
        statuses,
        [200, 200, 200, 200, 200, 401, 401, 404, 405, 400, 413, 200],
        "the answers cover successes and errors"
    );
    // Outside the API, pages are still revalidated rather than not stored.
    let page = app.call(Method::GET, "/not-the-api", None, None).await;
    assert_eq!(page.header("cache-control"), "no-cache");
    Ok(())
}

#[tokio::test]
async fn unknown_routes_and_methods_are_problems() -> TestResult {
    let app = app().await?;
    let token = admin(CONTOSO);
    let missing = app.get("/api/v1/nothing-here", &token).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(missing.code(), "not_found");
    let wrong = app
        .call(Method::DELETE, "/api/v1/me", Some(&token), None)
        .await;
    assert_eq!(wrong.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(wrong.code(), "method_not_allowed");
    assert_eq!(wrong.header("content-type"), "application/problem+json");
    let unknown_import = app.get("/api/v1/imports/nope", &token).await;
    assert_eq!(unknown_import.code(), "not_found");
    Ok(())
}

#[tokio::test]
async fn problems_speak_the_callers_language() -> TestResult {
    let app = app().await?;
    let answer = app
        .call_with(
            Method::GET,
            "/api/v1/me",
            None,
            None,
            &[("accept-language", "fr-CA, en;q=0.5")],
        )
        .await;
    assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
    assert_eq!(answer.code(), "unauthorized");
    assert!(answer.json()["title"]
        .as_str()
        .unwrap_or_default()
        .starts_with("Reconnectez-vous"));
    assert_eq!(answer.header("content-language"), "fr");

    // In Spanish: the problem and each issue, as the Spanish locale file
    // says them, numbers grouped the Spanish way.
    let spanish = transition_domain::locales::messages(transition_domain::Lang::Es);
    let answer = app
        .call_with(Method::GET, "/api/v1/me", None, None, &[("accept-language", "es-MX,es;q=0.9,en;q=0.8")])
        .await;
    assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
    assert_eq!(answer.json()["title"], spanish.text(transition_domain::Code::Unauthorized));
    assert_eq!(answer.header("content-language"), "es");
    let preview = app
        .call_with(
            Method::POST,
            "/api/v1/imports/preview",
            Some(&admin(FABRIKAM)),
            Some(json!({"selections": [{"pinpoint_profile_id": "bp-us"}]})),
            &[("accept-language", "es")],
        )
        .await;
    let first = &preview.json()["issues"][0];
    assert_eq!(first["code"], "description_too_long");
    let message = first["message"].as_str().unwrap_or_default();
    assert_eq!(
        message,
        spanish.fill(
            transition_domain::Code::DescriptionTooLong,
            &[("actual", &2667), ("limit", &2500)]
        )
    );

    // A header that does not parse is passed over: English, never a 400.
    for header in ["@@@;q=zz", ";;;,,,", "fr;q=7"] {
        let answer = app
            .call_with(Method::GET, "/api/v1/me", None, None, &[("accept-language", header)])
            .await;
        assert_eq!(answer.status, StatusCode::UNAUTHORIZED, "{header}");
        assert_eq!(answer.header("content-language"), "en", "{header}");
    }
    Ok(())
}

#[tokio::test]
async fn demo_tokens_exist_only_in_demo_mode() -> TestResult {
    let demo = app().await?;
    let minted = demo
        .call(
            Method::POST,
            "/api/v1/dev/token",
            None,
            Some(json!({"partner_id": CONTOSO, "roles": []})),
        )
        .await;
    assert_eq!(minted.status, StatusCode::OK);
    let token = minted.json()["token"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let me = demo.get("/api/v1/me", &token).await.json();
    assert_eq!(me["can_write"], false, "an empty role list is read-only");
    let partners = demo
        .call(Method::GET, "/api/v1/dev/partners", None, None)
        .await
        .json();
    assert_eq!(partners.as_array().map(Vec::len), Some(3));

    let production = app_with(settings(false)).await?;
    let refused = production
        .call(
            Method::POST,
            "/api/v1/dev/token",
            None,
            Some(json!({"partner_id": CONTOSO})),
        )
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    Ok(())
}

#[tokio::test]
async fn operator_routes_need_the_operator_token() -> TestResult {
    let app = app().await?;
    let as_partner = app
        .call(
            Method::GET,
            "/api/v1/operator/audit",
            Some(&admin(CONTOSO)),
            None,
        )
        .await;
    assert_eq!(as_partner.status, StatusCode::UNAUTHORIZED);
    let mut export: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixture("contoso.json"))?)?;
    export["account"]["id"] = json!("pp-new");
    export["account"]["partner_id"] = json!("7000001");
    let ingested = app
        .call(
            Method::POST,
            "/api/v1/operator/exports",
            Some(OPERATOR_TOKEN),
            Some(export),
        )
        .await;
    assert_eq!(ingested.status, StatusCode::CREATED, "{}", ingested.text());
    let me = app.get("/api/v1/me", &admin("7000001")).await.json();
    assert_eq!(me["pinpoint_account"]["id"], "pp-new");
    let bad = app
        .call(
            Method::POST,
            "/api/v1/operator/exports",
            Some(OPERATOR_TOKEN),
            Some(json!({"format": "x"})),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.json()["issues"][0]["code"], "export_format_unknown");
    Ok(())
}

#[tokio::test]
async fn every_response_carries_the_security_headers() -> TestResult {
    let app = app().await?;
    let answer = app.call(Method::GET, "/api/v1/health", None, None).await;
    assert_eq!(answer.header("x-content-type-options"), "nosniff");
    assert_eq!(
        answer.header("referrer-policy"),
        "strict-origin-when-cross-origin"
    );
    let csp = answer.header("content-security-policy");
    assert!(
        csp.contains("frame-ancestors 'self' https://portal.example"),
        "{csp}"
    );
    assert!(csp.contains("default-src 'self'"));
    Ok(())
}

#[tokio::test]
async fn the_openapi_document_describes_every_route() -> TestResult {
    let app = app().await?;
    let answer = app.call(Method::GET, "/api/v1/openapi.json", None, None).await;
    assert_eq!(answer.status, StatusCode::OK);
    let doc = answer.json();
    assert_eq!(doc["openapi"], "3.1.0");
    for (path, method) in [
        ("/api/v1/health", "get"),
        ("/api/v1/me", "get"),
        ("/api/v1/pinpoint/account", "get"),
        ("/api/v1/pinpoint/account/referrals.csv", "get"),
        ("/api/v1/pinpoint/account/referrals.json", "get"),
        ("/api/v1/imports/preview", "post"),
        ("/api/v1/imports", "post"),
        ("/api/v1/imports/{id}", "get"),
        ("/api/v1/imports/draft", "get"),
        ("/api/v1/imports/draft", "put"),
        ("/api/v1/imports/draft", "delete"),
        ("/api/v1/business-profiles", "get"),
        ("/api/v1/business-profiles", "post"),
        ("/api/v1/business-profiles/{id}", "get"),
        ("/api/v1/business-profiles/{id}", "patch"),
        ("/api/v1/business-profiles/{id}/locations", "post"),
        ("/api/v1/business-profiles/{id}/locations/{lid}", "delete"),
        ("/api/v1/business-profiles/{id}/locations/{lid}/solutions", "put"),
        ("/api/v1/business-profiles/{id}/solutions/{sid}", "patch"),
        ("/api/v1/business-profiles/{id}/solutions/{sid}", "delete"),
        ("/api/v1/business-profiles/{id}/solutions", "post"),
    ] {
        assert!(doc["paths"][path][method].is_object(), "{method} {path} is not documented");
    }
    let codes = doc["components"]["schemas"]["Code"]["enum"].as_array().map(Vec::len).unwrap_or_default();
    assert_eq!(codes, transition_domain::Code::ALL.len(), "every issue code is listed");
    Ok(())
}

#[tokio::test]
async fn a_retry_while_the_first_commit_runs_is_told_to_wait() -> TestResult {
    let app = app().await?;
    // The first request under this key is still running, on another
    // replica: its claim is in the store.
    let partner = transition_domain::PartnerId::parse(CONTOSO)?;
    let now = i64::try_from(unix_now())?;
    let store = &app.state.store;
    let busy = transition_domain::IdempotencyKey::parse("busy-key")?;
    let other = transition_domain::IdempotencyKey::parse("other-key")?;
    assert!(store.claim_commit(&partner, &busy, "replica-b", now, now + 60).await?);
    let answer = app.commit(&admin(CONTOSO), "busy-key", contoso_request()).await;
    assert_eq!(answer.status, StatusCode::CONFLICT);
    assert_eq!(answer.code(), "idempotency_key_in_progress");
    assert_eq!(answer.header("retry-after"), "1");
    let me = app.get("/api/v1/me", &admin(CONTOSO)).await.json();
    assert_eq!(me["pinpoint_account"]["status"], "active");
    // Another key is not held up.
    assert!(store.claim_commit(&partner, &other, "replica-b", now, now + 60).await?);
    store.release_commit(&partner, &other, "replica-b").await?;

    // That replica died: once its claim expires, the retry goes through,
    // and the key is free again afterwards.
    let later = now + 61;
    assert!(!store.claim_commit(&partner, &busy, "replica-c", now + 30, now + 90).await?);
    assert!(store.claim_commit(&partner, &busy, "replica-c", later, later + 60).await?);
    store.release_commit(&partner, &busy, "replica-c").await?;
    let answer = app.commit(&admin(CONTOSO), "busy-key", contoso_request()).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text());
    assert!(store.claim_commit(&partner, &busy, "replica-d", now, now + 60).await?);
    Ok(())
}
