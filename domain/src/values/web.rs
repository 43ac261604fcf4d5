//! Web addresses: a website and a LinkedIn page.

use serde::{Deserialize, Serialize};

use crate::codes::Code;
use crate::issue::Issue;

use super::{char_len, punycode};

/// An absolute `http` or `https` URL with a host name, held in its WHATWG
/// serialization: what `url::Url::parse(text).as_str()` gives. The scheme
/// and the host in lower case, a default port (`:80`, `:443`) dropped, an
/// empty path as `/`, `.` and `..` segments resolved, `\` in the path as
/// `/`, and the path, query and fragment percent-encoded with the WHATWG
/// sets (`"`, `<`, `>`, spaces, backticks, non-ASCII…), an existing `%XX`
/// kept as it is.
///
/// Parsed by hand rather than with the `url` crate: the crate's IDNA and
/// Unicode normalization tables would weigh on the browser bundle (issue
/// 24, part 8 measured `url::Url::parse` here: the shipped wasm went from
/// 419,235 to 470,670 bytes brotli, +50 KB; docs/reliability.md). So the
/// rule is narrower than the URL standard's, never wider: a host is ASCII
/// letters, digits and hyphens, or the letters of [`idn_letter`]: Latin-1,
/// Russian, Greek, Japanese kana and ideographs, Hangul (IDNA maps each to
/// its lower case and keeps it, so they are written in Punycode, `xn--…`,
/// as IDNA writes them); any other non-ASCII host, an IP address
/// other than a plain `a.b.c.d`, a user name, tabs, line breaks and control
/// characters are refused. The `url` crate is the oracle of the tests
/// (`domain/tests/web_url.rs`). A URL stored before is parsed again when
/// read, so it comes back in this form.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct WebUrl(String);

impl WebUrl {
    /// The longest serialization kept, in bytes.
    pub const MAX_BYTES: usize = 2048;

