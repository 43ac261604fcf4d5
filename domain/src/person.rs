//! The person a token names, beside the partner it names: [`UserId`] is
//! the token's `sub` (a stable user id of the portal), [`Person`] that id
//! with the display name the token may carry. Tenancy is by partner; the
//! person is who did it (the audit trail, an import's actor).

use std::fmt;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A portal user id (a token's `sub`): not blank, at most
/// [`UserId::MAX_CHARS`] characters, no control characters. Kept exactly
/// as given, like a [`PartnerId`](crate::PartnerId). On the wire a plain
/// JSON string.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(value_type = String))]
pub struct UserId(Arc<str>);

/// Why a text is not a user id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum UserIdError {
    #[error("a user id is not blank")]
    Blank,
    #[error("a user id has at most {} characters", UserId::MAX_CHARS)]
    TooLong,
    #[error("a user id has no control characters")]
    Control,
}

impl UserId {
    /// The longest user id accepted, in characters.
    pub const MAX_CHARS: usize = 255;

    pub fn parse(text: &str) -> Result<UserId, UserIdError> {
        if text.trim().is_empty() {
            return Err(UserIdError::Blank);
        }
        if text.chars().count() > Self::MAX_CHARS {
            return Err(UserIdError::TooLong);
        }
        if text.chars().any(char::is_control) {
            return Err(UserIdError::Control);
        }
        Ok(UserId(Arc::from(text)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for UserId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for UserId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl AsRef<str> for UserId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::str::FromStr for UserId {
    type Err = UserIdError;

    fn from_str(text: &str) -> Result<UserId, UserIdError> {
        UserId::parse(text)
    }
}

/// A plain string.
impl Serialize for UserId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

/// Through the constructor: no invalid user id deserializes.
impl<'de> Deserialize<'de> for UserId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<UserId, D::Error> {
        let text = String::deserialize(deserializer)?;
        UserId::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// A person of a partner: the token's `sub` and, when the token carries a
/// usable one, its `name`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Person {
    pub id: UserId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl Person {
    /// The longest display name kept, in characters.
    pub const MAX_NAME_CHARS: usize = 100;

    /// A person with the display name a token's `name` claim gives, kept
    /// only when usable (see [`Person::name_from_claim`]).
    pub fn new(id: UserId, name: Option<String>) -> Person {
        Person {
            id,
            name: Person::name_from_claim(name),
        }
    }

    /// The display name a `name` claim gives: trimmed; none when it is
    /// empty, holds a control character or is over
    /// [`Person::MAX_NAME_CHARS`] characters. A bad name never refuses a
    /// token: the person is then known by their id.
    pub fn name_from_claim(name: Option<String>) -> Option<String> {
        let name = name?;
        let name = name.trim();
        let usable = !name.is_empty()
            && name.chars().count() <= Self::MAX_NAME_CHARS
            && !name.chars().any(char::is_control);
        usable.then(|| name.to_owned())
    }

    /// The name, or the id when there is none.
    pub fn display_name(&self) -> &str {
        self.name.as_deref().unwrap_or(self.id.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_user_id_is_not_blank_long_or_controlled() {
        assert!(UserId::parse("alex@contoso").is_ok());
        assert_eq!(UserId::parse(" "), Err(UserIdError::Blank));
        assert_eq!(UserId::parse(""), Err(UserIdError::Blank));
        assert_eq!(UserId::parse("a\u{7}b"), Err(UserIdError::Control));
        assert!(UserId::parse(&"é".repeat(UserId::MAX_CHARS)).is_ok());
        assert_eq!(
            UserId::parse(&"é".repeat(UserId::MAX_CHARS + 1)),
            Err(UserIdError::TooLong)
        );
        // Kept byte for byte: two ids differing in spaces are two people.
        assert_eq!(
            UserId::parse(" alex").map(|id| id.to_string()),
            Ok(" alex".to_owned())
        );
    }

    #[test]
    fn a_user_id_deserializes_through_its_rule() {
        let ok: Result<UserId, _> = serde_json::from_str(r#""u-1""#);
        assert_eq!(ok.map(|id| id.to_string()).ok(), Some("u-1".to_owned()));
        assert!(serde_json::from_str::<UserId>(r#""  ""#).is_err());
        assert!(serde_json::from_str::<UserId>("12").is_err());
    }

    #[test]
    fn a_bad_name_is_dropped_not_refused() {
        let name = |text: &str| Person::name_from_claim(Some(text.to_owned()));
        assert_eq!(name("  Alex Martin "), Some("Alex Martin".to_owned()));
        assert_eq!(name("   "), None);
        assert_eq!(name("Alex\nMartin"), None);
        assert_eq!(name(&"a".repeat(100)), Some("a".repeat(100)));
        assert_eq!(name(&"a".repeat(101)), None);
        assert_eq!(Person::name_from_claim(None), None);
    }

    #[test]
    fn a_person_without_a_name_writes_none_and_shows_the_id() {
        let id = UserId::parse("u-1").unwrap_or_else(|e| panic!("{e}"));
        let person = Person::new(id, Some(" ".into()));
        assert_eq!(
            serde_json::to_string(&person).unwrap_or_default(),
            r#"{"id":"u-1"}"#
        );
        assert_eq!(person.display_name(), "u-1");
        let named: Person = serde_json::from_str(r#"{"id":"u-2","name":"Sam Lee"}"#)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(named.display_name(), "Sam Lee");
    }
}
