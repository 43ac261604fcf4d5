//! Web addresses: a website and a LinkedIn page.

use serde::{Deserialize, Serialize};

use crate::codes::Code;
use crate::issue::Issue;

use super::char_len;

/// An absolute `http` or `https` URL with a host name.
///
/// Checked by hand rather than with the `url` crate: the rule is narrow and
/// the `url` crate's IDNA tables would weigh on the browser bundle.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct WebUrl(String);

impl WebUrl {
    pub const MAX_BYTES: usize = 2048;

    /// `code` is the issue raised when `raw` is not such a URL.
    pub fn parse_as(raw: &str, code: Code) -> Result<WebUrl, Issue> {
        let text = raw.trim();
        normalize_web_url(text).ok_or_else(|| Issue::error(code, "").with("value", text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

string_conversions!(WebUrl, |raw| WebUrl::parse_as(raw, Code::WebsiteInvalid));

/// The normalized URL (scheme and host in lower case), or `None`.
fn normalize_web_url(text: &str) -> Option<WebUrl> {
    if text.len() > WebUrl::MAX_BYTES || text.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return None;
    }
    let (scheme, rest) = text.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    if authority.contains('@') {
        return None;
    }
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    if let Some(port) = port {
        let valid = !port.is_empty()
            && port.len() <= 5
            && port.bytes().all(|b| b.is_ascii_digit())
            && port.parse::<u32>().is_ok_and(|p| (1..=65535).contains(&p));
        if !valid {
            return None;
        }
    }
    let host = host.strip_suffix('.').unwrap_or(host);
    let labels: Vec<&str> = host.split('.').collect();
    if labels.len() < 2 || host.len() > 253 {
        return None;
    }
    let label_ok = |label: &&str| {
        !label.is_empty()
            && char_len(label) <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_alphanumeric() || c == '-')
    };
    if !labels.iter().all(label_ok) {
        return None;
    }
    let mut normalized = format!("{scheme}://{}", host.to_lowercase());
    if let Some(port) = port {
        normalized.push(':');
        normalized.push_str(port);
    }
    normalized.push_str(tail);
    Some(WebUrl(normalized))
}

/// A LinkedIn company page: `https://www.linkedin.com/company/<slug>`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LinkedInPage(String);

impl LinkedInPage {
    pub fn parse(raw: &str) -> Result<LinkedInPage, Issue> {
        let text = raw.trim();
        let invalid = || Issue::error(Code::LinkedinInvalid, "").with("value", text);
        let url = normalize_web_url(text).ok_or_else(invalid)?;
        let rest = url.0.strip_prefix("https://").ok_or_else(invalid)?;
        let rest = rest
            .strip_prefix("www.linkedin.com/company/")
            .or_else(|| rest.strip_prefix("linkedin.com/company/"))
            .ok_or_else(invalid)?;
        let slug = rest.strip_suffix('/').unwrap_or(rest);
        let slug_ok = !slug.is_empty()
            && char_len(slug) <= 100
            && slug
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '%'));
        if !slug_ok {
            return Err(invalid());
        }
        Ok(LinkedInPage(format!(
            "https://www.linkedin.com/company/{slug}"
        )))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

string_conversions!(LinkedInPage, LinkedInPage::parse);
