//! What an import leaves behind: customer referrals (before the import
//! listed, with CSV and JSON downloads built by the domain crate, the same
//! bytes the server gives; after it counted, with a link to the referrals
//! tab: an import's stored result names no customer), the review count,
//! dropped product tags each named, and what the partner left out.

use leptos::prelude::*;
use transition_domain::export::Referral;
use transition_domain::labels::Label;
use transition_domain::plan::{LeftOutReason, NotImported};
use transition_domain::referrals::{referrals_csv, referrals_json};
use transition_domain::PinpointProfileId;

use crate::browser;
use crate::i18n::{use_lang, T};
use crate::locale;

/// Buttons that save the referrals as CSV or JSON.
#[component]
pub fn ReferralDownloads(#[prop(into)] referrals: Signal<Vec<Referral>>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="pt-actions">
            <button
                type="button"
                class="pt-button"
                on:click=move |_| {
                    let csv = referrals.with(|r| referrals_csv(r));
                    let _ = browser::download("referrals.csv", "text/csv;charset=utf-8", &csv);
                }
            >
                {move || T::DownloadCsv.text(lang.get())}
            </button>
            <button
                type="button"
                class="pt-button"
                on:click=move |_| {
                    let json = referrals.with(|r| referrals_json(r));
                    let _ = browser::download("referrals.json", "application/json", &json);
                }
            >
                {move || T::DownloadJson.text(lang.get())}
            </button>
        </div>
    }
}

/// The referrals as a table.
#[component]
pub fn ReferralsTable(#[prop(into)] referrals: Signal<Vec<Referral>>) -> impl IntoView {
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let list = referrals.get();
        if list.is_empty() {
            return view! { <p class="pt-muted">{T::NoReferrals.text(lang)}</p> }.into_any();
        }
        view! {
            <div class="pt-table-wrap" tabindex="0" role="region" aria-label=T::CustomerReferrals.text(lang)>
                <table class="pt-table">
                    <thead>
                        <tr>
                            <th scope="col">{T::ReferralCustomer.text(lang)}</th>
                            <th scope="col">{T::ReferralContact.text(lang)}</th>
                            <th scope="col">{T::ReferralNeed.text(lang)}</th>
                            <th scope="col">{T::ReferralStatus.text(lang)}</th>
                            <th scope="col">{T::ReferralReceived.text(lang)}</th>
                            <th scope="col">{T::ReferralValue.text(lang)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {list
                            .into_iter()
                            .map(|r| {
                                let contact = [r.contact_name.clone(), r.contact_email.clone(), r.contact_phone.clone()]
                                    .into_iter()
                                    .flatten()
                                    .collect::<Vec<_>>()
                                    .join(" · ");
                                let value = r
                                    .deal_value
                                    .as_ref()
                                    .map(|d| locale::money(d, lang))
                                    .unwrap_or_default();
                                view! {
                                    <tr>
                                        <td>{r.customer_name}</td>
                                        <td>{contact}</td>
                                        <td>{r.need}</td>
                                        <td>{r.status.label(lang)}</td>
                                        <td>{locale::date(&r.received_on, lang)}</td>
                                        <td>{value}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        }
        .into_any()
    }
}

/// Everything that will not be (or, once `done`, was not) imported.
#[component]
pub fn NotImportedView(
    #[prop(into)] not_imported: Signal<NotImported>,
    /// The import has happened: the results page speaks in the past.
    #[prop(optional)]
    done: bool,
    /// Pinpoint profile id → name, for the lines that name a profile.
    #[prop(into)]
    profile_names: Signal<Vec<(PinpointProfileId, String)>>,
    /// The referrals themselves, from the account's export: listed and
    /// downloadable here when given (the results page links to their tab
    /// instead).
    #[prop(optional)]
    referrals: Option<Signal<Vec<Referral>>>,
) -> impl IntoView {
    let lang = use_lang();
    let count = Signal::derive(move || not_imported.with(|n| n.referrals.count));
    let name_of = move |id: &str| {
        profile_names.with(|names| {
            names
                .iter()
                .find(|(k, _)| k == id)
                .map(|(_, n)| n.clone())
                .unwrap_or_else(|| id.to_owned())
        })
    };
    view! {
        <section class="pt-card" aria-labelledby="pt-not-imported-title">
            <h2 class="pt-card-title" id="pt-not-imported-title">
                {move || if done { T::WasNotImported } else { T::WillNotBeImported }.text(lang.get())}
            </h2>
            <h3 class="pt-subtitle">
                {move || T::Referrals.fill(lang.get(), &[("count", &count.get())])}
            </h3>
            <p>
                {move || {
                    let count = count.get();
                    if done {
                        T::ReferralsKept.fill(lang.get(), &[("count", &count)])
                    } else {
                        Label::ReferralsNotImported.fill(lang.get(), &[("count", &count)])
                    }
                }}
            </p>
            {referrals.map(|referrals| view! {
                <ReferralDownloads referrals />
                <details class="pt-details">
                    <summary>{move || T::Referrals.fill(lang.get(), &[("count", &referrals.with(Vec::len))])}</summary>
                    <ReferralsTable referrals />
                </details>
            })}
            <h3 class="pt-subtitle">{move || T::CustomerReviews.text(lang.get())}</h3>
            <p>
                {move || {
                    Label::ReviewsNotImported
                        .fill(lang.get(), &[("count", &not_imported.with(|n| n.reviews))])
                }}
            </p>
            {move || {
                let lang = lang.get();
                let n = not_imported.get();
                let dropped: Vec<String> = n
                    .dropped_products
                    .iter()
                    .map(|d| {
                        Label::DroppedProduct
                            .fill(lang, &[("value", &d.value), ("profile", &name_of(&d.pinpoint_profile_id))])
                    })
                    .collect();
                let mut others: Vec<String> = n
                    .dropped_industries
                    .iter()
                    .map(|d| {
                        Label::DroppedIndustry
                            .fill(lang, &[("value", &d.value), ("profile", &name_of(&d.pinpoint_profile_id))])
                    })
                    .collect();
                others.extend(n.excluded_locations.iter().map(|l| {
                    Label::ExcludedLocation
                        .fill(lang, &[("name", &l.name), ("profile", &name_of(&l.pinpoint_profile_id))])
                }));
                others.extend(n.excluded_solutions.iter().map(|s| {
                    let label = match s.reason {
                        LeftOutReason::Excluded => Label::ExcludedSolution,
                        LeftOutReason::ProfileNotSelected => Label::UnselectedSolution,
                    };
                    label.fill(lang, &[("name", &s.name), ("profile", &name_of(&s.pinpoint_profile_id))])
                }));
                others.extend(n.unselected_profiles.iter().map(|p| {
                    Label::UnselectedProfile.fill(lang, &[("name", &p.name), ("profile", &p.id)])
                }));
                view! {
                    {(!dropped.is_empty())
                        .then(|| {
                            view! {
                                <h3 class="pt-subtitle">{T::DroppedProducts.text(lang)}</h3>
                                <ul class="pt-list">
                                    {dropped.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}
                                </ul>
                            }
                        })}
                    {(!others.is_empty())
                        .then(|| {
                            view! {
                                <h3 class="pt-subtitle">{T::OtherLeftOut.text(lang)}</h3>
                                <ul class="pt-list">
                                    {others.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}
                                </ul>
                            }
                        })}
                }
            }}
        </section>
    }
}
