//! Issue 22, compact lists: the Solutions and Locations steps as rows
//! that expand into their forms, and the searchable multi-select of
//! industries and products, in real headless Chromium (demo mode). Prints
//! the page heights of both steps for Contoso France and Fabrikam at
//! 1280×900 and 360×740; screenshots under
//! `target/e2e-screenshots/lists/`.

#[path = "../e2e/browser.rs"]
mod browser;

use std::time::Duration;

use browser::{axe_clean, sign_in_as, E2e, E2eResult, ENTER, ESCAPE, SPACE, TAB};

const ARROW_DOWN: &str = "\u{e015}";
const ARROW_UP: &str = "\u{e013}";
const BACKSPACE: &str = "\u{e003}";
/// Shift+Tab (the modifier released after it).
const SHIFT_TAB: &str = "\u{e008}\u{e004}\u{e000}";

const WIZARD: &str = "/account-settings/business-profile/import";

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

/// Waits (up to 10 s) until the script `check` returns true.
async fn wait_js(e2e: &E2e, check: &str, what: &str) -> E2eResult {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        if e2e
            .client
            .execute(&format!("return !!({check});"), vec![])
            .await?
            .as_bool()
            == Some(true)
        {
            return Ok(());
        }
        if tokio::time::Instant::now() > deadline {
            e2e.failure_shot().await;
            return Err(format!("never true: {what} ({check})").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A CSS selector for the element of DOM id `id` (ids hold dots).
fn by_id(id: &str) -> String {
    format!("[id='{id}']")
}

/// The JavaScript expression of the element of DOM id `id`.
fn js_el(id: &str) -> String {
    format!("document.getElementById({})", serde_json::json!(id))
}

/// The chips of the multi-select whose input is `id`, as their texts.
async fn chips(e2e: &E2e, id: &str) -> E2eResult<Vec<String>> {
    let list = e2e
        .client
        .execute(
            &format!(
                "return [...{}.closest('.pt-multi').querySelectorAll('.pt-chip-text')].map((c) => c.textContent);",
                js_el(id)
            ),
            vec![],
        )
        .await?;
    Ok(list
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default())
}

/// The texts of the options the multi-select `id` offers now.
async fn options(e2e: &E2e, id: &str) -> E2eResult<Vec<String>> {
    let list = e2e
        .client
        .execute(
            &format!(
                "return [...document.getElementById({}).querySelectorAll('[role=option]')].map((o) => o.textContent);",
                serde_json::json!(format!("{id}-list"))
            ),
            vec![],
        )
        .await?;
    Ok(list
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default())
}

/// Waits until the focused element has DOM id `id`.
async fn focus_is(e2e: &E2e, id: &str) -> E2eResult {
    wait_js(
        e2e,
        &format!(
            "document.activeElement && document.activeElement.id === {}",
            serde_json::json!(id)
        ),
        &format!("focus on {id}"),
    )
    .await
}

/// Whether the row `row` (its DOM id) shows its form.
fn expanded(row: &str) -> String {
    format!(
        "{}.querySelector('[data-pt-toggle]').getAttribute('aria-expanded') === 'true' && !{}.querySelector('.pt-row-body').hidden",
        js_el(row),
        js_el(row)
    )
}

fn collapsed(row: &str) -> String {
    format!(
        "{}.querySelector('[data-pt-toggle]').getAttribute('aria-expanded') === 'false' && {}.querySelector('.pt-row-body').hidden",
        js_el(row),
        js_el(row)
    )
}

/// Clicks "Go to the field" of the checks panel's entry that says `text`.
async fn go_to_field_of(e2e: &E2e, text: &str) -> E2eResult {
    let xpath = format!(
        "//li[contains(., {})]//button[normalize-space(.)='Go to the field']",
        serde_json::json!(text)
    );
    e2e.wait_xpath(&xpath).await?.click().await?;
    Ok(())
}

#[tokio::test]
async fn the_multi_select_works_with_the_keyboard_alone() -> E2eResult {
    let mut e2e = E2e::start("lists/multi-select-contoso", "en-US", 1280, 900).await?;
    e2e.goto(WIZARD).await?;
    e2e.wait_text("Your Pinpoint account holds:").await?;
    e2e.goto(&format!("{WIZARD}?step=edit&profile=bp-fr"))
        .await?;
    const INDUSTRIES: &str = "pt-w-bp-fr-industries";
    e2e.wait(&by_id(INDUSTRIES)).await?;
    assert_eq!(
        chips(&e2e, INDUSTRIES).await?,
        vec!["Retail", "Manufacturing"]
    );
    e2e.tab_to(&by_id(INDUSTRIES), 300).await?;
    assert_eq!(
        e2e.wait(&by_id(INDUSTRIES))
            .await?
            .attr("role")
            .await?
            .as_deref(),
        Some("combobox")
    );

    // Typing filters, ignoring case and accents; the first match is active.
    e2e.press("ÉDUC").await?;
    wait_js(
        &e2e,
        &format!(
            "{}.getAttribute('aria-expanded') === 'true'",
            js_el(INDUSTRIES)
        ),
        "the list opens",
    )
    .await?;
    assert_eq!(options(&e2e, INDUSTRIES).await?, vec!["Education"]);
    let active = e2e
        .wait(&by_id(INDUSTRIES))
        .await?
        .attr("aria-activedescendant")
        .await?;
    assert_eq!(active.as_deref(), Some("pt-w-bp-fr-industries-list-0"));
    e2e.shot("filtered").await?;
    axe_clean(&e2e, "the industries list, open").await?;
    // Enter adds it, as a chip; the input is empty again.
    e2e.press(ENTER).await?;
    wait_js(&e2e, &format!("[...{}.closest('.pt-multi').querySelectorAll('.pt-chip-text')].some((c) => c.textContent === 'Education')", js_el(INDUSTRIES)), "Education is chosen").await?;
    assert_eq!(
        chips(&e2e, INDUSTRIES).await?,
        vec!["Retail", "Manufacturing", "Education"]
    );
    // The status line (role=status) says what was added.
    wait_js(
        &e2e,
        &format!(
            "{}.closest('.pt-multi').querySelector('[role=status]').textContent === 'Education added.'",
            js_el(INDUSTRIES)
        ),
        "the addition is announced",
    )
    .await?;
    // The arrows move through what is left, Escape closes.
    e2e.press("e").await?;
    e2e.press(ARROW_DOWN).await?;
    e2e.press(ARROW_DOWN).await?;
    e2e.press(ARROW_UP).await?;
    let active = e2e
        .wait(&by_id(INDUSTRIES))
        .await?
        .attr("aria-activedescendant")
        .await?;
    assert_eq!(active.as_deref(), Some("pt-w-bp-fr-industries-list-1"));
    e2e.shot("arrows").await?;
    e2e.press(ESCAPE).await?;
    wait_js(
        &e2e,
        &format!(
            "{}.getAttribute('aria-expanded') === 'false'",
            js_el(INDUSTRIES)
        ),
        "Escape closes the list",
    )
    .await?;
    e2e.press(ESCAPE).await?;
    wait_js(
        &e2e,
        &format!("{}.value === ''", js_el(INDUSTRIES)),
        "a second Escape clears the text",
    )
    .await?;
    // Backspace in the empty input removes the last chip.
    e2e.press(BACKSPACE).await?;
    wait_js(
        &e2e,
        &format!(
            "{}.closest('.pt-multi').querySelectorAll('.pt-chip').length === 2",
            js_el(INDUSTRIES)
        ),
        "Backspace removes the last chip",
    )
    .await?;
    assert_eq!(
        chips(&e2e, INDUSTRIES).await?,
        vec!["Retail", "Manufacturing"]
    );
    wait_js(
        &e2e,
        &format!(
            "{}.closest('.pt-multi').querySelector('[role=status]').textContent === 'Education removed.'",
            js_el(INDUSTRIES)
        ),
        "the removal is announced",
    )
    .await?;
    // A chip's own button, named after its value, removes it.
    e2e.press(SHIFT_TAB).await?;
    let name = e2e
        .client
        .execute("return document.activeElement.textContent.trim();", vec![])
        .await?;
    assert_eq!(name.as_str(), Some("×Remove Manufacturing"));
    e2e.press(ENTER).await?;
    focus_is(&e2e, INDUSTRIES).await?;
    assert_eq!(chips(&e2e, INDUSTRIES).await?, vec!["Retail"]);
    e2e.shot("chip-removed").await?;
    // Nothing found is said.
    e2e.press("zzz").await?;
    e2e.wait_text("Nothing matches “zzz”.").await?;
    e2e.press(ESCAPE).await?;
    e2e.press(ESCAPE).await?;

    // A solution's Microsoft products: the catalogue's aliases find them.
    e2e.goto(&format!("{WIZARD}?step=solutions&profile=bp-fr"))
        .await?;
    const ROW: &str = "pt-w-bp-fr-solutions.2fapp-stock";
    const PRODUCTS: &str = "pt-w-bp-fr-solutions.2fapp-stock.2fproducts";
    e2e.wait(&by_id(ROW)).await?;
    e2e.tab_to(&format!("{} [data-pt-toggle]", by_id(ROW)), 300)
        .await?;
    e2e.press(ENTER).await?;
    wait_js(&e2e, &expanded(ROW), "the solution's row expands").await?;
    e2e.tab_to(&by_id(PRODUCTS), 60).await?;
    let before = chips(&e2e, PRODUCTS).await?;
    e2e.press("o365").await?;
    wait_js(
        &e2e,
        &format!(
            "{}.getAttribute('aria-expanded') === 'true'",
            js_el(PRODUCTS)
        ),
        "the products list opens",
    )
    .await?;
    assert_eq!(options(&e2e, PRODUCTS).await?, vec!["Microsoft 365"]);
    e2e.press(ENTER).await?;
    wait_js(
        &e2e,
        &format!(
            "{}.closest('.pt-multi').querySelectorAll('.pt-chip').length === {}",
            js_el(PRODUCTS),
            before.len() + 1
        ),
        "Microsoft 365 is chosen",
    )
    .await?;
    e2e.shot("products").await?;
    axe_clean(&e2e, "a solution's form with its products").await?;
    // The row's summary names the products.
    let summary = e2e
        .client
        .execute(
            &format!(
                "return {}.querySelector('.pt-row-summary').textContent;",
                js_el(ROW)
            ),
            vec![],
        )
        .await?;
    assert!(
        summary
            .as_str()
            .unwrap_or_default()
            .contains("Microsoft 365"),
        "{summary}"
    );
    e2e.close().await
}

#[tokio::test]
async fn rows_expand_leave_out_and_collapse_with_the_keyboard_and_go_to_the_field() -> E2eResult {
    let mut e2e = E2e::start("lists/rows-fabrikam", "en-US", 1280, 900).await?;
    sign_in_as(&e2e, "5523456", "Fabrikam Inc.").await?;
    e2e.goto(WIZARD).await?;
    e2e.wait_text("Your Pinpoint account holds:").await?;
    e2e.goto(&format!("{WIZARD}?step=locations&profile=bp-us"))
        .await?;
    const OFFICE_4: &str = "pt-w-bp-us-locations.2floc-4";
    const OFFICE_5: &str = "pt-w-bp-us-locations.2floc-5";
    const TORONTO: &str = "pt-w-bp-us-locations.2floc-toronto";
    e2e.wait(&by_id(OFFICE_5)).await?;
    // Rows start collapsed, with their errors counted.
    for row in [OFFICE_4, OFFICE_5, TORONTO] {
        wait_js(&e2e, &collapsed(row), row).await?;
    }
    wait_js(
        &e2e,
        &format!(
            "{}.querySelector('.pt-row-errors').textContent.trim() === '1 error'",
            js_el(TORONTO)
        ),
        "Toronto's badge",
    )
    .await?;
    e2e.shot("collapsed").await?;
    axe_clean(&e2e, "the locations, collapsed").await?;

    // Leave Office 4 out: its checkbox is labelled with its name.
    let include = format!("{OFFICE_4}.2finclude");
    let label = e2e
        .client
        .execute(
            &format!(
                "return document.querySelector(\"label[for='{include}']\").textContent.trim();"
            ),
            vec![],
        )
        .await?;
    assert_eq!(label.as_str(), Some("Office 4"));
    e2e.tab_to(&by_id(&include), 300).await?;
    e2e.press(SPACE).await?;
    wait_js(
        &e2e,
        &format!("!{}.checked", js_el(&include)),
        "Office 4 is left out",
    )
    .await?;
    wait_js(
        &e2e,
        &format!(
            "{}.querySelector('.pt-row-summary').textContent === 'Not imported'",
            js_el(OFFICE_4)
        ),
        "Office 4 says so",
    )
    .await?;

    // Expand Office 5 and collapse it, by its disclosure button.
    e2e.tab_to(&format!("{} [data-pt-toggle]", by_id(OFFICE_5)), 20)
        .await?;
    let controls = e2e
        .client
        .execute(
            "return document.activeElement.getAttribute('aria-controls');",
            vec![],
        )
        .await?;
    assert_eq!(
        controls.as_str(),
        Some("pt-w-bp-us-locations.2floc-5-row-body")
    );
    e2e.press(ENTER).await?;
    wait_js(&e2e, &expanded(OFFICE_5), "Office 5 expands").await?;
    e2e.wait(&by_id(&format!("{OFFICE_5}.2fname"))).await?;
    e2e.shot("expanded").await?;
    axe_clean(&e2e, "a location, expanded").await?;
    e2e.press(ENTER).await?;
    wait_js(&e2e, &collapsed(OFFICE_5), "Office 5 collapses").await?;
    // Tab goes on to the next row: the form is out of the way.
    e2e.press(TAB).await?;
    focus_is(
        &e2e,
        &format!("{}.2finclude", "pt-w-bp-us-locations.2floc-toronto"),
    )
    .await?;

    // "Go to the field" expands Toronto's row and lands in its country.
    go_to_field_of(&e2e, "outside the profile").await?;
    wait_js(&e2e, &expanded(TORONTO), "Toronto expands").await?;
    focus_is(&e2e, &format!("{TORONTO}.2faddress.2fcountry")).await?;
    e2e.shot("go-to-field-location").await?;

    // And on the solutions step, in the second CareTrack's name.
    e2e.goto(&format!("{WIZARD}?step=solutions&profile=bp-us"))
        .await?;
    const CARE2: &str = "pt-w-bp-us-solutions.2fapp-care2";
    e2e.wait(&by_id(CARE2)).await?;
    wait_js(&e2e, &collapsed(CARE2), "CareTrack 2 starts collapsed").await?;
    go_to_field_of(&e2e, "is already named").await?;
    wait_js(&e2e, &expanded(CARE2), "CareTrack 2 expands").await?;
    focus_is(&e2e, &format!("{CARE2}.2fname")).await?;
    e2e.shot("go-to-field-solution").await?;
    e2e.close().await
}

/// Axe and screenshots of both steps at a size and in a language.
async fn steps_are_clean(name: &str, lang: &str, (width, height): (u32, u32)) -> E2eResult {
    let mut e2e = E2e::start(name, lang, width, height).await?;
    sign_in_as(&e2e, "5523456", "Fabrikam Inc.").await?;
    e2e.goto(WIZARD).await?;
    e2e.wait("#pt-step-heading").await?;
    for step in ["solutions", "locations"] {
        e2e.goto(&format!("{WIZARD}?step={step}&profile=bp-us"))
            .await?;
        e2e.wait("[data-pt-row]").await?;
        let into_view = "document.querySelector('[data-pt-row]').scrollIntoView();";
        e2e.client.execute(into_view, vec![]).await?;
        e2e.shot(&format!("{step}-collapsed")).await?;
        axe_clean(&e2e, &format!("{step} at {width} px in {lang}")).await?;
        // The first row opened.
        e2e.wait("[data-pt-row] [data-pt-toggle]")
            .await?
            .click()
            .await?;
        e2e.wait("[data-pt-row] .pt-row-body:not([hidden])").await?;
        e2e.client.execute(into_view, vec![]).await?;
        e2e.shot(&format!("{step}-expanded")).await?;
        axe_clean(&e2e, &format!("{step} expanded at {width} px in {lang}")).await?;
    }
    e2e.goto(&format!("{WIZARD}?step=edit&profile=bp-us"))
        .await?;
    let products = e2e.wait(&by_id("pt-w-bp-us-products")).await?;
    products.click().await?;
    e2e.wait(&format!(
        "{} [role=option]",
        by_id("pt-w-bp-us-products-list")
    ))
    .await?;
    e2e.client
        .execute(
            &format!("{}.scrollIntoView();", js_el("pt-w-bp-us-products")),
            vec![],
        )
        .await?;
    e2e.shot("products-open").await?;
    axe_clean(&e2e, &format!("the products list at {width} px in {lang}")).await?;
    e2e.close().await
}

#[tokio::test]
async fn the_lists_are_axe_clean_on_a_desktop_and_a_phone() -> E2eResult {
    steps_are_clean("lists/axe-desktop", "en-US", (1280, 900)).await?;
    steps_are_clean("lists/axe-phone", "en-US", (360, 740)).await?;
    steps_are_clean("lists/axe-phone-de", "de-DE", (360, 740)).await?;
    steps_are_clean("lists/axe-phone-ja", "ja-JP", (360, 740)).await
}

#[tokio::test]
async fn the_steps_fit_in_two_screens_on_a_desktop_and_four_on_a_phone() -> E2eResult {
    let desktop = heights("lists/heights-contoso-desktop", None, "bp-fr", (1280, 900)).await?;
    let phone = heights("lists/heights-contoso-phone", None, "bp-fr", (360, 740)).await?;
    let fabrikam = Some(("5523456", "Fabrikam Inc."));
    heights(
        "lists/heights-fabrikam-desktop",
        fabrikam,
        "bp-us",
        (1280, 900),
    )
    .await?;
    heights(
        "lists/heights-fabrikam-phone",
        fabrikam,
        "bp-us",
        (360, 740),
    )
    .await?;
    // Contoso France: two screens of 900 px, four of 740 px.
    assert!(
        desktop.0 <= 1800 && desktop.1 <= 1800,
        "at 1280×900: {desktop:?}"
    );
    assert!(phone.0 <= 2960 && phone.1 <= 2960, "at 360×740: {phone:?}");
    Ok(())
}
