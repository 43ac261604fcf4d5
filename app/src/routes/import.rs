//! The import wizard: what Pinpoint holds → choose profiles → edit them →
//! solutions → locations → review and import. The URL names the step and
//! the profile (`?step=edit&profile=bp-fr`); the partner's edits live in
//! session storage, so a reload keeps both. Every keystroke re-plans the
//! import with `transition_domain::plan_import`, in the browser.

use std::sync::Arc;

use crate::nav::A;
use crate::nav::{query, use_navigate};
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::{Deserialize, Serialize};
use transition_domain::export::{PinpointExport, PinpointSolution, SolutionKind};
use transition_domain::model::{ProfileDraft, MAX_LOCATIONS};
use transition_domain::request::ImportRequest;
use transition_domain::values::{SolutionDescription, SolutionName, Summary};
use transition_domain::{plan_import, BusinessProfile, ImportPlan, Issue};

use crate::api::{ApiError, Me, PinpointAccount};
use crate::browser;
use crate::components::common::{IssueSummary, SummaryItem};
use crate::components::fields::{CheckBox, CheckGroup, FieldMessages, TextField};
use crate::components::not_imported::NotImportedView;
use crate::components::profile_fields::{ProfileFields, Scoped, Section};
use crate::components::shell::{profile_trail, Crumbs, PageHeading};
use crate::components::{Msg, ProblemView, Spinner};
use crate::edit::{Choice, Edit};
use crate::fields::{dom_id, locate, targets, FieldRef};
use crate::i18n::{ts, use_lang, T};
use crate::paths;
use crate::routes::{me_of, resource};
use crate::use_ctx;
use crate::wizard::{step_for, Step, WizardDraft};

