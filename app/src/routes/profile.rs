//! A business profile after import: partner info, expertise, preferences,
//! locations and solutions, each edited with the domain's operations
//! (`transition_domain::ops`) checked live before anything is sent.

use leptos::prelude::*;
use leptos::task::spawn_local;
use transition_domain::export::AddressInput;
use transition_domain::model::{Location, Solution, MAX_LOCATIONS};
use transition_domain::ops::{self, LocationPatch, NewLocation, Outcome};
use transition_domain::request::{ProfileOverrides, SolutionOverrides};
use transition_domain::values::{LocationName, SolutionDescription, SolutionName, Summary};
use transition_domain::{BusinessProfile, Code, Issue};

use crate::api::ApiError;
use crate::components::common::{IssueSummary, SummaryItem};
use crate::components::fields::{CheckGroup, FieldMessages, TextField};
use crate::components::profile_fields::{ProfileFields, Scoped, Section};
use crate::components::shell::{profile_trail, Crumbs, LinkTabs, PageHeading};
use crate::components::{ProblemView, Spinner};
use crate::edit::{Choice, Edit};
use crate::fields::{draft_field, profile_field, targets};
use crate::i18n::{ts, use_lang, T};
use crate::paths;
use crate::routes::{me_of, resource};
use crate::use_ctx;

/// The state of a save or a delete.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    Idle,
    Busy,
    Done,
    Failed(ApiError),
}

/// Deleting with a second press to confirm. Each press is first checked by
/// the domain (`check`: the same operation the server applies); the second
/// sends the request, and the page then reloads the profile (a version
/// bump refetches it).
#[derive(Clone, Copy)]
struct Deletion {
    ctx: crate::Ctx,
    status: RwSignal<Status>,
    confirm: RwSignal<bool>,
    issues: RwSignal<Vec<Issue>>,
}

impl Deletion {
    /// Made while the component is built (it reads the app's context).
    fn new() -> Deletion {
        Deletion {
            ctx: use_ctx(),
            status: RwSignal::new(Status::Idle),
            confirm: RwSignal::new(false),
            issues: RwSignal::new(Vec::new()),
        }
    }

    fn press<Fut>(
        self,
        profile: RwSignal<BusinessProfile>,
        check: impl FnOnce(&BusinessProfile) -> Outcome,
        send: impl FnOnce(crate::api::Api, String) -> Fut + 'static,
    ) where
        Fut: std::future::Future<Output = Result<(), ApiError>> + 'static,
    {
        if let Err(issues) = profile.with_untracked(check) {
            self.issues.set(issues);
            return;
        }
        self.issues.set(Vec::new());
        if !self.confirm.get_untracked() {
            self.confirm.set(true);
            return;
        }
        self.confirm.set(false);
        let ctx = self.ctx;
        let id = profile.with_untracked(|p| p.id.clone());
        self.status.set(Status::Busy);
        spawn_local(async move {
            match send(ctx.api(), id.clone()).await {
                Ok(()) => {
                    self.status.set(Status::Idle);
                    ctx.announce_profile_change(&id);
                    ctx.bump();
                }
                Err(e) => self.status.set(Status::Failed(e)),
            }
        });
    }

    /// Why the domain refused the deletion, in the page's language.
    fn msgs(self) -> Signal<Vec<crate::components::Msg>> {
        let lang = use_lang();
        let issues = self.issues;
        Signal::derive(move || {
            let lang = lang.get();
            issues.with(|list| {
                list.iter()
                    .map(|i| crate::components::Msg {
                        error: i.is_error(),
                        text: i.message(lang),
                    })
                    .collect::<Vec<_>>()
            })
        })
    }
}

/// The issues of an outcome (errors, or the warnings a change keeps),
/// each at its field key.
fn outcome_issues(outcome: &Outcome, key_of: impl Fn(&str) -> String) -> Vec<(String, Issue)> {
    let issues = match outcome {
        Ok(applied) => &applied.warnings,
        Err(issues) => issues,
    };
    issues
        .iter()
        .map(|i| (key_of(&i.path), i.clone()))
        .collect()
}

