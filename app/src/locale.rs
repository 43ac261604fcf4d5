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

/// The time of an instant (RFC 3339) on the reader's clock, short, as
/// `lang` writes it ("10:42", "10:42 AM"), by `toLocaleTimeString`.
pub fn time(text: &str, lang: Lang) -> String {
    let parsed = Date::new(&JsValue::from_str(text));
    if parsed.get_time().is_nan() {
        return text.to_owned();
    }
    localized(
        &parsed,
        "toLocaleTimeString",
        lang,
        &[("timeStyle", "short")],
    )
    .unwrap_or_else(|| text.to_owned())
}

/// The name of a country or region (an ISO 3166-1 code) in `lang`, by
/// `Intl.DisplayNames`; the code itself if the browser has no name.
pub fn region_name(code: &str, lang: Lang) -> String {
    region_namer(lang)
        .and_then(|namer| namer(code))
        .unwrap_or_else(|| code.to_owned())
}

/// Every assigned country or region with its name in `lang`, sorted by
/// name as `lang` sorts (`Intl.Collator`, by the browser's own sort: the
/// wasm carries no sort of its own for it).
pub fn region_names(lang: Lang) -> Vec<(&'static str, String)> {
    let namer = region_namer(lang);
    let named: Vec<(&'static str, String)> = transition_domain::values::Region::codes()
        .map(|code| {
            let name = namer
                .as_ref()
                .and_then(|n| n(code))
                .unwrap_or_else(|| code.to_owned());
            (code, name)
        })
        .collect();
    // "name\u{0}index", sorted by the collator (which passes over the NUL
    // and compares names first), then read back in that order.
    let keys = js_sys::Array::new();
    for (at, (_, name)) in named.iter().enumerate() {
        keys.push(&JsValue::from_str(&format!("{name}\u{0}{at}")));
    }
    let locales = js_sys::Array::of1(&JsValue::from_str(lang.as_str()));
    let collator = js_sys::Intl::Collator::new(&locales, &Object::new());
    let sorted = Reflect::get(&keys, &JsValue::from_str("sort"))
        .ok()
        .and_then(|sort| sort.dyn_into::<Function>().ok())
        .and_then(|sort| sort.call1(&keys, &collator.compare()).ok());
    if sorted.is_none() {
        return named;
    }
    keys.iter()
        .filter_map(|key| {
            let key = key.as_string()?;
            let at: usize = key.rsplit('\u{0}').next()?.parse().ok()?;
            named.get(at).cloned()
        })
        .collect()
}

thread_local! {
    /// The `Intl.DisplayNames` of the language last asked for.
    static REGION_NAMES: std::cell::RefCell<Option<(Lang, JsValue, Function)>> = const { std::cell::RefCell::new(None) };
}

/// `Intl.DisplayNames` of `lang` for regions (made once per language), as
/// a function of a code.
fn region_namer(lang: Lang) -> Option<impl Fn(&str) -> Option<String>> {
    let cached = REGION_NAMES.with(|cell| {
        cell.borrow()
            .as_ref()
            .filter(|(cached, _, _)| *cached == lang)
            .map(|(_, namer, of)| (namer.clone(), of.clone()))
    });
    let (namer, of) = match cached {
        Some(found) => found,
        None => {
            let made = new_region_namer(lang)?;
            REGION_NAMES
                .with(|cell| *cell.borrow_mut() = Some((lang, made.0.clone(), made.1.clone())));
            made
        }
    };
    Some(move |code: &str| {
        of.call1(&namer, &JsValue::from_str(code))
            .ok()
            .and_then(|name| name.as_string())
    })
}

fn new_region_namer(lang: Lang) -> Option<(JsValue, Function)> {
    let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
    let constructor: Function = Reflect::get(&intl, &JsValue::from_str("DisplayNames"))
        .ok()?
        .dyn_into()
        .ok()?;
    let options = Object::new();
    Reflect::set(
        &options,
        &JsValue::from_str("type"),
        &JsValue::from_str("region"),
    )
    .ok()?;
    let locales = js_sys::Array::of1(&JsValue::from_str(lang.as_str()));
    let namer = Reflect::construct(&constructor, &js_sys::Array::of2(&locales, &options)).ok()?;
    let of: Function = Reflect::get(&namer, &JsValue::from_str("of"))
        .ok()?
        .dyn_into()
        .ok()?;
    Some((namer, of))
}

thread_local! {
    /// The `Intl.NumberFormat` of the language last asked for, and its
    /// `format`: made once, not at every number of every message.
    static NUMBERS: std::cell::RefCell<Option<(Lang, Function)>> = const { std::cell::RefCell::new(None) };
}

/// A whole number as `lang` writes it ("2 500", "2.500", "2,500").
pub fn number(n: i64, lang: Lang) -> String {
    if (-999..=999).contains(&n) {
        // No grouping: the digits themselves (every language of ours
        // writes them so).
        return n.to_string();
    }
    NUMBERS
        .with(|cell| {
            let mut cell = cell.borrow_mut();
            if cell.as_ref().is_none_or(|(cached, _)| *cached != lang) {
                let locales = js_sys::Array::of1(&JsValue::from_str(lang.as_str()));
                let formatter = js_sys::Intl::NumberFormat::new(&locales, &Object::new());
                *cell = Some((lang, formatter.format()));
            }
            cell.as_ref()
                .and_then(|(_, format)| {
                    format
                        .call1(&JsValue::NULL, &JsValue::from_f64(n as f64))
                        .ok()
                })
                .and_then(|text| text.as_string())
        })
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
