//! Values parsed once into newtypes whose constructors hold the rules of
//! SPEC §3. A value of these types is valid by construction; constructors
//! report an [`Issue`] at the empty path, and the caller places it.
//!
//! "Characters" are Unicode scalar values (`str::chars`), the same count in
//! the browser and on the server. Text is trimmed at both ends first.

use serde::{Deserialize, Serialize};

use crate::codes::Code;
use crate::issue::Issue;

/// A value's way in from serde (`TryFrom<String>`, through its own
/// parser) and its way out (`From<T> for String`).
macro_rules! string_conversions {
    ($name:ident, $parse:expr) => {
        impl TryFrom<String> for $name {
            type Error = String;
            fn try_from(raw: String) -> Result<Self, String> {
                let parse: fn(&str) -> Result<$name, crate::issue::Issue> = $parse;
                parse(&raw).map_err(|issue| issue.code.to_string())
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> String {
                value.as_str().to_owned()
            }
        }
    };
}

mod punycode;
mod region;
mod web;

pub use region::Region;
pub use web::{LinkedInPage, WebUrl};

/// The number of Unicode scalar values in `text`.
pub fn char_len(text: &str) -> usize {
    text.chars().count()
}

macro_rules! text_newtype {
    ($(#[$meta:meta])* $name:ident, min: $min:expr, max: $max:expr, empty: $empty:expr, too_long: $long:expr) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            pub const MIN_CHARS: usize = $min;
            pub const MAX_CHARS: usize = $max;

            pub fn parse(raw: &str) -> Result<Self, Issue> {
                let text = raw.trim();
                let len = char_len(text);
                if len < Self::MIN_CHARS {
                    return Err(Issue::error($empty, ""));
                }
                if len > $max {
                    return Err(Issue::error($long, "")
                        .with("limit", $max as usize)
                        .with("actual", len));
                }
                Ok($name(text.to_owned()))
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        string_conversions!($name, $name::parse);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

text_newtype!(
    /// A business profile's name: 1..=100 characters.
    ProfileName, min: 1, max: 100, empty: Code::NameEmpty, too_long: Code::NameTooLong);
text_newtype!(
    /// A business profile's description: at most 2,500 characters.
    Description, min: 0, max: 2500, empty: Code::DescriptionTooLong, too_long: Code::DescriptionTooLong);
text_newtype!(
    /// A solution's name: 1..=100 characters.
    SolutionName, min: 1, max: 100, empty: Code::SolutionNameEmpty, too_long: Code::SolutionNameTooLong);
text_newtype!(
    /// A solution's summary: at most 250 characters.
    Summary, min: 0, max: 250, empty: Code::SolutionSummaryTooLong, too_long: Code::SolutionSummaryTooLong);
text_newtype!(
    /// A solution's description: at most 2,500 characters.
    SolutionDescription, min: 0, max: 2500, empty: Code::SolutionDescriptionTooLong, too_long: Code::SolutionDescriptionTooLong);
text_newtype!(
    /// A location's name: 1..=100 characters.
    LocationName, min: 1, max: 100, empty: Code::LocationNameEmpty, too_long: Code::LocationNameTooLong);
text_newtype!(
    /// A free-form tag (solution, skill, capability): 1..=50 characters.
    Tag, min: 1, max: 50, empty: Code::TagEmpty, too_long: Code::TagTooLong);

impl Tag {
    /// The key under which two tags are "the same ignoring case".
    pub fn key(&self) -> String {
        self.0.to_lowercase()
    }
}

impl SolutionName {
    /// The key under which two names are "the same ignoring case".
    pub fn key(&self) -> String {
        self.0.to_lowercase()
    }
}

/// One line of a postal address: 1..=200 characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct AddressLine(String);

impl AddressLine {
    pub const MAX_CHARS: usize = 200;

    /// `field` names the line in the message ("line1", "city", ...).
    pub fn parse(raw: &str, field: &str) -> Result<Self, Issue> {
        let text = raw.trim();
        let len = char_len(text);
        if len == 0 {
            return Err(Issue::error(Code::AddressIncomplete, "").with("field", field));
        }
        if len > Self::MAX_CHARS {
            return Err(Issue::error(Code::AddressFieldTooLong, "")
                .with("limit", Self::MAX_CHARS)
                .with("actual", len));
        }
        Ok(AddressLine(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

string_conversions!(AddressLine, |raw| AddressLine::parse(raw, "line"));

/// An email address: `local@domain.tld`, no spaces, at most 254 bytes.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Email, Issue> {
        let text = raw.trim();
        let invalid = || Issue::error(Code::EmailInvalid, "").with("value", text);
        if text.len() > 254 || text.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(invalid());
        }
        let (local, domain) = text.rsplit_once('@').ok_or_else(invalid)?;
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && !domain.contains('@');
        if local.is_empty() || !domain_ok {
            return Err(invalid());
        }
        Ok(Email(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

string_conversions!(Email, Email::parse);

/// A phone number as people write it: digits, spaces and `+ - . ( )`,
/// with 6 to 20 digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Phone(String);

impl Phone {
    pub fn parse(raw: &str) -> Result<Phone, Issue> {
        let text = raw.trim();
        let digits = text.chars().filter(char::is_ascii_digit).count();
        let shape_ok = text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '.' | '(' | ')'));
        if !shape_ok || !(6..=20).contains(&digits) || text.len() > 40 {
            return Err(Issue::error(Code::PhoneInvalid, "").with("value", text));
        }
        Ok(Phone(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

string_conversions!(Phone, Phone::parse);

/// The image formats a logo may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum LogoFormat {
    Gif,
    Jpg,
    Png,
}

impl LogoFormat {
    /// `gif`, `jpg`/`jpeg`, `png`, in any case, with or without a dot or
    /// an `image/` media type prefix.
    pub fn parse(raw: &str) -> Result<LogoFormat, Issue> {
        let text = raw.trim();
        let key = text.to_ascii_lowercase();
        let key = key.trim_start_matches("image/").trim_start_matches('.');
        match key {
            "gif" => Ok(LogoFormat::Gif),
            "jpg" | "jpeg" => Ok(LogoFormat::Jpg),
            "png" => Ok(LogoFormat::Png),
            _ => Err(Issue::error(Code::LogoFormatUnsupported, "").with("format", text)),
        }
    }

    /// Its name as serde writes it (and the store keeps it): `gif`, `jpg`,
    /// `png`.
    pub fn as_str(self) -> &'static str {
        match self {
            LogoFormat::Gif => "gif",
            LogoFormat::Jpg => "jpg",
            LogoFormat::Png => "png",
        }
    }

    /// Its media type: `image/gif`, `image/jpeg`, `image/png`.
    pub fn media_type(self) -> &'static str {
        match self {
            LogoFormat::Gif => "image/gif",
            LogoFormat::Jpg => "image/jpeg",
            LogoFormat::Png => "image/png",
        }
    }
}

/// The widest a logo may be, in pixels.
pub const LOGO_MAX_WIDTH: u32 = 300;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        for ok in [
            "https://www.contoso.fr",
            "http://contoso.com/a?b=c#d",
            "HTTPS://Contoso.COM:8443/Path",
            "https://bücher.example/",
        ] {
            assert!(WebUrl::parse_as(ok, Code::WebsiteInvalid).is_ok(), "{ok}");
        }
        for bad in [
            "fabrikam.com",
            "javascript:alert(1)",
            "ftp://files.contoso.com",
            "https://",
            "https://localhost",
            "https://user@contoso.com",
            "https://contoso .com",
            "https://contoso.com:99999",
            "https://-bad.com",
            "",
        ] {
            assert!(
                WebUrl::parse_as(bad, Code::WebsiteInvalid).is_err(),
                "{bad}"
            );
        }
        let url = WebUrl::parse_as(" HTTPS://Contoso.COM/Path ", Code::WebsiteInvalid);
        assert_eq!(
            url.map(String::from).ok().as_deref(),
            Some("https://contoso.com/Path")
        );
    }

    #[test]
    fn linkedin_pages() {
        let page = LinkedInPage::parse("https://linkedin.com/company/contoso/");
        assert_eq!(
            page.ok().map(String::from).as_deref(),
            Some("https://www.linkedin.com/company/contoso")
        );
        for bad in [
            "https://www.linkedin.com/in/fabrikam-ceo",
            "http://www.linkedin.com/company/contoso",
            "https://www.linkedin.com/company/",
            "https://evil.com/company/contoso",
            "https://www.linkedin.com.evil.com/company/x",
        ] {
            assert!(LinkedInPage::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn regions() {
        assert_eq!(
            Region::parse("fr").map(|r| r.to_string()).ok().as_deref(),
            Some("FR")
        );
        for bad in ["XX", "FRA", "F", "", "é1"] {
            assert!(Region::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn emails_and_phones() {
        assert!(Email::parse("paris@contoso.fr").is_ok());
        for bad in ["paris", "@contoso.fr", "a@b", "a b@c.fr", "a@.fr"] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
        assert!(Phone::parse("+33 1 23 45 67 89").is_ok());
        assert!(Phone::parse("(425) 555-0100").is_ok());
        for bad in ["12345", "call me", "+33 1 23 45 67 89 ext 4"] {
            assert!(Phone::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn logo_formats() {
        assert_eq!(LogoFormat::parse("JPEG").ok(), Some(LogoFormat::Jpg));
        assert_eq!(LogoFormat::parse("image/png").ok(), Some(LogoFormat::Png));
        assert!(LogoFormat::parse("bmp").is_err());
        assert!(LogoFormat::parse("svg").is_err());
    }
}
