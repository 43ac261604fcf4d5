//! Preferences: target customer sizes, endorsements.

use leptos::prelude::*;
use transition_domain::field::FieldKey;

use crate::components::fields::CheckBox;
use crate::edit::{Catalogue, Edit};
use crate::i18n::{ts, T};

use super::*;

#[component]
pub(super) fn PreferenceFields(form: Form) -> impl IntoView {
    let (scope, draft, on_edit, disabled) = form.parts();
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
            id=scope.id(&FieldKey::field("allow_endorsements"))
            label=ts(T::FieldEndorsements)
            checked=Signal::derive(move || draft.with(|d| d.allow_endorsements))
            on_change=Callback::new(move |v| on_edit.run(Edit::Endorsements(v)))
            msgs=scope.msgs(&FieldKey::field("allow_endorsements"))
            disabled
        />
    }
}
