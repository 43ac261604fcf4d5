//! Partner info, expertise and preferences of a profile.

use leptos::prelude::*;
use transition_domain::ops::{self};
use transition_domain::request::ProfileOverrides;
use transition_domain::{BusinessProfile, ProfileId};

use crate::components::common::IssueSummary;
use crate::components::profile_fields::{ProfileFields, Scoped, Section};
use crate::edit::Edit;
use crate::fields::draft_field;
use crate::i18n::{use_lang, T};
use crate::use_ctx;

use super::*;

use crate::components::status::*;

/// Partner info, expertise or preferences: a patch checked live with
/// `ops::edit_profile`, sent with PATCH.
#[component]
pub(super) fn FieldsSection(profile: RwSignal<BusinessProfile>, section: Section) -> impl IntoView {
    let ctx = use_ctx();
    let lang = use_lang();
    let writable = can_write();
    let patch = RwSignal::new(ProfileOverrides::default());
    let outcome = Memo::new(move |_| profile.with(|p| patch.with(|o| ops::edit_profile(p, o))));
    let draft = Signal::derive(move || {
        profile.with(|p| {
            let mut d = p.to_draft();
            patch.with(|o| o.apply(&mut d));
            d
        })
    });
    let issues = Signal::derive(move || {
        let draft = draft.get();
        outcome.with(|o| outcome_issues(o, |path| draft_field(path, &draft)))
    });
    let scope = Scoped::new(format!("p-{}", section.as_str()), issues);
    let changed = Signal::derive(move || patch.with(|p| *p != ProfileOverrides::default()));
    let valid = Signal::derive(move || outcome.with(Result::is_ok));
    let action = api_action(
        move |api, (id, body): (ProfileId, ProfileOverrides)| async move {
            let updated = api.edit_profile(&id, &body).await?;
            ctx.announce_profile_change(&updated.id);
            profile.set(updated);
            patch.set(ProfileOverrides::default());
            ctx.bump();
            Ok(())
        },
    );
    let status = status_of(action);
    let on_edit = Callback::new(move |edit: Edit| {
        action.clear();
        patch.update(|o| edit.apply(o));
    });
    let save = move |_| {
        if !changed.get_untracked() || !valid.get_untracked() {
            return;
        }
        let id = profile.with_untracked(|p| p.id.clone());
        action.dispatch((id, patch.get_untracked()));
    };
    view! {
        <div class="pt-with-summary">
            <aside class="pt-summary-col">
                <IssueSummary id="pt-profile-issues" items=summary_of(scope) />
            </aside>
            <form class="pt-form-col" on:submit=move |ev| { ev.prevent_default(); save(()); }>
                <section class="pt-card">
                    <h2 class="pt-card-title">{move || lang.text(section.title())}</h2>
                    <ProfileFields section scope draft on_edit disabled=!writable />
                </section>
                <div class="pt-actions">
                    <button
                        type="submit"
                        class="pt-button pt-button-primary"
                        disabled=move || !writable || !changed.get() || !valid.get() || status.get() == Status::Busy
                        aria-describedby="pt-fields-readonly"
                    >
                        {move || lang.text(T::SaveChanges)}
                    </button>
                    <button
                        type="button"
                        class="pt-button"
                        disabled=move || !changed.get()
                        on:click=move |_| { patch.set(ProfileOverrides::default()); action.clear(); }
                    >
                        {move || lang.text(T::ResetChanges)}
                    </button>
                </div>
                <ReadOnlyReason id="pt-fields-readonly" />
                <StatusLine status />
            </form>
        </div>
    }
}
