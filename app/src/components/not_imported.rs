//! What an import leaves behind: customer referrals (before the import
//! listed, with CSV and JSON downloads built by the domain crate, the same
//! bytes the server gives; after it, the results page offers the same
//! downloads in a card of its own), the customer reviews when there were
//! any, dropped product tags each named, and what the partner left out.

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
                    let csv = lang.with(|m| referrals.with(|r| referrals_csv(r, m)));
                    let _ = browser::download("referrals.csv", "text/csv;charset=utf-8", &csv);
                }
            >
                {move || lang.text(T::DownloadCsv)}
            </button>
            <button
                type="button"
                class="pt-button"
                on:click=move |_| {
                    let json = referrals.with(|r| referrals_json(r));
                    let _ = browser::download("referrals.json", "application/json", &json);
                }
            >
                {move || lang.text(T::DownloadJson)}
            </button>
        </div>
    }
}

/// The referrals as a table (cards on a phone).
#[component]
pub fn ReferralsTable(#[prop(into)] referrals: Signal<Vec<Referral>>) -> impl IntoView {
    let lang = use_lang();
    move || {
        let list = referrals.get();
        if list.is_empty() {
            return view! { <p class="pt-muted">{lang.text(T::NoReferrals)}</p> }.into_any();
        }
        let headers: Vec<String> = [
            T::ReferralCustomer,
            T::ReferralContact,
            T::ReferralNeed,
            T::ReferralStatus,
            T::ReferralReceived,
            T::ReferralValue,
        ]
        .into_iter()
        .map(|t| lang.text(t))
        .collect();
        view! {
            // A table, and below 600 px one card per referral (style/main.css):
            // the explicit roles keep the table's semantics when CSS lays its
            // rows out as blocks; each cell's visible label is for the eyes
            // only, screen readers have the column header.
            <div class="pt-table-wrap pt-referrals" tabindex="0" role="region" aria-label=lang.text(T::CustomerReferrals)>
                <table class="pt-table pt-table-cards" role="table">
                    <thead role="rowgroup">
                        <tr role="row">
                            {headers.iter().map(|h| view! { <th scope="col" role="columnheader">{h.clone()}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody role="rowgroup">
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
                                    .map(|d| locale::money(d, lang.get()))
                                    .unwrap_or_default();
                                let cells = [
                                    r.customer_name,
                                    contact,
                                    r.need,
                                    lang.with(|m| r.status.label(m)),
                                    locale::date(&r.received_on, lang.get()),
                                    value,
                                ];
                                view! {
                                    <tr role="row">
                                        {cells
                                            .into_iter()
                                            .zip(headers.clone())
                                            .map(|(cell, header)| view! {
                                                <td role="cell">
                                                    <span class="pt-cell-label" aria-hidden="true">{header}</span>
                                                    <span class="pt-cell-value">{cell}</span>
                                                </td>
                                            })
                                            .collect_view()}
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
                {move || lang.text(if done { T::WasNotImported } else { T::WillNotBeImported })}
            </h2>
            // Once done, the results page tells the referrals in a card of
            // their own, with their downloads.
            {(!done).then(|| view! {
                <h3 class="pt-subtitle">
                    {move || lang.fill(T::Referrals, &[("count", &count.get())])}
                </h3>
                <p>
                    {move || lang.fill(Label::ReferralsNotImported, &[("count", &count.get())])}
                </p>
                {referrals.map(|referrals| view! {
                    <ReferralDownloads referrals />
                    <details class="pt-details">
                        <summary>{move || lang.fill(T::Referrals, &[("count", &referrals.with(Vec::len))])}</summary>
                        <ReferralsTable referrals />
                    </details>
                })}
            })}
            {move || {
                let reviews = not_imported.with(|n| n.reviews);
                (reviews > 0).then(|| view! {
                    <h3 class="pt-subtitle">{lang.text(T::CustomerReviews)}</h3>
                    <p>{lang.fill(Label::ReviewsNotImported, &[("count", &reviews)])}</p>
                })
            }}
            {move || {
                let n = not_imported.get();
                let dropped: Vec<String> = n
                    .dropped_products
                    .iter()
                    .map(|d| {
                        lang.fill(Label::DroppedProduct, &[("value", &d.value), ("profile", &name_of(&d.pinpoint_profile_id))])
                    })
                    .collect();
                let mut others: Vec<String> = n
                    .dropped_industries
                    .iter()
                    .map(|d| {
                        lang.fill(Label::DroppedIndustry, &[("value", &d.value), ("profile", &name_of(&d.pinpoint_profile_id))])
                    })
                    .collect();
                others.extend(n.excluded_locations.iter().map(|l| {
                    lang.fill(Label::ExcludedLocation, &[("name", &l.name), ("profile", &name_of(&l.pinpoint_profile_id))])
                }));
                others.extend(n.excluded_solutions.iter().map(|s| {
                    let label = match s.reason {
                        LeftOutReason::Excluded => Label::ExcludedSolution,
                        LeftOutReason::ProfileNotSelected => Label::UnselectedSolution,
                    };
                    lang.fill(label, &[("name", &s.name), ("profile", &name_of(&s.pinpoint_profile_id))])
                }));
                others.extend(n.unselected_profiles.iter().map(|p| {
                    lang.fill(Label::UnselectedProfile, &[("name", &p.name), ("profile", &p.id)])
                }));
                view! {
                    {(!dropped.is_empty())
                        .then(|| {
                            view! {
                                <h3 class="pt-subtitle">{lang.text(T::DroppedProducts)}</h3>
                                <ul class="pt-list">
                                    {dropped.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}
                                </ul>
                            }
                        })}
                    {(!others.is_empty())
                        .then(|| {
                            view! {
                                <h3 class="pt-subtitle">{lang.text(T::OtherLeftOut)}</h3>
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
