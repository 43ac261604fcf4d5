//! The origins of the partner portal (`--allowed-origin`), parsed once at
//! start: they go into CORS answers and the CSP `frame-ancestors`
//! directive, where a `*`, a `;` or a stray character would open the API
//! to any site or rewrite the policy.

use std::fmt;
use std::net::{Ipv4Addr, Ipv6Addr};

/// A web origin, `scheme://host[:port]`, in the form browsers send it
/// (`Origin` header): `http` or `https`, scheme and host in lower case, no
/// default port (80 for http, 443 for https), no path, no user, no
/// wildcard.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Origin(String);

/// Why a value is not an [`Origin`]; its `Display` names the value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{value:?} is not an origin (scheme://host[:port], http or https): {reason}")]
pub struct OriginError {
    pub value: String,
    pub reason: &'static str,
}

impl Origin {
    pub fn parse(value: &str) -> Result<Origin, OriginError> {
        let refuse = |reason| OriginError {
            value: value.to_owned(),
            reason,
        };
        if value.is_empty() {
            return Err(refuse("it is empty"));
        }
        if value.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(refuse("it holds a space or a control character"));
        }
        if value.contains([',', ';', '"', '\'']) {
            return Err(refuse(
                "it holds a comma, a semicolon or a quote (give one origin per value)",
            ));
        }
        if value.contains('*') {
            return Err(refuse("wildcards are not allowed: name each origin"));
        }
        let Some((scheme, rest)) = value.split_once("://") else {
            return Err(refuse("it does not start with http:// or https://"));
        };
        let scheme = scheme.to_ascii_lowercase();
        let default_port = match scheme.as_str() {
            "http" => 80,
            "https" => 443,
            _ => return Err(refuse("only http and https origins are allowed")),
        };
        if rest.contains(['/', '?', '#']) {
            return Err(refuse(
                "an origin has no path, query or fragment (not even a final /)",
            ));
        }
        if rest.contains('@') {
            return Err(refuse("an origin has no user name or password"));
        }
        let (host, port) = split_port(rest).map_err(refuse)?;
        let host = parse_host(host).map_err(refuse)?;
        let port = match port {
            None => None,
            Some(port) => {
                let number = port
                    .parse::<u16>()
                    .ok()
                    .filter(|n| *n > 0 && port.bytes().all(|b| b.is_ascii_digit()))
                    .ok_or_else(|| refuse("the port is not a number from 1 to 65535"))?;
                (number != default_port).then_some(number)
            }
        };
        Ok(Origin(match port {
            Some(port) => format!("{scheme}://{host}:{port}"),
            None => format!("{scheme}://{host}"),
        }))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Parses every value, or names the first that is not an origin. The
/// same origin given twice is kept once.
pub fn parse_all<S: AsRef<str>>(values: &[S]) -> Result<Vec<Origin>, OriginError> {
    let mut origins: Vec<Origin> = Vec::with_capacity(values.len());
    for value in values {
        let origin = Origin::parse(value.as_ref())?;
        if !origins.contains(&origin) {
            origins.push(origin);
        }
    }
    Ok(origins)
}

/// `host` and the text after its `:`, if any (an IPv6 host is bracketed).
fn split_port(authority: &str) -> Result<(&str, Option<&str>), &'static str> {
    if authority.starts_with('[') {
        let end = authority
            .find(']')
            .ok_or("an IPv6 address is not closed with ]")?;
        let (host, after) = authority.split_at(end + 1);
        return match after.strip_prefix(':') {
            Some(port) => Ok((host, Some(port))),
            None if after.is_empty() => Ok((host, None)),
            None => Err("unexpected text after the IPv6 address"),
        };
    }
    Ok(match authority.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    })
}

