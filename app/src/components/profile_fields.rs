//! The fields of a business profile — partner info, expertise,
//! preferences — shared by the wizard (before import), the profile page
//! (after) and the new-profile page. They show a draft, report each
//! keystroke as an [`Edit`], and show the domain's issues next to each
//! field.

use leptos::prelude::*;
use transition_domain::export::LogoInput;
use transition_domain::model::{ProfileDraft, MAX_TAGS};
use transition_domain::values::{Description, ProfileName, Tag};
use transition_domain::Issue;

use crate::components::fields::{CheckBox, CheckGroup, FieldMessages, TextField};
use crate::components::Msg;
use crate::edit::{Catalogue, Edit};
use crate::fields::{belongs, dom_id};
use crate::i18n::{ts, use_lang, T};

/// The issues of one form, each at its field key, and the scope that keeps
/// its DOM ids apart from other forms'.
#[derive(Clone, Copy)]
pub struct Scoped {
    pub scope: StoredValue<String>,
    pub issues: Signal<Vec<(String, Issue)>>,
}

impl Scoped {
    pub fn new(scope: impl Into<String>, issues: Signal<Vec<(String, Issue)>>) -> Scoped {
        Scoped {
            scope: StoredValue::new(scope.into()),
            issues,
        }
    }

    pub fn id(&self, key: &str) -> String {
        dom_id(&self.scope.get_value(), key)
    }

    fn collect(self, key: String, exact: bool) -> Signal<Vec<Msg>> {
        let lang = use_lang();
        let issues = self.issues;
        Signal::derive(move || {
            let lang = lang.get();
            issues.with(|list| {
                list.iter()
                    .filter(|(field, _)| {
                        if exact {
                            *field == key
                        } else {
                            belongs(field, &key)
                        }
                    })
                    .map(|(_, issue)| Msg {
                        error: issue.is_error(),
                        text: issue.message(lang),
                    })
                    .collect()
            })
        })
    }

    /// Messages of `key` and everything under it.
    pub fn msgs(&self, key: &str) -> Signal<Vec<Msg>> {
        self.collect(key.to_owned(), false)
    }

