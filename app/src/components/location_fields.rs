//! The fields of a new location (a profile's page and the new-profile
//! page).

use leptos::prelude::*;
use transition_domain::field::FieldKey;
use transition_domain::ops::NewLocation;

use crate::components::fields::{CountryField, FieldMessages, TextField};
use crate::components::profile_fields::Scoped;
use crate::i18n::{ts, T};

/// Empty text is no value.
pub fn optional(v: String) -> Option<String> {
    if v.trim().is_empty() {
        None
    } else {
        Some(v)
    }
}

/// The fields of a new location, shared with the new-profile page.
#[component]
pub fn LocationFields(
    scope: Scoped,
    key: FieldKey,
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
    let address_key = key.sub("address");
    let k = move |f: &str| key.sub(f);
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
            <CountryField id=scope.id(&k("address/country")) label=ts(T::FieldCountry) value=text(|l| l.address.country.clone())
                on_input=set(|l, v| l.address.country = v) msgs=scope.msgs(&k("address/country")) required=true />
            <TextField id=scope.id(&k("phone")) label=ts(T::FieldPhone) value=text(|l| l.phone.clone().unwrap_or_default())
                on_input=set(|l, v| l.phone = optional(v)) msgs=scope.msgs(&k("phone")) input_type="tel" optional=true />
            <TextField id=scope.id(&k("email")) label=ts(T::FieldEmail) value=text(|l| l.email.clone().unwrap_or_default())
                on_input=set(|l, v| l.email = optional(v)) msgs=scope.msgs(&k("email")) input_type="email" optional=true />
        </div>
        <FieldMessages msgs=scope.msgs_exact(&address_key) />
    }
}