/// The host in lower case: a DNS name of letters, digits and hyphens, an
/// IPv4 address, or a bracketed IPv6 address (in its short form).
fn parse_host(host: &str) -> Result<String, &'static str> {
    if host.is_empty() {
        return Err("the host is missing");
    }
    if let Some(inside) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        let address: Ipv6Addr = inside.parse().map_err(|_| "not an IPv6 address")?;
        return Ok(format!("[{address}]"));
    }
    if let Ok(address) = host.parse::<Ipv4Addr>() {
        return Ok(address.to_string());
    }
    if !host.is_ascii() {
        return Err("write an international domain name in its ASCII form (xn--…)");
    }
    let host = host.to_ascii_lowercase();
    if host.len() > 253 {
        return Err("the host name is longer than 253 characters");
    }
    for label in host.split('.') {
        let well_formed = (1..=63).contains(&label.len())
            && label
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !label.starts_with('-')
            && !label.ends_with('-');
        if !well_formed {
            return Err(
                "the host name may hold only letters, digits, hyphens and dots between them",
            );
        }
    }
    // Browsers read a name ending in a number as an IPv4 address.
    if host
        .rsplit('.')
        .next()
        .is_some_and(|last| last.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err("the host ends with a number but is not an IPv4 address");
    }
    Ok(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(value: &str) -> Result<String, &'static str> {
        Origin::parse(value)
            .map(|origin| origin.as_str().to_owned())
            .map_err(|error| error.reason)
    }

    #[test]
    fn origins_are_kept_in_the_form_browsers_send() {
        for (value, expected) in [
            (
                "https://partner.portal.example",
                "https://partner.portal.example",
            ),
            (
                "HTTPS://Partner.Portal.EXAMPLE",
                "https://partner.portal.example",
            ),
            ("https://portal.example:443", "https://portal.example"),
            ("http://portal.example:80", "http://portal.example"),
            ("http://portal.example:443", "http://portal.example:443"),
            ("https://portal.example:8443", "https://portal.example:8443"),
            (
                "https://portal.example:08443",
                "https://portal.example:8443",
            ),
            ("http://localhost:8080", "http://localhost:8080"),
            ("http://127.0.0.1:3000", "http://127.0.0.1:3000"),
            ("http://[::1]:3000", "http://[::1]:3000"),
            ("https://[2001:DB8:0:0:0:0:0:1]", "https://[2001:db8::1]"),
            (
                "https://xn--bcher-kva.example",
                "https://xn--bcher-kva.example",
            ),
            ("https://a-b.c1.example", "https://a-b.c1.example"),
        ] {
            assert_eq!(parsed(value).as_deref(), Ok(expected), "{value}");
        }
    }

    #[test]
    fn anything_else_is_refused_with_its_reason() {
        for (value, reason) in [
            ("*", "wildcards"),
            ("https://*.portal.example", "wildcards"),
            ("https://portal.example; script-src *", "space"),
            ("https://portal.example;script-src", "semicolon"),
            ("https://portal.example,https://b.example", "semicolon"),
            ("https://portal.example\n", "control"),
            ("https://portal.example\u{7f}", "control"),
            ("https://portal .example", "space"),
            ("", "empty"),
            ("null", "does not start"),
            ("portal.example", "does not start"),
            ("//portal.example", "does not start"),
            ("://portal.example", "only http and https"),
            ("ftp://portal.example", "only http and https"),
            ("javascript://portal.example", "only http and https"),
            ("https://portal.example/", "no path"),
            ("https://portal.example/app", "no path"),
            ("https://portal.example?x=1", "no path"),
            ("https://portal.example#top", "no path"),
            ("https://user:pw@portal.example", "no user"),
            ("https://", "host is missing"),
            ("https://:443", "host is missing"),
            ("https://portal.example:", "port"),
            ("https://portal.example:0", "port"),
            ("https://portal.example:65536", "port"),
            ("https://portal.example:+443", "port"),
            ("https://portal.example:44a", "port"),
            ("https://[::1", "not closed"),
            ("https://[::1]x", "unexpected text"),
            ("https://[portal]", "IPv6"),
            ("https://bücher.example", "ASCII form"),
            ("https://portal..example", "letters, digits"),
            ("https://portal.example.", "letters, digits"),
            ("https://-portal.example", "letters, digits"),
            ("https://portal_x.example", "letters, digits"),
            ("https://\"portal\".example", "quote"),
            ("'self'", "quote"),
            ("https://1.2.3", "IPv4"),
            ("https://999.1.1.1", "IPv4"),
        ] {
            match parsed(value) {
                Ok(origin) => panic!("{value:?} was taken as {origin:?}"),
                Err(refused) => assert!(refused.contains(reason), "{value:?}: {refused}"),
            }
        }
    }

    #[test]
    fn the_error_names_the_value() {
        let error = Origin::parse("https://portal.example; frame-ancestors *")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            error.starts_with("\"https://portal.example; frame-ancestors *\" is not an origin"),
            "{error}"
        );
        // Control characters are shown escaped, never written raw.
        let error = Origin::parse("https://a.example\u{1b}[2J")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            error.contains("\\u{1b}") && !error.contains('\u{1b}'),
            "{error}"
        );
    }

    #[test]
    fn the_same_origin_twice_is_kept_once() {
        let origins = parse_all(&[
            "https://a.example",
            "HTTPS://A.example:443",
            "https://b.example",
        ]);
        assert_eq!(
            origins.map(|o| o.iter().map(Origin::to_string).collect::<Vec<_>>()),
            Ok(vec![
                "https://a.example".to_owned(),
                "https://b.example".to_owned()
            ])
        );
        assert!(parse_all(&["https://a.example", "*"]).is_err());
    }
}
