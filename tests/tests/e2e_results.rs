//! Issue 22's end of the path, in real headless Chromium: the results page
//! after a Contoso import (what was created, when customers find it, the
//! referrals download, the import id and its Copy button, nothing that did
//! not happen), the referrals as cards on a phone, the Profiles tab that
//! says who may import before anyone enters the wizard, and the widget
//! inside a portal of another origin without a second chrome. The imports
//! here are made through the API, as the wizard makes them, so that these
//! pages are tested whatever the wizard's flow. Screenshots:
//! `target/e2e-screenshots/results/…`.

#[path = "../e2e/browser.rs"]
mod browser;
#[path = "../e2e/portal.rs"]
mod portal;

use browser::{axe_clean, sign_in_as, E2e, E2eResult};
use fantoccini::Locator;
use portal::{heard, open, portal, wait_js};
use transition_tests::{plan_digest, CONTOSO, NORTHWIND};

const PROFILES: &str = "/account-settings/business-profile/profiles";
const REFERRALS: &str = "/account-settings/business-profile/referrals";

/// Contoso's whole import, both profiles, both acknowledgements.
fn contoso_request() -> serde_json::Value {
    serde_json::json!({
        "selections": [{"pinpoint_profile_id": "bp-fr"}, {"pinpoint_profile_id": "bp-be"}],
        "acknowledgements": {"referrals_noted": true, "account_closure": true}
    })
}

/// Commits Contoso's import with `token` and answers its id.
async fn import_contoso(e2e: &E2e, token: &str) -> E2eResult<String> {
    let client = reqwest::Client::new();
    let digest = plan_digest(&client, &e2e.base, token, &contoso_request()).await?;
    let answer = client
        .post(format!("{}/api/v1/imports", e2e.base))
        .bearer_auth(token)
        .header("Idempotency-Key", "e2e-results-contoso")
        .header("If-Match", digest)
        .header("Content-Type", "application/json")
        .body(contoso_request().to_string())
        .send()
        .await?;
    let status = answer.status();
    let body: serde_json::Value = serde_json::from_slice(&answer.bytes().await?)?;
    assert_eq!(status.as_u16(), 201, "{body}");
    Ok(body["id"].as_str().ok_or("no import id")?.to_owned())
}

/// A demo partner's token, from the demo server.
async fn demo_token(e2e: &E2e, partner: &str) -> E2eResult<String> {
    let answer = reqwest::Client::new()
        .post(format!("{}/api/v1/dev/token", e2e.base))
        .header("Content-Type", "application/json")
        .body(serde_json::json!({"partner_id": partner}).to_string())
        .send()
        .await?;
    let body: serde_json::Value = serde_json::from_slice(&answer.bytes().await?)?;
    Ok(body["token"].as_str().ok_or("no token")?.to_owned())
}

/// A portal partner's token, as the portal mints it.
async fn portal_token(e2e: &E2e, partner: &str) -> E2eResult<String> {
    let host = e2e.host.clone().unwrap_or_default();
    Ok(reqwest::get(format!("{host}/token?partner={partner}"))
        .await?
        .text()
        .await?)
}

async fn js(e2e: &E2e, script: &str) -> E2eResult<serde_json::Value> {
    Ok(e2e.client.execute(script, vec![]).await?)
}

/// The results page as a partner reads it: success first, the created
/// profiles as links, the 24 hours, the downloads, and nothing that did
/// not happen.
async fn results_say_what_happened(e2e: &E2e) -> E2eResult {
    e2e.wait("#pt-results-success").await?;
    e2e.wait_text("Your 2 business profiles were created from your Pinpoint account.")
        .await?;
    let first = js(
        e2e,
        "const a = document.querySelector('.pt-main .pt-alert, .pt-main .pt-card');
         return a ? a.id : '';",
    )
    .await?;
    assert_eq!(
        first,
        serde_json::json!("pt-results-success"),
        "the page starts with its success message"
    );
    for name in ["Contoso France", "Contoso Belgium"] {
        let link = e2e
            .wait_xpath(&format!("//a[normalize-space(.)='Open “{name}”']"))
            .await?;
        let href = link.attr("href").await?.unwrap_or_default();
        assert!(href.contains("/business-profile/profiles/"), "{href}");
    }
    e2e.wait_text("Partner Center's search can take up to 24 hours")
        .await?;
    let body = e2e.body_text().await?;
    for absent in [
        "0 customer reviews",
        "0 solutions",
        "0 locations",
        "0 customer referrals",
    ] {
        assert!(!body.contains(absent), "the results say {absent:?}");
    }
    assert_eq!(
        body.matches("Salesforce CRM").count(),
        1,
        "the dropped tag is named once: {body}"
    );
    e2e.wait_text("3 customer reviews").await?;
    e2e.wait_text("Your 4 customer referrals were not imported")
        .await?;
    Ok(())
}

