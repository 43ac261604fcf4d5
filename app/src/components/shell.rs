//! The frame around every page: the header with the language switch and,
//! in demo mode, the partner switcher; breadcrumbs; tabs; the sign-in gate.
//!
//! Embedded, the host's page has its own header, breadcrumbs and heading:
//! ours are off unless the host asks (`chrome: true`), and a link that
//! leads out of the widget (Dashboard, Account settings) is never one to
//! our own pages: it asks the host to navigate (the `navigate` event).

use crate::nav::A;
use leptos::prelude::*;
use transition_domain::wire::demo::DEMO_PEOPLE;
use transition_domain::Lang;

use crate::components::{ProblemView, Spinner};
use crate::ctx::HostPage;
use crate::i18n::{tr, use_lang, T};
use crate::{switch_demo, use_ctx, Auth, DemoIdentity};

#[component]
pub fn Header() -> impl IntoView {
    let ctx = use_ctx();
    let brand = || {
        view! {
            <span class="pt-brand-mark" aria-hidden="true"></span>
            <span class="pt-brand-name">{tr(T::ProductName)}</span>
            <span class="pt-brand-sep" aria-hidden="true">"|"</span>
            <span class="pt-brand-app">{tr(T::AppName)}</span>
        }
    };
    view! {
        <header class="pt-header">
            {if ctx.embedded {
                // The portal's dashboard is the portal's own link.
                view! { <span class="pt-brand">{brand()}</span> }.into_any()
            } else {
                view! {
                    <A href=crate::nav::link(crate::paths::DASHBOARD) attr:class="pt-brand">{brand()}</A>
                }
                .into_any()
            }}
            <div class="pt-header-tools">
                <DemoSwitcher />
                <LanguageSwitch />
            </div>
        </header>
    }
}

/// The pseudo-locale's value in the switch (demo mode only).
const PSEUDO: &str = "en-XA";

/// The language switch of our own page: every language by its own name,
/// a native `select` (keyboard and screen readers know it). The choice is
/// remembered for the next visit; what the partner typed stays. In demo
/// mode it also offers the pseudo-locale, for development.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let ctx = use_ctx();
    let lang = use_lang();
    let choose = move |event: leptos::ev::Event| {
        let value = event_target_value(&event);
        if value == PSEUDO {
            lang.pseudo.set(true);
            ctx.lang.set(Lang::En);
        } else if let Some(chosen) = Lang::match_tag(&value) {
            lang.pseudo.set(false);
            ctx.lang.set(chosen);
            if !ctx.embedded {
                crate::browser::local_set(crate::i18n::REMEMBERED, chosen.as_str());
            }
        }
    };
    let value = move || {
        if lang.pseudo.get() {
            PSEUDO
        } else {
            ctx.lang.get().as_str()
        }
    };
    view! {
        <label class="pt-lang">
            <span class="pt-lang-label">{move || lang.text(T::Language)}</span>
            <select
                class="pt-select pt-lang-select"
                on:change=choose
                prop:value=value
            >
                {Lang::ALL
                    .iter()
                    .map(|&each| {
                        view! {
                            <option value=each.as_str() lang=each.as_str()>
                                {each.autonym()}
                            </option>
                        }
                    })
                    .collect_view()}
                {move || {
                    ctx.demo
                        .get()
                        .is_some()
                        .then(|| view! { <option value=PSEUDO lang="en">"[Ƥšéüđö]"</option> })
                }}
            </select>
        </label>
    }
}

