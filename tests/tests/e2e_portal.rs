//! The real user's path: a partner inside a partner portal, outside demo
//! mode. The server runs without `--demo`, checks RS256 tokens against the
//! test JWKS and issuer, and has its exports loaded by `ingest`; the portal
//! is a page of another loopback origin (its own port) with a strict CSP of
//! its own, which mints the partner's tokens (`/token`) as a real portal
//! would, and embeds the widget from `/embed/widget.js`, or frames
//! `/embed/frame`. Screenshots: `target/e2e-screenshots/<scenario>/`.

#[path = "../e2e/browser.rs"]
mod browser;
#[path = "../e2e/portal.rs"]
mod portal;

use std::time::Duration;

use browser::{E2e, E2eResult};
use fantoccini::Locator;
use portal::{
    axe_clean, business_profiles, heard, heard_times, nth_time, open, portal, wait_js,
    CONTOSO_STEPS,
};
use transition_tests::{rs256_token, CONTOSO, FABRIKAM};

/// From the account step to an import, step by step (the steps are not
/// in the URL: the widget routes in memory).
async fn import_contoso(e2e: &mut E2e, shots: &str) -> E2eResult {
    e2e.wait("#pt-import-start").await?.click().await?;
    e2e.wait_text("Your Pinpoint account holds:").await?;
    heard(e2e, "step:{\"step\":\"account\"}").await?;
    for (i, step) in CONTOSO_STEPS.iter().enumerate() {
        e2e.click_text("Next").await?;
        heard_times(
            e2e,
            &format!("step:{{\"step\":\"{step}\"}}"),
            nth_time(&CONTOSO_STEPS, i),
        )
        .await?;
        e2e.wait("#pt-step-heading").await?;
        e2e.shot(&format!("{shots}-{i}-{step}")).await?;
    }
    e2e.wait("#pt-ack-referrals").await?.click().await?;
    e2e.wait("#pt-ack-closure").await?.click().await?;
    e2e.wait("#pt-commit").await?.click().await?;
    e2e.wait_text("Import complete").await?;
    heard(e2e, "imported:").await
}

