//! Expertise: industries, products, service types, and product tags.

use leptos::prelude::*;
use transition_domain::field::FieldKey;
use transition_domain::validate::MAX_TAGS;
use transition_domain::values::Tag;

use crate::components::fields::{FieldMessages, TextField};
use crate::edit::{Catalogue, Edit};
use crate::i18n::{use_lang, T};

use super::*;

#[component]
pub(super) fn ExpertiseFields(form: Form) -> impl IntoView {
    let (scope, draft, on_edit, disabled) = form.parts();
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
        <TagsEditor form />
    }
}

#[component]
pub(super) fn TagsEditor(form: Form) -> impl IntoView {
    let (scope, draft, on_edit, disabled) = form.parts();
    let lang = use_lang();
    let count = Memo::new(move |_| draft.with(|d| d.tags.len()));
    let set = move |n: usize, value: Option<String>| {
        let mut tags = draft.with_untracked(|d| d.tags.clone());
        match value {
            Some(v) => match tags.get_mut(n) {
                Some(tag) => *tag = v,
                None => tags.push(v),
            },
            None if n < tags.len() => {
                tags.remove(n);
            }
            None => {}
        }
        on_edit.run(Edit::Tags(tags));
    };
    let add_id = add_id_of(scope);
    view! {
        <fieldset class="pt-field pt-group" id=scope.id(&FieldKey::field("tags")) tabindex="-1">
            <legend>{move || lang.text(T::FieldTags)}</legend>
            <p class="pt-muted">
                {move || lang.fill(T::TagsCount, &[("count", &count.get()), ("limit", &MAX_TAGS)])}
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
                                    id=scope.id(&FieldKey::field("tags").sub(n))
                                    label=Signal::derive(move || {
                                        lang.fill(T::TagN, &[("n", &(n + 1))])
                                    })
                                    value
                                    on_input=Callback::new(move |v| set(n, Some(v)))
                                    msgs=scope.msgs(&FieldKey::field("tags").sub(n))
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
                                    {move || lang.fill(T::RemoveTag, &[("n", &(n + 1))])}
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
                    crate::browser::focus_soon(scope.id(&FieldKey::field("tags").sub(n)));
                }
            >
                {move || lang.text(T::AddTag)}
            </button>
            <div class="pt-field-msgs">
                <FieldMessages msgs=scope.msgs_exact(&FieldKey::field("tags")) />
            </div>
        </fieldset>
    }
}
