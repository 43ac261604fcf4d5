//! The widget in Partner Center's eleven languages, as a partner inside a
//! real portal meets it: the production server (no demo, RS256 portal
//! tokens), the widget embedded in a portal page of another origin.
//!
//! - Contoso's whole import in German and in Japanese, axe-clean, with no
//!   control that overflows its box or is cut, at 1280 px and at 360 px.
//! - The wizard in every language, switched in place (`setLocale`): each
//!   language's file arrives, what the partner typed stays, no message id
//!   shows. Screenshots of each: `target/e2e-screenshots/locales-*/`.

#[path = "../e2e/browser.rs"]
mod browser;
#[path = "../e2e/portal.rs"]
mod portal;

use browser::{E2e, E2eResult};
use portal::{axe_clean, heard, heard_times, nth_time, open, portal, wait_js, CONTOSO_STEPS};
use transition_domain::locales::messages;
use transition_domain::Lang;
use transition_tests::CONTOSO;

/// Every control or text box of the widget that leaves the widget's box
/// sideways, or whose text is cut (wider than its box), and whether the
/// page itself scrolls sideways. Lists inside a container that scrolls
/// sideways on purpose (the referrals table) are left out.
const OVERFLOWS: &str = r##"
const root = document.querySelector(".pt-root");
if (!root) return ["no .pt-root"];
const found = [];
const doc = document.documentElement;
if (doc.scrollWidth > window.innerWidth + 1) {
  found.push(`the page scrolls sideways: ${doc.scrollWidth} px > ${window.innerWidth} px`);
}
const box = root.getBoundingClientRect();
const scrolls = (el) => {
  for (let p = el.parentElement; p && p !== root; p = p.parentElement) {
    if (["auto", "scroll"].includes(getComputedStyle(p).overflowX)) return true;
  }
  return false;
};
const selector = "button, a, input, select, textarea, label, legend, h1, h2, h3, th, td, li, p, .pt-badge, .pt-region";
for (const el of root.querySelectorAll(selector)) {
  const r = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  // Hidden from sight on purpose, for screen readers only: a 1 px box.
  const unseen = style.position === "absolute" && r.width <= 1 && r.height <= 1;
  if ((r.width === 0 && r.height === 0) || unseen || style.visibility === "hidden" || scrolls(el)) continue;
  const name = `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""} “${(el.textContent || el.value || "").trim().slice(0, 50)}”`;
  if (r.right > box.right + 1 || r.left < box.left - 1) {
    found.push(`${name} leaves the widget (${Math.round(r.left)}–${Math.round(r.right)} px of ${Math.round(box.left)}–${Math.round(box.right)} px)`);
  }
  const text = !["INPUT", "SELECT", "TEXTAREA"].includes(el.tagName);
  if (text && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
    found.push(`${name} is cut: its text is ${el.scrollWidth} px in ${el.clientWidth} px`);
  }
}
return found;
"##;

async fn overflows(e2e: &E2e) -> E2eResult<Vec<String>> {
    let found = e2e.client.execute(OVERFLOWS, vec![]).await?;
    Ok(serde_json::from_value(found)?)
}

async fn no_overflow(e2e: &E2e, page: &str) -> E2eResult {
    let found = overflows(e2e).await?;
    if found.is_empty() {
        Ok(())
    } else {
        e2e.failure_shot().await;
        Err(format!("{page}: {}", found.join("; ")).into())
    }
}

/// The text of message `id` in `lang`, as the server's built-in locale
/// files say it (the same files the widget fetched).
fn say(lang: Lang, id: &str) -> String {
    messages(lang).format(id, &[])
}

/// Waits until the widget speaks `lang`: its root says so, and a text of
/// the page is that language's.
async fn speaks(e2e: &E2e, lang: Lang, id: &str) -> E2eResult {
    let tag = serde_json::to_string(lang.as_str())?;
    let text = serde_json::to_string(&say(lang, id))?;
    wait_js(
        e2e,
        &format!(
            "document.querySelector('.pt-root')?.getAttribute('lang') === {tag} \
             && document.querySelector('.pt-root').innerText.includes({text})"
        ),
    )
    .await
    .map(drop)
}