#[component]
pub fn ImportPage() -> impl IntoView {
    let lang = use_lang();
    let me = crate::use_me().0;
    let account = resource(false, |api| async move { api.pinpoint_account().await });
    let existing = resource(false, |api| async move { api.business_profiles().await });
    view! {
        <Crumbs trail=Signal::derive(move || {
            profile_trail(lang.get(), vec![(T::WizardTitle.text(lang.get()).to_owned(), None)])
        }) />
        <PageHeading text=ts(T::WizardTitle) />
        <Transition fallback=|| view! { <Spinner /> }>
            {move || Suspend::new(async move {
                match (me_of(me.await), account.await, existing.await) {
                    (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => {
                        view! { <ProblemView error=Some(e) /> }.into_any()
                    }
                    (Ok(me), Ok(account), Ok(existing)) => {
                        view! { <Wizard me account existing /> }.into_any()
                    }
                }
            })}
        </Transition>
    }
}

/// The commit's state.
#[derive(Debug, Clone, PartialEq)]
enum Commit {
    Idle,
    Running,
    Failed(ApiError),
}

/// An `Idempotency-Key` with the body it was made for, kept until the
/// import succeeds: a retry of the same body reuses it.
#[derive(Serialize, Deserialize)]
struct PendingKey {
    key: String,
    body: String,
}

/// True when a failure may be retried with the same key: the request may
/// not have been seen, or is still running.
fn retry_same_key(error: &ApiError) -> bool {
    match error {
        ApiError::Network(_) => true,
        ApiError::Problem(p) => {
            p.status >= 500
                || p.status == 408
                || p.code == transition_domain::Code::IdempotencyKeyInProgress
        }
        ApiError::Status(s) => *s >= 500 || *s == 408,
        ApiError::Decode(_) => true,
    }
}

/// Everything the steps share.
#[derive(Clone, Copy)]
struct W {
    export: StoredValue<Arc<PinpointExport>>,
    draft: RwSignal<WizardDraft>,
    plan: Memo<ImportPlan>,
    /// Every issue with the field it belongs to.
    located: Memo<Vec<(Option<FieldRef>, Issue)>>,
    step: Memo<Step>,
    profile: Memo<Option<String>>,
    closed: bool,
    go: Callback<(Step, Option<String>)>,
}

impl W {
    fn profile_name(&self, id: &str) -> String {
        self.export.with_value(|e| {
            e.profile(id)
                .map(|(_, p)| p.name.clone())
                .unwrap_or_else(|| id.to_owned())
        })
    }

    /// The draft the plan makes of Pinpoint profile `id` (if chosen).
    fn planned(&self, id: String) -> Memo<Option<ProfileDraft>> {
        let plan = self.plan;
        Memo::new(move |_| {
            plan.with(|p| {
                p.profiles
                    .iter()
                    .find(|pp| pp.draft.source_id.as_deref() == Some(id.as_str()))
                    .map(|pp| pp.draft.clone())
            })
        })
    }

    /// The issues of one profile, by field.
    fn scoped(&self, id: String) -> Scoped {
        let located = self.located;
        let scope = format!("w-{id}");
        Scoped::new(
            scope,
            Signal::derive(move || {
                located.with(|list| {
                    list.iter()
                        .filter_map(|(at, issue)| {
                            at.as_ref()
                                .filter(|a| a.profile == id)
                                .map(|a| (a.field.clone(), issue.clone()))
                        })
                        .collect()
                })
            }),
        )
    }

    /// Summary lines: the issues of `only` (a profile id) or of all, with
    /// where to go to fix each.
    fn summary(&self, only: Option<String>) -> Signal<Vec<SummaryItem>> {
        let w = *self;
        Signal::derive(move || {
            w.located.with(|list| {
                list.iter()
                    .filter(|(at, _)| match (&only, at) {
                        (Some(id), Some(a)) => &a.profile == id,
                        (Some(_), None) => true,
                        (None, _) => true,
                    })
                    .map(|(at, issue)| match at {
                        Some(a) => {
                            let step = step_for(&a.field);
                            let targets = if step == Step::Choose {
                                vec![dom_id("choose", &a.profile)]
                            } else {
                                targets(&format!("w-{}", a.profile), &a.field)
                            };
                            SummaryItem {
                                issue: issue.clone(),
                                context: only.is_none().then(|| w.profile_name(&a.profile)),
                                targets,
                                href: Some(paths::import(step, Some(&a.profile))),
                            }
                        }
                        None => SummaryItem {
                            issue: issue.clone(),
                            context: None,
                            targets: vec![],
                            href: None,
                        },
                    })
                    .collect()
            })
        })
    }

    fn error_count(&self, id: &str) -> usize {
        self.located.with(|list| {
            list.iter()
                .filter(|(at, i)| i.is_error() && at.as_ref().is_some_and(|a| a.profile == id))
                .count()
        })
    }
}

#[component]
fn Wizard(me: Me, account: PinpointAccount, existing: Vec<BusinessProfile>) -> impl IntoView {
    let ctx = use_ctx();
    let lang = use_lang();
    let step_query = query("step");
    let profile_query = query("profile");
    let navigate = use_navigate();
    let navigate_after = use_navigate();
    let closed = account.is_closed();
    let storage_key = format!("pt-wizard:{}:{}", me.partner_id, account.id);
    let key_storage = format!("pt-import-key:{}:{}", me.partner_id, account.id);
    let export = Arc::new(account.export);
    let existing = Arc::new(existing);

    let saved = browser::session_get(&storage_key)
        .and_then(|json| serde_json::from_str::<WizardDraft>(&json).ok())
        .filter(|d| d.fits(&export));
    let draft = RwSignal::new(saved.unwrap_or_else(|| WizardDraft::start(&export, &existing)));
    {
        let storage_key = storage_key.clone();
        Effect::new(move |_| {
            if let Ok(json) = draft.with(serde_json::to_string) {
                browser::session_set(&storage_key, &json);
            }
        });
    }
    let request = Memo::new(move |_| draft.with(WizardDraft::request));
    let plan = {
        let export = export.clone();
        Memo::new(move |_| request.with(|r| plan_import(&export, r, &existing)))
    };
    let located = {
        let export = export.clone();
        Memo::new(move |_| {
            plan.with(|p| {
                request.with(|r| {
                    p.issues
                        .iter()
                        .map(|i| (locate(&i.path, p, r, &export), i.clone()))
                        .collect::<Vec<_>>()
                })
            })
        })
    };
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
                .or_else(|| d.chosen.first().cloned())
        })
    });
    let go = Callback::new(move |(step, profile): (Step, Option<String>)| {
        navigate(&paths::import(step, profile.as_deref()), false);
    });
    let w = W {
        export: StoredValue::new(export),
        draft,
        plan,
        located,
        step,
        profile,
        closed,
        go,
    };

    // Focus moves to each step's heading.
    Effect::new(move |previous: Option<()>| {
        step.track();
        profile.track();
        if previous.is_some() || crate::components::shell::focus_on_open() {
            browser::focus_soon("pt-step-heading".to_owned());
        }
    });

    let commit = RwSignal::new(Commit::Idle);
    let run_commit = Callback::new(move |()| {
        if commit.get_untracked() == Commit::Running {
            return;
        }
        let request: ImportRequest = request.get_untracked();
        let Ok(body) = serde_json::to_string(&request) else {
            return;
        };
        let key = browser::session_get(&key_storage)
            .and_then(|json| serde_json::from_str::<PendingKey>(&json).ok())
            .filter(|pending| pending.body == body)
            .map(|pending| pending.key)
            .unwrap_or_else(browser::random_key);
        if let Ok(json) = serde_json::to_string(&PendingKey {
            key: key.clone(),
            body,
        }) {
            browser::session_set(&key_storage, &json);
        }
        commit.set(Commit::Running);
        let storage_key = storage_key.clone();
        let key_storage = key_storage.clone();
        let navigate = navigate_after.clone();
        spawn_local(async move {
            match ctx.api().commit_import(&request, &key).await {
                Ok(result) => {
                    browser::session_remove(&storage_key);
                    browser::session_remove(&key_storage);
                    let profiles: Vec<(String, String, String)> = result
                        .profiles
                        .iter()
                        .map(|p| (p.id.clone(), p.name.to_string(), p.region.to_string()))
                        .collect();
                    ctx.announce_import(&result.id, &profiles);
                    commit.set(Commit::Idle);
                    navigate(&paths::import_result(&result.id), false);
                    ctx.bump();
                }
                Err(error) => {
                    if !retry_same_key(&error) {
                        browser::session_remove(&key_storage);
                    }
                    commit.set(Commit::Failed(error));
                }
            }
        });
    });

    view! {
        <StepList w />
        {(!me.can_write).then(|| view! {
            <div class="pt-alert pt-alert-info" role="note">{move || T::ReadOnlyNotice.text(lang.get())}</div>
        })}
        {move || {
            // A closed account stays on its first step, which says why.
            let current = if closed { Step::Account } else { step.get() };
            let id = profile.get();
            match current {
                Step::Account => view! { <AccountStep w /> }.into_any(),
                Step::Choose => view! { <ChooseStep w /> }.into_any(),
                Step::Edit | Step::Solutions | Step::Locations => match id {
                    Some(id) => view! { <ProfileStep w step=current id /> }.into_any(),
                    None => view! {
                        <StepHeading w />
                        <p class="pt-alert pt-alert-info">{move || T::NothingChosen.text(lang.get())}</p>
                        <StepButtons w />
                    }
                    .into_any(),
                },
                Step::Preview => view! { <PreviewStep w commit run_commit /> }.into_any(),
            }
        }}
    }
}

