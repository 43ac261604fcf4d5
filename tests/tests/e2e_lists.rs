//! Issue 22, compact lists: the Solutions and Locations steps as rows
//! that expand into their forms, and the searchable multi-select of
//! industries and products, in real headless Chromium (demo mode). Prints
//! the page heights of both steps for Contoso France and Fabrikam at
//! 1280×900 and 360×740; screenshots under
//! `target/e2e-screenshots/lists-*/`.

#[path = "../e2e/browser.rs"]
mod browser;

use browser::{E2e, E2eResult};

const WIZARD: &str = "/account-settings/business-profile/import";
const PROFILES: &str = "/account-settings/business-profile/profiles";

/// Selects the demo identity `partner_id`.
async fn sign_in_as(e2e: &E2e, identity: &str, expect: &str) -> E2eResult {
    e2e.goto(PROFILES).await?;
    e2e.wait("#pt-demo-switch").await?;
    e2e.select("#pt-demo-switch", identity).await?;
    e2e.wait_text(expect).await
}

/// The page's height now.
async fn page_height(e2e: &E2e) -> E2eResult<u64> {
    let h = e2e
        .client
        .execute("return document.documentElement.scrollHeight;", vec![])
        .await?;
    Ok(h.as_u64().unwrap_or_default())
}

/// Opens `step` of `profile` and returns its page height once laid out.
async fn height_of(e2e: &mut E2e, step: &str, profile: &str, shot: &str) -> E2eResult<u64> {
    e2e.goto(&format!("{WIZARD}?step={step}&profile={profile}"))
        .await?;
    e2e.wait("#pt-step-heading").await?;
    e2e.wait_url(&format!("step={step}")).await?;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    e2e.shot(shot).await?;
    page_height(e2e).await
}

/// The heights of the Solutions and Locations steps of one partner's
/// profile, at one size.
async fn heights(
    name: &str,
    identity: Option<(&str, &str)>,
    profile: &str,
    (width, height): (u32, u32),
) -> E2eResult<(u64, u64)> {
    let mut e2e = E2e::start(name, "en-US", width, height).await?;
    if let Some((id, expect)) = identity {
        sign_in_as(&e2e, id, expect).await?;
    }
    e2e.goto(WIZARD).await?;
    e2e.wait_text("Your Pinpoint account holds:").await?;
    let solutions = height_of(&mut e2e, "solutions", profile, "solutions").await?;
    let locations = height_of(&mut e2e, "locations", profile, "locations").await?;
    println!("page heights, {name} ({profile}) at {width}×{height}: solutions {solutions} px, locations {locations} px");
    e2e.close().await?;
    Ok((solutions, locations))
}

#[tokio::test]
async fn the_steps_fit_in_two_screens_on_a_desktop_and_four_on_a_phone() -> E2eResult {
    let desktop = heights("lists-heights-contoso-desktop", None, "bp-fr", (1280, 900)).await?;
    let phone = heights("lists-heights-contoso-phone", None, "bp-fr", (360, 740)).await?;
    let fabrikam = Some(("5523456", "Fabrikam Inc."));
    heights(
        "lists-heights-fabrikam-desktop",
        fabrikam,
        "bp-us",
        (1280, 900),
    )
    .await?;
    heights(
        "lists-heights-fabrikam-phone",
        fabrikam,
        "bp-us",
        (360, 740),
    )
    .await?;
    Ok(())
}