/// Presses Next and waits for the `i`th step of [`STEPS`].
async fn next(e2e: &E2e, i: usize) -> E2eResult {
    let step = STEPS.get(i).ok_or("no such step")?;
    e2e.wait("#pt-next").await?.click().await?;
    heard_times(
        e2e,
        &format!("step:{{\"step\":\"{step}\"}}"),
        nth_time(&STEPS, i),
    )
    .await?;
    e2e.wait("#pt-step-heading").await?;
    Ok(())
}

const STEPS: [&str; 8] = CONTOSO_STEPS;

/// The locale files this page fetched.
async fn fetched_locales(e2e: &E2e) -> E2eResult<Vec<String>> {
    let fetched = wait_js(
        e2e,
        "performance.getEntriesByType('resource').map((r) => r.name).filter((n) => n.endsWith('.ftl'))",
    )
    .await?;
    Ok(serde_json::from_value(fetched)?)
}

/// The portal at `size`, the browser in `browser`'s language, Contoso
/// signed in, the widget in `lang` (the portal's `locale`) and speaking it.
async fn contoso_in(name: &str, lang: Lang, browser: &str, size: (u32, u32)) -> E2eResult<E2e> {
    let e2e =
        E2e::start_portal_at(name, (browser, size.0, size.1), &["contoso.json"], portal).await?;
    open(
        &e2e,
        &format!("/portal?partner={CONTOSO}&locale={}", lang.as_str()),
    )
    .await?;
    heard(&e2e, "ready:").await?;
    speaks(&e2e, lang, "app-import_from_pinpoint").await?;
    // The language is the widget's, not the portal's page's.
    let langs = e2e
        .client
        .execute(
            "const root = document.querySelector('.pt-root');
             return [document.documentElement.lang, root.lang, root.dir];",
            vec![],
        )
        .await?;
    assert_eq!(langs, serde_json::json!(["en", lang.as_str(), "ltr"]));
    Ok(e2e)
}

#[tokio::test]
async fn contoso_imports_in_german_and_in_japanese_in_the_portal() -> E2eResult {
    for (lang, browser) in [(Lang::De, "de-DE"), (Lang::Ja, "ja-JP")] {
        let tag = lang.as_str();
        let mut e2e =
            contoso_in(&format!("locales-import-{tag}"), lang, browser, (1280, 900)).await?;
        // The portal names the language; the widget fetched its one file.
        let fetched = fetched_locales(&e2e).await?;
        assert_eq!(fetched.len(), 1, "{tag}: one locale file, not {fetched:?}");
        assert!(
            fetched[0].contains(&format!("/locales/{tag}-")),
            "{fetched:?}"
        );
        no_overflow(&e2e, &format!("{tag}: the Profiles tab")).await?;
        axe_clean(&e2e, &format!("{tag}: the Profiles tab")).await?;
        e2e.shot("profiles").await?;

        e2e.wait("#pt-import-start").await?.click().await?;
        heard(&e2e, "step:{\"step\":\"account\"}").await?;
        for (i, step) in STEPS.iter().enumerate() {
            next(&e2e, i).await?;
            no_overflow(&e2e, &format!("{tag}: {step}")).await?;
            e2e.shot(&format!("{i}-{step}")).await?;
        }
        axe_clean(&e2e, &format!("{tag}: the review")).await?;
        e2e.wait("#pt-ack-referrals").await?.click().await?;
        e2e.wait("#pt-ack-closure").await?.click().await?;
        e2e.wait("#pt-commit").await?.click().await?;
        heard(&e2e, "imported:").await?;
        speaks(&e2e, lang, "app-results_title").await?;
        no_overflow(&e2e, &format!("{tag}: the results")).await?;
        axe_clean(&e2e, &format!("{tag}: the results")).await?;
        e2e.shot("imported").await?;
        e2e.close().await?;
    }
    Ok(())
}

