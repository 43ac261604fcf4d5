//! The partner's whole path in real headless Chromium, against the server
//! binary in demo mode serving the release build of the app. Each scenario
//! has a fresh demo database and saves a screenshot of every step under
//! `target/e2e-screenshots/<scenario>/` (and one of a failing step).
//! The harness is `tests/e2e/browser.rs`.

#[path = "../e2e/browser.rs"]
mod browser;

use browser::{axe_clean, sign_in_as, E2e, E2eResult, ENTER, ESCAPE, SPACE};
use fantoccini::Locator;

const WIZARD: &str = "/account-settings/business-profile/import";
const PROFILES: &str = "/account-settings/business-profile/profiles";
const REFERRALS: &str = "/account-settings/business-profile/referrals";
const FRENCH_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// From the wizard's current step to the preview, with `next` the text of
/// the Next button: every chosen profile's steps in turn. Checks that the
/// focus lands on each step's heading, and that on each step the footer
/// with Next is on screen and (steps 3 to 5) a field of the step is on the
/// first screen.
async fn walk_to_preview(e2e: &mut E2e, next: &str, shots: &str) -> E2eResult {
    for _ in 0..12 {
        let before = e2e.url().await;
        e2e.click_text(next).await?;
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
        while e2e.url().await == before {
            if tokio::time::Instant::now() > deadline {
                e2e.failure_shot().await;
                return Err(format!("{next} did not leave {before}").into());
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        e2e.wait_focus("pt-step-heading").await?;
        let url = e2e.url().await;
        let place = url
            .split("step=")
            .nth(1)
            .unwrap_or_default()
            .replace("&profile=", "-");
        e2e.shot(&format!("{shots}-{place}")).await?;
        let (_, footer_bottom, height) = e2e.rect(".pt-wizard-footer").await?;
        assert!(
            footer_bottom <= height + 1.0,
            "{place}: the footer is below the screen"
        );
        if ["edit", "solutions", "locations"]
            .iter()
            .any(|s| place.starts_with(s))
        {
            let (top, _, height) = e2e
                .rect(".pt-form-col input:not([type=hidden]), .pt-form-col select, .pt-form-col textarea")
                .await?;
            assert!(
                top < height,
                "{place}: no field on the first screen (first at {top} px of {height})"
            );
        }
        if url.contains("step=preview") {
            return Ok(());
        }
    }
    Err("Next never reached the preview".into())
}

/// Opens the profile page of the profile card named `name`.
async fn manage(e2e: &E2e, name: &str) -> E2eResult {
    let xpath = format!(
        "(//*[normalize-space(text())='{name}']/ancestor::*[.//a[normalize-space(.)='Manage']][1]//a[normalize-space(.)='Manage'])[1]"
    );
    e2e.wait_xpath(&xpath).await?.click().await?;
    Ok(())
}

/// Presses Delete in the open confirmation dialog.
async fn confirm_deletion(e2e: &E2e) -> E2eResult {
    e2e.wait("dialog[open]")
        .await?
        .find(Locator::XPath(".//button[normalize-space(.)='Delete']"))
        .await?
        .click()
        .await?;
    Ok(())
}

async fn confirm_and_import(e2e: &mut E2e, done: &str) -> E2eResult {
    e2e.wait("#pt-ack-referrals").await?.click().await?;
    e2e.wait("#pt-ack-closure").await?.click().await?;
    e2e.shot("acknowledged").await?;
    e2e.wait("#pt-commit").await?.click().await?;
    e2e.wait_text(done).await?;
    e2e.shot("imported").await
}

#[tokio::test]
async fn contoso_imports_end_to_end_in_english() -> E2eResult {
    let mut e2e = E2e::start("contoso-en", "en-US", 1280, 900).await?;
    e2e.goto("/").await?;
    e2e.wait_text("Import from Pinpoint").await?;
    e2e.wait_text("You have no business profile yet.").await?;
    e2e.shot("profiles-tab").await?;
    axe_clean(&e2e, "the Profiles tab").await?;

    e2e.wait("#pt-import-start").await?.click().await?;
    e2e.wait_text("Your Pinpoint account holds:").await?;
    e2e.shot("account").await?;
    axe_clean(&e2e, "the account step").await?;

    e2e.click_text("Next").await?;
    e2e.wait_url("step=choose").await?;
    e2e.shot("choose").await?;
    e2e.click_text("Next").await?;
    e2e.wait_url("step=edit").await?;
    e2e.wait("#pt-w-bp-fr-name").await?;
    e2e.fill("Business name", "Contoso France SAS").await?;
    e2e.shot("edit-renamed").await?;
    axe_clean(&e2e, "the edit step").await?;
    // The edit survives a reload (the URL and the server's draft keep
    // the state), once the footer says it is saved.
    e2e.wait_text("Saved at").await?;
    e2e.client.refresh().await?;
    e2e.wait("#pt-w-bp-fr-name").await?;
    let kept = e2e
        .client
        .find(Locator::Css("#pt-w-bp-fr-name"))
        .await?
        .prop("value")
        .await?;
    assert_eq!(kept.as_deref(), Some("Contoso France SAS"));

    // Next walks each chosen profile's three steps in turn: Belgium is
    // reached without looking for its tab.
    for (step, profile) in [
        ("solutions", "bp-fr"),
        ("locations", "bp-fr"),
        ("edit", "bp-be"),
        ("solutions", "bp-be"),
        ("locations", "bp-be"),
    ] {
        e2e.click_text("Next").await?;
        e2e.wait_url(&format!("step={step}&profile={profile}"))
            .await?;
        e2e.shot(&format!("{step}-{profile}")).await?;
        if step == "edit" {
            e2e.wait_text("Profile 2 of 2: Contoso Belgium").await?;
            axe_clean(&e2e, "the second profile's edit step").await?;
        }
    }
    // The first profile's tab and the steps behind are marked reviewed.
    e2e.wait_xpath("//nav[contains(@class,'pt-profile-tabs')]//a[contains(., 'Contoso France') and contains(., 'Reviewed')]")
        .await?;
    e2e.click_text("Next").await?;
    e2e.wait_url("step=preview").await?;
    e2e.shot("preview").await?;
    e2e.wait_text("Will be created").await?;
    e2e.wait_text("Contoso France SAS").await?;
    e2e.wait_text("“Salesforce CRM”").await?;
    e2e.wait_text("3 customer reviews: not carried over")
        .await?;
    // Import stays in the footer and focusable; without the confirmations
    // it says what is missing and takes the partner there.
    let commit = e2e.wait("#pt-commit").await?;
    assert_eq!(commit.attr("aria-disabled").await?.as_deref(), Some("true"));
    e2e.wait_text("Give both confirmations above to import.")
        .await?;
    commit.click().await?;
    e2e.wait_focus("pt-ack-referrals").await?;
    assert!(
        e2e.url().await.contains("step=preview"),
        "nothing happened but the focus"
    );
    axe_clean(&e2e, "the preview").await?;

    confirm_and_import(&mut e2e, "Import complete").await?;
    e2e.wait_text("Contoso Belgium").await?;
    axe_clean(&e2e, "the results page").await?;
    let results = e2e.url().await;

    // Browser Back from the results never comes back to a wizard that
    // can no longer import: it opens the results again.
    e2e.client.back().await?;
    e2e.wait_url("/imports/").await?;
    e2e.wait_text("Contoso Belgium").await?;
    assert_eq!(e2e.url().await, results);
    e2e.shot("back-after-import").await?;

    // The account is closed; the wizard's address leads to the results.
    e2e.goto(PROFILES).await?;
    e2e.wait_text(
        "Your Pinpoint account was imported into your business profiles below, and is now closed.",
    )
    .await?;
    e2e.wait_text("Contoso France SAS").await?;
    e2e.shot("profiles-after").await?;
    e2e.goto(WIZARD).await?;
    e2e.wait_url("/imports/").await?;
    e2e.wait_text("Contoso Belgium").await?;
    e2e.shot("second-attempt-results").await?;

    // Solutions: edited and deleted, never added.
    e2e.goto(PROFILES).await?;
    manage(&e2e, "Contoso France SAS").await?;
    e2e.wait_text("Partner info").await?;
    let url = e2e.url().await;
    let page = url.split('?').next().unwrap_or_default().to_owned();
    e2e.client
        .goto(&format!("{page}?section=solutions"))
        .await?;
    e2e.wait("#pt-solutions-import-only").await?;
    e2e.wait_text("Solutions can only be created by importing from Pinpoint")
        .await?;
    let adders = e2e
        .client
        .find_all(Locator::XPath(
            "//button[contains(., 'Add a solution') or contains(., 'New solution')]",
        ))
        .await?;
    assert!(adders.is_empty(), "there is no way to add a solution");
    e2e.shot("solutions").await?;
    axe_clean(&e2e, "the solutions section").await?;

    let stock = e2e.card("Contoso Stock").await?;
    e2e.fill_in(&stock, "Solution name", "Contoso Stock Pro")
        .await?;
    stock
        .find(Locator::XPath(
            ".//button[normalize-space(.)='Save changes']",
        ))
        .await?
        .click()
        .await?;
    e2e.wait_xpath("//section//h2[normalize-space(.)='Contoso Stock Pro']")
        .await?;
    e2e.shot("solution-renamed").await?;

    let caisse = e2e.card("Contoso Caisse").await?;
    let delete = caisse
        .find(Locator::XPath(
            ".//button[normalize-space(.)='Delete the solution “Contoso Caisse”']",
        ))
        .await?;
    // A double press opens the confirmation, and deletes nothing.
    e2e.client
        .execute(
            "arguments[0].click(); arguments[0].click();",
            vec![serde_json::to_value(&delete)?],
        )
        .await?;
    let dialog = e2e.wait("dialog[open]").await?;
    e2e.wait_text("A deleted solution can never be added again")
        .await?;
    e2e.shot("solution-delete-confirm").await?;
    axe_clean(&e2e, "the confirmation dialog").await?;
    // Keyboard alone: focus starts on Cancel, inside the dialog; Escape
    // cancels and nothing is deleted.
    let focused = e2e.client.active_element().await?;
    assert_eq!(focused.text().await?, "Cancel");
    assert!(
        dialog
            .find(Locator::XPath(".//button[normalize-space(.)='Cancel']"))
            .await
            .is_ok(),
        "Cancel is the dialog's"
    );
    e2e.press(ESCAPE).await?;
    e2e.wait_gone("A deleted solution can never be added again")
        .await?;
    assert!(e2e.client.find(Locator::Css("dialog[open]")).await.is_err());
    e2e.card("Contoso Caisse").await?;
    e2e.client.refresh().await?;
    e2e.card("Contoso Caisse").await?;
    // Confirmed: deleted.
    e2e.card("Contoso Caisse")
        .await?
        .find(Locator::XPath(
            ".//button[normalize-space(.)='Delete the solution “Contoso Caisse”']",
        ))
        .await?
        .click()
        .await?;
    confirm_deletion(&e2e).await?;
    e2e.wait_gone("Delete the solution “Contoso Caisse”")
        .await?;
    e2e.shot("solution-deleted").await?;

    // Locations: deleted once confirmed; the address cannot be edited.
    e2e.client
        .goto(&format!("{page}?section=locations"))
        .await?;
    e2e.wait_text("An address cannot be edited").await?;
    e2e.click_text("Delete the location “Lyon”").await?;
    confirm_deletion(&e2e).await?;
    e2e.wait_gone("Delete the location “Lyon”").await?;
    e2e.wait_text("Delete the location “Paris — siège”").await?;
    e2e.shot("location-deleted").await?;
    e2e.close().await
}

#[tokio::test]
async fn contoso_imports_end_to_end_in_french_on_a_phone() -> E2eResult {
    // A French browser, 360 px wide: the app speaks French by itself.
    let mut e2e = E2e::start("contoso-fr-360", "fr-FR", 360, 780).await?;
    e2e.goto(PROFILES).await?;
    e2e.wait_text("Importer à partir de Pinpoint").await?;
    e2e.shot("profils").await?;
    axe_clean(&e2e, "l’onglet Profils").await?;
    e2e.wait("#pt-import-start").await?.click().await?;
    e2e.wait_text("Votre compte Pinpoint contient :").await?;
    e2e.shot("compte").await?;
    // Cancel: asked first once something changed; the partner may stay.
    e2e.click_text("Suivant").await?;
    e2e.wait_url("step=choose").await?;
    e2e.click_text("Suivant").await?;
    e2e.wait_url("step=edit").await?;
    e2e.fill("Nom de l’entreprise", "Contoso FR brouillon")
        .await?;
    e2e.click_text("Annuler").await?;
    e2e.wait("dialog[open]").await?;
    e2e.wait_text("Abandonner vos modifications ?").await?;
    e2e.shot("annuler-confirmation").await?;
    axe_clean(&e2e, "la confirmation d’annulation").await?;
    e2e.press(ESCAPE).await?;
    e2e.wait_gone("Abandonner vos modifications ?").await?;
    assert!(
        e2e.url().await.contains("step=edit"),
        "Escape keeps the partner in the wizard"
    );
    e2e.click_text("Annuler").await?;
    e2e.wait("dialog[open]")
        .await?
        .find(Locator::XPath(
            ".//button[normalize-space(.)='Abandonner les modifications']",
        ))
        .await?
        .click()
        .await?;
    e2e.wait_url("/profiles").await?;
    e2e.wait("#pt-import-start").await?.click().await?;
    e2e.wait_text("Votre compte Pinpoint contient :").await?;
    walk_to_preview(&mut e2e, "Suivant", "etape").await?;
    assert!(
        !e2e.body_text().await?.contains("Contoso FR brouillon"),
        "the discarded name is gone"
    );
    e2e.wait_text("Sera créé").await?;
    e2e.wait_text("Ne sera pas importé").await?;
    // On a phone the checks fold into their count; the list opens.
    let toggle = e2e.wait(".pt-summary-toggle").await?;
    assert_eq!(
        toggle.attr("aria-expanded").await?.as_deref(),
        Some("false")
    );
    toggle.click().await?;
    e2e.wait_text("« Salesforce CRM » n’est pas un produit Microsoft")
        .await?;
    axe_clean(&e2e, "la vérification").await?;
    confirm_and_import(&mut e2e, "Importation terminée").await?;
    e2e.wait_text("Votre compte Pinpoint est désormais clôturé")
        .await?;
    // The results speak in the past, and the date is written in French.
    e2e.wait_text("Non importé").await?;
    e2e.wait_text("références client n’ont pas été importées")
        .await?;
    let body = e2e.body_text().await?;
    let date = body
        .split("Importé le ")
        .nth(1)
        .and_then(|rest| rest.split('.').next())
        .unwrap_or_default();
    assert!(
        FRENCH_MONTHS.iter().any(|month| date.contains(month)),
        "the import date is written in French: {date:?}"
    );
    axe_clean(&e2e, "les résultats").await?;
    // The referrals, with their statuses, dates and amounts in French.
    e2e.goto(REFERRALS).await?;
    e2e.wait_text("Acceptée").await?;
    e2e.wait_text("15 janvier 2016").await?;
    e2e.wait_text("€").await?;
    e2e.shot("references-client").await?;
    // The wizard of an imported account opens its results.
    e2e.goto(WIZARD).await?;
    e2e.wait_url("/imports/").await?;
    e2e.wait_text("Importation terminée").await?;
    e2e.shot("deuxieme-essai-resultats").await?;
    e2e.close().await
}

#[tokio::test]
async fn fabrikam_errors_show_inline_and_block_the_import_until_fixed() -> E2eResult {
    let mut e2e = E2e::start("fabrikam", "en-US", 1280, 900).await?;
    sign_in_as(&e2e, "5523456", "Fabrikam Inc.").await?;
    e2e.goto(WIZARD).await?;
    e2e.wait_text("Fabrikam Inc.").await?;
    e2e.wait_text("Your Pinpoint account holds:").await?;
    e2e.click_text("Next").await?;
    e2e.wait_url("step=choose").await?;
    e2e.click_text("Next").await?;
    e2e.wait_url("step=edit").await?;
    e2e.wait_text("The description has 2,667 characters; the limit is 2,500.")
        .await?;
    e2e.wait_text("“fabrikam.com” is not a web address").await?;
    e2e.wait_text("9 errors").await?;
    // The error is tied to its field for screen readers.
    let website = e2e.labelled("Website").await?;
    assert_eq!(website.attr("aria-invalid").await?.as_deref(), Some("true"));
    let described = website.attr("aria-describedby").await?.unwrap_or_default();
    let mut told = String::new();
    for id in described.split_whitespace() {
        if let Ok(element) = e2e.client.find(Locator::Id(id)).await {
            told.push_str(&element.text().await?);
        }
    }
    assert!(
        told.contains("is not a web address"),
        "aria-describedby says: {told}"
    );
    e2e.shot("errors-inline").await?;
    axe_clean(&e2e, "the edit step with errors").await?;

    // The preview refuses to import, acknowledgements or not.
    for step in ["solutions", "locations", "preview"] {
        e2e.click_text("Next").await?;
        e2e.wait_url(&format!("step={step}")).await?;
    }
    e2e.wait("#pt-ack-referrals").await?.click().await?;
    e2e.wait("#pt-ack-closure").await?.click().await?;
    let commit = e2e.wait("#pt-commit").await?;
    assert_eq!(
        commit.attr("aria-disabled").await?.as_deref(),
        Some("true"),
        "errors block the import"
    );
    e2e.wait_text("Correct the 9 errors listed above to import.")
        .await?;
    // The checks are grouped by the step that fixes them, each named by
    // its item.
    e2e.wait_xpath("//*[@id='pt-preview-issues']//h4[normalize-space(.)='Locations']")
        .await?;
    e2e.wait_xpath("//*[@id='pt-preview-issues']//li[contains(., 'Toronto:')]")
        .await?;
    commit.click().await?;
    e2e.wait_focus("pt-preview-issues").await?;
    e2e.shot("blocked").await?;

    // Fix everything in the form.
    e2e.click_text("Back").await?;
    e2e.click_text("Back").await?;
    e2e.click_text("Back").await?;
    e2e.wait_url("step=edit").await?;
    e2e.fill(
        "Description",
        "Fabrikam builds healthcare apps on Microsoft Azure.",
    )
    .await?;
    e2e.fill("Website", "https://fabrikam.com").await?;
    e2e.fill(
        "LinkedIn company page (optional)",
        "https://www.linkedin.com/company/fabrikam",
    )
    .await?;
    e2e.click_text("Remove the logo").await?;
    e2e.click_text("Remove tag 2").await?;
    e2e.wait_gone("The description has 2,667 characters")
        .await?;
    e2e.wait_text("3 errors,").await?;
    e2e.shot("profile-fixed").await?;
    e2e.click_text("Next").await?;
    e2e.wait_url("step=solutions").await?;
    // Its row opens on its form.
    e2e.wait("[id='pt-w-bp-us-solutions.2fapp-care2'] [data-pt-toggle]")
        .await?
        .click()
        .await?;
    let second = e2e
        .client
        .find(Locator::Id("pt-w-bp-us-solutions.2fapp-care2.2fname"))
        .await?;
    browser::type_into(&second, "CareTrack Mobile").await?;
    e2e.wait_gone("is already named").await?;
    e2e.shot("solutions-fixed").await?;
    e2e.click_text("Next").await?;
    e2e.wait_url("step=locations").await?;
    e2e.click_text("Office 5").await?;
    e2e.click_text("Toronto").await?;
    e2e.shot("locations-fixed").await?;
    e2e.click_text("Next").await?;
    e2e.wait_url("step=preview").await?;
    e2e.wait_text("0 errors").await?;
    e2e.shot("preview-clean").await?;
    let referrals = e2e.wait("#pt-ack-referrals").await?;
    if referrals.prop("checked").await?.as_deref() != Some("true") {
        referrals.click().await?;
    }
    let closure = e2e.wait("#pt-ack-closure").await?;
    if closure.prop("checked").await?.as_deref() != Some("true") {
        closure.click().await?;
    }
    e2e.wait("#pt-commit").await?.click().await?;
    e2e.wait_text("Import complete").await?;
    e2e.shot("imported").await?;
    e2e.close().await
}

#[tokio::test]
async fn northwind_is_refused_with_the_service_centre_link() -> E2eResult {
    let mut e2e = E2e::start("northwind", "en-US", 1280, 900).await?;
    sign_in_as(&e2e, "6634567", "Northwind Traders").await?;
    e2e.goto(WIZARD).await?;
    e2e.wait_text("This Pinpoint account is closed: it was already imported or retired")
        .await?;
    let link = e2e
        .wait_xpath("//a[normalize-space(.)='Contact your Regional Service Center']")
        .await?;
    let href = link.attr("href").await?.unwrap_or_default();
    assert!(href.starts_with("https://"), "{href}");
    e2e.shot("refused").await?;
    axe_clean(&e2e, "the closed account").await?;
    e2e.close().await
}

#[tokio::test]
async fn a_read_only_user_sees_but_cannot_import() -> E2eResult {
    let mut e2e = E2e::start("read-only", "en-US", 1280, 900).await?;
    sign_in_as(&e2e, "4412345:ro", "Your role lets you read only").await?;
    e2e.shot("read-only").await?;
    axe_clean(&e2e, "the read-only Profiles tab").await?;
    // The wizard can be walked and previewed; its Import button is
    // disabled, with the reason beside it and tied to it.
    // The wizard can be walked and previewed, every field disabled from
    // the first step on, with the reason; Import says why not.
    e2e.goto(WIZARD).await?;
    e2e.wait_text("Your Pinpoint account holds:").await?;
    e2e.click_text("Next").await?;
    e2e.wait_url("step=choose").await?;
    assert!(
        e2e.is_disabled("#pt-choose-bp-fr").await?,
        "the choice is read-only"
    );
    e2e.click_text("Next").await?;
    e2e.wait_url("step=edit").await?;
    assert!(
        e2e.is_disabled("#pt-w-bp-fr-name").await?,
        "the fields are read-only"
    );
    let form = e2e.wait(".pt-form-col").await?;
    assert_eq!(
        form.attr("aria-describedby").await?.as_deref(),
        Some("pt-read-only-notice")
    );
    walk_to_preview(&mut e2e, "Next", "read-only").await?;
    assert!(e2e.is_disabled("#pt-ack-referrals").await?);
    let commit = e2e.wait("#pt-commit").await?;
    assert_eq!(
        commit.attr("aria-disabled").await?.as_deref(),
        Some("true"),
        "a read-only role cannot import"
    );
    let described = commit.attr("aria-describedby").await?.unwrap_or_default();
    assert!(
        described
            .split_whitespace()
            .any(|id| id == "pt-primary-hint"),
        "{described}"
    );
    let hint = e2e.wait("#pt-primary-hint").await?.text().await?;
    assert!(hint.starts_with("Your role lets you read only"), "{hint}");
    commit.click().await?;
    e2e.wait_focus("pt-read-only-notice").await?;
    e2e.shot("read-only-preview").await?;
    axe_clean(&e2e, "the read-only preview").await?;
    e2e.close().await
}

#[tokio::test]
async fn the_widget_in_the_host_portal_imports_and_the_host_hears_it() -> E2eResult {
    let mut e2e = E2e::start("widget", "en-US", 1280, 900).await?;
    e2e.goto("/host/").await?;
    e2e.wait("#pt-import-start").await?;
    e2e.shot("host-portal").await?;
    e2e.wait("#pt-import-start").await?.click().await?;
    e2e.wait_text("Your Pinpoint account holds:").await?;
    walk_to_preview(&mut e2e, "Next", "widget").await?;
    confirm_and_import(&mut e2e, "Import complete").await?;
    let heard = e2e
        .client
        .execute("return document.body.dataset.lastImport || '';", vec![])
        .await?;
    let import_id = heard.as_str().unwrap_or_default();
    assert!(
        !import_id.is_empty(),
        "the host page heard no pinpoint-transition:imported event"
    );
    e2e.wait_text("Pinpoint import complete").await?;
    e2e.shot("host-heard-it").await?;
    e2e.close().await
}

/// Presses Tab until "Go to the field" of the check that says `issue` has
/// the focus, presses Enter, and waits for the focus to land in a field.
async fn go_to_field(e2e: &E2e, issue: &str) -> E2eResult {
    let check = format!(
        "const e = document.activeElement; return !!e && e.tagName === 'BUTTON' \
         && e.textContent.trim() === 'Go to the field' && e.closest('li').textContent.includes({});",
        serde_json::json!(issue)
    );
    // From a field below the checks, back up to them (Shift+Tab).
    let below = e2e
        .client
        .execute(
            "const p = document.querySelector('.pt-summary'); const e = document.activeElement; \
             return !!p && !!e && !p.contains(e) \
             && !!(p.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING);",
            vec![],
        )
        .await?
        .as_bool()
        == Some(true);
    let key = if below {
        "\u{e008}\u{e004}\u{e000}"
    } else {
        browser::TAB
    };
    let mut found = false;
    for _ in 0..120 {
        if e2e.client.execute(&check, vec![]).await?.as_bool() == Some(true) {
            found = true;
            break;
        }
        e2e.press(key).await?;
    }
    if !found {
        e2e.failure_shot().await;
        return Err(format!("Tab never reached the check {issue:?}").into());
    }
    e2e.press(ENTER).await?;
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        let tag = e2e
            .client
            .execute(
                "return document.activeElement ? document.activeElement.tagName : '';",
                vec![],
            )
            .await?;
        if matches!(tag.as_str(), Some("INPUT" | "TEXTAREA" | "SELECT")) {
            return Ok(());
        }
        if tokio::time::Instant::now() > deadline {
            e2e.failure_shot().await;
            return Err(format!("the check {issue:?} did not take the focus to a field").into());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// Tabs to Next, presses Enter, and waits for the focus on the heading of
/// `step`.
async fn next_by_keyboard(e2e: &mut E2e, step: &str, shot: &str) -> E2eResult {
    e2e.tab_to("#pt-next", 200).await?;
    e2e.press(ENTER).await?;
    e2e.wait_url(&format!("step={step}")).await?;
    e2e.wait_focus("pt-step-heading").await?;
    e2e.shot(shot).await
}

#[tokio::test]
async fn fabrikam_is_corrected_and_imported_with_the_keyboard_alone() -> E2eResult {
    let mut e2e = E2e::start("keyboard", "en-US", 1280, 900).await?;
    sign_in_as(&e2e, "5523456", "Fabrikam Inc.").await?;
    e2e.wait("#pt-import-start").await?;
    e2e.tab_to("#pt-import-start", 60).await?;
    e2e.press(ENTER).await?;
    e2e.wait_text("Your Pinpoint account holds:").await?;
    next_by_keyboard(&mut e2e, "choose", "choose").await?;
    next_by_keyboard(&mut e2e, "edit", "edit").await?;

    // Every check's "Go to the field" lands in its field, where the
    // partner types the correction.
    go_to_field(&e2e, "The description has 2,667 characters").await?;
    e2e.type_keys(&format!(
        "{}Fabrikam builds healthcare apps on Microsoft Azure.",
        browser::SELECT_ALL
    ))
    .await?;
    go_to_field(&e2e, "is not a web address").await?;
    e2e.type_keys(&format!("{}https://fabrikam.com", browser::SELECT_ALL))
        .await?;
    go_to_field(&e2e, "is not a LinkedIn company page").await?;
    e2e.type_keys(&format!(
        "{}https://www.linkedin.com/company/fabrikam",
        browser::SELECT_ALL
    ))
    .await?;
    e2e.tab_to_text("Remove the logo", 200).await?;
    e2e.press(ENTER).await?;
    e2e.tab_to_text("Remove tag 2", 200).await?;
    e2e.press(ENTER).await?;
    e2e.wait_gone("The description has 2,667 characters")
        .await?;
    e2e.wait_gone("is already listed").await?;
    // What is left is fixed on later steps; the step bar counts it there.
    e2e.wait_text("3 errors, 1 warning").await?;
    e2e.shot("edit-corrected").await?;

    next_by_keyboard(&mut e2e, "solutions", "solutions").await?;
    // The check opens the collapsed row and lands in the solution's name.
    go_to_field(&e2e, "is already named").await?;
    e2e.type_keys(&format!("{}CareTrack Mobile", browser::SELECT_ALL))
        .await?;
    e2e.wait_gone("is already named").await?;
    e2e.shot("solutions-corrected").await?;

    next_by_keyboard(&mut e2e, "locations", "locations").await?;
    for location in ["Office 5", "Toronto"] {
        e2e.tab_to_labelled(location, 200).await?;
        e2e.press(SPACE).await?;
    }
    e2e.wait_gone("outside the profile's region").await?;
    e2e.shot("locations-corrected").await?;

    next_by_keyboard(&mut e2e, "preview", "preview").await?;
    e2e.wait_text("0 errors").await?;
    // Import without the confirmations: the focus goes to the first.
    e2e.tab_to("#pt-commit", 200).await?;
    e2e.press(ENTER).await?;
    e2e.wait_focus("pt-ack-referrals").await?;
    e2e.press(SPACE).await?;
    e2e.tab_to("#pt-ack-closure", 10).await?;
    e2e.press(SPACE).await?;
    e2e.tab_to("#pt-commit", 10).await?;
    e2e.press(ENTER).await?;
    e2e.wait_text("Import complete").await?;
    e2e.shot("imported").await?;
    e2e.close().await
}

#[tokio::test]
async fn each_demo_person_of_a_partner_signs_in_as_themselves() -> E2eResult {
    let mut e2e = E2e::start("demo-people", "en-US", 1280, 900).await?;
    e2e.goto("/dashboard").await?;
    e2e.wait_text("Signed in as Alex Martin").await?;
    // The switcher offers both people of each demo partner.
    let options = e2e
        .client
        .execute(
            "return [...document.querySelectorAll('#pt-demo-switch option')].map((o) => o.textContent.trim());",
            vec![],
        )
        .await?;
    for label in ["Contoso Ltd — Alex Martin", "Contoso Ltd — Sam Lee"] {
        assert!(
            options
                .as_array()
                .is_some_and(|all| all.iter().any(|o| o == label)),
            "{label} in {options}"
        );
    }
    e2e.select("#pt-demo-switch", "4412345:1").await?;
    e2e.wait_text("Signed in as Sam Lee").await?;
    e2e.shot("dashboard-sam").await?;
    axe_clean(&e2e, "the dashboard, signed in as a person").await?;
    // Kept for the session: a reload is still Sam.
    e2e.client.refresh().await?;
    e2e.wait_text("Signed in as Sam Lee").await?;
    e2e.close().await
}
