//! Identifiers the rest of the code passes around instead of bare strings.
//!
//! [`PartnerId`] is the Partner Center partner id: the tenant every stored
//! row belongs to. The server builds one from a token's `sub` and scopes
//! every query with it.
//!
//! [`ProfileId`], [`LocationId`] and [`SolutionId`] name the parts of a
//! Partner Center business profile; [`PinpointProfileId`] names a Pinpoint
//! business profile of an export. One kind of id can't be passed where
//! another is expected. They are assigned by the server or read from an
//! export, so they carry no rule of their own: empty is the id of a draft
//! not yet stored.

use std::fmt;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A Partner Center partner id: not blank, at most [`PartnerId::MAX_CHARS`]
/// characters, no control characters. Kept exactly as given (a token's
/// `sub` names its partner byte for byte). Cheap to clone; on the wire a
/// plain JSON string.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(value_type = String))]
pub struct PartnerId(Arc<str>);

/// Why a text is not a partner id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PartnerIdError {
    #[error("a partner id is not blank")]
    Blank,
    #[error("a partner id has at most {} characters", PartnerId::MAX_CHARS)]
    TooLong,
    #[error("a partner id has no control characters")]
    Control,
}

impl PartnerId {
    /// The longest partner id accepted, in characters.
    pub const MAX_CHARS: usize = 128;

