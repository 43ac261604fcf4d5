//! The logo control in real headless Chromium (issue 22): Fabrikam's
//! Pinpoint logo (a 640 × 900 BMP at an address that does not resolve
//! here) is shown with its facts and errors asking for a replacement; a
//! PNG too wide and a BMP renamed `.png` are refused next to the control
//! with the server's message; a 300 px PNG is accepted, shown (fetched
//! with the token into an object URL) and clears the logo errors. Once in
//! demo mode, once in the portal outside demo mode (another origin, its
//! own tokens). Screenshots: `target/e2e-screenshots/logo*/`.

#[path = "../e2e/browser.rs"]
mod browser;
#[path = "../images.rs"]
mod images;
#[path = "../e2e/portal.rs"]
mod portal;

use std::path::{Path, PathBuf};

use browser::{axe_clean, E2e, E2eResult};
use fantoccini::Locator;
use transition_tests::FABRIKAM;

const WIZARD: &str = "/account-settings/business-profile/import";

/// The three files a partner might pick, written into `dir`.
fn files(dir: &Path) -> E2eResult<[PathBuf; 3]> {
    let wide = dir.join("wide.png");
    std::fs::write(&wide, images::png(640, 200))?;
    let renamed = dir.join("logo.png");
    std::fs::write(&renamed, images::bmp(120, 60))?;
    let good = dir.join("good.png");
    std::fs::write(&good, images::png(300, 100))?;
    Ok([wide, renamed, good])
}

/// Picks `file` in the logo's file input (visually hidden, as the
/// visible button opens it).
async fn pick(e2e: &E2e, file: &Path) -> E2eResult {
    let input = e2e
        .client
        .find(Locator::Css(".pt-logo input[type=file]"))
        .await?;
    input.send_keys(&file.display().to_string()).await?;
    Ok(())
}

/// The text of the refusal shown next to the control, once there is one.
async fn refusal(e2e: &E2e) -> E2eResult<String> {
    let text = e2e.wait(".pt-logo-refusal").await?.text().await?;
    // It is what the button and the input are described by.
    let button = e2e.wait(".pt-logo-actions button").await?;
    let described = button.attr("aria-describedby").await?.unwrap_or_default();
    let mut told = String::new();
    for id in described.split_whitespace() {
        // A visually hidden element's text is its `textContent`.
        let element = e2e.client.find(Locator::Id(id)).await?;
        told.push_str(&element.prop("textContent").await?.unwrap_or_default());
    }
    assert!(told.contains("Choose a GIF, JPG or PNG image"), "{told}");
    let bare = |t: &str| t.split_whitespace().collect::<String>();
    assert!(
        bare(&told).contains(&bare(&text)),
        "aria-describedby says: {told}; the refusal: {text}"
    );
    Ok(text)
}

/// A screenshot with the logo control in the middle of the window.
async fn shot(e2e: &mut E2e, name: &str) -> E2eResult {
    e2e.client
        .execute(
            "document.querySelector('.pt-logo').scrollIntoView({block: 'center'});",
            vec![],
        )
        .await?;
    e2e.shot(name).await
}

/// On the edit step with Fabrikam's logo: refused twice, then replaced.
async fn replace_the_logo(e2e: &mut E2e, shots: &str) -> E2eResult {
    e2e.wait_text("BMP, 640 × 900 px").await?;
    e2e.wait_text(
        "The logo is a bmp file; upload a replacement in GIF, JPG or PNG, at most 300 px wide.",
    )
    .await?;
    e2e.wait_text("The logo is 640 px wide; the limit is 300 px. Upload a replacement")
        .await?;
    e2e.wait_text("cannot be shown here").await?;
    e2e.wait_xpath("//button[normalize-space(.)='Replace the logo']")
        .await?;
    shot(e2e, &format!("{shots}-pinpoint-logo")).await?;
    axe_clean(e2e, "the edit step with Fabrikam's logo").await?;

    let dir = tempfile::tempdir()?;
    let [wide, renamed, good] = files(dir.path())?;
    pick(e2e, &wide).await?;
    let text = refusal(e2e).await?;
    assert!(text.contains("640 px wide"), "{text}");
    shot(e2e, &format!("{shots}-too-wide")).await?;
    axe_clean(e2e, "a refused upload").await?;

    pick(e2e, &renamed).await?;
    e2e.wait_xpath("//*[contains(@class,'pt-logo-refusal')][contains(., 'bmp file')]")
        .await?;
    shot(e2e, &format!("{shots}-bmp-renamed")).await?;

    pick(e2e, &good).await?;
    let image = e2e.wait(".pt-logo-image").await?;
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let src = image.attr("src").await?.unwrap_or_default();
        if src.starts_with("blob:") {
            break;
        }
        if tokio::time::Instant::now() > deadline {
            e2e.failure_shot().await;
            return Err(format!("the logo is shown from {src:?}").into());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let loaded = e2e
        .client
        .execute(
            "return document.querySelector('.pt-logo-image').naturalWidth;",
            vec![],
        )
        .await?;
    assert_eq!(loaded, serde_json::json!(300), "the image decoded");
    e2e.wait_text("PNG, 300 × 100 px").await?;
    e2e.wait_gone("The logo is a bmp file").await?;
    e2e.wait_gone("px wide; the limit is 300 px").await?;
    assert!(
        e2e.client
            .find(Locator::Css(".pt-logo-refusal"))
            .await
            .is_err(),
        "the refusal is gone"
    );
    shot(e2e, &format!("{shots}-replaced")).await?;
    axe_clean(e2e, "the replaced logo").await
}

#[tokio::test]
async fn fabrikam_replaces_its_logo_in_the_wizard() -> E2eResult {
    let mut e2e = E2e::start("logo", "en-US", 1280, 900).await?;
    e2e.goto("/account-settings/business-profile/profiles")
        .await?;
    e2e.wait("#pt-demo-switch").await?;
    e2e.select("#pt-demo-switch", FABRIKAM).await?;
    e2e.wait_text("Fabrikam Inc.").await?;
    e2e.goto(WIZARD).await?;
    e2e.wait_text("Your Pinpoint account holds:").await?;
    e2e.click_text("Next").await?;
    e2e.wait_url("step=choose").await?;
    e2e.click_text("Next").await?;
    e2e.wait_url("step=edit").await?;
    replace_the_logo(&mut e2e, "demo").await?;
    e2e.close().await
}

#[tokio::test]
async fn the_logo_control_works_in_the_portal_with_its_own_tokens() -> E2eResult {
    let mut e2e =
        E2e::start_portal("logo-portal", "en-US", &["fabrikam.json"], portal::portal).await?;
    portal::open(&e2e, &format!("/portal?partner={FABRIKAM}")).await?;
    portal::heard(&e2e, "ready:").await?;
    e2e.wait("#pt-import-start").await?.click().await?;
    e2e.wait_text("Your Pinpoint account holds:").await?;
    for step in ["choose", "edit"] {
        e2e.click_text("Next").await?;
        portal::heard(&e2e, &format!("step:{{\"step\":\"{step}\"}}")).await?;
    }
    replace_the_logo(&mut e2e, "portal").await?;
    e2e.close().await
}