#[tokio::test]
async fn the_wizard_fits_a_phone_in_german_and_in_japanese() -> E2eResult {
    for (lang, browser) in [(Lang::De, "de-DE"), (Lang::Ja, "ja-JP")] {
        let tag = lang.as_str();
        let mut e2e =
            contoso_in(&format!("locales-phone-{tag}"), lang, browser, (360, 740)).await?;
        no_overflow(&e2e, &format!("{tag} at 360 px: the Profiles tab")).await?;
        e2e.shot("profiles").await?;
        // The check sees what it looks for: a button too narrow for its
        // word, and a label pushed out of the widget.
        e2e.client
            .execute(
                "const root = document.querySelector('.pt-root');
                 const b = document.createElement('button');
                 b.className = 'pt-probe'; b.style.cssText = 'width:60px;white-space:nowrap;overflow:hidden';
                 b.textContent = 'Donaudampfschifffahrtsgesellschaft';
                 const l = document.createElement('label');
                 l.className = 'pt-probe'; l.style.cssText = 'display:block;margin-left:900px';
                 l.textContent = 'Außerhalb';
                 root.append(b, l);",
                vec![],
            )
            .await?;
        let probed = overflows(&e2e).await?;
        assert!(
            probed
                .iter()
                .any(|f| f.contains("Donaudampf") && f.contains("is cut"))
                && probed
                    .iter()
                    .any(|f| f.contains("Außerhalb") && f.contains("leaves the widget")),
            "the check misses what it looks for: {probed:?}"
        );
        e2e.client
            .execute(
                "document.querySelectorAll('.pt-probe').forEach((p) => p.remove());",
                vec![],
            )
            .await?;
        e2e.wait("#pt-import-start").await?.click().await?;
        heard(&e2e, "step:{\"step\":\"account\"}").await?;
        no_overflow(&e2e, &format!("{tag} at 360 px: account")).await?;
        for (i, step) in STEPS.iter().enumerate() {
            next(&e2e, i).await?;
            no_overflow(&e2e, &format!("{tag} at 360 px: {step}")).await?;
            e2e.shot(&format!("{i}-{step}")).await?;
        }
        axe_clean(&e2e, &format!("{tag} at 360 px: the review")).await?;
        e2e.close().await?;
    }
    Ok(())
}

#[tokio::test]
async fn the_wizard_speaks_every_language_and_keeps_what_was_typed() -> E2eResult {
    let mut e2e = E2e::start_portal("locales-every", "en-US", &["contoso.json"], portal).await?;
    open(&e2e, &format!("/portal?partner={CONTOSO}&locale=en")).await?;
    heard(&e2e, "ready:").await?;
    e2e.wait("#pt-import-start").await?.click().await?;
    heard(&e2e, "step:{\"step\":\"account\"}").await?;
    next(&e2e, 0).await?;
    next(&e2e, 1).await?;
    // The partner types a description; every language switch keeps it.
    let typed = "Contoso — 日本語, Deutsch, русский: one text.";
    let field = e2e.wait("textarea").await?;
    browser::type_into(&field, typed).await?;
    let id_pattern = r"/\b(app|issue|label|cli|referrals|industry|service|size)-[a-z_]+\b/";
    for step in ["edit", "preview"] {
        if step == "preview" {
            for later in 2..STEPS.len() {
                next(&e2e, later).await?;
            }
        }
        for lang in Lang::ALL {
            let tag = serde_json::to_string(lang.as_str())?;
            e2e.client
                .execute(&format!("window.__widget.setLocale({tag});"), vec![])
                .await?;
            speaks(&e2e, lang, "app-step_preview").await?;
            let text = e2e
                .client
                .execute(
                    "return document.querySelector('.pt-root').innerText;",
                    vec![],
                )
                .await?;
            let text = text.as_str().unwrap_or_default().to_owned();
            let ids = e2e
                .client
                .execute(
                    &format!("return {id_pattern}.exec(arguments[0])?.[0] ?? null;"),
                    vec![text.into()],
                )
                .await?;
            assert!(
                ids.is_null(),
                "{lang}: a message id shows on the {step} step: {ids}"
            );
            if step == "edit" {
                let value = e2e
                    .client
                    .execute("return document.querySelector('textarea').value;", vec![])
                    .await?;
                assert_eq!(
                    value,
                    serde_json::json!(typed),
                    "{lang}: the text typed is kept"
                );
            }
            no_overflow(&e2e, &format!("{lang}: {step}")).await?;
            e2e.shot(&format!("{step}-{}", lang.as_str())).await?;
        }
    }
    // Only the files of the languages shown were fetched, one each.
    let fetched = fetched_locales(&e2e).await?;
    assert_eq!(fetched.len(), Lang::ALL.len(), "{fetched:?}");

    // A locale file that cannot be loaded: a few built-in words say so and
    // offer to try again; no message id shows. Then it loads.
    e2e.client
        .execute(
            "window.__widget.unmount();
             const real = window.fetch;
             window.__restoreFetch = () => { window.fetch = real; };
             window.fetch = (url, ...rest) => String(url).endsWith('.ftl')
               ? Promise.reject(new TypeError('offline'))
               : real(url, ...rest);
             window.__mount();",
            vec![],
        )
        .await?;
    e2e.wait_text("The texts of this page could not be loaded.")
        .await?;
    axe_clean(&e2e, "the failed load").await?;
    e2e.shot("load-failed").await?;
    e2e.client
        .execute("window.__restoreFetch();", vec![])
        .await?;
    e2e.click_text("Try again").await?;
    speaks(&e2e, Lang::En, "app-import_from_pinpoint").await?;
    Ok(())
}

