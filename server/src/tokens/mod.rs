//! Bearer tokens: JWTs whose `sub` is the person (a stable user id), whose
//! partner claim (`partner_id`, or the configured one) is the partner id,
//! with `roles`, `exp`, `aud` and optionally `name`, `iat`, `iss`,
//! `company_name` and `csp`; and the keys they are checked with
//! ([`TokenKeys`], held by the app's state).
//!
//! Two kinds of keys, either or both:
//! - an HS256 secret shared with the portal (`--jwt-secret`);
//! - the portal's public keys as a JWKS (`--jwks-file` or `--jwks-url`):
//!   RS256/ES256 (or whatever algorithm a key declares), the token's `alg`
//!   must be its key's. The set is reloaded in the background (file: when
//!   it changes; URL: when it is older than its maximum age) and on a
//!   token naming an unknown `kid`, rate-limited.
//!
//! A token is refused when it is malformed, unsigned (`alg: none`), signed
//! with an algorithm no configured key has, badly signed, names a critical
//! header extension (`crit`), expired or not valid yet (`nbf`), of
//! another audience or issuer, lives longer than the maximum lifetime, its
//! `sub` is not a user id, or its partner claim is missing or not a
//! partner id. Knows nothing of HTTP requests: the
//! extractors of [`crate::auth`] use it.
//!
//! - [`claims`]: the claims and the rules they are held to;
//! - [`keys`]: the keys of a JWK set this server can verify with;
//! - [`jwks`]: the set, kept fresh from a file or a URL;
//! - [`fetch`]: the HTTPS client it is fetched with.

mod claims;
mod fetch;
mod jwks;
mod keys;

use std::sync::Arc;
use std::time::Duration;

use jsonwebtoken::{decode, decode_header, encode, Algorithm, DecodingKey, EncodingKey, Header};

use crate::clock::{nonce, unix_now};

pub use claims::{ClaimRules, Claims, DEFAULT_PARTNER_CLAIM, RESERVED_CLAIMS};
pub use fetch::check_url as check_jwks_url;
use jwks::Reason;
pub use jwks::{Jwks, JwksOptions};
pub use keys::JwksError;

/// The audience tokens must name unless configured otherwise.
pub const DEFAULT_AUDIENCE: &str = "pinpoint-transition";

/// The audience of demo tokens: a demo token is never a production token.
pub const DEMO_AUDIENCE: &str = "pinpoint-transition-demo";

/// The longest a token may live (`exp - iat`), in seconds, by default.
pub const DEFAULT_MAX_LIFETIME_SECS: u64 = 3600;

/// A token that verified: its claims and the partner its partner claim
/// names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedClaims {
    pub partner_id: transition_domain::PartnerId,
    pub claims: Claims,
}

/// Why a token was refused (never shown to the caller: all are 401).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Refusal {
    /// It names a `kid` the JWKS does not hold (yet).
    UnknownKid,
    Invalid,
}

/// How tokens are checked: the keys, the audience, the issuer and the
/// longest lifetime.
pub struct TokenKeys {
    hmac: Option<(EncodingKey, DecodingKey)>,
    jwks: Option<Arc<Jwks>>,
    rules: ClaimRules,
}

impl std::fmt::Debug for TokenKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenKeys")
            .field("hmac", &self.hmac.is_some())
            .field("jwks", &self.jwks)
            .field("rules", &self.rules)
            .finish()
    }
}

impl TokenKeys {
    /// HS256 with `secret`, for `audience`, default maximum lifetime.
    pub fn new(secret: &[u8], audience: &str) -> TokenKeys {
        TokenKeys::with_audience(audience).with_secret(secret)
    }

    /// No key at all yet: every token is refused until one is added.
    pub fn with_audience(audience: &str) -> TokenKeys {
        TokenKeys {
            hmac: None,
            jwks: None,
            rules: ClaimRules {
                audience: audience.to_owned(),
                issuer: None,
                max_lifetime: DEFAULT_MAX_LIFETIME_SECS,
                partner_claim: DEFAULT_PARTNER_CLAIM.to_owned(),
            },
        }
    }

    /// Demo mode: a random per-process HS256 key and the demo audience.
    pub fn demo(max_lifetime: Duration) -> TokenKeys {
        let secret = format!("{}{}", nonce(), nonce());
        TokenKeys::new(secret.as_bytes(), DEMO_AUDIENCE).with_max_lifetime(max_lifetime.as_secs())
    }

    /// Also accepts HS256 tokens signed with `secret`.
    pub fn with_secret(mut self, secret: &[u8]) -> TokenKeys {
        self.hmac = Some((
            EncodingKey::from_secret(secret),
            DecodingKey::from_secret(secret),
        ));
        self
    }

    /// Also accepts tokens signed by a key of `jwks`.
    pub fn with_jwks(mut self, jwks: Jwks) -> TokenKeys {
        self.jwks = Some(Arc::new(jwks));
        self
    }

