//! The import wizard: what Pinpoint holds → choose profiles → edit,
//! solutions and locations of each chosen profile in turn → review and
//! import. The URL names the step and the profile
//! (`?step=edit&profile=bp-fr`); the partner's edits are saved on the
//! server as a draft (`autosave`), so a reload, another tab or another
//! admin of the partner on another device resumes them, at the saved step
//! when the URL names none. Every keystroke re-plans the import with
//! `transition_domain::plan_import`, in the browser.

mod account;
mod approval;
mod autosave;
mod choose;
mod commit;
mod digest;
mod drift;
mod frame;
mod locations;
mod preview;
mod profile_step;
mod solutions;
mod state;
mod submit;

use std::sync::Arc;

use crate::nav::{query, use_navigate};
use leptos::prelude::*;
use transition_domain::plan::PlanDigest;
use transition_domain::request::ImportRequest;
use transition_domain::{plan_import, BusinessProfile, PinpointProfileId};

use crate::api::{Me, PinpointAccount};
use crate::browser;
use crate::components::shell::{profile_trail, Crumbs, PageHeading};
use crate::components::{ProblemView, Spinner};
use crate::data::{me_of, resource};
use crate::i18n::{ts, use_lang, T};
use crate::paths;
use crate::use_ctx;
use crate::wizard::save::Saver;
use crate::wizard::{Place, Step, WizardDraft};
use transition_domain::wire::drafts::Draft;

use self::account::{AccountStep, ClosedAccount};
use self::approval::{ReturnedNotice, SubmissionView};
use self::autosave::ConflictDialog;
use self::choose::ChooseStep;
use self::commit::*;
use self::frame::{StepButtons, StepHeading, StepList};
use self::preview::PreviewStep;
use self::profile_step::ProfileStep;
use self::state::W;
use crate::components::status::api_action;

#[component]
pub fn ImportPage() -> impl IntoView {
    let lang = use_lang();
    // Outlives the wizard, made again after a commit refused 412.
    let drift = self::drift::DriftNotice::new();
    provide_context(drift);
    let me = crate::use_me().0;
    let account = resource(false, move |api| {
        drift.track();
        async move { api.pinpoint_account().await }
    });
    let existing = resource(false, move |api| {
        drift.track();
        async move { api.business_profiles().await }
    });
    // After a drift, the wizard is made again from the draft as saved.
    let saved = resource(false, move |api| {
        drift.track();
        async move { api.draft().await }
    });
    let settings = resource(false, move |api| {
        drift.track();
        async move { api.settings().await }
    });
    view! {
        <Crumbs trail=Signal::derive(move || {
            profile_trail(lang, vec![(lang.text(T::WizardTitle).to_owned(), None)])
        }) />
        <PageHeading text=ts(T::WizardTitle) />
        <Transition fallback=|| view! { <Spinner /> }>
            {move || Suspend::new(async move {
                let loaded = (me_of(me.await), account.await, existing.await, saved.await);
                let settings = settings.await;
                match (loaded, settings) {
                    ((Err(e), _, _, _), _) | ((_, Err(e), _, _), _) | ((_, _, Err(e), _), _)
                    | ((_, _, _, Err(e)), _) | (_, Err(e)) => {
                        view! { <ProblemView error=Some(e) /> }.into_any()
                    }
                    // A closed account never enters the wizard.
                    ((Ok(_), Ok(account), Ok(_), _), _) if account.is_closed() => {
                        view! { <ClosedAccount account /> }.into_any()
                    }
                    // A submitted draft is frozen: its approval, not the wizard.
                    ((Ok(me), Ok(account), Ok(existing), Ok(Some(draft))), _)
                        if draft.submission.is_some() =>
                    {
                        forget_live();
                        let submission = draft.submission.clone();
                        submission.map(|submission| view! {
                            <SubmissionView me account existing draft submission />
                        }).into_any()
                    }
                    ((Ok(me), Ok(account), Ok(existing), Ok(saved)), Ok(settings)) => {
                        let approval = settings.settings.imports_need_second_admin;
                        view! { <Wizard me account existing saved approval /> }.into_any()
                    }
                }
            })}
        </Transition>
    }
}

/// The draft being edited and its saver, for the account they were made
/// for.
type Live = (String, ArcRwSignal<WizardDraft>, ArcRwSignal<Saver>);

thread_local! {
    /// The draft being edited outlives the wizard's views, which the app
    /// may draw again (a language switch), so that nothing typed and no
    /// save under way is lost: reference-counted signals, kept here.
    static LIVE: std::cell::RefCell<Option<Live>> = const { std::cell::RefCell::new(None) };
}

