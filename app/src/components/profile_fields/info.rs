//! Partner info: name, description, website, LinkedIn page, logo.

use leptos::prelude::*;
use transition_domain::field::FieldKey;
use transition_domain::values::{Description, ProfileName};

use crate::components::fields::TextField;
use crate::edit::Edit;
use crate::i18n::{ts, T};

use super::*;

use super::logo::LogoEditor;

#[component]
pub(super) fn InfoFields(form: Form) -> impl IntoView {
    let (scope, draft, on_edit, disabled) = form.parts();
    view! {
        <TextField
            id=scope.id(&FieldKey::field("name"))
            label=ts(T::FieldName)
            value=text_of(draft, |d| d.name.clone())
            on_input=Callback::new(move |v| on_edit.run(Edit::Name(v)))
            msgs=scope.msgs(&FieldKey::field("name"))
            limit=ProfileName::MAX_CHARS
            required=true
            disabled
        />
        <TextField
            id=scope.id(&FieldKey::field("description"))
            label=ts(T::FieldDescription)
            value=text_of(draft, |d| d.description.clone())
            on_input=Callback::new(move |v| on_edit.run(Edit::Description(v)))
            msgs=scope.msgs(&FieldKey::field("description"))
            multiline=true
            limit=Description::MAX_CHARS
            disabled
        />
        <TextField
            id=scope.id(&FieldKey::field("website"))
            label=ts(T::FieldWebsite)
            value=text_of(draft, |d| d.website.clone())
            on_input=Callback::new(move |v| on_edit.run(Edit::Website(v)))
            msgs=scope.msgs(&FieldKey::field("website"))
            input_type="url"
            autocomplete="url"
            required=true
            disabled
        />
        <TextField
            id=scope.id(&FieldKey::field("linkedin"))
            label=ts(T::FieldLinkedin)
            value=text_of(draft, |d| d.linkedin.clone().unwrap_or_default())
            on_input=Callback::new(move |v| on_edit.run(Edit::Linkedin(v)))
            msgs=scope.msgs(&FieldKey::field("linkedin"))
            input_type="url"
            optional=true
            disabled
        />
        <LogoEditor form />
    }
}