/// The downloads give the referrals' files (the anchor's click is caught:
/// headless Chromium would otherwise save them).
async fn referrals_download(e2e: &E2e) -> E2eResult {
    js(
        e2e,
        "window.__downloads = [];
         const click = HTMLAnchorElement.prototype.click;
         HTMLAnchorElement.prototype.click = function () {
           if (this.download) { window.__downloads.push(this.download); return; }
           return click.call(this);
         };",
    )
    .await?;
    e2e.click_text("Download CSV").await?;
    e2e.click_text("Download JSON").await?;
    wait_js(
        e2e,
        "window.__downloads.join(',') === 'referrals.csv,referrals.json'",
    )
    .await
    .map(drop)
}

/// Copy puts the id on the clipboard, or, refused, selects it; either
/// way the outcome is announced in the polite live region.
async fn copy_announces(e2e: &E2e, id: &str) -> E2eResult {
    e2e.wait_text("Import id (for support)").await?;
    let shown = e2e.wait("#pt-import-id").await?.text().await?;
    assert_eq!(shown, id);
    let status = e2e.client.find(Locator::Id("pt-import-id-status")).await?;
    assert_eq!(status.attr("role").await?.as_deref(), Some("status"));
    assert_eq!(status.attr("aria-live").await?.as_deref(), Some("polite"));
    e2e.wait("#pt-import-id-copy").await?.click().await?;
    let said = wait_js(
        e2e,
        "document.getElementById('pt-import-id-status').textContent",
    )
    .await?;
    let said = said.as_str().unwrap_or_default();
    if said == "Import id copied." {
        let copied = js(
            e2e,
            "return navigator.clipboard.readText().catch(() => null);",
        )
        .await;
        if let Ok(serde_json::Value::String(copied)) = copied {
            assert_eq!(copied, id);
        }
    } else {
        assert!(
            said.starts_with("Your browser did not allow copying"),
            "{said}"
        );
        let selected = js(e2e, "return String(window.getSelection());").await?;
        assert_eq!(selected.as_str(), Some(id), "the id is selected instead");
    }
    Ok(())
}

/// The receipt card: the hash the API states, and both files saved from
/// the buttons (caught as `referrals_download` catches them). Then the
/// printable page itself, as the API gives it, opened and shot
/// (`receipt`): it comes last, since the browser leaves the widget for it.
async fn receipt_checks(e2e: &mut E2e, token: &str, id: &str) -> E2eResult {
    let api = format!("{}/api/v1/imports/{id}/receipt", e2e.base);
    let client = reqwest::Client::new();
    let document: serde_json::Value = serde_json::from_slice(
        &client
            .get(&api)
            .bearer_auth(token)
            .send()
            .await?
            .bytes()
            .await?,
    )?;
    let sha = document["sha256"].as_str().ok_or("no sha256")?.to_owned();
    assert_eq!(sha.len(), 64, "{document}");
    let shown = e2e.wait("#pt-receipt-sha256").await?.text().await?;
    assert_eq!(shown, sha, "the card shows the receipt's hash");
    e2e.click_text("Download the printable receipt (HTML)")
        .await?;
    e2e.click_text("Download the receipt (JSON)").await?;
    let saved = format!("'receipt-{id}.html,receipt-{id}.json'");
    wait_js(
        e2e,
        &format!("window.__downloads.slice(-2).join(',') === {saved}"),
    )
    .await?;
    let page = client
        .get(format!("{api}.html"))
        .bearer_auth(token)
        .header("Accept-Language", "en-US")
        .send()
        .await?
        .text()
        .await?;
    assert!(page.contains(&sha), "the page shows the hash");
    let file = transition_tests::root().join("target/e2e-screenshots/receipt.html");
    std::fs::write(&file, page)?;
    e2e.client
        .goto(&format!("file://{}", file.display()))
        .await?;
    e2e.wait_text("Import receipt").await?;
    e2e.shot("receipt").await?;
    browser::axe_clean(e2e, "the printable receipt").await
}

