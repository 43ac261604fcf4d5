//! Dates and amounts as a person of the chosen language reads them, by the
//! browser's own `Intl` (through `toLocaleDateString` and
//! `toLocaleString`): "26 novembre 2026", "November 26, 2026",
//! "12 500,00 €". A value the browser cannot read is shown as it came.

use js_sys::{Date, Function, Object, Reflect};
use transition_domain::export::DealValue;
use transition_domain::Lang;
use wasm_bindgen::{JsCast, JsValue};

/// Calls `value.method(lang, options)` (the method of its prototype, so
/// that a number need not be boxed); `None` if the browser refuses.
fn localized(
    value: &JsValue,
    method: &str,
    lang: Lang,
    options: &[(&str, &str)],
) -> Option<String> {
    let object = Object::new();
    for (key, option) in options {
        Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(option)).ok()?;
    }
    let prototype = Object::get_prototype_of(value);
    let function: Function = Reflect::get(&prototype, &JsValue::from_str(method))
        .ok()?
        .dyn_into()
        .ok()?;
    function
        .call2(value, &JsValue::from_str(lang.as_str()), &object)
        .ok()?
        .as_string()
}

/// A date (`YYYY-MM-DD`, as the export writes it) or an instant (RFC
/// 3339, as the server stamps an import), written out in `lang`. A bare
/// date is the same day everywhere; an instant is shown on the reader's
/// own day.
pub fn date(text: &str, lang: Lang) -> String {
    let parsed = Date::new(&JsValue::from_str(text));
    if parsed.get_time().is_nan() {
        return text.to_owned();
    }
    let bare_date = text.len() == 10;
    let options: &[(&str, &str)] = if bare_date {
        &[("dateStyle", "long"), ("timeZone", "UTC")]
    } else {
        &[("dateStyle", "long")]
    };
    localized(&parsed, "toLocaleDateString", lang, options).unwrap_or_else(|| text.to_owned())
}

/// A whole number as `lang` writes it ("2 500", "2.500", "2,500").
pub fn number(n: i64, lang: Lang) -> String {
    localized(&JsValue::from_f64(n as f64), "toLocaleString", lang, &[])
        .unwrap_or_else(|| n.to_string())
}

/// An amount of money in its currency, written out in `lang`.
pub fn money(value: &DealValue, lang: Lang) -> String {
    let plain = || format!("{} {}", value.amount, value.currency);
    let Some(amount) = value.amount.as_f64() else {
        return plain();
    };
    localized(
        &JsValue::from_f64(amount),
        "toLocaleString",
        lang,
        &[("style", "currency"), ("currency", &value.currency)],
    )
    .unwrap_or_else(plain)
}