/// The progress and result of a save, in place.
#[component]
pub fn StatusLine(
    #[prop(into)] status: Signal<Status>,
    #[prop(optional)] busy: Option<T>,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="pt-status" aria-live="polite">
            {move || match status.get() {
                Status::Busy => view! { <Spinner text=busy.unwrap_or(T::Saving) /> }.into_any(),
                Status::Done => view! { <p class="pt-ok-text">{T::Saved.text(lang.get())}</p> }.into_any(),
                Status::Failed(error) => view! { <ProblemView error=Some(error) /> }.into_any(),
                Status::Idle => ().into_any(),
            }}
        </div>
    }
}

#[component]
pub fn ProfilePage(id: String) -> impl IntoView {
    let me = crate::use_me().0;
    let id = Memo::new(move |_| id.clone());
    // Follows changes: every change bumps the version (and refetches `me`),
    // which rebuilds the view below, so the profile must be fetched again
    // too, or the rebuilt view would show the profile as it first loaded.
    let data = resource(true, move |api| {
        let id = id.get();
        async move { api.business_profile(&id).await }
    });
    let lang = use_lang();
    view! {
        <Transition fallback=|| view! { <Spinner /> }>
            {move || Suspend::new(async move {
                match (data.await, me_of(me.await)) {
                    (Err(e), _) if e.is_not_found() => view! {
                        <Crumbs trail=Signal::derive(move || profile_trail(lang.get(), vec![])) />
                        <PageHeading text=ts(T::ProfileNotFound) />
                        <ProblemView error=Some(e) />
                    }
                    .into_any(),
                    (Err(e), _) | (_, Err(e)) => view! { <ProblemView error=Some(e) /> }.into_any(),
                    (Ok(profile), Ok(me)) => view! { <ProfileView profile can_write=me.can_write /> }.into_any(),
                }
            })}
        </Transition>
    }
}

const SECTIONS: [&str; 5] = ["info", "expertise", "preferences", "locations", "solutions"];

fn section_title(section: &str) -> T {
    match section {
        "expertise" => T::SectionExpertise,
        "preferences" => T::SectionPreferences,
        "locations" => T::Locations,
        "solutions" => T::Solutions,
        _ => T::SectionInfo,
    }
}

