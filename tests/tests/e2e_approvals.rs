//! Issue 23, deliverable 3, in real headless Chromium, in the partner
//! portal outside demo mode (another origin, the portal's own RS256
//! tokens): a second admin's approval, with two admins of Contoso in two
//! browsers. Alex (account admin) turns on "Imports need a second admin"
//! in Account settings, and submits the import from the Preview; Alex is
//! never offered to approve it, and the API refuses Alex's approval (403
//! `approval_self`). Sam (business profile admin), in another browser,
//! sees who submitted it and when, with the preview planned afresh, and
//! returns it with a comment, which Alex then reads above the wizard.
//! Alex submits again and withdraws; submits once more; Sam approves, and
//! the portal hears `imported` naming both. Sam works in German. Screenshots:
//! `target/e2e-screenshots/approvals*/`.

#[path = "../e2e/browser.rs"]
mod browser;
#[path = "../e2e/portal.rs"]
mod portal;

use browser::{E2e, E2eResult};
use fantoccini::Locator;
use transition_tests::{portal_claims_as, rs256_token, CONTOSO, TEST_ISSUER};

/// Two admins of Contoso, as the portal's tokens name them.
const ALEX: &str = "user=alex@contoso&name=Alex%20Martin&roles=account_admin";
/// Sam works in German: the approval's every text in another language.
const SAM: &str = "user=sam@contoso&name=Sam%20Lee&roles=business_profile_admin&locale=de";
const SETTINGS: &str = "%2Faccount-settings";
const IMPORT: &str = "%2Faccount-settings%2Fbusiness-profile%2Fimport";
const COMMENT: &str = "Please check the Brussels phone number.";

/// Opens the portal as `who` of Contoso at the widget's `path`.
async fn open_as(e2e: &E2e, who: &str, path: &str) -> E2eResult {
    portal::open(e2e, &format!("/portal?partner={CONTOSO}&{who}&path={path}")).await?;
    portal::heard(e2e, "ready:").await
}

/// Ticks both acknowledgements on the Preview, and waits for the primary
/// action to be available.
async fn acknowledge(e2e: &E2e) -> E2eResult {
    for id in ["#pt-ack-referrals", "#pt-ack-closure"] {
        let input = e2e.wait(id).await?;
        if input.prop("checked").await?.as_deref() != Some("true") {
            input.click().await?;
        }
    }
    portal::import_ready(e2e).await
}

/// Alex's own RS256 token, as the portal mints it.
fn alex_token() -> String {
    let mut claims = portal_claims_as(
        CONTOSO,
        "alex@contoso",
        Some("Alex Martin"),
        &["account_admin"],
    );
    claims["iss"] = TEST_ISSUER.into();
    rs256_token(&claims)
}

