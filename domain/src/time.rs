//! A moment as the product stores and sends it: RFC 3339 in UTC, to the
//! second (`2026-12-07T13:06:59Z`). The domain has no clock; the server's
//! gives it one of these, and the text is the one form written anywhere
//! (storage, the API, the audit trail).

use serde::{Deserialize, Serialize};

/// An instant in UTC, to the second. Orders as time does (its text does).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
pub struct Timestamp(String);

/// Why a text is not a [`Timestamp`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not an RFC 3339 time in UTC to the second (YYYY-MM-DDTHH:MM:SSZ)")]
pub struct TimestampError;

impl Timestamp {
    /// `YYYY-MM-DDTHH:MM:SSZ`, a real date and a time of day (a leap
    /// second's `60` included).
    pub fn parse(text: &str) -> Result<Timestamp, TimestampError> {
        let (date, time) = text.split_once('T').ok_or(TimestampError)?;
        let time = time.strip_suffix('Z').ok_or(TimestampError)?;
        let fields: Vec<&str> = time.split(':').collect();
        let [hours, minutes, seconds] = fields.as_slice() else {
            return Err(TimestampError);
        };
        let within = |field: &str, max: u32| {
            field.len() == 2
                && field.bytes().all(|b| b.is_ascii_digit())
                && field.parse::<u32>().is_ok_and(|n| n <= max)
        };
        if crate::export::is_iso_date(date)
            && within(hours, 23)
            && within(minutes, 59)
            && within(seconds, 60)
        {
            Ok(Timestamp(text.to_owned()))
        } else {
            Err(TimestampError)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// 1970-01-01T00:00:00Z, what a clock that cannot tell the time says.
    pub fn unix_epoch() -> Timestamp {
        Timestamp("1970-01-01T00:00:00Z".to_owned())
    }
}

impl std::fmt::Display for Timestamp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Timestamp {
    type Error = TimestampError;
    fn try_from(text: String) -> Result<Timestamp, TimestampError> {
        Timestamp::parse(&text)
    }
}

impl From<Timestamp> for String {
    fn from(time: Timestamp) -> String {
        time.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_utc_to_the_second_reads() {
        for good in [
            "2026-12-07T13:06:59Z",
            "2024-02-29T00:00:00Z",
            "2016-12-31T23:59:60Z",
        ] {
            assert_eq!(
                Timestamp::parse(good)
                    .map(|t| t.to_string())
                    .ok()
                    .as_deref(),
                Some(good)
            );
        }
        for bad in [
            "",
            "2026-12-07",
            "2026-12-07T13:06:59",
            "2026-12-07T13:06:59.5Z",
            "2026-12-07T13:06:59+01:00",
            "2026-02-30T00:00:00Z",
            "2026-12-07T24:00:00Z",
            "2026-12-07T1:06:59Z",
            "2026-12-07T13:06Z",
        ] {
            assert!(Timestamp::parse(bad).is_err(), "{bad}");
        }
        let a = Timestamp::parse("2026-01-02T03:04:05Z").ok();
        let b = Timestamp::parse("2026-01-02T03:04:06Z").ok();
        assert!(a.is_some() && a < b);
        assert_eq!(
            Timestamp::parse(Timestamp::unix_epoch().as_str()).ok(),
            Some(Timestamp::unix_epoch())
        );
        let json: Result<Timestamp, _> = serde_json::from_str("\"2026-13-01T00:00:00Z\"");
        assert!(json.is_err());
    }
}