/// What follows a commit's answer (an import, or a second admin's
/// approval): once imported, the draft being edited and the pending key
/// are forgotten (the import removed the server's draft with it), the host
/// hears it, and the results replace the page in the history; a refusal
/// forgets the key unless the same request may be sent again.
pub(super) fn after_commit(
    ctx: crate::ctx::Ctx,
    navigate: &impl Fn(&str, bool),
    key_storage: &str,
    answer: Result<transition_domain::wire::imports::ImportResult, crate::api::ApiError>,
) -> Result<(), crate::api::ApiError> {
    match answer {
        Ok(result) => {
            forget_live();
            browser::session_remove(key_storage);
            ctx.announce_import(&result);
            navigate(&paths::import_result(&result.id), true);
            ctx.bump();
            Ok(())
        }
        Err(error) => {
            if !retry_same_key(&error) {
                browser::session_remove(key_storage);
            }
            Err(error)
        }
    }
}

/// Forgets the draft being edited (discarded, or imported): the wizard
/// starts again from the server's.
pub(super) fn forget_live() {
    LIVE.with(|live| live.borrow_mut().take());
}

#[component]
fn Wizard(
    me: Me,
    account: PinpointAccount,
    existing: Vec<BusinessProfile>,
    saved: Option<Draft>,
    /// The partner's imports need a second admin: Import becomes Submit
    /// for approval.
    approval: bool,
) -> impl IntoView {
    provide_context(crate::components::status::CanWrite(me.can_write));
    if let Some(url) = me.help_url.clone() {
        provide_context(crate::components::common::HelpUrl(url));
    }
    let ctx = use_ctx();
    let lang = use_lang();
    let step_query = query("step");
    let profile_query = query("profile");
    let navigate = use_navigate();
    let navigate_after = use_navigate();
    let key_storage = format!("pt-import-key:{}:{}", me.partner_id, account.id);
    let export_version = account.export_version;
    let export = Arc::new(account.export);
    let existing = Arc::new(existing);

    let returned = saved.as_ref().and_then(|d| d.returned.clone());
    let pristine = WizardDraft::start(&export, &existing);
    let kept = LIVE.with(|live| {
        live.borrow()
            .as_ref()
            .filter(|(id, _, _)| *id == account.id)
            .map(|(_, draft, saver)| (draft.clone(), saver.clone()))
    });
    let mut old_export = false;
    let (draft, saver) = match kept {
        Some(kept) => kept,
        None => {
            // The server's draft, if it fits this export; one made for an
            // earlier export is set aside (and replaced, knowingly, by the
            // next save).
            let fits = saved.as_ref().is_some_and(|d| d.content.fits(&export));
            old_export = saved.is_some() && !fits;
            let mut saver = Saver::new(saved.as_ref().filter(|_| fits));
            if old_export {
                saver.revision = saved.as_ref().map(|d| d.revision.clone());
            }
            let (restored, saved_place) = match saved.filter(|_| fits) {
                Some(d) => WizardDraft::from_content(d.content),
                None => (pristine.clone(), None),
            };
            let (draft, saver) = (ArcRwSignal::new(restored), ArcRwSignal::new(saver));
            LIVE.with(|live| {
                *live.borrow_mut() = Some((account.id.clone(), draft.clone(), saver.clone()));
            });
            // Taken to the saved step when the URL names none.
            if let (None, Some(place)) = (step_query.get_untracked(), saved_place) {
                navigate(&paths::import(place.step, place.profile.as_deref()), true);
            }
            (draft, saver)
        }
    };
    let draft = RwSignal::from(draft);
    let saver = RwSignal::from(saver);
    let request = Memo::new(move |_| draft.with(WizardDraft::request));
    let plan = {
        let export = export.clone();
        Memo::new(move |_| request.with(|r| plan_import(&export, r, &existing)))
    };
    let located = Memo::new(move |_| {
        plan.with(|p| {
            p.issues
                .iter()
                .map(|i| (p.locate(i), i.clone()))
                .collect::<Vec<_>>()
        })
    });
    let step = Memo::new(move |_| Step::parse(&step_query.get().unwrap_or_default()));
    // The host hears every step the partner reaches.
    Effect::new(move |_| {
        let step = step.get();
        ctx.emit(
            crate::host::Event::Step,
            &crate::host::object(&[("step", step.as_str().into())]),
        );
    });
    let profile = Memo::new(move |_| {
        let wanted = profile_query.get();
        draft.with(|d| {
            wanted
                .filter(|id| d.is_chosen(id))
                .map(PinpointProfileId::from)
                .or_else(|| d.chosen.first().cloned())
        })
    });
    let place = Memo::new(move |_| Place::new(step.get(), profile.get()));
    let go = Callback::new(move |to: Place| {
        navigate(&paths::import(to.step, to.profile.as_deref()), false);
    });

    // The one-way commit, as an action: its key is chosen (and kept for a
    // retry) before it is sent; success clears the draft and the key, and
    // replaces the wizard in the history by the results (Back from them
    // does not come back to a wizard that can no longer import).
    let digest = self::digest::Digest::new(export_version);
    let commit_action = {
        let key_storage = key_storage.clone();
        api_action(
            move |api, (request, key, shown): (ImportRequest, String, PlanDigest)| {
                let key_storage = key_storage.clone();
                let navigate = navigate_after.clone();
                async move {
                    let answer = api.commit_import(&request, &key, &shown).await;
                    after_commit(ctx, &navigate, &key_storage, answer)
                }
            },
        )
    };
    let submit_action = self::submit::submit_action(saver);
    let commit = Signal::derive(move || {
        if commit_action.pending().get() || submit_action.pending().get() {
            return Commit::Running;
        }
        let failed = |value: &Option<Result<(), crate::api::ApiError>>| match value {
            Some(Err(error)) => Some(error.clone()),
            _ => None,
        };
        commit_action
            .value()
            .with(failed)
            .or_else(|| submit_action.value().with(failed))
            .map_or(Commit::Idle, Commit::Failed)
    });
    let run_commit = Callback::new(move |()| {
        if commit_action.pending().get_untracked() {
            return;
        }
        let request: ImportRequest = request.get_untracked();
        let Ok(body) = serde_json::to_string(&request) else {
            return;
        };
        // Import waits for it (`Blocker::Checking`).
        let Some(shown) = digest.for_request(&request) else {
            return;
        };
        if approval {
            if !submit_action.pending().get_untracked() {
                let content = draft.with_untracked(|d| d.content(Some(place.get_untracked())));
                submit_action.dispatch((content, shown));
            }
            return;
        }
        let pending = choose_key(
            browser::session_get(&key_storage).as_deref(),
            &body,
            browser::random_key,
        );
        if let Ok(json) = serde_json::to_string(&pending) {
            browser::session_set(&key_storage, &json);
        }
        commit_action.dispatch((request, pending.key, shown));
    });
    let w = W {
        export: StoredValue::new(export),
        pristine: StoredValue::new(pristine),
        saver,
        draft,
        plan,
        located,
        step,
        profile,
        place,
        can_write: me.can_write,
        approval,
        go,
        commit,
        run_commit,
        digest,
    };

    autosave::autosave(w);

    // Focus moves to each step's heading.
    Effect::new(move |previous: Option<()>| {
        place.track();
        if previous.is_some() || crate::components::shell::focus_on_open() {
            browser::focus_soon("pt-step-heading".to_owned());
        }
    });

    let company = me.display_name().to_owned();
    let returned_company = company.clone();
    view! {
        <StepList w />
        {returned.map(|returned| view! { <ReturnedNotice returned company=returned_company /> })}
        {old_export.then(|| view! {
            <div class="pt-alert pt-alert-info" role="note" id="pt-draft-old-export">
                {move || lang.text(T::DraftForOldExport)}
            </div>
        })}
        {(!me.can_write).then(|| view! {
            <div class="pt-alert pt-alert-info" role="note" id="pt-read-only-notice" tabindex="-1">
                {move || lang.text(T::ReadOnlyNotice)}
            </div>
        })}
        {move || {
            let current = step.get();
            let id = profile.get();
            match current {
                Step::Account => view! { <AccountStep w /> }.into_any(),
                Step::Choose => view! { <ChooseStep w /> }.into_any(),
                Step::Edit | Step::Solutions | Step::Locations => match id {
                    Some(id) => view! { <ProfileStep w step=current id /> }.into_any(),
                    None => view! {
                        <StepHeading w />
                        <p class="pt-alert pt-alert-info">{move || lang.text(T::NothingChosen)}</p>
                        <StepButtons w />
                    }
                    .into_any(),
                },
                Step::Preview => view! { <PreviewStep w /> }.into_any(),
            }
        }}
        <ConflictDialog w name=company />
    }
}