#[tokio::test]
async fn two_admins_submit_return_withdraw_and_approve_in_the_portal() -> E2eResult {
    let mut alex =
        E2e::start_portal("approvals", "en-US", &["contoso.json"], portal::portal).await?;

    // 1. Alex turns the setting on, in Account settings.
    open_as(&alex, ALEX, SETTINGS).await?;
    alex.wait("#pt-approval-setting").await?.click().await?;
    alex.wait_text("Saved").await?;
    alex.shot("approval-setting").await?;
    portal::axe_clean(&alex, "account settings with the approval setting").await?;

    // 2. Alex prepares the import: Import is now Submit for approval.
    open_as(&alex, ALEX, IMPORT).await?;
    alex.wait_text("Your Pinpoint account holds:").await?;
    portal::walk_to_preview(&alex).await?;
    acknowledge(&alex).await?;
    let label = alex.wait("#pt-commit").await?.text().await?;
    assert_eq!(label.trim(), "Submit for approval");
    alex.wait("#pt-approval-note").await?;
    alex.wait("#pt-commit").await?.click().await?;
    portal::heard(&alex, "approval-requested:").await?;
    alex.wait_text("Waiting for a second admin's approval")
        .await?;
    let text = alex.wait("#pt-submitted-by").await?.text().await?;
    assert!(
        text.starts_with("Alex Martin submitted this import on"),
        "{text}"
    );
    assert!(
        alex.client.find(Locator::Css("#pt-approve")).await.is_err(),
        "never offered to its submitter"
    );
    alex.shot("submitted-as-the-submitter-sees-it").await?;
    // Nor accepted from the submitter by the API.
    let answer = reqwest::Client::new()
        .post(format!(
            "{}/api/v1/imports/draft/submission/approve",
            alex.base
        ))
        .bearer_auth(alex_token())
        .header("Idempotency-Key", "alex-approves-own")
        .send()
        .await?;
    assert_eq!(answer.status().as_u16(), 403);
    assert!(answer.text().await?.contains("approval_self"));

    // 3. Sam, in another browser, sees the request and returns it.
    let mut sam = alex
        .another_browser("approvals-second-admin", "de-DE")
        .await?;
    open_as(&sam, SAM, IMPORT).await?;
    sam.wait_text("Ein Import wartet auf Ihre Genehmigung")
        .await?;
    let text = sam.wait("#pt-submitted-by").await?.text().await?;
    assert!(
        text.starts_with("Alex Martin hat diesen Import am"),
        "{text}"
    );
    sam.wait_text("Contoso France").await?;
    sam.shot("approval-request").await?;
    portal::axe_clean(&sam, "the approval request").await?;
    // A comment is required; the error sits next to the field.
    sam.wait("#pt-return").await?.click().await?;
    sam.wait_text(
        "Schreiben Sie einen Kommentar für den Administrator, der den Import eingereicht hat.",
    )
    .await?;
    sam.fill("Kommentar für Alex Martin", COMMENT).await?;
    sam.wait("#pt-return").await?.click().await?;
    portal::heard(&sam, "approval-returned:").await?;
    sam.wait("#pt-returned").await?;

    // 4. Alex reads the comment, submits again, withdraws, submits again.
    open_as(&alex, ALEX, IMPORT).await?;
    let returned = alex.wait("#pt-returned").await?.text().await?;
    assert!(
        returned.contains("Sam Lee returned this import on") && returned.contains(COMMENT),
        "{returned}"
    );
    alex.shot("returned-with-a-comment").await?;
    portal::walk_to_preview(&alex).await?;
    acknowledge(&alex).await?;
    alex.wait("#pt-commit").await?.click().await?;
    alex.wait("#pt-withdraw").await?.click().await?;
    portal::heard(&alex, "approval-withdrawn:").await?;
    alex.wait("#pt-commit").await?;
    acknowledge(&alex).await?;
    alex.wait("#pt-commit").await?.click().await?;
    alex.wait("#pt-withdraw").await?;

    // 5. Sam approves (confirmed first): imported under both names.
    open_as(&sam, SAM, IMPORT).await?;
    sam.wait("#pt-approve").await?.click().await?;
    sam.wait("#pt-approve-dialog[open]").await?;
    sam.shot("approve-confirmation").await?;
    sam.wait("#pt-approve-dialog .pt-button-danger")
        .await?
        .click()
        .await?;
    portal::heard(&sam, "imported:").await?;
    let events = portal::wait_js(
        &sam,
        "window.__events.filter((e) => e.startsWith('imported:'))",
    )
    .await?;
    let heard = events.to_string();
    assert!(
        heard.contains("alex@contoso") && heard.contains("sam@contoso"),
        "{heard}"
    );
    let people = sam.wait("#pt-results-approval").await?.text().await?;
    assert_eq!(
        people.trim(),
        "Vorbereitet von Alex Martin, genehmigt von Sam Lee."
    );
    sam.shot("approved-and-imported").await?;
    sam.close().await?;
    alex.close().await
}
