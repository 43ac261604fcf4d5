//! The fields of a business profile — partner info, expertise,
//! preferences — shared by the wizard (before import), the profile page
//! (after) and the new-profile page. They show a draft, report each
//! keystroke as an [`Edit`], and show the domain's issues next to each
//! field.

mod expertise;
mod info;
mod logo;
mod preferences;

use leptos::prelude::*;
use transition_domain::field::FieldKey;
use transition_domain::model::ProfileDraft;
use transition_domain::Issue;

use crate::components::fields::CheckGroup;
use crate::components::multi_select::MultiSelect;
use crate::components::Msg;
use crate::edit::{Catalogue, Edit};
use crate::fields::key_id;
use crate::i18n::{ts, use_lang, T};

use self::expertise::ExpertiseFields;
use self::info::InfoFields;
use self::preferences::PreferenceFields;

/// The issues of one form, each at its field key, and the scope that keeps
/// its DOM ids apart from other forms'.
#[derive(Clone, Copy)]
pub struct Scoped {
    pub scope: StoredValue<String>,
    pub issues: Signal<Vec<(FieldKey, Issue)>>,
}

impl Scoped {
    pub fn new(scope: impl Into<String>, issues: Signal<Vec<(FieldKey, Issue)>>) -> Scoped {
        Scoped {
            scope: StoredValue::new(scope.into()),
            issues,
        }
    }

    pub fn id(&self, key: &FieldKey) -> String {
        key_id(&self.scope.get_value(), key)
    }

    fn collect(self, key: FieldKey, exact: bool) -> Signal<Vec<Msg>> {
        let lang = use_lang();
        let issues = self.issues;
        Signal::derive(move || {
            issues.with(|list| {
                list.iter()
                    .filter(|(field, _)| {
                        if exact {
                            *field == key
                        } else {
                            key.contains(field)
                        }
                    })
                    .map(|(_, issue)| Msg::of(issue, lang))
                    .collect()
            })
        })
    }

    /// Messages of `key` and everything under it.
    pub fn msgs(&self, key: &FieldKey) -> Signal<Vec<Msg>> {
        self.collect(key.clone(), false)
    }

    /// How many errors `key` and everything under it have.
    pub fn errors(&self, key: &FieldKey) -> Signal<usize> {
        let (issues, key) = (self.issues, key.clone());
        Signal::derive(move || {
            issues.with(|list| {
                list.iter()
                    .filter(|(field, issue)| issue.is_error() && key.contains(field))
                    .count()
            })
        })
    }

    /// Messages of `key` itself only.
    pub fn msgs_exact(&self, key: &FieldKey) -> Signal<Vec<Msg>> {
        self.collect(key.clone(), true)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Info,
    Expertise,
    Preferences,
}

impl Section {
    pub const ALL: [Section; 3] = [Section::Info, Section::Expertise, Section::Preferences];

    pub fn title(self) -> T {
        match self {
            Section::Info => T::SectionInfo,
            Section::Expertise => T::SectionExpertise,
            Section::Preferences => T::SectionPreferences,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Section::Info => "info",
            Section::Expertise => "expertise",
            Section::Preferences => "preferences",
        }
    }
}

/// What every part of a profile's form works with: its issues and ids,
/// the draft, where edits go, and whether it may be edited.
#[derive(Clone, Copy)]
pub(super) struct Form {
    scope: Scoped,
    draft: Signal<ProfileDraft>,
    on_edit: Callback<Edit>,
    disabled: Signal<bool>,
}

impl Form {
    fn parts(self) -> (Scoped, Signal<ProfileDraft>, Callback<Edit>, Signal<bool>) {
        (self.scope, self.draft, self.on_edit, self.disabled)
    }
}

#[component]
pub fn ProfileFields(
    section: Section,
    scope: Scoped,
    #[prop(into)] draft: Signal<ProfileDraft>,
    on_edit: Callback<Edit>,
    #[prop(into, optional)] disabled: Signal<bool>,
) -> impl IntoView {
    let form = Form {
        scope,
        draft,
        on_edit,
        disabled,
    };
    match section {
        Section::Info => view! { <InfoFields form /> }.into_any(),
        Section::Expertise => view! { <ExpertiseFields form /> }.into_any(),
        Section::Preferences => view! { <PreferenceFields form /> }.into_any(),
    }
}

fn text_of(draft: Signal<ProfileDraft>, get: fn(&ProfileDraft) -> String) -> Signal<String> {
    Signal::derive(move || draft.with(get))
}

/// One catalogue field of a profile: its key, legend, catalogue, where its
/// values are in a draft and how an edit of them is made.
#[derive(Clone, Copy)]
struct CatalogueField {
    key: &'static str,
    legend: T,
    catalogue: Catalogue,
    get: fn(&ProfileDraft) -> &Vec<String>,
    make: fn(Vec<String>) -> Edit,
}

fn catalogue_group(
    field: CatalogueField,
    scope: Scoped,
    draft: Signal<ProfileDraft>,
    on_edit: Callback<Edit>,
    disabled: Signal<bool>,
) -> impl IntoView {
    let CatalogueField {
        key,
        legend,
        catalogue,
        get,
        make,
    } = field;
    let lang = use_lang();
    let choices =
        Signal::derive(move || draft.with(|d| lang.with(|m| catalogue.choices(get(d), m))));
    let key = FieldKey::field(key);
    let on_toggle = Callback::new(move |(value, on): (String, bool)| {
        let next = draft.with_untracked(|d| catalogue.toggle(get(d), &value, on));
        on_edit.run(make(next));
    });
    let (id, msgs) = (scope.id(&key), scope.msgs(&key));
    // The few customer sizes stay checkboxes; the long lists are searched.
    if catalogue == Catalogue::TargetSizes {
        view! { <CheckGroup id legend=ts(legend) choices on_toggle msgs disabled /> }.into_any()
    } else {
        let values = Signal::derive(move || draft.with(|d| get(d).clone()));
        view! { <MultiSelect id label=ts(legend) catalogue values on_toggle msgs disabled /> }
            .into_any()
    }
}

fn add_id_of(scope: Scoped) -> String {
    scope.id(&FieldKey::field("tags/add"))
}
