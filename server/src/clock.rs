//! The server's clock and its source of new ids. The domain takes both as
//! arguments; this is where they come from. Depends on nothing else of
//! the crate.

use std::time::{SystemTime, UNIX_EPOCH};

use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;
use transition_domain::Timestamp;

/// Now, in UTC, as RFC 3339 to the second.
pub fn now() -> Timestamp {
    OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .ok()
        .and_then(|t| t.format(&Rfc3339).ok())
        .and_then(|text| Timestamp::parse(&text).ok())
        .unwrap_or_else(Timestamp::unix_epoch)
}

/// Now, in seconds since the Unix epoch (tokens' `exp` and `iat`).
pub fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default()
}

/// A new unique id: a random UUID, hyphenated.
pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// 32 random hex digits (a random UUID without hyphens): temporary file
/// names, demo keys.
pub fn nonce() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn now_is_rfc3339_to_the_second() {
        let text = now().to_string();
        assert!(OffsetDateTime::parse(&text, &Rfc3339).is_ok(), "{text}");
        assert!(text.ends_with('Z') && !text.contains('.'), "{text}");
        assert!(unix_now() > 1_700_000_000);
    }

    #[test]
    fn ids_are_new_each_time() {
        assert_ne!(new_id(), new_id());
        assert_eq!(new_id().len(), 36);
        let n = nonce();
        assert_eq!(n.len(), 32);
        assert!(n.bytes().all(|b| b.is_ascii_hexdigit()));
    }
}
