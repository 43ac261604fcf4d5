//! Issue 23, deliverable 2, in real headless Chromium, in the partner
//! portal (another origin, the portal's own token): a plan that cannot
//! drift. Contoso reaches the Preview; the operator ingests a newer export
//! (through the live server's operator API) before Import is pressed; the
//! import is refused, nothing is imported, and the wizard says what
//! changed (screenshot `drift-notice`, under
//! `target/e2e-screenshots/drift/`); Review again, then Import, imports
//! the plan as it is now. An export ingested before the partner reaches
//! the Preview is told on arriving there (the preview's `export_version`
//! is not the one the wizard planned from).

#[path = "../e2e/browser.rs"]
mod browser;
#[path = "../e2e/portal.rs"]
mod portal;

use browser::{E2e, E2eResult};
use fantoccini::Locator;
use transition_tests::CONTOSO;

/// The live server's operator token (the server inherits it from this
/// process's environment).
const OPERATOR: &str = "e2e-drift-operator-token-0123456789abcdef";

/// The newer descriptions of Contoso's French profile: one ingested
/// before the partner reaches the Preview, one after.
const EARLY: &str = "Contoso aide les PME à migrer vers Microsoft Azure (première révision).";
const REVISED: &str = "Contoso aide les PME à migrer vers Microsoft Azure (texte revu).";

/// Contoso's export with the French profile's description changed.
fn contoso_changed(description: &str) -> E2eResult<Vec<u8>> {
    let bytes = std::fs::read(transition_tests::fixture("contoso.json"))?;
    let mut export: serde_json::Value = serde_json::from_slice(&bytes)?;
    export["business_profiles"][0]["description"] = description.into();
    Ok(serde_json::to_vec(&export)?)
}

/// `POST /api/v1/operator/exports` of the changed export.
async fn ingest_changed(e2e: &E2e, description: &str) -> E2eResult {
    let answer = reqwest::Client::new()
        .post(format!("{}/api/v1/operator/exports", e2e.base))
        .bearer_auth(OPERATOR)
        .header("Content-Type", "application/json")
        .body(contoso_changed(description)?)
        .send()
        .await?;
    let status = answer.status();
    let body = answer.text().await?;
    assert_eq!(status.as_u16(), 200, "{body}");
    assert!(body.contains("\"updated\""), "{body}");
    Ok(())
}

#[tokio::test]
async fn an_export_ingested_after_the_preview_is_told_and_reviewed_again() -> E2eResult {
    // Edition 2021: the server under test inherits it.
    std::env::set_var("TRANSITION_OPERATOR_TOKEN", OPERATOR);
    // In the partner portal, outside demo mode, with its own token.
    let mut e2e = E2e::start_portal("drift", "en-US", &["contoso.json"], portal::portal).await?;
    portal::open(
        &e2e,
        &format!("/portal?partner={CONTOSO}&user=alex@contoso&name=Alex%20Martin"),
    )
    .await?;
    portal::heard(&e2e, "ready:").await?;
    e2e.wait("#pt-import-start").await?.click().await?;
    e2e.wait_text("Your Pinpoint account holds:").await?;

    // A newer export lands while the partner is still on the first steps:
    // the Preview plans from the export the page loaded, the server from
    // the new one; arriving at the Preview says so before Import is ever
    // pressed.
    ingest_changed(&e2e, EARLY).await?;
    portal::walk_to_preview(&e2e).await?;
    e2e.wait("#pt-drift-notice").await?;
    e2e.wait_text("Contoso France: its details changed.")
        .await?;
    e2e.shot("drift-before-import").await?;
    e2e.wait("#pt-drift-review").await?.click().await?;
    e2e.wait_focus("pt-step-heading").await?;
    e2e.wait_text("Will be created").await?;
    e2e.wait("#pt-ack-referrals").await?.click().await?;
    e2e.wait("#pt-ack-closure").await?.click().await?;
    portal::import_ready(&e2e).await?;
    e2e.shot("preview-checked").await?;

    // The operator loads a newer export while the partner looks.
    ingest_changed(&e2e, REVISED).await?;
    e2e.wait("#pt-commit").await?.click().await?;
    e2e.wait("#pt-drift-notice").await?;
    e2e.wait_text("What you are importing changed since you reviewed it")
        .await?;
    e2e.wait_text("Contoso France: its details changed.")
        .await?;
    e2e.wait_focus("pt-drift-notice").await?;
    let role = e2e.wait("#pt-drift-notice").await?.attr("role").await?;
    assert_eq!(role.as_deref(), Some("alert"));
    // Nothing was imported: still the wizard's Preview.
    assert!(e2e.client.find(Locator::Css("#pt-commit")).await.is_ok());
    e2e.shot("drift-notice").await?;
    portal::axe_clean(&e2e, "the drift notice").await?;

    // Review again: the notice goes, the new plan is the one shown.
    e2e.wait("#pt-drift-review").await?.click().await?;
    e2e.wait_focus("pt-step-heading").await?;
    assert!(e2e
        .client
        .find(Locator::Css("#pt-drift-notice"))
        .await
        .is_err());
    portal::import_ready(&e2e).await?;
    e2e.shot("reviewed-again").await?;
    e2e.wait("#pt-commit").await?.click().await?;
    e2e.wait_text("Import complete").await?;
    e2e.shot("imported").await?;
    e2e.close().await
}