/// In demo mode, who is signed in, and a switch to each demo person of
/// each demo partner and to a read-only user.
#[component]
fn DemoSwitcher() -> impl IntoView {
    let ctx = use_ctx();
    let lang = use_lang();
    move || {
        let demo = ctx.demo.get()?;
        let current = demo.current.encode();
        let first = demo
            .partners
            .iter()
            .find(|p| p.partner_id == crate::DEMO_DEFAULT_PARTNER)
            .or(demo.partners.first())
            .cloned();
        // Each demo person of each partner ("Contoso Ltd — Sam Lee").
        let mut options: Vec<(String, String)> = demo
            .partners
            .iter()
            .flat_map(|p| {
                DEMO_PEOPLE
                    .iter()
                    .enumerate()
                    .map(move |(person, (_, name))| {
                        let identity = DemoIdentity {
                            person,
                            ..DemoIdentity::admin(p.partner_id.clone())
                        };
                        let label = lang.fill(
                            T::DemoPerson,
                            &[("company", &p.company_name), ("person", name)],
                        );
                        (identity.encode(), label)
                    })
            })
            .collect();
        if let Some(first) = first {
            options.push((
                DemoIdentity {
                    read_only: true,
                    ..DemoIdentity::admin(first.partner_id.clone())
                }
                .encode(),
                lang.fill(T::DemoReadOnly, &[("company", &first.company_name)]),
            ));
        }
        Some(view! {
            <div class="pt-demo">
                <span class="pt-badge pt-badge-accent">{lang.text(T::DemoBanner)}</span>
                <label for="pt-demo-switch" class="pt-demo-label">
                    {lang.text(T::DemoSignedInAs)}
                </label>
                <select
                    id="pt-demo-switch"
                    class="pt-select"
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        switch_demo(ctx, DemoIdentity::decode(&value));
                    }
                >
                    {options
                        .into_iter()
                        .map(|(value, name)| {
                            let selected = value == current;
                            view! {
                                <option value=value selected=selected>
                                    {name}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
        })
    }
}

/// Renders its children once signed in; meanwhile a spinner, or why not.
#[component]
pub fn Gate(children: ChildrenFn) -> impl IntoView {
    let ctx = use_ctx();
    let lang = use_lang();
    move || match ctx.auth.get() {
        Auth::Pending => view! { <Spinner /> }.into_any(),
        Auth::Ready => children().into_any(),
        Auth::SignedOut => view! {
            <div class="pt-card pt-empty">
                <p>{lang.text(T::SignedOut)}</p>
            </div>
        }
        .into_any(),
        Auth::Failed(error) => view! {
            <div>
                <h1 class="pt-title">{lang.text(T::SignInFailed)}</h1>
                <ProblemView error=Some(error) />
            </div>
        }
        .into_any(),
    }
}

/// Breadcrumbs: Dashboard › Account settings › Business profile › …
///
/// Without chrome of its own (inside a portal, which has its
/// navigation), one link up instead: the nearest page of the trail
/// below the account settings (which are the portal's), so that a page
/// the widget opened is never a dead end.
#[component]
pub fn Crumbs(
    /// The trail after "Dashboard", each with its link (the last has none).
    #[prop(into)]
    trail: Signal<Vec<(String, Option<String>)>>,
) -> impl IntoView {
    let lang = use_lang();
    let ctx = use_ctx();
    move || {
        if !ctx.chrome.get() {
            let trail = trail.get();
            let last = trail.len().saturating_sub(1);
            let (text, href) = trail
                .into_iter()
                .take(last)
                .filter_map(|(text, href)| Some((text, href?)))
                .rfind(|(_, href)| href != crate::paths::SETTINGS)?;
            return Some(
                view! {
                    <nav class="pt-up" aria-label=move || lang.text(T::Breadcrumb)>
                        <A href=crate::nav::link(&href)>{format!("‹ {text}")}</A>
                    </nav>
                }
                .into_any(),
            );
        }
        ctx.chrome.get().then(|| {
            view! {
        <nav class="pt-crumbs" aria-label=move || lang.text(T::Breadcrumb)>
            <ol>
                <li>
                    <OutLink to=HostPage::Dashboard text=lang.text(T::Dashboard) />
                </li>
                {move || {
                    let trail = trail.get();
                    let last = trail.len().saturating_sub(1);
                    trail
                        .into_iter()
                        .enumerate()
                        .map(|(n, (text, href))| match href {
                            Some(href) if n != last => match HostPage::of_path(&href) {
                                Some(to) => view! { <li><OutLink to text /></li> }.into_any(),
                                None => view! {
                                    <li>
                                        <A href=crate::nav::link(&href)>{text}</A>
                                    </li>
                                }
                                .into_any(),
                            },
                            _ => view! { <li aria-current="page">{text}</li> }.into_any(),
                        })
                        .collect_view()
                }}
            </ol>
        </nav>
    }.into_any()
        })
    }
}

/// A link to a page that, embedded, is the host's: our own page links to
/// it; inside a host, it is a button that asks the host to go there (the
/// `navigate` event), never a link to our stand-in of the host's page.
#[component]
fn OutLink(to: HostPage, text: String) -> impl IntoView {
    let ctx = use_ctx();
    if ctx.embedded {
        view! {
            <button type="button" class="pt-link-button" on:click=move |_| ctx.navigate_host(to)>
                {text}
            </button>
        }
        .into_any()
    } else {
        let href = match to {
            HostPage::Dashboard => crate::paths::DASHBOARD,
            HostPage::AccountSettings => crate::paths::SETTINGS,
        };
        view! { <A href=crate::nav::link(href)>{text}</A> }.into_any()
    }
}

/// The standard trail to the business profile pages, plus `rest`.
pub fn profile_trail(
    lang: crate::i18n::I18n,
    rest: Vec<(String, Option<String>)>,
) -> Vec<(String, Option<String>)> {
    let mut trail = vec![
        (
            lang.text(T::AccountSettings).to_owned(),
            Some(crate::paths::SETTINGS.to_owned()),
        ),
        (
            lang.text(T::BusinessProfile).to_owned(),
            Some(crate::paths::PROFILES.to_owned()),
        ),
    ];
    trail.extend(rest);
    trail
}

/// Tabs as links (each tab is a URL, so a reload keeps it).
#[component]
pub fn LinkTabs(
    #[prop(into)] label: Signal<String>,
    /// (text, href, selected)
    #[prop(into)]
    tabs: Signal<Vec<(String, String, bool)>>,
) -> impl IntoView {
    view! {
        <nav class="pt-tabs" aria-label=label>
            {move || {
                tabs.get()
                    .into_iter()
                    .map(|(text, href, selected)| {
                        view! {
                            <A
                                href=crate::nav::link(&href)
                                attr:class=if selected { "pt-tab pt-tab-selected" } else { "pt-tab" }
                                attr:aria-current=selected.then_some("page")
                            >
                                {text}
                            </A>
                        }
                    })
                    .collect_view()
            }}
        </nav>
    }
}

/// False only for the app's very first page, which does not take the
/// focus from the host page; true for every page and step after it.
pub fn focus_on_open() -> bool {
    let ctx = use_ctx();
    let opened = ctx.page_opened.get_value();
    ctx.page_opened.set_value(true);
    opened
}

/// A page heading that takes the focus when the page opens (and whenever
/// `key` changes), so keyboard and screen reader users start there.
#[component]
pub fn PageHeading(
    #[prop(into)] text: Signal<String>,
    #[prop(into, optional)] key: Signal<String>,
    #[prop(optional)] id: Option<&'static str>,
    /// For screen readers only (the host's page shows its own heading);
    /// it still takes the focus, and names the page.
    #[prop(into, optional)]
    visually_hidden: Signal<bool>,
) -> impl IntoView {
    let id = id.unwrap_or("pt-page-heading");
    let nav = crate::nav::use_nav();
    Effect::new(move |_| {
        key.track();
        nav.path.track();
        if focus_on_open() {
            crate::browser::focus_soon(id.to_owned());
        }
    });
    view! {
        <h1 class="pt-title" class:pt-visually-hidden=move || visually_hidden.get() id=id tabindex="-1">
            {text}
        </h1>
    }
}