#[tokio::test]
async fn the_results_page_after_a_contoso_import_at_1280() -> E2eResult {
    let mut e2e = E2e::start("results/desktop", "en-US", 1280, 900).await?;
    let token = demo_token(&e2e, CONTOSO).await?;
    let id = import_contoso(&e2e, &token).await?;

    // The Profiles tab links to the import's results, and offers no
    // import any more.
    e2e.goto(PROFILES).await?;
    e2e.wait("#pt-import-results").await?.click().await?;
    e2e.wait_url(&format!("/imports/{id}")).await?;
    results_say_what_happened(&e2e).await?;
    e2e.shot("results").await?;
    axe_clean(&e2e, "the results page at 1280 px").await?;
    referrals_download(&e2e).await?;
    copy_announces(&e2e, &id).await?;
    e2e.shot("copied").await?;

    e2e.goto(PROFILES).await?;
    e2e.wait("#pt-import-results").await?;
    assert!(e2e
        .client
        .find(Locator::Css("#pt-import-start"))
        .await
        .is_err());
    e2e.wait_text("Your Pinpoint account was imported into your business profiles below")
        .await?;
    e2e.shot("profiles-imported").await?;

    // Wider than 600 px, the referrals are a table, with no card labels.
    e2e.goto(REFERRALS).await?;
    e2e.wait_text("Boulangeries Martin").await?;
    e2e.wait("th").await?;
    let labels = js(
        &e2e,
        "return [...document.querySelectorAll('.pt-cell-label')].filter((l) => l.getClientRects().length > 0).length;",
    )
    .await?;
    assert_eq!(labels, serde_json::json!(0), "no card labels on a desktop");
    e2e.shot("referrals-table").await?;
    e2e.close().await
}

