//! The API's routes, one module per resource, each with its `router()`.

pub mod dev;
pub mod health;
pub mod imports;
pub mod me;
pub mod operator;
pub mod pinpoint;
pub mod profiles;

use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

/// Now, in UTC, as RFC 3339 (the domain takes time as an argument).
pub fn now() -> String {
    OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .ok()
        .and_then(|t| t.format(&Rfc3339).ok())
        .unwrap_or_else(|| "1970-01-01T00:00:00Z".to_owned())
}

/// A new unique id (the domain takes ids as arguments).
pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}