#[tokio::test]
async fn a_portal_embeds_the_widget_with_its_own_tokens_outside_demo() -> E2eResult {
    let mut e2e = E2e::start_portal("portal-script", "en-US", &["contoso.json"], portal).await?;
    // The first token lives 10 s: the widget must ask for another.
    // The portal's signed-in person is Sam (its `/token` puts Sam in `sub`).
    open(
        &e2e,
        &format!("/portal?partner={CONTOSO}&user=sam@contoso&name=Sam%20Lee&first_ttl=10"),
    )
    .await?;
    heard(&e2e, "ready:").await?;
    heard(&e2e, "dom:ready:").await?;
    e2e.wait_text("Import from Pinpoint").await?;
    e2e.shot("mounted").await?;
    axe_clean(&e2e, "the widget in the portal").await?;
    // No chrome of its own inside the portal: no header, no breadcrumbs.
    assert!(e2e.client.find(Locator::Css(".pt-header")).await.is_err());
    assert!(e2e.client.find(Locator::Css(".pt-crumbs")).await.is_err());
    assert_eq!(
        wait_js(&e2e, "window.__tokenCalls").await?,
        serde_json::json!(1)
    );
    // The loader asked for the first reads with that token while the wasm
    // compiled; the app took both answers over and asked for neither again.
    let reads = wait_js(
        &e2e,
        r#"performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname).filter((p) => p === "/api/v1/me" || p === "/api/v1/business-profiles").sort().join(" ")"#,
    )
    .await?;
    assert_eq!(
        reads,
        serde_json::json!("/api/v1/business-profiles /api/v1/me")
    );

    // The first token expires (and the server's leeway passes).
    tokio::time::sleep(Duration::from_secs(16)).await;
    import_contoso(&mut e2e, "script").await?;
    let calls = wait_js(&e2e, "window.__tokenCalls >= 2 && window.__tokenCalls").await?;
    assert!(
        calls.as_u64() >= Some(2),
        "getToken was called {calls} times"
    );

    // A token the server refuses (another issuer): the next call answers
    // 401, the widget asks getToken again and goes on.
    let before = calls.as_u64().unwrap_or_default();
    let mut foreign = transition_tests::portal_claims(CONTOSO, &["account_admin"]);
    foreign["iss"] = "https://elsewhere.test".into();
    let foreign = rs256_token(&foreign);
    e2e.client
        .execute(
            "window.__widget.setToken(arguments[0]);",
            vec![serde_json::Value::String(foreign)],
        )
        .await?;
    e2e.click_text("Back to business profiles").await?;
    e2e.wait_text("Manage").await?;
    let after = wait_js(
        &e2e,
        &format!("window.__tokenCalls > {before} && window.__tokenCalls"),
    )
    .await?;
    assert!(after.as_u64() > Some(before));
    e2e.shot("after-401").await?;

    // The imported event carried the created profiles' ids.
    let imported = wait_js(
        &e2e,
        "window.__events.find((e) => e.startsWith('imported:'))",
    )
    .await?;
    let detail: serde_json::Value = serde_json::from_str(
        imported
            .as_str()
            .unwrap_or_default()
            .trim_start_matches("imported:"),
    )?;
    assert_eq!(
        detail["profiles"].as_array().map(Vec::len),
        Some(2),
        "{detail}"
    );
    assert!(detail["profiles"][0]["id"]
        .as_str()
        .is_some_and(|id| !id.is_empty()));

    // The import names Sam, the person of the portal's token, for every
    // person of the partner who reads it (here Alex, through the API).
    let import_id = detail["import_id"].as_str().unwrap_or_default();
    let alex = rs256_token(&transition_tests::portal_claims(
        CONTOSO,
        &["account_admin"],
    ));
    let result: serde_json::Value = serde_json::from_slice(
        &reqwest::Client::new()
            .get(format!("{}/api/v1/imports/{import_id}", e2e.base))
            .bearer_auth(alex)
            .send()
            .await?
            .bytes()
            .await?,
    )?;
    assert_eq!(
        result["actor"]["person"],
        serde_json::json!({"id": "sam@contoso", "name": "Sam Lee"}),
        "{result}"
    );

    // The same person's token for another partner (a person may work for
    // two): everything is loaded again, as that partner's (Fabrikam has no
    // export and no profile in this portal, Contoso two profiles).
    let elsewhere = rs256_token(&transition_tests::portal_claims_as(
        FABRIKAM,
        "sam@contoso",
        Some("Sam Lee"),
        &["account_admin"],
    ));
    e2e.client
        .execute(
            "window.__widget.setToken(arguments[0]);",
            vec![serde_json::Value::String(elsewhere)],
        )
        .await?;
    e2e.wait_text("You have no business profile yet.").await?;
    e2e.shot("same-person-other-partner").await?;

    // Memory routing: the portal's URL never changed.
    let url = e2e
        .client
        .execute("return location.href === window.__startUrl;", vec![])
        .await?;
    assert_eq!(
        url,
        serde_json::json!(true),
        "the widget changed the portal's URL"
    );

    // unmount() removes every node and every listener; `closed` follows.
    e2e.client
        .execute("window.__widget.unmount();", vec![])
        .await?;
    heard(&e2e, "dom:closed:").await?;
    let left = e2e
        .client
        .execute(
            "return {nodes: document.getElementById('widget').childNodes.length,
                     roots: document.querySelectorAll('.pt-root').length,
                     styles: document.querySelectorAll('link[data-pinpoint-transition]').length,
                     listeners: window.__liveListeners()};",
            vec![],
        )
        .await?;
    assert_eq!(
        left,
        serde_json::json!({"nodes": 0, "roots": 0, "styles": 0, "listeners": []}),
        "unmount() left something behind"
    );
    e2e.shot("unmounted").await?;

    // Mounted again on the same page, it works (the account is imported now).
    e2e.client.execute("window.__mount();", vec![]).await?;
    e2e.wait_text("Manage").await?;
    e2e.shot("mounted-again").await?;
    e2e.client
        .execute("window.__widget.unmount();", vec![])
        .await?;
    let listeners = e2e
        .client
        .execute("return window.__liveListeners();", vec![])
        .await?;
    assert_eq!(listeners, serde_json::json!([]));
    e2e.close().await
}

