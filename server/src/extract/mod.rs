//! A JSON body extractor whose refusals are problems like every other
//! error: `malformed_request` naming the JSON path, `payload_too_large`,
//! and `validation_failed` with `list_too_long` (or `locations_too_many`)
//! for a list longer than its bound in the domain (`bounds`).
//!
//! Bodies are read as the OpenAPI document (JSON Schema) describes them:
//! an object is only ever an object (serde's derive also takes an array
//! for a struct: [`Strict`] refuses it), and an integer may be written
//! with a zero fraction or an exponent (`12.0`, `1.2e1`: see
//! [`integral_numbers`]).

use std::borrow::Cow;
use std::fmt;

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess,
    Unexpected, VariantAccess, Visitor,
};
use transition_domain::bounds::{over_bounds, Bounded};
use transition_domain::export::{error_reason, path_pointer};
use transition_domain::Code;

use crate::error::ApiError;
use crate::state::AppState;

pub struct Json<T>(pub T);

impl<T: DeserializeOwned + Bounded> FromRequest<AppState> for Json<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let bytes = Bytes::from_request(request, state)
            .await
            .map_err(|rejection| {
                if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    ApiError::new(Code::PayloadTooLarge).with("limit", state.config.max_body_bytes)
                } else {
                    ApiError::malformed("", rejection.body_text())
                }
            })?;
        let value: T = parse_json(&bytes)?;
        // Lengths before anything else: a list over its bound is refused
        // as a whole (422), before any work per entry.
        let over = over_bounds(&value);
        if !over.is_empty() {
            return Err(ApiError::from_issues(over));
        }
        Ok(Json(value))
    }
}

/// Parses JSON, naming the path of the first value that does not fit.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    parse_strict(&integral_numbers(bytes))
        .map_err(|(path, reason)| ApiError::malformed(path, reason))
}

/// Parses JSON as [`Strict`] reads it (numbers as they are): the value,
/// or the JSON Pointer of the first value that does not fit ("/" for the
/// whole body, "" when the text itself is not JSON) and why.
pub fn parse_strict<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, (String, String)> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(Strict(&mut deserializer)).map_err(|error| {
        let path = path_pointer(error.path());
        let path = if path.is_empty() {
            "/".to_owned()
        } else {
            path
        };
        (path, error_reason(error.inner()))
    })?;
    deserializer
        .end()
        .map_err(|error| (String::new(), error.to_string()))?;
    Ok(value)
}

/// The largest integer a JSON number written with a fraction or an
/// exponent is read exactly as (2^53): beyond it a `f64` is not exact.
const EXACT: f64 = 9_007_199_254_740_992.0;

/// `bytes` with every number written with a fraction or an exponent whose
/// value is an integer (`431895187.0`, `5e0`) written as that integer, as
/// JSON Schema counts it (an integer field then takes it; a number field
/// reads the same value). Strings are left as they are, and so are
/// numbers beyond ±2^53. Borrowed when there is none (the usual case).
pub fn integral_numbers(bytes: &[u8]) -> Cow<'_, [u8]> {
    let mut out: Option<Vec<u8>> = None;
    let mut copied = 0;
    let mut k = 0;
    let number_byte = |b: &u8| matches!(b, b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9');
    while let Some(&b) = bytes.get(k) {
        match b {
            b'"' => {
                k += 1;
                while let Some(&c) = bytes.get(k).filter(|&&c| c != b'"') {
                    k += if c == b'\\' { 2 } else { 1 };
                }
                k += 1;
            }
            b'-' | b'0'..=b'9' => {
                let start = k;
                while bytes.get(k).is_some_and(number_byte) {
                    k += 1;
                }
                let token = bytes.get(start..k).unwrap_or_default();
                if !token.iter().any(|b| matches!(b, b'.' | b'e' | b'E')) {
                    continue;
                }
                let value = std::str::from_utf8(token)
                    .ok()
                    .and_then(|text| text.parse::<f64>().ok());
                if let Some(value) = value.filter(|v| v.fract() == 0.0 && v.abs() <= EXACT) {
                    let out = out.get_or_insert_with(|| Vec::with_capacity(bytes.len()));
                    out.extend_from_slice(bytes.get(copied..start).unwrap_or_default());
                    // Exact: an integer of at most 2^53 in magnitude.
                    #[allow(clippy::cast_possible_truncation)]
                    out.extend_from_slice((value as i64).to_string().as_bytes());
                    copied = k;
                }
            }
            _ => k += 1,
        }
    }
    match out {
        Some(mut out) => {
            out.extend_from_slice(bytes.get(copied..).unwrap_or_default());
            Cow::Owned(out)
        }
        None => Cow::Borrowed(bytes),
    }
}

/// A deserializer that refuses an array where a struct is read (serde's
/// derive takes one, its fields by position; JSON Schema's object does
/// not), everywhere inside the value. Everything else passes through.
pub struct Strict<D>(pub D);

/// `Strict` around a seed, a sequence, a map, an enum or a variant.
struct Inner<X>(X);

/// A visitor of a struct (`objects_only`) or of anything else.
struct Visit<V> {
    visitor: V,
    objects_only: bool,
}

impl<V> Visit<V> {
    fn any(visitor: V) -> Visit<V> {
        Visit {
            visitor,
            objects_only: false,
        }
    }
}