    /// Messages of `key` itself only.
    pub fn msgs_exact(&self, key: &str) -> Signal<Vec<Msg>> {
        self.collect(key.to_owned(), true)
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

#[component]
pub fn ProfileFields(
    section: Section,
    scope: Scoped,
    #[prop(into)] draft: Signal<ProfileDraft>,
    on_edit: Callback<Edit>,
    #[prop(into, optional)] disabled: Signal<bool>,
) -> impl IntoView {
    match section {
        Section::Info => view! { <InfoFields scope draft on_edit disabled /> }.into_any(),
        Section::Expertise => view! { <ExpertiseFields scope draft on_edit disabled /> }.into_any(),
        Section::Preferences => {
            view! { <PreferenceFields scope draft on_edit disabled /> }.into_any()
        }
    }
}

fn text_of(draft: Signal<ProfileDraft>, get: fn(&ProfileDraft) -> String) -> Signal<String> {
    Signal::derive(move || draft.with(get))
}

#[component]
fn InfoFields(
    scope: Scoped,
    draft: Signal<ProfileDraft>,
    on_edit: Callback<Edit>,
    disabled: Signal<bool>,
) -> impl IntoView {
    view! {
        <TextField
            id=scope.id("name")
            label=ts(T::FieldName)
            value=text_of(draft, |d| d.name.clone())
            on_input=Callback::new(move |v| on_edit.run(Edit::Name(v)))
            msgs=scope.msgs("name")
            limit=ProfileName::MAX_CHARS
            required=true
            disabled
        />
        <TextField
            id=scope.id("description")
            label=ts(T::FieldDescription)
            value=text_of(draft, |d| d.description.clone())
            on_input=Callback::new(move |v| on_edit.run(Edit::Description(v)))
            msgs=scope.msgs("description")
            multiline=true
            limit=Description::MAX_CHARS
            disabled
        />
        <TextField
            id=scope.id("website")
            label=ts(T::FieldWebsite)
            value=text_of(draft, |d| d.website.clone())
            on_input=Callback::new(move |v| on_edit.run(Edit::Website(v)))
            msgs=scope.msgs("website")
            input_type="url"
            autocomplete="url"
            required=true
            disabled
        />
        <TextField
            id=scope.id("linkedin")
            label=ts(T::FieldLinkedin)
            value=text_of(draft, |d| d.linkedin.clone().unwrap_or_default())
            on_input=Callback::new(move |v| on_edit.run(Edit::Linkedin(v)))
            msgs=scope.msgs("linkedin")
            input_type="url"
            optional=true
            disabled
        />
        <LogoEditor scope draft on_edit disabled />
    }
}

#[component]
fn LogoEditor(
    scope: Scoped,
    draft: Signal<ProfileDraft>,
    on_edit: Callback<Edit>,
    disabled: Signal<bool>,
) -> impl IntoView {
    let lang = use_lang();
    let has_logo = Memo::new(move |_| draft.with(|d| d.logo.is_some()));
    let logo = move || draft.with(|d| d.logo.clone());
    let change = move |f: Box<dyn FnOnce(&mut LogoInput)>| {
        if let Some(mut current) = logo() {
            f(&mut current);
            on_edit.run(Edit::Logo(Some(current)));
        }
    };
    let number = |text: String| text.trim().parse::<u32>().unwrap_or(0);
    let format_id = scope.id("logo/format");
    let format_msg_id = format!("{format_id}-msg");
    view! {
        <fieldset class="pt-field pt-group" id=scope.id("logo") tabindex="-1">
            <legend>
                {move || T::FieldLogo.text(lang.get())}
                <span class="pt-optional">" ("{move || T::Optional.text(lang.get())}")"</span>
            </legend>
            <Show
                when=move || has_logo.get()
                fallback=move || {
                    view! {
                        <p class="pt-muted">{move || T::LogoNone.text(lang.get())}</p>
                        <button
                            type="button"
                            class="pt-button"
                            disabled=disabled
                            on:click=move |_| {
                                on_edit
                                    .run(
                                        Edit::Logo(
                                            Some(LogoInput {
                                                url: String::new(),
                                                format: "png".into(),
                                                width: 0,
                                                height: 0,
                                            }),
                                        ),
                                    )
                            }
                        >
                            {move || T::AddLogo.text(lang.get())}
                        </button>
                    }
                }
            >
                <div class="pt-grid-2">
                    <TextField
                        id=scope.id("logo/url")
                        label=ts(T::FieldLogoUrl)
                        value=Signal::derive(move || logo().map(|l| l.url).unwrap_or_default())
                        on_input=Callback::new(move |v: String| change(Box::new(move |l| l.url = v)))
                        msgs=scope.msgs("logo/url")
                        input_type="url"
                        disabled
                    />
                    <div class="pt-field">
                        <label for=format_id.clone()>{move || T::FieldLogoFormat.text(lang.get())}</label>
                        <select
                            id=format_id.clone()
                            class="pt-select"
                            aria-describedby=format_msg_id.clone()
                            disabled=disabled
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                change(Box::new(move |l| l.format = v));
                            }
                        >
                            {move || {
                                let current = logo().map(|l| l.format).unwrap_or_default();
                                let mut options = vec!["gif".to_owned(), "jpg".to_owned(), "png".to_owned()];
                                if !options.iter().any(|o| o.eq_ignore_ascii_case(&current)) {
                                    options.push(current.clone());
                                }
                                options
                                    .into_iter()
                                    .map(|o| {
                                        let selected = o.eq_ignore_ascii_case(&current);
                                        view! {
                                            <option value=o.clone() selected=selected>
                                                {o.to_uppercase()}
                                            </option>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </select>
                        <div id=format_msg_id.clone() class="pt-field-msgs">
                            <FieldMessages msgs=scope.msgs("logo/format") />
                        </div>
                    </div>
                    <TextField
                        id=scope.id("logo/width")
                        label=ts(T::FieldLogoWidth)
                        value=Signal::derive(move || logo().map(|l| l.width.to_string()).unwrap_or_default())
                        on_input=Callback::new(move |v: String| {
                            let n = number(v);
                            change(Box::new(move |l| l.width = n))
                        })
                        msgs=scope.msgs("logo/width")
                        input_type="number"
                        disabled
                    />
                    <TextField
                        id=scope.id("logo/height")
                        label=ts(T::FieldLogoHeight)
                        value=Signal::derive(move || logo().map(|l| l.height.to_string()).unwrap_or_default())
                        on_input=Callback::new(move |v: String| {
                            let n = number(v);
                            change(Box::new(move |l| l.height = n))
                        })
                        msgs=scope.msgs("logo/height")
                        input_type="number"
                        disabled
                    />
                </div>
                <button
                    type="button"
                    class="pt-button pt-button-subtle"
                    disabled=disabled
                    on:click=move |_| on_edit.run(Edit::Logo(None))
                >
                    {move || T::RemoveLogo.text(lang.get())}
                </button>
            </Show>
            <div class="pt-field-msgs">
                <FieldMessages msgs=scope.msgs_exact("logo") />
            </div>
        </fieldset>
    }
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
    let choices = Signal::derive(move || {
        let lang = lang.get();
        draft.with(|d| catalogue.choices(get(d), lang))
    });
    view! {
        <CheckGroup
            id=scope.id(key)
            legend=ts(legend)
            choices
            on_toggle=Callback::new(move |(value, on): (String, bool)| {
                let next = draft.with_untracked(|d| catalogue.toggle(get(d), &value, on));
                on_edit.run(make(next));
            })
            msgs=scope.msgs(key)
            disabled
        />
    }
}

#[component]
fn ExpertiseFields(
    scope: Scoped,
    draft: Signal<ProfileDraft>,
    on_edit: Callback<Edit>,
    disabled: Signal<bool>,
) -> impl IntoView {
    view! {
        {catalogue_group(
            CatalogueField {
                key: "industries",
                legend: T::FieldIndustries,
                catalogue: Catalogue::Industries,
                get: |d| &d.industries,
                make: Edit::Industries,
            },
            scope,
            draft,
            on_edit,
            disabled,
        )}
        {catalogue_group(
            CatalogueField {
                key: "products",
                legend: T::FieldProducts,
                catalogue: Catalogue::Products,
                get: |d| &d.products,
                make: Edit::Products,
            },
            scope,
            draft,
            on_edit,
            disabled,
        )}
        {catalogue_group(
            CatalogueField {
                key: "service_types",
                legend: T::FieldServiceTypes,
                catalogue: Catalogue::ServiceTypes,
                get: |d| &d.service_types,
                make: Edit::ServiceTypes,
            },
            scope,
            draft,
            on_edit,
            disabled,
        )}
        <TagsEditor scope draft on_edit disabled />
    }
}

#[component]
fn TagsEditor(
    scope: Scoped,
    draft: Signal<ProfileDraft>,
    on_edit: Callback<Edit>,
    disabled: Signal<bool>,
) -> impl IntoView {
    let lang = use_lang();
    let count = Memo::new(move |_| draft.with(|d| d.tags.len()));
    let set = move |n: usize, value: Option<String>| {
        let mut tags = draft.with_untracked(|d| d.tags.clone());
        match value {
            Some(v) if n < tags.len() => tags[n] = v,
            Some(v) => tags.push(v),
            None if n < tags.len() => {
                tags.remove(n);
            }
            None => {}
        }
        on_edit.run(Edit::Tags(tags));
    };
    let add_id = scope.id("tags/add");
    view! {
        <fieldset class="pt-field pt-group" id=scope.id("tags") tabindex="-1">
            <legend>{move || T::FieldTags.text(lang.get())}</legend>
            <p class="pt-muted">
                {move || T::TagsCount.fill(lang.get(), &[("count", &count.get()), ("limit", &MAX_TAGS)])}
            </p>
            <ul class="pt-tag-list">
                <For
                    each=move || 0..count.get()
                    key=|n| *n
                    children=move |n| {
                        let value = Signal::derive(move || {
                            draft.with(|d| d.tags.get(n).cloned().unwrap_or_default())
                        });
                        view! {
                            <li class="pt-tag-row">
                                <TextField
                                    id=scope.id(&format!("tags/{n}"))
                                    label=Signal::derive(move || {
                                        T::TagN.fill(lang.get(), &[("n", &(n + 1))])
                                    })
                                    value
                                    on_input=Callback::new(move |v| set(n, Some(v)))
                                    msgs=scope.msgs(&format!("tags/{n}"))
                                    limit=Tag::MAX_CHARS
                                    disabled
                                />
                                <button
                                    type="button"
                                    class="pt-button pt-button-subtle pt-remove"
                                    disabled=disabled
                                    on:click=move |_| {
                                        set(n, None);
                                        crate::browser::focus_soon(add_id_of(scope));
                                    }
                                >
                                    {move || T::RemoveTag.fill(lang.get(), &[("n", &(n + 1))])}
                                </button>
                            </li>
                        }
                    }
                />
            </ul>
            <button
                type="button"
                class="pt-button"
                id=add_id
                disabled=disabled
                on:click=move |_| {
                    let n = count.get_untracked();
                    set(n, Some(String::new()));
                    crate::browser::focus_soon(scope.id(&format!("tags/{n}")));
                }
            >
                {move || T::AddTag.text(lang.get())}
            </button>
            <div class="pt-field-msgs">
                <FieldMessages msgs=scope.msgs_exact("tags") />
            </div>
        </fieldset>
    }
}

fn add_id_of(scope: Scoped) -> String {
    scope.id("tags/add")
}

#[component]
fn PreferenceFields(
    scope: Scoped,
    draft: Signal<ProfileDraft>,
    on_edit: Callback<Edit>,
    disabled: Signal<bool>,
) -> impl IntoView {
    view! {
        {catalogue_group(
            CatalogueField {
                key: "target_sizes",
                legend: T::FieldTargetSizes,
                catalogue: Catalogue::TargetSizes,
                get: |d| &d.target_sizes,
                make: Edit::TargetSizes,
            },
            scope,
            draft,
            on_edit,
            disabled,
        )}
        <CheckBox
            id=scope.id("allow_endorsements")
            label=ts(T::FieldEndorsements)
            checked=Signal::derive(move || draft.with(|d| d.allow_endorsements))
            on_change=Callback::new(move |v| on_edit.run(Edit::Endorsements(v)))
            msgs=scope.msgs("allow_endorsements")
            disabled
        />
    }
}