#[tokio::test]
async fn a_portal_frames_the_widget_and_only_its_parent_speaks_to_it() -> E2eResult {
    let mut e2e = E2e::start_portal("portal-framed", "en-US", &["contoso.json"], portal).await?;
    open(&e2e, &format!("/framed?partner={CONTOSO}")).await?;
    heard(&e2e, "ready:").await?;
    let frame = e2e.wait("#transition-frame").await?;
    frame.enter_frame().await?;
    e2e.wait_text("Import from Pinpoint").await?;
    e2e.shot("framed").await?;

    // Messages of another origin (the frame's own window) and of the
    // parent's origin from a window that is not the parent (a sibling
    // frame of the portal) are ignored: their locale and token change
    // nothing.
    e2e.client
        .execute(
            "window.postMessage({type: 'pinpoint-transition:locale', locale: 'fr'}, '*');
             window.postMessage({type: 'pinpoint-transition:token', token: 'forged'}, '*');",
            vec![],
        )
        .await?;
    e2e.client.enter_parent_frame().await?;
    // The portal's own origin, but not the parent window.
    wait_js(
        &e2e,
        "typeof document.getElementById('sibling').contentWindow.forge === 'function'",
    )
    .await?;
    e2e.client
        .execute(
            "document.getElementById('sibling').contentWindow.forge();",
            vec![],
        )
        .await?;
    let frame = e2e.wait("#transition-frame").await?;
    frame.enter_frame().await?;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let lang = e2e
        .client
        .execute("return document.querySelector('.pt-root').lang;", vec![])
        .await?;
    assert_eq!(
        lang,
        serde_json::json!("en"),
        "a message not from the parent was obeyed"
    );
    e2e.client.enter_parent_frame().await?;
    // The parent, of the right origin and window, is obeyed.
    e2e.client
        .execute(
            "document.getElementById('transition-frame').contentWindow.postMessage(
               {type: 'pinpoint-transition:locale', locale: 'fr'}, arguments[0]);",
            vec![serde_json::Value::String(e2e.base.clone())],
        )
        .await?;
    let frame = e2e.wait("#transition-frame").await?;
    frame.enter_frame().await?;
    e2e.wait_text("Importer").await?;
    e2e.client.enter_parent_frame().await?;
    e2e.client
        .execute(
            "document.getElementById('transition-frame').contentWindow.postMessage(
               {type: 'pinpoint-transition:locale', locale: 'en'}, arguments[0]);",
            vec![serde_json::Value::String(e2e.base.clone())],
        )
        .await?;
    let frame = e2e.wait("#transition-frame").await?;
    frame.enter_frame().await?;
    e2e.wait_text("Import from Pinpoint").await?;

    // The same flow as the script mode; the events reach the parent.
    e2e.wait("#pt-import-start").await?.click().await?;
    e2e.wait_text("Your Pinpoint account holds:").await?;
    for (i, step) in CONTOSO_STEPS.iter().enumerate() {
        e2e.click_text("Next").await?;
        e2e.wait("#pt-step-heading").await?;
        e2e.client.enter_parent_frame().await?;
        heard_times(
            &e2e,
            &format!("step:{{\"step\":\"{step}\"}}"),
            nth_time(&CONTOSO_STEPS, i),
        )
        .await?;
        let frame = e2e.wait("#transition-frame").await?;
        frame.enter_frame().await?;
    }
    e2e.wait("#pt-ack-referrals").await?.click().await?;
    e2e.wait("#pt-ack-closure").await?.click().await?;
    e2e.wait("#pt-commit").await?.click().await?;
    e2e.wait_text("Import complete").await?;
    e2e.shot("framed-imported").await?;
    e2e.client.enter_parent_frame().await?;
    heard(&e2e, "imported:").await?;
    // The forged token was never used: no call was refused, the frame
    // never asked the portal for another token.
    let asked = e2e
        .client
        .execute(
            "return window.__events.filter((e) => e.startsWith('token-request') || e.startsWith('error'));",
            vec![],
        )
        .await?;
    assert_eq!(asked, serde_json::json!([]));
    e2e.close().await
}