/// The loader's and the page's first guess of the language (JavaScript, to
/// fetch the file while the wasm loads) is the domain's rule's: the widget
/// speaks the language `Lang::from_tag` gives, from the one file fetched.
#[tokio::test]
async fn the_loaders_first_guess_is_the_domains_choice() -> E2eResult {
    let e2e = E2e::start_portal("locales-guess", "en-US", &["contoso.json"], portal).await?;
    for tag in [
        "pt-PT",
        "zh-TW",
        "zh-Hant-HK",
        "zh-SG",
        "de-AT",
        "fr-CA",
        "es-419",
        "nl-BE",
    ] {
        let lang = Lang::from_tag(tag);
        open(&e2e, &format!("/portal?partner={CONTOSO}&locale={tag}")).await?;
        heard(&e2e, "ready:").await?;
        speaks(&e2e, lang, "app-import_from_pinpoint").await?;
        let fetched = fetched_locales(&e2e).await?;
        assert_eq!(fetched.len(), 1, "{tag}: {fetched:?}");
        assert!(
            fetched[0].contains(&format!("/locales/{}-", lang.as_str())),
            "{tag}: {fetched:?}"
        );
    }
    e2e.close().await?;
    // Our own page (the demo's), by the browser's languages.
    let demo = E2e::start("locales-guess-page", "zh-TW", 1280, 900).await?;
    demo.goto("/").await?;
    speaks(&demo, Lang::ZhHant, "app-import_from_pinpoint").await?;
    let fetched = fetched_locales(&demo).await?;
    assert_eq!(fetched.len(), 1, "{fetched:?}");
    assert!(fetched[0].contains("/locales/zh-Hant-"), "{fetched:?}");
    // In demo mode the switch offers the pseudo-locale, for development:
    // every text accented, longer and bracketed.
    let mut demo = demo;
    demo.select(".pt-lang-select", "en-XA").await?;
    let pseudo = messages(Lang::En)
        .pseudo()
        .format("app-import_from_pinpoint", &[]);
    assert!(pseudo.starts_with('[') && pseudo != say(Lang::En, "app-import_from_pinpoint"));
    let pseudo = serde_json::to_string(&pseudo)?;
    wait_js(
        &demo,
        &format!("document.querySelector('.pt-root').innerText.includes({pseudo})"),
    )
    .await?;
    demo.shot("pseudo").await?;
    Ok(())
}
