//! Conditional requests (RFC 9110 §13.1): `If-Match` and `If-None-Match`
//! as lists of entity tags or `*`, compared strongly (a weak tag, `W/"…"`,
//! never matches). A header that is not such a list is 400
//! `malformed_request` at `/headers/if-match` (or `if-none-match`).

use axum::http::{HeaderMap, HeaderName, HeaderValue};

use crate::error::ApiError;

/// A precondition header's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Condition {
    /// `*`: any current representation.
    Any,
    /// The strong tags listed (without quotes); weak ones are left out,
    /// as they never match.
    Tags(Vec<String>),
}

impl Condition {
    /// True when `current` (the current entity tag, none when there is
    /// no representation) satisfies the condition.
    pub fn matches(&self, current: Option<&str>) -> bool {
        match (self, current) {
            (_, None) => false,
            (Condition::Any, Some(_)) => true,
            (Condition::Tags(tags), Some(current)) => tags.iter().any(|t| t == current),
        }
    }
}

/// `If-Match`, when sent.
pub fn if_match(headers: &HeaderMap) -> Result<Option<Condition>, ApiError> {
    condition(headers, &axum::http::header::IF_MATCH)
}

/// `If-None-Match`, when sent.
pub fn if_none_match(headers: &HeaderMap) -> Result<Option<Condition>, ApiError> {
    condition(headers, &axum::http::header::IF_NONE_MATCH)
}

/// The `ETag` of a revision: the revision, quoted (a strong tag).
pub fn etag(revision: &str) -> Option<HeaderValue> {
    HeaderValue::from_str(&format!("\"{revision}\"")).ok()
}

fn condition(headers: &HeaderMap, name: &HeaderName) -> Result<Option<Condition>, ApiError> {
    let mut values = headers.get_all(name).iter().peekable();
    if values.peek().is_none() {
        return Ok(None);
    }
    let malformed = || {
        ApiError::malformed(
            format!("/headers/{}", name.as_str()),
            "`*` or a list of entity tags (\"…\" or W/\"…\")",
        )
    };
    let mut text = String::new();
    for value in values {
        let value = value.to_str().map_err(|_| malformed())?;
        if !text.is_empty() {
            text.push(',');
        }
        text.push_str(value);
    }
    parse(&text).map(Some).ok_or_else(malformed)
}

/// Parses `*` or `#entity-tag`; `None` when it is neither.
fn parse(text: &str) -> Option<Condition> {
    if text.trim() == "*" {
        return Some(Condition::Any);
    }
    let mut tags = Vec::new();
    let mut any = false;
    let mut rest = text;
    loop {
        rest = rest.trim_start_matches([' ', '\t', ',']);
        if rest.is_empty() {
            break;
        }
        let (weak, after) = match rest.strip_prefix("W/") {
            Some(after) => (true, after),
            None => (false, rest),
        };
        let opaque = after.strip_prefix('"')?;
        let end = opaque.find('"')?;
        let (tag, after) = opaque.split_at(end);
        if !tag
            .bytes()
            .all(|b| b == 0x21 || (0x23..=0x7e).contains(&b) || b >= 0x80)
        {
            return None;
        }
        rest = after.get(1..)?;
        // Only white space or a comma may follow a tag.
        if !(rest.is_empty() || rest.starts_with([' ', '\t', ','])) {
            return None;
        }
        any = true;
        if !weak {
            tags.push(tag.to_owned());
        }
    }
    any.then_some(Condition::Tags(tags))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(list: &[&str]) -> Option<Condition> {
        Some(Condition::Tags(
            list.iter().map(|t| (*t).to_owned()).collect(),
        ))
    }

    #[test]
    fn lists_of_tags_and_the_star_are_read() {
        assert_eq!(parse("*"), Some(Condition::Any));
        assert_eq!(parse(" \"a\" "), tags(&["a"]));
        assert_eq!(parse("\"a\", W/\"b\" ,\"c\""), tags(&["a", "c"]));
        assert_eq!(parse("\"a,b\""), tags(&["a,b"]));
        assert_eq!(parse("W/\"b\""), tags(&[]));
    }

    #[test]
    fn anything_else_is_malformed() {
        for bad in [
            "", "a", "\"a", "\"a\"b", "*, \"a\"", "w/\"a\"", "\"a b\"", ",",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn the_comparison_is_strong() {
        let weak = parse("W/\"r1\"");
        assert!(!weak.is_some_and(|c| c.matches(Some("r1"))));
        assert!(Condition::Any.matches(Some("r1")));
        assert!(!Condition::Any.matches(None));
        assert!(tags(&["r1", "r2"]).is_some_and(|c| c.matches(Some("r2"))));
    }
}