#[tokio::test]
async fn the_frame_is_only_for_allowed_parents() -> E2eResult {
    let e2e = E2e::start_portal("portal-frame-refused", "en-US", &[], portal).await?;
    let client = reqwest::Client::new();
    let host = e2e.host.clone().unwrap_or_default();
    let refused = client
        .get(format!(
            "{}/embed/frame?parent=https://evil.example",
            e2e.base
        ))
        .send()
        .await?;
    assert_eq!(refused.status().as_u16(), 400);
    let missing = client
        .get(format!("{}/embed/frame", e2e.base))
        .send()
        .await?;
    assert_eq!(missing.status().as_u16(), 400);
    let allowed = client
        .get(format!("{}/embed/frame?parent={host}", e2e.base))
        .send()
        .await?;
    assert_eq!(allowed.status().as_u16(), 200);
    let csp = allowed
        .headers()
        .get("content-security-policy")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(csp.ends_with(&format!("frame-ancestors {host}")), "{csp}");
    e2e.close().await
}

#[tokio::test]
async fn partners_without_a_pinpoint_export_see_what_applies() -> E2eResult {
    let mut e2e = E2e::start_portal("portal-no-export", "en-US", &[], portal).await?;
    // A CSP partner (claim), no export: Profiles tab, and a new profile.
    open(
        &e2e,
        "/portal?partner=7700001&csp=true&company=Adatum%20Corporation",
    )
    .await?;
    e2e.wait_text("Create a new business profile").await?;
    e2e.wait_text("You have no Pinpoint account to import.")
        .await?;
    e2e.shot("csp-no-export").await?;
    e2e.click_text("Create a new business profile").await?;
    e2e.wait_text("First location").await?;
    // Chosen by its name in the partner's language; the code goes on the wire.
    e2e.fill("Country or region", "Germany").await?;
    e2e.fill("Business name", "Adatum Cloud").await?;
    e2e.fill("Website", "https://adatum.example").await?;
    e2e.click_text("Small (1–50 employees)").await?;
    e2e.fill("Location name", "Berlin").await?;
    e2e.fill("Address line 1", "Unter den Linden 1").await?;
    e2e.fill("City", "Berlin").await?;
    e2e.fill("Postal code", "10117").await?;
    e2e.fill("Country", "DE").await?;
    e2e.shot("new-profile").await?;
    e2e.click_text("Create the profile").await?;
    heard(&e2e, "profile-changed:").await?;
    e2e.wait_text("Adatum Cloud").await?;
    e2e.shot("created").await?;

    // The profile is there for the partner, through the API.
    let token = rs256_token(&{
        let mut claims = transition_tests::portal_claims("7700001", &["account_admin"]);
        claims["csp"] = true.into();
        claims
    });
    let profiles = business_profiles(&e2e, &token).await?;
    let names: Vec<&str> = profiles["items"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p["name"].as_str())
        .collect();
    assert_eq!(names, ["Adatum Cloud"], "{profiles}");

    // A partner that is not CSP and has no export: why there is nothing
    // to do here, and no way to create a profile.
    e2e.client
        .execute("window.__widget.unmount();", vec![])
        .await?;
    open(&e2e, "/portal?partner=7700002&csp=false").await?;
    e2e.wait_text("You have no Pinpoint account to import.")
        .await?;
    let create = e2e
        .client
        .find(Locator::XPath(
            "//*[normalize-space(.)='Create a new business profile']",
        ))
        .await;
    assert!(
        create.is_err(),
        "a non-CSP partner is offered to create a profile"
    );
    e2e.shot("not-csp-no-export").await?;
    axe_clean(&e2e, "a partner without an export").await?;
    e2e.close().await
}