    /// Requires `iss` to be `issuer`.
    pub fn with_issuer(mut self, issuer: Option<String>) -> TokenKeys {
        self.rules.issuer = issuer;
        self
    }

    /// Reads the partner from the claim `name` instead of `partner_id`.
    pub fn with_partner_claim(mut self, name: &str) -> TokenKeys {
        name.clone_into(&mut self.rules.partner_claim);
        self
    }

    /// The longest lifetime accepted, in seconds.
    pub fn with_max_lifetime(mut self, seconds: u64) -> TokenKeys {
        self.rules.max_lifetime = seconds;
        self
    }

    pub fn audience(&self) -> &str {
        &self.rules.audience
    }

    pub fn issuer(&self) -> Option<&str> {
        self.rules.issuer.as_deref()
    }

    pub fn max_lifetime(&self) -> u64 {
        self.rules.max_lifetime
    }

    /// The claim that names the partner.
    pub fn partner_claim(&self) -> &str {
        &self.rules.partner_claim
    }

    /// Signs claims with the HS256 secret (demo mode, tests).
    /// (Tests may sign what [`Claims`] would refuse to hold.)
    pub fn mint(
        &self,
        claims: &impl serde::Serialize,
    ) -> Result<String, jsonwebtoken::errors::Error> {
        let (encoding, _) = self
            .hmac
            .as_ref()
            .ok_or(jsonwebtoken::errors::ErrorKind::InvalidKeyFormat)?;
        encode(&Header::new(Algorithm::HS256), claims, encoding)
    }

    /// Verifies a token; when it names a `kid` the JWKS does not hold,
    /// waits (briefly) for a reload and tries once more.
    pub async fn authenticate(&self, token: &str) -> Option<VerifiedClaims> {
        match self.check(token) {
            Ok(claims) => Some(claims),
            Err(Refusal::Invalid) => None,
            Err(Refusal::UnknownKid) => {
                let jwks = self.jwks.as_ref()?;
                let mut receiver = jwks.maybe_refresh(Reason::UnknownKid)?;
                let wait = jwks.options.unknown_kid_wait;
                tokio::time::timeout(wait, receiver.changed())
                    .await
                    .ok()?
                    .ok()?;
                self.check(token).ok()
            }
        }
    }

    fn check(&self, token: &str) -> Result<VerifiedClaims, Refusal> {
        if let Some(jwks) = &self.jwks {
            // The periodic look at the file, or the URL's maximum age.
            let _ = jwks.maybe_refresh(Reason::Poll);
        }
        // `alg: none` and unknown algorithms do not even parse.
        let header = decode_header(token).map_err(|_| Refusal::Invalid)?;
        // No extension is understood here, so none may be critical
        // (RFC 7515 §4.1.11).
        if names_crit(token) {
            return Err(Refusal::Invalid);
        }
        let claims = match header.alg {
            Algorithm::HS256 => {
                let (_, key) = self.hmac.as_ref().ok_or(Refusal::Invalid)?;
                self.decode(token, key, Algorithm::HS256)?
            }
            Algorithm::HS384 | Algorithm::HS512 => return Err(Refusal::Invalid),
            alg => {
                let jwks = self.jwks.as_ref().ok_or(Refusal::Invalid)?;
                let set = jwks.keys();
                if let Some(kid) = header.kid.as_deref() {
                    if !set.has_kid(kid) {
                        return Err(Refusal::UnknownKid);
                    }
                }
                // The token's kid (or, without one, every key) of the
                // token's algorithm: a key verifies only its algorithm.
                let mut candidates = set
                    .keys
                    .iter()
                    .filter(|k| k.alg == alg && (header.kid.is_none() || k.kid == header.kid));
                candidates
                    .find_map(|k| self.decode(token, &k.key, alg).ok())
                    .ok_or(Refusal::Invalid)?
            }
        };
        Ok(claims)
    }

    fn decode(
        &self,
        token: &str,
        key: &DecodingKey,
        alg: Algorithm,
    ) -> Result<VerifiedClaims, Refusal> {
        let claims = decode::<Claims>(token, key, &self.rules.validation(alg))
            .map_err(|_| Refusal::Invalid)?
            .claims;
        let partner_id = self
            .rules
            .accepts(&claims, unix_now())
            .ok_or(Refusal::Invalid)?;
        Ok(VerifiedClaims { partner_id, claims })
    }
}

/// Whether the token's protected header has a `crit` member (which the
/// header type, reading only the members it knows, would pass over). A
/// header that does not read is no token anyway.
fn names_crit(token: &str) -> bool {
    use base64::Engine;
    let Some(encoded) = token.split('.').next() else {
        return true;
    };
    let Ok(bytes) = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(encoded) else {
        return true;
    };
    match serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(&bytes) {
        Ok(header) => header.contains_key("crit"),
        Err(_) => true,
    }
}

#[cfg(test)]
mod tests;
