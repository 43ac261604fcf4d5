//! The solutions of a profile: edited or deleted (never added: they
//! come only from the Pinpoint import).

use leptos::prelude::*;
use transition_domain::field::FieldKey;
use transition_domain::model::Solution;
use transition_domain::ops::{self};
use transition_domain::request::SolutionOverrides;
use transition_domain::values::{SolutionDescription, SolutionName, Summary};
use transition_domain::{BusinessProfile, Code, ProfileId, SolutionId};

use crate::components::dialog::ConfirmDialog;
use crate::components::fields::{FieldMessages, TextField};
use crate::components::profile_fields::Scoped;
use crate::fields::draft_field;
use crate::i18n::{ts, use_lang, T};
use crate::use_ctx;

use super::*;

use crate::components::status::*;

#[component]
pub(super) fn SolutionsSection(profile: RwSignal<BusinessProfile>) -> impl IntoView {
    let lang = use_lang();
    let ids = Memo::new(move |_| {
        profile.with(|p| p.solutions.iter().map(|s| s.id.clone()).collect::<Vec<_>>())
    });
    view! {
        <p class="pt-alert pt-alert-info" role="note" id="pt-solutions-import-only">
            {move || lang.text(Code::SolutionsImportOnly)}
        </p>
        <Show when=move || ids.with(Vec::is_empty)>
            <p class="pt-card pt-empty">{move || lang.text(T::NoSolutionsLeft)}</p>
        </Show>
        <For
            each=move || ids.get()
            key=|id| id.clone()
            children=move |sid| view! { <SolutionCard profile sid /> }
        />
    }
}