/// The input of wizard field `key` of Pinpoint profile `profile` (its DOM
/// id, as `app/src/fields.rs` writes it).
async fn wizard_field(
    e2e: &E2e,
    profile: &str,
    key: &str,
) -> E2eResult<fantoccini::elements::Element> {
    let mut id = format!("pt-w-{profile}-");
    for c in key.chars() {
        if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
            id.push(c);
        } else {
            id.push_str(&format!(".{:x}", u32::from(c)));
        }
    }
    // A field in the form of a collapsed row of a list: the row opens.
    wait_js(e2e, &format!("document.getElementById('{id}') !== null")).await?;
    e2e.client
        .execute(
            "const f = document.getElementById(arguments[0]);
             const t = f.closest('.pt-row-body') && f.closest('[data-pt-row]').querySelector('[data-pt-toggle][aria-expanded=false]');
             if (t) t.click();",
            vec![serde_json::json!(id)],
        )
        .await?;
    e2e.wait(&format!("[id='{id}']")).await
}

async fn set_field(e2e: &E2e, profile: &str, key: &str, value: &str) -> E2eResult {
    let input = wizard_field(e2e, profile, key).await?;
    browser::type_into(&input, value).await
}

#[tokio::test]
async fn fabrikam_corrects_its_locations_in_french_and_imports_them() -> E2eResult {
    let mut e2e =
        E2e::start_portal("portal-fabrikam-fr", "fr-FR", &["fabrikam.json"], portal).await?;
    open(&e2e, &format!("/portal?partner={FABRIKAM}&locale=fr")).await?;
    heard(&e2e, "ready:").await?;
    e2e.wait("#pt-import-start").await?.click().await?;
    heard(&e2e, "step:{\"step\":\"account\"}").await?;
    e2e.click_text("Suivant").await?;
    heard(&e2e, "step:{\"step\":\"choose\"}").await?;
    e2e.click_text("Suivant").await?;
    heard(&e2e, "step:{\"step\":\"edit\"}").await?;

    // The profile's own errors, fixed in the form.
    set_field(
        &e2e,
        "bp-us",
        "description",
        "Fabrikam conçoit des applications de santé sur Azure.",
    )
    .await?;
    set_field(&e2e, "bp-us", "website", "https://fabrikam.com").await?;
    set_field(
        &e2e,
        "bp-us",
        "linkedin",
        "https://www.linkedin.com/company/fabrikam",
    )
    .await?;
    set_field(&e2e, "bp-us", "tags/1", "santé").await?;
    e2e.click_text("Retirer le logo").await?;
    e2e.click_text("Suivant").await?;
    heard(&e2e, "step:{\"step\":\"solutions\"}").await?;
    set_field(
        &e2e,
        "bp-us",
        "solutions/app-care2/name",
        "CareTrack Mobile",
    )
    .await?;
    e2e.click_text("Suivant").await?;
    heard(&e2e, "step:{\"step\":\"locations\"}").await?;
    e2e.shot("locations-as-exported").await?;

    // Toronto is in Canada and the profile in the United States: its
    // error is on its country, and the partner moves it rather than lose it.
    let country = wizard_field(&e2e, "bp-us", "locations/loc-toronto/address/country").await?;
    assert_eq!(country.attr("aria-invalid").await?.as_deref(), Some("true"));
    set_field(&e2e, "bp-us", "locations/loc-toronto/name", "Portland").await?;
    set_field(
        &e2e,
        "bp-us",
        "locations/loc-toronto/address/line1",
        "1 Pioneer Square",
    )
    .await?;
    set_field(
        &e2e,
        "bp-us",
        "locations/loc-toronto/address/city",
        "Portland",
    )
    .await?;
    set_field(
        &e2e,
        "bp-us",
        "locations/loc-toronto/address/postal_code",
        "97204",
    )
    .await?;
    set_field(&e2e, "bp-us", "locations/loc-toronto/address/country", "US").await?;
    let country = wizard_field(&e2e, "bp-us", "locations/loc-toronto/address/country").await?;
    assert_ne!(country.attr("aria-invalid").await?.as_deref(), Some("true"));

    // A slip is caught live, next to the field, and corrected.
    set_field(&e2e, "bp-us", "locations/loc-0/email", "redmond@").await?;
    let email = wizard_field(&e2e, "bp-us", "locations/loc-0/email").await?;
    wait_js(
        &e2e,
        "document.querySelector(\"[id='pt-w-bp-us-locations.2floc-0.2femail']\").getAttribute('aria-invalid') === 'true'",
    )
    .await?;
    e2e.shot("a-slip").await?;
    browser::type_into(&email, "redmond@fabrikam.com").await?;
    set_field(&e2e, "bp-us", "locations/loc-0/phone", "+1 425 555 0100").await?;

    // Seven locations, five at most: offices stay in Pinpoint.
    e2e.click_text("Office 4").await?;
    e2e.click_text("Office 5").await?;
    const ADD: &str = "[id='pt-w-bp-us-locations.2fadd']";
    assert!(
        e2e.is_disabled(ADD).await?,
        "five locations: none can be added"
    );
    // One more left out makes room for a new one.
    e2e.click_text("Office 3").await?;
    wait_js(
        &e2e,
        &format!("!document.querySelector(\"{ADD}\").disabled"),
    )
    .await?;
    e2e.click_text("Ajouter un emplacement").await?;
    set_field(&e2e, "bp-us", "locations/+new-0/name", "Boise").await?;
    set_field(
        &e2e,
        "bp-us",
        "locations/+new-0/address/line1",
        "2 Capitol Blvd",
    )
    .await?;
    set_field(&e2e, "bp-us", "locations/+new-0/address/city", "Boise").await?;
    set_field(
        &e2e,
        "bp-us",
        "locations/+new-0/address/postal_code",
        "83702",
    )
    .await?;
    set_field(&e2e, "bp-us", "locations/+new-0/address/country", "US").await?;
    e2e.shot("locations-corrected").await?;
    axe_clean(&e2e, "the locations step in French").await?;

    e2e.click_text("Suivant").await?;
    heard(&e2e, "step:{\"step\":\"preview\"}").await?;
    e2e.wait("#pt-ack-referrals").await?.click().await?;
    e2e.wait("#pt-ack-closure").await?.click().await?;
    wait_js(
        &e2e,
        "!document.querySelector('#pt-commit').hasAttribute('aria-disabled')",
    )
    .await?;
    e2e.shot("preview").await?;
    e2e.wait("#pt-commit").await?.click().await?;
    heard(&e2e, "imported:").await?;
    e2e.shot("imported").await?;

    // Read back through the API, with the portal's token.
    let token = rs256_token(&transition_tests::portal_claims(
        FABRIKAM,
        &["account_admin"],
    ));
    let profiles = business_profiles(&e2e, &token).await?;
    let locations = profiles["items"][0]["locations"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let names: Vec<&str> = locations
        .iter()
        .filter_map(|l| l["name"].as_str())
        .collect();
    assert_eq!(
        names,
        ["Office 0", "Office 1", "Office 2", "Portland", "Boise"],
        "{profiles}"
    );
    assert_eq!(locations[4]["address"]["postal_code"], "83702");
    let portland = &locations[3];
    assert_eq!(
        portland["address"]["line1"], "1 Pioneer Square",
        "{portland}"
    );
    assert_eq!(portland["address"]["city"], "Portland");
    assert_eq!(portland["address"]["country"], "US");
    assert_eq!(locations[0]["email"], "redmond@fabrikam.com");
    assert_eq!(locations[0]["phone"], "+1 425 555 0100");
    e2e.close().await
}

#[tokio::test]
async fn a_region_that_already_has_a_profile_points_to_the_service_center() -> E2eResult {
    let mut e2e =
        E2e::start_portal("portal-region-taken", "fr-FR", &["fabrikam.json"], portal).await?;
    // Fabrikam already has a business profile for the United States, made
    // as a CSP partner may, through the API.
    let token = rs256_token(&{
        let mut claims = transition_tests::portal_claims(FABRIKAM, &["account_admin"]);
        claims["csp"] = true.into();
        claims
    });
    let created = reqwest::Client::new()
        .post(format!("{}/api/v1/business-profiles", e2e.base))
        .bearer_auth(token)
        .header("content-type", "application/json")
        .body(
            serde_json::json!({
                "region": "US", "name": "Fabrikam US", "website": "https://fabrikam.com",
                "target_sizes": ["small"],
                "locations": [{"name": "Redmond", "address": {"line1": "1 Microsoft Way",
                    "city": "Redmond", "postal_code": "98052", "country": "US"}}]
            })
            .to_string(),
        )
        .send()
        .await?;
    assert_eq!(created.status().as_u16(), 201);

    open(&e2e, &format!("/portal?partner={FABRIKAM}&locale=fr")).await?;
    e2e.wait("#pt-import-start").await?.click().await?;
    e2e.click_text("Suivant").await?;
    heard(&e2e, "step:{\"step\":\"choose\"}").await?;
    // The wizard's own plan refuses it: the partner cannot fix that here,
    // the regional service center can, and the refusal links to it.
    e2e.click_text("Importer « Fabrikam » (US)").await?;
    let link = e2e
        .wait_xpath("//p[contains(@class,'pt-msg')]//a[normalize-space(.)='Contactez votre Centre de service régional']")
        .await?;
    let href = link.attr("href").await?.unwrap_or_default();
    assert!(href.starts_with("https://"), "{href}");
    e2e.shot("region-taken").await?;
    axe_clean(&e2e, "a refusal found by the wizard").await?;
    e2e.close().await
}

/// Markup and script put in every text a partner or a customer wrote.
const MARKUP: &str = "<img data-xss src=x onerror=window.__xss=1>";
const SCRIPT: &str =
    "<script data-xss>window.__xss=2</script><svg data-xss onload=window.__xss=3></svg>";

/// Puts `MARKUP` (and `SCRIPT` in the long texts) into every free text of
/// an export: names, addresses, descriptions, tags, referrals, reviews.
fn poison(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                match (key.as_str(), value) {
                    (
                        "name" | "company_name" | "line1" | "city" | "customer_name"
                        | "contact_name" | "author",
                        Value::String(text),
                    ) => *text = format!("{text} {MARKUP}"),
                    ("description" | "summary" | "need" | "text", Value::String(text)) => {
                        *text = format!("{text} {MARKUP}{SCRIPT}");
                    }
                    ("tags", Value::Array(tags)) => {
                        for tag in tags {
                            if let Value::String(text) = tag {
                                *text = format!("<b data-xss>{text}</b>");
                            }
                        }
                    }
                    (_, value) => poison(value),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(poison),
        _ => {}
    }
}

/// Nothing the texts carried became an element or ran, and the page's
/// CSP had nothing to block (what it blocks would have been injected).
async fn inert(e2e: &E2e, page: &str) -> E2eResult {
    let found = e2e
        .client
        .execute(
            // The one thing blocked that the page itself asks for: the
            // Pinpoint logo at its web address (issue 22), which this
            // portal's `img-src` does not allow (docs/embedding.md).
            "return {elements: document.querySelectorAll('[data-xss], img[src=\"x\"], svg[onload]').length,
                     ran: window.__xss ?? null,
                     blocked: window.__violations.filter(v => !v.startsWith('img-src https://cdn.contoso.fr/logo.png '))};",
            vec![],
        )
        .await?;
    if found != serde_json::json!({"elements": 0, "ran": null, "blocked": []}) {
        e2e.failure_shot().await;
        return Err(format!("{page}: the texts were not inert: {found}").into());
    }
    Ok(())
}