    pub fn parse(text: &str) -> Result<PartnerId, PartnerIdError> {
        if text.trim().is_empty() {
            return Err(PartnerIdError::Blank);
        }
        if text.chars().count() > Self::MAX_CHARS {
            return Err(PartnerIdError::TooLong);
        }
        if text.chars().any(char::is_control) {
            return Err(PartnerIdError::Control);
        }
        Ok(PartnerId(Arc::from(text)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl crate::messages::Arg for PartnerId {
    fn value(&self) -> crate::messages::Value<'_> {
        crate::messages::Value::Text(&self.0)
    }
}

impl fmt::Display for PartnerId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for PartnerId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl AsRef<str> for PartnerId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::str::FromStr for PartnerId {
    type Err = PartnerIdError;

    fn from_str(text: &str) -> Result<PartnerId, PartnerIdError> {
        PartnerId::parse(text)
    }
}

impl TryFrom<String> for PartnerId {
    type Error = PartnerIdError;

    fn try_from(text: String) -> Result<PartnerId, PartnerIdError> {
        PartnerId::parse(&text)
    }
}

impl From<PartnerId> for String {
    fn from(id: PartnerId) -> String {
        id.0.as_ref().to_owned()
    }
}

/// A plain string, as if the type were not there.
impl Serialize for PartnerId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

/// Through the constructor: no invalid partner id deserializes.
impl<'de> Deserialize<'de> for PartnerId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<PartnerId, D::Error> {
        let text = String::deserialize(deserializer)?;
        PartnerId::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// A string id newtype: a plain JSON string on the wire, compared and
/// looked up as its text.
///
/// It holds a `String`, not an `Arc<str>` like [`PartnerId`]: these ids
/// travel in the browser's wire types, and `Arc<str>` measured 2.1 KB
/// brotli more in the widget (its clone, drop and from-`String` code at
/// every use), while an id is a few bytes, so a clone is one small copy.
macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        #[cfg_attr(feature = "openapi", schema(value_type = String))]
        pub struct $name(String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// The id of a draft not yet stored.
            pub fn is_empty(&self) -> bool {
                self.0.is_empty()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl crate::messages::Arg for $name {
            fn value(&self) -> crate::messages::Value<'_> {
                crate::messages::Value::Text(&self.0)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(&self.0, f)
            }
        }

        impl From<&str> for $name {
            fn from(text: &str) -> $name {
                $name(text.to_owned())
            }
        }

        impl From<String> for $name {
            fn from(text: String) -> $name {
                $name(text)
            }
        }

        impl From<&String> for $name {
            fn from(text: &String) -> $name {
                $name(text.clone())
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        /// Read as its text (`&id` where a `&str` is wanted); the other way
        /// round takes a `From`.
        impl std::ops::Deref for $name {
            type Target = str;

            fn deref(&self) -> &str {
                &self.0
            }
        }

        /// Maps keyed by an id are looked up with its text.
        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<$name, D::Error> {
                String::deserialize(deserializer).map($name::from)
            }
        }
    };
}

string_id! {
    /// A Partner Center business profile's id.
    ProfileId
}

string_id! {
    /// A logo image a partner uploaded: assigned by the server, unique
    /// among all partners' uploads, and read only within its partner.
    LogoId
}

string_id! {
    /// A location's id, unique within its business profile.
    LocationId
}

string_id! {
    /// A solution's id, unique within its business profile.
    SolutionId
}

string_id! {
    /// A Pinpoint business profile's id, as the export gives it.
    PinpointProfileId
}

string_id! {
    /// A committed import's id (`GET /imports/{id}`).
    ImportId
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_constructor_holds_the_rule() {
        assert!(PartnerId::parse("4412345").is_ok());
        assert_eq!(PartnerId::parse(""), Err(PartnerIdError::Blank));
        assert_eq!(PartnerId::parse(" \t"), Err(PartnerIdError::Blank));
        assert_eq!(PartnerId::parse("44\n12"), Err(PartnerIdError::Control));
        assert_eq!(PartnerId::parse("44\u{7f}"), Err(PartnerIdError::Control));
        let longest = "é".repeat(PartnerId::MAX_CHARS);
        assert!(PartnerId::parse(&longest).is_ok());
        assert_eq!(
            PartnerId::parse(&format!("{longest}1")),
            Err(PartnerIdError::TooLong)
        );
        // Kept as given: a token's `sub` names its partner exactly.
        assert_eq!(
            PartnerId::parse(" 44 ").map(|id| id.to_string()),
            Ok(" 44 ".to_owned())
        );
    }

    #[test]
    fn on_the_wire_a_plain_string() {
        let Ok(id) = PartnerId::parse("4412345") else {
            panic!("4412345 is a partner id");
        };
        assert_eq!(
            serde_json::to_string(&id).ok().as_deref(),
            Some("\"4412345\"")
        );
        let back: Result<PartnerId, _> = serde_json::from_str("\"4412345\"");
        assert_eq!(back.ok(), Some(id));
        assert!(serde_json::from_str::<PartnerId>("\"\"").is_err());
        assert!(serde_json::from_str::<PartnerId>("7").is_err());
    }

    #[test]
    fn the_other_ids_are_plain_strings_too() {
        let id = ProfileId::from("bp-1");
        assert_eq!(serde_json::to_string(&id).ok().as_deref(), Some("\"bp-1\""));
        let back: Result<ProfileId, _> = serde_json::from_str("\"bp-1\"");
        assert_eq!(back.ok(), Some(id.clone()));
        // An escaped string reads as its text.
        let escaped: Result<LocationId, _> = serde_json::from_str("\"l\\u00e9\"");
        assert_eq!(escaped.ok(), Some(LocationId::from("lé")));
        assert!(serde_json::from_str::<SolutionId>("7").is_err());
        assert!(ProfileId::default().is_empty());
        assert_eq!(id, "bp-1");
        let by_id: std::collections::BTreeMap<PinpointProfileId, u8> =
            [(PinpointProfileId::from("p1"), 1)].into();
        assert_eq!(by_id.get("p1"), Some(&1));
    }
}

/// The `Idempotency-Key` of a commit: 1 to [`IdempotencyKey::MAX_CHARS`]
/// visible ASCII characters (spaces around it are not part of it). A
/// retry with the same key replays the first answer.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct IdempotencyKey(String);

/// Why a header is not an idempotency key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("an idempotency key is 1 to 255 visible ASCII characters")]
pub struct IdempotencyKeyError;

impl IdempotencyKey {
    /// The longest key accepted.
    pub const MAX_CHARS: usize = 255;

    pub fn parse(text: &str) -> Result<IdempotencyKey, IdempotencyKeyError> {
        let key = text.trim();
        if !key.is_empty()
            && key.len() <= Self::MAX_CHARS
            && key.bytes().all(|b| b.is_ascii_graphic())
        {
            Ok(IdempotencyKey(key.to_owned()))
        } else {
            Err(IdempotencyKeyError)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for IdempotencyKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