    /// `code` is the issue raised when `raw` is not such a URL.
    pub fn parse_as(raw: &str, code: Code) -> Result<WebUrl, Issue> {
        let text = raw.trim();
        normalize_web_url(text)
            .map(WebUrl)
            .ok_or_else(|| Issue::error(code, "").with("value", text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

string_conversions!(WebUrl, |raw| WebUrl::parse_as(raw, Code::WebsiteInvalid));

/// The WHATWG serialization of `text` when it is such a URL, or `None`.
fn normalize_web_url(text: &str) -> Option<String> {
    let refused = |c: char| c.is_control() || (c.is_whitespace() && c != ' ');
    if text.len() > WebUrl::MAX_BYTES || text.chars().any(refused) {
        return None;
    }
    let (scheme, rest) = text.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "http" => 80,
        "https" => 443,
        _ => return None,
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    if authority.contains('@') {
        return None;
    }
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    let mut normalized = scheme;
    normalized.push_str("://");
    normalized.push_str(&serialize_host(host)?);
    if let Some(port) = port {
        if port.is_empty() || port.len() > 5 || !port.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let number: u32 = port.parse().ok()?;
        if !(1..=65535).contains(&number) {
            return None;
        }
        if number != default_port {
            normalized.push(':');
            normalized.push_str(port.trim_start_matches('0'));
        }
    }
    let (before_fragment, fragment) = match tail.split_once('#') {
        Some((before, fragment)) => (before, Some(fragment)),
        None => (tail, None),
    };
    let (path, query) = match before_fragment.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (before_fragment, None),
    };
    serialize_path(path, &mut normalized);
    if let Some(query) = query {
        normalized.push('?');
        percent_encode(query, SPECIAL_QUERY_SET, &mut normalized);
    }
    if let Some(fragment) = fragment {
        normalized.push('#');
        percent_encode(fragment, FRAGMENT_SET, &mut normalized);
    }
    (normalized.len() <= WebUrl::MAX_BYTES).then_some(normalized)
}

/// The ASCII characters the WHATWG fragment percent-encode set holds
/// besides the C0 controls (refused before) and non-ASCII (always encoded).
const FRAGMENT_SET: &[u8] = b" \"<>`";
/// The path percent-encode set: the query set, `?`, backtick, `{` and `}`
/// (`#` and `?` end the path before).
const PATH_SET: &[u8] = b" \"#<>?`{}";
/// The special-query percent-encode set: the query set and `'`.
const SPECIAL_QUERY_SET: &[u8] = b" \"#<>'";

/// The upper-case hexadecimal digit of `n` (0 to 15).
fn hex_digit(n: u8) -> char {
    char::from(if n < 10 { b'0' + n } else { b'A' + n - 10 })
}

/// UTF-8 percent-encodes `text` with `set` onto `out`; `%` itself, as in
/// an existing `%XX`, is kept.
fn percent_encode(text: &str, set: &[u8], out: &mut String) {
    for c in text.chars() {
        if c.is_ascii() && !set.contains(&(c as u8)) {
            out.push(c);
        } else {
            let mut bytes = [0; 4];
            for byte in c.encode_utf8(&mut bytes).bytes() {
                out.push('%');
                out.push(hex_digit(byte >> 4));
                out.push(hex_digit(byte & 0xF));
            }
        }
    }
}

/// The path state of the URL standard for a special URL: segments split at
/// `/` or `\`, percent-encoded, `.` dropped and `..` removing the segment
/// before; an empty path is `/`.
fn serialize_path(path: &str, out: &mut String) {
    let path = path.strip_prefix(['/', '\\']).unwrap_or(path);
    let mut segments: Vec<String> = Vec::new();
    let mut parts = path.split(['/', '\\']).peekable();
    while let Some(part) = parts.next() {
        let last = parts.peek().is_none();
        let mut segment = String::new();
        percent_encode(part, PATH_SET, &mut segment);
        let is = |forms: &[&str]| forms.iter().any(|f| segment.eq_ignore_ascii_case(f));
        if is(&["..", ".%2e", "%2e.", "%2e%2e"]) {
            segments.pop();
            if last {
                segments.push(String::new());
            }
        } else if is(&[".", "%2e"]) {
            if last {
                segments.push(String::new());
            }
        } else {
            segments.push(segment);
        }
    }
    for segment in segments {
        out.push('/');
        out.push_str(&segment);
    }
}

/// The host in lower case and ASCII, as IDNA writes it, or `None` when it is
/// not a host name of two labels or more that the rule accepts.
fn serialize_host(host: &str) -> Option<String> {
    let (name, dot) = match host.strip_suffix('.') {
        Some(name) => (name, "."),
        None => (host, ""),
    };
    if name.len() > 253 {
        return None;
    }
    let labels = name
        .split('.')
        .map(serialize_label)
        .collect::<Option<Vec<String>>>()?;
    if labels.len() < 2 {
        return None;
    }
    // A host whose last label is a number is an IPv4 address to the URL
    // standard: only its plain form is kept as it is.
    let last = labels.last()?;
    let hex = last
        .strip_prefix("0x")
        .is_some_and(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
    if hex || last.bytes().all(|b| b.is_ascii_digit()) {
        let plain = |label: &String| {
            label.len() <= 3
                && label.parse::<u32>().is_ok_and(|n| n <= 255)
                && (label == "0" || !label.starts_with('0'))
        };
        if labels.len() != 4 || !labels.iter().all(plain) || !dot.is_empty() {
            return None;
        }
    }
    let mut serialized = labels.join(".");
    serialized.push_str(dot);
    Some(serialized)
}

/// A label in lower case, Punycode-encoded when it has non-ASCII letters
/// ([`idn_letter`]).
fn serialize_label(label: &str) -> Option<String> {
    let ascii_ok = |c: char| c.is_ascii_alphanumeric() || c == '-';
    let hyphens_ok = !label.starts_with('-') && !label.ends_with('-');
    if label.is_empty() || char_len(label) > 63 || !hyphens_ok {
        return None;
    }
    if label.is_ascii() {
        if !label.chars().all(ascii_ok) {
            return None;
        }
        let label = label.to_ascii_lowercase();
        if let Some(encoded) = label.strip_prefix("xn--") {
            // IDNA decodes it and checks what it holds: kept only when it is
            // what this rule would write for a label it accepts.
            let decoded: String = punycode::decode(encoded)?.into_iter().collect();
            if decoded.is_ascii() || serialize_label(&decoded).as_deref() != Some(label.as_str()) {
                return None;
            }
        }
        return Some(label);
    }
    if !label.chars().all(|c| ascii_ok(c) || idn_letter(c)) {
        return None;
    }
    let lower: Vec<char> = label.chars().flat_map(char::to_lowercase).collect();
    let mut encoded = String::from("xn--");
    encoded.push_str(&punycode::encode(&lower)?);
    Some(encoded)
}

/// A letter of an international host name that IDNA maps to its lower
/// case and keeps, and that no other character combines with under Unicode
/// normalization: Latin-1 letters, `œ`, `Ÿ` (`ß` too); the Russian
/// alphabet; basic Greek letters; hiragana, katakana and `ー`; the CJK
/// ideographs of Unicode 1.1; Hangul syllables. So the partners' own
/// scripts (`пример.рф`, `例え.jp`, `한국.kr`) are kept, in Punycode, as
/// IDNA writes them; other letters are refused rather than written
/// differently.
fn idn_letter(c: char) -> bool {
    matches!(
        c,
        'À'..='Ö'
            | 'Ø'..='ö'
            | 'ø'..='ÿ'
            | 'Œ'
            | 'œ'
            | 'Ÿ'
            | 'А'..='я'
            | 'Ё'
            | 'ё'
            | 'Α'..='Ρ'
            | 'Σ'..='Ω'
            | 'α'..='ω'
            | 'ぁ'..='ゖ'
            | 'ァ'..='ヺ'
            | 'ー'
            | '一'..='龥'
            | '가'..='힣'
    )
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
        let rest = url.strip_prefix("https://").ok_or_else(invalid)?;
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
