//! A secret setting: the JWT secret, the operator token, a database URL
//! (which may hold a password). It reads as the text it holds
//! ([`Deref`] to `str`), but its `Debug` never shows it, so a settings
//! type printed with `{:?}` (a log line, a panic) gives nothing away.

use std::convert::Infallible;
use std::fmt;
use std::ops::Deref;
use std::str::FromStr;

#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Deref for Secret {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

impl FromStr for Secret {
    type Err = Infallible;

    fn from_str(text: &str) -> Result<Secret, Infallible> {
        Ok(Secret(text.to_owned()))
    }
}

impl From<&str> for Secret {
    fn from(text: &str) -> Secret {
        Secret(text.to_owned())
    }
}

impl From<String> for Secret {
    fn from(text: String) -> Secret {
        Secret(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_reads_as_its_text_and_never_prints() {
        let secret = Secret::from("operator-token-0123456789abcdef0123");
        assert_eq!(&*secret, "operator-token-0123456789abcdef0123");
        assert_eq!(secret.len(), 35);
        let shown = format!("{:?}", Some(&secret));
        assert!(!shown.contains("0123"), "{shown}");
        assert_eq!(shown, "Some(Secret(<redacted>))");
    }
}
