//! The wizard's draft on the server, in real headless Chromium, in the
//! portal outside demo mode (another origin, the portal's own tokens): an
//! edit in one browser says "Saved at …" and is resumed, at its step, in
//! another browser with a profile of its own (another device) by another
//! admin, whose save the first is told of by name; two tabs
//! of one browser never overwrite each other silently: the stale one gets
//! the conflict dialog, loads the newer draft, and later keeps its own
//! knowingly, which a reload then shows. Screenshots:
//! `target/e2e-screenshots/drafts*/` (`draft-status`, `draft-conflict`).

#[path = "../e2e/browser.rs"]
mod browser;
#[path = "../e2e/portal.rs"]
mod portal;

use std::time::Duration;

use browser::{E2e, E2eResult};
use fantoccini::Locator;
use transition_tests::CONTOSO;

const NAME: &str = "#pt-w-bp-fr-name";

/// Two admins of Contoso, as the portal's tokens name them.
const ALEX: &str = "user=alex@contoso&name=Alex%20Martin";
const SAM: &str = "user=sam@contoso&name=Sam%20Lee";

/// Opens the portal as `who` of Contoso and its import, resumed where
/// the draft is (or from the start).
async fn open_import(e2e: &E2e, who: &str) -> E2eResult {
    portal::open(e2e, &format!("/portal?partner={CONTOSO}&{who}")).await?;
    portal::heard(e2e, "ready:").await?;
    e2e.wait("#pt-import-start").await?.click().await?;
    Ok(())
}

/// Waits until the business name field holds `value`.
async fn wait_value(e2e: &E2e, value: &str) -> E2eResult {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    loop {
        let now = e2e
            .wait(NAME)
            .await?
            .prop("value")
            .await?
            .unwrap_or_default();
        if now == value {
            return Ok(());
        }
        if tokio::time::Instant::now() > deadline {
            e2e.failure_shot().await;
            return Err(format!("the business name is {now:?}, not {value:?}").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The footer's draft status, once it says `prefix`.
async fn status(e2e: &E2e, prefix: &str) -> E2eResult<String> {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    loop {
        let text = e2e.wait("#pt-draft-status").await?.text().await?;
        if text.starts_with(prefix) {
            return Ok(text);
        }
        if tokio::time::Instant::now() > deadline {
            e2e.failure_shot().await;
            return Err(format!("the draft status is {text:?}, not {prefix:?}…").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Types `value` as the business name, and waits for the save it makes
/// (a second after the last keystroke) to be answered.
async fn rename(e2e: &E2e, value: &str) -> E2eResult {
    e2e.fill("Business name", value).await?;
    tokio::time::sleep(Duration::from_millis(1600)).await;
    Ok(())
}

#[tokio::test]
async fn a_draft_follows_the_partner_to_another_browser_and_tabs_never_overwrite_silently(
) -> E2eResult {
    let mut first = E2e::start_portal("drafts", "en-US", &["contoso.json"], portal::portal).await?;
    open_import(&first, ALEX).await?;
    first.wait_text("Your Pinpoint account holds:").await?;
    for step in ["choose", "edit"] {
        first.click_text("Next").await?;
        portal::heard(&first, &format!("step:{{\"step\":\"{step}\"}}")).await?;
    }
    rename(&first, "Contoso France (draft)").await?;
    let saved = status(&first, "Saved at ").await?;
    let role = first.wait("#pt-draft-status").await?.attr("role").await?;
    assert_eq!(role.as_deref(), Some("status"), "a live region");
    assert!(saved.chars().any(|c| c.is_ascii_digit()), "{saved}");
    first.shot("draft-status").await?;
    portal::axe_clean(&first, "the edit step with its draft saved").await?;

    // Another admin of the partner on another device (its own browser
    // profile) resumes it, and saves an edit.
    let mut second = first
        .another_browser("drafts-second-browser", "en-US")
        .await?;
    open_import(&second, SAM).await?;
    portal::heard(&second, "step:{\"step\":\"edit\"}").await?;
    wait_value(&second, "Contoso France (draft)").await?;
    status(&second, "Saved at ").await?;
    second.shot("resumed-on-another-device").await?;
    rename(&second, "Contoso France (Sam)").await?;
    status(&second, "Saved at ").await?;
    second.close().await?;

    // Alex, still at the older revision, saves after Sam: told who saved.
    rename(&first, "Contoso France (Alex)").await?;
    let dialog = first.wait("#pt-draft-conflict[open]").await?;
    let text = dialog.text().await?;
    assert!(text.contains("Sam Lee saved this draft at"), "{text}");
    first.shot("draft-conflict-another-admin").await?;
    first.click_text("Load the newer draft").await?;
    wait_value(&first, "Contoso France (Sam)").await?;

    // Two tabs of the first browser: tab A (this one) and tab B.
    let url = format!(
        "{}/portal?partner={CONTOSO}&{ALEX}",
        first.host.clone().unwrap_or_default()
    );
    let tab_a = first.new_tab(&url).await?;
    let tab_b = first.client.window().await?;
    portal::heard(&first, "ready:").await?;
    first.wait("#pt-import-start").await?.click().await?;
    wait_value(&first, "Contoso France (Sam)").await?;

    // A saves; B, still at the older revision, saves after it.
    first.client.switch_to_window(tab_a.clone()).await?;
    rename(&first, "Contoso France A").await?;
    status(&first, "Saved at ").await?;
    first.client.switch_to_window(tab_b.clone()).await?;
    rename(&first, "Contoso France B").await?;
    let dialog = first.wait("#pt-draft-conflict[open]").await?;
    let text = dialog.text().await?;
    assert!(
        text.contains("saved this draft at")
            && text.contains("in another tab or on another device"),
        "{text}"
    );
    first.wait_focus("pt-draft-load").await?;
    status(&first, "Not saved").await?;
    first.shot("draft-conflict").await?;
    portal::axe_clean(&first, "the draft conflict").await?;
    // Load the newer draft: A's, nothing saved over it.
    first.click_text("Load the newer draft").await?;
    wait_value(&first, "Contoso France A").await?;
    assert!(first
        .client
        .find(Locator::Css("#pt-draft-conflict[open]"))
        .await
        .is_err());

    // B goes on from A's draft; now A is the stale one, and keeps its own.
    rename(&first, "Contoso France B2").await?;
    status(&first, "Saved at ").await?;
    first.client.switch_to_window(tab_a.clone()).await?;
    rename(&first, "Contoso France A2").await?;
    first.wait("#pt-draft-conflict[open]").await?;
    first.click_text("Keep mine").await?;
    wait_value(&first, "Contoso France A2").await?;
    status(&first, "Saved at ").await?;
    first.wait_focus("pt-w-bp-fr-name").await?;

    // A reload of B shows the draft A kept.
    first.client.switch_to_window(tab_b).await?;
    open_import(&first, ALEX).await?;
    wait_value(&first, "Contoso France A2").await?;
    first.shot("reloaded-shows-the-kept-draft").await?;
    first.close().await
}