#[component]
fn ProfileView(profile: BusinessProfile, can_write: bool) -> impl IntoView {
    let lang = use_lang();
    let section_query = crate::nav::query("section");
    let id = profile.id.clone();
    let profile = RwSignal::new(profile);
    let section = Memo::new(move |_| {
        let s = section_query.get().unwrap_or_default();
        SECTIONS
            .iter()
            .find(|x| **x == s)
            .copied()
            .unwrap_or("info")
    });
    let name = Memo::new(move |_| profile.with(|p| p.name.to_string()));
    let region = Memo::new(move |_| profile.with(|p| p.region.to_string()));
    let tabs = {
        let id = id.clone();
        Signal::derive(move || {
            SECTIONS
                .iter()
                .map(|s| {
                    (
                        section_title(s).text(lang.get()).to_owned(),
                        paths::profile_section(&id, s),
                        section.get() == *s,
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    let source = profile.with_untracked(|p| p.source_id.clone());
    view! {
        <Crumbs trail=Signal::derive(move || profile_trail(lang.get(), vec![(name.get(), None)])) />
        <div class="pt-title-row">
            <span class="pt-region pt-region-lg">{region}</span>
            <PageHeading text=name />
        </div>
        {source.map(|s| view! { <p class="pt-muted">{move || T::ImportedFrom.fill(lang.get(), &[("id", &s)])}</p> })}
        {(!can_write).then(|| view! {
            <div class="pt-alert pt-alert-info" role="note">{move || T::ReadOnlyNotice.text(lang.get())}</div>
        })}
        <LinkTabs label=ts(T::BusinessProfile) tabs />
        <div class="pt-tab-panel">
            {move || match section.get() {
                "locations" => view! { <LocationsSection profile /> }.into_any(),
                "solutions" => view! { <SolutionsSection profile /> }.into_any(),
                "expertise" => view! { <FieldsSection profile section=Section::Expertise /> }.into_any(),
                "preferences" => view! { <FieldsSection profile section=Section::Preferences /> }.into_any(),
                _ => view! { <FieldsSection profile section=Section::Info /> }.into_any(),
            }}
        </div>
    }
}

/// Summary items of a form's issues, each linking to its field.
fn summary_of(scope: Scoped) -> Signal<Vec<SummaryItem>> {
    Signal::derive(move || {
        let scope_name = scope.scope.get_value();
        scope.issues.with(|list| {
            list.iter()
                .map(|(field, issue)| SummaryItem {
                    issue: issue.clone(),
                    context: None,
                    targets: targets(&scope_name, field),
                    href: None,
                })
                .collect()
        })
    })
}

/// Partner info, expertise or preferences: a patch checked live with
/// `ops::edit_profile`, sent with PATCH.
#[component]
fn FieldsSection(profile: RwSignal<BusinessProfile>, section: Section) -> impl IntoView {
    let ctx = use_ctx();
    let lang = use_lang();
    let patch = RwSignal::new(ProfileOverrides::default());
    let status = RwSignal::new(Status::Idle);
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
    let on_edit = Callback::new(move |edit: Edit| {
        status.set(Status::Idle);
        patch.update(|o| edit.apply(o));
    });
    let save = move |_| {
        if !changed.get_untracked() || !valid.get_untracked() {
            return;
        }
        let body = patch.get_untracked();
        let id = profile.with_untracked(|p| p.id.clone());
        status.set(Status::Busy);
        spawn_local(async move {
            match ctx.api().edit_profile(&id, &body).await {
                Ok(updated) => {
                    ctx.announce_profile_change(&updated.id);
                    profile.set(updated);
                    patch.set(ProfileOverrides::default());
                    status.set(Status::Done);
                    ctx.bump();
                }
                Err(e) => status.set(Status::Failed(e)),
            }
        });
    };
    view! {
        <div class="pt-with-summary">
            <aside class="pt-summary-col">
                <IssueSummary id="pt-profile-issues" items=summary_of(scope) />
            </aside>
            <form class="pt-form-col" on:submit=move |ev| { ev.prevent_default(); save(()); }>
                <section class="pt-card">
                    <h2 class="pt-card-title">{move || section.title().text(lang.get())}</h2>
                    <ProfileFields section scope draft on_edit />
                </section>
                <div class="pt-actions">
                    <button
                        type="submit"
                        class="pt-button pt-button-primary"
                        disabled=move || !changed.get() || !valid.get() || status.get() == Status::Busy
                    >
                        {move || T::SaveChanges.text(lang.get())}
                    </button>
                    <button
                        type="button"
                        class="pt-button"
                        disabled=move || !changed.get()
                        on:click=move |_| { patch.set(ProfileOverrides::default()); status.set(Status::Idle); }
                    >
                        {move || T::ResetChanges.text(lang.get())}
                    </button>
                </div>
                <StatusLine status />
            </form>
        </div>
    }
}

fn address_text(a: &AddressInput) -> String {
    [
        Some(a.line1.clone()),
        a.line2.clone(),
        Some(format!("{} {}", a.postal_code, a.city)),
        Some(a.country.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ")
}

#[component]
fn LocationsSection(profile: RwSignal<BusinessProfile>) -> impl IntoView {
    let lang = use_lang();
    let ids = Memo::new(move |_| {
        profile.with(|p| p.locations.iter().map(|l| l.id.clone()).collect::<Vec<_>>())
    });
    view! {
        <p class="pt-lead">
            {move || T::LocationsLimit.fill(lang.get(), &[("limit", &MAX_LOCATIONS), ("count", &ids.with(Vec::len))])}
        </p>
        <p class="pt-alert pt-alert-info" role="note">{move || T::AddressImmutable.text(lang.get())}</p>
        <For
            each=move || ids.get()
            key=|id| id.clone()
            children=move |lid| view! { <LocationCard profile lid /> }
        />
        <AddLocation profile />
    }
}

/// One location: rename (name, phone, email), its solutions, delete.
#[component]
fn LocationCard(profile: RwSignal<BusinessProfile>, lid: String) -> impl IntoView {
    let ctx = use_ctx();
    let lang = use_lang();
    let location = {
        let lid = lid.clone();
        Memo::new(move |_| profile.with(|p| p.location(&lid).cloned()))
    };
    let patch = RwSignal::new(LocationPatch::default());
    let status = RwSignal::new(Status::Idle);
    let outcome = {
        let lid = lid.clone();
        Memo::new(move |_| profile.with(|p| patch.with(|o| ops::edit_location(p, &lid, o))))
    };
    let key_of = move |path: &str| profile.with(|p| draft_field(path, &p.to_draft()));
    let issues = Signal::derive(move || outcome.with(|o| outcome_issues(o, key_of)));
    let scope = Scoped::new("p-loc", issues);
    let key = format!("locations/{lid}");
    let value = move |get: fn(&Location, &LocationPatch) -> String| {
        Signal::derive(move || {
            location
                .with(|l| l.as_ref().map(|l| patch.with(|p| get(l, p))))
                .unwrap_or_default()
        })
    };
    let name = value(|l, p| p.name.clone().unwrap_or_else(|| l.name.to_string()));
    let phone = value(|l, p| match &p.phone {
        Some(v) => v.clone().unwrap_or_default(),
        None => l
            .phone
            .as_ref()
            .map(|x| x.as_str().to_owned())
            .unwrap_or_default(),
    });
    let email = value(|l, p| match &p.email {
        Some(v) => v.clone().unwrap_or_default(),
        None => l
            .email
            .as_ref()
            .map(|x| x.as_str().to_owned())
            .unwrap_or_default(),
    });
    let changed = Signal::derive(move || patch.with(|p| *p != LocationPatch::default()));
    let valid = Signal::derive(move || outcome.with(Result::is_ok));
    let display_name = Signal::derive(move || {
        location.with(|l| l.as_ref().map(|l| l.name.to_string()).unwrap_or_default())
    });
    let address = Signal::derive(move || {
        location.with(|l| {
            l.as_ref()
                .map(|l| address_text(&l.address.to_input()))
                .unwrap_or_default()
        })
    });

    let save = {
        let lid = lid.clone();
        move || {
            let body = patch.get_untracked();
            let id = profile.with_untracked(|p| p.id.clone());
            let lid = lid.clone();
            status.set(Status::Busy);
            spawn_local(async move {
                match ctx.api().edit_location(&id, &lid, &body).await {
                    Ok(updated) => {
                        ctx.announce_profile_change(&updated.id);
                        profile.set(updated);
                        patch.set(LocationPatch::default());
                        status.set(Status::Done);
                    }
                    Err(e) => status.set(Status::Failed(e)),
                }
            });
        }
    };

    // Deleting: checked with ops::delete_location, confirmed by a second press.
    let deletion = Deletion::new();
    let delete = {
        let lid = lid.clone();
        move |_| {
            let lid = lid.clone();
            let sent = lid.clone();
            deletion.press(
                profile,
                move |p| ops::delete_location(p, &lid),
                move |api, id| async move { api.delete_location(&id, &sent).await },
            );
        }
    };
    let delete_msgs = deletion.msgs();
    let (confirm, delete_status) = (deletion.confirm, deletion.status);

    // The solutions this location markets: ops::set_location_solutions, PUT.
    let chosen = RwSignal::new(location.with_untracked(|l| {
        l.as_ref()
            .map(|l| l.solution_ids.clone())
            .unwrap_or_default()
    }));
    let solutions_status = RwSignal::new(Status::Idle);
    let solutions_outcome = {
        let lid = lid.clone();
        Memo::new(move |_| {
            profile.with(|p| chosen.with(|c| ops::set_location_solutions(p, &lid, c)))
        })
    };
    let solutions_msgs = Signal::derive(move || {
        let lang = lang.get();
        solutions_outcome.with(|o| match o {
            Ok(_) => vec![],
            Err(issues) => issues
                .iter()
                .map(|i| crate::components::Msg {
                    error: i.is_error(),
                    text: i.message(lang),
                })
                .collect(),
        })
    });
    let choices = Signal::derive(move || {
        profile.with(|p| {
            chosen.with(|c| {
                p.solutions
                    .iter()
                    .map(|s| Choice {
                        key: s.id.clone(),
                        label: s.name.to_string(),
                        checked: c.contains(&s.id),
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let solutions_changed = Signal::derive(move || {
        location.with(|l| {
            l.as_ref()
                .map(|l| l.solution_ids.clone())
                .unwrap_or_default()
        }) != chosen.get()
    });
    let save_solutions = {
        let lid = lid.clone();
        move |_| {
            if solutions_outcome.with_untracked(Result::is_err) {
                return;
            }
            let ids = chosen.get_untracked();
            let id = profile.with_untracked(|p| p.id.clone());
            let lid = lid.clone();
            solutions_status.set(Status::Busy);
            spawn_local(async move {
                match ctx.api().set_location_solutions(&id, &lid, &ids).await {
                    Ok(updated) => {
                        ctx.announce_profile_change(&updated.id);
                        profile.set(updated);
                        solutions_status.set(Status::Done);
                    }
                    Err(e) => solutions_status.set(Status::Failed(e)),
                }
            });
        }
    };
    let has_solutions = Signal::derive(move || profile.with(|p| !p.solutions.is_empty()));
    let save = StoredValue::new(save);
    let group_id = scope.id(&format!("{key}/solutions"));
    view! {
        <section class="pt-card" id=scope.id(&key) tabindex="-1">
            <div class="pt-card-head">
                <h2 class="pt-card-title">{display_name}</h2>
            </div>
            <p class="pt-address">
                <span class="pt-muted">{address}</span>
            </p>
            <form on:submit=move |ev| {
                ev.prevent_default();
                if changed.get_untracked() && valid.get_untracked() {
                    save.with_value(|f| f());
                }
            }>
                <div class="pt-grid-3">
                    <TextField
                        id=scope.id(&format!("{key}/name"))
                        label=ts(T::FieldLocationName)
                        value=name
                        on_input=Callback::new(move |v| { status.set(Status::Idle); patch.update(|p| p.name = Some(v)) })
                        msgs=scope.msgs(&format!("{key}/name"))
                        limit=LocationName::MAX_CHARS
                        required=true
                    />
                    <TextField
                        id=scope.id(&format!("{key}/phone"))
                        label=ts(T::FieldPhone)
                        value=phone
                        on_input=Callback::new(move |v| { status.set(Status::Idle); patch.update(|p| p.phone = Some(optional(v))) })
                        msgs=scope.msgs(&format!("{key}/phone"))
                        input_type="tel"
                        optional=true
                    />
                    <TextField
                        id=scope.id(&format!("{key}/email"))
                        label=ts(T::FieldEmail)
                        value=email
                        on_input=Callback::new(move |v| { status.set(Status::Idle); patch.update(|p| p.email = Some(optional(v))) })
                        msgs=scope.msgs(&format!("{key}/email"))
                        input_type="email"
                        optional=true
                    />
                </div>
                <FieldMessages msgs=scope.msgs_exact(&key) />
                <div class="pt-actions">
                    <button
                        type="submit"
                        class="pt-button pt-button-primary"
                        disabled=move || !changed.get() || !valid.get() || status.get() == Status::Busy
                    >
                        {move || T::SaveLocationNamed.fill(lang.get(), &[("name", &display_name.get())])}
                    </button>
                </div>
                <StatusLine status />
            </form>
            <Show when=move || has_solutions.get()>
                <CheckGroup
                    id=group_id.clone()
                    legend=ts(T::MarketsHeading)
                    choices
                    on_toggle=Callback::new(move |(sid, on): (String, bool)| {
                        solutions_status.set(Status::Idle);
                        chosen.update(|c| {
                            c.retain(|x| *x != sid);
                            if on {
                                c.push(sid);
                            }
                        });
                    })
                    msgs=solutions_msgs
                />
                <div class="pt-actions">
                    <button
                        type="button"
                        class="pt-button"
                        disabled=move || !solutions_changed.get() || solutions_status.get() == Status::Busy
                        on:click=save_solutions.clone()
                    >
                        {move || T::SaveSolutions.fill(lang.get(), &[("name", &display_name.get())])}
                    </button>
                </div>
                <StatusLine status=solutions_status />
            </Show>
            <div class="pt-actions pt-danger-zone">
                <button
                    type="button"
                    class="pt-button pt-button-danger-outline"
                    aria-describedby=format!("{}-del", scope.id(&key))
                    disabled=move || delete_status.get() == Status::Busy
                    on:click=delete
                >
                    {move || {
                        if confirm.get() {
                            T::ConfirmDelete.text(lang.get()).to_owned()
                        } else {
                            T::DeleteLocationNamed.fill(lang.get(), &[("name", &display_name.get())])
                        }
                    }}
                </button>
                <div id=format!("{}-del", scope.id(&key))>
                    <FieldMessages msgs=delete_msgs />
                </div>
            </div>
            <StatusLine status=delete_status busy=T::Deleting />
        </section>
    }
}

/// Empty text is no value.
fn optional(v: String) -> Option<String> {
    if v.trim().is_empty() {
        None
    } else {
        Some(v)
    }
}

fn empty_location() -> NewLocation {
    NewLocation {
        name: String::new(),
        phone: None,
        email: None,
        address: AddressInput {
            line1: String::new(),
            line2: None,
            city: String::new(),
            postal_code: String::new(),
            country: String::new(),
        },
    }
}

/// The fields of a new location, shared with the new-profile page.
#[component]
pub fn LocationFields(
    scope: Scoped,
    key: String,
    value: RwSignal<NewLocation>,
    on_change: Callback<()>,
) -> impl IntoView {
    let text = move |get: fn(&NewLocation) -> String| Signal::derive(move || value.with(get));
    let set = move |apply: fn(&mut NewLocation, String)| {
        Callback::new(move |v: String| {
            value.update(|l| apply(l, v));
            on_change.run(());
        })
    };
    let address_key = format!("{key}/address");
    let k = move |f: &str| format!("{key}/{f}");
    view! {
        <div class="pt-grid-2">
            <TextField id=scope.id(&k("name")) label=ts(T::FieldLocationName) value=text(|l| l.name.clone())
                on_input=set(|l, v| l.name = v) msgs=scope.msgs(&k("name")) required=true />
            <TextField id=scope.id(&k("address/line1")) label=ts(T::FieldLine1) value=text(|l| l.address.line1.clone())
                on_input=set(|l, v| l.address.line1 = v) msgs=scope.msgs(&k("address/line1")) required=true autocomplete="address-line1" />
            <TextField id=scope.id(&k("address/line2")) label=ts(T::FieldLine2) value=text(|l| l.address.line2.clone().unwrap_or_default())
                on_input=set(|l, v| l.address.line2 = optional(v)) msgs=scope.msgs(&k("address/line2")) optional=true autocomplete="address-line2" />
            <TextField id=scope.id(&k("address/city")) label=ts(T::FieldCity) value=text(|l| l.address.city.clone())
                on_input=set(|l, v| l.address.city = v) msgs=scope.msgs(&k("address/city")) required=true autocomplete="address-level2" />
            <TextField id=scope.id(&k("address/postal_code")) label=ts(T::FieldPostalCode) value=text(|l| l.address.postal_code.clone())
                on_input=set(|l, v| l.address.postal_code = v) msgs=scope.msgs(&k("address/postal_code")) required=true autocomplete="postal-code" />
            <TextField id=scope.id(&k("address/country")) label=ts(T::FieldCountry) value=text(|l| l.address.country.clone())
                on_input=set(|l, v| l.address.country = v) msgs=scope.msgs(&k("address/country")) required=true />
            <TextField id=scope.id(&k("phone")) label=ts(T::FieldPhone) value=text(|l| l.phone.clone().unwrap_or_default())
                on_input=set(|l, v| l.phone = optional(v)) msgs=scope.msgs(&k("phone")) input_type="tel" optional=true />
            <TextField id=scope.id(&k("email")) label=ts(T::FieldEmail) value=text(|l| l.email.clone().unwrap_or_default())
                on_input=set(|l, v| l.email = optional(v)) msgs=scope.msgs(&k("email")) input_type="email" optional=true />
        </div>
        <FieldMessages msgs=scope.msgs_exact(&address_key) />
    }
}

/// Adds a location: checked with `ops::add_location`, sent with POST.
#[component]
fn AddLocation(profile: RwSignal<BusinessProfile>) -> impl IntoView {
    let ctx = use_ctx();
    let lang = use_lang();
    let value = RwSignal::new(empty_location());
    let touched = RwSignal::new(false);
    let status = RwSignal::new(Status::Idle);
    let outcome =
        Memo::new(move |_| profile.with(|p| value.with(|l| ops::add_location(p, l, "new".into()))));
    let issues = Signal::derive(move || {
        if !touched.get() {
            return vec![];
        }
        let n = profile.with(|p| p.locations.len());
        outcome.with(|o| {
            outcome_issues(o, |path| {
                profile.with(|p| {
                    profile_field(
                        path.trim_start_matches('/'),
                        |k| {
                            if k == n {
                                Some("new".into())
                            } else {
                                p.locations.get(k).map(|l| l.id.clone())
                            }
                        },
                        |k| p.solutions.get(k).map(|s| s.id.clone()),
                    )
                })
            })
        })
    });
    let scope = Scoped::new("p-add", issues);
    let valid = Signal::derive(move || outcome.with(Result::is_ok));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        touched.set(true);
        if !valid.get_untracked() {
            crate::browser::focus_first(vec!["pt-add-location-issues".into()]);
            return;
        }
        let body = value.get_untracked();
        let id = profile.with_untracked(|p| p.id.clone());
        status.set(Status::Busy);
        spawn_local(async move {
            match ctx.api().add_location(&id, &body).await {
                Ok(updated) => {
                    ctx.announce_profile_change(&updated.id);
                    profile.set(updated);
                    value.set(empty_location());
                    touched.set(false);
                    status.set(Status::Done);
                    ctx.bump();
                }
                Err(e) => status.set(Status::Failed(e)),
            }
        });
    };
    view! {
        <section class="pt-card" aria-labelledby="pt-add-location-title">
            <h2 class="pt-card-title" id="pt-add-location-title">{move || T::AddLocation.text(lang.get())}</h2>
            <form on:submit=submit>
                <LocationFields scope key="locations/new".to_owned() value on_change=Callback::new(move |()| { touched.set(true); status.set(Status::Idle); }) />
                <FieldMessages msgs=scope.msgs_exact("locations") />
                <div id="pt-add-location-issues" tabindex="-1">
                    <IssueSummary id="pt-add-location-summary" items=summary_of(scope) />
                </div>
                <div class="pt-actions">
                    <button type="submit" class="pt-button pt-button-primary" disabled=move || status.get() == Status::Busy>
                        {move || T::AddLocation.text(lang.get())}
                    </button>
                </div>
                <StatusLine status />
            </form>
        </section>
    }
}

#[component]
fn SolutionsSection(profile: RwSignal<BusinessProfile>) -> impl IntoView {
    let lang = use_lang();
    let ids = Memo::new(move |_| {
        profile.with(|p| p.solutions.iter().map(|s| s.id.clone()).collect::<Vec<_>>())
    });
    view! {
        <p class="pt-alert pt-alert-info" role="note" id="pt-solutions-import-only">
            {move || Code::SolutionsImportOnly.template(lang.get())}
        </p>
        <Show when=move || ids.with(Vec::is_empty)>
            <p class="pt-card pt-empty">{move || T::NoSolutionsLeft.text(lang.get())}</p>
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
fn SolutionCard(profile: RwSignal<BusinessProfile>, sid: String) -> impl IntoView {
    let ctx = use_ctx();
    let lang = use_lang();
    let solution = {
        let sid = sid.clone();
        Memo::new(move |_| profile.with(|p| p.solution(&sid).cloned()))
    };
    let patch = RwSignal::new(SolutionOverrides::default());
    let status = RwSignal::new(Status::Idle);
    let outcome = {
        let sid = sid.clone();
        Memo::new(move |_| profile.with(|p| patch.with(|o| ops::edit_solution(p, &sid, o))))
    };
    let key_of = move |path: &str| profile.with(|p| draft_field(path, &p.to_draft()));
    let issues = Signal::derive(move || outcome.with(|o| outcome_issues(o, key_of)));
    let scope = Scoped::new("p-sol", issues);
    let key = format!("solutions/{sid}");
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
            Some(transition_domain::export::SolutionKind::Service) => T::SolutionService,
            _ => T::SolutionApp,
        })
    });
    let edit = move |apply: fn(&mut SolutionOverrides, String)| {
        Callback::new(move |v: String| {
            status.set(Status::Idle);
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
            let body = patch.get_untracked();
            let id = profile.with_untracked(|p| p.id.clone());
            let sid = sid.clone();
            status.set(Status::Busy);
            spawn_local(async move {
                match ctx.api().edit_solution(&id, &sid, &body).await {
                    Ok(updated) => {
                        ctx.announce_profile_change(&updated.id);
                        profile.set(updated);
                        patch.set(SolutionOverrides::default());
                        status.set(Status::Done);
                    }
                    Err(e) => status.set(Status::Failed(e)),
                }
            });
        }
    };
    let deletion = Deletion::new();
    let delete = {
        let sid = sid.clone();
        move |_| {
            let sid = sid.clone();
            let sent = sid.clone();
            deletion.press(
                profile,
                move |p| ops::delete_solution(p, &sid),
                move |api, id| async move { api.delete_solution(&id, &sent).await },
            );
        }
    };
    let delete_msgs = deletion.msgs();
    let (confirm, delete_status) = (deletion.confirm, deletion.status);
    let del_id = format!("{}-del", scope.id(&key));
    view! {
        <section class="pt-card" id=scope.id(&key) tabindex="-1">
            <div class="pt-card-head">
                <span class="pt-badge">{move || kind.get().text(lang.get())}</span>
                <h2 class="pt-card-title">{display_name}</h2>
            </div>
            <form on:submit=save>
                <TextField id=scope.id(&format!("{key}/name")) label=ts(T::FieldSolutionName)
                    value=value(|s, p| p.name.clone().unwrap_or_else(|| s.name.to_string()))
                    on_input=edit(|p, v| p.name = Some(v)) msgs=scope.msgs(&format!("{key}/name"))
                    limit=SolutionName::MAX_CHARS required=true />
                <TextField id=scope.id(&format!("{key}/summary")) label=ts(T::FieldSummary)
                    value=value(|s, p| p.summary.clone().unwrap_or_else(|| s.summary.to_string()))
                    on_input=edit(|p, v| p.summary = Some(v)) msgs=scope.msgs(&format!("{key}/summary"))
                    multiline=true limit=Summary::MAX_CHARS />
                <TextField id=scope.id(&format!("{key}/description")) label=ts(T::FieldSolutionDescription)
                    value=value(|s, p| p.description.clone().unwrap_or_else(|| s.description.to_string()))
                    on_input=edit(|p, v| p.description = Some(v)) msgs=scope.msgs(&format!("{key}/description"))
                    multiline=true limit=SolutionDescription::MAX_CHARS />
                <TextField id=scope.id(&format!("{key}/url")) label=ts(T::FieldUrl)
                    value=value(|s, p| match &p.url {
                        Some(u) => u.clone().unwrap_or_default(),
                        None => s.url.as_ref().map(|u| u.as_str().to_owned()).unwrap_or_default(),
                    })
                    on_input=edit(|p, v| p.url = Some(if v.trim().is_empty() { None } else { Some(v) }))
                    msgs=scope.msgs(&format!("{key}/url")) input_type="url" optional=true />
                <FieldMessages msgs=scope.msgs_exact(&key) />
                <div class="pt-actions">
                    <button type="submit" class="pt-button pt-button-primary"
                        disabled=move || !changed.get() || !valid.get() || status.get() == Status::Busy>
                        {move || T::SaveChanges.text(lang.get())}
                    </button>
                    <button type="button" class="pt-button" disabled=move || !changed.get()
                        on:click=move |_| { patch.set(SolutionOverrides::default()); status.set(Status::Idle); }>
                        {move || T::ResetChanges.text(lang.get())}
                    </button>
                </div>
                <StatusLine status />
            </form>
            <div class="pt-actions pt-danger-zone">
                <button type="button" class="pt-button pt-button-danger-outline" aria-describedby=del_id.clone()
                    disabled=move || delete_status.get() == Status::Busy on:click=delete>
                    {move || {
                        if confirm.get() {
                            T::ConfirmDelete.text(lang.get()).to_owned()
                        } else {
                            T::DeleteSolutionNamed.fill(lang.get(), &[("name", &display_name.get())])
                        }
                    }}
                </button>
                <div id=del_id>
                    <FieldMessages msgs=delete_msgs />
                </div>
            </div>
            <StatusLine status=delete_status busy=T::Deleting />
        </section>
    }
}
