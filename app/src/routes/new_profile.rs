//! Create a new business profile (CSP partners only): checked live with
//! `ops::create_profile`, sent with POST.

use crate::nav::use_navigate;
use leptos::prelude::*;
use transition_domain::field::{FieldKey, NEW_LOCATION_ID};
use transition_domain::model::{LocationDraft, ProfileDraft};
use transition_domain::ops;
use transition_domain::request::ProfileOverrides;
use transition_domain::{BusinessProfile, Code};

use crate::components::common::{IssueSummary, SummaryItem};
use crate::components::fields::CountryField;
use crate::components::location_fields::LocationFields;
use crate::components::profile_fields::{ProfileFields, Scoped, Section};
use crate::components::shell::{profile_trail, Crumbs, PageHeading};
use crate::components::status::{
    api_action, can_write, silent_when_done, status_of, CanWrite, ReadOnlyReason, Status,
    StatusLine,
};
use crate::components::{ProblemView, Spinner};
use crate::data::{me_of, resource};
use crate::edit::Edit;
use crate::fields::{draft_field, targets};
use crate::i18n::{ts, use_lang, T};
use crate::paths;
use crate::use_ctx;

#[component]
pub fn NewProfilePage() -> impl IntoView {
    let lang = use_lang();
    let me = crate::use_me().0;
    let existing = resource(false, |api| async move { api.business_profiles().await });
    view! {
        <Crumbs trail=Signal::derive(move || {
            profile_trail(lang, vec![(lang.text(T::NewProfileTitle).to_owned(), None)])
        }) />
        <PageHeading text=ts(T::NewProfileTitle) />
        <Transition fallback=|| view! { <Spinner /> }>
            {move || Suspend::new(async move {
                match (me_of(me.await), existing.await) {
                    (Err(e), _) | (_, Err(e)) => view! { <ProblemView error=Some(e) /> }.into_any(),
                    (Ok(me), Ok(existing)) if me.csp => {
                        provide_context(CanWrite(me.can_write));
                        view! { <NewProfileForm existing /> }.into_any()
                    }
                    (Ok(_), Ok(_)) => view! {
                        <div class="pt-alert pt-alert-error" role="alert">
                            <p class="pt-alert-title">{move || lang.text(T::CspOnlyNotice)}</p>
                            <p>{move || lang.text(Code::CspOnly)}</p>
                        </div>
                    }
                    .into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn NewProfileForm(existing: Vec<BusinessProfile>) -> impl IntoView {
    let ctx = use_ctx();
    let lang = use_lang();
    let writable = can_write();
    let navigate = use_navigate();
    let region = RwSignal::new(String::new());
    let patch = RwSignal::new(ProfileOverrides::default());
    let location = RwSignal::new(ops::NewLocation::default());
    let touched = RwSignal::new(false);
    let action = {
        let navigate = navigate.clone();
        api_action(move |api, body: ProfileDraft| {
            let navigate = navigate.clone();
            async move {
                let created = api.create_profile(&body).await?;
                ctx.announce_profile_change(&created.id);
                ctx.bump();
                navigate(&paths::profile(&created.id), false);
                Ok(())
            }
        })
    };
    // Done is the profile's own page: nothing to say here.
    let status = silent_when_done(status_of(action));
    let draft = Memo::new(move |_| {
        let l = location.get();
        let mut d = ProfileDraft {
            region: region.get(),
            locations: vec![LocationDraft {
                id: NEW_LOCATION_ID.into(),
                name: l.name,
                phone: l.phone,
                email: l.email,
                address: l.address,
                solution_ids: vec![],
            }],
            ..ProfileDraft::default()
        };
        patch.with(|o| o.apply(&mut d));
        d
    });
    let outcome = Memo::new(move |_| {
        draft.with(|d| {
            let mut n = 0;
            ops::create_profile(true, &existing, d, || {
                n += 1;
                format!("new-{n}")
            })
        })
    });
    let issues = Signal::derive(move || {
        if !touched.get() {
            return vec![];
        }
        let d = draft.get();
        outcome.with(|o| {
            let list = match o {
                Ok(applied) => applied.warnings.as_slice(),
                Err(error) => error.issues(),
            };
            list.iter()
                .map(|i| (draft_field(&i.path, &d), i.clone()))
                .collect::<Vec<_>>()
        })
    });
    let scope = Scoped::new("new", issues);
    let items = Signal::derive(move || {
        scope.issues.with(|list| {
            list.iter()
                .map(|(field, issue)| SummaryItem {
                    group: None,
                    issue: issue.clone(),
                    context: None,
                    targets: targets("new", field),
                    href: None,
                })
                .collect::<Vec<_>>()
        })
    });
    let on_edit = Callback::new(move |edit: Edit| {
        touched.set(true);
        patch.update(|o| edit.apply(o));
    });
    let draft_signal = Signal::from(draft);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        touched.set(true);
        if outcome.with_untracked(Result::is_err) {
            crate::browser::focus_first(vec!["pt-new-issues".into()]);
            return;
        }
        action.dispatch(draft.get_untracked());
    };
    view! {
        <p class="pt-lead">{move || lang.text(T::NewProfileIntro)}</p>
        <div class="pt-with-summary">
            <aside class="pt-summary-col" id="pt-new-issues" tabindex="-1">
                <IssueSummary id="pt-new-summary" items />
            </aside>
            <form class="pt-form-col" on:submit=submit>
                <section class="pt-card">
                    <CountryField
                        id=scope.id(&FieldKey::field("region"))
                        label=ts(T::FieldRegion)
                        value=region
                        on_input=Callback::new(move |v: String| { touched.set(true); region.set(v) })
                        msgs=scope.msgs(&FieldKey::field("region"))
                        required=true
                    />
                </section>
                {Section::ALL
                    .into_iter()
                    .map(|section| view! {
                        <section class="pt-card">
                            <h2 class="pt-card-title">{move || lang.text(section.title())}</h2>
                            <ProfileFields section scope draft=draft_signal on_edit />
                        </section>
                    })
                    .collect_view()}
                <section class="pt-card">
                    <h2 class="pt-card-title">{move || lang.text(T::FirstLocation)}</h2>
                    <LocationFields scope key=FieldKey::new_location() value=location on_change=Callback::new(move |()| touched.set(true)) />
                </section>
                <div class="pt-actions">
                    <button type="submit" class="pt-button pt-button-primary" aria-describedby="pt-new-profile-readonly"
                        disabled=move || !writable || status.get() == Status::Busy>
                        {move || lang.text(T::CreateAction)}
                    </button>
                </div>
                <ReadOnlyReason id="pt-new-profile-readonly" />
                <StatusLine status busy=T::Creating />
            </form>
        </div>
    }
}
