//! Account settings → Business profile, tab Customer referrals: the
//! referrals Pinpoint held, downloadable before and after the import.

use leptos::prelude::*;

use crate::components::business_profile::BusinessProfileFrame;
use crate::components::not_imported::{ReferralDownloads, ReferralsTable};
use crate::data::{loaded, resource};
use crate::i18n::{use_lang, T};

#[component]
pub fn ReferralsPage() -> impl IntoView {
    let lang = use_lang();
    let account = resource(false, |api| async move { api.pinpoint_account().await });
    view! {
        <BusinessProfileFrame selected=1>
            <p class="pt-lead">{move || lang.text(T::ReferralsIntro)}</p>
            {loaded(account, move |account| {
                let referrals = Signal::derive(move || account.export.referrals.clone());
                view! {
                    <section class="pt-card">
                        <h2 class="pt-card-title">
                            {move || lang.fill(T::Referrals, &[("count", &referrals.with(Vec::len))])}
                        </h2>
                        <ReferralDownloads referrals />
                        <ReferralsTable referrals />
                    </section>
                }
            })}
        </BusinessProfileFrame>
    }
}