macro_rules! forward {
    ($($method:ident($($arg:ident: $ty:ty),*)),* $(,)?) => {
        $(
            fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
                self.0.$method($($arg,)* Visit::any(visitor))
            }
        )*
    };
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Strict<D> {
    type Error = D::Error;

    forward! {
        deserialize_any(), deserialize_bool(), deserialize_i8(), deserialize_i16(),
        deserialize_i32(), deserialize_i64(), deserialize_i128(), deserialize_u8(),
        deserialize_u16(), deserialize_u32(), deserialize_u64(), deserialize_u128(),
        deserialize_f32(), deserialize_f64(), deserialize_char(), deserialize_str(),
        deserialize_string(), deserialize_bytes(), deserialize_byte_buf(),
        deserialize_option(), deserialize_unit(), deserialize_unit_struct(name: &'static str),
        deserialize_newtype_struct(name: &'static str), deserialize_seq(),
        deserialize_tuple(len: usize), deserialize_tuple_struct(name: &'static str, len: usize),
        deserialize_map(), deserialize_identifier(), deserialize_ignored_any(),
        deserialize_enum(name: &'static str, variants: &'static [&'static str]),
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        let visitor = Visit {
            visitor,
            objects_only: true,
        };
        self.0.deserialize_struct(name, fields, visitor)
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

macro_rules! pass {
    ($($method:ident($ty:ty)),* $(,)?) => {
        $(
            fn $method<E: de::Error>(self, value: $ty) -> Result<V::Value, E> {
                self.visitor.$method(value)
            }
        )*
    };
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Visit<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.visitor.expecting(f)
    }

    pass! {
        visit_bool(bool), visit_i8(i8), visit_i16(i16), visit_i32(i32), visit_i64(i64),
        visit_i128(i128), visit_u8(u8), visit_u16(u16), visit_u32(u32), visit_u64(u64),
        visit_u128(u128), visit_f32(f32), visit_f64(f64), visit_char(char), visit_str(&str),
        visit_borrowed_str(&'de str), visit_string(String), visit_bytes(&[u8]),
        visit_borrowed_bytes(&'de [u8]), visit_byte_buf(Vec<u8>),
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.visitor.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.visitor.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        self.visitor.visit_some(Strict(deserializer))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<V::Value, D::Error> {
        self.visitor.visit_newtype_struct(Strict(deserializer))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        if self.objects_only {
            return Err(de::Error::invalid_type(Unexpected::Seq, &self.visitor));
        }
        self.visitor.visit_seq(Inner(seq))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_map(Inner(map))
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_enum(Inner(data))
    }
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Inner<S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(Strict(deserializer))
    }
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Inner<A> {
    type Error = A::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, A::Error> {
        self.0.next_element_seed(Inner(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Inner<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.0.next_key_seed(Inner(seed))
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, A::Error> {
        self.0.next_value_seed(Inner(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: EnumAccess<'de>> EnumAccess<'de> for Inner<A> {
    type Error = A::Error;
    type Variant = Inner<A::Variant>;

    fn variant_seed<T: DeserializeSeed<'de>>(
        self,
        seed: T,
    ) -> Result<(T::Value, Inner<A::Variant>), A::Error> {
        let (value, variant) = self.0.variant_seed(Inner(seed))?;
        Ok((value, Inner(variant)))
    }
}

impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for Inner<A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.0.unit_variant()
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, A::Error> {
        self.0.newtype_variant_seed(Inner(seed))
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        self.0.tuple_variant(len, Visit::any(visitor))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        let visitor = Visit {
            visitor,
            objects_only: true,
        };
        self.0.struct_variant(fields, visitor)
    }
}

#[cfg(test)]
mod tests {
    use transition_domain::{Code, ImportRequest};

    use super::*;

    #[test]
    fn an_object_sent_as_an_array_is_malformed_wherever_it_is() {
        let body =
            br#"{"selections": [{"pinpoint_profile_id": "bp-fr", "overrides": [null, null]}],
                        "acknowledgements": {"referrals_noted": true, "account_closure": true}}"#;
        let error = parse_json::<ImportRequest>(body).err();
        assert_eq!(error.as_ref().map(|e| e.code), Some(Code::MalformedRequest));
        assert_eq!(
            error.and_then(|e| e.params.get("path").map(|p| format!("{p:?}"))),
            Some(format!(
                "{:?}",
                transition_domain::issue::Param::from("/selections/0/overrides")
            ))
        );
        let whole = parse_json::<ImportRequest>(b"[[], {}]").err();
        assert_eq!(whole.map(|e| e.code), Some(Code::MalformedRequest));
    }

    #[test]
    fn integral_numbers_are_integers_and_strings_are_untouched() {
        let text =
            br#"{"a": 431895187.0, "b": "7.0 \" 8.0", "c": [5e0, -2.50, 1.5, 12, 1e300, -0.0]}"#;
        assert_eq!(
            String::from_utf8_lossy(&integral_numbers(text)),
            r#"{"a": 431895187, "b": "7.0 \" 8.0", "c": [5, -2.50, 1.5, 12, 1e300, 0]}"#
        );
        let plain = br#"{"a": 1, "b": "x.0"}"#;
        assert!(matches!(integral_numbers(plain), Cow::Borrowed(_)));
    }
}