/// Every referral a card at 360 px: each column's label and value shown,
/// inside the screen, and still a table for screen readers.
const CARDS: &str = r#"
const table = document.querySelector('.pt-table-cards');
const rows = [...document.querySelectorAll('.pt-table-cards tbody tr')];
const shown = (el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right <= window.innerWidth + 1;
return {
  role: table && table.getAttribute('role'),
  headers: [...document.querySelectorAll('.pt-table-cards th[role=columnheader]')].map((h) => h.textContent),
  rows: rows.length,
  cards: rows.map((r) => [...r.querySelectorAll('td')]
    .filter((td) => shown(td.querySelector('.pt-cell-label')) && shown(td.querySelector('.pt-cell-value')))
    .map((td) => td.querySelector('.pt-cell-label').textContent)),
  sideways: document.documentElement.scrollWidth > window.innerWidth + 1,
};
"#;

#[tokio::test]
async fn results_and_referral_cards_on_a_phone() -> E2eResult {
    let mut e2e = E2e::start("results/phone", "en-US", 360, 740).await?;
    let token = demo_token(&e2e, CONTOSO).await?;
    let id = import_contoso(&e2e, &token).await?;
    e2e.goto(&format!("/account-settings/business-profile/imports/{id}"))
        .await?;
    results_say_what_happened(&e2e).await?;
    e2e.shot("results").await?;
    axe_clean(&e2e, "the results page at 360 px").await?;

    e2e.goto(REFERRALS).await?;
    e2e.wait_text("Boulangeries Martin").await?;
    let cards = js(&e2e, CARDS).await?;
    let every = serde_json::json!([
        "Customer",
        "Contact",
        "Need",
        "Status",
        "Received",
        "Deal value"
    ]);
    assert_eq!(cards["role"], "table", "{cards}");
    assert_eq!(cards["headers"], every, "{cards}");
    assert_eq!(cards["rows"], 4, "{cards}");
    for card in cards["cards"].as_array().into_iter().flatten() {
        assert_eq!(card, &every, "a card hides a column: {cards}");
    }
    assert_eq!(cards["sideways"], false, "{cards}");
    e2e.wait_text("Accepted").await?;
    e2e.shot("referral-cards").await?;
    axe_clean(&e2e, "the referral cards at 360 px").await?;
    e2e.close().await
}

#[tokio::test]
async fn the_results_page_in_german_on_a_phone() -> E2eResult {
    let mut e2e = E2e::start("results/phone-de", "de-DE", 360, 740).await?;
    let token = demo_token(&e2e, CONTOSO).await?;
    let id = import_contoso(&e2e, &token).await?;
    e2e.goto(&format!("/account-settings/business-profile/imports/{id}"))
        .await?;
    e2e.wait_text("Ihre 2 Unternehmensprofile wurden aus Ihrem Pinpoint-Konto erstellt.")
        .await?;
    e2e.wait_text("bis zu 24 Stunden").await?;
    e2e.shot("ergebnisse").await?;
    axe_clean(&e2e, "the results page in German at 360 px").await?;
    e2e.goto(REFERRALS).await?;
    e2e.wait_text("Boulangeries Martin").await?;
    e2e.shot("empfehlungen").await?;
    e2e.close().await
}

#[tokio::test]
async fn the_profiles_tab_says_who_may_import_before_the_wizard() -> E2eResult {
    let mut e2e = E2e::start("results/eligibility", "en-US", 1280, 900).await?;
    // Northwind's account is closed (not by an import): no import offered.
    sign_in_as(
        &e2e,
        NORTHWIND,
        "Your Pinpoint account is closed, so there is nothing to import from it.",
    )
    .await?;
    assert!(e2e
        .client
        .find(Locator::Css("#pt-import-start"))
        .await
        .is_err());
    e2e.shot("northwind").await?;
    axe_clean(&e2e, "Northwind's Profiles tab").await?;

    // A read-only user may look at the preview, and is told so first.
    e2e.select("#pt-demo-switch", &format!("{CONTOSO}:ro"))
        .await?;
    e2e.wait_text("you can look at the import's preview, but not import")
        .await?;
    let start = e2e.wait("#pt-import-start").await?;
    assert_eq!(start.text().await?, "Open the preview");
    e2e.shot("read-only").await?;
    axe_clean(&e2e, "the read-only Profiles tab").await?;
    e2e.close().await
}

/// No header, no breadcrumbs, no visible second "Business profile"
/// heading, and no link to our stand-ins of the portal's pages.
async fn no_second_chrome(e2e: &E2e) -> E2eResult {
    let chrome = js(
        e2e,
        "const h1 = document.querySelector('.pt-root h1');
         return {
           header: document.querySelectorAll('.pt-header').length,
           crumbs: document.querySelectorAll('.pt-crumbs').length,
           heading: h1 ? [h1.textContent, h1.getBoundingClientRect().width > 1] : null,
           outside: [...document.querySelectorAll('.pt-root a')].map((a) => a.getAttribute('href'))
             .filter((h) => /\\/(dashboard|account-settings)$/.test(h || '')),
         };",
    )
    .await?;
    assert_eq!(
        chrome,
        serde_json::json!({"header": 0, "crumbs": 0, "heading": ["Business profile", false], "outside": []}),
        "a second chrome inside the portal"
    );
    Ok(())
}

#[tokio::test]
async fn in_a_portal_the_widget_has_no_second_chrome_and_links_out_by_event() -> E2eResult {
    let mut e2e = E2e::start_portal(
        "results/portal",
        "en-US",
        &["contoso.json", "northwind-closed.json"],
        portal,
    )
    .await?;
    open(&e2e, &format!("/portal?partner={CONTOSO}")).await?;
    e2e.wait_text("Import from Pinpoint").await?;
    no_second_chrome(&e2e).await?;
    e2e.shot("no-chrome").await?;

    // The portal imports (as the wizard would); the widget, opened again,
    // links to the results.
    let token = portal_token(&e2e, CONTOSO).await?;
    let id = import_contoso(&e2e, &token).await?;
    open(&e2e, &format!("/portal?partner={CONTOSO}")).await?;
    e2e.wait("#pt-import-results").await?.click().await?;
    results_say_what_happened(&e2e).await?;
    referrals_download(&e2e).await?;
    copy_announces(&e2e, &id).await?;
    e2e.shot("results").await?;
    portal::axe_clean(&e2e, "the results page in the portal").await?;
    // In-widget links work in memory routing: to a profile and back.
    e2e.click_text("Open “Contoso France”").await?;
    e2e.wait_text("Partner info").await?;
    e2e.click_text("‹ Business profile").await?;
    e2e.wait("#pt-import-results").await?;

    // Asked for, the chrome is there; its links out are events the
    // portal handles, and the portal's URL never changes.
    open(&e2e, &format!("/portal?partner={CONTOSO}&chrome=1")).await?;
    e2e.wait(".pt-crumbs").await?;
    e2e.wait(".pt-header").await?;
    let brand_links = js(
        &e2e,
        "return document.querySelectorAll('a.pt-brand').length;",
    )
    .await?;
    assert_eq!(brand_links, serde_json::json!(0), "the brand is no link");
    e2e.shot("chrome-asked").await?;
    e2e.click_text("Dashboard").await?;
    heard(&e2e, "navigate:{\"to\":\"dashboard\"}").await?;
    heard(&e2e, "dom:navigate:{\"to\":\"dashboard\"}").await?;
    e2e.click_text("Account settings").await?;
    heard(&e2e, "navigate:{\"to\":\"account-settings\"}").await?;
    let url = js(&e2e, "return location.href === window.__startUrl;").await?;
    assert_eq!(url, serde_json::json!(true));
    e2e.wait("#pt-import-results").await?;
    portal::axe_clean(&e2e, "the widget with its chrome").await?;

    // Northwind, in the same portal: told, and offered no import.
    open(&e2e, &format!("/portal?partner={NORTHWIND}")).await?;
    e2e.wait_text("Your Pinpoint account is closed, so there is nothing to import from it.")
        .await?;
    assert!(e2e
        .client
        .find(Locator::Css("#pt-import-start"))
        .await
        .is_err());
    no_second_chrome(&e2e).await?;
    e2e.shot("northwind").await?;
    portal::axe_clean(&e2e, "Northwind in the portal").await?;

    // Framed, no chrome either.
    open(&e2e, &format!("/framed?partner={CONTOSO}")).await?;
    let frame = e2e.wait("#transition-frame").await?;
    frame.enter_frame().await?;
    e2e.wait("#pt-import-results").await?;
    no_second_chrome(&e2e).await?;
    e2e.shot("framed").await?;
    e2e.client.enter_parent_frame().await?;

    open(&e2e, &format!("/portal?partner={CONTOSO}")).await?;
    e2e.wait("#pt-import-results").await?.click().await?;
    referrals_download(&e2e).await?;
    receipt_checks(&mut e2e, &token, &id).await?;
    e2e.close().await
}

#[tokio::test]
async fn in_a_portal_on_a_phone_the_results_and_cards_fit() -> E2eResult {
    let mut e2e = E2e::start_portal_at(
        "results/portal-phone",
        ("en-US", 360, 740),
        &["contoso.json"],
        portal,
    )
    .await?;
    let token = portal_token(&e2e, CONTOSO).await?;
    import_contoso(&e2e, &token).await?;
    open(&e2e, &format!("/portal?partner={CONTOSO}")).await?;
    e2e.wait("#pt-import-results").await?.click().await?;
    results_say_what_happened(&e2e).await?;
    e2e.shot("results").await?;
    portal::axe_clean(&e2e, "the results page in the portal at 360 px").await?;
    e2e.click_text("Customer referrals").await?;
    e2e.wait_text("Boulangeries Martin").await?;
    let cards = js(&e2e, CARDS).await?;
    assert_eq!(cards["rows"], 4, "{cards}");
    for card in cards["cards"].as_array().into_iter().flatten() {
        assert_eq!(
            card.as_array().map(Vec::len),
            Some(6),
            "a card hides a column: {cards}"
        );
    }
    e2e.shot("referral-cards").await?;
    portal::axe_clean(&e2e, "the referral cards in the portal at 360 px").await?;
    e2e.close().await
}