/// One imported solution: edited with `ops::edit_solution` (PATCH),
/// deleted with `ops::delete_solution` (DELETE).
#[component]
pub(super) fn SolutionCard(profile: RwSignal<BusinessProfile>, sid: SolutionId) -> impl IntoView {
    let ctx = use_ctx();
    let lang = use_lang();
    let writable = can_write();
    let solution = {
        let sid = sid.clone();
        Memo::new(move |_| profile.with(|p| p.solution(&sid).cloned()))
    };
    let patch = RwSignal::new(SolutionOverrides::default());
    let action = api_action(
        move |api, (id, sid, body): (ProfileId, SolutionId, SolutionOverrides)| async move {
            let updated = api.edit_solution(&id, &sid, &body).await?;
            ctx.announce_profile_change(&updated.id);
            profile.set(updated);
            patch.set(SolutionOverrides::default());
            Ok(())
        },
    );
    let status = status_of(action);
    let outcome = {
        let sid = sid.clone();
        Memo::new(move |_| profile.with(|p| patch.with(|o| ops::edit_solution(p, &sid, o))))
    };
    let key_of = move |path: &str| profile.with(|p| draft_field(path, &p.to_draft()));
    let issues = Signal::derive(move || outcome.with(|o| outcome_issues(o, key_of)));
    let scope = Scoped::new("p-sol", issues);
    let key = FieldKey::solution(sid.as_str());
    let value = move |get: fn(&Solution, &SolutionOverrides) -> String| {
        Signal::derive(move || {
            solution
                .with(|s| s.as_ref().map(|s| patch.with(|p| get(s, p))))
                .unwrap_or_default()
        })
    };
    let changed = Signal::derive(move || patch.with(|p| *p != SolutionOverrides::default()));
    let valid = Signal::derive(move || outcome.with(Result::is_ok));
    let display_name = Signal::derive(move || {
        solution.with(|s| s.as_ref().map(|s| s.name.to_string()).unwrap_or_default())
    });
    let kind = Signal::derive(move || {
        solution.with(|s| match s.as_ref().map(|s| s.kind) {
            Some(transition_domain::input::SolutionKind::Service) => T::SolutionService,
            _ => T::SolutionApp,
        })
    });
    let edit = move |apply: fn(&mut SolutionOverrides, String)| {
        Callback::new(move |v: String| {
            action.clear();
            patch.update(|p| apply(p, v));
        })
    };
    let save = {
        let sid = sid.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if !changed.get_untracked() || !valid.get_untracked() {
                return;
            }
            let id = profile.with_untracked(|p| p.id.clone());
            action.dispatch((id, sid.clone(), patch.get_untracked()));
        }
    };
    let deletion =
        Deletion::in_component(
            |api, id, item| async move { api.delete_solution(&id, &item).await },
        );
    let delete = {
        let sid = sid.clone();
        move |_| {
            let sid = sid.clone();
            deletion.press(profile, sid.clone(), move |p| ops::delete_solution(p, &sid));
        }
    };
    let delete_msgs = deletion.msgs();
    let delete_status = deletion.status();
    let del_id = format!("{}-del", scope.id(&key));
    let readonly_id = format!("{}-readonly", scope.id(&key));
    view! {
        <section class="pt-card" id=scope.id(&key) tabindex="-1">
            <div class="pt-card-head">
                <span class="pt-badge">{move || lang.text(kind.get())}</span>
                <h2 class="pt-card-title">{display_name}</h2>
            </div>
            <form on:submit=save>
                <TextField id=scope.id(&key.sub("name")) label=ts(T::FieldSolutionName)
                    value=value(|s, p| p.name.clone().unwrap_or_else(|| s.name.to_string()))
                    on_input=edit(|p, v| p.name = Some(v)) msgs=scope.msgs(&key.sub("name"))
                    limit=SolutionName::MAX_CHARS required=true />
                <TextField id=scope.id(&key.sub("summary")) label=ts(T::FieldSummary)
                    value=value(|s, p| p.summary.clone().unwrap_or_else(|| s.summary.to_string()))
                    on_input=edit(|p, v| p.summary = Some(v)) msgs=scope.msgs(&key.sub("summary"))
                    multiline=true limit=Summary::MAX_CHARS />
                <TextField id=scope.id(&key.sub("description")) label=ts(T::FieldSolutionDescription)
                    value=value(|s, p| p.description.clone().unwrap_or_else(|| s.description.to_string()))
                    on_input=edit(|p, v| p.description = Some(v)) msgs=scope.msgs(&key.sub("description"))
                    multiline=true limit=SolutionDescription::MAX_CHARS />
                <TextField id=scope.id(&key.sub("url")) label=ts(T::FieldUrl)
                    value=value(|s, p| match &p.url {
                        Some(u) => u.clone().unwrap_or_default(),
                        None => s.url.as_ref().map(|u| u.as_str().to_owned()).unwrap_or_default(),
                    })
                    on_input=edit(|p, v| p.url = Some(if v.trim().is_empty() { None } else { Some(v) }))
                    msgs=scope.msgs(&key.sub("url")) input_type="url" optional=true />
                <FieldMessages msgs=scope.msgs_exact(&key) />
                <div class="pt-actions">
                    <button type="submit" class="pt-button pt-button-primary" aria-describedby=readonly_id.clone()
                        disabled=move || !writable || !changed.get() || !valid.get() || status.get() == Status::Busy>
                        {move || lang.text(T::SaveChanges)}
                    </button>
                    <button type="button" class="pt-button" disabled=move || !changed.get()
                        on:click=move |_| { patch.set(SolutionOverrides::default()); action.clear(); }>
                        {move || lang.text(T::ResetChanges)}
                    </button>
                </div>
                <StatusLine status />
            </form>
            <div class="pt-actions pt-danger-zone">
                <button type="button" class="pt-button pt-button-danger-outline" aria-describedby=format!("{del_id} {readonly_id}")
                    disabled=move || !writable || delete_status.get() == Status::Busy on:click=delete>
                    {move || lang.fill(T::DeleteSolutionNamed, &[("name", &display_name.get())])}
                </button>
                <ConfirmDialog
                    id=format!("{}-confirm", scope.id(&key))
                    open=deletion.confirm
                    title=Signal::derive(move || lang.fill(T::DeleteSolutionTitle, &[("name", &display_name.get())]))
                    text=Signal::derive(move || lang.text(T::DeleteSolutionText).to_owned())
                    confirm=Signal::derive(move || lang.text(T::DeleteAction).to_owned())
                    on_confirm=Callback::new(move |()| deletion.confirmed())
                />
                <div id=del_id>
                    <FieldMessages msgs=delete_msgs />
                </div>
            </div>
            <StatusLine status=delete_status busy=T::Deleting />
            <ReadOnlyReason id=readonly_id.clone() />
        </section>
    }
}