/// Waits until the page shows the markup as text (in an element's text or
/// a field's value).
async fn shown_as_text(e2e: &E2e, page: &str) -> E2eResult {
    let literal = serde_json::to_string(MARKUP)?;
    wait_js(
        e2e,
        &format!(
            "document.body.innerText.includes({literal}) ||
             [...document.querySelectorAll('input, textarea')].some((f) => f.value.includes({literal}))"
        ),
    )
    .await
    .map_err(|error| format!("{page}: the markup is not shown as text: {error}").into())
    .map(drop)
}

#[tokio::test]
async fn markup_in_profile_texts_is_shown_as_text_and_never_runs() -> E2eResult {
    // An export whose every free text carries markup and script, and a
    // portal token whose company name does too.
    let dir = tempfile::tempdir()?;
    let mut export: serde_json::Value =
        serde_json::from_slice(&std::fs::read(transition_tests::fixture("contoso.json"))?)?;
    poison(&mut export);
    let path = dir.path().join("hostile.json");
    std::fs::write(&path, serde_json::to_vec(&export)?)?;
    let hostile: &'static str = Box::leak(path.display().to_string().into_boxed_str());
    let mut e2e = E2e::start_portal("portal-hostile-text", "en-US", &[hostile], portal).await?;
    let company: String = url_encode(&format!("Contoso {MARKUP}"));
    open(
        &e2e,
        &format!("/portal?partner={CONTOSO}&company={company}"),
    )
    .await?;
    heard(&e2e, "ready:").await?;
    e2e.wait_text("Import from Pinpoint").await?;
    inert(&e2e, "the dashboard").await?;

    // Every step of the wizard.
    e2e.wait("#pt-import-start").await?.click().await?;
    e2e.wait_text("Your Pinpoint account holds:").await?;
    shown_as_text(&e2e, "the account step").await?;
    inert(&e2e, "the account step").await?;
    for (i, step) in CONTOSO_STEPS.iter().enumerate() {
        e2e.click_text("Next").await?;
        heard_times(
            &e2e,
            &format!("step:{{\"step\":\"{step}\"}}"),
            nth_time(&CONTOSO_STEPS, i),
        )
        .await?;
        e2e.wait("#pt-step-heading").await?;
        shown_as_text(&e2e, step).await?;
        inert(&e2e, step).await?;
    }
    e2e.shot("preview").await?;
    e2e.wait("#pt-ack-referrals").await?.click().await?;
    e2e.wait("#pt-ack-closure").await?.click().await?;
    e2e.wait("#pt-commit").await?.click().await?;

    // The results page.
    e2e.wait_text("Import complete").await?;
    shown_as_text(&e2e, "the results page").await?;
    inert(&e2e, "the results page").await?;
    e2e.shot("results").await?;

    // The profile pages: the list, then every section of a profile.
    e2e.click_text("Back to business profiles").await?;
    e2e.wait_text("Manage").await?;
    shown_as_text(&e2e, "the business profiles").await?;
    inert(&e2e, "the business profiles").await?;
    e2e.click_text("Manage").await?;
    e2e.wait_text("Partner info").await?;
    for section in [
        "Partner info",
        "Expertise",
        "Preferences",
        "Locations",
        "Solutions",
    ] {
        e2e.click_text(section).await?;
        tokio::time::sleep(Duration::from_millis(300)).await;
        shown_as_text(&e2e, section).await?;
        inert(&e2e, section).await?;
        e2e.shot(&section.to_lowercase().replace(' ', "-")).await?;
    }

    // The customer referrals, as a customer wrote them. Inside the portal
    // the widget has no breadcrumbs, but a link up.
    e2e.click_text("‹ Business profile").await?;
    e2e.click_text("Customer referrals").await?;
    e2e.wait_text("Boulangeries Martin").await?;
    shown_as_text(&e2e, "the customer referrals").await?;
    inert(&e2e, "the customer referrals").await?;
    e2e.shot("referrals").await?;

    // The portal's tokens were never put in a URL, in storage or in a
    // cookie.
    let leaked = e2e
        .client
        .execute(
            "const urls = [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)];
             const stored = [localStorage, sessionStorage].flatMap((s) => Object.keys(s).map((k) => k + '=' + s.getItem(k)));
             return {tokens: window.__tokens.length,
                     leaks: window.__tokens.filter((t) => urls.some((u) => u.includes(t))
                       || stored.some((s) => s.includes(t)) || document.cookie.includes(t)).length,
                     stored: stored.length};",
            vec![],
        )
        .await?;
    assert_eq!(
        (&leaked["leaks"], &leaked["stored"]),
        (&serde_json::json!(0), &serde_json::json!(0)),
        "{leaked}"
    );
    assert!(leaked["tokens"].as_u64() >= Some(1), "{leaked}");
    e2e.close().await
}

/// `text` as a URL query value.
fn url_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