fn step_title(step: Step) -> T {
    match step {
        Step::Account => T::StepAccount,
        Step::Choose => T::StepChoose,
        Step::Edit => T::StepEdit,
        Step::Solutions => T::StepSolutions,
        Step::Locations => T::StepLocations,
        Step::Preview => T::StepPreview,
    }
}

#[component]
fn StepList(w: W) -> impl IntoView {
    let lang = use_lang();
    view! {
        <nav class="pt-steps" aria-label=move || T::WizardSteps.text(lang.get())>
            <ol>
                {Step::ALL
                    .into_iter()
                    .map(|s| {
                        let current = move || w.step.get() == s;
                        let done = move || w.step.get().index() > s.index();
                        let href = Signal::derive(move || paths::link(paths::import(s, w.profile.get().as_deref())));
                        view! {
                            <li class:pt-step-current=current class:pt-step-done=done>
                                <A href=href attr:aria-current=move || current().then_some("step")>
                                    <span class="pt-step-n" aria-hidden="true">{s.index() + 1}</span>
                                    <span class="pt-step-name">{move || step_title(s).text(lang.get())}</span>
                                </A>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}

/// The step's heading, which takes the focus when the step opens.
#[component]
fn StepHeading(w: W) -> impl IntoView {
    let lang = use_lang();
    view! {
        <p class="pt-step-of">
            {move || {
                T::StepOf.fill(lang.get(), &[("n", &(w.step.get().index() + 1)), ("total", &Step::ALL.len())])
            }}
        </p>
        <h2 class="pt-step-title" id="pt-step-heading" tabindex="-1">
            {move || step_title(w.step.get()).text(lang.get())}
        </h2>
    }
}

/// Back and Next.
#[component]
fn StepButtons(w: W, #[prop(into, optional)] next_disabled: Signal<bool>) -> impl IntoView {
    let lang = use_lang();
    let previous = move || w.step.get().previous();
    let next = move || w.step.get().next();
    view! {
        <div class="pt-actions pt-step-buttons">
            {move || previous().map(|p| view! {
                <button type="button" class="pt-button" on:click=move |_| w.go.run((p, w.profile.get_untracked()))>
                    {move || T::Back.text(lang.get())}
                </button>
            })}
            {move || next().map(|n| view! {
                <button
                    type="button"
                    class="pt-button pt-button-primary"
                    disabled=next_disabled
                    on:click=move |_| w.go.run((n, w.profile.get_untracked()))
                >
                    {move || T::Next.text(lang.get())}
                </button>
            })}
        </div>
    }
}

#[component]
fn AccountStep(w: W) -> impl IntoView {
    let lang = use_lang();
    let ctx = use_ctx();
    let export = w.export.get_value();
    let counts = [
        (T::BusinessProfiles, export.business_profiles.len()),
        (T::AppProfiles, export.app_profiles.len()),
        (T::ServiceProfiles, export.service_profiles.len()),
        (T::CustomerReferrals, export.referrals.len()),
        (T::CustomerReviews, export.customer_reviews.len()),
    ];
    // A closed account: the server's own refusal, with its service centre link.
    let refusal = RwSignal::new(None::<ApiError>);
    if w.closed {
        let request = w.draft.with_untracked(WizardDraft::request);
        spawn_local(async move {
            if let Err(error) = ctx.api().preview(&request).await {
                refusal.set(Some(error));
            }
        });
    }
    let profiles: Vec<_> = export
        .business_profiles
        .iter()
        .map(|p| {
            let solutions = export
                .solutions()
                .filter(|(_, s)| s.business_profile_id == p.id)
                .count();
            (
                p.region.clone(),
                p.name.clone(),
                p.locations.len(),
                solutions,
            )
        })
        .collect();
    let company = export.account.company_name.clone();
    view! {
        <StepHeading w />
        <section class="pt-card">
            <h3 class="pt-card-title">{company}</h3>
            <p>{move || T::AccountIntro.text(lang.get())}</p>
            <p class="pt-subtitle">{move || T::AccountHolds.text(lang.get())}</p>
            <dl class="pt-stats">
                {counts
                    .into_iter()
                    .map(|(label, n)| view! {
                        <div class="pt-stat">
                            <dt>{move || label.text(lang.get())}</dt>
                            <dd>{n}</dd>
                        </div>
                    })
                    .collect_view()}
            </dl>
            <ul class="pt-list">
                {profiles
                    .into_iter()
                    .map(|(region, name, locations, solutions)| view! {
                        <li>
                            <span class="pt-region">{region}</span>" "
                            <strong>{name}</strong>" — "
                            {move || T::ProfileCounts.fill(lang.get(), &[("locations", &locations), ("solutions", &solutions)])}
                        </li>
                    })
                    .collect_view()}
            </ul>
        </section>
        {w.closed.then(|| view! {
            <Show when=move || refusal.with(Option::is_none)>
                <div class="pt-alert pt-alert-error" role="alert">
                    <p class="pt-alert-title">{move || T::AccountClosedStop.text(lang.get())}</p>
                </div>
            </Show>
            <ProblemView error=refusal />
        })}
        <StepButtons w next_disabled=Signal::derive(move || w.closed) />
    }
}

#[component]
fn ChooseStep(w: W) -> impl IntoView {
    let lang = use_lang();
    let export = w.export.get_value();
    let rows: Vec<_> = export
        .business_profiles
        .iter()
        .map(|p| {
            let solutions = export
                .solutions()
                .filter(|(_, s)| s.business_profile_id == p.id)
                .count();
            (
                p.id.clone(),
                p.region.clone(),
                p.name.clone(),
                p.locations.len(),
                solutions,
            )
        })
        .collect();
    let nothing = Signal::derive(move || w.draft.with(|d| d.chosen.is_empty()));
    let global = Signal::derive(move || {
        let lang = lang.get();
        w.located.with(|list| {
            list.iter()
                .filter(|(at, _)| at.is_none())
                .map(|(_, i)| Msg {
                    error: i.is_error(),
                    text: i.message(lang),
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <StepHeading w />
        <p class="pt-lead">{move || T::ChooseIntro.text(lang.get())}</p>
        <FieldMessages msgs=global />
        <ul class="pt-plain-list pt-choose-list">
            {rows
                .into_iter()
                .map(|(id, region, name, locations, solutions)| {
                    let scope = w.scoped(id.clone());
                    let msgs = Signal::derive(move || {
                        let region_msgs = scope.msgs_exact("region").get();
                        let whole = scope.msgs_exact("").get();
                        region_msgs.into_iter().chain(whole).collect::<Vec<_>>()
                    });
                    let id2 = id.clone();
                    let id3 = id.clone();
                    let label = {
                        let (name, region) = (name.clone(), region.clone());
                        Signal::derive(move || {
                            T::ImportThisProfile.fill(lang.get(), &[("name", &name), ("region", &region)])
                        })
                    };
                    view! {
                        <li class="pt-card pt-choose-card">
                            <CheckBox
                                id=dom_id("choose", &id)
                                label
                                checked=Signal::derive(move || w.draft.with(|d| d.is_chosen(&id2)))
                                on_change=Callback::new(move |on| w.draft.update(|d| d.set_chosen(&id3, on)))
                                msgs
                                disabled=Signal::derive(move || w.closed)
                            />
                            <p class="pt-muted pt-indent">
                                {move || T::ProfileCounts.fill(lang.get(), &[("locations", &locations), ("solutions", &solutions)])}
                            </p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        {move || nothing.get().then(|| view! {
            <p class="pt-alert pt-alert-info" role="status">{T::NothingChosen.text(lang.get())}</p>
        })}
        <StepButtons w next_disabled=nothing />
    }
}

/// Tabs to move between the chosen profiles in a per-profile step, each
/// with its error count.
#[component]
fn ProfileSwitcher(w: W) -> impl IntoView {
    let lang = use_lang();
    view! {
        <nav class="pt-tabs pt-profile-tabs" aria-label=move || T::ProfilePicker.text(lang.get())>
            {move || {
                let chosen = w.draft.with(|d| d.chosen.clone());
                let step = w.step.get();
                let current = w.profile.get();
                chosen
                    .into_iter()
                    .map(|id| {
                        let selected = current.as_deref() == Some(id.as_str());
                        let name = w.profile_name(&id);
                        let region = w
                            .export
                            .with_value(|e| e.profile(&id).map(|(_, p)| p.region.clone()))
                            .unwrap_or_default();
                        let id2 = id.clone();
                        let errors = Memo::new(move |_| w.error_count(&id2));
                        view! {
                            <A
                                href=paths::link(paths::import(step, Some(&id)))
                                attr:class=if selected { "pt-tab pt-tab-selected" } else { "pt-tab" }
                                attr:aria-current=selected.then_some("page")
                            >
                                <span class="pt-region">{region}</span>" "{name}
                                {move || {
                                    let n = errors.get();
                                    (n > 0).then(|| view! {
                                        <span class="pt-badge pt-badge-error">
                                            {T::IssuesCount.fill(lang.get(), &[("errors", &n), ("warnings", &0)])
                                                .split(',')
                                                .next()
                                                .unwrap_or_default()
                                                .to_owned()}
                                        </span>
                                    })
                                }}
                            </A>
                        }
                    })
                    .collect_view()
            }}
        </nav>
    }
}

/// Edit, Solutions or Locations, for one profile.
#[component]
fn ProfileStep(w: W, step: Step, id: String) -> impl IntoView {
    let lang = use_lang();
    let intro = match step {
        Step::Edit => Signal::derive(move || T::EditIntro.text(lang.get()).to_owned()),
        Step::Solutions => Signal::derive(move || T::SolutionsIntro.text(lang.get()).to_owned()),
        _ => {
            Signal::derive(move || T::LocationsIntro.fill(lang.get(), &[("limit", &MAX_LOCATIONS)]))
        }
    };
    let body = match step {
        Step::Edit => view! { <EditForm w id=id.clone() /> }.into_any(),
        Step::Solutions => view! { <SolutionsForm w id=id.clone() /> }.into_any(),
        _ => view! { <LocationsForm w id=id.clone() /> }.into_any(),
    };
    view! {
        <StepHeading w />
        <p class="pt-lead">{intro}</p>
        <ProfileSwitcher w />
        <div class="pt-with-summary">
            <aside class="pt-summary-col">
                <IssueSummary id="pt-wizard-issues" items=w.summary(Some(id.clone())) />
            </aside>
            <div class="pt-form-col">{body}</div>
        </div>
        <StepButtons w />
    }
}

#[component]
fn EditForm(w: W, id: String) -> impl IntoView {
    let lang = use_lang();
    let planned = w.planned(id.clone());
    let draft = Signal::derive(move || planned.get().unwrap_or_else(empty_draft));
    let scope = w.scoped(id.clone());
    let on_edit = Callback::new(move |edit: Edit| {
        w.draft.update(|d| d.edit_overrides(&id, |o| edit.apply(o)));
    });
    Section::ALL
        .into_iter()
        .map(|section| {
            view! {
                <section class="pt-card">
                    <h3 class="pt-card-title">{move || section.title().text(lang.get())}</h3>
                    <ProfileFields section scope draft on_edit />
                </section>
            }
        })
        .collect_view()
}

/// A draft with nothing in it, shown for the instant a profile is not in
/// the plan.
pub fn empty_draft() -> ProfileDraft {
    ProfileDraft {
        id: String::new(),
        source_id: None,
        region: String::new(),
        name: String::new(),
        description: String::new(),
        website: String::new(),
        linkedin: None,
        logo: None,
        industries: vec![],
        products: vec![],
        service_types: vec![],
        tags: vec![],
        target_sizes: vec![],
        allow_endorsements: true,
        locations: vec![],
        solutions: vec![],
    }
}

#[component]
fn SolutionsForm(w: W, id: String) -> impl IntoView {
    let lang = use_lang();
    let planned = w.planned(id.clone());
    let scope = w.scoped(id.clone());
    let sources: Vec<(SolutionKind, PinpointSolution)> = w.export.with_value(|e| {
        e.solutions()
            .filter(|(_, s)| s.business_profile_id == id)
            .map(|(kind, s)| (kind, s.clone()))
            .collect()
    });
    if sources.is_empty() {
        return view! { <p class="pt-card pt-empty">{move || T::NoSolutions.text(lang.get())}</p> }
            .into_any();
    }
    sources
        .into_iter()
        .map(|(kind, source)| {
            let PinpointSolution {
                id: sid,
                name,
                products,
                industries,
                ..
            } = source;
            let included = {
                let (id, sid) = (id.clone(), sid.clone());
                Signal::derive(move || {
                    w.draft
                        .with(|d| d.solution_choice(&id, &sid).map(|c| c.include).unwrap_or(true))
                })
            };
            let field = {
                let sid = sid.clone();
                move |get: fn(&transition_domain::model::SolutionDraft) -> String| {
                    let sid = sid.clone();
                    Signal::derive(move || {
                        planned
                            .with(|p| {
                                p.as_ref()
                                    .and_then(|d| d.solutions.iter().find(|s| s.source_id.as_deref() == Some(sid.as_str())))
                                    .map(get)
                            })
                            .unwrap_or_default()
                    })
                }
            };
            let set = {
                let (id, sid) = (id.clone(), sid.clone());
                move |apply: fn(&mut transition_domain::request::SolutionOverrides, String)| {
                    let (id, sid) = (id.clone(), sid.clone());
                    Callback::new(move |v: String| {
                        w.draft.update(|d| d.edit_solution(&id, &sid, |o| apply(o, v)));
                    })
                }
            };
            let key = |f: &str| format!("solutions/{sid}/{f}");
            let kind_text = match kind {
                SolutionKind::App => T::SolutionApp,
                SolutionKind::Service => T::SolutionService,
            };
            let include_label = {
                let name = name.clone();
                Signal::derive(move || T::IncludeSolution.fill(lang.get(), &[("name", &name)]))
            };
            let toggle = {
                let (id, sid) = (id.clone(), sid.clone());
                Callback::new(move |on: bool| {
                    let export = w.export.get_value();
                    w.draft.update(|d| d.set_solution_included(&export, &id, &sid, on));
                })
            };
            let details = format!(
                "{}{}{}",
                products.join(", "),
                if products.is_empty() || industries.is_empty() { "" } else { " · " },
                industries.join(", ")
            );
            let fields = view! {
                <div class="pt-indent">
                    <TextField
                        id=scope.id(&key("name"))
                        label=ts(T::FieldSolutionName)
                        value=field(|s| s.name.clone())
                        on_input=set(|o, v| o.name = Some(v))
                        msgs=scope.msgs(&key("name"))
                        limit=SolutionName::MAX_CHARS
                        required=true
                    />
                    <TextField
                        id=scope.id(&key("summary"))
                        label=ts(T::FieldSummary)
                        value=field(|s| s.summary.clone())
                        on_input=set(|o, v| o.summary = Some(v))
                        msgs=scope.msgs(&key("summary"))
                        multiline=true
                        limit=Summary::MAX_CHARS
                    />
                    <TextField
                        id=scope.id(&key("description"))
                        label=ts(T::FieldSolutionDescription)
                        value=field(|s| s.description.clone())
                        on_input=set(|o, v| o.description = Some(v))
                        msgs=scope.msgs(&key("description"))
                        multiline=true
                        limit=SolutionDescription::MAX_CHARS
                    />
                    <TextField
                        id=scope.id(&key("url"))
                        label=ts(T::FieldUrl)
                        value=field(|s| s.url.clone().unwrap_or_default())
                        on_input=set(|o, v| o.url = Some(if v.trim().is_empty() { None } else { Some(v) }))
                        msgs=scope.msgs(&key("url"))
                        input_type="url"
                        optional=true
                    />
                    <FieldMessages msgs=scope.msgs(&key("products")) />
                    <FieldMessages msgs=scope.msgs(&key("industries")) />
                </div>
            };
            view! {
                <section class="pt-card" id=scope.id(&format!("solutions/{sid}")) tabindex="-1">
                    <div class="pt-card-head">
                        <span class="pt-badge">{move || kind_text.text(lang.get())}</span>
                        <h3 class="pt-card-title">{name}</h3>
                    </div>
                    <p class="pt-muted">{details}</p>
                    <CheckBox id=scope.id(&key("include")) label=include_label checked=included on_change=toggle />
                    <div class:pt-hidden=move || !included.get()>{fields}</div>
                </section>
            }
        })
        .collect_view()
        .into_any()
}

#[component]
fn LocationsForm(w: W, id: String) -> impl IntoView {
    let lang = use_lang();
    let planned = w.planned(id.clone());
    let scope = w.scoped(id.clone());
    let locations: Vec<(String, String, String)> = w.export.with_value(|e| {
        e.profile(&id)
            .map(|(_, p)| {
                p.locations
                    .iter()
                    .map(|l| {
                        let a = &l.address;
                        let address = [
                            Some(a.line1.clone()),
                            a.line2.clone(),
                            Some(format!("{} {}", a.postal_code, a.city)),
                            Some(a.country.clone()),
                        ]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(", ");
                        (l.id.clone(), l.name.clone(), address)
                    })
                    .collect()
            })
            .unwrap_or_default()
    });
    let cards = locations
        .into_iter()
        .map(|(lid, name, address)| {
            let key = format!("locations/{lid}");
            let excluded = {
                let (id, lid) = (id.clone(), lid.clone());
                Signal::derive(move || w.draft.with(|d| d.is_location_excluded(&id, &lid)))
            };
            let include_label = {
                let name = name.clone();
                Signal::derive(move || T::ImportLocation.fill(lang.get(), &[("name", &name)]))
            };
            let toggle = {
                let (id, lid) = (id.clone(), lid.clone());
                Callback::new(move |on: bool| w.draft.update(|d| d.set_location_excluded(&id, &lid, !on)))
            };
            let choices = {
                let (id, lid) = (id.clone(), lid.clone());
                Signal::derive(move || {
                    let solutions: Vec<(String, String)> = planned.with(|p| {
                        p.as_ref()
                            .map(|d| {
                                d.solutions
                                    .iter()
                                    .map(|s| (s.source_id.clone().unwrap_or_else(|| s.id.clone()), s.name.clone()))
                                    .collect()
                            })
                            .unwrap_or_default()
                    });
                    w.draft.with(|d| {
                        solutions
                            .into_iter()
                            .map(|(sid, name)| Choice {
                                checked: d.location_markets(&id, &lid, &sid),
                                key: sid,
                                label: name,
                            })
                            .collect::<Vec<_>>()
                    })
                })
            };
            let on_toggle = {
                let (id, lid) = (id.clone(), lid.clone());
                Callback::new(move |(sid, on): (String, bool)| {
                    w.draft.update(|d| d.set_location_markets(&id, &lid, &sid, on));
                })
            };
            let has_solutions = Signal::derive(move || choices.with(|c| !c.is_empty()));
            let group_id = scope.id(&format!("{key}/solutions"));
            view! {
                <section class="pt-card" id=scope.id(&key) tabindex="-1">
                    <div class="pt-card-head">
                        <h3 class="pt-card-title">{name}</h3>
                    </div>
                    <p class="pt-muted">{address}</p>
                    <CheckBox
                        id=scope.id(&format!("{key}/include"))
                        label=include_label
                        checked=Signal::derive(move || !excluded.get())
                        on_change=toggle
                        msgs=scope.msgs(&key)
                    />
                    <div class:pt-hidden=move || excluded.get()>
                        <Show
                            when=move || has_solutions.get()
                            fallback=move || view! { <p class="pt-muted">{move || T::NoSolutionsToMarket.text(lang.get())}</p> }
                        >
                            <CheckGroup
                                id=group_id.clone()
                                legend=ts(T::MarketsHeading)
                                choices
                                on_toggle
                            />
                        </Show>
                    </div>
                </section>
            }
        })
        .collect_view();
    view! {
        <div id=scope.id("locations") tabindex="-1">
            <FieldMessages msgs=scope.msgs_exact("locations") />
        </div>
        {cards}
    }
}

#[component]
fn PreviewStep(w: W, commit: RwSignal<Commit>, run_commit: Callback<()>) -> impl IntoView {
    let lang = use_lang();
    let can_commit = Signal::derive(move || w.plan.with(ImportPlan::can_commit));
    let running = Signal::derive(move || commit.get() == Commit::Running);
    let failure = Signal::derive(move || match commit.get() {
        Commit::Failed(e) => Some(e),
        _ => None,
    });
    let not_imported = Signal::derive(move || w.plan.with(|p| p.not_imported.clone()));
    let names = Signal::derive(move || {
        w.export.with_value(|e| {
            e.business_profiles
                .iter()
                .map(|p| (p.id.clone(), p.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let ack = move |referrals: bool| {
        Signal::derive(move || {
            w.draft.with(|d| {
                if referrals {
                    d.acknowledgements.referrals_noted
                } else {
                    d.acknowledgements.account_closure
                }
            })
        })
    };
    let set_ack = move |referrals: bool| {
        Callback::new(move |on: bool| {
            w.draft.update(|d| {
                if referrals {
                    d.acknowledgements.referrals_noted = on;
                } else {
                    d.acknowledgements.account_closure = on;
                }
            });
        })
    };
    view! {
        <StepHeading w />
        <p class="pt-lead">{move || T::PreviewIntro.text(lang.get())}</p>
        <IssueSummary id="pt-preview-issues" items=w.summary(None) />
        <section class="pt-card" aria-labelledby="pt-will-create">
            <h2 class="pt-card-title" id="pt-will-create">{move || T::WillBeCreated.text(lang.get())}</h2>
            {move || {
                let lang = lang.get();
                w.plan.with(|plan| {
                    plan.profiles
                        .iter()
                        .map(|pp| {
                            let d = &pp.draft;
                            let name_of = |sid: &str| {
                                d.solutions
                                    .iter()
                                    .find(|s| s.id == sid)
                                    .map(|s| s.name.clone())
                                    .unwrap_or_else(|| sid.to_owned())
                            };
                            let locations: Vec<String> = d
                                .locations
                                .iter()
                                .map(|l| {
                                    let list: Vec<String> = l.solution_ids.iter().map(|s| name_of(s)).collect();
                                    let list = if list.is_empty() { T::None.text(lang).to_owned() } else { list.join(", ") };
                                    format!("{} — {}", l.name, T::MarketedHere.fill(lang, &[("list", &list)]))
                                })
                                .collect();
                            let solutions: Vec<String> = d
                                .solutions
                                .iter()
                                .map(|s| {
                                    let kind = match s.kind {
                                        SolutionKind::App => T::SolutionApp,
                                        SolutionKind::Service => T::SolutionService,
                                    };
                                    format!("{} ({})", s.name, kind.text(lang))
                                })
                                .collect();
                            view! {
                                <article class="pt-plan-profile">
                                    <h3 class="pt-subtitle">
                                        <span class="pt-region">{d.region.clone()}</span>" "{d.name.clone()}
                                    </h3>
                                    <p class="pt-muted pt-ellipsis">{d.website.clone()}</p>
                                    <div class="pt-grid-2">
                                        <div>
                                            <h4>{T::Locations.text(lang)}" ("{locations.len()}")"</h4>
                                            <ul class="pt-list">{locations.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                                        </div>
                                        <div>
                                            <h4>{T::Solutions.text(lang)}" ("{solutions.len()}")"</h4>
                                            <ul class="pt-list">{solutions.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                                        </div>
                                    </div>
                                </article>
                            }
                        })
                        .collect_view()
                })
            }}
        </section>
        <NotImportedView not_imported profile_names=names />
        <section class="pt-card pt-commit" aria-labelledby="pt-commit-title">
            <h2 class="pt-card-title" id="pt-commit-title">{move || T::ImportNow.text(lang.get())}</h2>
            <div class="pt-alert pt-alert-warning" id="pt-closure-statement">
                <p class="pt-alert-title">{move || T::ClosureStatement.text(lang.get())}</p>
            </div>
            <CheckBox
                id="pt-ack-referrals"
                label=ts(T::AckReferrals)
                checked=ack(true)
                on_change=set_ack(true)
                disabled=running
            />
            <CheckBox
                id="pt-ack-closure"
                label=ts(T::AckClosure)
                checked=ack(false)
                on_change=set_ack(false)
                disabled=running
            />
            <div class="pt-actions">
                <button
                    type="button"
                    class="pt-button pt-button-primary pt-button-danger"
                    id="pt-commit"
                    aria-describedby="pt-closure-statement pt-commit-hint"
                    disabled=move || !can_commit.get() || running.get() || w.closed
                    on:click=move |_| run_commit.run(())
                >
                    {move || {
                        if failure.with(|f| f.as_ref().is_some_and(retry_same_key)) {
                            T::RetryImport.text(lang.get())
                        } else {
                            T::ImportNow.text(lang.get())
                        }
                    }}
                </button>
            </div>
            <p id="pt-commit-hint" class="pt-muted">
                {move || (!can_commit.get()).then(|| T::CannotImportYet.text(lang.get()))}
            </p>
            {move || running.get().then(|| view! { <Spinner text=T::Importing /> })}
            {move || failure.get().map(|_| view! {
                <p class="pt-muted">{T::ImportRefused.text(lang.get())}</p>
            })}
            <ProblemView error=failure />
        </section>
        <StepButtons w />
    }
}
